/**
 * The relevance benchmark: Fanwen and stock Lucene analyzers over the query sets of bench/queries/, on the bundled
 * collection and on its titleless rewrite of issue 17 (the genre documents without title, under meaningless names:
 * {@link fanwen.bench.relevance.TitlelessCollection}); documents, and for the template set passages against
 * paragraph baselines. Query sets are generated ({@code QuerySetGenerator}, {@code FragmentGenerator}) or judged from
 * pooled results ({@code Pools}, blind sheets for the genre sets, whose rules are in bench/queries/genre-rules.md).
 *
 * <p>A client of the engine.
 */
package fanwen.bench.relevance;
