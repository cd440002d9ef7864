/**
 * The OpenSearch 3.9.0 plugin analysis-hanlp: the analysis module's tokenizer, filters and analyzers under
 * OpenSearch names.
 *
 * <p>Imports only the analysis module and OpenSearch.
 */
package fanwen.opensearch;
