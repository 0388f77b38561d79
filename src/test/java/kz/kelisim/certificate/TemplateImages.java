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

    /** PNG's eight magic bytes followed by text: what a renamed file or a crafted upload looks like. */
    public static byte[] pngMagicOnly() {
        byte[] magic = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
        byte[] rest = "this is not an image at all".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] fake = Arrays.copyOf(magic, magic.length + rest.length);
        System.arraycopy(rest, 0, fake, magic.length, rest.length);
        return fake;
    }

    /** A real PNG cut off in the middle of its image data. */
    public static byte[] truncatedPng() {
        byte[] png = png(200, 200, Color.GREEN);
        return Arrays.copyOf(png, png.length / 2);
    }

    /**
     * Puts a seal that is no image into the saved template, as one stored before uploads were read
     * (the template must be saved already).
     */
    public static void storeUnreadableSeal(org.springframework.context.ApplicationContext context) {
        CertificateTemplateRepository templates = context.getBean(CertificateTemplateRepository.class);
        CertificateTemplate template = templates.findById(CertificateTemplate.ID).orElseThrow();
        template.update(template.form().withImages(null, null, pngMagicOnly(), null), java.time.Instant.now(), 1);
        templates.save(template);
    }

    /** A round blue seal with its text around the edge, on a transparent ground, like a stamp. */
    public static byte[] seal(int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        java.awt.Graphics2D g = image.createGraphics();
        g.setRenderingHint(java.awt.RenderingHints.KEY_ANTIALIASING, java.awt.RenderingHints.VALUE_ANTIALIAS_ON);
        Color ink = new Color(30, 60, 160, 200);
        g.setColor(ink);
        g.setStroke(new java.awt.BasicStroke(size / 40f));
        g.drawOval(size / 40, size / 40, size - size / 20, size - size / 20);
        g.drawOval(size / 5, size / 5, size * 3 / 5, size * 3 / 5);
        g.setFont(new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.BOLD, size / 12));
        String text = "МЕМЛЕКЕТТІК БАСҚАРУ АКАДЕМИЯСЫ * АСТАНА * ";
        double radius = size * 0.40;
        for (int i = 0; i < text.length(); i++) {
            double angle = 2 * Math.PI * i / text.length() - Math.PI / 2;
            java.awt.geom.AffineTransform saved = g.getTransform();
            g.translate(size / 2 + radius * Math.cos(angle), size / 2 + radius * Math.sin(angle));
            g.rotate(angle + Math.PI / 2);
            g.drawString(String.valueOf(text.charAt(i)), -size / 40, size / 40);
            g.setTransform(saved);
        }
        g.setFont(new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.BOLD, size / 7));
        java.awt.FontMetrics metrics = g.getFontMetrics();
        g.drawString("МБА", (size - metrics.stringWidth("МБА")) / 2, size / 2 + metrics.getAscent() / 3);
        g.dispose();
        return write(image, "png");
    }

    /** A handwritten-looking signature stroke in dark blue ink on a transparent ground. */
    public static byte[] signature(int width, int height, long seed) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        java.awt.Graphics2D g = image.createGraphics();
        g.setRenderingHint(java.awt.RenderingHints.KEY_ANTIALIASING, java.awt.RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(20, 30, 90));
        g.setStroke(new java.awt.BasicStroke(height / 28f, java.awt.BasicStroke.CAP_ROUND, java.awt.BasicStroke.JOIN_ROUND));
        java.util.Random random = new java.util.Random(seed);
        java.awt.geom.Path2D.Double path = new java.awt.geom.Path2D.Double();
        double x = width * 0.08;
        double y = height * 0.6;
        path.moveTo(x, y);
        while (x < width * 0.85) {
            double step = width * (0.05 + random.nextDouble() * 0.07);
            path.curveTo(x + step * 0.3, height * (0.1 + random.nextDouble() * 0.3), x + step * 0.7,
                    height * (0.6 + random.nextDouble() * 0.3), x + step, height * (0.35 + random.nextDouble() * 0.3));
            x += step;
        }
        path.curveTo(width * 0.9, height * 0.2, width * 0.3, height * 0.95, width * 0.95, height * 0.75);
        g.draw(path);
        g.dispose();
        return write(image, "png");
    }

    /** An emblem: a teal disc in a gold ring with a white shanyrak-like crown of rays. */
    public static byte[] emblem(int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        java.awt.Graphics2D g = image.createGraphics();
        g.setRenderingHint(java.awt.RenderingHints.KEY_ANTIALIASING, java.awt.RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(184, 147, 61));
        g.fillOval(0, 0, size, size);
        g.setColor(new Color(22, 54, 92));
        g.fillOval(size / 14, size / 14, size - size / 7, size - size / 7);
        g.setColor(Color.WHITE);
        g.setStroke(new java.awt.BasicStroke(size / 40f));
        for (int i = 0; i < 16; i++) {
            double angle = Math.PI * 2 * i / 16;
            g.drawLine(size / 2, size / 2, (int) (size / 2 + Math.cos(angle) * size * 0.36),
                    (int) (size / 2 + Math.sin(angle) * size * 0.36));
        }
        g.setColor(new Color(22, 54, 92));
        g.fillOval(size * 3 / 8, size * 3 / 8, size / 4, size / 4);
        g.setColor(new Color(184, 147, 61));
        g.fillOval(size * 7 / 16, size * 7 / 16, size / 8, size / 8);
        g.dispose();
        return write(image, "png");
    }

    private static byte[] write(BufferedImage image, String format) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, format, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
