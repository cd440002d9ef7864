package fanwen.store.lucene.hits;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

import fanwen.analysis.ChineseFolding;
import fanwen.index.Analyzers;
import fanwen.model.Snippet;

/**
 * Where the words a passage was indexed with stand in its text, without offsets in the postings. A word is its
 * folded text, so each place the folded passage text holds it is a candidate; when the postings count as many
 * places as there are candidates (almost always), every candidate is the word. When there are more candidates —
 * the characters of 管理 across the words 保管 理由 — each candidate is checked by segmenting the clause around it
 * again, from the punctuation mark before it to the one after it (inclusive: the segmenter's choice inside does not
 * depend on what lies beyond a punctuation mark), and kept when the index chain gives exactly that token there.
 * One instance serves one passage text.
 */
final class WordsInText {

    /** How far from a candidate a clause may reach when no punctuation mark ends it sooner. */
    private static final int MAX_REACH = 160;
    /** The body's chain; an analyzer serves any number of threads. */
    private static final Analyzer INDEX = Analyzers.index();

    private final String text;
    private final String folded;
    /** The tokens of the clauses segmented again so far: start, end and term of each. */
    private final Set<Token> segmentedAgain = new HashSet<>();
    /** The clauses segmented again so far. */
    private final List<Snippet.Range> clauses = new ArrayList<>();

    WordsInText(String text) {
        this.text = text;
        this.folded = ChineseFolding.fold(text);
    }

    private record Token(int start, int end, String term) {
    }

    /** The places of {@code word} in the text, which the postings say it holds {@code count} times. */
    List<Snippet.Range> find(String word, int count) throws IOException {
        List<Snippet.Range> candidates = new ArrayList<>();
        if (word.isEmpty()) {
            return candidates;
        }
        for (int at = folded.indexOf(word); at >= 0; at = folded.indexOf(word, at + 1)) {
            candidates.add(new Snippet.Range(at, at + word.length()));
        }
        if (candidates.size() <= count) {
            return candidates;
        }
        List<Snippet.Range> words = new ArrayList<>(count);
        for (Snippet.Range candidate : candidates) {
            segmentClauseAround(candidate.start(), candidate.end());
            if (segmentedAgain.contains(new Token(candidate.start(), candidate.end(), word))) {
                words.add(candidate);
            }
        }
        return words;
    }

    private void segmentClauseAround(int start, int end) throws IOException {
        for (Snippet.Range clause : clauses) {
            if (start >= clause.start() && end <= clause.end()) {
                return;
            }
        }
        int from = start;
        while (from > 0 && !isBreak(text.charAt(from - 1)) && start - from < MAX_REACH) {
            from--;
        }
        from = Math.max(0, from - 1); // the mark itself
        int to = end;
        while (to < text.length() && !isBreak(text.charAt(to)) && to - end < MAX_REACH) {
            to++;
        }
        to = Math.min(text.length(), to + 1);
        clauses.add(new Snippet.Range(from, to));
        try (TokenStream stream = INDEX.tokenStream(Analyzers.TEXT_FIELD, text.substring(from, to))) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offsets = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                segmentedAgain.add(new Token(from + offsets.startOffset(), from + offsets.endOffset(), term.toString()));
            }
            stream.end();
        }
    }

    /**
     * A line break or a punctuation mark other than ASCII's: where the segmenter's choices start afresh. (ASCII marks
     * join the parts of codes such as GB/T 9704-2012, which are read as one run.)
     */
    private static boolean isBreak(char c) {
        if (c == '\n' || c == '\r') {
            return true;
        }
        if (c < 0x80) {
            return false;
        }
        int type = Character.getType(c);
        return type == Character.OTHER_PUNCTUATION || type == Character.START_PUNCTUATION
                || type == Character.END_PUNCTUATION || type == Character.DASH_PUNCTUATION
                || type == Character.INITIAL_QUOTE_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION
                || type == Character.CONNECTOR_PUNCTUATION;
    }
}
