package fanwen.bench.relevance;

import java.io.IOException;
import java.util.List;

/** A system under test for passages: a name and its top passages for a query, best first. */
interface PassageSystem extends AutoCloseable {

    /**
     * One passage as returned: its key ({@code docKey#start-end}, offsets into the document's text), the
     * headings it sits under (none for a plain paragraph) and its text.
     */
    record Passage(String key, List<String> headingPath, String text) {

        static String key(String docKey, int start, int end) {
            return docKey + "#" + start + "-" + end;
        }
    }

    String name();

    /** At most {@code depth} passages, best first. */
    List<Passage> searchPassages(String query, int depth) throws IOException;

    @Override
    void close() throws IOException;
}
