package fanwen.query;

import java.util.Optional;
import java.util.Set;
import java.util.function.ToIntFunction;
import java.util.regex.Pattern;

import fanwen.analysis.ChineseFolding;
import fanwen.model.DocumentType;

/**
 * The numbers of the ranking rules every store applies, so that a library ranks alike wherever it is kept: how much a
 * title, a heading, a synonym or the recall path weighs, how much the genre's preferences multiply a score, when a
 * narrow list is widened to some of the words, how many passages of one document a round shows. The weights were
 * chosen with {@code bench/run.sh relevance} (bench/RESULTS.md).
 */
public final class RankingRules {

    /** Words of a query that are used; the rest of a pasted paragraph is ignored. */
    public static final int MAX_WORDS = 32;

    // the weights of a word's clauses
    public static final float TITLE_BOOST = 1.5f;
    public static final float HEADING_BOOST = 2f;
    public static final float BIGRAM_WEIGHT = 0.4f;
    public static final float PROXIMITY_BOOST = 2f;
    public static final int PROXIMITY_SLOP = 3;
    public static final float SYNONYM_WEIGHT = 0.7f;
    /**
     * Slop of the phrase over the parts of an abbreviation's long form: four words between two parts in order
     * (维护 职工 的 合法 权益), fewer when there are more parts or they come reordered.
     */
    public static final int LONG_FORM_SLOP = 4;
    /** A document whose 文号 is the query outranks every document that merely cites it. */
    public static final float DOC_NUMBER_BOOST = 1000f;

    // the genre's preferences, which reorder the best hits
    /** How many of the best hits the preferences can reorder. */
    public static final int PREFERENCE_DEPTH = 500;
    public static final float KIND_FACTOR = 3f;
    public static final float NEAR_KIND_FACTOR = 1.5f;
    public static final float RUN_FACTOR = 3f;
    public static final int MIN_RUN = 4;
    public static final int MAX_RUNS = 4;
    public static final float ADJACENT_FACTOR = 2f;
    public static final int ADJACENT_SLOP = 2;
    /** The shortest run of Han characters, read from the words as typed, taken for a remembered fragment. */
    public static final int MIN_FRAGMENT = 5;
    /** The most texts a run typed word by word may be held by to be taken for a remembered fragment. */
    public static final int FRAGMENT_HOLDERS = 3;
    public static final float OWN_HEADING_FACTOR = 4f;
    public static final float GENRE_SECTION_FACTOR = 2f;
    /** The types of the genre's documents, whose sections serve as models. */
    public static final Set<String> GENRE_TYPES = Set.of(DocumentType.SUMMARY.label(), DocumentType.SPEECH.label(),
            DocumentType.PLAN.label(), DocumentType.OPINION.label(), DocumentType.REPORT.label(),
            DocumentType.BRIEFING.label(), DocumentType.SURVEY.label(), DocumentType.NOTICE.label());

    // the shape of a result list
    /** Below this many matches of all the words, matches of some of them follow. */
    public static final int FILL_BELOW = 100;
    /** How many of the widened matches, best first, are ordered by how many of the words they have. */
    public static final int COVERAGE_DEPTH = 300;
    /** Passages of one document per round of a passage list. */
    public static final int PASSAGES_PER_DOCUMENT = 2;
    /** Passages looked at per passage shown, so that a page can show many documents'. */
    public static final int PASSAGE_DEPTH = 3;

    /** One run of ASCII letters and digits with connectors inside, as the tokenizer reads codes. */
    private static final Pattern CODE = Pattern.compile("[a-z0-9]+(?:[-_./+#]+[a-z0-9]+)*");

    private RankingRules() {
    }

    /**
     * The run of a remembered fragment, if the query is one: its words joined as typed (the spaces between them taken
     * out) are one run of {@value #MIN_FRAGMENT} Han characters or more, of two segments or more ({@code segments}
     * counts them, as the store segments a query), and the query asks for nothing else (no phrase, no exclusion).
     * The texts holding the run verbatim — in their text, a document's title, a passage's own heading — come before
     * every other match; when the words were typed apart, only if at most {@value #FRAGMENT_HOLDERS} texts hold it
     * (a run more texts share names a topic, 营商环境优化).
     */
    public static Optional<String> fragmentRun(ParsedQuery parsed, ToIntFunction<String> segments) {
        if (!parsed.phrases().isEmpty() || !parsed.excluded().isEmpty() || parsed.words().size() > MAX_WORDS) {
            return Optional.empty();
        }
        String run = String.join("", parsed.words());
        boolean han = run.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
        if (run.codePointCount(0, run.length()) < MIN_FRAGMENT || !han || segments.applyAsInt(run) < 2) {
            return Optional.empty();
        }
        return Optional.of(run);
    }

    /**
     * What the query's words (or its one phrase) spell together when it asks for nothing else — no exclusion, no kind
     * of document (a 文号 with a kind asks for documents of that kind citing it): where a 文号 typed as the whole query
     * is read from, however its brackets and spaces were typed.
     */
    public static Optional<String> spelledTogether(ParsedQuery parsed) {
        if (!parsed.excluded().isEmpty() || !parsed.kinds().isEmpty()) {
            return Optional.empty();
        } else if (parsed.phrases().isEmpty()) {
            return Optional.of(String.join("", parsed.words()));
        } else if (parsed.words().isEmpty() && parsed.phrases().size() == 1) {
            return Optional.of(parsed.phrases().get(0));
        }
        return Optional.empty();
    }

    /** Whether {@code word} is a code (PD1728_A_1, GB/T, 9704-2012): found as it is, its parts in order, or not. */
    public static boolean isCode(String word) {
        return CODE.matcher(ChineseFolding.fold(word)).matches();
    }
}
