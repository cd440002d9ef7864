package fanwen.store;

import java.util.Map;
import java.util.Set;

/**
 * What suggestions are made of, as of one {@linkplain LibraryStore#changeVersion() version} of a store: the
 * documents' titles, their key phrases with the number of documents naming each, and the number of documents
 * whose text holds each of the terms asked about.
 */
public record SuggestionSources(long version, Set<String> titles, Map<String, Integer> keyPhrases,
                                Map<String, Integer> termDocuments) {

    public SuggestionSources {
        titles = Set.copyOf(titles);
        keyPhrases = Map.copyOf(keyPhrases);
        termDocuments = Map.copyOf(termDocuments);
    }
}
