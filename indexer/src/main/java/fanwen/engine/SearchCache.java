package fanwen.engine;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import fanwen.model.SearchPage;
import fanwen.model.SearchQuery;

/**
 * The pages of the searches asked for most recently, kept while the library does not change: the same search asked
 * again (a page reloaded, a popular query, the next visitor) is answered without searching. An entry is valid for the
 * store's change version it was searched at, read before searching, so that it is never older than its tag; the
 * vocabulary changing how queries are read empties it. At most {@value #ENTRIES} pages.
 */
final class SearchCache {

    /** A page of hits is a few kilobytes; a page of 100 with facets some tens. */
    static final int ENTRIES = 256;

    /** What a page was searched for: documents or passages, the request, the store's version. */
    private record Key(boolean passages, SearchQuery query, long version) {
    }

    /** A search of the store, for when the page is not kept. */
    @FunctionalInterface
    interface Search<H> {
        SearchPage<H> run() throws IOException;
    }

    private final Map<Key, SearchPage<?>> pages = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, SearchPage<?>> eldest) {
            return size() > ENTRIES;
        }
    };

    /**
     * The page of {@code query} at store version {@code version} — kept, with the time this answer took, or searched
     * now and kept.
     */
    @SuppressWarnings("unchecked")
    <H> SearchPage<H> page(boolean passages, SearchQuery query, long version, Search<H> search) throws IOException {
        long started = System.nanoTime();
        Key key = new Key(passages, query, version);
        SearchPage<H> kept;
        synchronized (pages) {
            kept = (SearchPage<H>) pages.get(key);
        }
        if (kept != null) {
            return new SearchPage<>(kept.total(), (System.nanoTime() - started) / 1_000_000, kept.hits(),
                    kept.facets());
        }
        SearchPage<H> page = search.run();
        synchronized (pages) {
            pages.put(key, page);
        }
        return page;
    }

    /** Forgets every page: queries are read otherwise from now on. */
    void clear() {
        synchronized (pages) {
            pages.clear();
        }
    }
}
