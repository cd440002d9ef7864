package fanwen.store.lucene.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

import fanwen.analysis.HanLPTokenizer;
import fanwen.analysis.Synonyms;
import fanwen.index.Analyzers;
import fanwen.model.Facet;
import fanwen.model.Filters;
import fanwen.model.SearchQuery;
import fanwen.query.Abbreviations;
import fanwen.query.KindWanted;
import fanwen.query.ParsedQuery;
import fanwen.query.RankingRules;
import fanwen.query.SectionWords;
import fanwen.store.lucene.Schema;
import fanwen.structure.gongwen.DocNumbers;

/**
 * Builds the Lucene query for a {@link ParsedQuery} over documents or over passages.
 *
 * <p>Each word the user typed is segmented with the query-mode analyzer; the word matches when all its
 * segments occur (close together scores more), or — the recall path — when its character bigrams occur
 * as a phrase, which finds words inside longer words (简单 in 安装简单). A word that is one letter/digit
 * run (PD1728_A_1, GB/T, 9704-2012) must match its parts as an exact phrase, as the index holds them at
 * successive positions. Title (documents) and heading (passages) matches weigh more. A segment also
 * matches its curated and the user's synonyms ({@link Synonyms}) and, when it is an abbreviation, its long forms
 * ({@link Abbreviations}: 维权 matches 维护…权益), both weighted lower. Every phrase (a quoted one, a code, a
 * synonym, the proximity of a word's segments) puts its terms at the positions the query analyzer gives them, which
 * leave free the positions the index gives a word's parts ({@link QueryTerms}). Documents keep no bigram positions:
 * over documents a run of bigrams is found in the document's passages. By default every word must match;
 * {@link Mode#ANY_WORD} makes them optional (at least one must match), for widening a narrow result list.
 *
 * <p>Whatever the input, a query stays well under Lucene's limit of 1024 clauses
 * ({@link IndexSearcher#getMaxClauseCount()}): at most {@value #MAX_WORDS} words are used, each word or
 * phrase by its first {@value #MAX_SEGMENTS} segments and {@value #MAX_BIGRAMS} bigrams, and a query holds
 * at most {@value #MAX_TERMS} terms over all its clauses; what does not fit is left out.
 */
public final class QueryBuilder {

    /** Whether every word must match, or any one is enough (a code is always required). */
    public enum Mode { ALL_WORDS, ANY_WORD }

    /** What is searched. */
    public enum Target { DOCUMENTS, PASSAGES }

    /** Words of a query that are used; the rest of a pasted paragraph is ignored. */
    static final int MAX_WORDS = RankingRules.MAX_WORDS;
    /** Segments used of one word or phrase. */
    static final int MAX_SEGMENTS = 32;
    /** Bigrams used of one word or phrase: a longer one is matched by its first 49 chars. */
    static final int MAX_BIGRAMS = 48;
    /** Terms in one query, counting every term of every clause (title and heading alternatives too). */
    static final int MAX_TERMS = 400;

    /** How much of the input a query uses: words, segments and bigrams per word or phrase, terms in all. */
    private record Limits(int words, int segments, int bigrams, int terms) {
    }

    // the numbers of the ranking rules, the same for every store
    private static final float TITLE_BOOST = RankingRules.TITLE_BOOST;
    private static final float HEADING_BOOST = RankingRules.HEADING_BOOST;
    private static final float BIGRAM_WEIGHT = RankingRules.BIGRAM_WEIGHT;
    private static final float PROXIMITY_BOOST = RankingRules.PROXIMITY_BOOST;
    private static final float SYNONYM_WEIGHT = RankingRules.SYNONYM_WEIGHT;
    private static final float DOC_NUMBER_BOOST = RankingRules.DOC_NUMBER_BOOST;
    private static final int PROXIMITY_SLOP = RankingRules.PROXIMITY_SLOP;
    private static final int LONG_FORM_SLOP = RankingRules.LONG_FORM_SLOP;
    /** How much a document of the kind asked for (and of a kind near it) is preferred: see {@link #kindPreferences}. */
    private static final float KIND_FACTOR = RankingRules.KIND_FACTOR;
    private static final float NEAR_KIND_FACTOR = RankingRules.NEAR_KIND_FACTOR;
    /** How much the words as typed are preferred: see {@link #wordsAsTypedPreferences}. */
    private static final float RUN_FACTOR = RankingRules.RUN_FACTOR;
    private static final float ADJACENT_FACTOR = RankingRules.ADJACENT_FACTOR;
    private static final int MIN_RUN = RankingRules.MIN_RUN;
    private static final int MAX_RUNS = RankingRules.MAX_RUNS;
    private static final int ADJACENT_SLOP = RankingRules.ADJACENT_SLOP;
    /** How much the section asked for, and a passage of the genre, are preferred: see {@link #sectionPreferences}. */
    private static final float OWN_HEADING_FACTOR = RankingRules.OWN_HEADING_FACTOR;
    private static final float GENRE_SECTION_FACTOR = RankingRules.GENRE_SECTION_FACTOR;

    private final Analyzer words = Analyzers.query();
    private final Analyzer allWords = Analyzers.queryWithStopWords();
    private final Analyzer bigrams = Analyzers.bigrams();
    private final Abbreviations abbreviations = Abbreviations.bundled();
    private final Limits limits;

    /** A builder within the limits above. */
    public QueryBuilder() {
        this(new Limits(MAX_WORDS, MAX_SEGMENTS, MAX_BIGRAMS, MAX_TERMS));
    }

    private QueryBuilder(Limits limits) {
        this.limits = limits;
    }

    /**
     * A builder of plainer queries, made of much less of the input — the first 4 words, each by its first 4
     * segments and bigrams, 64 terms in all — for when Lucene refuses a full query as too large.
     */
    public static QueryBuilder plain() {
        return new QueryBuilder(new Limits(4, 4, 4, 64));
    }

    /**
     * The full query: text clauses, exclusions and filters, restricted to the target kind. A query that is a
     * 发文字号 and nothing else also finds, first, the document with that 文号 however its brackets are written.
     */
    public Query build(ParsedQuery parsed, SearchQuery request, Target target, Mode mode) {
        return withDocNumber(parsed, request, target, mode);
    }

    /**
     * A rule of the genre that multiplies the score of the hits that match {@code match} by {@code factor}; when
     * {@code sought}, the best hits that match it are looked for beyond the best hits of the query as well, so the
     * rule reaches them however common the query's words are (a section headed by the words asked for).
     */
    public record Preference(Query match, float factor, boolean sought) {
        Preference(Query match, float factor) {
            this(match, factor, false);
        }
    }

    /**
     * The preferences of the genre's rules for {@code parsed}: the kinds of document asked for, the words as typed,
     * and for passages the sections asked for. They change the order of the best hits, never what matches: they are
     * applied to the best hits of {@link #build} ({@link Preferences}), not inside the query, so that the query keeps
     * its dynamic pruning.
     */
    public List<Preference> preferences(ParsedQuery parsed, Target target) {
        List<Preference> preferences = new ArrayList<>();
        kindPreferences(parsed.kinds(), preferences);
        wordsAsTypedPreferences(parsed, target, preferences);
        if (target == Target.PASSAGES) {
            sectionPreferences(parsed, preferences);
        }
        return preferences;
    }

    /**
     * Whether a query that finds too little can be widened: it has several words, or one word of several segments
     * (下一步工作打算), whose segments then become optional in {@link Mode#ANY_WORD}.
     */
    public boolean canWiden(ParsedQuery parsed) {
        return parsed.words().size() >= 2 || singleWordOfSegments(parsed);
    }

    /** One word of several segments that is not an identifier (a code or a 文号 is found as it is or not at all). */
    private boolean singleWordOfSegments(ParsedQuery parsed) {
        if (parsed.words().size() != 1) {
            return false;
        }
        String word = parsed.words().get(0);
        return !isCode(word) && !DocNumbers.isDocNumber(word)
                && QueryTerms.of(words, word, limits.segments()).size() >= 2;
    }

    /**
     * Sections over passages: a passage whose own section's heading holds every word of the query scores
     * {@value #OWN_HEADING_FACTOR} times as much — it is that section (二、基本原则 for 基本原则), sought however many
     * passages merely use the words; and when the query asks
     * for a kind of section ({@link SectionWords}), a passage of the genre's documents (plans, speeches, summaries,
     * reports — not laws) {@value #GENRE_SECTION_FACTOR} times.
     */
    private void sectionPreferences(ParsedQuery parsed, List<Preference> preferences) {
        BooleanQuery.Builder heading = new BooleanQuery.Builder();
        int clauses = 0;
        for (String word : parsed.words().subList(0, Math.min(limits.words(), parsed.words().size()))) {
            for (String term : QueryTerms.of(words, word, limits.segments()).terms()) {
                heading.add(new TermQuery(new Term(Schema.HEADING, term)), Occur.MUST);
                clauses++;
            }
        }
        for (String phrase : parsed.phrases()) {
            QueryTerms terms = QueryTerms.of(allWords, phrase, limits.segments());
            if (!terms.isEmpty()) {
                heading.add(terms.phrase(Schema.HEADING, 0), Occur.MUST);
                clauses++;
            }
        }
        if (clauses > 0) {
            preferences.add(new Preference(heading.build(), OWN_HEADING_FACTOR, true));
        }
        if (SectionWords.asksForSections(parsed)) {
            preferences.add(new Preference(anyOf(Schema.TYPE, RankingRules.GENRE_TYPES), GENRE_SECTION_FACTOR));
        }
    }

    private Query withDocNumber(ParsedQuery parsed, SearchQuery request, Target target, Mode mode) {
        Query text = textAndFilters(parsed, request, target, mode);
        Optional<String> docNumber = target == Target.DOCUMENTS ? docNumberKey(parsed) : Optional.empty();
        if (docNumber.isEmpty()) {
            return text;
        }
        BooleanQuery.Builder either = new BooleanQuery.Builder();
        either.add(new BoostQuery(new TermQuery(new Term(Schema.DOC_NUMBER_KEY, docNumber.get())), DOC_NUMBER_BOOST),
                Occur.SHOULD);
        either.add(text, Occur.SHOULD);
        BooleanQuery.Builder top = new BooleanQuery.Builder();
        top.add(new TermQuery(new Term(Schema.KIND, Schema.KIND_DOCUMENT)), Occur.FILTER);
        top.add(either.build(), Occur.MUST);
        addFilters(top, parsed, request);
        return top.build();
    }

    /**
     * The kinds of document asked for: a document (or a passage of one) of such a type scores {@value #KIND_FACTOR}
     * times as much, one of a type near it {@value #NEAR_KIND_FACTOR} times.
     */
    private static void kindPreferences(List<KindWanted> kinds, List<Preference> preferences) {
        Set<String> types = new TreeSet<>();
        Set<String> near = new TreeSet<>();
        for (KindWanted kind : kinds) {
            kind.types().forEach(t -> types.add(t.label()));
            kind.near().forEach(t -> near.add(t.label()));
        }
        near.removeAll(types);
        if (!types.isEmpty()) {
            preferences.add(new Preference(anyOf(Schema.TYPE, types), KIND_FACTOR));
        }
        if (!near.isEmpty()) {
            preferences.add(new Preference(anyOf(Schema.TYPE, near), NEAR_KIND_FACTOR));
        }
    }

    /**
     * The words as they were typed: a word typed as one run of {@value #MIN_RUN} characters or more that occurs as it
     * is (not only its segments apart) multiplies the score by {@value #RUN_FACTOR}, and words typed apart that stand
     * next to one another in order (a few words between at most) by {@value #ADJACENT_FACTOR} — a remembered
     * fragment finds the one text that holds it.
     */
    private void wordsAsTypedPreferences(ParsedQuery parsed, Target target, List<Preference> preferences) {
        List<String> typed = parsed.words().subList(0, Math.min(limits.words(), parsed.words().size()));
        int runs = 0;
        QueryTerms together = QueryTerms.NONE;
        for (String word : typed) {
            QueryTerms terms = QueryTerms.of(words, word, limits.segments());
            if (runs < MAX_RUNS && word.codePointCount(0, word.length()) >= MIN_RUN && terms.size() >= 2
                    && !isCode(word)) {
                QueryTerms grams = QueryTerms.of(bigrams, word, limits.bigrams());
                if (!grams.isEmpty()) {
                    preferences.add(new Preference(inBody(grams, Schema.BODY_BIGRAM, 0, target), RUN_FACTOR));
                    runs++;
                }
            }
            together = together.then(terms);
        }
        if (typed.size() >= 2 && together.size() >= 2 && together.size() <= limits.segments()) {
            preferences.add(new Preference(inBody(together, Schema.BODY, ADJACENT_SLOP, target), ADJACENT_FACTOR));
        }
    }

    /**
     * A remembered fragment: the texts that hold its run verbatim — in their text, or in a document's title or a
     * passage's own heading — and whether it was typed word by word rather than in one piece.
     */
    public record Fragment(Query holders, boolean typedApart) {
    }

    /** The remembered fragment the query is, if it is one ({@link RankingRules#fragmentRun}). */
    public Optional<Fragment> fragment(ParsedQuery parsed, Target target) {
        Optional<String> found = parsed.words().size() > limits.words() ? Optional.empty()
                : RankingRules.fragmentRun(parsed, run -> QueryTerms.of(words, run, limits.segments()).size());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        String run = found.get();
        QueryTerms grams = QueryTerms.of(bigrams, run, limits.bigrams());
        if (grams.isEmpty()) {
            return Optional.empty();
        }
        BooleanQuery.Builder holders = new BooleanQuery.Builder();
        holders.add(inBody(grams, Schema.BODY_BIGRAM, 0, target), Occur.SHOULD);
        if (target == Target.DOCUMENTS) {
            holders.add(grams.phrase(Schema.TITLE_BIGRAM, 0), Occur.SHOULD);
        } else {
            QueryTerms headingWords = QueryTerms.of(allWords, run, limits.segments());
            if (!headingWords.isEmpty()) {
                holders.add(headingWords.phrase(Schema.HEADING, 0), Occur.SHOULD);
            }
        }
        return Optional.of(new Fragment(holders.build(), parsed.words().size() > 1));
    }

    /**
     * The search key of the 文号 the query's words (or its one phrase) spell together, when they spell one and
     * nothing else.
     */
    private static Optional<String> docNumberKey(ParsedQuery parsed) {
        return RankingRules.spelledTogether(parsed).filter(DocNumbers::isDocNumber).flatMap(DocNumbers::normalize);
    }

    private Query textAndFilters(ParsedQuery parsed, SearchQuery request, Target target, Mode mode) {
        Budget budget = new Budget(limits);
        BooleanQuery.Builder top = new BooleanQuery.Builder();
        // passages and whole sections: everything but documents, excluded lazily (a set of two kinds would be
        // gathered into a bit set of every passage on each search)
        top.add(new TermQuery(new Term(Schema.KIND, Schema.KIND_DOCUMENT)),
                target == Target.DOCUMENTS ? Occur.FILTER : Occur.MUST_NOT);
        boolean anyText = false;
        boolean optionalWords = false;
        boolean relaxed = mode == Mode.ANY_WORD && singleWordOfSegments(parsed);
        for (String word : budget.words(parsed)) {
            Optional<Query> clause = wordClause(word, target, budget, relaxed);
            if (clause.isPresent()) {
                // a code (PD1728_A_1) is what the user is after: required even when other words are not
                boolean required = mode == Mode.ALL_WORDS || isCode(word);
                top.add(clause.get(), required ? Occur.MUST : Occur.SHOULD);
                optionalWords |= !required;
                anyText = true;
            }
        }
        if (optionalWords) {
            // beside the required kind filter, optional clauses would no longer be needed to match at all
            top.setMinimumNumberShouldMatch(1);
        }
        for (String phrase : parsed.phrases()) {
            Optional<Query> clause = phraseClause(phrase, target, budget);
            if (clause.isPresent()) {
                top.add(clause.get(), Occur.MUST);
                anyText = true;
            }
        }
        for (String excluded : parsed.excluded()) {
            phraseClause(excluded, target, budget).ifPresent(q -> top.add(q, Occur.MUST_NOT));
        }
        if (!anyText) {
            top.add(new MatchAllDocsQuery(), Occur.MUST);
        }
        addFilters(top, parsed, request);
        return top.build();
    }

    /**
     * Ranks passages by the words and phrases of {@code parsed}, each optional, without exclusions or
     * filters: for choosing the passages to show of a document the full query has found (passages, not whole
     * sections). Matches nothing when the query has no text. Restrict it to the passages of one document before use.
     */
    public Query passageRanking(ParsedQuery parsed) {
        Budget budget = new Budget(limits);
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (String word : budget.words(parsed)) {
            wordClause(word, Target.PASSAGES, budget).ifPresent(q -> any.add(q, Occur.SHOULD));
        }
        for (String phrase : parsed.phrases()) {
            phraseClause(phrase, Target.PASSAGES, budget).ifPresent(q -> any.add(q, Occur.SHOULD));
        }
        return new BooleanQuery.Builder()
                .add(any.build(), Occur.MUST)
                .add(new TermQuery(new Term(Schema.KIND, Schema.KIND_PASSAGE)), Occur.FILTER)
                .build();
    }

    /**
     * One query per word of {@code parsed} that the full query uses, each matching what that word matches
     * there (without filters or the kind): for telling how many of the words a hit has.
     */
    public List<Query> wordQueries(ParsedQuery parsed, Target target) {
        Budget budget = new Budget(limits);
        List<Query> out = new ArrayList<>();
        for (String word : budget.words(parsed)) {
            wordClause(word, target, budget).ifPresent(out::add);
        }
        return out;
    }

    private static boolean isCode(String word) {
        return RankingRules.isCode(word);
    }

    /**
     * A query that matches {@code word} anywhere: its segments, or its bigrams as a phrase; empty when the
     * word has no terms or they do not fit in the budget.
     */
    private Optional<Query> wordClause(String word, Target target, Budget budget) {
        return wordClause(word, target, budget, false);
    }

    /** {@link #wordClause(String, Target, Budget)}; {@code relaxed}: any one of the word's segments is enough. */
    private Optional<Query> wordClause(String word, Target target, Budget budget, boolean relaxed) {
        boolean code = isCode(word);
        // stop words are kept in a code: "a" in PD1728_A_1 is one of its parts
        int max = budget.limits.segments();
        QueryTerms terms = code ? QueryTerms.NONE : QueryTerms.of(words, word, max);
        if (terms.isEmpty()) {
            terms = QueryTerms.of(allWords, word, max);
        }
        QueryTerms grams = QueryTerms.of(bigrams, word, budget.limits.bigrams());
        List<Segment> segments = code ? List.of(new Segment(terms, List.of()))
                : terms.terms().stream().map(t -> new Segment(QueryTerms.of(t), alternativesOf(t))).toList();
        // an abbreviation the segmenter splits (自贸区 → 自贸 区) is expanded as a whole word
        List<Alternative> wordLongForms = code || terms.size() < 2 ? List.of() : longFormsOf(word);
        // each segment (and alternative) in two fields, plus the proximity phrase over several segments of a word
        int segmentTerms = segments.stream().mapToInt(Segment::termCount).sum() * 2
                + (code || terms.size() == 1 ? 0 : terms.size())
                + wordLongForms.stream().mapToInt(a -> a.terms().size()).sum() * 2;
        if (terms.isEmpty() && grams.isEmpty() || !budget.take(segmentTerms + grams.size())) {
            return Optional.empty();
        }
        BooleanQuery.Builder either = new BooleanQuery.Builder();
        if (!terms.isEmpty()) {
            // a code's parts exactly in order; other words' segments anywhere
            either.add(segmentsQuery(segments, terms, target, relaxed), Occur.SHOULD);
        }
        if (!wordLongForms.isEmpty()) {
            List<Query> alternatives = new ArrayList<>();
            wordLongForms.forEach(longForm -> addFields(alternatives, longForm, target));
            either.add(new DisjunctionMaxQuery(alternatives, 0.1f), Occur.SHOULD);
        }
        if (!grams.isEmpty()) {
            either.add(new BoostQuery(inBody(grams, Schema.BODY_BIGRAM, 0, target), BIGRAM_WEIGHT), Occur.SHOULD);
        }
        return Optional.of(either.build());
    }

    /**
     * One unit that must match: the terms of a segment (several for a code, matched as an exact phrase)
     * or one of its alternatives (synonyms, long forms).
     */
    private record Segment(QueryTerms terms, List<Alternative> alternatives) {
        int termCount() {
            return terms.size() + alternatives.stream().mapToInt(a -> a.terms().size()).sum();
        }
    }

    /**
     * Another way of writing a segment, matched at a lower weight: its terms as a phrase with {@code slop}
     * (0 for a synonym: exactly as written).
     */
    private record Alternative(QueryTerms terms, int slop) {
    }

    /** The synonyms and long forms of one segment, each as the terms the query analyzer makes of it. */
    private List<Alternative> alternativesOf(String term) {
        List<Alternative> out = new ArrayList<>();
        for (String synonym : Synonyms.current().of(term)) { // the user's groups change while the server runs
            QueryTerms synonymTerms = QueryTerms.of(allWords, synonym, limits.segments());
            if (!synonymTerms.isEmpty()) {
                out.add(new Alternative(synonymTerms, 0));
            }
        }
        out.addAll(longFormsOf(term));
        return out;
    }

    /** The long forms of {@code word} if it is an abbreviation: its parts' terms, a few words apart at most. */
    private List<Alternative> longFormsOf(String word) {
        List<Alternative> out = new ArrayList<>();
        for (Abbreviations.LongForm longForm : abbreviations.of(word)) {
            QueryTerms formTerms = QueryTerms.NONE;
            for (String part : longForm.parts()) {
                formTerms = formTerms.then(QueryTerms.of(allWords, part, limits.segments()));
            }
            if (!formTerms.isEmpty()) {
                out.add(new Alternative(formTerms, longForm.parts().size() > 1 ? LONG_FORM_SLOP : 0));
            }
        }
        return out;
    }

    /** All segments of a word in the body, title or headings; close together in the body scores more. */
    private static Query segmentsQuery(List<Segment> segments, QueryTerms terms, Target target, boolean relaxed) {
        if (segments.size() == 1) {
            return fieldsFor(segments.get(0), target);
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (Segment segment : segments) {
            all.add(fieldsFor(segment, target), relaxed ? Occur.SHOULD : Occur.MUST);
        }
        if (relaxed) {
            all.setMinimumNumberShouldMatch(1);
        }
        all.add(new BoostQuery(inBody(terms, Schema.BODY, PROXIMITY_SLOP, target), PROXIMITY_BOOST), Occur.SHOULD);
        return all.build();
    }

    /**
     * A segment (its terms as an exact phrase) in the body, title (documents) or headings (passages), or
     * one of its alternatives there, weighted lower: the best alternative counts.
     */
    private static Query fieldsFor(Segment segment, Target target) {
        List<Query> alternatives = new ArrayList<>(2 + 2 * segment.alternatives().size());
        addFields(alternatives, segment.terms(), 0, 1f, target);
        for (Alternative alternative : segment.alternatives()) {
            addFields(alternatives, alternative, target);
        }
        return new DisjunctionMaxQuery(alternatives, 0.1f);
    }

    private static void addFields(List<Query> alternatives, Alternative alternative, Target target) {
        addFields(alternatives, alternative.terms(), alternative.slop(), SYNONYM_WEIGHT, target);
    }

    private static void addFields(List<Query> alternatives, QueryTerms terms, int slop, float weight,
                                  Target target) {
        alternatives.add(boosted(inBody(terms, Schema.BODY, slop, target), weight));
        if (target == Target.DOCUMENTS) {
            alternatives.add(boosted(terms.phrase(Schema.TITLE, slop), weight * TITLE_BOOST));
        } else {
            alternatives.add(boosted(terms.phrase(Schema.HEADING, slop), weight * HEADING_BOOST));
        }
    }

    private static Query boosted(Query query, float boost) {
        return boost == 1f ? query : new BoostQuery(query, boost);
    }

    /** An exact phrase: consecutive segments, or consecutive bigrams (an exact substring). */
    private Optional<Query> phraseClause(String text, Target target, Budget budget) {
        QueryTerms terms = QueryTerms.of(allWords, text, budget.limits.segments());
        QueryTerms grams = QueryTerms.of(bigrams, text, budget.limits.bigrams());
        if (terms.isEmpty() && grams.isEmpty() || !budget.take(terms.size() + grams.size())) {
            return Optional.empty();
        }
        BooleanQuery.Builder either = new BooleanQuery.Builder();
        if (!terms.isEmpty()) {
            either.add(inBody(terms, Schema.BODY, 0, target), Occur.SHOULD);
        }
        if (!grams.isEmpty()) {
            either.add(inBody(grams, Schema.BODY_BIGRAM, 0, target), Occur.SHOULD);
        }
        return Optional.of(either.build());
    }

    /**
     * {@code terms} in a body field, named as passages hold it ({@link Schema#BODY} or {@link Schema#BODY_BIGRAM}),
     * up to {@code slop} moves apart. Documents hold their words with positions, but their bigrams without
     * ({@link Schema#DOC_BIGRAM}): over documents one bigram is a term of that field, and a run of them — which needs
     * positions — is counted in the document's passages ({@link BigramRunQuery}).
     */
    private static Query inBody(QueryTerms terms, String passageField, int slop, Target target) {
        if (target == Target.PASSAGES || passageField.equals(Schema.BODY)) {
            return terms.phrase(passageField, slop);
        }
        if (terms.size() == 1) {
            return terms.phrase(Schema.DOC_BIGRAM, 0);
        }
        return new BigramRunQuery((PhraseQuery) terms.phrase(passageField, slop));
    }

    /** What is still allowed in the query being built. */
    private static final class Budget {
        final Limits limits;
        private int left;

        Budget(Limits limits) {
            this.limits = limits;
            left = limits.terms();
        }

        /** The words of {@code parsed} that are used. */
        List<String> words(ParsedQuery parsed) {
            return parsed.words().subList(0, Math.min(limits.words(), parsed.words().size()));
        }

        /** Spends {@code terms} if that many are left. */
        boolean take(int terms) {
            if (terms > left) {
                return false;
            }
            left -= terms;
            return true;
        }
    }

    /** The filters given apart from the query and those written in it: any value of either, one year range. */
    private static void addFilters(BooleanQuery.Builder top, ParsedQuery parsed, SearchQuery request) {
        Filters filters = request.filters().and(parsed.filters());
        addAnyOf(top, Schema.TYPE, filters.types());
        addAnyOf(top, Schema.UNIT, filters.units());
        addAnyOf(top, Schema.TAG, filters.tags());
        addAnyOf(top, Schema.ISSUER, filters.issuers());
        if (filters.restricts(Facet.YEAR)) {
            top.add(IntPoint.newRangeQuery(Schema.YEAR, filters.yearFrom().orElse(Integer.MIN_VALUE),
                    filters.yearTo().orElse(Integer.MAX_VALUE)), Occur.FILTER);
        }
    }

    private static void addAnyOf(BooleanQuery.Builder top, String field, List<String> values) {
        if (values.isEmpty()) {
            return;
        }
        // one clause however many values: the user chooses how many
        top.add(anyOf(field, values), Occur.FILTER);
    }

    private static Query anyOf(String field, Collection<String> values) {
        return new TermInSetQuery(field, values.stream().map(BytesRef::new).toList());
    }
}
