package kz.kelisim.seminar;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import kz.kelisim.base.ZipLimits;

/**
 * The kinds of file a group may attach, recognised by their content, not only their name: a file
 * called "report.pdf" must start as a PDF does, a ".docx" must be a ZIP holding a Word document.
 */
enum AttachmentTypes {

    PDF("pdf", "application/pdf"),
    DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    PNG("png", "image/png"),
    JPG("jpg", "image/jpeg");

    static final int MAX_BYTES = 5 * 1024 * 1024;
    private static final byte[] PDF_MAGIC = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

    private final String extension;
    private final String mediaType;

    AttachmentTypes(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    String mediaType() {
        return mediaType;
    }

    /** The type the name claims and the content confirms; empty if either says otherwise. */
    static Optional<AttachmentTypes> of(String fileName, byte[] content) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        String extension = lower.substring(lower.lastIndexOf('.') + 1);
        if (extension.equals("jpeg")) {
            extension = "jpg";
        }
        for (AttachmentTypes type : values()) {
            if (type.extension.equals(extension) && lower.contains(".")) {
                return type.matches(content) ? Optional.of(type) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    private boolean matches(byte[] content) {
        return switch (this) {
            case PDF -> startsWith(content, PDF_MAGIC);
            case PNG -> startsWith(content, PNG_MAGIC);
            case JPG -> startsWith(content, JPG_MAGIC);
            case DOCX -> startsWith(content, ZIP_MAGIC) && zipHolds(content, "word/document.xml");
            case XLSX -> startsWith(content, ZIP_MAGIC) && zipHolds(content, "xl/workbook.xml");
        };
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }

    private static boolean zipHolds(byte[] content, String entryName) {
        if (ZipLimits.exceeded(content)) {
            return false;
        }
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals(entryName)) {
                    return true;
                }
            }
            return false;
        } catch (IOException | IllegalArgumentException broken) {
            return false;
        }
    }
}
