package fanwen.engine;

import java.nio.file.Path;

/**
 * The layout of a data folder, in one place: {@code index/} (Lucene), {@code originals/} (the uploaded
 * and indexed files by content hash), {@code dict/} (user dictionaries, loaded at start-up).
 */
public record DataFolder(Path root) {

    /** The default data folder, {@code ./data}. */
    public static DataFolder defaultFolder() {
        return new DataFolder(Path.of("data"));
    }

    public Path index() {
        return root.resolve("index");
    }

    public Path originals() {
        return root.resolve("originals");
    }

    /** User dictionaries: every {@code *.txt} here is loaded at start-up, see {@code DomainDictionary}. */
    public Path dictionaries() {
        return root.resolve("dict");
    }
}
