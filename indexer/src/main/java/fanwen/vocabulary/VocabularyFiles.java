package fanwen.vocabulary;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import fanwen.analysis.DictionaryFile;
import fanwen.analysis.Synonyms;
import fanwen.index.AtomicFile;
import fanwen.model.DataFolder;
import fanwen.model.SynonymGroup;

/**
 * The user's vocabulary on disk, in the data folder's {@code dict/}: the user dictionary edited through the engine
 * ({@code user-terms.txt}, a term per line, the format of every {@code dict/*.txt}), the synonyms
 * ({@code synonyms.tsv}, a group per line, the format of the bundled list), and the other dictionaries users put
 * there by hand, which are read, never written. A file is replaced whole and atomically, so what was accepted is
 * on the disk before the answer and survives a crash.
 */
final class VocabularyFiles {

    private final DataFolder folder;

    VocabularyFiles(DataFolder folder) {
        this.folder = folder;
    }

    /** The terms of the user dictionary edited through the engine, in their order. */
    List<String> terms() throws IOException {
        return entriesOf(folder.userTerms()).stream().map(DictionaryFile.Entry::term).toList();
    }

    /** The groups of synonyms, in their order. */
    List<SynonymGroup> synonyms() throws IOException {
        Path file = folder.userSynonyms();
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return Synonyms.parse(reader).stream().map(SynonymGroup::new).toList();
        }
    }

    /** The entries of every user dictionary of the folder: the one edited through the engine and any by hand. */
    List<DictionaryFile.Entry> allDictionaryEntries() throws IOException {
        List<DictionaryFile.Entry> all = new ArrayList<>();
        if (Files.isDirectory(folder.dictionaries())) {
            try (DirectoryStream<Path> files = Files.newDirectoryStream(folder.dictionaries(), "*.txt")) {
                for (Path file : files) {
                    all.addAll(entriesOf(file));
                }
            }
        }
        return all;
    }

    void writeTerms(List<String> terms) throws IOException {
        StringBuilder text = new StringBuilder("""
                # 用户词典：每行一个词条。由 API（/api/v1/dictionary）、网页和 fanwen dictionary 维护，修改后立即生效。
                # User dictionary, a term per line, kept by the API, the web page and `fanwen dictionary`.
                """);
        terms.forEach(term -> text.append(term).append('\n'));
        AtomicFile.write(folder.userTerms(), text.toString().getBytes(StandardCharsets.UTF_8));
    }

    void writeSynonyms(List<SynonymGroup> groups) throws IOException {
        StringBuilder text = new StringBuilder("""
                # 同义词：每行一组可以互相替换的词，用制表符分开。由 API（/api/v1/synonyms）、网页和 fanwen synonyms 维护。
                # Synonyms, a group per line, words apart by tabs, kept by the API, the web page and `fanwen synonyms`.
                """);
        groups.forEach(group -> text.append(String.join("\t", group.words())).append('\n'));
        AtomicFile.write(folder.userSynonyms(), text.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static List<DictionaryFile.Entry> entriesOf(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return DictionaryFile.parse(reader).entries();
        }
    }
}
