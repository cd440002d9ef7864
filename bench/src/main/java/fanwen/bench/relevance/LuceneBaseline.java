package fanwen.bench.relevance;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * What a user of Elasticsearch or Solr gets by default: a plain Lucene index of the same documents
 * ({@code key}, {@code title}, {@code body}) with one stock analyzer and BM25, searched by an OR of the
 * query's tokens over title and body — the equivalent of an ES {@code multi_match} whose two field scores
 * are summed, title not boosted. No phrase handling: quotes are dropped by the analyzers.
 */
final class LuceneBaseline implements SearchSystem {

    /** The stock analyzers compared against. */
    enum Kind {
        STANDARD("lucene-standard", "StandardAnalyzer: one token per Han character (ES default)"),
        CJK("lucene-cjk", "CJKAnalyzer: overlapping bigrams (ES cjk)"),
        SMARTCN("lucene-smartcn", "SmartChineseAnalyzer: HMM words (ES/Solr smartcn)");

        final String label;
        final String description;

        Kind(String label, String description) {
            this.label = label;
            this.description = description;
        }

        Analyzer analyzer() {
            return switch (this) {
                case STANDARD -> new StandardAnalyzer();
                case CJK -> new CJKAnalyzer();
                case SMARTCN -> new SmartChineseAnalyzer();
            };
        }
    }

    private final Kind kind;
    private final Analyzer analyzer;
    private final Directory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;

    private LuceneBaseline(Kind kind, Analyzer analyzer, Directory directory) throws IOException {
        this.kind = kind;
        this.analyzer = analyzer;
        this.directory = directory;
        this.reader = DirectoryReader.open(directory);
        this.searcher = new IndexSearcher(reader);
    }

    /** Opens the index of {@code kind} under {@code folder}, (re)building it unless it holds exactly these docs. */
    static LuceneBaseline open(Kind kind, Path folder, List<Collection.Doc> docs) throws IOException {
        Analyzer analyzer = kind.analyzer();
        Directory directory = FSDirectory.open(folder);
        boolean current = DirectoryReader.indexExists(directory);
        if (current) {
            try (DirectoryReader existing = DirectoryReader.open(directory)) {
                current = existing.numDocs() == docs.size();
            }
        }
        if (!current) {
            long started = System.nanoTime();
            IndexWriterConfig config = new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                    .setRAMBufferSizeMB(256);
            try (IndexWriter writer = new IndexWriter(directory, config)) {
                for (Collection.Doc doc : docs) {
                    Document d = new Document();
                    d.add(new StringField("key", doc.key(), Field.Store.YES));
                    d.add(new TextField("title", doc.title(), Field.Store.NO));
                    d.add(new TextField("body", doc.text(), Field.Store.NO));
                    writer.addDocument(d);
                }
                writer.forceMerge(1);
            }
            System.err.printf("indexed %d docs with %s in %.1f s%n", docs.size(), kind.label,
                    (System.nanoTime() - started) / 1e9);
        }
        return new LuceneBaseline(kind, analyzer, directory);
    }

    @Override
    public String name() {
        return kind.label;
    }

    @Override
    public List<String> search(String query, int depth) throws IOException {
        BooleanQuery.Builder both = new BooleanQuery.Builder();
        for (String field : List.of("title", "body")) {
            both.add(anyToken(analyzer, field, query), BooleanClause.Occur.SHOULD);
        }
        List<String> keys = new ArrayList<>();
        for (ScoreDoc hit : searcher.search(both.build(), depth).scoreDocs) {
            keys.add(searcher.storedFields().document(hit.doc).get("key"));
        }
        return keys;
    }

    /** The OR of {@code text}'s tokens in {@code field}, as {@code analyzer} cuts them: a stock match query. */
    static Query anyToken(Analyzer analyzer, String field, String text) throws IOException {
        BooleanQuery.Builder tokens = new BooleanQuery.Builder();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(new TermQuery(new Term(field, term.toString())), BooleanClause.Occur.SHOULD);
            }
            stream.end();
        }
        return tokens.build();
    }

    @Override
    public void close() throws IOException {
        reader.close();
        directory.close();
        analyzer.close();
    }
}
