/**
 * What every request goes through: the error shape and its mapping, API keys, CORS, the rate limit, metrics, the
 * request log, the web page's static files.
 *
 * <p>Imports nothing of the engine but the model; no Lucene.
 */
package fanwen.server.http;
