/**
 * Suggestions while typing: key phrases and titles completed by prefix, by infix and from pinyin, from a catalogue
 * built from the store's {@link fanwen.store.SuggestionSources} and rebuilt in the background after each change.
 *
 * <p>May import the store interface, the analysis module and the model; never Lucene or a store implementation.
 */
package fanwen.suggest;
