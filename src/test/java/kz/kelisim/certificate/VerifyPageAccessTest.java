package kz.kelisim.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import kz.kelisim.Acting;
import kz.kelisim.certificate.CertificateViews.CertificateSummary;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Over real HTTP: the verification page needs no sign-in; the pages beside it still do. The same
 * address gives the facts as JSON to a client that asks for it, under the same rate limit (here 8
 * look-ups a minute; the test that uses it up runs last).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "kelisim.certificates.verify-per-minute=8")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class VerifyPageAccessTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JsonMapper json;

    private HttpResponse<String> get(String path, String accept) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", accept)
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    @Order(1)
    void a_system_that_asks_for_json_gets_the_facts_of_the_page_with_the_signature_status() throws Exception {
        CertificateSummary issued = CertificateFixture.issue(context, "trainee5");
        String path = "/verify/" + issued.verificationUrl().substring(issued.verificationUrl().lastIndexOf('/') + 1);

        HttpResponse<String> answer = get(path, "application/json");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/json"));
        JsonNode facts = json.readTree(answer.body());
        assertThat(facts.get("number").asString()).isEqualTo(issued.number());
        assertThat(facts.get("holder").asString()).isEqualTo("Бауыржан Һашимов");
        assertThat(facts.get("programme").get("kk").asString()).isEqualTo(CertificateFixture.TITLE_KK);
        assertThat(facts.get("programme").get("ru").asString()).isEqualTo(CertificateFixture.TITLE_RU);
        assertThat(facts.get("academicHours").asInt()).isEqualTo(24);
        assertThat(facts.get("startsOn").asString()).isEqualTo("2026-11-02");
        assertThat(facts.get("endsOn").asString()).isEqualTo("2026-11-06");
        assertThat(facts.get("issuedOn").asString()).isEqualTo(issued.issuedOn().toString());
        assertThat(facts.get("status").asString()).isEqualTo("valid");
        assertThat(facts.get("signature").get("status").asString()).isEqualTo("intact");
        assertThat(facts.has("revocation")).isFalse();
        assertThat(answer.body()).doesNotContain("iin", "email", "holderId");

        HttpResponse<String> page = get(path, "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        assertThat(page.body()).as("a browser still gets the page").containsIgnoringCase("<html");
    }

    @Test
    @Order(2)
    void a_revoked_certificate_says_when_and_why_in_json_and_an_unknown_code_is_404() throws Exception {
        CertificateSummary issued = CertificateFixture.issue(context, "trainee2");
        Acting acting = new Acting(context.getBean(UserDetailsService.class),
                context.getBean(SecurityContextHolderStrategy.class));
        CertificateSummary fresh = acting.as("staff", () -> context.getBean(CertificateService.class)
                .reissue(issued.id()));
        String path = "/verify/" + issued.verificationUrl().substring(issued.verificationUrl().lastIndexOf('/') + 1);

        JsonNode facts = json.readTree(get(path, "application/json").body());

        assertThat(facts.get("status").asString()).isEqualTo("revoked");
        assertThat(facts.get("revocation").get("code").asString()).isEqualTo("reissued");
        assertThat(facts.get("revocation").get("replacedBy").asString()).isEqualTo(fresh.number());
        assertThat(facts.get("revocation").get("revokedAt").asString()).isNotBlank();
        HttpResponse<String> unknown = get("/verify/AAAAAAAAAAAAAAAAAAAAAA", "application/json");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(json.readTree(unknown.body()).get("error").asString()).isEqualTo("unknown-code");
    }

    @Test
    @Order(3)
    void json_look_ups_count_against_the_same_limit_and_past_it_say_when_to_come_back() throws Exception {
        HttpResponse<String> answer = null;
        for (int i = 0; i < 10 && (answer == null || answer.statusCode() != 429); i++) {
            answer = get("/verify/AAAAAAAAAAAAAAAAAAAAAA", "application/json");
        }

        assertThat(answer.statusCode()).isEqualTo(429);
        assertThat(answer.headers().firstValue("Retry-After")).hasValueSatisfying(seconds ->
                assertThat(Integer.parseInt(seconds)).isBetween(1, 60));
        assertThat(json.readTree(answer.body()).get("error").asString()).isEqualTo("too-many-requests");
    }

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(String path) throws Exception {
        return get(path, "text/html");
    }


    @Test
    @Order(0)
    void the_verification_page_opens_without_signing_in() throws Exception {
        HttpResponse<String> page = get("/verify/AAAAAAAAAAAAAAAAAAAAAA");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).containsIgnoringCase("<html");
    }

    @Test
    void other_pages_still_send_an_anonymous_visitor_to_sign_in() throws Exception {
        HttpResponse<String> page = get("/certificates");

        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/login"));
    }
}
