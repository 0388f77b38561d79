package kz.kelisim.course;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
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
     * The file's text without a leading byte order mark; null after adding a {@code not-utf8} or
     * {@code read-failed} problem for {@code reported} (the file as authors name it).
     */
    public static String readUtf8(Path file, String reported, List<ContentProblem> problems) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            problems.add(new ContentProblem(reported, 0, "not-utf8", List.of()));
        } catch (IOException e) {
            problems.add(new ContentProblem(reported, 0, "read-failed", List.of(reported)));
        }
        return null;
    }
}
