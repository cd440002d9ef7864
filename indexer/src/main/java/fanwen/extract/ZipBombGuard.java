package fanwen.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Refuses zip-based documents (.docx, .odt, …) that inflate far beyond their size, before Tika parses
 * them. Tika's own guard ({@code SecureContentHandler}) only sees the text a parser emits, and its .docx
 * reader buffers a whole text run first, so one run of a gigabyte of inflated characters exhausts the heap
 * before that guard can act. Here every entry is inflated into nothing, counting bytes: an entry that has
 * inflated past 10 MB at more than 100 times its compressed size (the ratio Apache POI also treats as a
 * bomb), or a total past {@code maxTotalBytes}, is a bomb. A legitimate document costs one extra pass of
 * inflation, a few milliseconds per megabyte. Files that are not zips, or that {@link ZipFile} cannot read,
 * are left to the parser to judge.
 */
final class ZipBombGuard {

    private static final long RATIO_GRACE_BYTES = 10L * 1024 * 1024;
    private static final long MAX_RATIO = 100;

    private ZipBombGuard() {
    }

    /** Whether the file inflates beyond the limits; false for files that are not readable zips. */
    static boolean isBomb(Path file, long maxTotalBytes) {
        if (!startsLikeZip(file)) {
            return false;
        }
        try (ZipFile zip = new ZipFile(file.toFile())) {
            long total = 0;
            byte[] sink = new byte[64 * 1024];
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
                ZipEntry entry = entries.nextElement();
                long compressed = Math.max(1, entry.getCompressedSize());
                long inflated = 0;
                try (InputStream in = zip.getInputStream(entry)) {
                    for (int n; (n = in.read(sink)) > 0; ) {
                        inflated += n;
                        total += n;
                        if (inflated > RATIO_GRACE_BYTES && inflated > MAX_RATIO * compressed || total > maxTotalBytes) {
                            return true;
                        }
                    }
                }
            }
            return false;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static boolean startsLikeZip(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(4);
            return head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
        } catch (IOException e) {
            return false;
        }
    }
}
