package fanwen.peers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * What one ingest cost, printed as one {@code ingest key=value …} line that {@code bench/load/run.sh} reads:
 * documents, characters, seconds, the size of the Lucene index folder and the peak resident memory of this
 * process.
 */
public record IngestReport(String system, long docs, long chars, double seconds, long indexBytes, long peakRssKb) {

    /** The report for {@code docs} loaded in {@code seconds}, the index in {@code indexFolder}, measured now. */
    public static IngestReport of(String system, List<PeerDocument> docs, double seconds, Path indexFolder)
            throws IOException {
        long chars = docs.stream().mapToLong(d -> d.body().length()).sum();
        return new IngestReport(system, docs.size(), chars, seconds, sizeOf(indexFolder),
                ProcessMemory.peakResidentKb());
    }

    public String line() {
        return String.format(Locale.ROOT, "ingest system=%s docs=%d chars=%d seconds=%.1f index_bytes=%d peak_rss_kb=%d",
                system, docs, chars, seconds, indexBytes, peakRssKb);
    }

    /** Bytes of the files under {@code folder}. */
    public static long sizeOf(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }
}
