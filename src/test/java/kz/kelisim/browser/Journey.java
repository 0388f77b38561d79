package kz.kelisim.browser;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.provider.Arguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import kz.kelisim.browser.Browser.Size;

/**
 * Base of the journey suite: the whole application with its demo data on a random port, one
 * Chromium for all of a class's journeys. Each role's journeys run in Kazakh, Russian and English
 * and on a laptop and a phone (see {@link #everyLanguageAndSize()}).
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"kelisim.demo.attempts=true", "kelisim.demo.seminar=true"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class Journey {

    @LocalServerPort
    int port;

    Browser browser;

    @BeforeAll
    void startBrowser() throws IOException {
        browser = Browser.start(port);
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    /** kk, ru and en, each at 1366×768 and 390×844. */
    static Stream<Arguments> everyLanguageAndSize() {
        List<Arguments> all = new ArrayList<>();
        for (String language : List.of("kk", "ru", "en")) {
            for (Size size : Size.values()) {
                all.add(Arguments.of(language, size));
            }
        }
        return all.stream();
    }

    /** Kazakh on both screens, Russian on the laptop, English on the phone: every language seen, each size twice. */
    static Stream<Arguments> eachLanguageOnce() {
        return Stream.of(Arguments.of("kk", Size.LAPTOP), Arguments.of("kk", Size.PHONE),
                Arguments.of("ru", Size.LAPTOP), Arguments.of("en", Size.PHONE));
    }
}
