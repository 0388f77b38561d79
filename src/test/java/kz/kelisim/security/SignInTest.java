package kz.kelisim.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.web.WebAttributes;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The real filter chain: form sign-in, the throttle, and what is open without signing in. */
@SpringBootTest
@AutoConfigureMockMvc
class SignInTest {

    @Autowired
    MockMvc mvc;

    @ParameterizedTest
    @ValueSource(strings = {"trainee", "trainer", "staff", "admin"})
    void each_demo_role_signs_in_with_the_readme_password(String username) throws Exception {
        mvc.perform(post("/login").param("username", username).param("password", "demo12345"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void wrong_password_returns_to_the_sign_in_page_with_an_error() throws Exception {
        mvc.perform(post("/login").param("username", "trainee").param("password", "wrong"))
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void after_five_failures_even_the_right_password_is_refused_for_a_while() throws Exception {
        for (int i = 0; i < 5; i++) {
            mvc.perform(post("/login").param("username", "trainee5").param("password", "wrong-" + i))
                    .andExpect(redirectedUrl("/login?error"));
        }
        MockHttpSession session = new MockHttpSession();

        mvc.perform(post("/login").session(session).param("username", "trainee5").param("password", "demo12345"))
                .andExpect(redirectedUrl("/login?error"));

        assertThat(session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION))
                .isInstanceOfSatisfying(SignInThrottledException.class,
                        refused -> assertThat(refused.retryAfterMinutes()).isBetween(1L, 15L));
    }

    @Test
    void views_need_a_signed_in_person() throws Exception {
        mvc.perform(get("/profile")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
    }

    @Test
    void health_endpoint_is_open_for_monitoring() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
    }
}
