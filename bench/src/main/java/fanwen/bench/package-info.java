/**
 * Benchmarks (bench/run.sh NAME): ingest throughput, extraction, search latency.
 *
 * <p>A client of the engine like the CLI, which may also reach into it to measure a stage alone.
 */
package fanwen.bench;
