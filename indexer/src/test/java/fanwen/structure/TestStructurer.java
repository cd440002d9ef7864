package fanwen.structure;

import java.util.Optional;

import org.apache.lucene.analysis.Analyzer;

import fanwen.analysis.WordCounts;
import fanwen.index.Analyzers;

/** The structure stage as the tests call it: the word counts made here, as the ingester makes them. */
final class TestStructurer {

    private final DocumentStructurer structurer = new DocumentStructurer();
    private final Analyzer words = Analyzers.index();

    StructuredDocument structure(String text, String fileName, Optional<String> metadataTitle) {
        return structurer.structure(text, fileName, metadataTitle, WordCounts.of(words, text));
    }
}
