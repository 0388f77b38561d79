package kz.kelisim.certificate;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives certificate numbers: sequential per series and year, unique, and without gaps. The number is
 * taken from a counter row locked ({@code SELECT ... FOR UPDATE}) in the transaction that issues the
 * certificate, so a second issuer waits until the first commits (and gets the next number) or rolls
 * back (and gets the same number again). A number is therefore used up only by a certificate that
 * was saved. The price: issues of one series and year are serialised; keep the issuing transaction short.
 */
@Component
class CertificateNumbering {

    private final CertificateCounterRepository counters;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;

    CertificateNumbering(CertificateCounterRepository counters, JdbcTemplate jdbc,
            PlatformTransactionManager transactions) {
        this.counters = counters;
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The next number, reserved until the caller's transaction ends (and kept only if it commits). */
    @Transactional(propagation = Propagation.MANDATORY)
    public CertificateNumber next(String series, int year) {
        if (!counters.exists(series, year)) {
            createCounter(series, year);
        }
        CertificateCounter counter = counters.lock(series, year)
                .orElseThrow(() -> new IllegalStateException("No counter for " + series + " " + year));
        return new CertificateNumber(series, year, counter.next());
    }

    /**
     * The next {@code count} numbers at once, for a bulk issue that saves them all in the caller's
     * transaction (so they are all kept, or none).
     *
     * @return the first of them; the others follow it
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public CertificateNumber nextBlock(String series, int year, int count) {
        if (!counters.exists(series, year)) {
            createCounter(series, year);
        }
        CertificateCounter counter = counters.lock(series, year)
                .orElseThrow(() -> new IllegalStateException("No counter for " + series + " " + year));
        return new CertificateNumber(series, year, counter.take(count));
    }

    /**
     * The year's first issue makes its counter in a transaction of its own, committed before the lock
     * is taken, so two first issuers cannot both make one; the loser of that race uses the winner's row.
     */
    private void createCounter(String series, int year) {
        try {
            ownTransaction.executeWithoutResult(status -> jdbc.update(
                    "insert into certificate_counter (series, issue_year, last_value) values (?, ?, 0)", series, year));
        } catch (DataIntegrityViolationException alreadyMade) {
            // another issuer made it first
        }
    }
}
