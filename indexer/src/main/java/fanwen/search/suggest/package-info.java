/**
 * Suggestions while typing: key phrases and titles completed by prefix, by infix and from pinyin, from a catalogue
 * rebuilt in the background after each change.
 *
 * <p>May import the index, the analysis module and the model; nothing of the other search packages or of later
 * stages.
 */
package fanwen.search.suggest;
