package fanwen.store.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.join.ScoreMode;
import org.apache.lucene.search.join.ToParentBlockJoinQuery;

/**
 * Finds the documents whose title or text holds a word as written, whatever the segmenter made of it when they
 * were indexed: the word's character bigrams as a phrase in the title's or a passage's bigram field. How the documents to analyse again
 * after a change of the dictionary are found.
 */
final class WordHolders {

    /** Words per query: two phrases each, well under Lucene's limit of 1024 clauses. */
    private static final int WORDS_PER_QUERY = 200;
    private static final Set<String> ID_FIELD = Set.of(Schema.ID);

    private WordHolders() {
    }

    /** The ids of the documents holding any of {@code words}. */
    static List<String> find(IndexSearcher searcher, Analyzer bigrams, Collection<String> words) throws IOException {
        Set<String> ids = new LinkedHashSet<>();
        List<String> all = List.copyOf(words);
        for (int from = 0; from < all.size(); from += WORDS_PER_QUERY) {
            BooleanQuery.Builder inText = new BooleanQuery.Builder();
            BooleanQuery.Builder inTitle = new BooleanQuery.Builder();
            for (String word : all.subList(from, Math.min(all.size(), from + WORDS_PER_QUERY))) {
                phrase(bigrams, Schema.BODY_BIGRAM, word).ifPresent(phrase -> inText.add(phrase, Occur.SHOULD));
                phrase(bigrams, Schema.TITLE_BIGRAM, word).ifPresent(phrase -> inTitle.add(phrase, Occur.SHOULD));
            }
            // the text's bigrams keep their positions in the passages: a passage holding the word finds its document
            Query holders = FanwenIndex.kindAnd(Schema.KIND_DOCUMENT, new BooleanQuery.Builder()
                    .add(new ToParentBlockJoinQuery(inText.build(), PassageReader.PARENTS, ScoreMode.None),
                            Occur.SHOULD)
                    .add(inTitle.build(), Occur.SHOULD)
                    .build());
            for (ScoreDoc hit : searcher.search(holders, Math.max(1, searcher.count(holders))).scoreDocs) {
                ids.add(StoredFieldLoader.load(searcher.storedFields(), hit.doc, ID_FIELD).get(Schema.ID));
            }
        }
        return new ArrayList<>(ids);
    }

    /** The bigrams of {@code word} at their positions; empty for a word without any. */
    private static Optional<Query> phrase(Analyzer bigrams, String field, String word) throws IOException {
        PhraseQuery.Builder phrase = new PhraseQuery.Builder();
        int terms = 0;
        try (TokenStream stream = bigrams.tokenStream(field, word)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            int position = -1;
            while (stream.incrementToken()) {
                position += increment.getPositionIncrement();
                phrase.add(new Term(field, term.toString()), position);
                terms++;
            }
            stream.end();
        }
        return terms == 0 ? Optional.empty() : Optional.of(phrase.build());
    }
}
