package kz.kelisim.course;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Reads the text files of a course folder: UTF-8 or a named problem, never silently garbled. */
public final class TextFiles {

    private TextFiles() {
    }

    /**
     * The file's text without a leading byte order mark; null after adding a problem for
     * {@code reported} (the file as authors name it): {@code encoding-not-utf8} at the line of the
     * first byte that is not UTF-8 (a file saved in Windows-1251, say), or {@code read-failed}.
     */
    public static String readUtf8(Path file, String reported, List<ContentProblem> problems) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            problems.add(new ContentProblem(reported, 0, "read-failed", List.of(reported)));
            return null;
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        // UTF-8 never gives more chars than bytes, so the buffer cannot overflow
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int at = in.position();
            problems.add(new ContentProblem(reported, lineAt(bytes, at), "encoding-not-utf8",
                    List.of(String.format("0x%02X", bytes[at] & 0xFF))));
            return null;
        }
        String text = out.flip().toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** The 1-based line of a byte: a newline byte is never part of a longer UTF-8 sequence. */
    private static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
