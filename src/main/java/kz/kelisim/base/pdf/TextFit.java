package kz.kelisim.base.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * Font sizes that make texts of any length fit a fixed box on a printed page, found by measuring
 * the words with the font the renderer will use and wrapping them as it does (at spaces; a word
 * wider than the line breaks inside, as CSS {@code overflow-wrap: break-word} lets it). Measuring
 * once at 1 pt is enough: widths grow in proportion to the size.
 */
public final class TextFit {

    private static final float POINTS_PER_MM = 72f / 25.4f;
    /** Room left on every line for what measuring cannot know (rounding in the layout). */
    private static final float SLACK = 0.97f;
    private static final float STEP = 0.25f;

    private TextFit() {
    }

    /**
     * The largest size from {@code maxPt} down to {@code minPt} (in steps of a quarter point) at which
     * the paragraphs, each starting on a new line, take at most {@code maxLines} lines in all and at
     * most the box's height; {@code minPt} when none does (the box then clips what is left).
     *
     * @param lineHeight the CSS line-height of the box, as a factor of the size
     */
    public static float size(List<String> paragraphs, PdfDocuments.Face face, float widthMm, float heightMm,
            float lineHeight, int maxLines, float maxPt, float minPt) {
        List<float[]> measured = new ArrayList<>(paragraphs.size());
        for (String paragraph : paragraphs) {
            if (paragraph != null && !paragraph.isBlank()) {
                measured.add(wordWidths(paragraph, face));
            }
        }
        float space = face.width(" ");
        float width = widthMm * POINTS_PER_MM * SLACK;
        float height = heightMm * POINTS_PER_MM;
        for (float size = maxPt; size >= minPt; size -= STEP) {
            int lines = 0;
            for (float[] words : measured) {
                lines += lines(words, space, size, width);
            }
            if (lines <= maxLines && lines * size * lineHeight <= height) {
                return size;
            }
        }
        return minPt;
    }

    /** How many lines the text takes at the size in a box of the width (millimetres). */
    public static int lines(String text, PdfDocuments.Face face, float sizePt, float widthMm) {
        return lines(wordWidths(text, face), face.width(" "), sizePt, widthMm * POINTS_PER_MM * SLACK);
    }

    private static float[] wordWidths(String text, PdfDocuments.Face face) {
        String[] words = text.strip().split("\\s+");
        float[] widths = new float[words.length];
        for (int i = 0; i < words.length; i++) {
            widths[i] = face.width(words[i]);
        }
        return widths;
    }

    private static int lines(float[] words, float space, float size, float width) {
        int lines = 1;
        float line = 0;
        for (float word : words) {
            float w = word * size;
            if (w > width) {
                // a word longer than the line breaks inside; it starts a line of its own
                lines += (line > 0 ? 1 : 0) + (int) Math.ceil(w / width) - 1;
                line = w % width;
                continue;
            }
            float needed = line == 0 ? w : line + space * size + w;
            if (needed <= width) {
                line = needed;
            } else {
                lines++;
                line = w;
            }
        }
        return lines;
    }
}
