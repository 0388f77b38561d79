package kz.kelisim.certificate;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.openpdf.text.Document;
import org.openpdf.text.pdf.PdfCopy;
import org.openpdf.text.pdf.PdfReader;

/** A seminar's certificates for printing: the stored PDFs one after another in one file, or zipped. */
final class SeminarPrint {

    private SeminarPrint() {
    }

    /** The PDFs' pages in order, copied unchanged (fonts and images as embedded). */
    static byte[] merged(Map<String, byte[]> files) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document();
        try {
            PdfCopy copy = new PdfCopy(document, out);
            document.open();
            if (files.isEmpty()) {
                copy.setPageEmpty(false);
                document.newPage();
            }
            for (byte[] file : files.values()) {
                PdfReader reader = new PdfReader(file);
                for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                    copy.addPage(copy.getImportedPage(reader, page));
                }
                copy.freeReader(reader);
                reader.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            document.close();
        }
        return out.toByteArray();
    }

    /** One entry per certificate, named by its number. */
    static byte[] zip(Map<String, byte[]> files) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey() + ".pdf"));
                zip.write(file.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
