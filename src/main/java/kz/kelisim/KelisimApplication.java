package kz.kelisim;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/** Kelisim: training and qualification of ethnomediators and civil servants working on interethnic relations. */
@SpringBootApplication
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/kelisim.css")
// server push, for work that finishes in the background (a seminar's certificates issued in bulk)
@Push
public class KelisimApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(KelisimApplication.class, args);
    }

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addMetaTag("theme-color", "#1d5c63");
        settings.addFavIcon("icon", "images/favicon.svg", "any");
    }
}
