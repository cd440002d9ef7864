package fanwen.store.opensearch;

import java.util.Set;

/**
 * One hit while a result list is ranked: a document, or one of its passages (its id; null for the document itself),
 * its score, its document's type and the named clauses it matched.
 */
record Ranked(String docId, String passageId, float score, String type, Set<String> matched) {

    Ranked {
        matched = Set.copyOf(matched);
    }

    /** The passage's id, or the document's. */
    String key() {
        return passageId == null ? docId : passageId;
    }

    Ranked withScore(float other) {
        return new Ranked(docId, passageId, other, type, matched);
    }

    /**
     * How many of the query's words it has: its matched {@link QueryTranslator#WORD} clauses, named when any word was
     * enough.
     */
    int words() {
        return (int) matched.stream().filter(name -> name.startsWith(QueryTranslator.WORD)).count();
    }
}
