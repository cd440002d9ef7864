/**
 * Backups of a library: {@link fanwen.backup.LibraryBackup} copies the last commit of the index, the originals and
 * the metadata edits it refers to, and the user dictionaries, while a server may be writing; and brings such a copy
 * back as a new data folder.
 *
 * <p>Reads the index files and the data folder's layout; must not import the search, similar, check or server
 * packages.
 */
package fanwen.backup;
