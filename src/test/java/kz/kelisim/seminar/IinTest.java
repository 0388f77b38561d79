package kz.kelisim.seminar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** IIN validation: vectors worked out by hand from the published algorithm (weights 1-11, then 3-11, 1, 2). */
class IinTest {

    @ParameterizedTest(name = "{0} is valid, born {1}, {2}")
    @CsvSource({
            "900101300007, 1990-01-01, male",
            "850725401230, 1985-07-25, female",
            "000229507779, 2000-02-29, male",
            "951231404560, 1995-12-31, female",
            "640305200024, 1864-03-05, female",
            // the first weighted sum gives 10: the second weights give the check digit 1
            "900101300811, 1990-01-01, male"})
    void valid_numbers_pass_and_tell_the_birth_date_and_sex(String iin, LocalDate born, String sex) {
        assertThat(Iin.problem(iin)).isEmpty();
        assertThat(Iin.birthDate(iin)).contains(born);
        assertThat(Iin.sex(iin)).isEqualTo(sex);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "900101300008, CHECK_DIGIT",
            "850725401231, CHECK_DIGIT",
            // both weighted sums give 10: no such number is ever issued
            "900101300800, CHECK_DIGIT",
            "900230300007, DATE",
            "010229500003, DATE",
            "901301300007, DATE",
            "900101700007, CENTURY",
            "900101000007, CENTURY",
            "90010130000, FORMAT",
            "9001013000071, FORMAT",
            "9001 1300007, FORMAT",
            "90010130000A, FORMAT"})
    void invalid_numbers_are_refused_with_the_reason(String iin, Iin.Problem problem) {
        assertThat(Iin.problem(iin)).contains(problem);
    }

    @ParameterizedTest
    @CsvSource({"900101300007, ••••••••0007"})
    void a_number_is_shown_masked_without_its_birth_date(String iin, String masked) {
        assertThat(Iin.masked(iin)).isEqualTo(masked).doesNotContain("900101");
    }
}
