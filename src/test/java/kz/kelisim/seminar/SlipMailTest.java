package kz.kelisim.seminar;

import static kz.kelisim.seminar.ParticipantImportTest.HEADER;
import static kz.kelisim.seminar.ParticipantImportTest.row;
import static kz.kelisim.seminar.ParticipantLists.csv;
import static kz.kelisim.seminar.ParticipantLists.newIin;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

import kz.kelisim.base.Language;
import kz.kelisim.seminar.ParticipantImport.MailOutcome;
import kz.kelisim.seminar.ParticipantImport.Result;

/** Slips by e-mail where a mail server is configured: here Spring's sender, keeping what it would send. */
@SpringBootTest
@Import(SlipMailTest.KeptMail.class)
@Tag("persistence")
class SlipMailTest {

    @TestConfiguration
    static class KeptMail {

        @Bean
        KeptMailSender mailSender() {
            return new KeptMailSender();
        }
    }

    /** Spring's JavaMail sender that keeps messages instead of talking to a server. */
    static class KeptMailSender extends JavaMailSenderImpl {

        final List<SimpleMailMessage> sent = new CopyOnWriteArrayList<>();

        @Override
        public void send(SimpleMailMessage... messages) {
            sent.addAll(List.of(messages));
        }
    }

    @Autowired
    ParticipantImport imports;

    @Autowired
    SeminarService seminars;

    @Autowired
    KeptMailSender mail;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    SecurityContextHolderStrategy securityContext;

    @AfterEach
    void signOut() {
        securityContext.clearContext();
    }

    @Test
    void each_person_with_an_address_gets_their_own_slip_and_nobody_elses() {
        signIn("trainer");
        long seminar = seminars.create(ParticipantImportTest.details(30));
        Result result = imports.save(seminar, "list.csv", csv(',', List.of(HEADER,
                row("Әлиева Меруерт", newIin(), "astana", "", "", "meruert@example.kz", ""),
                row("Бекова Ләззат", newIin(), "astana", "", "", "", "+7 702 000 11 22"))), Language.KK);

        assertThat(imports.mailConfigured()).isTrue();
        MailOutcome outcome = imports.emailSlips(seminar, result.slips(), "https://kelisim.example.kz/", Language.KK);

        assertThat(outcome).isEqualTo(new MailOutcome(1, 1, 0));
        assertThat(mail.sent).singleElement().satisfies(message -> {
            assertThat(message.getTo()).containsExactly("meruert@example.kz");
            assertThat(message.getSubject()).isEqualTo("Келісім: «Этномедиация негіздері» семинарына кіру");
            assertThat(message.getText()).contains("Әлиева Меруерт", result.slips().get(0).username(),
                    result.slips().get(0).temporaryPassword(), "https://kelisim.example.kz/")
                    .doesNotContain("Бекова", result.slips().get(1).temporaryPassword());
        });
    }

    private void signIn(String username) {
        UserDetails user = userDetails.loadUserByUsername(username);
        securityContext.setContext(new SecurityContextImpl(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities())));
    }
}
