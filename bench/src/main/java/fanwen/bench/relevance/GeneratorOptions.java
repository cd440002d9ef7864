package fanwen.bench.relevance;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The options of a query-set generator — {@code [--seed N] [--corpus DIR] [--laws FILE] [--queries DIR]} — and the
 * collection they name.
 */
record GeneratorOptions(long seed, Path corpus, Path laws, Path queries) {

    /** The options in {@code args}, the seed {@code defaultSeed} unless given. */
    static GeneratorOptions parse(String[] args, long defaultSeed) {
        long seed = defaultSeed;
        Path corpus = Path.of("corpus");
        Path laws = Path.of("../shared/corpus/laws.tar.gz");
        Path queries = Path.of("bench/queries");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--corpus" -> corpus = Path.of(args[++i]);
                case "--laws" -> laws = Path.of(args[++i]);
                case "--queries" -> queries = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        return new GeneratorOptions(seed, corpus, laws, queries);
    }

    /** The collection the options name (the corpus and the laws), with its indexes under the benchmark's folder. */
    Collection collection() throws IOException, InterruptedException {
        return Collection.load(corpus, laws, Path.of("bench/target/relevance"));
    }
}
