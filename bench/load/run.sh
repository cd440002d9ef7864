#!/usr/bin/env bash
# The load benchmark (issue 7): Fanwen and the peers users would run instead (Solr 9 and OpenSearch 2 with
# smartcn, bench/peers/) ingest the same documents, then answer the same 200 queries over HTTP under wrk.
#
#   bench/load/run.sh [--runs N] [--systems "fanwen solr opensearch"] [--warmup 10s] [--duration 20s] [--keep]
#                     [--distinct]
#
# Documents: the reports of corpus/reports/ and the laws of ../shared/corpus/laws.tar.gz (unpacked under
# bench/target/load/). Ingest: Fanwen with `fanwen.jar index` (-Xmx2g, 2 threads, one commit at the end);
# each peer in its own JVM (-Xmx2g) on 127.0.0.1, fed over HTTP in bulk requests of 200 documents, 2 in
# flight, one commit at the end. Queries: bench/load/queries.txt through bench/load/queries.lua, a 10 s
# warm-up then 20 s measured, at 1 connection (wrk -t1 -c1) and at 16 (wrk -t2 -c16); Fanwen serves with
# -Xmx512m and a rate limit that wrk cannot reach. Each run is printed as it ends; with several runs the
# table of medians follows. Per-run rows (the last column: the load average when the run started) are kept in
# bench/target/load/runs.tsv; --keep adds to the rows already there instead of starting afresh, and the
# medians are over all of them.
set -euo pipefail
ROOT="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.." && pwd)"
cd "$ROOT"
source scripts/jdk.sh
JAVA="$JAVA_HOME/bin/java"

runs=1
systems="fanwen solr opensearch"
warmup=10s
duration=20s
keep=false
distinct=false
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs="$2"; shift 2 ;;
    --systems) systems="$2"; shift 2 ;;
    --warmup) warmup="$2"; shift 2 ;;
    --duration) duration="$2"; shift 2 ;;
    --keep) keep=true; shift ;;
    --distinct) distinct=true; shift ;;
    *) echo "unknown option: $1" >&2; exit 2 ;;
  esac
done

LAWS_ARCHIVE="$ROOT/../shared/corpus/laws.tar.gz"
WORK="$ROOT/bench/target/load"
LAWS="$WORK/laws"
QUERIES="$ROOT/bench/load/queries.txt"
LUA="$ROOT/bench/load/queries.lua"
ROWS="$WORK/runs.tsv"
PORT=18080
JVM_FLAGS=(--add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED -Dfile.encoding=UTF-8)

if [ ! -f "$LAWS_ARCHIVE" ]; then
  echo "laws corpus not found at $LAWS_ARCHIVE — this benchmark needs the shared corpus; skipped." >&2
  exit 2
fi
missing=()
for tool in wrk bc curl; do
  command -v "$tool" >/dev/null 2>&1 || missing+=("$tool")
done
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    (apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}") >&2
  else
    echo "needs the Debian packages: ${missing[*]}" >&2
    exit 2
  fi
fi

echo "building fanwen.jar and the peers…" >&2
mvn -q -B -DskipTests package -pl server -am >&2
mvn -q -B -f bench/peers/pom.xml package >&2
mkdir -p "$WORK"
[ -d "$LAWS" ] || tar -xzf "$LAWS_ARCHIVE" -C "$WORK"

server_pid=""
stop_server() {
  if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
    kill "$server_pid"
    wait "$server_pid" 2>/dev/null || true
  fi
  server_pid=""
}
trap stop_server EXIT

field() { # field NAME LINE: the value of NAME=… in a key=value line
  sed -n "s/.*\b$1=\([^ ]*\).*/\1/p" <<<"$2"
}

status_kb() { # status_kb PID KEY: VmRSS or VmHWM of a process, in KB
  awk -v key="$2:" '$1 == key {print $2}' "/proc/$1/status"
}

wait_for_line() { # wait_for_line FILE PATTERN SECONDS
  local deadline=$((SECONDS + $3))
  until grep -q "$2" "$1" 2>/dev/null; do
    if [ -z "$server_pid" ] || ! kill -0 "$server_pid" 2>/dev/null || [ $SECONDS -ge $deadline ]; then
      echo "the server did not get ready; its log:" >&2
      tail -40 "$1" >&2
      exit 1
    fi
    sleep 1
  done
}

# ingest_fanwen: indexes the documents into a fresh data folder, then serves them; sets $ingest.
ingest_fanwen() {
  local data="$WORK/fanwen-data" out="$WORK/fanwen-index.log"
  rm -rf "$data"
  /usr/bin/time -f "peak_rss_kb=%M" -o "$WORK/fanwen-index.time" \
    "$JAVA" -Xmx2g "${JVM_FLAGS[@]}" -jar server/target/fanwen.jar index --data "$data" --threads 2 \
    corpus/reports "$LAWS" > "$out" 2> "$WORK/fanwen-index.err" || true
  local summary took
  if ! summary=$(grep -a "indexed:" "$out") || ! took=$(grep -a "用时" "$out"); then
    echo "fanwen index printed no summary; its output:" >&2
    tail -20 "$out" "$WORK/fanwen-index.err" >&2
    exit 1
  fi
  local docs seconds chars
  docs=$(sed -E 's/.*indexed: ([0-9]+).*/\1/' <<<"$summary")
  seconds=$(sed -E 's/用时 ([0-9.]+) s.*/\1/' <<<"$took")
  chars=$(sed -E 's/.*s, ([0-9,]+) chars.*/\1/' <<<"$took" | tr -d ,)
  ingest="ingest system=fanwen docs=$docs chars=$chars seconds=$seconds index_bytes=$(du -sb "$data/index" | cut -f1) $(cat "$WORK/fanwen-index.time")"
  : > "$WORK/fanwen-serve.log"
  "$JAVA" -Xmx512m "${JVM_FLAGS[@]}" -jar server/target/fanwen.jar serve --data "$data" --port $PORT \
    --rate-limit 100000000 > "$WORK/fanwen-serve.log" 2>&1 &
  server_pid=$!
  wait_for_line "$WORK/fanwen-serve.log" "serving" 120
}

# ingest_peer NAME CLASS: starts the peer, which ingests and then serves; sets $ingest.
ingest_peer() {
  local name="$1" main="$2" log="$WORK/$1.log"
  local module="bench/peers/$1"
  : > "$log" # now, not in the background job: the last run's "ready" must not be read before it is emptied
  "$JAVA" -Xmx2g -cp "$module/target/classes:$(cat "$module/target/classpath.txt")" "$main" \
    --corpus corpus --laws "$LAWS" --work "$WORK/$name" --port $PORT > "$log" 2> "$WORK/$name.err" &
  server_pid=$!
  wait_for_line "$log" "^ready" 900
  if ! ingest=$(grep "^ingest" "$log"); then
    echo "$name printed no ingest report; its log:" >&2
    tail -40 "$log" "$WORK/$name.err" >&2
    exit 1
  fi
}

check_answer() { # one query by hand: the answer must be 200 and carry a highlighted snippet
  local answer
  case "$1" in
    fanwen) answer=$(curl -sf --get "http://127.0.0.1:$PORT/api/v1/search" --data-urlencode "q=农村 教育" -d size=10) ;;
    solr) answer=$(curl -sf --get "http://127.0.0.1:$PORT/solr/peer/select" --data-urlencode "q=农村 教育") ;;
    opensearch) answer=$(curl -sf -XPOST "http://127.0.0.1:$PORT/peer/_search" -H 'Content-Type: application/json' \
      -d '{"size":10,"query":{"multi_match":{"query":"农村 教育","fields":["title","body"],"operator":"or"}},"highlight":{"fields":{"body":{"fragment_size":100,"number_of_fragments":1}}}}') ;;
  esac
  if ! grep -qE '<mark>|<em>' <<<"$answer"; then
    echo "$1 answered without a highlighted snippet: ${answer:0:500}" >&2
    exit 1
  fi
}

replay() { # replay SYSTEM THREADS CONNECTIONS: the queries, a warm-up then the measured run; prints its wrk line
  # --distinct: four random words of the queries' per request, other draws in the warm-up than in the run
  local warm=() measured=()
  if [ "$distinct" = true ]; then warm=(distinct 1); measured=(distinct 2); fi
  wrk -t"$2" -c"$3" -d"$warmup" --timeout 10s -s "$LUA" "http://127.0.0.1:$PORT" -- "$1" "$QUERIES" "${warm[@]}" \
    > /dev/null
  wrk -t"$2" -c"$3" -d"$duration" --timeout 10s -s "$LUA" "http://127.0.0.1:$PORT" -- "$1" "$QUERIES" \
    "${measured[@]}" | grep '^wrk'
}

HEADER="| system | ingest s | docs/s | M chars/s | index MB | ingest RSS MB | QPS@1 | p50@1 ms | p99@1 ms | QPS@16 | p50@16 ms | p99@16 ms | serving RSS MB | errors |"
RULE="|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"

run_system() { # run_system NAME: one run; appends a row to $ROWS and prints it
  local name="$1" load_average
  load_average=$(cut -d' ' -f1 /proc/loadavg)
  case "$name" in
    fanwen) ingest_fanwen ;;
    solr) ingest_peer solr fanwen.peers.solr.SolrPeer ;;
    opensearch) ingest_peer opensearch fanwen.peers.opensearch.OpenSearchPeer ;;
    *) echo "unknown system: $name" >&2; exit 2 ;;
  esac
  check_answer "$name"
  local one sixteen
  one=$(replay "$name" 1 1)
  sixteen=$(replay "$name" 2 16)
  local rss errors
  rss=$(status_kb "$server_pid" VmRSS)
  errors=$(( $(field non2xx "$one") + $(field socket_errors "$one") + $(field timeouts "$one")
           + $(field non2xx "$sixteen") + $(field socket_errors "$sixteen") + $(field timeouts "$sixteen") ))
  stop_server
  local docs chars seconds
  docs=$(field docs "$ingest"); chars=$(field chars "$ingest"); seconds=$(field seconds "$ingest")
  printf "%s\t%s\t%.0f\t%.2f\t%.0f\t%.0f\t%s\t%s\t%s\t%s\t%s\t%s\t%.0f\t%s\t%s\n" "$name" "$seconds" \
    "$(bc -l <<<"$docs / $seconds")" "$(bc -l <<<"$chars / $seconds / 1000000")" \
    "$(bc -l <<<"$(field index_bytes "$ingest") / 1048576")" "$(bc -l <<<"$(field peak_rss_kb "$ingest") / 1024")" \
    "$(field qps "$one")" "$(field p50_ms "$one")" "$(field p99_ms "$one")" \
    "$(field qps "$sixteen")" "$(field p50_ms "$sixteen")" "$(field p99_ms "$sixteen")" \
    "$(bc -l <<<"$rss / 1024")" "$errors" "$load_average" | tee -a "$ROWS"
}

median() { # the median of the numbers on standard input
  sort -g | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'
}

$keep || : > "$ROWS"
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GB; $("$JAVA" -version 2>&1 | head -1); load before: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
for run in $(seq 1 "$runs"); do
  for name in $systems; do
    echo "run $run: $name (load average $(cut -d' ' -f1-3 /proc/loadavg))" >&2
    run_system "$name"
  done
done

echo
echo "Medians of the runs in $ROWS; latencies in ms; load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "$HEADER"
echo "$RULE"
for name in $systems; do
  row="| $name"
  for column in $(seq 2 14); do
    row="$row | $(awk -F'\t' -v n="$name" -v c="$column" '$1 == n {print $c}' "$ROWS" | median)"
  done
  echo "$row |"
done
