package kz.kelisim.certificate;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.IntFunction;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import kz.kelisim.base.AcademyTime;
import kz.kelisim.certificate.CertificateViews.CertificateSummary;

/** The registry as an XLSX workbook: one row per certificate, read page by page, dates as ISO text. */
final class RegistryExport {

    static final int PAGE = 500;

    private RegistryExport() {
    }

    /**
     * @param sheetName the worksheet's name (31 characters at most, no {@code []:*?/\\})
     * @param headers the ten column titles in the reader's language: number, holder, title, hours, start,
     *                end, issued on, status, revoked at, reason
     * @param pages   the rows from an offset, {@link #PAGE} at most; fewer at the end
     */
    static byte[] xlsx(String sheetName, List<String> headers, IntFunction<List<CertificateSummary>> pages) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Workbook workbook = new Workbook(bytes, "Kelisim", "1.0")) {
            Worksheet sheet = workbook.newWorksheet(sheetName);
            for (int c = 0; c < headers.size(); c++) {
                sheet.value(0, c, headers.get(c));
                sheet.style(0, c).bold().set();
            }
            int r = 1;
            for (int offset = 0;; offset += PAGE) {
                List<CertificateSummary> page = pages.apply(offset);
                for (CertificateSummary certificate : page) {
                    sheet.value(r, 0, certificate.number());
                    sheet.value(r, 1, certificate.holderName());
                    sheet.value(r, 2, certificate.title());
                    sheet.value(r, 3, certificate.hours());
                    text(sheet, r, 4, certificate.startsOn());
                    text(sheet, r, 5, certificate.endsOn());
                    text(sheet, r, 6, certificate.issuedOn());
                    sheet.value(r, 7, certificate.status().name());
                    text(sheet, r, 8, certificate.revokedAt() == null ? null
                            : AcademyTime.local(certificate.revokedAt()).withNano(0));
                    text(sheet, r, 9, certificate.revocationReason());
                    r++;
                }
                if (page.size() < PAGE) {
                    break;
                }
            }
            sheet.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void text(Worksheet sheet, int r, int c, Object value) {
        if (value != null) {
            sheet.value(r, c, value.toString());
        }
    }
}
