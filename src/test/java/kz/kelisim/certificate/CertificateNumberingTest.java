package kz.kelisim.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

import kz.kelisim.Acting;
import kz.kelisim.AtTheSameMoment;
import kz.kelisim.base.AcademyTime;

/**
 * Certificate numbers run without gaps and without duplicates per series and year, even when many
 * staff members issue at the same moment; a number is used up only by a certificate that was saved.
 * Its own series, so other tests' certificates do not count.
 */
@SpringBootTest(properties = "kelisim.certificates.series=NUMTEST")
@Tag("persistence")
class CertificateNumberingTest {

    private static final String SERIES = "NUMTEST";

    @Autowired
    CertificateIssuing issuing;

    @Autowired
    CertificateRepository certificates;

    @Autowired
    CertificateEventRepository events;

    @Autowired
    CertificatePdfRepository pdfs;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    UserDetailsService users;

    @Autowired
    SecurityContextHolderStrategy securityContext;

    private static final AtomicLong TRAININGS = new AtomicLong(1_000_000);

    private final ExecutorService staff = Executors.newFixedThreadPool(8);

    @AfterEach
    void tearDown() {
        staff.shutdownNow();
    }

    @Test
    void eight_staff_members_issuing_twenty_five_each_at_once_get_two_hundred_numbers_in_a_row() throws Exception {
        int year = Year.now(AcademyTime.ZONE).getValue();
        int before = certificates.sequences(SERIES, year).size();
        long holder = acting().idOf("trainee");
        long issuer = acting().idOf("staff");
        Callable<List<String>> twentyFive = () -> {
            List<String> numbers = new ArrayList<>();
            for (int i = 0; i < 25; i++) {
                numbers.add(issuing.issue(draft(holder), issuer, CertificateAction.ISSUED, null).getNumber());
            }
            return numbers;
        };

        List<Object> results = AtTheSameMoment.run(staff, () -> { }, () -> { }, Collections.nCopies(8, twentyFive));

        List<String> numbers = results.stream().flatMap(result -> ((List<?>) result).stream())
                .map(String.class::cast).toList();
        assertThat(numbers).hasSize(200).doesNotHaveDuplicates();
        assertThat(numbers.stream().map(CertificateNumber::parse).map(CertificateNumber::sequence).sorted())
                .containsExactlyElementsOf(IntStream.rangeClosed(before + 1, before + 200).boxed().toList());
        assertThat(certificates.sequences(SERIES, year)).as("the whole series so far, from 1")
                .containsExactlyElementsOf(IntStream.rangeClosed(1, before + 200).boxed().toList());
        assertThat(numbers).allMatch(number -> number.matches("NUMTEST-" + year + "-\\d{6}"));
    }

    @Test
    void a_number_taken_by_an_issue_that_rolls_back_goes_to_the_next_certificate() {
        long holder = acting().idOf("trainee");
        long issuer = acting().idOf("staff");
        String rolledBack = transactions.execute(status -> {
            String number = issuing.issue(draft(holder), issuer, CertificateAction.ISSUED, null).getNumber();
            status.setRollbackOnly();
            return number;
        });

        String kept = issuing.issue(draft(holder), issuer, CertificateAction.ISSUED, null).getNumber();

        assertThat(kept).isEqualTo(rolledBack);
        assertThat(certificates.findByNumber(kept)).isPresent();
    }

    @Test
    void an_issued_certificate_has_an_unguessable_code_and_an_audit_line() {
        long holder = acting().idOf("trainee");
        long issuer = acting().idOf("staff");

        Certificate first = issuing.issue(draft(holder), issuer, CertificateAction.ISSUED, null);
        Certificate second = issuing.issue(draft(holder), issuer, CertificateAction.ISSUED, null);

        assertThat(first.getVerificationCode()).matches("[A-Za-z0-9_-]{22}")
                .isNotEqualTo(second.getVerificationCode());
        assertThat(VerificationCodes.isWellFormed(first.getVerificationCode())).isTrue();
        assertThat(events.findByCertificateIdOrderByHappenedAtAscIdAsc(first.getId())).singleElement()
                .satisfies(event -> {
                    assertThat(event.getAction()).isEqualTo(CertificateAction.ISSUED);
                    assertThat(event.getActorId()).isEqualTo(issuer);
                });
    }

    @Test
    void the_pdf_is_stored_with_its_sha256_and_reads_back_byte_for_byte() {
        long holder = acting().idOf("trainee");
        Certificate issued = issuing.issue(draft(holder), acting().idOf("staff"), CertificateAction.ISSUED, null);

        CertificatePdf first = pdfs.findById(issued.getId()).orElseThrow();
        CertificatePdf again = pdfs.findById(issued.getId()).orElseThrow();

        assertThat(first.getContent()).startsWith("%PDF".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo(again.getContent());
        assertThat(first.getSha256()).hasSize(64).isEqualTo(CertificateIssuing.sha256(again.getContent()));
        assertThat(kz.kelisim.base.pdf.PdfText.of(first.getContent())).contains(issued.getNumber());
    }

    @Test
    void verification_codes_do_not_repeat() {
        var codes = new HashSet<String>();
        for (int i = 0; i < 10_000; i++) {
            codes.add(VerificationCodes.next());
        }
        assertThat(codes).hasSize(10_000);
    }

    @Test
    void numbers_are_printed_with_series_year_and_six_digits_and_read_back() {
        CertificateNumber number = new CertificateNumber("KLS", 2026, 123);

        assertThat(number).hasToString("KLS-2026-000123");
        assertThat(CertificateNumber.parse("KLS-2026-000123")).isEqualTo(number);
        assertThatThrownBy(() -> CertificateNumber.parse("KLS-2026-12")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CertificateNumber("KLS", 2026, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    private Acting acting() {
        return new Acting(users, securityContext);
    }

    /** A certificate for a training of its own (the same training is certified once per person). */
    static CertificateDraft draft(long holder) {
        return new CertificateDraft(holder, "Әсел Нұрланқызы Жақсылықова", null, TRAININGS.incrementAndGet(),
                "Этномедиация негіздері", "Основы этномедиации", null, 24, LocalDate.of(2026, 11, 2),
                LocalDate.of(2026, 11, 6), "Астана");
    }
}
