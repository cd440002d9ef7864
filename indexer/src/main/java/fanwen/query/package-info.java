/**
 * The engine's query model: the syntax users type (words, quoted phrases, exclusions, field filters such as
 * {@code type:} or {@code 发文机关:}) parsed into a {@link fanwen.query.ParsedQuery}; the kinds of document a query
 * asks for ({@link fanwen.query.DocumentKinds}), whether it asks for a kind of section
 * ({@link fanwen.query.SectionWords}), the abbreviations its words may stand for, and the numbers of the ranking rules
 * ({@link fanwen.query.RankingRules}). Every store answers this model and ranks by these rules.
 *
 * <p>May import the model and the analysis module; nothing of Lucene beyond analysis, nothing of the store or later
 * stages.
 */
package fanwen.query;
