package fanwen.search;

import java.io.IOException;
import java.util.Collection;
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

import fanwen.index.Schema;

/**
 * Counts, over every match of a query, how many hits have each type, year and unit, from doc values.
 * Counts are returned largest first (years newest first), at most {@link #MAX_VALUES} per facet.
 */
final class FacetCollectorManager implements CollectorManager<FacetCollectorManager.Counts, Map<String, List<FacetCount>>> {

    static final int MAX_VALUES = 50;

    @Override
    public Counts newCollector() {
        return new Counts();
    }

    @Override
    public Map<String, List<FacetCount>> reduce(Collection<Counts> collectors) {
        Map<String, Integer> types = new HashMap<>();
        Map<String, Integer> units = new HashMap<>();
        Map<Integer, Integer> years = new HashMap<>();
        for (Counts c : collectors) {
            c.types.forEach((k, v) -> types.merge(k, v, Integer::sum));
            c.units.forEach((k, v) -> units.merge(k, v, Integer::sum));
            c.years.forEach((k, v) -> years.merge(k, v, Integer::sum));
        }
        Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
        facets.put(Schema.TYPE, byCount(types));
        facets.put(Schema.YEAR, years.entrySet().stream()
                .sorted(Map.Entry.<Integer, Integer>comparingByKey().reversed())
                .limit(MAX_VALUES)
                .map(e -> new FacetCount(String.valueOf(e.getKey()), e.getValue())).toList());
        facets.put(Schema.UNIT, byCount(units));
        return facets;
    }

    private static List<FacetCount> byCount(Map<String, Integer> counts) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(MAX_VALUES)
                .map(e -> new FacetCount(e.getKey(), e.getValue())).toList();
    }

    /** Per-slice counts. */
    static final class Counts implements Collector {
        final Map<String, Integer> types = new HashMap<>();
        final Map<String, Integer> units = new HashMap<>();
        final Map<Integer, Integer> years = new HashMap<>();

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            SortedSetDocValues type = DocValues.getSortedSet(context.reader(), Schema.TYPE);
            SortedSetDocValues unit = DocValues.getSortedSet(context.reader(), Schema.UNIT);
            NumericDocValues year = DocValues.getNumeric(context.reader(), Schema.YEAR);
            int[] typeCounts = new int[(int) type.getValueCount()];
            int[] unitCounts = new int[(int) unit.getValueCount()];
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) {
                }

                @Override
                public void collect(int doc) throws IOException {
                    countOrdinals(type, doc, typeCounts);
                    countOrdinals(unit, doc, unitCounts);
                    if (year.advanceExact(doc)) {
                        years.merge((int) year.longValue(), 1, Integer::sum);
                    }
                }

                @Override
                public void finish() throws IOException {
                    // ordinals are per segment: resolve them to strings once per segment, not per hit
                    addCounts(type, typeCounts, types);
                    addCounts(unit, unitCounts, units);
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
