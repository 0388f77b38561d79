package kz.kelisim.base;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * A file name as people gave it, made safe to keep and to send back: no folders, no quotes,
 * semicolons, control or other characters that mean something in a header or on a disk, at most
 * {@link #MAX_LENGTH} characters with the extension kept. Letters of every script stay
 * («Топ-жұмысы ә.docx» is kept as it is).
 */
public final class FileNames {

    public static final int MAX_LENGTH = 150;

    /** Characters with a meaning in Content-Disposition, in a shell or on Windows and macOS disks. */
    private static final Pattern UNSAFE = Pattern.compile("[\\p{Cntrl}\\p{Cf}\"';:*?<>|=%`$\\\\/]");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private FileNames() {
    }

    /** The safe form of the name; empty when nothing of it is left (the caller refuses such a file). */
    public static String safe(String given) {
        if (given == null) {
            return "";
        }
        String name = Normalizer.normalize(given, Normalizer.Form.NFC);
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = SPACES.matcher(UNSAFE.matcher(name).replaceAll(" ")).replaceAll(" ").strip();
        name = name.replaceFirst("^[.\\s-]+", "");
        if (name.length() > MAX_LENGTH) {
            int dot = name.lastIndexOf('.');
            String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
            name = name.substring(0, MAX_LENGTH - extension.length()).strip() + extension;
        }
        return name;
    }
}
