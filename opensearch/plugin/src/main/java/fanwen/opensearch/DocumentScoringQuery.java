package fanwen.opensearch;

import java.io.IOException;
import java.util.Map;
import java.util.Objects;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;

import fanwen.analysis.scoring.DocumentSimilarity;

/**
 * A query scored as Fanwen scores documents ({@link DocumentSimilarity}): its weight is made by a searcher over the
 * same reader with that similarity, as the embedded store ranks documents. (A similarity the mapping names sees one
 * field's statistics only; the documents' fields need their passages' too.)
 */
final class DocumentScoringQuery extends Query {

    private final Query query;
    private final String documentsField;
    private final Map<String, String> passageFields;

    /**
     * @param documentsField a field every document has and no passage: how many documents the index holds
     * @param passageFields the documents' fields scored by density, each with the field of its passages
     */
    DocumentScoringQuery(Query query, String documentsField, Map<String, String> passageFields) {
        this.query = query;
        this.documentsField = documentsField;
        this.passageFields = Map.copyOf(passageFields);
    }

    @Override
    public Query rewrite(IndexSearcher searcher) throws IOException {
        Query rewritten = query.rewrite(searcher);
        return rewritten == query ? this : new DocumentScoringQuery(rewritten, documentsField, passageFields);
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
        if (!scoreMode.needsScores()) {
            return searcher.createWeight(query, scoreMode, boost);
        }
        IndexReader reader = searcher.getIndexReader();
        IndexSearcher ranking = new IndexSearcher(reader);
        ranking.setQueryCache(null);
        ranking.setSimilarity(new DocumentSimilarity(reader, reader.getDocCount(documentsField),
                passageFields.keySet(), passageFields));
        return ranking.createWeight(query, scoreMode, boost);
    }

    @Override
    public void visit(QueryVisitor visitor) {
        query.visit(visitor.getSubVisitor(BooleanClause.Occur.MUST, this));
    }

    @Override
    public String toString(String field) {
        return "document_scoring(" + query.toString(field) + ")";
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other) && query.equals(((DocumentScoringQuery) other).query)
                && documentsField.equals(((DocumentScoringQuery) other).documentsField)
                && passageFields.equals(((DocumentScoringQuery) other).passageFields);
    }

    @Override
    public int hashCode() {
        return Objects.hash(classHash(), query, documentsField, passageFields);
    }
}
