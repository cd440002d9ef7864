package fanwen.opensearch;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.apache.lucene.search.Query;
import org.opensearch.core.common.ParsingException;
import org.opensearch.core.common.io.stream.StreamInput;
import org.opensearch.core.common.io.stream.StreamOutput;
import org.opensearch.core.xcontent.XContentBuilder;
import org.opensearch.core.xcontent.XContentParser;
import org.opensearch.index.query.AbstractQueryBuilder;
import org.opensearch.index.query.InnerHitContextBuilder;
import org.opensearch.index.query.QueryBuilder;
import org.opensearch.index.query.QueryRewriteContext;
import org.opensearch.index.query.QueryShardContext;

/**
 * The query {@value #NAME}: a query scored as Fanwen scores documents ({@link DocumentScoringQuery}), the request
 * naming the fields:
 * <pre>
 * {"fanwen_document_scoring": {
 *     "query": {...},
 *     "documents_field": "id",
 *     "passage_fields": {"body": "passages.body", "body.bigram": "passages.body.bigram"}}}
 * </pre>
 * {@code passage_fields} maps each document field scored by density to the field of its nested passages, whose
 * statistics are counted with its own; {@code documents_field} is one every document has and no passage.
 */
public final class DocumentScoringQueryBuilder extends AbstractQueryBuilder<DocumentScoringQueryBuilder> {

    public static final String NAME = "fanwen_document_scoring";
    private static final String QUERY = "query";
    private static final String DOCUMENTS_FIELD = "documents_field";
    private static final String PASSAGE_FIELDS = "passage_fields";

    private final QueryBuilder query;
    private final String documentsField;
    private final Map<String, String> passageFields;

    DocumentScoringQueryBuilder(QueryBuilder query, String documentsField, Map<String, String> passageFields) {
        this.query = Objects.requireNonNull(query, "[" + NAME + "] needs a query");
        this.documentsField = Objects.requireNonNull(documentsField, "[" + NAME + "] needs a documents_field");
        if (passageFields.isEmpty()) {
            throw new IllegalArgumentException("[" + NAME + "] needs passage_fields");
        }
        this.passageFields = new LinkedHashMap<>(passageFields);
    }

    /** Read from another node. */
    public DocumentScoringQueryBuilder(StreamInput in) throws IOException {
        super(in);
        query = in.readNamedWriteable(QueryBuilder.class);
        documentsField = in.readString();
        passageFields = new LinkedHashMap<>(in.readMap(StreamInput::readString, StreamInput::readString));
    }

    @Override
    protected void doWriteTo(StreamOutput out) throws IOException {
        out.writeNamedWriteable(query);
        out.writeString(documentsField);
        out.writeMap(passageFields, StreamOutput::writeString, StreamOutput::writeString);
    }

    /** Parses the query's JSON. */
    public static DocumentScoringQueryBuilder fromXContent(XContentParser parser) throws IOException {
        QueryBuilder query = null;
        String documentsField = null;
        Map<String, String> passageFields = Map.of();
        float boost = DEFAULT_BOOST;
        String queryName = null;
        String field = null;
        for (XContentParser.Token token = parser.nextToken(); token != XContentParser.Token.END_OBJECT;
             token = parser.nextToken()) {
            if (token == XContentParser.Token.FIELD_NAME) {
                field = parser.currentName();
            } else if (QUERY.equals(field) && token == XContentParser.Token.START_OBJECT) {
                query = parseInnerQueryBuilder(parser);
            } else if (PASSAGE_FIELDS.equals(field) && token == XContentParser.Token.START_OBJECT) {
                passageFields = parser.mapStrings();
            } else if (DOCUMENTS_FIELD.equals(field) && token.isValue()) {
                documentsField = parser.text();
            } else if (BOOST_FIELD.match(field, parser.getDeprecationHandler()) && token.isValue()) {
                boost = parser.floatValue();
            } else if (NAME_FIELD.match(field, parser.getDeprecationHandler()) && token.isValue()) {
                queryName = parser.text();
            } else {
                throw new ParsingException(parser.getTokenLocation(), "[" + NAME + "] does not take [" + field + "]");
            }
        }
        try {
            return new DocumentScoringQueryBuilder(query, documentsField, passageFields).boost(boost)
                    .queryName(queryName);
        } catch (NullPointerException | IllegalArgumentException e) {
            throw new ParsingException(parser.getTokenLocation(), e.getMessage());
        }
    }

    @Override
    protected void doXContent(XContentBuilder builder, Params params) throws IOException {
        builder.startObject(NAME);
        builder.field(QUERY);
        query.toXContent(builder, params);
        builder.field(DOCUMENTS_FIELD, documentsField);
        builder.field(PASSAGE_FIELDS, passageFields);
        printBoostAndQueryName(builder);
        builder.endObject();
    }

    @Override
    protected Query doToQuery(QueryShardContext context) throws IOException {
        return new DocumentScoringQuery(query.toQuery(context), documentsField, passageFields);
    }

    @Override
    protected QueryBuilder doRewrite(QueryRewriteContext context) throws IOException {
        QueryBuilder rewritten = query.rewrite(context);
        return rewritten == query ? this
                : new DocumentScoringQueryBuilder(rewritten, documentsField, passageFields).boost(boost)
                        .queryName(queryName);
    }

    @Override
    protected void extractInnerHitBuilders(Map<String, InnerHitContextBuilder> innerHits) {
        InnerHitContextBuilder.extractInnerHits(query, innerHits);
    }

    @Override
    public String getWriteableName() {
        return NAME;
    }

    @Override
    protected boolean doEquals(DocumentScoringQueryBuilder other) {
        return query.equals(other.query) && documentsField.equals(other.documentsField)
                && passageFields.equals(other.passageFields);
    }

    @Override
    protected int doHashCode() {
        return Objects.hash(query, documentsField, passageFields);
    }
}
