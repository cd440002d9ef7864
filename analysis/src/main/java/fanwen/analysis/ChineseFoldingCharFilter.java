package fanwen.analysis;

import java.io.IOException;
import java.io.Reader;

import org.apache.lucene.analysis.CharFilter;

/**
 * Applies {@link ChineseFolding} to every char read. Folding is one char to one char, so offsets need
 * no correction.
 *
 * <p>It does not buffer, look ahead or change the text's length.
 */
public final class ChineseFoldingCharFilter extends CharFilter {

    public ChineseFoldingCharFilter(Reader input) {
        super(input);
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int read = input.read(buffer, offset, length);
        if (read > 0) {
            ChineseFolding.foldInPlace(buffer, offset, read);
        }
        return read;
    }

    @Override
    protected int correct(int currentOffset) {
        return currentOffset;
    }
}
