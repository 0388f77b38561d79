package kz.kelisim.seminar;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** Participant lists for tests, written with the same libraries trainers' files are read with. */
public final class ParticipantLists {

    private ParticipantLists() {
    }

    /** A valid IIN nobody else has (a random birth date and serial, the right check digit). */
    public static String newIin() {
        return newIinBornOn(LocalDate.of(1950, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(20_000)));
    }

    /** A valid IIN of someone born that day. */
    public static String newIinBornOn(LocalDate born) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        while (true) {
            String first11 = String.format("%02d%02d%02d%d%04d", born.getYear() % 100, born.getMonthValue(),
                    born.getDayOfMonth(), born.getYear() >= 2000 ? 5 + random.nextInt(2) : 3 + random.nextInt(2),
                    random.nextInt(10_000));
            int check = Iin.checkDigit(first11 + "0");
            if (check != 10) {
                return first11 + check;
            }
        }
    }

    /** The IIN with a wrong check digit. */
    public static String withWrongCheckDigit(String iin) {
        int right = iin.charAt(11) - '0';
        return iin.substring(0, 11) + (right + 1) % 10;
    }

    /** A CSV file in UTF-8 with a BOM (as Excel writes "CSV UTF-8"), separated by the delimiter. */
    public static byte[] csv(char delimiter, List<List<String>> rows) {
        StringBuilder text = new StringBuilder("\uFEFF");
        try (CSVPrinter printer = new CSVPrinter(text, CSVFormat.DEFAULT.builder().setDelimiter(delimiter).get())) {
            for (List<String> row : rows) {
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * An XLSX workbook with the rows on its first sheet; a cell whose text is all digits and starts
     * with {@code #} is written as a number (as Excel keeps an IIN typed into a plain cell); a null
 * value leaves no cell there.
     */
    public static byte[] xlsx(List<List<String>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "Kelisim", "1.0");
            Worksheet sheet = workbook.newWorksheet("Тізім");
            for (int r = 0; r < rows.size(); r++) {
                for (int c = 0; c < rows.get(r).size(); c++) {
                    String value = rows.get(r).get(c);
                    if (value == null) {
                        continue; // no cell at all, as Excel leaves a cell nobody typed into
                    }
                    if (value.startsWith("#")) {
                        sheet.value(r, c, Long.parseLong(value.substring(1)));
                    } else {
                        sheet.value(r, c, value);
                    }
                }
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * A "zip bomb" shaped as a workbook: a few hundred kilobytes whose shared strings unpack to the
     * given number of megabytes.
     */
    public static byte[] xlsxUnpackingTo(int megabytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
            zip.setLevel(java.util.zip.Deflater.BEST_COMPRESSION);
            zip.putNextEntry(new java.util.zip.ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            zip.putNextEntry(new java.util.zip.ZipEntry("xl/workbook.xml"));
            zip.write("<workbook/>".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            zip.putNextEntry(new java.util.zip.ZipEntry("xl/sharedStrings.xml"));
            byte[] megabyte = new byte[1024 * 1024];
            java.util.Arrays.fill(megabyte, (byte) 'a');
            for (int i = 0; i < megabytes; i++) {
                zip.write(megabyte);
            }
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
