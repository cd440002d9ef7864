package fanwen.analysis;

import java.util.Arrays;

import com.hankcs.hanlp.collection.trie.DoubleArrayTrie;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.CustomDictionary;

/**
 * Finds the dictionary words inside a word — of HanLP's core dictionary and of its custom one, which holds
 * {@link DomainDictionary}'s terms: 总工会 → 总工, 工会. They depend on the word alone, unlike the sub-words of
 * HanLP's index mode, which for numerals depend on the characters around (十一届 gains 十一 after a comma); a query
 * relies on that to give a word as many positions as the index gives it (see {@link SubWordGraph}).
 */
final class DictionaryWords {

    private DictionaryWords() {}

    /** Adds to {@code graph} the shorter dictionary words, of two characters or more, inside text[start, end). */
    static void inside(char[] text, int start, int end, SubWordGraph graph) {
        if (end - start <= 2) {
            return;
        }
        char[] word = Arrays.copyOfRange(text, start, end);
        DoubleArrayTrie<CoreDictionary.Attribute>.Searcher core = CoreDictionary.trie.getSearcher(word, 0);
        while (core.next()) {
            add(graph, start, core.begin, core.begin + core.length, word.length, core.value.totalFrequency);
        }
        CustomDictionary.parseText(word, (from, to, attribute) ->
                add(graph, start, from, to, word.length, attribute.totalFrequency));
    }

    private static void add(SubWordGraph graph, int offset, int from, int to, int wordLength, int frequency) {
        if (to - from >= 2 && to - from < wordLength) {
            graph.add(offset + from, offset + to, frequency);
        }
    }
}
