package kz.kelisim.seminar;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;

import kz.kelisim.base.ZipLimits;
import kz.kelisim.seminar.ParticipantImport.Problem;

/**
 * A list of participants as a trainer brings it: a CSV file (UTF-8, with or without a BOM, columns
 * separated by {@code ,} or {@code ;}) or the first sheet of an XLSX workbook, with a header row
 * naming the columns in Kazakh, Russian or English ({@link Column#names}). Reading never refuses a
 * whole file for one bad row: each row keeps its line number and what could not be read.
 */
final class ParticipantList {

    /** The most rows one import takes; a seminar is far smaller. */
    static final int MAX_ROWS = 1000;

    /** The columns of a list, each known by the names trainers write in its header (compared without case, spaces or punctuation). */
    enum Column {
        NAME(true, "fullname", "name", "атыжөні", "тегіатыәкесініңаты", "аты", "фио", "фамилияимяотчество", "имя"),
        IIN(true, "iin", "жсн", "иин"),
        REGION(true, "region", "өңір", "облыс", "регион", "область"),
        ORGANISATION(false, "organisation", "organization", "ұйым", "жұмысорны", "организация", "местоработы"),
        POSITION(false, "position", "jobtitle", "лауазымы", "лауазым", "должность"),
        EMAIL(false, "email", "электрондықпошта", "пошта", "электроннаяпочта", "эпочта", "почта"),
        PHONE(false, "phone", "telephone", "телефон", "тел", "ұялытелефон", "мобильныйтелефон");

        final boolean required;
        final List<String> names;

        Column(boolean required, String... names) {
            this.required = required;
            this.names = List.of(names);
        }

        static Optional<Column> named(String header) {
            String key = header == null ? "" : header.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
            return Arrays.stream(values()).filter(column -> column.names.contains(key)).findFirst();
        }
    }

    /** One row as written, with its line (CSV) or row number (XLSX); {@code badEncoding}: it held bytes that are not UTF-8. */
    record Row(int line, Map<Column, String> cells, boolean badEncoding) {

        String get(Column column) {
            String value = cells.get(column);
            return value == null ? "" : value.strip();
        }
    }

    /** What was read: the rows, or why the file as a whole cannot be read (then there are none). */
    record Contents(List<Row> rows, Optional<Problem> refusal) {

        static Contents refused(String key, Object... arguments) {
            return new Contents(List.of(), Optional.of(Problem.of(key, arguments)));
        }
    }

    private ParticipantList() {
    }

    static Contents read(String fileName, byte[] bytes) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (bytes == null || bytes.length == 0) {
            return Contents.refused("import.file.empty");
        }
        boolean headed = bytes.length >= 8;
        if (name.endsWith(".xlsx") || headed && ReadableWorkbook.isOOXMLZipHeader(bytes)) {
            return readXlsx(bytes);
        }
        if (name.endsWith(".xls") || headed && ReadableWorkbook.isOLE2Header(bytes)) {
            return Contents.refused("import.file.old-excel");
        }
        if (name.endsWith(".csv") || name.endsWith(".txt")) {
            return readCsv(bytes);
        }
        return Contents.refused("import.file.type", fileName == null ? "" : fileName);
    }

    private static Contents readCsv(byte[] bytes) {
        int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb
                && (bytes[2] & 0xff) == 0xbf ? 3 : 0;
        byte[] content = Arrays.copyOfRange(bytes, start, bytes.length);
        List<Integer> badLines = linesNotInUtf8(content);
        String text = new String(content, StandardCharsets.UTF_8);
        if (badLines.size() * 2 > Math.max(1, text.split("\n", -1).length)) {
            // mostly not UTF-8: Excel's "CSV" in a Cyrillic Windows, which cannot hold Kazakh letters anyway
            return Contents.refused("import.file.encoding");
        }
        String firstLine = text.lines().findFirst().orElse("");
        char delimiter = count(firstLine, ';') > count(firstLine, ',') ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreSurroundingSpaces(true)
                .setIgnoreEmptyLines(true).get();
        List<List<String>> records = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        int[] lineStarts = lineStarts(text);
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                records.add(record.toList());
                lines.add(lineOf(lineStarts, record.getCharacterPosition()));
                if (records.size() > MAX_ROWS + 1) {
                    return Contents.refused("import.file.too-many-rows", MAX_ROWS);
                }
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            return Contents.refused("import.file.unreadable");
        }
        return table(records, lines, badLines);
    }

    private static Contents readXlsx(byte[] bytes) {
        if (ZipLimits.exceeded(bytes)) {
            return Contents.refused("import.file.unpacks-too-large", ZipLimits.MAX_UNPACKED_BYTES / (1024 * 1024));
        }
        List<List<String>> records = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes));
                Stream<org.dhatim.fastexcel.reader.Row> rows = workbook.getFirstSheet().openStream()) {
            int iinColumn = -1;
            for (var row : (Iterable<org.dhatim.fastexcel.reader.Row>) rows::iterator) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < row.getCellCount(); i++) {
                    Optional<Cell> cell = row.getOptionalCell(i);
                    String text = cell.map(ParticipantList::text).orElse("");
                    if (i == iinColumn && cell.isPresent() && cell.get().getType() == CellType.NUMBER
                            && text.matches("\\d{1,11}")) {
                        // a number cell drops the leading zeros of those born in 2000-2009 (three zeros
                        // for January to September 2000): an IIN is always twelve digits
                        text = "0".repeat(12 - text.length()) + text;
                    }
                    cells.add(text);
                }
                if (cells.stream().allMatch(String::isBlank)) {
                    continue;
                }
                if (records.isEmpty()) {
                    iinColumn = cells.stream().map(Column::named).toList().indexOf(Optional.of(Column.IIN));
                }
                records.add(cells);
                lines.add(row.getRowNum());
                if (records.size() > MAX_ROWS + 1) {
                    return Contents.refused("import.file.too-many-rows", MAX_ROWS);
                }
            }
        } catch (IOException | RuntimeException e) {
            return Contents.refused("import.file.unreadable");
        }
        return table(records, lines, List.of());
    }

    /** A cell as text; numbers as written, without an exponent or ".0" (an IIN typed into a number cell). */
    private static String text(Cell cell) {
        if (cell.getType() == CellType.NUMBER) {
            BigDecimal number = cell.asNumber();
            return number.signum() == 0 ? "0" : number.stripTrailingZeros().toPlainString();
        }
        String text = cell.getText();
        return text == null ? "" : text;
    }

    private static Contents table(List<List<String>> records, List<Integer> lines, List<Integer> badLines) {
        if (records.isEmpty()) {
            return Contents.refused("import.file.empty");
        }
        Map<Integer, Column> columns = new java.util.HashMap<>();
        List<String> header = records.get(0);
        for (int i = 0; i < header.size(); i++) {
            int index = i;
            Column.named(header.get(i)).ifPresent(column -> {
                if (!columns.containsValue(column)) {
                    columns.put(index, column);
                }
            });
        }
        List<String> missing = Arrays.stream(Column.values()).filter(column -> column.required)
                .filter(column -> !columns.containsValue(column)).map(column -> column.names.get(0)).toList();
        if (!missing.isEmpty()) {
            return Contents.refused("import.file.columns-missing", String.join(", ", missing));
        }
        if (records.stream().skip(1).allMatch(record -> record.stream().allMatch(String::isBlank))) {
            return Contents.refused("import.file.no-rows");
        }
        List<Row> rows = new ArrayList<>();
        for (int r = 1; r < records.size(); r++) {
            List<String> record = records.get(r);
            if (record.stream().allMatch(String::isBlank)) {
                continue;
            }
            Map<Column, String> cells = new EnumMap<>(Column.class);
            boolean replaced = false;
            for (var entry : columns.entrySet()) {
                String value = entry.getKey() < record.size() ? record.get(entry.getKey()) : "";
                replaced |= value.indexOf('\uFFFD') >= 0;
                cells.put(entry.getValue(), value);
            }
            int line = lines.get(r);
            rows.add(new Row(line, cells, replaced || badLines.contains(line)));
        }
        if (rows.size() > MAX_ROWS) {
            return Contents.refused("import.file.too-many-rows", MAX_ROWS);
        }
        return new Contents(List.copyOf(rows), Optional.empty());
    }

    /** Line numbers (from 1) holding bytes that are not valid UTF-8; a newline byte never occurs inside a UTF-8 letter. */
    private static List<Integer> linesNotInUtf8(byte[] content) {
        List<Integer> bad = new ArrayList<>();
        int line = 1;
        int from = 0;
        for (int i = 0; i <= content.length; i++) {
            if (i == content.length || content[i] == '\n') {
                try {
                    StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                            .onUnmappableCharacter(CodingErrorAction.REPORT)
                            .decode(ByteBuffer.wrap(content, from, i - from));
                } catch (CharacterCodingException e) {
                    bad.add(line);
                }
                line++;
                from = i + 1;
            }
        }
        return bad;
    }

    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>(List.of(0));
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int lineOf(int[] lineStarts, long position) {
        int found = Arrays.binarySearch(lineStarts, (int) position);
        return (found >= 0 ? found : -found - 2) + 1;
    }

    private static int count(String text, char c) {
        return (int) text.chars().filter(ch -> ch == c).count();
    }
}
