package fanwen.store.opensearch;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.node.ObjectNode;

import fanwen.query.KindWanted;
import fanwen.query.ParsedQuery;
import fanwen.query.RankingRules;
import fanwen.query.SectionWords;

/**
 * The genre's preferences, as the embedded store applies them to its best hits ({@link RankingRules}): a hit of the
 * kind of document asked for scores more (one of a near kind a little more); a word typed as one run of several
 * characters that occurs as typed more; words typed apart that stand together more; over passages, the section whose
 * heading holds every word, and a passage of the genre's documents when the query asks for a kind of section. They
 * change the order of the best {@value RankingRules#PREFERENCE_DEPTH} hits, never what matches; the own heading's
 * hits are {@link #sought} beyond them.
 *
 * <p>The text preferences go into the request as zero-scored named clauses ({@link #clauses}), so a hit says which
 * it matches; the kinds are read from the hit's type. The factors are applied here, to the hits fetched, and a
 * remembered fragment's holders put first among them (fetched apart too, as the embedded store searches them, so that
 * one ranked below the best {@value RankingRules#PREFERENCE_DEPTH} comes first as well).
 */
final class SearchPreferences {

    private static final String RUN = "run-";
    private static final String ADJACENT = "adjacent";
    private static final String OWN_HEADING = "own-heading";
    private static final String FRAGMENT = "fragment";

    private final List<Clause> clauses = new ArrayList<>();
    private final Set<String> kindTypes = new TreeSet<>();
    private final Set<String> nearTypes = new TreeSet<>();
    private final boolean genreSections;
    private final boolean fragment;

    /**
     * A text preference: its named clause and its factor; {@code sought}, its best hits are fetched apart too, beyond
     * the query's best hits.
     */
    private record Clause(String name, ObjectNode query, float factor, boolean sought) {
        Clause(String name, ObjectNode query, float factor) {
            this(name, query, factor, false);
        }
    }

    /**
     * The preferences of {@code parsed} over {@code target}; {@code fragmentHolders}, the texts holding the run of a
     * remembered fragment ({@link FragmentHolders}), come before every other hit fetched.
     */
    SearchPreferences(ParsedQuery parsed, QueryTranslator.Target target, Optional<ObjectNode> fragmentHolders) {
        for (KindWanted kind : parsed.kinds()) {
            kind.types().forEach(t -> kindTypes.add(t.label()));
            kind.near().forEach(t -> nearTypes.add(t.label()));
        }
        nearTypes.removeAll(kindTypes);
        List<String> typed = QueryTranslator.words(parsed);
        int runs = 0;
        for (String word : typed) {
            if (runs < RankingRules.MAX_RUNS && word.codePointCount(0, word.length()) >= RankingRules.MIN_RUN
                    && !RankingRules.isCode(word) && QueryTranslator.segments(word).size() >= 2) {
                clauses.add(new Clause(RUN + runs, Dsl.phrase(target.bigram, word, 0, 1f, null),
                        RankingRules.RUN_FACTOR));
                runs++;
            }
        }
        if (typed.size() >= 2) {
            clauses.add(new Clause(ADJACENT, Dsl.phrase(target.body, String.join(" ", typed),
                    RankingRules.ADJACENT_SLOP, 1f, null), RankingRules.ADJACENT_FACTOR));
        }
        boolean passages = target == QueryTranslator.Target.PASSAGES;
        if (passages && (!typed.isEmpty() || !parsed.phrases().isEmpty())) {
            Dsl.Bool heading = new Dsl.Bool();
            typed.stream().filter(word -> !QueryTranslator.segments(word).isEmpty()) // stop words alone: nothing
                    .forEach(word -> heading.must(Dsl.allTerms(target.label, word, 1f)));
            parsed.phrases().forEach(phrase -> heading.must(Dsl.phrase(target.label, phrase, 0, 1f,
                    Dsl.PHRASE_ANALYZER)));
            clauses.add(new Clause(OWN_HEADING, heading.build(), RankingRules.OWN_HEADING_FACTOR, true));
        }
        genreSections = passages && SectionWords.asksForSections(parsed);
        fragmentHolders.ifPresent(holders -> clauses.add(new Clause(FRAGMENT, holders, 1f)));
        fragment = fragmentHolders.isPresent();
    }

    /** Whether any preference applies. */
    boolean any() {
        return !clauses.isEmpty() || !kindTypes.isEmpty() || !nearTypes.isEmpty() || genreSections;
    }

    /** The text preferences as zero-scored named clauses, to add as optional clauses of the query. */
    List<ObjectNode> clauses() {
        return clauses.stream().map(c -> Dsl.zeroScored(c.query(), c.name())).toList();
    }

    /**
     * The text preferences whose hits are sought beyond the query's best ones (the section whose own heading holds
     * every word, however many passages merely use the words), to fetch apart, as the embedded store does.
     */
    List<ObjectNode> sought() {
        return clauses.stream().filter(Clause::sought).map(Clause::query).toList();
    }

    /** How much {@code hit}'s score is multiplied by. */
    float factor(Ranked hit) {
        float factor = 1f;
        for (Clause clause : clauses) {
            if (hit.matched().contains(clause.name())) {
                factor *= clause.factor();
            }
        }
        if (kindTypes.contains(hit.type())) {
            factor *= RankingRules.KIND_FACTOR;
        } else if (nearTypes.contains(hit.type())) {
            factor *= RankingRules.NEAR_KIND_FACTOR;
        }
        if (genreSections && RankingRules.GENRE_TYPES.contains(hit.type())) {
            factor *= RankingRules.GENRE_SECTION_FACTOR;
        }
        return factor;
    }

    /**
     * {@code hits} (best first by the query's own score), scored as preferred and ordered again, equals in order; a
     * remembered fragment's holders first.
     */
    List<Ranked> order(List<Ranked> hits) {
        if (!any()) {
            return hits;
        }
        List<Ranked> ordered = new ArrayList<>(hits.size());
        hits.forEach(hit -> ordered.add(hit.withScore(hit.score() * factor(hit))));
        Comparator<Ranked> preferred = Comparator.comparingDouble(Ranked::score).reversed();
        ordered.sort(fragment ? Comparator.comparing((Ranked hit) -> !hit.matched().contains(FRAGMENT))
                .thenComparing(preferred) : preferred);
        return ordered;
    }
}
