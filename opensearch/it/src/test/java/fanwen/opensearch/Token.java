package fanwen.opensearch;

/** One token of an analysis, as Fanwen prints it and as OpenSearch's {@code _analyze} answers it. */
record Token(String term, int start, int end, int position, String type) {

    @Override
    public String toString() {
        return term + "[" + start + "," + end + ")@" + position + type;
    }
}
