#!/usr/bin/env bash
# Runs one benchmark of bench/src/main/java/fanwen/bench:
#   bench/run.sh ingest [--laws PATH] [--threads N]   ingest throughput over ../shared/corpus/laws.tar.gz
#   bench/run.sh latency [--laws PATH] [--queries N] [--opensearch URL]
#                                                     search latency, one client, corpus + laws; with --opensearch
#                                                     also the engine with its index on that cluster, side by side
#   bench/run.sh extract [--formats DIR] [--repeat N] [--threads N]
#                                                     extraction of the real .docx/.pdf of ../shared/corpus/formats
#                                                     through Tika in parser processes, repeated
#   bench/run.sh relevance [pool|sheets [--unjudged]] [--titled|--titleless] [--corpus DIR] [--laws PATH] [--queries DIR]
#                          [--opensearch URL[,URL…] [--opensearch-prefix P]]
#                                                     Fanwen vs stock Lucene baselines (standard, cjk, smartcn) on the
#                                                     query sets of bench/queries/ over corpus/ + laws (distractors),
#                                                     with titles and with the genre documents titleless (issue 17);
#                                                     `pool` writes bench/queries/topical-pool.tsv for judging,
#                                                     `sheets` the blind sheets of the genre sets (e) and (g) and of
#                                                     (d) (topical-sheet.tsv), `--unjudged` only the items not graded yet;
#                                                     `--opensearch` adds fanwen-opensearch, Fanwen with its index on
#                                                     that cluster (a node: scripts/opensearch-node), to the evaluation
#                                                     and to the pools of `pool` and `sheets`
#   bench/run.sh relevance-queries [--seed N]         regenerates bench/queries/{known-item,phrases,reworded}.tsv
#   bench/run.sh relevance-fragments [--seed N]       regenerates bench/queries/fragments.tsv (set (f))
#   bench/run.sh duplicates [--laws PATH] [--variants N] [--drafts N]
#                                                     near-duplicate precision/recall and the duplicate check's
#                                                     span precision/recall and latency, corpus + laws
#   bench/run.sh gongwen [DIR]                       公文 element recognition: precision and recall per element over
#                                                     the evaluation set of bench/gongwen (docx, pdf, ofd) through the
#                                                     real Extractor; `gongwen-ofd` writes that set's OFD copies
#   bench/run.sh index-size INDEX_DIR                 where an index's bytes go, field by field (postings files per
#                                                     field, stored bytes per field)
#   bench/run.sh opensearch-layout URL                passages nested in their document or as documents of their
#                                                     own on an OpenSearch node with the plugin (scripts/opensearch-node):
#                                                     bulk time, size, reads of half a document during replacements
#   bench/run.sh load [--runs N] [--systems "fanwen solr opensearch"] [--warmup 10s] [--duration 20s] [--keep]
#                                                     ingest and queries under load (wrk) for Fanwen and its peers
#                                                     Solr and OpenSearch with smartcn: see bench/load/run.sh
#   bench/run.sh robustness                           the long robustness runs (kill -9 during bulk uploads,
#                                                     8 uploaders + 16 searchers for 60 s, 10,000 malicious
#                                                     queries and 500 random-byte uploads, a 1.2 M-char upload,
#                                                     16 chaos clients for 60 s with a backup halfway);
#                                                     the test suite runs short versions of the same tests
# Builds what it needs first; results are printed as Markdown rows for bench/RESULTS.md.
set -euo pipefail
ROOT="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
source "$ROOT/scripts/jdk.sh"
case "${1:-}" in
  load) shift; exec "$ROOT/bench/load/run.sh" "$@" ;;
  robustness)
    mkdir -p "$ROOT/bench/target"
    cd "$ROOT"
    mvn -B -ntp -pl server -am test -Dsurefire.failIfNoSpecifiedTests=false -Dfanwen.robustness=long \
      -Dtest='ServerProcessTest,ConcurrentLoadTest,MaliciousInputTest,LargeDocumentTest,ChaosTest' \
      | tee bench/target/robustness.log | grep --line-buffered -E '^robustness|Tests run:|BUILD|FAIL'
    exit 0 ;;
esac
(cd "$ROOT" && mvn -q -B -DskipTests package -pl bench -am) >&2
name="${1:?usage: bench/run.sh ingest|latency|extract|relevance|relevance-queries|relevance-fragments|duplicates|load|robustness [options]}"; shift
case "$name" in
  ingest) main=fanwen.bench.IngestBenchmark ;;
  latency) main=fanwen.bench.LatencyBenchmark ;;
  extract) main=fanwen.bench.ExtractBenchmark ;;
  relevance) main=fanwen.bench.relevance.RelevanceBenchmark ;;
  relevance-queries) main=fanwen.bench.relevance.QuerySetGenerator ;;
  relevance-fragments) main=fanwen.bench.relevance.FragmentGenerator ;;
  duplicates) main=fanwen.bench.duplicates.DuplicateBenchmark ;;
  gongwen) main=fanwen.bench.gongwen.GongwenBenchmark ;;
  gongwen-ofd) main=fanwen.bench.gongwen.GongwenOfdWriter ;;
  index-size) main=fanwen.bench.IndexSizeReport ;;
  opensearch-layout) main=fanwen.bench.OpenSearchLayoutBenchmark ;;
  *) echo "unknown benchmark: $name" >&2; exit 2 ;;
esac
cd "$ROOT"
exec "$JAVA_HOME/bin/java" -Xmx4g --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED \
  -Dfile.encoding=UTF-8 -Dstdout.encoding=UTF-8 \
  -cp "$ROOT/bench/target/classes:$(cat "$ROOT/bench/target/classpath.txt")" "$main" "$@"
