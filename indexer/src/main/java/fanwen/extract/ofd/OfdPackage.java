package fanwen.extract.ofd;

import java.io.Closeable;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.TikaMemoryLimitException;

/**
 * An OFD package unpacked into a temporary folder of its own for {@code ofdrw}, whose reader works on a folder:
 * its XML parts at once, any other part (an image to OCR) only when {@link #part} asks for it. The unpacking is
 * ours, not {@code ofdrw}'s: its own {@code ZipUtil} checks entry names with {@code Path.startsWith} on an
 * unnormalised path (so {@code ../../x} passes) and inflates without any bound. Here an entry name that is
 * absolute, holds {@code ..} or a backslash, or resolves outside the folder is refused (the whole package is, it is
 * hostile); of the other entries only the {@code .xml} ones are written at once (fonts, images and attachments are
 * not inflated unless asked for), but every entry's folder is made, so that {@code ofdrw}, which looks for a
 * resource's folder on disk when it resolves the resource's location, resolves it as in the whole package. The entry
 * count and inflated bytes are bounded by {@link OfdLimits}, the parts asked for later included. {@link #close()}
 * deletes the folder.
 */
final class OfdPackage implements Closeable {

    /** The entry at a package's root that makes a zip an OFD (GB/T 33190-2016 §7.1). */
    static final String ROOT_ENTRY = "OFD.xml";

    private final Path root;
    private final ZipFile zip;
    private final OfdLimits limits;
    private long inflated;

    private OfdPackage(Path root, ZipFile zip, OfdLimits limits) {
        this.root = root;
        this.zip = zip;
        this.limits = limits;
    }

    /** The folder the package is unpacked into. */
    Path root() {
        return root;
    }

    /** Opens a zip, reading its entry names as UTF-8, or as GB18030 when they are not UTF-8 (older producers). */
    static ZipFile open(Path file) throws IOException {
        try {
            return new ZipFile(file.toFile(), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException | java.util.zip.ZipException e) {
            return new ZipFile(file.toFile(), Charset.forName("GB18030"));
        }
    }

    static OfdPackage unpack(Path file, OfdLimits limits) throws IOException, TikaException {
        Path root = Files.createTempDirectory("fanwen-ofd-").toRealPath();
        ZipFile zip;
        try {
            zip = open(file);
        } catch (IOException | RuntimeException e) {
            Files.delete(root);
            throw e;
        }
        OfdPackage unpacked = new OfdPackage(root, zip, limits);
        try {
            if (zip.size() > limits.maxEntries()) {
                throw new TikaMemoryLimitException("OFD package has " + zip.size() + " entries, more than "
                        + limits.maxEntries() + ": a zip bomb?");
            }
            if (zip.getEntry(ROOT_ENTRY) == null) {
                throw new TikaException("not an OFD package: no " + ROOT_ENTRY + " at the root of the zip");
            }
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
                ZipEntry entry = entries.nextElement();
                Path target = target(root, entry.getName());
                Files.createDirectories(entry.isDirectory() ? target : target.getParent());
                if (!entry.isDirectory() && entry.getName().toLowerCase(Locale.ROOT).endsWith(".xml")) {
                    unpacked.write(entry, target);
                }
            }
            return unpacked;
        } catch (IOException | TikaException | RuntimeException e) {
            unpacked.close();
            throw e;
        }
    }

    /**
     * A part of the package by its location in the package ({@code /Doc_0/Res/scan.png}, as {@code ofdrw} resolves
     * a resource's location; a leading {@code /} or none is the same), inflated into the folder if it was not yet;
     * empty when the package has no such entry. A location that leads outside the package is refused, even when
     * it names a file that is there: nothing outside the folder is ever read.
     */
    Optional<Path> part(String location) throws IOException, TikaException {
        String name = location.replaceFirst("^/+", "");
        Path target = name.isEmpty() || name.indexOf('\\') >= 0 || name.indexOf('\0') >= 0 ? null
                : root.resolve(name).normalize();
        if (target == null || !target.startsWith(root) || target.equals(root)) {
            throw new TikaException("OFD resource location is not inside the package: " + location);
        }
        if (Files.isRegularFile(target)) {
            return Optional.of(target);
        }
        ZipEntry entry = zip.getEntry(root.relativize(target).toString().replace(File.separatorChar, '/'));
        if (entry == null || entry.isDirectory() || Files.exists(target)) {
            return Optional.empty();
        }
        Files.createDirectories(target.getParent());
        write(entry, target);
        return Optional.of(target);
    }

    /** Inflates an entry into a new file, within the limits of one part and of all parts together. */
    private void write(ZipEntry entry, Path target) throws IOException, TikaException {
        if (Files.exists(target)) {
            return; // a repeated name keeps its first entry, as ZipFile.getEntry does
        }
        try (InputStream in = zip.getInputStream(entry);
             OutputStream out = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW)) {
            inflated += copy(in, out, entry.getName(), limits.maxEntryBytes(), limits.maxTotalBytes() - inflated);
        }
    }

    /**
     * Where an entry goes under the root; a hostile name is refused. Checked on the name's own segments (no
     * {@code ..} at all, even one that would stay inside) and again on the normalised result.
     */
    private static Path target(Path root, String name) throws TikaException {
        boolean unsafe = name.isEmpty() || name.startsWith("/") || name.indexOf('\\') >= 0 || name.indexOf(':') >= 0
                || name.indexOf('\0') >= 0 || Stream.of(name.split("/")).anyMatch(".."::equals);
        Path target = unsafe ? null : root.resolve(name).normalize();
        if (target == null || !target.startsWith(root) || target.equals(root)) {
            throw new TikaException("OFD entry name points outside the package (zip slip): " + name);
        }
        return target;
    }

    /** Copies at most {@code maxBytes} (and at most {@code remainingTotal}); more is a bomb. */
    private static long copy(InputStream in, OutputStream out, String name, long maxBytes, long remainingTotal)
            throws IOException, TikaException {
        byte[] buffer = new byte[64 * 1024];
        long copied = 0;
        for (int n; (n = in.read(buffer)) > 0; ) {
            copied += n;
            if (copied > maxBytes || copied > remainingTotal) {
                throw new TikaMemoryLimitException("OFD part " + name + " inflates past "
                        + Math.min(maxBytes, remainingTotal) + " bytes: a zip bomb?");
            }
            out.write(buffer, 0, n);
        }
        return copied;
    }

    @Override
    public void close() throws IOException {
        try (zip; Stream<Path> paths = Files.exists(root) ? Files.walk(root) : Stream.empty()) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
