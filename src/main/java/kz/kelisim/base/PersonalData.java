package kz.kelisim.base;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * What one feature holds about a person, for a personal-data request under Kazakhstan's Law "On
 * Personal Data and Their Protection" (2013): every feature that keeps rows about people implements
 * it, and the people feature puts all of them into one export and one anonymisation.
 */
public interface PersonalData {

    /** The files of this feature's part of the export (CSV or JSON), each named for what it holds. */
    List<File> export(long accountId);

    /**
     * Removes what identifies the person where this feature holds it (name, contacts, IIN), in the
     * caller's transaction; what must stay (a certificate's name as printed) stays.
     */
    default void anonymise(long accountId) {
    }

    /** One file of a personal-data export. */
    record File(String name, byte[] content) {

        /** The rows a query gives for the account (its {@code :id} parameter), as CSV. */
        public static File query(org.springframework.jdbc.core.simple.JdbcClient jdbc, String name, String sql,
                long accountId) {
            return csv(name, jdbc.sql(sql).param("id", accountId).query().listOfRows());
        }

        /** Rows as CSV, a header of the column names first, in UTF-8 with a byte-order mark for spreadsheets. */
        public static File csv(String name, List<Map<String, Object>> rows) {
            StringWriter text = new StringWriter();
            text.write('\uFEFF');
            try (CSVPrinter csv = new CSVPrinter(text, CSVFormat.DEFAULT)) {
                if (!rows.isEmpty()) {
                    csv.printRecord(rows.getFirst().keySet().stream().map(column -> column.toLowerCase(java.util.Locale.ROOT))
                            .toList());
                }
                for (Map<String, Object> row : rows) {
                    List<String> cells = new ArrayList<>();
                    row.values().forEach(value -> cells.add(CsvCells.neutral(text(value))));
                    csv.printRecord(cells);
                }
            } catch (IOException impossible) {
                throw new UncheckedIOException(impossible);
            }
            return new File(name, text.toString().getBytes(StandardCharsets.UTF_8));
        }

        private static String text(Object value) {
            try {
                if (value == null) {
                    return "";
                }
                if (value instanceof Clob clob) {
                    return clob.getSubString(1, (int) clob.length());
                }
                if (value instanceof Blob blob) {
                    return "(" + blob.length() + " bytes)";
                }
                if (value instanceof byte[] bytes) {
                    return "(" + bytes.length + " bytes)";
                }
                return value.toString();
            } catch (SQLException unreadable) {
                throw new IllegalStateException(unreadable);
            }
        }
    }
}
