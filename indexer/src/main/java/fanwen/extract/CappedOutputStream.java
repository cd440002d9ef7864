package fanwen.extract;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/** Passes bytes through until more than {@code cap} have been written, then fails with {@link CapReached}. */
final class CappedOutputStream extends FilterOutputStream {

    /** Thrown once more than the cap has been written; {@link #bytes()} is how many were offered. */
    static final class CapReached extends IOException {
        private final long bytes;

        CapReached(long bytes) {
            super("more than the allowed bytes");
            this.bytes = bytes;
        }

        long bytes() {
            return bytes;
        }
    }

    private final long cap;
    private long written;

    CappedOutputStream(OutputStream out, long cap) {
        super(out);
        this.cap = cap;
    }

    @Override
    public void write(int b) throws IOException {
        count(1);
        out.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        count(len);
        out.write(b, off, len);
    }

    private void count(int len) throws CapReached {
        written += len;
        if (written > cap) {
            throw new CapReached(written);
        }
    }
}
