package fanwen.store.opensearch;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.node.ObjectNode;

import fanwen.model.DocumentType;
import fanwen.query.KindWanted;
import fanwen.query.ParsedQuery;
import fanwen.query.SectionWords;

/**
 * The genre's preferences, as the embedded store applies them to its best hits: a hit of the kind of document asked
 * for scores {@value #KIND_FACTOR} times as much (one of a near kind {@value #NEAR_KIND_FACTOR}); a word typed as one
 * run of {@value #MIN_RUN} characters or more that occurs as typed {@value #RUN_FACTOR} times; words typed apart that
 * stand together {@value #ADJACENT_FACTOR} times; over passages, the section whose heading holds every word
 * {@value #OWN_HEADING_FACTOR} times, and a passage of the genre's documents, when the query asks for a kind of
 * section, {@value #GENRE_SECTION_FACTOR} times. They change the order of the best {@value #DEPTH} hits, never what
 * matches.
 *
 * <p>The text preferences go into the request as zero-scored named clauses ({@link #clauses}), so a hit says which
 * it matches; the kinds are read from the hit's type. The factors are applied here, to the hits fetched.
 */
final class SearchPreferences {

    /** How many of the best hits the preferences can reorder. */
    static final int DEPTH = 500;

    private static final float KIND_FACTOR = 3f;
    private static final float NEAR_KIND_FACTOR = 1.5f;
    private static final float RUN_FACTOR = 3f;
    private static final float ADJACENT_FACTOR = 2f;
    private static final float OWN_HEADING_FACTOR = 4f;
    private static final float GENRE_SECTION_FACTOR = 2f;
    private static final int MIN_RUN = 4;
    private static final int MAX_RUNS = 4;
    private static final int ADJACENT_SLOP = 2;
    private static final String RUN = "run-";
    private static final String ADJACENT = "adjacent";
    private static final String OWN_HEADING = "own-heading";
    private static final Set<String> GENRE_TYPES = Set.of(DocumentType.SUMMARY.label(), DocumentType.SPEECH.label(),
            DocumentType.PLAN.label(), DocumentType.OPINION.label(), DocumentType.REPORT.label(),
            DocumentType.BRIEFING.label(), DocumentType.SURVEY.label(), DocumentType.NOTICE.label());

    private final List<Clause> clauses = new ArrayList<>();
    private final Set<String> kindTypes = new TreeSet<>();
    private final Set<String> nearTypes = new TreeSet<>();
    private final boolean genreSections;

    /** A text preference: its named clause and its factor. */
    private record Clause(String name, ObjectNode query, float factor) {
    }

    SearchPreferences(ParsedQuery parsed, QueryTranslator.Target target) {
        for (KindWanted kind : parsed.kinds()) {
            kind.types().forEach(t -> kindTypes.add(t.label()));
            kind.near().forEach(t -> nearTypes.add(t.label()));
        }
        nearTypes.removeAll(kindTypes);
        List<String> typed = QueryTranslator.words(parsed);
        int runs = 0;
        for (String word : typed) {
            if (runs < MAX_RUNS && word.codePointCount(0, word.length()) >= MIN_RUN && !QueryTranslator.isCode(word)
                    && QueryTranslator.segments(word).size() >= 2) {
                clauses.add(new Clause(RUN + runs, Dsl.phrase(target.bigram, word, 0, 1f, null), RUN_FACTOR));
                runs++;
            }
        }
        if (typed.size() >= 2) {
            clauses.add(new Clause(ADJACENT, Dsl.phrase(target.body, String.join(" ", typed), ADJACENT_SLOP, 1f,
                    null), ADJACENT_FACTOR));
        }
        boolean passages = target == QueryTranslator.Target.PASSAGES;
        if (passages && (!typed.isEmpty() || !parsed.phrases().isEmpty())) {
            Dsl.Bool heading = new Dsl.Bool();
            typed.forEach(word -> heading.must(Dsl.allTerms(target.label, word, 1f)));
            parsed.phrases().forEach(phrase -> heading.must(Dsl.phrase(target.label, phrase, 0, 1f,
                    Dsl.PHRASE_ANALYZER)));
            clauses.add(new Clause(OWN_HEADING, heading.build(), OWN_HEADING_FACTOR));
        }
        genreSections = passages && SectionWords.asksForSections(parsed);
    }

    /** Whether any preference applies. */
    boolean any() {
        return !clauses.isEmpty() || !kindTypes.isEmpty() || !nearTypes.isEmpty() || genreSections;
    }

    /** The text preferences as zero-scored named clauses, to add as optional clauses of the query. */
    List<ObjectNode> clauses() {
        return clauses.stream().map(c -> Dsl.zeroScored(c.query(), c.name())).toList();
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
            factor *= KIND_FACTOR;
        } else if (nearTypes.contains(hit.type())) {
            factor *= NEAR_KIND_FACTOR;
        }
        if (genreSections && GENRE_TYPES.contains(hit.type())) {
            factor *= GENRE_SECTION_FACTOR;
        }
        return factor;
    }

    /** {@code hits} (best first by the query's own score), scored as preferred and ordered again; equals keep their order. */
    List<Ranked> order(List<Ranked> hits) {
        if (!any()) {
            return hits;
        }
        List<Ranked> ordered = new ArrayList<>(hits.size());
        hits.forEach(hit -> ordered.add(hit.withScore(hit.score() * factor(hit))));
        ordered.sort(Comparator.comparingDouble(Ranked::score).reversed());
        return ordered;
    }
}
