package fanwen.suggest;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.py.Pinyin;

/**
 * The pinyin a user types for a Chinese text, from HanLP's pinyin dictionary (which reads polyphones in
 * context: 干部 → gan bu, 重庆 → chong qing): the full syllables without tones ({@code guazhiganbu}) and
 * their initial letters ({@code gzgb}). Latin letters and digits in the text are kept as they are (lower
 * case), other characters are dropped. HanLP writes ü as {@code v} (女 → nv), as pinyin keyboards type it.
 */
record PinyinKeys(String full, String initials) {

    /** The keys of {@code text}. */
    static PinyinKeys of(String text) {
        List<Pinyin> syllables = HanLP.convertToPinyinList(text);
        StringBuilder full = new StringBuilder();
        StringBuilder initials = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            Pinyin syllable = i < syllables.size() ? syllables.get(i) : Pinyin.none5;
            char c = Character.toLowerCase(text.charAt(i));
            if (syllable != Pinyin.none5) {
                full.append(syllable.getPinyinWithoutTone());
                initials.append(syllable.getFirstChar());
            } else if (isLatinLetterOrDigit(c)) {
                full.append(c);
                initials.append(c);
            }
        }
        return new PinyinKeys(full.toString(), initials.toString());
    }

    /**
     * {@code input} as pinyin to look up (lower case, without the spaces and apostrophes that separate
     * syllables: "Gua Zhi", "xi'an"), or empty when it is not pinyin: anything but Latin letters.
     */
    static Optional<String> asTyped(String input) {
        String letters = input.toLowerCase(Locale.ROOT).replaceAll("[\\s']+", "");
        return !letters.isEmpty() && letters.chars().allMatch(c -> c >= 'a' && c <= 'z')
                ? Optional.of(letters) : Optional.empty();
    }

    private static boolean isLatinLetterOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }
}
