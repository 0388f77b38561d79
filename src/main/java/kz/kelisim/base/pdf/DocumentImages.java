package kz.kelisim.base.pdf;

import java.util.LinkedHashMap;
import java.util.Map;

import org.openpdf.text.BadElementException;
import org.openpdf.text.Image;
import org.xhtmlrenderer.extend.FSImage;
import org.xhtmlrenderer.pdf.ITextFSImage;
import org.xhtmlrenderer.pdf.ITextOutputDevice;
import org.xhtmlrenderer.pdf.ITextRenderer;
import org.xhtmlrenderer.pdf.ITextUserAgent;
import org.xhtmlrenderer.resource.ImageResource;
import org.xhtmlrenderer.util.ImageUtil;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * Where a renderer gets a document's images. Images given as data URIs (a template's emblem, seal and
 * signatures, the same in every certificate of a run) are decoded once and copied for each document
 * instead of being decoded again every time; an image whose source is {@code qr:<text>} is a QR code of
 * the text, drawn straight into a one-bit image (no PNG written and read back). Belongs to one renderer,
 * so to one thread.
 */
final class DocumentImages extends ITextUserAgent {

    static final String QR = "qr:";

    /** Pixels per module: about 250 dpi when printed at 3 cm. */
    private static final int MODULE_PIXELS = 6;

    /** The distinct data-URI images kept: a document has a handful; the least recently used go first. */
    private static final int KEPT = 8;

    private final Map<String, ImageResource> decoded = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, ImageResource> eldest) {
            return size() > KEPT;
        }
    };

    DocumentImages(ITextOutputDevice device) {
        super(device, ITextRenderer.DEFAULT_DOTS_PER_PIXEL);
    }

    @Override
    public ImageResource getImageResource(String uri) {
        if (uri != null && uri.startsWith(QR)) {
            return new ImageResource(uri, new ITextFSImage(qrCode(uri.substring(QR.length()))));
        }
        if (uri == null || !ImageUtil.isEmbeddedBase64Image(uri)) {
            return super.getImageResource(uri);
        }
        ImageResource kept = decoded.get(uri);
        if (kept == null) {
            kept = super.getImageResource(uri);
            if (!(kept.getImage() instanceof ITextFSImage)) {
                return kept;
            }
            decoded.put(uri, kept);
        }
        // each document gets its own copy: the renderer scales the image it is given
        return new ImageResource(uri, (FSImage) ((ITextFSImage) kept.getImage()).clone());
    }

    /** The text as a QR code, black on white with the standard quiet zone, medium error correction. */
    static Image qrCode(String text) {
        try {
            // medium error correction survives a fold or a stamp across the code
            BitMatrix modules = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4));
            int size = modules.getWidth() * MODULE_PIXELS;
            int rowBytes = (size + 7) / 8;
            // one bit per pixel, DeviceGray: 1 is white; written a module row at a time
            byte[] pixels = new byte[rowBytes * size];
            byte[] row = new byte[rowBytes];
            for (int moduleY = 0; moduleY < modules.getHeight(); moduleY++) {
                java.util.Arrays.fill(row, (byte) 0);
                for (int x = 0; x < size; x++) {
                    if (!modules.get(x / MODULE_PIXELS, moduleY)) {
                        row[x >> 3] |= (byte) (0x80 >>> (x & 7));
                    }
                }
                for (int y = moduleY * MODULE_PIXELS; y < (moduleY + 1) * MODULE_PIXELS; y++) {
                    System.arraycopy(row, 0, pixels, y * rowBytes, rowBytes);
                }
            }
            Image image = Image.getInstance(size, size, 1, 1, pixels);
            float dots = ITextRenderer.DEFAULT_DOTS_PER_PIXEL;
            image.scaleAbsolute(size * dots, size * dots);
            return image;
        } catch (WriterException e) {
            throw new IllegalArgumentException("Cannot encode as a QR code: " + text, e);
        } catch (BadElementException e) {
            throw new IllegalStateException(e);
        }
    }
}
