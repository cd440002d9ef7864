package fanwen.bench.relevance;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * What a user of Elasticsearch or Solr gets for passage search by default: one Lucene document per paragraph
 * (each non-blank line of a document, as a file gives it) with one stock analyzer and BM25, searched by an OR of
 * the query's tokens. No headings, no sections: a heading is a paragraph of its own. The passage baseline of
 * the template set (g).
 */
final class ParagraphBaseline implements PassageSystem {

    private final LuceneBaseline.Kind kind;
    private final Analyzer analyzer;
    private final Directory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;

    private ParagraphBaseline(LuceneBaseline.Kind kind, Analyzer analyzer, Directory directory) throws IOException {
        this.kind = kind;
        this.analyzer = analyzer;
        this.directory = directory;
        this.reader = DirectoryReader.open(directory);
        this.searcher = new IndexSearcher(reader);
    }

    /** Opens the paragraph index of {@code kind} under {@code folder}, (re)building it unless it holds exactly these paragraphs. */
    static ParagraphBaseline open(LuceneBaseline.Kind kind, Path folder, List<Collection.Doc> docs) throws IOException {
        List<Passage> paragraphs = new ArrayList<>();
        docs.forEach(doc -> paragraphs.addAll(paragraphs(doc)));
        Analyzer analyzer = kind.analyzer();
        Directory directory = FSDirectory.open(folder);
        boolean current = DirectoryReader.indexExists(directory);
        if (current) {
            try (DirectoryReader existing = DirectoryReader.open(directory)) {
                current = existing.numDocs() == paragraphs.size();
            }
        }
        if (!current) {
            long started = System.nanoTime();
            IndexWriterConfig config = new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                    .setRAMBufferSizeMB(256);
            try (IndexWriter writer = new IndexWriter(directory, config)) {
                for (Passage p : paragraphs) {
                    Document d = new Document();
                    d.add(new StringField("key", p.key(), Field.Store.YES));
                    d.add(new TextField("body", p.text(), Field.Store.NO));
                    d.add(new StoredField("text", p.text()));
                    writer.addDocument(d);
                }
                writer.forceMerge(1);
            }
            System.err.printf("indexed %d paragraphs with %s in %.1f s%n", paragraphs.size(), kind.label,
                    (System.nanoTime() - started) / 1e9);
        }
        return new ParagraphBaseline(kind, analyzer, directory);
    }

    /** The non-blank lines of {@code doc}, stripped, keyed by their offsets in its text. */
    static List<Passage> paragraphs(Collection.Doc doc) {
        List<Passage> out = new ArrayList<>();
        String text = doc.text();
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end;
            int from = start;
            int to = end;
            while (from < to && Character.isWhitespace(text.charAt(from))) {
                from++;
            }
            while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
                to--;
            }
            if (to > from) {
                out.add(new Passage(Passage.key(doc.key(), from, to), List.of(), text.substring(from, to)));
            }
            start = end + 1;
        }
        return out;
    }

    @Override
    public String name() {
        return kind.label;
    }

    @Override
    public List<Passage> searchPassages(String query, int depth) throws IOException {
        List<Passage> out = new ArrayList<>();
        for (ScoreDoc hit : searcher.search(LuceneBaseline.anyToken(analyzer, "body", query), depth).scoreDocs) {
            Document d = searcher.storedFields().document(hit.doc);
            out.add(new Passage(d.get("key"), List.of(), d.get("text")));
        }
        return out;
    }

    @Override
    public void close() throws IOException {
        reader.close();
        directory.close();
        analyzer.close();
    }
}
