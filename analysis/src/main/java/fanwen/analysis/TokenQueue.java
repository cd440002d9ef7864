package fanwen.analysis;

import java.util.Arrays;

/**
 * The tokens of one chunk waiting to be emitted by {@link HanLPTokenizer}, as parallel int arrays
 * (start, end, position increment, type index) to avoid an object per token.
 */
final class TokenQueue {

    private int[] starts = new int[256];
    private int[] ends = new int[256];
    private int[] positionIncrements = new int[256];
    private int[] types = new int[256];
    private int head;
    private int tail;

    void add(int start, int end, int positionIncrement, int type) {
        if (tail == starts.length) {
            int capacity = tail * 2;
            starts = Arrays.copyOf(starts, capacity);
            ends = Arrays.copyOf(ends, capacity);
            positionIncrements = Arrays.copyOf(positionIncrements, capacity);
            types = Arrays.copyOf(types, capacity);
        }
        starts[tail] = start;
        ends[tail] = end;
        positionIncrements[tail] = positionIncrement;
        types[tail] = type;
        tail++;
    }

    boolean isEmpty() {
        return head == tail;
    }

    /** The number of tokens added since the queue was last empty; an index for the methods below. */
    int size() {
        return tail;
    }

    int start() {
        return starts[head];
    }

    int end() {
        return ends[head];
    }

    int positionIncrement() {
        return positionIncrements[head];
    }

    int type() {
        return types[head];
    }

    void pop() {
        if (++head == tail) {
            clear();
        }
    }

    void clear() {
        head = 0;
        tail = 0;
    }

    int lastStart() {
        return starts[tail - 1];
    }

    int lastEnd() {
        return ends[tail - 1];
    }

    int lastType() {
        return types[tail - 1];
    }

    /** Whether a token added at index {@code from} or later spans exactly [start, end). */
    boolean containsSince(int from, int start, int end) {
        for (int i = from; i < tail; i++) {
            if (starts[i] == start && ends[i] == end) {
                return true;
            }
        }
        return false;
    }

    /** Sorts the tokens added at index {@code from} or later by start offset, keeping ties in order. */
    void sortSince(int from) {
        for (int i = from + 1; i < tail; i++) {
            for (int j = i; j > from && starts[j - 1] > starts[j]; j--) {
                swap(j - 1, j);
            }
        }
    }

    private void swap(int a, int b) {
        int s = starts[a]; starts[a] = starts[b]; starts[b] = s;
        int e = ends[a]; ends[a] = ends[b]; ends[b] = e;
        int p = positionIncrements[a]; positionIncrements[a] = positionIncrements[b]; positionIncrements[b] = p;
        int t = types[a]; types[a] = types[b]; types[b] = t;
    }
}
