package fanwen.structure;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Takes a short summary from the document itself: up to the first {@value #MAX_SENTENCES} complete
 * sentences of the passages, in order, as many as fit in {@value #MAX_CHARS} chars (a longer first
 * sentence is cut with …), skipping what is not content — the title line, sentences of fewer than
 * {@value #MIN_SENTENCE_HAN} Han chars, greetings (同志们：, 各位代表：), opening formulas (现在，我代表…请予审议),
 * a law's enactment and revision lines, document numbers (法释〔2025〕1号) and markup. One pass that stops
 * at the last sentence taken; no ranking. Stateless and thread-safe.
 */
public final class SummaryExtractor {
    static final int MAX_CHARS = 200;
    private static final int MAX_SENTENCES = 3;
    private static final int MIN_SENTENCE_HAN = 8;
    private static final Pattern BOILERPLATE = Pattern.compile(
            "^(同志们|各位|尊敬的|亲爱的|女士们|先生们).{0,20}[：:！!，,]?$|请予审议|提出意见|^来源|^时间|^<!--|〔[0-9０-９]{4}〕"
                    + "|^[0-9０-９〇○一二三四五六七八九]{4}\\s*年.{0,60}(通过|修正|修订|公布|施行|发布)）?$|^[（(——].{0,40}[)）]?$");

    /** A summary of {@code text}, from its {@code passages}; empty if the text has no sentence. */
    public String extract(String text, String title, List<Passage> passages) {
        StringBuilder summary = new StringBuilder();
        int sentences = 0;
        for (Passage p : passages) {
            for (Lines.Line line : Lines.nonBlank(text, p.start(), p.end())) {
                String s = line.of(text);
                if (s.equals(title) || BOILERPLATE.matcher(s).find() && s.length() < 80) {
                    continue;
                }
                int from = 0;
                for (int i = 0; i <= s.length() && sentences < MAX_SENTENCES; i++) {
                    if (i < s.length() && Lines.SENTENCE_END.indexOf(s.charAt(i)) < 0) {
                        continue;
                    }
                    String sentence = s.substring(from, Math.min(s.length(), i + 1)).strip();
                    from = i + 1;
                    boolean complete = !sentence.isEmpty()
                            && Lines.SENTENCE_END.indexOf(sentence.charAt(sentence.length() - 1)) >= 0;
                    if (!complete || Lines.hanCount(sentence) < MIN_SENTENCE_HAN || BOILERPLATE.matcher(sentence).find()) {
                        continue;
                    }
                    if (summary.length() + sentence.length() > MAX_CHARS) {
                        return summary.isEmpty() ? sentence.substring(0, MAX_CHARS) + "…" : summary.toString();
                    }
                    summary.append(sentence);
                    sentences++;
                }
                if (sentences >= MAX_SENTENCES) {
                    return summary.toString();
                }
            }
        }
        return summary.toString();
    }
}
