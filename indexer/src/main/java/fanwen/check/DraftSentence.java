package fanwen.check;

/**
 * A sentence (or, for a long sentence, a run of clauses) of a draft: the sentence that is looked up in the
 * library. {@code [start, end)} are char offsets into the draft; {@code [keptFrom, keptTo)} the same range
 * in the draft's {@link fanwen.fingerprint.NormalizedText}.
 */
record DraftSentence(int start, int end, int keptFrom, int keptTo) {

    int keptLength() {
        return keptTo - keptFrom;
    }
}
