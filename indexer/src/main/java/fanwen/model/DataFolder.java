package fanwen.model;

import java.nio.file.Path;

/**
 * The layout of a data folder, in one place: {@code index/} (Lucene), {@code originals/} (the uploaded
 * and indexed files by content hash), {@code dict/} (the user's vocabulary: dictionaries, synonyms),
 * {@code metadata/} (the user's metadata edits, one JSON file per document), {@code uploads/}
 * (files being uploaded, removed once indexed) and {@code logs/} (what command-line runs logged). While an
 * index of an older schema is rebuilt, the new one grows in {@code index.rebuild/}.
 */
public record DataFolder(Path root) {

    /** The default data folder, {@code ./data}. */
    public static DataFolder defaultFolder() {
        return new DataFolder(Path.of("data"));
    }

    public Path index() {
        return root.resolve("index");
    }

    /** Where an index of an older schema is rebuilt from the originals before it takes the place of {@code index/}. */
    public Path indexRebuild() {
        return root.resolve("index.rebuild");
    }

    public Path originals() {
        return root.resolve("originals");
    }

    /**
     * The user's vocabulary: every {@code *.txt} here is a user dictionary (see {@code DomainDictionary}), loaded at
     * start-up, and so are the synonyms; a backup copies the folder whole.
     */
    public Path dictionaries() {
        return root.resolve("dict");
    }

    /** The user dictionary edited through the engine (API, page, CLI): one term per line. */
    public Path userTerms() {
        return dictionaries().resolve("user-terms.txt");
    }

    /** The user's synonyms: one group per line, words apart by tabs, as {@code corpus/dict/synonyms.tsv}. */
    public Path userSynonyms() {
        return dictionaries().resolve("synonyms.tsv");
    }

    /**
     * The words whose documents are still to be analysed again after a change of the vocabulary, one per line;
     * absent when none are: what a restart picks up.
     */
    public Path pendingReanalysis() {
        return dictionaries().resolve("reanalysis.pending");
    }

    /** User metadata edits: {@code <id>.json} per edited document, applied whenever it is (re-)indexed. */
    public Path metadata() {
        return root.resolve("metadata");
    }

    /** The log of command-line runs (library warnings, stack traces), appended to by each run. */
    public Path log() {
        return root.resolve("logs").resolve("fanwen.log");
    }

    /** Temporary files of uploads in progress; on the same disk as the index, removed after indexing. */
    public Path uploads() {
        return root.resolve("uploads");
    }
}
