/**
 * The 公文 element benchmark: precision and recall of each element over the evaluation set of bench/gongwen/.
 *
 * <p>A client of the engine.
 */
package fanwen.bench.gongwen;
