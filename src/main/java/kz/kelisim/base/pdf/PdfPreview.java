package kz.kelisim.base.pdf;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/** A PDF's first page as a PNG image (PDFBox), to show a document inside a page as it will print. */
public final class PdfPreview {

    private PdfPreview() {
    }

    /** The first page scaled to the width in pixels, on white. */
    public static byte[] png(byte[] pdf, int widthPixels) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            float widthPoints = document.getPage(0).getMediaBox().getWidth();
            BufferedImage page = new PDFRenderer(document).renderImage(0, widthPixels / widthPoints, ImageType.RGB);
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(page, "png", png);
            return png.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
