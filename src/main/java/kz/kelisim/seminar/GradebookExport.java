package kz.kelisim.seminar;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import kz.kelisim.base.CsvCells;
import kz.kelisim.base.Language;
import kz.kelisim.security.Roles;
import kz.kelisim.seminar.GradebookViews.Gradebook;
import kz.kelisim.seminar.GradebookViews.GradebookRow;

/**
 * The gradebook as a file: CSV (UTF-8 with a byte-order mark, so spreadsheet programs read Kazakh
 * letters right) or XLSX. The IIN column is there only when staff ask for it; the headers are in
 * the reader's language, given by the caller. A CSV for a Kazakh or Russian reader is written as
 * Excel set to those languages reads it: {@code ;} between cells and a decimal comma; for an English
 * reader {@code ,} and a decimal point.
 */
@Service
public class GradebookExport {


    private final GradebookService gradebooks;

    GradebookExport(GradebookService gradebooks) {
        this.gradebooks = gradebooks;
    }

    /** The column headers, in order: name, [IIN], group, region, pre-test, final test, exercises, attendance. */
    public record Headers(String name, String iin, String group, String region, String preTest, String finalTest,
            String exercises, String attendance) {
    }

    @PreAuthorize(Roles.RUNS_TRAINING)
    public byte[] csv(long seminarId, Language language, boolean withIin, Headers headers) {
        Gradebook book = gradebooks.gradebook(seminarId, language, withIin);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        boolean decimalComma = decimalComma(language);
        try (CSVPrinter printer = new CSVPrinter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8),
                CSVFormat.EXCEL.builder().setDelimiter(decimalComma ? ';' : ',')
                        .setHeader(header(headers, withIin).toArray(String[]::new)).get())) {
            for (GradebookRow row : book.rows()) {
                printer.printRecord(cells(row, withIin).stream()
                        .map(cell -> cell instanceof Double number ? decimal(number, decimalComma)
                                : cell instanceof String text ? CsvCells.neutral(text) : cell)
                        .toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] body = bytes.toByteArray();
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        return withBom;
    }

    @PreAuthorize(Roles.RUNS_TRAINING)
    public byte[] xlsx(long seminarId, Language language, boolean withIin, Headers headers) {
        Gradebook book = gradebooks.gradebook(seminarId, language, withIin);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Workbook workbook = new Workbook(bytes, "Kelisim", "1.0")) {
            Worksheet sheet = workbook.newWorksheet(sheetName(book.title()));
            List<String> header = header(headers, withIin);
            for (int c = 0; c < header.size(); c++) {
                sheet.value(0, c, header.get(c));
                sheet.style(0, c).bold().set();
            }
            int r = 1;
            for (GradebookRow row : book.rows()) {
                List<Object> cells = cells(row, withIin);
                for (int c = 0; c < cells.size(); c++) {
                    Object cell = cells.get(c);
                    if (cell instanceof Number number) {
                        sheet.value(r, c, number);
                    } else if (cell != null) {
                        sheet.value(r, c, cell.toString());
                    }
                }
                r++;
            }
            sheet.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static String decimal(double value, boolean comma) {
        String plain = java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        return comma ? plain.replace('.', ',') : plain;
    }

    /** Kazakh and Russian readers (and their Excel) write decimals with a comma, so cells are split by {@code ;}. */
    public static boolean decimalComma(Language language) {
        return language != Language.EN;
    }

    private static List<String> header(Headers headers, boolean withIin) {
        List<String> header = new ArrayList<>(List.of(headers.name()));
        if (withIin) {
            header.add(headers.iin());
        }
        header.addAll(List.of(headers.group(), headers.region(), headers.preTest(), headers.finalTest(),
                headers.exercises(), headers.attendance()));
        return header;
    }

    private static List<Object> cells(GradebookRow row, boolean withIin) {
        List<Object> cells = new ArrayList<>();
        cells.add(row.fullName());
        if (withIin) {
            // text, so the leading zero of an IIN born in the 2000s survives
            cells.add(row.iin() == null ? "" : row.iin());
        }
        cells.add(row.group() == null ? "" : row.group());
        cells.add(row.region() == null ? "" : row.region());
        Function<Double, Object> percent = value -> value == null ? null : Math.round(value * 10) / 10.0;
        cells.add(percent.apply(row.preTest()));
        cells.add(percent.apply(row.finalTest()));
        cells.add(percent.apply(row.exercises()));
        cells.add(row.attendance());
        return cells;
    }

    /** Excel sheet names: at most 31 characters, none of : \ / ? * [ ]. */
    private static String sheetName(String title) {
        String clean = title.replaceAll("[:\\\\/?*\\[\\]]", " ").strip();
        return clean.isEmpty() ? "Kelisim" : clean.substring(0, Math.min(31, clean.length()));
    }
}
