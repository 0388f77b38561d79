package kz.kelisim.base;

/**
 * Text written into a CSV file that a spreadsheet would otherwise run as a formula (a name typed as
 * {@code =HYPERLINK(...)}, {@code @SUM(...)}, {@code +cmd|...}, {@code -2+3}): OWASP's rule, a cell
 * beginning with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return gets a
 * leading apostrophe, which Excel and LibreOffice show as plain text and do not print.
 */
public final class CsvCells {

    private CsvCells() {
    }

    public static String neutral(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        return switch (text.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + text;
            default -> text;
        };
    }
}
