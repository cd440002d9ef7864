package fanwen.backup;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

import fanwen.index.OriginalsStore;
import fanwen.model.BackupSummary;
import fanwen.model.DataFolder;
import fanwen.store.lucene.FanwenIndex;
import fanwen.store.lucene.Schema;
import fanwen.store.lucene.StoredFieldLoader;

/**
 * A consistent copy of a library, taken while a server may be serving it and accepting uploads, and brought back
 * into a new data folder.
 *
 * <p>A backup holds the index as of its last commit — every file of that commit opened before any is copied, so
 * that a later commit deleting them cannot take them away mid-copy — the originals and metadata edits of the
 * documents in that commit, and the user dictionaries. A document deleted between the commit and the copy of its
 * original makes the backup start again from the newer commit. The copy is written beside the target as
 * {@code <target>.partial} and moved into place when complete, so a backup folder is either whole or absent.
 */
public final class LibraryBackup {

    /** Attempts before giving up on a library that changes faster than it can be copied. */
    private static final int ATTEMPTS = 10;
    private static final String MANIFEST = "backup.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private LibraryBackup() {
    }

    /** Copies the library in {@code from} to {@code to}, which must not exist yet (or be an empty folder). */
    public static BackupSummary take(DataFolder from, Path to) throws IOException {
        requireEmpty(to);
        if (FanwenIndex.versionOf(from.index()).isEmpty()) {
            throw new IOException("no library in " + from.root() + ": its index folder is empty or missing");
        }
        Path partial = to.resolveSibling(to.getFileName() + ".partial");
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            deleteTree(partial);
            DataFolder copy = new DataFolder(partial);
            try {
                copyLastCommit(from.index(), copy.index());
                BackupSummary summary = copyWhatTheCommitNeeds(from, copy);
                JSON.writerWithDefaultPrettyPrinter().writeValue(partial.resolve(MANIFEST).toFile(), manifest(summary));
                deleteTree(to); // an empty folder the user made for it
                Files.move(partial, to);
                return summary;
            } catch (NoSuchFileException changedMeanwhile) {
                // a commit or a delete removed a file between reading the commit and copying it: start again
            }
        }
        deleteTree(partial);
        throw new IOException("the library changed too fast to be copied " + ATTEMPTS + " times in a row; try again");
    }

    /** Brings the backup in {@code from} back as the library of {@code to}, which must be new or empty. */
    public static BackupSummary restore(Path from, DataFolder to) throws IOException {
        DataFolder backup = new DataFolder(from);
        if (!Files.isRegularFile(from.resolve(MANIFEST)) || FanwenIndex.versionOf(backup.index()).isEmpty()) {
            throw new IOException(from + " is not a Fanwen backup (no " + MANIFEST + " or no index)");
        }
        requireEmpty(to.root());
        Path partial = to.root().resolveSibling(to.root().getFileName() + ".partial");
        deleteTree(partial);
        for (Path part : List.of(backup.index(), backup.originals(), backup.metadata(), backup.dictionaries())) {
            copyTree(part, partial.resolve(backup.root().relativize(part).toString()));
        }
        BackupSummary restored = verify(new DataFolder(partial));
        deleteTree(to.root());
        Files.move(partial, to.root());
        return restored;
    }

    /** Opens every file of the index's last commit, then copies them: all of one commit, or a retry. */
    private static void copyLastCommit(Path index, Path target) throws IOException {
        Files.createDirectories(target);
        Map<String, FileChannel> files = new LinkedHashMap<>();
        try (Directory directory = FSDirectory.open(index)) {
            Collection<String> names = SegmentInfos.readLatestCommit(directory).files(true);
            for (String name : names) {
                files.put(name, FileChannel.open(index.resolve(name), StandardOpenOption.READ));
            }
            for (Map.Entry<String, FileChannel> file : files.entrySet()) {
                try (FileChannel out = FileChannel.open(target.resolve(file.getKey()), StandardOpenOption.CREATE_NEW,
                        StandardOpenOption.WRITE)) {
                    FileChannel in = file.getValue();
                    for (long at = 0, size = in.size(); at < size; ) {
                        at += in.transferTo(at, size - at, out);
                    }
                    out.force(true);
                }
            }
        } finally {
            for (FileChannel channel : files.values()) {
                channel.close();
            }
        }
    }

    /**
     * Copies, for every document of the index already in {@code copy}, its original and its edit from {@code from},
     * then the user dictionaries.
     */
    private static BackupSummary copyWhatTheCommitNeeds(DataFolder from, DataFolder copy) throws IOException {
        List<Held> documents = documentsOf(copy.index());
        OriginalsStore sources = new OriginalsStore(from.originals());
        OriginalsStore originals = new OriginalsStore(copy.originals());
        int edits = 0;
        for (Held document : documents) {
            Path original = sources.find(document.originalHash())
                    .orElseThrow(() -> new NoSuchFileException("original " + document.originalHash()));
            originals.put(document.originalHash(), original);
            Path edit = from.metadata().resolve(document.id() + ".json");
            if (Files.isRegularFile(edit)) {
                Files.createDirectories(copy.metadata());
                Files.copy(edit, copy.metadata().resolve(edit.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                edits++;
            }
        }
        originals.sync();
        copyTree(from.dictionaries(), copy.dictionaries());
        return new BackupSummary(documents.size(), documents.size(), edits, FanwenIndex.versionOf(copy.index()).orElse(0));
    }

    /** Checks that a restored library has the original of every document; what it holds. */
    private static BackupSummary verify(DataFolder restored) throws IOException {
        List<Held> documents = documentsOf(restored.index());
        OriginalsStore originals = new OriginalsStore(restored.originals());
        int edits = 0;
        for (Held document : documents) {
            if (originals.find(document.originalHash()).isEmpty()) {
                throw new IOException("the backup is incomplete: the original of document " + document.id()
                        + " is missing");
            }
            if (Files.isRegularFile(restored.metadata().resolve(document.id() + ".json"))) {
                edits++;
            }
        }
        return new BackupSummary(documents.size(), documents.size(), edits,
                FanwenIndex.versionOf(restored.index()).orElse(0));
    }

    /** A document of the copied commit: its id and the hash its original is stored under. */
    private record Held(String id, String originalHash) {
    }

    private static List<Held> documentsOf(Path index) throws IOException {
        try (Directory directory = FSDirectory.open(index); DirectoryReader reader = DirectoryReader.open(directory)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            TermQuery documents = new TermQuery(new Term(Schema.KIND, Schema.KIND_DOCUMENT));
            List<Held> all = new ArrayList<>();
            for (ScoreDoc hit : searcher.search(documents, Math.max(1, searcher.count(documents))).scoreDocs) {
                Document stored = StoredFieldLoader.load(searcher.storedFields(), hit.doc,
                        Set.of(Schema.ID, Schema.ORIGINAL_HASH));
                all.add(new Held(stored.get(Schema.ID), stored.get(Schema.ORIGINAL_HASH)));
            }
            return all;
        }
    }

    private static Map<String, Object> manifest(BackupSummary summary) {
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("taken_at", Instant.now().toString());
        manifest.put("documents", summary.documents());
        manifest.put("originals", summary.originals());
        manifest.put("edits", summary.edits());
        manifest.put("schema_version", summary.schemaVersion());
        return manifest;
    }

    private static void requireEmpty(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
                if (entries.iterator().hasNext()) {
                    throw new IOException(folder + " is not empty: give a new folder");
                }
            }
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        if (!Files.isDirectory(from)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
