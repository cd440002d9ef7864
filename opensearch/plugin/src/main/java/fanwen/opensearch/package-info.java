/**
 * The OpenSearch 3.9.0 plugin analysis-hanlp: the analysis module's tokenizer, filters and analyzers under
 * OpenSearch names, and a query that scores documents as the embedded store does ({@code fanwen.analysis.scoring}).
 *
 * <p>Imports only the analysis module and OpenSearch.
 */
package fanwen.opensearch;
