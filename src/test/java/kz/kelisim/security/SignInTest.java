package kz.kelisim.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
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
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.web.WebAttributes;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

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
    void after_four_failures_from_one_address_even_the_right_password_waits() throws Exception {
        for (int i = 0; i < 4; i++) {
            mvc.perform(post("/login").with(from("10.20.0.1")).param("username", "trainee5")
                    .param("password", "wrong-" + i)).andExpect(redirectedUrl("/login?error"));
        }
        MockHttpSession session = new MockHttpSession();

        mvc.perform(post("/login").with(from("10.20.0.1")).session(session).param("username", "trainee5")
                .param("password", "demo12345")).andExpect(redirectedUrl("/login?error"));

        assertThat(session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION))
                .isInstanceOfSatisfying(SignInThrottledException.class,
                        refused -> assertThat(refused.retryAfterSeconds()).isBetween(1L, 60L));
        mvc.perform(post("/login").with(from("10.20.0.2")).param("username", "trainee5").param("password", "demo12345"))
                .andExpect(redirectedUrl("/")); // the real person, elsewhere
    }

    @Test
    void a_known_and_an_unknown_name_get_the_same_answers() throws Exception {
        for (String name : new String[] {"trainee6", "nobody-by-this-name"}) {
            for (int i = 0; i < 4; i++) {
                MockHttpSession session = new MockHttpSession();
                mvc.perform(post("/login").with(from("10.30.0.1")).session(session).param("username", name)
                        .param("password", "wrong-" + i)).andExpect(redirectedUrl("/login?error"));
                assertThat(session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION)).as(name)
                        .isExactlyInstanceOf(BadCredentialsException.class);
            }
            MockHttpSession session = new MockHttpSession();
            mvc.perform(post("/login").with(from("10.30.0.1")).session(session).param("username", name)
                    .param("password", "wrong")).andExpect(redirectedUrl("/login?error"));
            assertThat(session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION)).as(name)
                    .isExactlyInstanceOf(SignInThrottledException.class);
        }
    }

    @Test
    void a_sign_in_posted_from_another_site_is_refused() throws Exception {
        mvc.perform(post("/login").header("Origin", "https://evil.example").param("username", "trainee")
                .param("password", "demo12345")).andExpect(status().isForbidden());
        mvc.perform(post("/login").header("Sec-Fetch-Site", "cross-site").param("username", "trainee")
                .param("password", "demo12345")).andExpect(status().isForbidden());

        mvc.perform(post("/login").header("Origin", "http://localhost").header("Sec-Fetch-Site", "same-origin")
                .param("username", "trainee").param("password", "demo12345")).andExpect(redirectedUrl("/"));
    }

    @Test
    void every_response_carries_the_security_headers() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'self'")))
                .andExpect(header().string("Content-Security-Policy", containsString("default-src 'self'")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"))
                .andExpect(header().string("Permissions-Policy", containsString("camera=()")))
                .andExpect(header().string("X-Frame-Options", "SAMEORIGIN"));
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
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
