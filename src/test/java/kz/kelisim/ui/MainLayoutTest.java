package kz.kelisim.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MainLayoutTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({"Әсел Нұрланқызы Жақсылықова, ӘЖ", "Дмитрий Ким, ДК", "Жүйе әкімшісі, ЖӘ",
            "Гүлнұр Өтебаева-Ким, ГК", "Айгүл, А", "'  ', ''"})
    void the_avatar_shows_two_initials_that_fit_its_circle(String name, String initials) {
        assertThat(MainLayout.initials(name)).isEqualTo(initials);
    }
}
