package kz.kelisim.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;

import kz.kelisim.UiTest;
import kz.kelisim.base.Language;
import kz.kelisim.user.UserService;

@Transactional
class LanguageSwitchTest extends UiTest {

    @Autowired
    UserService users;

    @Test
    void sign_in_page_is_in_kazakh_by_default() {
        UI.getCurrent().navigate(LoginView.class);

        assertThat(locale().getLanguage()).isEqualTo("kk");
        _get(LoginForm.class);
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("login-tagline")).getText())
                .isEqualTo("Этномедиаторлар мен мемлекеттік қызметшілердің біліктілігін арттыру");
    }

    @Test
    void language_chosen_in_the_header_is_remembered_for_the_person_in_a_new_session() {
        signInAs("trainee2");
        UI.getCurrent().navigate(DashboardView.class);
        assertThat(_get(H1.class).getText()).startsWith("Қош келдіңіз");

        _click(_get(Button.class, spec -> spec.withId("language-ru")));
        assertThat(users.myLanguage()).contains(Language.RU);

        startBrowserSession();
        UI.getCurrent().navigate(DashboardView.class);
        assertThat(locale().getLanguage()).isEqualTo("ru");
        assertThat(_get(H1.class).getText()).isEqualTo("Добро пожаловать, Дмитрий Ким!");
    }

    @Test
    void english_switch_translates_the_start_page() {
        signInAs("trainee3");
        UI.getCurrent().navigate(DashboardView.class);
        _click(_get(Button.class, spec -> spec.withId("language-en")));

        startBrowserSession();
        UI.getCurrent().navigate(DashboardView.class);
        assertThat(_get(H1.class).getText()).isEqualTo("Welcome, Гүлнұр Өтебаева!");
    }
}
