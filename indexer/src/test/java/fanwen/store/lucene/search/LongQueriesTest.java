package fanwen.store.lucene.search;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.automaton.ByteRunAutomaton;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fanwen.engine.Engine;
import fanwen.model.DataFolder;
import fanwen.model.ExtractionLimits;
import fanwen.model.IngestListener;
import fanwen.model.SearchQuery;
import fanwen.query.ParsedQuery;
import fanwen.query.QuerySyntax;
import fanwen.store.lucene.search.QueryBuilder;

/** A query of any length is answered: a long one is cut to a budget, never refused by Lucene's clause limit. */
class LongQueriesTest {

    private static final String PARAGRAPH = String.join(" ", Collections.nCopies(80, "挂职 锻炼 基层 调研 工作"));
    private static final String REPEATS = "的".repeat(2_000);

    @TempDir
    static Path temp;
    static Engine engine;

    @BeforeAll
    static void indexTwoSummaries() throws IOException {
        Path in = Files.createDirectories(temp.resolve("in"));
        Files.writeString(in.resolve("a.txt"), """
                挂职锻炼工作总结
                一、深入基层调研
                今年以来，我坚持深入基层调研，走访了全镇十二个行政村，掌握了第一手的资料。
                二、挂职锻炼的体会
                挂职锻炼的经历使我的工作方法更加扎实。
                """);
        Files.writeString(in.resolve("b.txt"), """
                项目建设情况汇报
                协调推进了三个重点项目，帮助解决了用地和资金的问题。
                """);
        engine = Engine.open(new DataFolder(temp.resolve("data")), ExtractionLimits.defaults(), 2);
        engine.ingest(engine.collect(List.of(in)).files(), IngestListener.NONE);
    }

    @AfterAll
    static void close() throws IOException {
        engine.close();
    }

    private static void answersDocumentsAndPassages(String query) throws IOException {
        assertTrue(engine.searchDocuments(SearchQuery.of(query)).total() > 0);
        assertTrue(engine.searchPassages(SearchQuery.of(query)).total() > 0);
    }

    @Test
    void aPastedParagraphOf400WordsIsSearched() throws IOException {
        answersDocumentsAndPassages(PARAGRAPH);
    }

    @Test
    void twoThousandRepeatsOfOneCharacterAreSearched() throws IOException {
        answersDocumentsAndPassages(REPEATS);
    }

    @Test
    void aQueryTooLargeForALoweredClauseLimitIsRunPlainer() throws IOException {
        int limit = IndexSearcher.getMaxClauseCount();
        IndexSearcher.setMaxClauseCount(100);
        try {
            answersDocumentsAndPassages(REPEATS);
            answersDocumentsAndPassages(PARAGRAPH);
        } finally {
            IndexSearcher.setMaxClauseCount(limit);
        }
    }

    @Test
    void noQueryHoldsHalfOfLucenesClauseLimit() {
        String phrases = ("\"" + "深入基层调研走访了全镇十二个行政村掌握了第一手资料".repeat(2) + "\" ").repeat(20);
        String exclusions = "-讲话 ".repeat(500);
        String filters = "type:讲话 ".repeat(250);
        String oneLongWord = "今年以来我坚持深入基层调研走访了全镇十二个行政村掌握了第一手资料".repeat(60);
        QueryBuilder queries = new QueryBuilder();
        for (String input : List.of(PARAGRAPH, REPEATS, phrases, exclusions, filters, oneLongWord,
                PARAGRAPH + " " + phrases + exclusions)) {
            ParsedQuery parsed = QuerySyntax.parse(input);
            SearchQuery request = SearchQuery.of(input);
            for (QueryBuilder.Target target : QueryBuilder.Target.values()) {
                for (QueryBuilder.Mode mode : QueryBuilder.Mode.values()) {
                    int terms = terms(queries.build(parsed, request, target, mode));
                    assertTrue(terms <= IndexSearcher.getMaxClauseCount() / 2, terms + " terms for " + input);
                    assertTrue(terms(QueryBuilder.plain().build(parsed, request, target, mode)) <= 70, input);
                }
            }
            assertTrue(terms(queries.passageRanking(parsed)) <= IndexSearcher.getMaxClauseCount() / 2, input);
        }
    }

    /** Counts the clauses of {@code query} as {@link IndexSearcher} does against its limit. */
    private static int terms(Query query) {
        int[] count = {0};
        query.visit(new QueryVisitor() {
            @Override
            public void consumeTerms(Query q, Term... terms) {
                count[0] += terms.length;
            }

            @Override
            public void consumeTermsMatching(Query q, String field, Supplier<ByteRunAutomaton> automaton) {
                count[0]++;
            }

            @Override
            public void visitLeaf(Query q) {
                count[0]++;
            }

            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return this;
            }
        });
        return count[0];
    }
}
