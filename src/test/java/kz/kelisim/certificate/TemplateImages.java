package kz.kelisim.certificate;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;

import javax.imageio.ImageIO;

/** Small real PNG and JPEG images for the certificate template, and files that only pretend to be. */
public final class TemplateImages {

    private TemplateImages() {
    }

    /** A PNG of the given size with a stroke of the given colour, so each image is its own. */
    public static byte[] png(int width, int height, Color colour) {
        return image("png", BufferedImage.TYPE_INT_ARGB, width, height, colour);
    }

    public static byte[] jpeg(int width, int height, Color colour) {
        return image("jpg", BufferedImage.TYPE_INT_RGB, width, height, colour);
    }

    /** Starts as a PNG does and is larger than 500 KB. */
    public static byte[] oversizedPng() {
        byte[] png = png(40, 20, Color.BLUE);
        byte[] big = Arrays.copyOf(png, 500 * 1024 + 1);
        return big;
    }

    /** A GIF header: an image, but not one the template takes. */
    public static byte[] gif() {
        return "GIF89a\u0001\u0000\u0001\u0000".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    private static byte[] image(String format, int type, int width, int height, Color colour) {
        BufferedImage image = new BufferedImage(width, height, type);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(Color.WHITE);
        graphics.fillRect(0, 0, width, height);
        graphics.setColor(colour);
        graphics.drawLine(0, height - 1, width - 1, 0);
        graphics.dispose();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, format, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
