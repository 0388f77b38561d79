package kz.kelisim.people;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import kz.kelisim.user.UserService.NewAccount;

/**
 * Sends a new or reset temporary password to the person's e-mail address where Spring Boot has a mail
 * sender ({@code spring.mail.host} set), once the account is saved: a refused change sends nothing.
 * In Kazakh and Russian, as the academy writes to people whose language it does not know yet.
 */
@Component
class TemporaryPasswordMail {

    private static final Logger log = LoggerFactory.getLogger(TemporaryPasswordMail.class);

    private final ObjectProvider<JavaMailSender> sender;
    private final String from;
    private final String publicUrl;

    TemporaryPasswordMail(ObjectProvider<JavaMailSender> sender,
            @Value("${kelisim.mail.from:${spring.mail.username:kelisim@localhost}}") String from,
            @Value("${kelisim.public-url}") String publicUrl) {
        this.sender = sender;
        this.from = from;
        this.publicUrl = publicUrl;
    }

    void sendAfterCommit(String email, NewAccount account) {
        JavaMailSender mail = sender.getIfAvailable();
        if (mail == null || email == null || email.isBlank()) {
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                SimpleMailMessage message = new SimpleMailMessage();
                message.setFrom(from);
                message.setTo(email);
                message.setSubject("Kelisim: кіру деректері / данные для входа");
                message.setText("""
                        %s
                        %s
                        Пайдаланушы аты / Имя пользователя: %s
                        Уақытша құпиясөз / Временный пароль: %s
                        Алғаш кіргенде құпиясөзді ауыстырыңыз. / При первом входе смените пароль.
                        """.formatted(account.fullName(), publicUrl, account.username(), account.temporaryPassword()));
                try {
                    mail.send(message);
                } catch (MailException failed) {
                    log.warn("Temporary password for account {} not e-mailed: {}", account.id(), failed.getMessage());
                }
            }
        });
    }
}
