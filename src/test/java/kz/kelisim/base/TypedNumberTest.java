package kz.kelisim.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TypedNumberTest {

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', value = {
            "2008 | 2008", "2008 ж. | 2008", "2008 ж | 2008", "2008 жыл | 2008", "2008 жылы | 2008",
            "2008 г. | 2008", "2008 год | 2008", "2008 году | 2008", "15 % | 15", "15% | 15", "3,5 | 3.5",
            "3.5 | 3.5", "0,125 | 0.125", "1 000 | 1000", "1\u00A0000 | 1000", "1\u202F000,5 | 1000.5",
            "12 345 678 | 12345678", "1,000,000 | 1000000", "1.000.000 | 1000000", "1,000.5 | 1000.5",
            "1.000,5 | 1000.5", "-5 | -5", "\u22125 | -5", "+7 | 7", "  42  | 42", "2008year | 2008",
            "1000 | 1000", "12,50 | 12.5" })
    void people_write_numbers_in_many_ways_and_each_reads_as_its_value(String typed, String value) {
        assertThat(TypedNumber.read(typed).value()).isEqualByComparingTo(new BigDecimal(value));
    }

    @ParameterizedTest(name = "\"{0}\" is refused")
    @ValueSource(strings = { "", "  ", "шамамен 2008", "2008 немесе 2009", "20 11", "1e5", "0x10", "NaN", "2008-2009",
            "3,5,5", "1 00", "Infinity", "2 008 жыл 5" })
    void what_is_not_one_number_is_refused(String typed) {
        TypedNumber.Reading reading = TypedNumber.read(typed);
        assertThat(reading.isNumber()).isFalse();
        assertThat(reading.problemKey()).isEqualTo(TypedNumber.NOT_A_NUMBER);
    }

    @ParameterizedTest(name = "\"{0}\" could be read two ways")
    @ValueSource(strings = { "1,000", "2.500", "12,345" })
    void a_single_separator_before_three_digits_is_refused_as_ambiguous(String typed) {
        assertThat(TypedNumber.read(typed).problemKey()).isEqualTo(TypedNumber.AMBIGUOUS_SEPARATOR);
    }
}
