/**
 * The value records of the engine's port ({@code fanwen.engine.Engine}): what a search asks ({@link
 * fanwen.model.SearchQuery}, {@link fanwen.model.Filters}, {@link fanwen.model.Facet}) and finds, documents,
 * similar items, the duplicate check's report, files to ingest and what became of them, metadata edits, stats and
 * health, limits.
 *
 * <p>Imports nothing of the engine, and no Lucene, Tika or HanLP type: the server, the CLI and any other front end
 * build on it.
 */
package fanwen.model;
