/**
 * The routes of the JSON API v1 and their handlers: each reads its parameters, calls one verb of the engine's port
 * and answers a JSON record.
 *
 * <p>Imports the engine's port, the model and the server's own http, json and work packages; no Lucene.
 */
package fanwen.server.api;
