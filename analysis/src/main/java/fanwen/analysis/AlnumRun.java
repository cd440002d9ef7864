package fanwen.analysis;

/**
 * Finds ASCII letter-digit runs such as {@code pd1728_a_1}, {@code gb/t}, {@code 9704-2012} and splits
 * them into searchable parts: at connectors ({@code _ - . / + #}) and where letters meet digits. A dot
 * between two digits does not split, so a decimal (3.5) or version (1.2.3) stays one part.
 */
final class AlnumRun {

    private AlnumRun() {}

    /**
     * The end of the run starting at {@code start} (an ASCII letter or digit): letters, digits and
     * connectors up to {@code limit}, without trailing connectors.
     */
    static int end(char[] text, int start, int limit) {
        int end = start;
        while (end < limit && (CharClass.isAsciiAlnum(text[end]) || CharClass.isConnector(text[end]))) {
            end++;
        }
        while (CharClass.isConnector(text[end - 1])) {
            end--;
        }
        return end;
    }

    /** The parts of the run text[start, end) as {start0, end0, start1, end1, …}. */
    static int[] parts(char[] text, int start, int end) {
        int[] bounds = new int[8];
        int count = 0;
        int partStart = start;
        for (int i = start; i < end; i++) {
            char c = text[i];
            boolean split;
            int nextStart;
            if (CharClass.isConnector(c)) {
                if (c == '.' && isDigit(text[i - 1]) && i + 1 < end && isDigit(text[i + 1])) {
                    continue;
                }
                split = true;
                nextStart = i + 1;
            } else {
                split = i > partStart && isDigit(c) != isDigit(text[i - 1]) && !CharClass.isConnector(text[i - 1]);
                nextStart = i;
            }
            if (split) {
                if (i > partStart) {
                    bounds = add(bounds, count, partStart, i);
                    count += 2;
                }
                partStart = nextStart;
            }
        }
        if (end > partStart) {
            bounds = add(bounds, count, partStart, end);
            count += 2;
        }
        return java.util.Arrays.copyOf(bounds, count);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static int[] add(int[] bounds, int count, int start, int end) {
        if (count + 2 > bounds.length) {
            bounds = java.util.Arrays.copyOf(bounds, bounds.length * 2);
        }
        bounds[count] = start;
        bounds[count + 1] = end;
        return bounds;
    }
}
