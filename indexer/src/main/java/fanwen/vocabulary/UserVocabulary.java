package fanwen.vocabulary;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import fanwen.analysis.ChineseFolding;
import fanwen.analysis.DictionaryFile;
import fanwen.analysis.DomainDictionary;
import fanwen.analysis.Synonyms;
import fanwen.model.DataFolder;
import fanwen.model.RejectedVocabulary;
import fanwen.model.SynonymGroup;
import fanwen.model.VocabularyLimits;

/**
 * The user's terms and synonyms of one data folder, in effect for every analysis of the process: a change is checked
 * ({@link VocabularyRules}), stored ({@link VocabularyFiles}), then put in effect — the next query is segmented with
 * it and matches the new synonyms — and the words whose segmentation changed are handed to a {@link Listener}, which
 * has the documents holding them analysed again.
 *
 * <p>The segmenter knows the words of every user dictionary of the folder and every word of a synonym group that
 * it does not know already, so that a synonym written as several words (河湖长制) is one query word that its group
 * can replace. HanLP's
 * dictionary is one per process: the folder opened last is in effect.
 */
public final class UserVocabulary {

    /** Told the words the segmenter gained or lost, once they are in effect. */
    @FunctionalInterface
    public interface Listener {
        void segmentationChanged(Set<String> words) throws IOException;

        Listener NONE = words -> {
        };
    }

    private final VocabularyFiles files;
    private final VocabularyRules rules;
    private final Listener listener;
    /** The words the segmenter knows from this vocabulary, as last put in effect. */
    private Set<String> segmented = Set.of();

    public UserVocabulary(DataFolder folder, VocabularyLimits limits, Listener listener) {
        this.files = new VocabularyFiles(folder);
        this.rules = new VocabularyRules(limits);
        this.listener = listener;
    }

    /** Puts the stored vocabulary of {@code folder} in effect, for analysing text without opening a library. */
    public static void putInEffect(DataFolder folder) throws IOException {
        new UserVocabulary(folder, VocabularyLimits.DEFAULT, Listener.NONE).putInEffect();
    }

    /** Puts the stored vocabulary in effect; the words it changes are not reported (nothing was indexed with others). */
    public synchronized void putInEffect() throws IOException {
        segmented = apply();
    }

    public synchronized List<String> terms() throws IOException {
        return files.terms();
    }

    public synchronized List<SynonymGroup> synonyms() throws IOException {
        return files.synonyms();
    }

    /** Replaces the user dictionary with {@code terms}; the terms as stored. */
    public synchronized List<String> replaceTerms(List<String> terms) throws RejectedVocabulary, IOException {
        List<String> accepted = rules.terms(terms);
        files.writeTerms(accepted);
        changed();
        return accepted;
    }

    /** Adds {@code terms} after the stored ones; the terms as stored. */
    public synchronized List<String> addTerms(List<String> terms) throws RejectedVocabulary, IOException {
        return replaceTerms(Stream.concat(files.terms().stream(), terms.stream()).toList());
    }

    /** Removes {@code terms} (as folded) from the user dictionary; the terms as stored. */
    public synchronized List<String> removeTerms(List<String> terms) throws RejectedVocabulary, IOException {
        Set<String> removed = folded(terms);
        return replaceTerms(files.terms().stream().filter(term -> !removed.contains(term)).toList());
    }

    /** Replaces the synonyms with {@code groups}; the groups as stored (those sharing a word merged). */
    public synchronized List<SynonymGroup> replaceSynonyms(List<SynonymGroup> groups)
            throws RejectedVocabulary, IOException {
        List<SynonymGroup> accepted = rules.groups(groups);
        files.writeSynonyms(accepted);
        changed();
        return accepted;
    }

    /** Adds a group of synonyms (merged with those it shares a word with); the groups as stored. */
    public synchronized List<SynonymGroup> addSynonyms(SynonymGroup group) throws RejectedVocabulary, IOException {
        return replaceSynonyms(Stream.concat(files.synonyms().stream(), Stream.of(group)).toList());
    }

    /** Takes {@code words} out of every group (a group left with one word goes); the groups as stored. */
    public synchronized List<SynonymGroup> removeSynonyms(List<String> words) throws RejectedVocabulary, IOException {
        Set<String> removed = folded(words);
        List<SynonymGroup> kept = new ArrayList<>();
        for (SynonymGroup group : files.synonyms()) {
            List<String> rest = group.words().stream().filter(word -> !removed.contains(word)).toList();
            if (rest.size() >= 2) {
                kept.add(new SynonymGroup(rest));
            }
        }
        return replaceSynonyms(kept);
    }

    private void changed() throws IOException {
        Set<String> before = segmented;
        segmented = apply();
        Set<String> changed = new HashSet<>(before);
        changed.addAll(segmented);
        changed.removeIf(word -> before.contains(word) && segmented.contains(word));
        if (!changed.isEmpty()) {
            listener.segmentationChanged(changed);
        }
    }

    /** Puts what is stored in effect; the words it gives the segmenter. */
    private Set<String> apply() throws IOException {
        List<SynonymGroup> groups = files.synonyms();
        Map<String, DictionaryFile.Entry> entries = new LinkedHashMap<>();
        for (DictionaryFile.Entry entry : files.allDictionaryEntries()) {
            entries.putIfAbsent(entry.term(), entry);
        }
        for (SynonymGroup group : groups) {
            group.words().stream().filter(word -> word.length() >= 2 && !DomainDictionary.isStockWord(word))
                    .forEach(word -> entries.putIfAbsent(word, new DictionaryFile.Entry(word, "nz")));
        }
        DomainDictionary.useUserTerms(entries.values());
        Synonyms.useUserGroups(groups.stream().map(SynonymGroup::words).toList());
        return Set.copyOf(entries.keySet());
    }

    private static Set<String> folded(List<String> words) {
        Set<String> out = new LinkedHashSet<>();
        words.forEach(word -> out.add(ChineseFolding.fold(word.strip())));
        return out;
    }
}
