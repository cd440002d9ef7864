/**
 * The near-duplicate and duplicate-check benchmarks: edited copies, precision and recall of flags and spans.
 *
 * <p>A client of the engine.
 */
package fanwen.bench.duplicates;
