package fanwen.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Every term list in corpus/dict is loaded: the list of bundled files and the folder agree. */
class BundledDictionaryListTest {

    @Test
    void everyFileInCorpusDictIsListedAsBundled() throws IOException {
        Path dict = Path.of("../corpus/dict");
        try (Stream<Path> files = Files.list(dict)) {
            assertEquals(
                    files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".txt")).sorted().toList(),
                    DomainDictionary.BUNDLED_FILES.stream().sorted().toList(),
                    "a *.txt in corpus/dict is packaged into the jar but only files in BUNDLED_FILES are loaded");
        }
    }
}
