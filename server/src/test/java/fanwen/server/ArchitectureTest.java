package fanwen.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import fanwen.engine.Engine;

/**
 * The structure the code must keep, read from its sources: the engine's packages follow the data flow and none
 * imports a later stage; Lucene (beyond analysis) stays inside the store implementations, which only the engine
 * names and which name no other, and the OpenSearch client inside the cluster's; the server and the CLI speak only
 * to the engine's port and its model; nothing of Lucene stands in the server; the port's verbs carry no Lucene,
 * Tika or HanLP type; every package says what it is.
 */
class ArchitectureTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern PACKAGE = Pattern.compile("^package ([\\w.]+);", Pattern.MULTILINE);
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?([\\w.]+)\\.[\\w*]+;", Pattern.MULTILINE);

    /**
     * The engine's packages in the order data flows through them; a package may import its own stage and earlier
     * ones. {@code model} and {@code headings} are the vocabulary every stage shares; {@code index} (what is indexed)
     * and {@code query} (what is asked) are what the store speaks.
     */
    private static final Map<String, Integer> STAGES = Map.ofEntries(
            Map.entry("fanwen.model", 0), Map.entry("fanwen.headings", 0), Map.entry("fanwen.analysis", 0),
            Map.entry("fanwen.extract", 1), Map.entry("fanwen.structure", 2), Map.entry("fanwen.fingerprint", 3),
            Map.entry("fanwen.index", 4), Map.entry("fanwen.query", 4),
            Map.entry("fanwen.vocabulary", 4), Map.entry("fanwen.store", 5),
            Map.entry("fanwen.ingest", 6),
            Map.entry("fanwen.suggest", 7), Map.entry("fanwen.similar", 7), Map.entry("fanwen.check", 7),
            Map.entry("fanwen.backup", 8), Map.entry("fanwen.engine", 9),
            Map.entry("fanwen.cli", 10), Map.entry("fanwen.server", 11));

    /** The store implementations' packages: only they use Lucene beyond its analysis API. */
    private static final String STORE_IMPLEMENTATIONS = "fanwen.store.";
    /** The backup of an embedded library copies Lucene's files; the engine opens a store. */
    private static final String EMBEDDED_BACKUP = "fanwen.backup";
    private static final String PORT = "fanwen.engine";
    /** The store on an OpenSearch cluster: the only user of the OpenSearch client. */
    private static final String CLUSTER_STORE = "fanwen.store.opensearch";

    private record Source(Path file, String pkg, List<String> imports) {
    }

    @Test
    void noEnginePackageImportsALaterStageOrTheServer() throws IOException {
        List<String> backward = new ArrayList<>();
        for (Source source : sources("analysis", "indexer")) {
            int stage = stageOf(source.pkg());
            for (String imported : source.imports()) {
                if (imported.startsWith("fanwen.") && stageOf(imported) > stage) {
                    backward.add(source.file() + " imports " + imported);
                }
            }
        }
        assertEquals(List.of(), backward);
    }

    @Test
    void luceneBeyondItsAnalysisApiIsUsedOnlyInsideTheEmbeddedStoreAndNothingAboveTheStoreNamesOne()
            throws IOException {
        List<String> wrong = new ArrayList<>();
        for (Source source : sources("indexer")) {
            boolean insideAStore = source.pkg().startsWith(STORE_IMPLEMENTATIONS);
            boolean backup = source.pkg().startsWith(EMBEDDED_BACKUP);
            for (String imported : source.imports()) {
                boolean lucene = imported.startsWith("org.apache.lucene")
                        && !imported.startsWith("org.apache.lucene.analysis");
                boolean implementation = imported.startsWith(STORE_IMPLEMENTATIONS);
                if (lucene && !insideAStore && !backup
                        || implementation && !insideAStore && !backup && !source.pkg().startsWith(PORT)) {
                    wrong.add(source.file() + " imports " + imported);
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void theOpenSearchClientIsUsedOnlyInsideTheClusterStoreAndNoStoreNamesAnother() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (Source source : sources("indexer")) {
            String implementation = implementationOf(source.pkg());
            for (String imported : source.imports()) {
                boolean client = imported.startsWith("org.opensearch");
                String other = implementationOf(imported);
                if (client && !CLUSTER_STORE.equals(implementation)
                        || implementation != null && other != null && !other.equals(implementation)) {
                    wrong.add(source.file() + " imports " + imported);
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    /** The store implementation {@code pkg} belongs to ({@code fanwen.store.lucene}, …); null outside them. */
    private static String implementationOf(String pkg) {
        if (!pkg.startsWith(STORE_IMPLEMENTATIONS)) {
            return null;
        }
        int end = pkg.indexOf('.', STORE_IMPLEMENTATIONS.length());
        return end < 0 ? pkg : pkg.substring(0, end);
    }

    @Test
    void theServerAndTheCliUseOnlyThePortAndTheModelAndTheServerNoLucene() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (Source source : sources("server", "indexer")) {
            boolean server = source.pkg().startsWith("fanwen.server");
            if (!server && !source.pkg().startsWith("fanwen.cli")) {
                continue;
            }
            for (String imported : source.imports()) {
                boolean engineInside = imported.startsWith("fanwen.") && !imported.startsWith("fanwen.engine")
                        && !imported.startsWith("fanwen.model") && !imported.startsWith("fanwen.cli")
                        && !imported.startsWith("fanwen.server");
                boolean library = imported.startsWith("org.apache.lucene") || imported.startsWith("org.apache.tika")
                        || imported.startsWith("com.hankcs");
                if (engineInside || server && library) {
                    wrong.add(source.file() + " imports " + imported);
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void theModelImportsNothingOfTheEngineAndNoLibrary() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (Source source : sources("indexer")) {
            if (source.pkg().equals("fanwen.model")) {
                source.imports().stream().filter(i -> !i.startsWith("java.")).forEach(i -> wrong.add(source.file()
                        + " imports " + i));
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void theVerbsOfThePortCarryOnlyTheModelsTypes() {
        List<String> wrong = new ArrayList<>();
        for (Method verb : Engine.class.getDeclaredMethods()) {
            if (!Modifier.isPublic(verb.getModifiers())) {
                continue;
            }
            List<Type> types = new ArrayList<>(List.of(verb.getGenericParameterTypes()));
            types.add(verb.getGenericReturnType());
            types.addAll(List.of(verb.getGenericExceptionTypes()));
            for (Type type : types) {
                for (String name : namesIn(type)) {
                    if (!name.startsWith("java.") && !name.startsWith("fanwen.model.")
                            && !name.startsWith("fanwen.engine.") && !name.matches("int|long|boolean|void|double")) {
                        wrong.add(verb.getName() + " uses " + name);
                    }
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void everyPackageSaysWhatItIsAndWhatItMustNotImport() throws IOException {
        List<String> silent = new ArrayList<>();
        for (String module : List.of("analysis", "indexer", "server", "bench", "opensearch/plugin", "opensearch/node")) {
            try (Stream<Path> dirs = Files.walk(ROOT.resolve(module).resolve("src/main/java"))) {
                for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                    boolean hasClasses;
                    try (Stream<Path> files = Files.list(dir)) {
                        hasClasses = files.anyMatch(f -> f.toString().endsWith(".java"));
                    }
                    Path info = dir.resolve("package-info.java");
                    if (hasClasses && (!Files.exists(info) || !Files.readString(info).contains("<p>"))) {
                        silent.add(ROOT.relativize(dir).toString());
                    }
                }
            }
        }
        assertEquals(List.of(), silent, "packages without a package-info.java saying their job and their rule");
    }

    private static int stageOf(String name) {
        String best = null;
        for (String pkg : STAGES.keySet()) {
            if ((name.equals(pkg) || name.startsWith(pkg + ".")) && (best == null || pkg.length() > best.length())) {
                best = pkg;
            }
        }
        assertTrue(best != null, "no stage for " + name + ": add it to STAGES");
        return STAGES.get(best);
    }

    private static List<Source> sources(String... modules) throws IOException {
        List<Source> all = new ArrayList<>();
        for (String module : modules) {
            try (Stream<Path> files = Files.walk(ROOT.resolve(module).resolve("src/main/java"))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    String text = Files.readString(file);
                    Matcher pkg = PACKAGE.matcher(text);
                    if (!pkg.find()) {
                        continue;
                    }
                    List<String> imports = new ArrayList<>();
                    Matcher imported = IMPORT.matcher(text);
                    while (imported.find()) {
                        imports.add(imported.group(1));
                    }
                    all.add(new Source(ROOT.relativize(file), pkg.group(1), imports));
                }
            }
        }
        return all;
    }

    /** The class names a (generic) type is made of. */
    private static List<String> namesIn(Type type) {
        List<String> names = new ArrayList<>();
        if (type instanceof Class<?> c) {
            names.add(c.isArray() ? c.getComponentType().getName() : c.getName());
        } else if (type instanceof ParameterizedType p) {
            names.addAll(namesIn(p.getRawType()));
            for (Type argument : p.getActualTypeArguments()) {
                names.addAll(namesIn(argument));
            }
        } else if (type instanceof WildcardType w) {
            for (Type bound : w.getUpperBounds()) {
                names.addAll(namesIn(bound));
            }
        }
        return names;
    }
}
