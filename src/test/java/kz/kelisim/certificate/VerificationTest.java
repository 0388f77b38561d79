package kz.kelisim.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

import kz.kelisim.TestClock;
import kz.kelisim.base.RuleViolation;
import kz.kelisim.certificate.CertificateViews.CertificateSummary;

/** Verification is open to anyone, shows only what the certificate says, and is rate-limited per address. */
@SpringBootTest
class VerificationTest {

    @Autowired
    CertificateService certificates;

    @Autowired
    ApplicationContext context;

    @Test
    void a_code_gives_the_certificate_without_signing_in_and_an_unknown_or_malformed_one_gives_nothing() {
        CertificateSummary issued = CertificateFixture.issue(context, "trainee4");
        String code = issued.verificationUrl().substring(issued.verificationUrl().lastIndexOf('/') + 1);

        assertThat(certificates.verify(code, "198.51.100.1")).hasValueSatisfying(found -> {
            assertThat(found.number()).isEqualTo(issued.number());
            assertThat(found.holderName()).isEqualTo("Анна Шмидт");
            assertThat(found.status()).isEqualTo(CertificateStatus.VALID);
            assertThat(found.hours()).isEqualTo(24);
        });
        assertThat(certificates.verify("AAAAAAAAAAAAAAAAAAAAAA", "198.51.100.1")).isEmpty();
        assertThat(certificates.verify("' or 1=1 --", "198.51.100.1")).isEmpty();
    }

    @Test
    void the_thirty_first_look_up_in_a_minute_from_one_address_waits_while_other_addresses_go_on() {
        for (int i = 0; i < 30; i++) {
            certificates.verify("AAAAAAAAAAAAAAAAAAAAAA", "203.0.113.7");
        }

        assertThatThrownBy(() -> certificates.verify("AAAAAAAAAAAAAAAAAAAAAA", "203.0.113.7"))
                .isInstanceOf(RuleViolation.class).hasMessage("verify.too-many");
        assertThat(certificates.verify("AAAAAAAAAAAAAAAAAAAAAA", "203.0.113.8")).isEmpty();
    }

    @Test
    void the_limit_counts_the_last_minute_only() {
        TestClock clock = new TestClock();
        VerificationRateLimit limit = new VerificationRateLimit(3, clock);
        for (int i = 0; i < 3; i++) {
            assertThat(limit.acquire("192.0.2.1")).isZero();
        }
        assertThat(limit.acquire("192.0.2.1")).isBetween(1L, 60L);

        clock.advance(Duration.ofSeconds(61));

        assertThat(limit.acquire("192.0.2.1")).isZero();
    }
}
