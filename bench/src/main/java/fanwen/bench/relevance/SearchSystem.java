package fanwen.bench.relevance;

import java.io.IOException;
import java.util.List;

/** A system under test: a name and the keys of its top documents for a query, best first. */
interface SearchSystem extends AutoCloseable {

    String name();

    /** At most {@code depth} document keys, best first. */
    List<String> search(String query, int depth) throws IOException;

    @Override
    void close() throws IOException;
}
