package fanwen.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;

import fanwen.index.FanwenIndex;
import fanwen.index.Schema;
import fanwen.index.StoredFieldLoader;

/**
 * Completes what a user is typing from the titles and keywords of the library: entries that start with
 * the input first (keywords shared by more documents first), then entries that contain it. The entries are
 * read from the stored fields once per index version and kept in memory (a few bytes per document).
 * Pinyin input is not handled yet.
 */
public final class Suggester {

    /** One completion; {@code kind} is {@code "title"} or {@code "keyword"}. */
    public record Suggestion(String text, String kind) {
    }

    private record Entry(String text, String folded, String kind, int weight) {
    }

    private record Entries(long version, List<Entry> entries) {
    }

    private final FanwenIndex index;
    private volatile Entries cache = new Entries(-1, List.of());

    public Suggester(FanwenIndex index) {
        this.index = index;
    }

    /** Up to {@code max} completions of {@code input}; none for blank input. */
    public List<Suggestion> suggest(String input, int max) throws IOException {
        String folded = fold(input == null ? "" : input.strip());
        if (folded.isEmpty()) {
            return List.of();
        }
        List<Entry> entries = entries();
        List<Suggestion> prefixed = new ArrayList<>();
        List<Suggestion> containing = new ArrayList<>();
        for (Entry e : entries) {
            if (e.folded.startsWith(folded)) {
                prefixed.add(new Suggestion(e.text, e.kind));
            } else if (e.folded.contains(folded) && containing.size() < max) {
                containing.add(new Suggestion(e.text, e.kind));
            }
        }
        prefixed.addAll(containing);
        return List.copyOf(prefixed.subList(0, Math.min(max, prefixed.size())));
    }

    private List<Entry> entries() throws IOException {
        Entries current = cache;
        long version = index.withSearcher(s -> ((DirectoryReader) s.getIndexReader()).getVersion());
        if (current.version == version) {
            return current.entries;
        }
        Entries fresh = index.withSearcher(searcher -> {
            Map<String, Integer> keywordCounts = new LinkedHashMap<>();
            List<String> titles = new ArrayList<>();
            TermQuery documents = new TermQuery(new Term(Schema.KIND, Schema.KIND_DOCUMENT));
            int count = Math.max(1, searcher.count(documents));
            for (ScoreDoc hit : searcher.search(documents, count).scoreDocs) {
                Document d = StoredFieldLoader.load(searcher.storedFields(), hit.doc,
                        Set.of(Schema.TITLE, Schema.KEYWORDS));
                if (d.get(Schema.TITLE) != null) {
                    titles.add(d.get(Schema.TITLE));
                }
                for (String keyword : d.getValues(Schema.KEYWORDS)) {
                    keywordCounts.merge(keyword, 1, Integer::sum);
                }
            }
            List<Entry> all = new ArrayList<>();
            keywordCounts.forEach((k, n) -> all.add(new Entry(k, fold(k), "keyword", n)));
            titles.stream().distinct().forEach(t -> all.add(new Entry(t, fold(t), "title", 0)));
            // keywords before titles, more frequent first, shorter first: the best completions lead
            all.sort((a, b) -> a.kind.equals(b.kind)
                    ? a.weight != b.weight ? Integer.compare(b.weight, a.weight)
                    : Integer.compare(a.text.length(), b.text.length())
                    : a.kind.equals("keyword") ? -1 : 1);
            return new Entries(((DirectoryReader) searcher.getIndexReader()).getVersion(), List.copyOf(all));
        });
        cache = fresh;
        return fresh.entries;
    }

    private static String fold(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
