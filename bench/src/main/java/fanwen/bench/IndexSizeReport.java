package fanwen.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.lucene.codecs.Codec;
import org.apache.lucene.codecs.FilterCodec;
import org.apache.lucene.codecs.PostingsFormat;
import org.apache.lucene.codecs.perfield.PerFieldPostingsFormat;
import org.apache.lucene.index.CodecReader;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SegmentReader;
import org.apache.lucene.index.SlowCodecReaderWrapper;
import org.apache.lucene.index.StoredFieldVisitor;
import org.apache.lucene.index.Terms;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * Where an index's bytes go, field by field, by Lucene's own files: the index is copied into one segment written
 * with a codec that gives every field postings files of its own (the same postings format, one instance per
 * field), so each field's terms dictionary, doc ids, positions and offsets/payloads are separate files whose sizes
 * are exact. Stored fields share one file; their raw UTF-8 bytes per field are counted to apportion it. Doc values
 * and points are reported by file type.
 *
 * <p>Usage: {@code bench/run.sh index-size INDEX_DIR} (e.g. {@code bench/target/ingest/data/index}).
 */
public final class IndexSizeReport {

    /** A per-field postings file: segment, format name, suffix, extension (doc values files have others). */
    private static final Pattern POSTINGS_FILE = Pattern.compile("_\\w+?_([A-Za-z0-9]+)_(\\d+)\\.(doc|pos|pay|tim|tip|tmd|psm)");

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: bench/run.sh index-size INDEX_DIR");
        }
        Path source = Path.of(args[0]);
        Path copy = Files.createTempDirectory("fanwen-index-size");
        try (Directory from = FSDirectory.open(source); DirectoryReader reader = DirectoryReader.open(from);
             Directory to = FSDirectory.open(copy)) {
            long original = sizeOf(from);
            Map<String, String> suffixes = rewrite(reader, to);
            report(source, reader, to, suffixes, original);
        } finally {
            deleteTree(copy);
        }
    }

    /** Writes every segment of {@code reader} into one new segment in {@code to}; the field → postings suffix map. */
    private static Map<String, String> rewrite(DirectoryReader reader, Directory to) throws IOException {
        IndexWriterConfig config = new IndexWriterConfig().setCodec(new PerFieldFilesCodec())
                .setUseCompoundFile(false);
        config.getMergePolicy().setNoCFSRatio(0.0);
        try (IndexWriter writer = new IndexWriter(to, config)) {
            List<CodecReader> leaves = new ArrayList<>();
            for (LeafReaderContext leaf : reader.leaves()) {
                leaves.add(SlowCodecReaderWrapper.wrap(leaf.reader()));
            }
            writer.addIndexes(leaves.toArray(CodecReader[]::new));
            writer.commit();
        }
        Map<String, String> suffixes = new TreeMap<>();
        try (DirectoryReader copied = DirectoryReader.open(to)) {
            for (LeafReaderContext leaf : copied.leaves()) {
                for (FieldInfo field : leaf.reader().getFieldInfos()) {
                    String suffix = field.getAttribute(PerFieldPostingsFormat.PER_FIELD_SUFFIX_KEY);
                    if (suffix != null) {
                        suffixes.put(suffix, field.name);
                    }
                }
            }
        }
        return suffixes;
    }

    private static void report(Path source, DirectoryReader reader, Directory copy, Map<String, String> fieldBySuffix,
                               long original) throws IOException {
        Map<String, long[]> postings = new TreeMap<>(); // field → terms, docs, positions, offsets/payloads
        Map<String, Long> byExtension = new TreeMap<>();
        for (String file : copy.listAll()) {
            long length = copy.fileLength(file);
            Matcher m = POSTINGS_FILE.matcher(file);
            if (m.matches() && fieldBySuffix.containsKey(m.group(2))) {
                long[] parts = postings.computeIfAbsent(fieldBySuffix.get(m.group(2)), f -> new long[4]);
                switch (m.group(3)) {
                    case "doc" -> parts[1] += length;
                    case "pos" -> parts[2] += length;
                    case "pay" -> parts[3] += length;
                    default -> parts[0] += length; // terms dictionary and its index
                }
            } else {
                String ext = file.contains(".") ? file.substring(file.lastIndexOf('.') + 1) : file;
                byExtension.merge(ext, length, Long::sum);
            }
        }
        Map<String, Long> stored = storedBytes(reader);
        long rewritten = sizeOf(copy);
        System.out.printf("index %s: %.1f MB as it is, %.1f MB rewritten into one segment; %d documents (Lucene)%n%n",
                source, mb(original), mb(rewritten), reader.numDocs());
        System.out.println("| field | index options | terms | postings (doc ids) | positions | offsets | total | "
                + "sum doc freq | sum term freq |");
        System.out.println("|---|---|---:|---:|---:|---:|---:|---:|---:|");
        List<Map.Entry<String, long[]>> rows = new ArrayList<>(postings.entrySet());
        rows.sort(Comparator.comparingLong((Map.Entry<String, long[]> e) -> total(e.getValue())).reversed());
        long allPostings = 0;
        for (Map.Entry<String, long[]> row : rows) {
            long[] p = row.getValue();
            long[] freqs = frequencies(reader, row.getKey());
            allPostings += total(p);
            System.out.printf("| %s | %s | %.1f MB | %.1f MB | %.1f MB | %.1f MB | **%.1f MB** | %,d | %,d |%n",
                    row.getKey(), indexOptions(reader, row.getKey()), mb(p[0]), mb(p[1]), mb(p[2]), mb(p[3]),
                    mb(total(p)), freqs[0], freqs[1]);
        }
        System.out.printf("| all postings | | | | | | **%.1f MB** | | |%n%n", mb(allPostings));
        System.out.println("| other files (by extension) | size |");
        System.out.println("|---|---:|");
        byExtension.forEach((ext, size) -> System.out.printf("| .%s | %.1f MB |%n", ext, mb(size)));
        long storedRaw = stored.values().stream().mapToLong(Long::longValue).sum();
        System.out.printf("%n| stored field (raw UTF-8 before compression) | bytes | share |%n|---|---:|---:|%n");
        stored.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> System.out.printf("| %s | %.1f MB | %.0f %% |%n", e.getKey(), mb(e.getValue()),
                        100.0 * e.getValue() / storedRaw));
    }

    private static long total(long[] parts) {
        return parts[0] + parts[1] + parts[2] + parts[3];
    }

    private static String indexOptions(DirectoryReader reader, String field) {
        for (LeafReaderContext leaf : reader.leaves()) {
            FieldInfo info = leaf.reader().getFieldInfos().fieldInfo(field);
            if (info != null && info.getIndexOptions() != IndexOptions.NONE) {
                return info.getIndexOptions().name().toLowerCase().replace("docs_and_", "").replace('_', ' ');
            }
        }
        return "";
    }

    /** The sum of document frequencies and of term frequencies of {@code field}'s terms. */
    private static long[] frequencies(DirectoryReader reader, String field) throws IOException {
        long[] sums = new long[2];
        for (LeafReaderContext leaf : reader.leaves()) {
            Terms terms = leaf.reader().terms(field);
            if (terms != null) {
                sums[0] += Math.max(0, terms.getSumDocFreq());
                sums[1] += Math.max(0, terms.getSumTotalTermFreq());
            }
        }
        return sums;
    }

    /** The raw bytes of every stored field, by field: UTF-8 for text, as they are for binary and numbers. */
    private static Map<String, Long> storedBytes(DirectoryReader reader) throws IOException {
        Map<String, Long> bytes = new TreeMap<>();
        StoredFieldVisitor counter = new StoredFieldVisitor() {
            @Override
            public Status needsField(FieldInfo fieldInfo) {
                return Status.YES;
            }

            @Override
            public void stringField(FieldInfo fieldInfo, String value) {
                bytes.merge(fieldInfo.name, (long) value.getBytes(StandardCharsets.UTF_8).length, Long::sum);
            }

            @Override
            public void binaryField(FieldInfo fieldInfo, byte[] value) {
                bytes.merge(fieldInfo.name, (long) value.length, Long::sum);
            }

            @Override
            public void intField(FieldInfo fieldInfo, int value) {
                bytes.merge(fieldInfo.name, 4L, Long::sum);
            }

            @Override
            public void longField(FieldInfo fieldInfo, long value) {
                bytes.merge(fieldInfo.name, 8L, Long::sum);
            }
        };
        for (LeafReaderContext leaf : reader.leaves()) {
            var storedFields = leaf.reader().storedFields();
            for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                storedFields.document(doc, counter);
            }
        }
        return bytes;
    }

    private static long sizeOf(Directory directory) throws IOException {
        long total = 0;
        for (String file : directory.listAll()) {
            total += directory.fileLength(file);
        }
        return total;
    }

    private static double mb(long bytes) {
        return bytes / 1e6;
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** The default codec, but every field's postings in files of their own. */
    private static final class PerFieldFilesCodec extends FilterCodec {

        private final PostingsFormat perField = new PerFieldPostingsFormat() {
            private final Map<String, PostingsFormat> formats = new TreeMap<>();

            @Override
            public synchronized PostingsFormat getPostingsFormatForField(String field) {
                return formats.computeIfAbsent(field, f -> newDefaultPostingsFormat());
            }
        };

        PerFieldFilesCodec() {
            super(Codec.getDefault().getName(), Codec.getDefault());
        }

        @Override
        public PostingsFormat postingsFormat() {
            return perField;
        }

        private static PostingsFormat newDefaultPostingsFormat() {
            PostingsFormat shared = ((PerFieldPostingsFormat) Codec.getDefault().postingsFormat())
                    .getPostingsFormatForField("any");
            try {
                return shared.getClass().getDeclaredConstructor().newInstance();
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot make another " + shared.getName(), e);
            }
        }
    }
}
