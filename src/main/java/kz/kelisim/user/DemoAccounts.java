package kz.kelisim.user;

import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import kz.kelisim.security.Roles;

/**
 * Demo mode (on for the embedded database, off for MySQL): one account per role, and several
 * trainees from different regions, all with the password {@value #PASSWORD} listed in README.md.
 * Runs before {@link AdministratorBootstrap}, so the demo administrator is the only one.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "kelisim.demo.enabled", havingValue = "true")
class DemoAccounts implements ApplicationRunner {

    static final String PASSWORD = "demo12345";

    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    private record DemoAccount(String username, String fullName, String role) {
    }

    private static final List<DemoAccount> ACCOUNTS = List.of(
            new DemoAccount("admin", "Жүйе әкімшісі", Roles.ADMIN),
            new DemoAccount("staff", "Ерлан Құдайбергенов", Roles.STAFF),
            new DemoAccount("trainer", "Айгүл Сәрсенбаева", Roles.TRAINER),
            new DemoAccount("trainee", "Әсел Нұрланқызы Жақсылықова", Roles.TRAINEE),
            new DemoAccount("trainee2", "Дмитрий Ким", Roles.TRAINEE),
            new DemoAccount("trainee3", "Гүлнұр Өтебаева", Roles.TRAINEE),
            new DemoAccount("trainee4", "Анна Шмидт", Roles.TRAINEE),
            new DemoAccount("trainee5", "Бауыржан Һашимов", Roles.TRAINEE));

    private final AccountDirectory directory;

    DemoAccounts(AccountDirectory directory) {
        this.directory = directory;
    }

    @Override
    public void run(ApplicationArguments args) {
        long created = ACCOUNTS.stream()
                .filter(account -> directory.createIfAbsent(account.username(), PASSWORD, account.fullName(),
                        Set.of(account.role()), false))
                .count();
        if (created > 0) {
            log.info("Demo mode: created {} demo accounts (password '{}', see README.md)", created, PASSWORD);
        }
    }
}
