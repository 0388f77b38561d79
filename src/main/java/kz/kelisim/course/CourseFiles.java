package kz.kelisim.course;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Which files a course may carry, and how they are served. */
final class CourseFiles {

    static final long MAX_BYTES = 20L * 1024 * 1024;
    static final Set<String> IMAGE_TYPES = Set.of("png", "jpg", "jpeg", "gif", "webp");
    static final Set<String> ATTACHMENT_TYPES = Set.of("pdf", "txt", "docx", "xlsx", "pptx", "odt", "ods", "odp",
            "png", "jpg", "jpeg", "gif", "webp");

    private static final Map<String, String> MEDIA_TYPES = Map.ofEntries(
            Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"), Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"), Map.entry("webp", "image/webp"), Map.entry("pdf", "application/pdf"),
            Map.entry("txt", "text/plain;charset=UTF-8"),
            Map.entry("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            Map.entry("pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
            Map.entry("odt", "application/vnd.oasis.opendocument.text"),
            Map.entry("ods", "application/vnd.oasis.opendocument.spreadsheet"),
            Map.entry("odp", "application/vnd.oasis.opendocument.presentation"));

    private CourseFiles() {
    }

    static String extension(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? "" : path.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    static String mediaType(String path) {
        return MEDIA_TYPES.getOrDefault(extension(path), "application/octet-stream");
    }
}
