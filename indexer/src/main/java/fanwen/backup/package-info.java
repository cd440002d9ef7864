/**
 * Backups of an embedded library: {@link fanwen.backup.LibraryBackup} copies the last commit of the Lucene index,
 * the originals and the metadata edits it refers to, and the user dictionaries, while a server may be writing; and
 * brings such a copy back as a new data folder.
 *
 * <p>Reads the embedded store's files ({@code fanwen.store.lucene}) and the data folder's layout; must not import
 * suggest, similar, check, the engine or the server.
 */
package fanwen.backup;
