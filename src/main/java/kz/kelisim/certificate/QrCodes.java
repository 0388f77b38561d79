package kz.kelisim.certificate;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Map;

import javax.imageio.ImageIO;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/** QR codes as PNG images (ZXing), black on white with the standard quiet zone, for printed certificates. */
final class QrCodes {

    /** Pixels per module: about 250 dpi when printed at 3 cm, small enough to embed in each PDF. */
    private static final int MODULE_PIXELS = 6;

    private QrCodes() {
    }

    static byte[] png(String text) {
        try {
            // medium error correction survives a fold or a stamp across the code
            BitMatrix modules = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4));
            int size = modules.getWidth() * MODULE_PIXELS;
            BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_BYTE_BINARY);
            // one bit per pixel, 1 = white (the default palette); written row by row, not pixel by pixel
            byte[] pixels = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
            int rowBytes = (size + 7) / 8;
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
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(image, "png", png);
            return png.toByteArray();
        } catch (WriterException e) {
            throw new IllegalArgumentException("Cannot encode as a QR code: " + text, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String pngDataUri(String text) {
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png(text));
    }
}
