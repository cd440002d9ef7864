package fanwen.extract.ofd;

import java.io.Closeable;
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
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.TikaMemoryLimitException;

/**
 * The XML parts of an OFD package, unpacked into a temporary folder of their own for {@code ofdrw}, whose reader
 * works on a folder. The unpacking is ours, not {@code ofdrw}'s: its own {@code ZipUtil} checks entry names with
 * {@code Path.startsWith} on an unnormalised path (so {@code ../../x} passes) and inflates without any bound.
 * Here an entry name that is absolute, holds {@code ..} or a backslash, or resolves outside the folder is refused
 * (the whole package is, it is hostile), only {@code .xml} entries are written (fonts, images and attachments are
 * never inflated), and the entry count and inflated bytes are bounded by {@link OfdLimits}. {@link #close()}
 * deletes the folder.
 */
final class OfdPackage implements Closeable {

    /** The entry at a package's root that makes a zip an OFD (GB/T 33190-2016 §7.1). */
    static final String ROOT_ENTRY = "OFD.xml";

    private final Path root;

    private OfdPackage(Path root) {
        this.root = root;
    }

    /** The folder the package's XML parts were written to. */
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
        OfdPackage unpacked = new OfdPackage(root);
        try (ZipFile zip = open(file)) {
            if (zip.size() > limits.maxEntries()) {
                throw new TikaMemoryLimitException("OFD package has " + zip.size() + " entries, more than "
                        + limits.maxEntries() + ": a zip bomb?");
            }
            if (zip.getEntry(ROOT_ENTRY) == null) {
                throw new TikaException("not an OFD package: no " + ROOT_ENTRY + " at the root of the zip");
            }
            long total = 0;
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
                ZipEntry entry = entries.nextElement();
                Path target = target(root, entry.getName());
                if (entry.isDirectory() || !entry.getName().toLowerCase(Locale.ROOT).endsWith(".xml")
                        || Files.exists(target)) {
                    continue; // a repeated name keeps its first entry, as ZipFile.getEntry does
                }
                Files.createDirectories(target.getParent());
                try (InputStream in = zip.getInputStream(entry);
                     OutputStream out = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW)) {
                    total += copy(in, out, entry.getName(), limits.maxEntryBytes(), limits.maxTotalBytes() - total);
                }
            }
            return unpacked;
        } catch (IOException | TikaException | RuntimeException e) {
            unpacked.close();
            throw e;
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
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
