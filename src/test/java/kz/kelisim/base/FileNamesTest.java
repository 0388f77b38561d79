package kz.kelisim.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FileNamesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
            Топтық жұмыс — ә ғ қ ң ө ұ ү һ і.docx       | Топтық жұмыс — ә ғ қ ң ө ұ ү һ і.docx
            report.png"; filename*=UTF-8''report.hta; x=".png | report.png filename UTF-8 report.hta x .png
            ../../etc/passwd                           | passwd
            C:\\Users\\Айгүл\\карта.pdf              | карта.pdf
            .hidden.pdf                                | hidden.pdf
            """)
    void a_name_keeps_its_letters_and_loses_what_means_something_in_a_header_or_on_a_disk(String given, String kept) {
        assertThat(FileNames.safe(given)).isEqualTo(kept);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
            =HYPERLINK("http://evil.example")  | '=HYPERLINK("http://evil.example")
            @SUM(1+1)                          | '@SUM(1+1)
            +cmd                               | '+cmd
            -2+3                               | '-2+3
            Әсел Жақсылықова                   | Әсел Жақсылықова
            """)
    void csv_cells_a_spreadsheet_would_run_begin_with_an_apostrophe(String given, String written) {
        assertThat(CsvCells.neutral(given)).isEqualTo(written);
    }
}
