package fanwen.structure;

import java.util.Optional;

import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.CustomDictionary;

/**
 * Parts of speech and general-language frequencies of words, looked up in HanLP's dictionaries (the
 * domain and user terms first, then the core dictionary) — a look-up per distinct word instead of a
 * second segmentation with part-of-speech tagging.
 */
final class WordNatures {

    private WordNatures() {
    }

    /** The dictionary entry of {@code word}, if any dictionary has it. */
    static Optional<CoreDictionary.Attribute> lookup(String word) {
        CoreDictionary.Attribute custom = CustomDictionary.get(word);
        return Optional.ofNullable(custom != null ? custom : CoreDictionary.get(word));
    }

    /** The most frequent part of speech of {@code word} as HanLP's tag (e.g. {@code n}, {@code vn}), if known. */
    static Optional<String> primary(String word) {
        return lookup(word).filter(a -> a.nature != null && a.nature.length > 0).map(a -> natureName(a.nature[0]));
    }

    /** How often {@code word} occurs in HanLP's general-language corpus (0 if unknown). */
    static int frequency(String word) {
        return CoreDictionary.getTermFrequency(word);
    }

    private static String natureName(Nature nature) {
        return nature.toString();
    }
}
