package fanwen.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.QueryBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import fanwen.analysis.HanLPTokenizer.Mode;

/**
 * An exact phrase over the word field — the text indexed in {@link Mode#INDEX}, the phrase cut in {@link Mode#QUERY}
 * with stop words kept and built from the tokens' positions, as Lucene's {@link QueryBuilder} (and OpenSearch's
 * {@code match_phrase}) builds it — matches a text only where the phrase's words stand one after the other. The index
 * keeps no position lengths, so a sub-word stacked inside a longer word must not line up with the words around that
 * word; and a phrase that runs through a word with sub-words must still match.
 */
class ExactPhraseTest {

    private static final String FIELD = "body";
    private static final Directory directory = new ByteBuffersDirectory();
    private static DirectoryReader reader;

    @BeforeAll
    static void indexTwoTexts() throws IOException {
        try (Analyzer index = new ChineseAnalyzer(Mode.INDEX, false);
             IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(index))) {
            for (String text : new String[] {
                    "关于标记零之二一一终的工作总结。继续做好标记零之二一一终相关工作。",
                    "按照省总工会安排，我下派到梅河口市总工会担任主席助理职务，这次下派我本着学习和服务基层的目的。"}) {
                Document document = new Document();
                document.add(new TextField(FIELD, text, Field.Store.NO));
                writer.addDocument(document);
            }
        }
        reader = DirectoryReader.open(directory);
    }

    @AfterAll
    static void close() throws IOException {
        reader.close();
        directory.close();
    }

    private static int matches(String phrase) throws IOException {
        try (Analyzer query = new ChineseAnalyzer(Mode.QUERY, false)) {
            Query q = new QueryBuilder(query).createPhraseQuery(FIELD, phrase);
            return new IndexSearcher(reader).count(q);
        }
    }

    /** The robustness tests' markers: 一一 is stacked inside 二一一, but 之 is not followed by 一一. */
    @ParameterizedTest
    @ValueSource(strings = {"标记零之一一终", "之一一终", "总工担任", "河口总工会"})
    void aPhraseDoesNotMatchThroughAStackedSubWord(String phrase) throws IOException {
        assertEquals(0, matches(phrase), phrase);
    }

    @ParameterizedTest
    @ValueSource(strings = {"标记零之二一一终", "标记零之二一一终相关工作", "一一终", "梅河口市总工会担任主席",
            "到梅河口市总工会担任", "省总工会安排", "总工会担任", "梅河口市", "助理职务"})
    void aPhraseThatRunsThroughAWordWithSubWordsStillMatches(String phrase) throws IOException {
        assertEquals(1, matches(phrase), phrase);
    }
}
