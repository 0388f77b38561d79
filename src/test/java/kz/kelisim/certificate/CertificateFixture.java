package kz.kelisim.certificate;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

import kz.kelisim.base.Language;
import kz.kelisim.certificate.CertificateViews.CertificateSummary;
import kz.kelisim.security.KelisimPrincipal;

/**
 * Issued certificates for tests outside this package (views): each for a training of its own, as if
 * {@code staff} issued it, without a course or seminar behind it.
 */
public final class CertificateFixture {

    public static final String TITLE_KK = "Этномедиация негіздері";
    public static final String TITLE_RU = "Основы этномедиации";
    private static final AtomicLong TRAININGS = new AtomicLong(2_000_000);

    private CertificateFixture() {
    }

    /** A valid 24-hour certificate for the demo account. */
    public static CertificateSummary issue(ApplicationContext context, String username) {
        return issue(context, username, TITLE_KK);
    }

    /** A valid 24-hour certificate for the demo account, with its own Kazakh title. */
    public static CertificateSummary issue(ApplicationContext context, String username, String titleKk) {
        UserDetailsService users = context.getBean(UserDetailsService.class);
        KelisimPrincipal holder = (KelisimPrincipal) users.loadUserByUsername(username);
        long staff = ((KelisimPrincipal) users.loadUserByUsername("staff")).accountId();
        Certificate certificate = context.getBean(CertificateIssuing.class).issue(new CertificateDraft(
                holder.accountId(), holder.fullName(), null, TRAININGS.incrementAndGet(), titleKk, TITLE_RU, null, 24,
                LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 6), "Астана"), staff, CertificateAction.ISSUED, null);
        return context.getBean(CertificateService.class).summary(certificate, Language.KK);
    }
}
