package kz.kelisim.seminar;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

import kz.kelisim.base.Language;
import kz.kelisim.base.RuleViolation;
import kz.kelisim.seminar.ParticipantImport.MailOutcome;
import kz.kelisim.seminar.ParticipantImport.Slip;

/**
 * Sign-in slips by e-mail, one plain-text message per person, where Spring Boot has a mail sender
 * (it makes one when {@code spring.mail.host} is set). Without one, slips are printed only.
 */
@Component
class SlipMail {

    private static final Logger log = LoggerFactory.getLogger(SlipMail.class);

    private final ObjectProvider<JavaMailSender> sender;
    private final String from;

    SlipMail(ObjectProvider<JavaMailSender> sender,
            @Value("${kelisim.mail.from:${spring.mail.username:kelisim@localhost}}") String from) {
        this.sender = sender;
        this.from = from;
    }

    boolean configured() {
        return sender.getIfAvailable() != null;
    }

    MailOutcome send(String seminarTitle, List<Slip> slips, String signInAddress, Language language) {
        JavaMailSender mail = sender.getIfAvailable();
        if (mail == null) {
            throw new RuleViolation("import.mail.not-configured");
        }
        ResourceBundle texts = SignInSlips.texts(language);
        int sent = 0;
        int withoutAddress = 0;
        int failed = 0;
        for (Slip slip : slips) {
            if (slip.email() == null || slip.email().isBlank()) {
                withoutAddress++;
                continue;
            }
            SimpleMailMessage message = new SimpleMailMessage();
            message.setFrom(from);
            message.setTo(slip.email());
            message.setSubject(format(texts, "slips.mail.subject", language, seminarTitle));
            message.setText(text(slip, seminarTitle, signInAddress, texts, language));
            try {
                mail.send(message);
                sent++;
            } catch (MailException e) {
                // the person is told by the trainer instead; the address itself is personal data, not logged
                log.warn("A sign-in slip could not be sent: {}", e.getMessage());
                failed++;
            }
        }
        return new MailOutcome(sent, withoutAddress, failed);
    }

    private static String text(Slip slip, String seminarTitle, String address, ResourceBundle texts,
            Language language) {
        StringBuilder text = new StringBuilder();
        text.append(format(texts, "slips.mail.greeting", language, slip.fullName())).append("\n\n");
        text.append(format(texts, "slips.mail.intro", language, seminarTitle)).append("\n\n");
        text.append(texts.getString("slips.address")).append(": ").append(address).append('\n');
        text.append(texts.getString("slips.username")).append(": ").append(slip.username()).append('\n');
        if (slip.newAccount()) {
            text.append(texts.getString("slips.password")).append(": ").append(slip.temporaryPassword()).append("\n\n");
            text.append(texts.getString("slips.password-note")).append('\n');
        } else {
            text.append('\n').append(texts.getString("slips.existing")).append('\n');
        }
        text.append('\n').append(texts.getString("slips.mail.keep-private")).append('\n');
        return text.toString();
    }

    private static String format(ResourceBundle texts, String key, Language language, Object... arguments) {
        return new MessageFormat(texts.getString(key), Locale.forLanguageTag(language.tag())).format(arguments);
    }
}
