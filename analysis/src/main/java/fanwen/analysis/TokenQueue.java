package fanwen.analysis;

import java.util.Arrays;

/**
 * The tokens of one chunk waiting to be emitted by {@link HanLPTokenizer}, as parallel int arrays (start, end,
 * position, position length, type index) to avoid an object per token. Positions count from the start of the text.
 */
final class TokenQueue {

    private int[] starts = new int[256];
    private int[] ends = new int[256];
    private int[] positions = new int[256];
    private int[] positionLengths = new int[256];
    private int[] types = new int[256];
    private int head;
    private int tail;

    void add(int start, int end, int position, int positionLength, int type) {
        if (tail == starts.length) {
            int capacity = tail * 2;
            starts = Arrays.copyOf(starts, capacity);
            ends = Arrays.copyOf(ends, capacity);
            positions = Arrays.copyOf(positions, capacity);
            positionLengths = Arrays.copyOf(positionLengths, capacity);
            types = Arrays.copyOf(types, capacity);
        }
        starts[tail] = start;
        ends[tail] = end;
        positions[tail] = position;
        positionLengths[tail] = positionLength;
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

    int position() {
        return positions[head];
    }

    int positionLength() {
        return positionLengths[head];
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

    void setLastPositionLength(int positionLength) {
        positionLengths[tail - 1] = positionLength;
    }

    /** Sorts the tokens added at index {@code from} or later by start offset, the longer first on a tie. */
    void sortSince(int from) {
        for (int i = from + 1; i < tail; i++) {
            for (int j = i; j > from && before(j, j - 1); j--) {
                swap(j - 1, j);
            }
        }
    }

    private boolean before(int a, int b) {
        return starts[a] < starts[b] || starts[a] == starts[b] && ends[a] > ends[b];
    }

    private void swap(int a, int b) {
        int s = starts[a]; starts[a] = starts[b]; starts[b] = s;
        int e = ends[a]; ends[a] = ends[b]; ends[b] = e;
        int p = positions[a]; positions[a] = positions[b]; positions[b] = p;
        int l = positionLengths[a]; positionLengths[a] = positionLengths[b]; positionLengths[b] = l;
        int t = types[a]; types[a] = types[b]; types[b] = t;
    }
}
