package kz.kelisim.base;

import java.io.IOException;
import java.io.InputStream;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * Checks a ZIP container (XLSX, DOCX) before any parser reads it: at most so many entries and so
 * many bytes once unpacked, counted while unpacking through one small buffer, so a "zip bomb" (a
 * 200 KB spreadsheet whose shared strings unpack to 200 MB) is refused in a fraction of a second
 * without ever being held in memory.
 */
public final class ZipLimits {

    /** What office files of the sizes Kelisim accepts unpack to, with room to spare. */
    public static final int MAX_ENTRIES = 1_000;
    public static final long MAX_UNPACKED_BYTES = 50L * 1024 * 1024;

    private ZipLimits() {
    }

    /** True when the bytes start as a ZIP file does. */
    public static boolean isZip(byte[] bytes) {
        return bytes != null && bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3
                && bytes[3] == 4;
    }

    /**
     * True when the ZIP holds more entries or unpacks to more bytes than the limits allow; false
     * when it is within them, and when it cannot be read as a ZIP at all (the parser then says the
     * file is damaged, which is what it is).
     */
    public static boolean exceeded(byte[] zip) {
        return exceeded(zip, MAX_ENTRIES, MAX_UNPACKED_BYTES);
    }

    static boolean exceeded(byte[] zip, int maxEntries, long maxUnpackedBytes) {
        if (!isZip(zip)) {
            return false;
        }
        byte[] buffer = new byte[16 * 1024];
        long unpacked = 0;
        int entries = 0;
        // the central directory, as office programs read it (spreadsheet writers often leave the sizes
        // in the entries' own headers empty); the sizes it states are not trusted: bytes are counted
        try (ZipFile file = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(zip)).get()) {
            for (ZipArchiveEntry entry : java.util.Collections.list(file.getEntries())) {
                if (++entries > maxEntries) {
                    return true;
                }
                try (InputStream in = file.getInputStream(entry)) {
                    for (int read = in.read(buffer); read > 0; read = in.read(buffer)) {
                        unpacked += read;
                        if (unpacked > maxUnpackedBytes) {
                            return true;
                        }
                    }
                }
            }
            return false;
        } catch (IOException | RuntimeException broken) {
            return false;
        }
    }
}
