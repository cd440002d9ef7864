package fanwen.vocabulary;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import fanwen.analysis.ChineseFolding;
import fanwen.model.RejectedVocabulary;
import fanwen.model.SynonymGroup;
import fanwen.model.VocabularyLimits;

/**
 * What a user's terms and synonyms must be, and their normal form. Every word is stripped and folded as the
 * analysis sees text (traditional → simplified, full-width → half-width), and must be {@code minWordLength} to
 * {@code maxWordLength} Han characters: the segmenter reads letters, digits and punctuation apart from the
 * dictionary, so a term holding them would never be found. A list keeps the first of equal words; groups of
 * synonyms sharing a word are merged into one (synonyms of synonyms are synonyms). A list over the limits is
 * refused whole, with what to change in Chinese.
 */
public final class VocabularyRules {

    private static final int SHOWN_CHARS = 20;

    private final VocabularyLimits limits;

    public VocabularyRules(VocabularyLimits limits) {
        this.limits = limits;
    }

    /** The terms of a dictionary in their normal form, or why they cannot be taken. */
    public List<String> terms(List<String> given) throws RejectedVocabulary {
        Set<String> terms = new LinkedHashSet<>();
        for (String term : given) {
            terms.add(word(term, "词条", "term"));
        }
        if (terms.size() > limits.maxTerms()) {
            throw new RejectedVocabulary("词条太多：最多 " + limits.maxTerms() + " 个，收到 " + terms.size() + " 个",
                    "too many terms: at most " + limits.maxTerms() + ", got " + terms.size());
        }
        return List.copyOf(terms);
    }

    /** The groups of synonyms in their normal form (overlapping groups merged), or why they cannot be taken. */
    public List<SynonymGroup> groups(List<SynonymGroup> given) throws RejectedVocabulary {
        List<Set<String>> merged = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            Set<String> group = new LinkedHashSet<>();
            for (String word : given.get(i).words()) {
                group.add(word(word, "第 " + (i + 1) + " 组同义词中的词", "a word of group " + (i + 1)));
            }
            if (group.size() < 2) {
                throw new RejectedVocabulary("第 " + (i + 1) + " 组同义词至少要有两个不同的词",
                        "group " + (i + 1) + " needs at least two different words");
            }
            mergeInto(merged, group);
        }
        if (merged.size() > limits.maxGroups()) {
            throw new RejectedVocabulary("同义词组太多：最多 " + limits.maxGroups() + " 组，收到 " + merged.size() + " 组",
                    "too many groups of synonyms: at most " + limits.maxGroups() + ", got " + merged.size());
        }
        for (Set<String> group : merged) {
            if (group.size() > limits.maxWordsPerGroup()) {
                throw new RejectedVocabulary("一组同义词最多 " + limits.maxWordsPerGroup() + " 个词（共用一个词的组合并计算）："
                        + shown(String.join("，", group)), "a group of synonyms has at most "
                        + limits.maxWordsPerGroup() + " words (groups sharing a word are merged)");
            }
        }
        return merged.stream().map(group -> new SynonymGroup(List.copyOf(group))).toList();
    }

    /** Adds {@code group} to {@code merged}, joined with every group it shares a word with. */
    private static void mergeInto(List<Set<String>> merged, Set<String> group) {
        Set<String> joined = group;
        for (int i = 0; i < merged.size(); ) {
            Set<String> other = merged.get(i);
            if (other.stream().anyMatch(group::contains)) {
                other.addAll(joined);
                joined = other;
                merged.remove(i);
            } else {
                i++;
            }
        }
        merged.add(joined);
    }

    /** One word in its normal form, or why it cannot be taken; {@code what} names it in messages. */
    private String word(String given, String what, String whatInEnglish) throws RejectedVocabulary {
        String word = given == null ? "" : ChineseFolding.fold(given.strip());
        if (word.isEmpty()) {
            throw new RejectedVocabulary(what + "不能为空", whatInEnglish + " is empty");
        }
        if (!word.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
            throw new RejectedVocabulary(what + "“" + shown(given) + "”只能由汉字组成，不能含空格、标点、字母或数字",
                    whatInEnglish + " '" + shown(given) + "' must be Han characters only");
        }
        if (word.length() < limits.minWordLength() || word.length() > limits.maxWordLength()) {
            throw new RejectedVocabulary(what + "“" + shown(given) + "”应为 " + limits.minWordLength() + "–"
                    + limits.maxWordLength() + " 个汉字", whatInEnglish + " '" + shown(given) + "' must be "
                    + limits.minWordLength() + " to " + limits.maxWordLength() + " Han characters");
        }
        return word;
    }

    private static String shown(String text) {
        String stripped = text.strip();
        return stripped.length() <= SHOWN_CHARS ? stripped : stripped.substring(0, SHOWN_CHARS) + "…";
    }
}
