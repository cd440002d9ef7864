package fanwen.suggest;

import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;

/**
 * Keys sorted for prefix lookups, each pointing at a candidate by its rank: the keys starting with a prefix
 * are one contiguous range, found by binary search. Immutable once built.
 */
final class PrefixTable {

    private final String[] keys;
    private final int[] ranks;

    /** A table of {@code keys}, where {@code keys.get(rank)} is the key of the candidate of that rank. */
    PrefixTable(List<String> keys) {
        Integer[] order = new Integer[keys.size()];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparing(keys::get));
        this.keys = new String[order.length];
        this.ranks = new int[order.length];
        for (int i = 0; i < order.length; i++) {
            this.keys[i] = keys.get(order[i]);
            this.ranks[i] = order[i];
        }
    }

    /** Sets in {@code ranks} the rank of every candidate whose key starts with {@code prefix}. */
    void collect(String prefix, BitSet ranks) {
        int low = 0;
        int high = keys.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (keys[middle].compareTo(prefix) < 0) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        for (int i = low; i < keys.length && keys[i].startsWith(prefix); i++) {
            ranks.set(this.ranks[i]);
        }
    }
}
