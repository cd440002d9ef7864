package fanwen.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import fanwen.index.AtomicFile;
import fanwen.model.Progress;
import fanwen.store.LibraryStore;

/**
 * Analyses again, in the background, the documents holding words whose segmentation changed — a term added to the
 * user dictionary or taken out of it — so that their index, passages and snippets show the words as the dictionary
 * now cuts them. The documents are found through the store ({@link LibraryStore#documentsHolding}), once the new
 * dictionary is in effect, and re-indexed one at a time on one thread, committed every {@value #COMMIT_EVERY}
 * documents and at the end; {@link #progress()} says how far it got.
 *
 * <p>The words still to be done are kept in a file until their documents are committed, so that work cut short (a
 * stop, a power loss) is taken up again by {@link #resume()} on the next start. A document that fails is logged
 * and left as it was indexed.
 */
public final class Reanalysis implements AutoCloseable {

    /** Re-indexes one document from its original, as it is now (a document deleted meanwhile is skipped). */
    @FunctionalInterface
    public interface OneDocument {
        void reanalyse(String id) throws IOException;
    }

    private static final Logger LOG = LoggerFactory.getLogger(Reanalysis.class);
    private static final int COMMIT_EVERY = 100;
    /** How long closing waits for the document being re-indexed (at most a file's extraction time limit). */
    private static final long CLOSE_WAIT_MINUTES = 5;

    private final LibraryStore store;
    private final OneDocument oneDocument;
    private final Ingester ingester;
    private final Path pendingFile;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "fanwen-reanalysis");
        thread.setDaemon(true);
        return thread;
    });

    // guarded by this
    private final Set<String> pendingWords = new LinkedHashSet<>();
    private int batchesLeft;
    private int done;
    private int total;
    /** Documents analysed again since this instance was made, over all batches. */
    private long documentsDone;
    private boolean failed;
    private volatile boolean closing;

    /**
     * @param ingester    commits the re-indexed documents
     * @param pendingFile where the words still to be done are kept
     */
    public Reanalysis(LibraryStore store, OneDocument oneDocument, Ingester ingester, Path pendingFile) {
        this.store = store;
        this.oneDocument = oneDocument;
        this.ingester = ingester;
        this.pendingFile = pendingFile;
    }

    /** Has the documents holding any of {@code words} analysed again, after those already asked for. */
    public synchronized void submit(Set<String> words) throws IOException {
        if (words.isEmpty() || closing) {
            return;
        }
        pendingWords.addAll(words);
        AtomicFile.write(pendingFile, (String.join("\n", pendingWords) + "\n").getBytes(StandardCharsets.UTF_8));
        batchesLeft++;
        Set<String> batch = Set.copyOf(words);
        worker.execute(() -> run(batch));
    }

    /** Takes up the words a previous run left undone. */
    public void resume() throws IOException {
        if (Files.isRegularFile(pendingFile)) {
            List<String> words = Files.readAllLines(pendingFile, StandardCharsets.UTF_8).stream()
                    .map(String::strip).filter(word -> !word.isEmpty()).toList();
            LOG.info("taking up the analysis of the documents holding {} changed words", words.size());
            submit(new LinkedHashSet<>(words));
        }
    }

    /** The documents done of those found so far, while any are left. */
    public synchronized Optional<Progress> progress() {
        return batchesLeft == 0 ? Optional.empty() : Optional.of(new Progress(done, total));
    }

    /** How many documents were analysed again since this instance was made (those that failed included). */
    public synchronized long documentsDone() {
        return documentsDone;
    }

    private void run(Set<String> words) {
        boolean complete = false;
        try {
            List<String> ids = store.documentsHolding(words);
            synchronized (this) {
                total += ids.size();
            }
            LOG.info("analysing again the {} documents holding {} changed words", ids.size(), words.size());
            int sinceCommit = 0;
            for (String id : ids) {
                if (closing) {
                    return;
                }
                reanalyseOne(id);
                synchronized (this) {
                    done++;
                    documentsDone++;
                }
                if (++sinceCommit == COMMIT_EVERY) {
                    ingester.commit();
                    sinceCommit = 0;
                }
            }
            ingester.commit();
            complete = true;
        } catch (IOException | RuntimeException e) {
            LOG.error("analysing again the documents holding {} failed; the next start tries again", words, e);
        } finally {
            finished(complete);
        }
    }

    private void reanalyseOne(String id) {
        try {
            oneDocument.reanalyse(id);
        } catch (IOException | RuntimeException e) {
            LOG.warn("document {} could not be analysed again and keeps its old segmentation: {}", id, e.getMessage());
        }
    }

    private synchronized void finished(boolean complete) {
        failed |= !complete;
        if (--batchesLeft > 0) {
            return;
        }
        if (!failed && !closing) {
            pendingWords.clear();
            try {
                Files.deleteIfExists(pendingFile);
            } catch (IOException e) {
                LOG.warn("cannot delete {}: its words are analysed again on the next start", pendingFile, e);
            }
        }
        failed = false;
        done = 0;
        total = 0;
    }

    /** Stops after the document being re-indexed; what is left is taken up on the next start. */
    @Override
    public void close() {
        closing = true;
        worker.shutdown();
        try {
            if (!worker.awaitTermination(CLOSE_WAIT_MINUTES, TimeUnit.MINUTES)) {
                LOG.warn("the analysis of a document did not end within {} minutes", CLOSE_WAIT_MINUTES);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
