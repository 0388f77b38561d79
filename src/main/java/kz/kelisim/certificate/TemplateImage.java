package kz.kelisim.certificate;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Base64;
import java.util.Iterator;
import java.util.Optional;
import java.util.Set;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * A signature, seal or emblem image for the certificate template: read with ImageIO and written
 * again as PNG, so what is stored and printed is always an image Kelisim itself wrote (a file that
 * only starts like a PNG, or hides anything after its image, never reaches a certificate). Larger
 * images are scaled down to {@link #MAX_SIDE} pixels on their long side: about 600 dpi at the size
 * they print.
 */
final class TemplateImage {

    static final int MAX_SIDE = 800;
    /** More pixels than this are not decoded at all (a small file may claim a huge picture). */
    private static final long MAX_PIXELS = 25_000_000L;
    private static final Set<String> FORMATS = Set.of("png", "jpeg");

    private TemplateImage() {
    }

    /** The image as a PNG Kelisim wrote, or empty if the bytes are not a readable PNG or JPEG. */
    static Optional<byte[]> normalised(byte[] content) {
        if (content == null || content.length == 0) {
            return Optional.empty();
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            if (in == null) {
                return Optional.empty();
            }
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return Optional.empty();
            }
            ImageReader reader = readers.next();
            try {
                if (!FORMATS.contains(reader.getFormatName().toLowerCase(java.util.Locale.ROOT))) {
                    return Optional.empty();
                }
                reader.setInput(in, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels <= 0 || pixels > MAX_PIXELS) {
                    return Optional.empty();
                }
                BufferedImage image = reader.read(0);
                return Optional.of(png(scaled(image)));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException unreadable) {
            // ImageIO throws runtime exceptions too on some damaged files; either way it is no image
            return Optional.empty();
        }
    }

    /**
     * Width and height in millimetres at which the PNG fills as much of the box as it can without
     * stretching; read from its header (the renderer would otherwise print it at its pixel size).
     */
    static float[] fit(byte[] png, float boxWidthMm, float boxHeightMm) {
        int width = java.nio.ByteBuffer.wrap(png, 16, 4).getInt();
        int height = java.nio.ByteBuffer.wrap(png, 20, 4).getInt();
        float scale = Math.min(boxWidthMm / width, boxHeightMm / height);
        return new float[] {width * scale, height * scale};
    }

    static String dataUri(byte[] png) {
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png);
    }

    private static BufferedImage scaled(BufferedImage image) {
        int longSide = Math.max(image.getWidth(), image.getHeight());
        boolean argb = image.getType() == BufferedImage.TYPE_INT_ARGB;
        if (longSide <= MAX_SIDE && argb) {
            return image;
        }
        double factor = longSide <= MAX_SIDE ? 1 : (double) MAX_SIDE / longSide;
        int width = Math.max(1, (int) Math.round(image.getWidth() * factor));
        int height = Math.max(1, (int) Math.round(image.getHeight() * factor));
        BufferedImage copy = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D graphics = copy.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            graphics.drawImage(image, 0, 0, width, height, null);
        } finally {
            graphics.dispose();
        }
        return copy;
    }

    private static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (!ImageIO.write(image, "png", out)) {
            throw new IOException("No PNG writer");
        }
        return out.toByteArray();
    }
}
