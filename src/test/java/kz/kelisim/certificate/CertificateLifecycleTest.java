package kz.kelisim.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;

import kz.kelisim.Acting;
import kz.kelisim.base.Language;
import kz.kelisim.base.RuleViolation;
import kz.kelisim.certificate.CertificateViews.AuditLine;
import kz.kelisim.certificate.CertificateViews.CertificateSummary;
import kz.kelisim.certificate.CertificateViews.RegistryFilter;

/** Revoking and reissuing with the audit trail, the staff registry, and who reaches which certificate. */
@SpringBootTest
@Tag("persistence")
class CertificateLifecycleTest {

    @Autowired
    CertificateService certificates;

    @Autowired
    ApplicationContext context;

    @Autowired
    UserDetailsService users;

    @Autowired
    SecurityContextHolderStrategy securityContext;

    private Acting acting;

    @BeforeEach
    void setUp() {
        acting = new Acting(users, securityContext);
    }

    private static String codeOf(CertificateSummary certificate) {
        return certificate.verificationUrl().substring(certificate.verificationUrl().lastIndexOf('/') + 1);
    }

    @Test
    void a_revoked_certificate_shows_as_revoked_with_date_and_reason_and_the_trail_says_who() {
        CertificateSummary issued = CertificateFixture.issue(context, "trainee3");

        acting.as("staff", () -> certificates.revoke(issued.id(), "Құжаттағы қате · ошибка в документе"));

        assertThat(certificates.verify(codeOf(issued), "192.0.2.50")).hasValueSatisfying(found -> {
            assertThat(found.status()).isEqualTo(CertificateStatus.REVOKED);
            assertThat(found.revokedAt()).isNotNull();
            assertThat(found.revocationReason()).isEqualTo("Құжаттағы қате · ошибка в документе");
        });
        List<AuditLine> trail = acting.as("admin", () -> certificates.audit(issued.id()));
        assertThat(trail).extracting(AuditLine::action).containsExactly(CertificateAction.ISSUED,
                CertificateAction.REVOKED);
        assertThat(trail.get(1).actor()).isEqualTo("Ерлан Құдайбергенов");
        assertThatThrownBy(() -> acting.as("staff", () -> certificates.revoke(issued.id(), "екінші рет")))
                .isInstanceOf(RuleViolation.class).hasMessage("certificate.error.already-revoked");
    }

    @Test
    void a_reason_typed_by_staff_that_starts_with_reissued_stays_a_typed_reason() {
        CertificateSummary issued = CertificateFixture.issue(context, "trainee3");

        acting.as("staff", () -> certificates.revoke(issued.id(), "reissued by mistake, holder asked to cancel"));

        assertThat(certificates.verify(codeOf(issued), "192.0.2.52")).hasValueSatisfying(found -> {
            assertThat(found.revocationCode()).isEqualTo(RevocationCode.OTHER);
            assertThat(found.revocationReason()).isEqualTo("reissued by mistake, holder asked to cancel");
            assertThat(found.replacedBy()).isNull();
        });
    }

    @Test
    void the_verification_says_the_stored_pdfs_signature_is_intact_and_broken_once_one_byte_changed() {
        CertificateSummary issued = CertificateFixture.issue(context, "trainee4");

        assertThat(certificates.verify(codeOf(issued), "192.0.2.53")).hasValueSatisfying(found -> {
            assertThat(found.signature()).isEqualTo(CertificateViews.SignatureStatus.INTACT);
            assertThat(found.signedBy()).startsWith("Kelisim demo signing key");
        });

        CertificatePdfRepository pdfs = context.getBean(CertificatePdfRepository.class);
        byte[] tampered = pdfs.findById(issued.id()).orElseThrow().getContent().clone();
        tampered[tampered.length / 2] ^= 0x20;
        pdfs.save(new CertificatePdf(issued.id(), tampered, CertificateIssuing.sha256(tampered)));

        assertThat(certificates.verify(codeOf(issued), "192.0.2.53").orElseThrow().signature())
                .isEqualTo(CertificateViews.SignatureStatus.BROKEN);
    }

    @Test
    void a_certificate_is_revoked_only_with_a_reason() {
        CertificateSummary issued = CertificateFixture.issue(context, "trainee3");

        assertThatThrownBy(() -> acting.as("staff", () -> certificates.revoke(issued.id(), "   ")))
                .isInstanceOf(RuleViolation.class).hasMessage("certificate.error.reason-required");
        assertThat(acting.as("staff", () -> certificates.certificate(issued.id(), Language.KK)).status())
                .isEqualTo(CertificateStatus.VALID);
    }

    @Test
    void a_reissued_certificate_has_a_new_number_and_the_old_one_is_revoked_as_reissued() {
        CertificateSummary old = CertificateFixture.issue(context, "trainee2");

        CertificateSummary fresh = acting.as("staff", () -> certificates.reissue(old.id()));

        assertThat(fresh.number()).isNotEqualTo(old.number());
        assertThat(fresh.status()).isEqualTo(CertificateStatus.VALID);
        assertThat(fresh.holderName()).isEqualTo(old.holderName());
        assertThat(fresh.verificationUrl()).isNotEqualTo(old.verificationUrl());
        assertThat(certificates.verify(codeOf(old), "192.0.2.51")).hasValueSatisfying(found -> {
            assertThat(found.status()).isEqualTo(CertificateStatus.REVOKED);
            assertThat(found.revocationCode()).isEqualTo(RevocationCode.REISSUED);
            assertThat(found.revocationReason()).isNull();
            assertThat(found.replacedBy()).isEqualTo(fresh.number());
        });
        assertThat(acting.as("staff", () -> certificates.audit(old.id()))).extracting(AuditLine::action)
                .containsExactly(CertificateAction.ISSUED, CertificateAction.REPLACED);
        assertThat(acting.as("staff", () -> certificates.audit(old.id())).get(1).detail()).isEqualTo(fresh.number());
        assertThat(acting.as("staff", () -> certificates.audit(fresh.id()))).singleElement()
                .satisfies(line -> {
                    assertThat(line.action()).isEqualTo(CertificateAction.REISSUED);
                    assertThat(line.detail()).isEqualTo(old.number());
                });
        assertThatThrownBy(() -> acting.as("staff", () -> certificates.reissue(old.id())))
                .isInstanceOf(RuleViolation.class).hasMessage("certificate.error.already-revoked");
    }

    @Test
    void a_trainee_reaches_only_their_own_certificates() {
        CertificateSummary mine = CertificateFixture.issue(context, "trainee4");
        CertificateSummary theirs = CertificateFixture.issue(context, "trainee5");

        assertThat(acting.as("trainee4", () -> certificates.mine(Language.KK))).extracting(CertificateSummary::id)
                .contains(mine.id()).doesNotContain(theirs.id());
        assertThat(acting.as("trainee4", () -> certificates.download(mine.id()))).isNotEmpty();
        assertThatThrownBy(() -> acting.as("trainee4", () -> certificates.download(theirs.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> acting.as("trainee4", () -> certificates.certificate(theirs.id(), Language.KK)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> acting.as("trainee4", () -> certificates.registry(RegistryFilter.none(), 0, 10,
                Language.KK))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> acting.as("trainee4", () -> certificates.revoke(mine.id(), "өзім")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void staff_reach_every_certificate_and_trainers_none() {
        CertificateSummary issued = CertificateFixture.issue(context, "trainee5");

        for (String staff : List.of("staff", "admin")) {
            assertThat(acting.as(staff, () -> certificates.download(issued.id()))).isNotEmpty();
            assertThat(acting.as(staff, () -> certificates.certificate(issued.id(), Language.RU)).title())
                    .isEqualTo(CertificateFixture.TITLE_RU);
        }
        assertThatThrownBy(() -> acting.as("trainer", () -> certificates.download(issued.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> acting.as("trainer", () -> certificates.certificate(issued.id(), Language.KK)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> acting.as("trainer", () -> certificates.registry(RegistryFilter.none(), 0, 10,
                Language.KK))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> acting.as("trainer", () -> certificates.audit(issued.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> acting.as("trainer", () -> certificates.reissue(issued.id())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_registry_filters_by_name_in_any_case_title_number_status_and_date_and_pages() {
        String title = "Тізілім " + UUID.randomUUID();
        CertificateSummary hashimov = CertificateFixture.issue(context, "trainee5", title);
        CertificateSummary kim = CertificateFixture.issue(context, "trainee2", title);
        CertificateSummary otebayeva = CertificateFixture.issue(context, "trainee3", title);
        acting.as("staff", () -> certificates.revoke(kim.id(), "қате"));

        assertThat(registry(new RegistryFilter(null, null, title, null, null, null)))
                .extracting(CertificateSummary::id).containsExactly(otebayeva.id(), kim.id(), hashimov.id());
        assertThat(registry(new RegistryFilter(null, "һашимов", title, null, null, null)))
                .extracting(CertificateSummary::id).containsExactly(hashimov.id());
        assertThat(registry(new RegistryFilter(hashimov.number().toLowerCase(), null, null, null, null, null)))
                .extracting(CertificateSummary::id).containsExactly(hashimov.id());
        assertThat(registry(new RegistryFilter(null, null, title, CertificateStatus.REVOKED, null, null)))
                .extracting(CertificateSummary::id).containsExactly(kim.id());
        assertThat(registry(new RegistryFilter(null, null, title, null, hashimov.issuedOn(), hashimov.issuedOn())))
                .hasSize(3);
        assertThat(registry(new RegistryFilter(null, null, title, null, hashimov.issuedOn().plusDays(1), null)))
                .isEmpty();
        assertThat(acting.as("staff", () -> certificates.registry(new RegistryFilter(null, null, title, null, null,
                null), 1, 1, Language.KK))).extracting(CertificateSummary::id).containsExactly(kim.id());
        assertThat(acting.as("staff", () -> certificates.registryCount(new RegistryFilter(null, null, title, null,
                null, null)))).isEqualTo(3);
    }

    @Test
    void staff_export_what_the_registry_finds_to_xlsx_with_kazakh_letters_intact() throws Exception {
        String title = "Экспорт " + UUID.randomUUID();
        CertificateSummary hashimov = CertificateFixture.issue(context, "trainee5", title);
        CertificateSummary kim = CertificateFixture.issue(context, "trainee2", title);
        acting.as("staff", () -> certificates.revoke(kim.id(), "Қате · ошибка"));
        List<String> headers = List.of("Нөмірі", "Иесі", "Бағдарлама", "Сағат", "Басталуы", "Аяқталуы",
                "Берілген күні", "Мәртебесі", "Күші жойылған", "Себебі");
        RegistryFilter filter = new RegistryFilter(null, null, title, null, null, null);

        byte[] xlsx = acting.as("staff", () -> certificates.registryXlsx(filter, Language.KK, "Тізілім", headers));

        try (var workbook = new org.dhatim.fastexcel.reader.ReadableWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var rows = workbook.getFirstSheet().read();
            assertThat(rows).hasSize(3);
            assertThat(rows.get(0).getCellText(1)).isEqualTo("Иесі");
            assertThat(rows.get(1).getCellText(0)).isEqualTo(kim.number());
            assertThat(rows.get(1).getCellText(7)).isEqualTo("REVOKED");
            assertThat(rows.get(1).getCellText(9)).isEqualTo("Қате · ошибка");
            assertThat(rows.get(2).getCellText(1)).isEqualTo("Бауыржан Һашимов");
            assertThat(rows.get(2).getCellText(0)).isEqualTo(hashimov.number());
        }
        assertThatThrownBy(() -> acting.as("trainer", () -> certificates.registryXlsx(filter, Language.KK, "Тізілім",
                headers))).isInstanceOf(AccessDeniedException.class);
    }

    private List<CertificateSummary> registry(RegistryFilter filter) {
        return acting.as("staff", () -> certificates.registry(filter, 0, 50, Language.KK));
    }
}
