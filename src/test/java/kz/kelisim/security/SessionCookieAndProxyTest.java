package kz.kelisim.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Over real HTTP to the embedded Tomcat, as a browser and a reverse proxy meet Kelisim: the session
 * cookie, addresses without a session id, and the client address a proxy forwards.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "kelisim.certificates.verify-per-minute=3")
class SessionCookieAndProxyTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void the_session_cookie_is_same_site_lax_and_hidden_from_scripts() throws Exception {
        HttpResponse<String> page = get("/login", null);

        assertThat(page.headers().allValues("Set-Cookie")).filteredOn(cookie -> cookie.startsWith("JSESSIONID="))
                .singleElement().satisfies(cookie -> assertThat(cookie).contains("SameSite=Lax").contains("HttpOnly")
                        .as("the public URL of the tests is http").doesNotContain("Secure"));
    }

    @Test
    void the_sign_in_page_carries_the_security_headers_too() throws Exception {
        HttpResponse<String> page = get("/login", null);

        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(policy -> assertThat(policy)
                .contains("default-src 'self'").contains("frame-ancestors 'self'"));
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
    }

    @Test
    void no_address_carries_the_session_id() throws Exception {
        HttpResponse<String> redirect = get("/profile", null);

        assertThat(redirect.statusCode()).isEqualTo(302);
        assertThat(redirect.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).doesNotContainIgnoringCase("jsessionid"));
        assertThat(get("/login", null).body()).doesNotContainIgnoringCase(";jsessionid=");
    }

    @Test
    void behind_a_proxy_the_verification_limit_counts_each_real_client_apart() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertThat(get("/verify/KLS-NO-SUCH-CODE", "203.0.113.9").statusCode()).isEqualTo(404);
        }
        assertThat(get("/verify/KLS-NO-SUCH-CODE", "203.0.113.9").statusCode()).as("the fourth from one client")
                .isEqualTo(429);

        assertThat(get("/verify/KLS-NO-SUCH-CODE", "203.0.113.10").statusCode()).as("another client, same proxy")
                .isEqualTo(404);
    }

    private HttpResponse<String> get(String path, String forwardedFor) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", path.startsWith("/verify/") ? "application/json" : "text/html");
        if (forwardedFor != null) {
            request.header("X-Forwarded-For", forwardedFor);
        }
        return http.send(request.build(), BodyHandlers.ofString());
    }
}
