/**
 * The JSON records of the API's answers (snake_case), each made from the model's records.
 *
 * <p>Imports the model only; no Lucene.
 */
package fanwen.server.json;
