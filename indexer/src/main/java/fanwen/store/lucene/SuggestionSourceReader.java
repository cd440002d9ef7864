package fanwen.store.lucene;

import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;

import fanwen.store.SuggestionSources;

/** Reads what suggestions are made of from one searcher: titles, key phrases, and the documents carrying terms. */
final class SuggestionSourceReader {

    private SuggestionSourceReader() {
    }

    static SuggestionSources read(IndexSearcher searcher, long version, List<String> terms) throws IOException {
        Map<String, Integer> phrases = new HashMap<>();
        Set<String> titles = new HashSet<>();
        TermQuery documents = new TermQuery(new Term(Schema.KIND, Schema.KIND_DOCUMENT));
        FixedBitSet isDocument = new FixedBitSet(Math.max(1, searcher.getIndexReader().maxDoc()));
        for (ScoreDoc hit : searcher.search(documents, Math.max(1, searcher.count(documents))).scoreDocs) {
            isDocument.set(hit.doc);
            Document d = StoredFieldLoader.load(searcher.storedFields(), hit.doc,
                    Set.of(Schema.TITLE, Schema.KEYWORDS));
            if (d.get(Schema.TITLE) != null) {
                titles.add(d.get(Schema.TITLE));
            }
            for (String keyword : d.getValues(Schema.KEYWORDS)) {
                phrases.merge(keyword, 1, Integer::sum);
            }
        }
        return new SuggestionSources(version, titles, phrases, documentsCarrying(searcher, terms, isDocument));
    }

    /**
     * How many documents (of {@code isDocument}, by global doc id) have each term as a token of their
     * body, for the terms that occur at all. A domain term is one token (the analyser keeps it whole);
     * reading its postings directly costs a fraction of a query per term.
     */
    private static Map<String, Integer> documentsCarrying(IndexSearcher searcher, List<String> terms,
                                                         FixedBitSet isDocument) throws IOException {
        Map<String, Integer> counts = new HashMap<>();
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            Terms body = leaf.reader().terms(Schema.BODY);
            if (body == null) {
                continue;
            }
            TermsEnum termsEnum = body.iterator();
            PostingsEnum postings = null;
            for (String term : terms) {
                if (!termsEnum.seekExact(new BytesRef(term))) {
                    continue;
                }
                postings = termsEnum.postings(postings, PostingsEnum.NONE);
                int carriers = 0;
                for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                    if (isDocument.get(leaf.docBase + doc)) {
                        carriers++;
                    }
                }
                if (carriers > 0) {
                    counts.merge(term, carriers, Integer::sum);
                }
            }
        }
        return counts;
    }
}
