package fanwen.store.lucene.hits;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

import fanwen.model.Facet;
import fanwen.model.FacetCount;

/**
 * Counts, over every match of a query, how many hits have each value of each {@link Facet}, from doc values (the
 * index names each facet's field after {@link Facet#key()}). Counts are returned largest first (years newest
 * first), at most {@link #MAX_VALUES} per facet.
 */
public final class FacetCollectorManager implements CollectorManager<FacetCollectorManager.Counts, Map<Facet, List<FacetCount>>> {

    static final int MAX_VALUES = 50;
    /** The facets whose values are words (every one but the year). */
    private static final List<Facet> KEYWORDS = List.of(Facet.TYPE, Facet.UNIT, Facet.TAG, Facet.ISSUER);

    @Override
    public Counts newCollector() {
        return new Counts();
    }

    @Override
    public Map<Facet, List<FacetCount>> reduce(Collection<Counts> collectors) {
        Map<Facet, Map<String, Integer>> keywords = new EnumMap<>(Facet.class);
        Map<Integer, Integer> years = new HashMap<>();
        for (Counts c : collectors) {
            c.keywords.forEach((facet, counts) -> counts.forEach((value, n) ->
                    keywords.computeIfAbsent(facet, f -> new HashMap<>()).merge(value, n, Integer::sum)));
            c.years.forEach((k, v) -> years.merge(k, v, Integer::sum));
        }
        Map<Facet, List<FacetCount>> facets = new LinkedHashMap<>();
        for (Facet facet : Facet.values()) {
            facets.put(facet, facet == Facet.YEAR
                    ? years.entrySet().stream()
                            .sorted(Map.Entry.<Integer, Integer>comparingByKey().reversed())
                            .limit(MAX_VALUES)
                            .map(e -> new FacetCount(String.valueOf(e.getKey()), e.getValue())).toList()
                    : byCount(keywords.getOrDefault(facet, Map.of())));
        }
        return facets;
    }

    private static List<FacetCount> byCount(Map<String, Integer> counts) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(MAX_VALUES)
                .map(e -> new FacetCount(e.getKey(), e.getValue())).toList();
    }

    /** Per-slice counts. */
    public static final class Counts implements Collector {
        final Map<Facet, Map<String, Integer>> keywords = new EnumMap<>(Facet.class);
        final Map<Integer, Integer> years = new HashMap<>();

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            List<SortedSetDocValues> values = new ArrayList<>(KEYWORDS.size());
            List<int[]> ordinalCounts = new ArrayList<>(KEYWORDS.size());
            for (Facet facet : KEYWORDS) {
                SortedSetDocValues facetValues = DocValues.getSortedSet(context.reader(), facet.key());
                values.add(facetValues);
                ordinalCounts.add(new int[(int) facetValues.getValueCount()]);
            }
            NumericDocValues year = DocValues.getNumeric(context.reader(), Facet.YEAR.key());
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) {
                }

                @Override
                public void collect(int doc) throws IOException {
                    for (int i = 0; i < values.size(); i++) {
                        countOrdinals(values.get(i), doc, ordinalCounts.get(i));
                    }
                    if (year.advanceExact(doc)) {
                        years.merge((int) year.longValue(), 1, Integer::sum);
                    }
                }

                @Override
                public void finish() throws IOException {
                    // ordinals are per segment: resolve them to strings once per segment, not per hit
                    for (int i = 0; i < values.size(); i++) {
                        addCounts(values.get(i), ordinalCounts.get(i),
                                keywords.computeIfAbsent(KEYWORDS.get(i), f -> new HashMap<>()));
                    }
                }
            };
        }

        private static void countOrdinals(SortedSetDocValues values, int doc, int[] counts) throws IOException {
            if (values.advanceExact(doc)) {
                for (int i = 0; i < values.docValueCount(); i++) {
                    counts[(int) values.nextOrd()]++;
                }
            }
        }

        private static void addCounts(SortedSetDocValues values, int[] counts, Map<String, Integer> into)
                throws IOException {
            for (int ord = 0; ord < counts.length; ord++) {
                if (counts[ord] > 0) {
                    into.merge(values.lookupOrd(ord).utf8ToString(), counts[ord], Integer::sum);
                }
            }
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }
}
