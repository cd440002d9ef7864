package fanwen.extract;

import java.util.Locale;

/** The extension of a file name, the one fact about names that extraction relies on. */
public final class FileNames {

    private FileNames() {
    }

    /** The lower-case extension without the dot, or {@code ""}; {@code a.tar.gz} gives {@code gz}. */
    public static String extension(String fileName) {
        String name = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
        int dot = name.lastIndexOf('.');
        return dot <= 0 || dot == name.length() - 1 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
