/**
 * The HTTP server and the serve command: Javalin over the engine's port, its configuration and limits.
 *
 * <p>Imports only the engine's port, the model and the CLI (which it adds serve to); no Lucene, Tika or HanLP.
 */
package fanwen.server;
