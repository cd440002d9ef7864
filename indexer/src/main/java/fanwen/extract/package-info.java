/**
 * The first stage: a file to its plain text. Plain text in any Chinese encoding is decoded here; every other
 * format is parsed by Apache Tika in a child process ({@link fanwen.extract.ParserPool}), within the limits of
 * {@link fanwen.model.ExtractionLimits}; every failure is an {@link fanwen.extract.ExtractionException} saying in
 * Chinese what happened and what to do.
 *
 * <p>May import the model, the heading markers and the analysis module's folding; must not import a later stage
 * (structure, index, ingest, search, similar, check, engine) or the server.
 */
package fanwen.extract;
