#!/usr/bin/env bash
# Runs one benchmark of bench/src/main/java/fanwen/bench:
#   bench/run.sh ingest [--laws PATH] [--threads N]   ingest throughput over ../shared/corpus/laws.tar.gz
#   bench/run.sh latency [--laws PATH] [--queries N]  search latency, one client, corpus + laws
#   bench/run.sh relevance [pool] [--corpus DIR] [--laws PATH] [--queries DIR]
#                                                     Fanwen vs stock Lucene baselines (standard, cjk, smartcn) on the
#                                                     query sets of bench/queries/ over corpus/ + laws (distractors);
#                                                     `pool` writes bench/queries/topical-pool.tsv for judging
#   bench/run.sh relevance-queries [--seed N]         regenerates bench/queries/{known-item,phrases,reworded}.tsv
#   bench/run.sh duplicates [--laws PATH] [--variants N] [--drafts N]
#                                                     near-duplicate precision/recall and the duplicate check's
#                                                     span precision/recall and latency, corpus + laws
# Builds what it needs first; results are printed as Markdown rows for bench/RESULTS.md.
set -euo pipefail
ROOT="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
source "$ROOT/scripts/jdk.sh"
(cd "$ROOT" && mvn -q -B -DskipTests package -pl bench -am) >&2
name="${1:?usage: bench/run.sh ingest|latency|relevance|relevance-queries|duplicates [options]}"; shift
case "$name" in
  ingest) main=fanwen.bench.IngestBenchmark ;;
  latency) main=fanwen.bench.LatencyBenchmark ;;
  relevance) main=fanwen.bench.relevance.RelevanceBenchmark ;;
  relevance-queries) main=fanwen.bench.relevance.QuerySetGenerator ;;
  duplicates) main=fanwen.bench.duplicates.DuplicateBenchmark ;;
  *) echo "unknown benchmark: $name" >&2; exit 2 ;;
esac
cd "$ROOT"
exec "$JAVA_HOME/bin/java" -Xmx4g --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED \
  -Dfile.encoding=UTF-8 -Dstdout.encoding=UTF-8 \
  -cp "$ROOT/bench/target/classes:$(cat "$ROOT/bench/target/classpath.txt")" "$main" "$@"
