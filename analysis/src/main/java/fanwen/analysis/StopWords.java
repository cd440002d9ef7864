package fanwen.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.apache.lucene.analysis.CharArraySet;

/**
 * The curated stop list for ranking and similarity: Chinese function words (的 了 和 与 是 在 …),
 * pronouns and common English function words, read from {@code fanwen/analysis/stopwords.txt}.
 *
 * <p>It holds no content words (工作, 加强, 发展, 建设 stay searchable and count in similarity). Entries
 * are already folded (lower case, simplified), matching what the tokenizer emits.
 */
public final class StopWords {

    private static final String RESOURCE = "stopwords.txt";
    private static final CharArraySet SET = CharArraySet.unmodifiableSet(read());

    private StopWords() {}

    /** The stop words, unmodifiable. */
    public static CharArraySet set() {
        return SET;
    }

    private static CharArraySet read() {
        CharArraySet set = new CharArraySet(512, false);
        try (InputStream in = StopWords.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("stop word list fanwen/analysis/" + RESOURCE + " missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                String word = line.strip();
                if (!word.isEmpty() && !word.startsWith("#")) {
                    set.add(ChineseFolding.fold(word));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the stop word list", e);
        }
        return set;
    }
}
