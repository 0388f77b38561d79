package kz.kelisim.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

import com.sun.management.OperatingSystemMXBean;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;

import kz.kelisim.certificate.CertificateViews.BulkProgress;
import kz.kelisim.security.KelisimPrincipal;

/**
 * Bulk issue of 1,000 certificates end to end (number, verification code, XHTML from the template,
 * QR code, PDF render, PAdES signature with the demo key, SHA-256, stored in the embedded H2 database
 * with the audit line) through the bulk runner as a seminar's "issue to everyone" uses it, against
 * raw rendering of the same certificates on the same cores with nothing else (the baseline: the
 * pipeline, signing included, should reach 75 % of it, and 120 certificates a second). Rendering and
 * signing without the database is measured too, to show what the signature costs. Peak heap from the
 * JVM's heap pools. Not part of the test suite: {@code ./mvnw -Pbenchmark test}; results in
 * target/benchmarks/certificates.md.
 */
@Tag("benchmark")
@SpringBootTest(properties = "kelisim.certificates.series=BENCH")
class CertificateIssueBenchmark {

    private static final int CERTIFICATES = 1_000;
    private static final int WARM_UP = 400;
    private static final AtomicLong TRAININGS = new AtomicLong(9_000_000);

    @Autowired
    CertificateBulkRunner bulk;

    @Autowired
    CertificateDocument document;

    @Autowired
    UserDetailsService users;

    @Autowired
    CertificateSigning signing;

    @Test
    void a_thousand_certificates_issued_end_to_end() throws IOException {
        List<KelisimPrincipal> holders = List.of("trainee", "trainee2", "trainee3", "trainee4", "trainee5").stream()
                .map(name -> (KelisimPrincipal) users.loadUserByUsername(name)).toList();
        long staff = ((KelisimPrincipal) users.loadUserByUsername("staff")).accountId();
        int cores = Runtime.getRuntime().availableProcessors();
        ExecutorService renderers = Executors.newFixedThreadPool(cores);
        try {
            bulk.runNow(drafts(holders, WARM_UP), staff);
            render(drafts(holders, WARM_UP), renderers, false);
            render(drafts(holders, WARM_UP), renderers, true);

            long renderStart = System.nanoTime();
            long renderCpu = processCpu();
            render(drafts(holders, CERTIFICATES), renderers, false);
            double renderSeconds = (System.nanoTime() - renderStart) / 1e9;
            double renderCpuSeconds = (processCpu() - renderCpu) / 1e9;
            long signedStart = System.nanoTime();
            long signedCpu = processCpu();
            render(drafts(holders, CERTIFICATES), renderers, true);
            double signedSeconds = (System.nanoTime() - signedStart) / 1e9;
            double signedCpuSeconds = (processCpu() - signedCpu) / 1e9;

            List<CertificateDraft> drafts = drafts(holders, CERTIFICATES);
            System.gc();
            resetPeakHeap();
            long start = System.nanoTime();
            long cpu = processCpu();
            BulkProgress done = bulk.runNow(drafts, staff);
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpuSeconds = (processCpu() - cpu) / 1e9;
            long peakHeap = peakHeap();

            assertThat(done.issued()).isEqualTo(CERTIFICATES);
            assertThat(done.failed()).isFalse();
            double perSecond = CERTIFICATES / seconds;
            double rawPerSecond = CERTIFICATES / renderSeconds;
            double signedPerSecond = CERTIFICATES / signedSeconds;
            String load = String.format(Locale.ROOT, "%.1f",
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            String report = String.format(Locale.ROOT, "Date %s, %d cores, load average %s, %s %s, H2 embedded (in"
                    + " memory), %d warm-up certificates each way%n%n"
                    + "| measure | certificates per second (wall) | total | CPU seconds of the JVM | certificates per"
                    + " CPU second | on %d cores of its own |%n"
                    + "|---|---|---|---|---|---|%n"
                    + "| baseline: raw rendering (template XHTML + QR + PDF, %d threads, no database) | %.1f | %.2f s"
                    + " | %.2f | %.1f | %.0f /s |%n"
                    + "| rendering and PAdES signing (%d threads, no database) | %.1f | %.2f s | %.2f | %.1f | %.0f /s |%n"
                    + "| **bulk issue end to end** (number, code, render, sign, hash, store, audit) | **%.1f** | %.2f s"
                    + " | %.2f | %.1f | **%.0f /s** |%n%n"
                    + "End to end / raw rendering: %.0f %% by wall time, %.0f %% by CPU time. Peak heap during the bulk"
                    + " issue: %.0f MB.%n",
                    LocalDate.now(), cores, load, System.getProperty("java.vm.name"), System.getProperty("java.version"),
                    WARM_UP, cores,
                    cores, rawPerSecond, renderSeconds, renderCpuSeconds, CERTIFICATES / renderCpuSeconds,
                    cores * CERTIFICATES / renderCpuSeconds,
                    cores, signedPerSecond, signedSeconds, signedCpuSeconds, CERTIFICATES / signedCpuSeconds,
                    cores * CERTIFICATES / signedCpuSeconds,
                    perSecond, seconds, cpuSeconds, CERTIFICATES / cpuSeconds, cores * CERTIFICATES / cpuSeconds,
                    100 * perSecond / rawPerSecond, 100 * renderCpuSeconds / cpuSeconds, peakHeap / 1024.0 / 1024);
            Path file = Path.of("target", "benchmarks", "certificates.md");
            Files.createDirectories(file.getParent());
            Files.writeString(file, report);
            System.out.println("\n" + report);
        } finally {
            renderers.shutdownNow();
        }
    }

    private void render(List<CertificateDraft> drafts, ExecutorService renderers, boolean signed) {
        Instant now = Instant.now();
        List<CompletableFuture<byte[]>> pdfs = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            Certificate certificate = new Certificate(new CertificateNumber("RAW", 2026, i + 1),
                    VerificationCodes.next(), drafts.get(i), "Қазақстан Республикасы Президентінің жанындағы"
                            + " Мемлекеттік басқару академиясы",
                    "Академия государственного управления при Президенте Республики Казахстан", LocalDate.now(), now,
                    1);
            pdfs.add(CompletableFuture.supplyAsync(() -> signed
                    ? signing.sign(document.render(certificate), now, document.signatureReason(certificate))
                    : document.render(certificate), renderers));
        }
        pdfs.forEach(CompletableFuture::join);
    }

    private static List<CertificateDraft> drafts(List<KelisimPrincipal> holders, int count) {
        List<CertificateDraft> drafts = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            KelisimPrincipal holder = holders.get(i % holders.size());
            drafts.add(new CertificateDraft(holder.accountId(), holder.fullName(), null, TRAININGS.incrementAndGet(),
                    "Этносаралық қақтығыстардың алдын алу және медиация", "Профилактика межэтнических конфликтов"
                            + " и медиация", null, 72, LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 13),
                    "Астана"));
        }
        return drafts;
    }

    /** CPU time of this JVM, all threads (the machine's other load does not count in it). */
    private static long processCpu() {
        return ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static void resetPeakHeap() {
        ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP)
                .forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** The sum of the heap pools' peaks: an upper bound of the heap in use at any one moment. */
    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    }
}
