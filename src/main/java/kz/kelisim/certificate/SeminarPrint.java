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

    /**
     * The PDFs' pages in order, copied unchanged (fonts and images as embedded; the digital
     * signatures stay with the single files, a print copy needs none).
     */
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

    /**
     * The name of a certificate's file: its number and holder, with what a file system or an archive
     * program would stumble on (path separators, control and reserved characters) left out.
     */
    static String fileName(String number, String holder) {
        String safe = holder.replaceAll("[\\p{Cntrl}\\\\/:*?\"<>|]", "").replaceAll("\\s+", " ").strip();
        if (safe.length() > 100) {
            safe = safe.substring(0, 100).strip();
        }
        return (safe.isEmpty() ? number : number + " " + safe) + ".pdf";
    }

    /** One entry per certificate, named as given ({@link #fileName}; numbers keep the names apart), in UTF-8. */
    static byte[] zip(Map<String, byte[]> files) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
