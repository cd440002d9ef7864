package fanwen.store.opensearch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import fanwen.analysis.Synonyms;
import fanwen.index.Analyzers;
import fanwen.model.Filters;
import fanwen.model.SearchQuery;
import fanwen.query.Abbreviations;
import fanwen.query.ParsedQuery;
import fanwen.query.RankingRules;
import fanwen.structure.gongwen.DocNumbers;

/**
 * Translates the engine's query model into OpenSearch's query DSL, clause for clause as the embedded store builds
 * its Lucene query: each word matches when all its segments occur (close together scores more) in the body or, weighing
 * more, the title (documents) or heading (passages), a segment also through its synonyms and long forms (weighted
 * lower), or — the recall path — its character bigrams as a phrase; a code (PD1728_A_1) as an exact phrase; a quoted
 * phrase as consecutive segments or bigrams; an excluded word nowhere; the filters as {@code terms} and a {@code
 * range}; a query that is a 文号 and nothing else also finds, first, the document with that 文号 (boost 1000).
 *
 * <p>The query words are segmented here, with the same analyzer the plugin runs ({@link Analyzers#query()}), only to
 * know each word's segments and look up their synonyms and long forms; the cluster analyses every clause's text
 * itself. When any word is enough, each word's clause is named ({@link #WORD}{@code i}) so that a hit says which words
 * it has; when all are required that says nothing, and a named clause costs the cluster its matching again for every
 * hit fetched (for every passage of every document of a passage search). The genre's preferences are zero-scored named
 * clauses ({@link SearchPreferences}).
 */
final class QueryTranslator {

    /** What is searched: the fields of documents or of their nested passages. */
    enum Target {
        DOCUMENTS(Fields.BODY, Fields.TITLE, RankingRules.TITLE_BOOST),
        PASSAGES(Fields.PASSAGES + "." + Fields.BODY, Fields.PASSAGES + "." + Fields.HEADING,
                RankingRules.HEADING_BOOST);

        final String body;
        final String bigram;
        /** The title of a document, the heading of a passage: a match there weighs more. */
        final String label;
        final float labelBoost;

        Target(String body, String label, float labelBoost) {
            this.body = body;
            this.bigram = body + Fields.BIGRAM;
            this.label = label;
            this.labelBoost = labelBoost;
        }
    }

    /** Whether every word must match, or any one is enough (a code is always required). */
    enum Mode { ALL_WORDS, ANY_WORD }

    /** The name of word {@code i}'s clause in a hit's matched queries. */
    static final String WORD = "word-";

    /** Segments used of one word (as the embedded store). */
    private static final int MAX_SEGMENTS = 32;
    /** Leaf clauses in one query (see {@link Budget}). */
    private static final int MAX_CLAUSES = 400;

    private static final Analyzer WORDS = Analyzers.query();
    private static final Analyzer ALL_WORDS = Analyzers.queryWithStopWords();
    private static final Abbreviations ABBREVIATIONS = Abbreviations.bundled();

    private QueryTranslator() {
    }

    /** The words of {@code parsed} that are used. */
    static List<String> words(ParsedQuery parsed) {
        return parsed.words().subList(0, Math.min(RankingRules.MAX_WORDS, parsed.words().size()));
    }

    /**
     * The text of {@code parsed} over {@code target}: its words (named when any is enough), phrases and exclusions,
     * without filters; everything when it has no text.
     */
    static ObjectNode text(ParsedQuery parsed, Target target, Mode mode) {
        Budget budget = new Budget();
        Dsl.Bool top = new Dsl.Bool();
        boolean relaxed = mode == Mode.ANY_WORD && singleWordOfSegments(parsed);
        boolean optional = false;
        List<String> words = words(parsed);
        for (int i = 0; i < words.size(); i++) {
            Optional<Dsl.Bool> clause = wordClause(words.get(i), target, relaxed).filter(budget::take);
            if (clause.isPresent()) {
                boolean required = mode == Mode.ALL_WORDS || RankingRules.isCode(words.get(i));
                if (mode == Mode.ANY_WORD) {
                    clause.get().name(WORD + i);
                }
                if (required) {
                    top.must(clause.get().build());
                } else {
                    top.should(clause.get().build());
                    optional = true;
                }
            }
        }
        if (optional) {
            top.minimumShouldMatch(1);
        }
        for (String phrase : parsed.phrases()) {
            ObjectNode clause = phraseClause(phrase, target);
            if (budget.take(clause)) {
                top.must(clause);
            }
        }
        for (String excluded : parsed.excluded()) {
            ObjectNode clause = phraseClause(excluded, target);
            if (budget.take(clause)) {
                top.mustNot(clause);
            }
        }
        if (!top.has("must") && !top.has("should")) {
            top.must(Dsl.matchAll());
        }
        return top.build();
    }

    /**
     * Passages (or, {@code target} documents, their texts) ranked by the words and phrases of {@code parsed}, each
     * optional, without exclusions or filters: for choosing and highlighting the passages a hit shows (and a whole
     * section's text, its document's). Matches nothing when the query has no text.
     */
    static ObjectNode ranking(ParsedQuery parsed, Target target) {
        Budget budget = new Budget();
        Dsl.Bool any = new Dsl.Bool();
        for (String word : words(parsed)) {
            wordClause(word, target, false).filter(budget::take)
                    .ifPresent(clause -> any.should(clause.build()));
        }
        for (String phrase : parsed.phrases()) {
            ObjectNode clause = phraseClause(phrase, target);
            if (budget.take(clause)) {
                any.should(clause);
            }
        }
        // a bool without clauses would match everything
        return any.has("should") ? any.build() : new Dsl.Bool().mustNot(Dsl.matchAll()).build();
    }

    /** The filters given apart from the query and those written in it, as filter clauses of documents. */
    static List<ObjectNode> filters(ParsedQuery parsed, SearchQuery request) {
        Filters filters = request.filters().and(parsed.filters());
        List<ObjectNode> clauses = new ArrayList<>();
        anyOf(clauses, Fields.TYPE, filters.types());
        anyOf(clauses, Fields.UNIT, filters.units());
        anyOf(clauses, Fields.TAG, filters.tags());
        anyOf(clauses, Fields.ISSUER, filters.issuers());
        if (filters.yearFrom().isPresent() || filters.yearTo().isPresent()) {
            clauses.add(Dsl.range(Fields.YEAR, filters.yearFrom().orElse(null), filters.yearTo().orElse(null)));
        }
        return clauses;
    }

    /** The 文号 clause of a query that is one: the document with that 文号 outranks every one citing it. */
    static Optional<ObjectNode> docNumber(ParsedQuery parsed) {
        return RankingRules.spelledTogether(parsed).filter(DocNumbers::isDocNumber).flatMap(DocNumbers::normalize)
                .map(key -> {
                    ObjectNode term = Dsl.object();
                    term.putObject("term").putObject(Fields.DOC_NUMBER_KEY).put("value", key)
                            .put("boost", RankingRules.DOC_NUMBER_BOOST);
                    return term;
                });
    }


    /**
     * Whether a query that finds too little can be widened: several words, or one word of several segments, whose
     * segments then become optional in {@link Mode#ANY_WORD}.
     */
    static boolean canWiden(ParsedQuery parsed) {
        return parsed.words().size() >= 2 || singleWordOfSegments(parsed);
    }

    private static boolean singleWordOfSegments(ParsedQuery parsed) {
        if (parsed.words().size() != 1) {
            return false;
        }
        String word = parsed.words().getFirst();
        return !RankingRules.isCode(word) && !DocNumbers.isDocNumber(word) && segments(WORDS, word).size() >= 2;
    }

    /**
     * A clause that matches {@code word} anywhere: all its segments (or, {@code relaxed}, any of them), or its
     * bigrams as a phrase; empty when the word has no terms.
     */
    private static Optional<Dsl.Bool> wordClause(String word, Target target, boolean relaxed) {
        boolean code = RankingRules.isCode(word);
        List<String> segments = code ? List.of() : segments(WORDS, word);
        if (segments.isEmpty()) {
            segments = segments(ALL_WORDS, word);
        }
        if (segments.isEmpty()) {
            return Optional.empty();
        }
        Dsl.Bool either = new Dsl.Bool();
        if (code || segments.size() == 1) {
            either.should(segmentClause(code ? word : segments.getFirst(), target, !code));
        } else {
            Dsl.Bool all = new Dsl.Bool();
            for (String segment : segments) {
                if (relaxed) {
                    all.should(segmentClause(segment, target, true));
                } else {
                    all.must(segmentClause(segment, target, true));
                }
            }
            if (relaxed) {
                all.minimumShouldMatch(1);
            }
            all.should(Dsl.phrase(target.body, word, RankingRules.PROXIMITY_SLOP, RankingRules.PROXIMITY_BOOST, null));
            either.should(all.build());
            // an abbreviation the segmenter splits (自贸区 → 自贸 区) is expanded as a whole word
            List<ObjectNode> longForms = new ArrayList<>();
            ABBREVIATIONS.of(word).forEach(form -> addLongForm(longForms, form, target));
            if (!longForms.isEmpty()) {
                either.should(Dsl.disMax(longForms));
            }
        }
        either.should(Dsl.phrase(target.bigram, word, 0, RankingRules.BIGRAM_WEIGHT, null));
        return Optional.of(either);
    }

    /**
     * A segment (a code: its parts as an exact phrase) in the body or the title or heading, or — when it has them —
     * one of its synonyms and long forms there, weighted lower: the best alternative counts.
     */
    private static ObjectNode segmentClause(String segment, Target target, boolean alternatives) {
        List<ObjectNode> any = new ArrayList<>();
        addFields(any, segment, 0, 1f, target);
        if (alternatives) {
            for (String synonym : Synonyms.current().of(segment)) {
                addFields(any, synonym, 0, RankingRules.SYNONYM_WEIGHT, target);
            }
            ABBREVIATIONS.of(segment).forEach(form -> addLongForm(any, form, target));
        }
        return Dsl.disMax(any);
    }

    private static void addLongForm(List<ObjectNode> alternatives, Abbreviations.LongForm form, Target target) {
        int slop = form.parts().size() > 1 ? RankingRules.LONG_FORM_SLOP : 0;
        addFields(alternatives, String.join(" ", form.parts()), slop, RankingRules.SYNONYM_WEIGHT, target);
    }

    /** {@code text} as a phrase, stop words kept (a segment, a synonym or long form as written). */
    private static void addFields(List<ObjectNode> alternatives, String text, int slop, float weight, Target target) {
        alternatives.add(Dsl.phrase(target.body, text, slop, weight, Dsl.PHRASE_ANALYZER));
        alternatives.add(Dsl.phrase(target.label, text, slop, weight * target.labelBoost, Dsl.PHRASE_ANALYZER));
    }

    /** An exact phrase: consecutive segments, or consecutive bigrams (an exact substring). */
    private static ObjectNode phraseClause(String text, Target target) {
        return new Dsl.Bool()
                .should(Dsl.phrase(target.body, text, 0, 1f, Dsl.PHRASE_ANALYZER))
                .should(Dsl.phrase(target.bigram, text, 0, 1f, null))
                .build();
    }

    private static void anyOf(List<ObjectNode> clauses, String field, List<String> values) {
        if (!values.isEmpty()) {
            clauses.add(Dsl.terms(field, values));
        }
    }

    /** The segments of {@code word} as the query analyzer makes them (stop words left out). */
    static List<String> segments(String word) {
        return segments(WORDS, word);
    }

    /**
     * What is still allowed in one query: {@value #MAX_CLAUSES} leaf clauses over all its words and phrases, well under
     * the cluster's limit of 1024 ({@code indices.query.bool.max_clause_count}), as the embedded store bounds its
     * queries; a word or phrase that does not fit is left out.
     */
    private static final class Budget {
        private int left = MAX_CLAUSES;

        boolean take(Dsl.Bool clause) {
            return take(clause.build());
        }

        boolean take(ObjectNode clause) {
            int leaves = Dsl.leaves(clause);
            if (leaves > left) {
                return false;
            }
            left -= leaves;
            return true;
        }
    }

    /** The first segments {@code analyzer} makes of {@code text}. */
    private static List<String> segments(Analyzer analyzer, String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(Analyzers.TEXT_FIELD, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (terms.size() < MAX_SEGMENTS && stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }
}
