/**
 * The command line: picocli commands over the engine's port (index, search, suggest, similar, check, stats,
 * delete, analyze, backup, restore).
 *
 * <p>Imports only the engine's port and the model.
 */
package fanwen.cli;
