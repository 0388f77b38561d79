package kz.kelisim.quiz;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Submits attempts whose time ran out while nobody was looking (the tab closed, the connection
 * dropped): every attempt is submitted at its deadline even if its trainee never comes back.
 */
@Component
class AttemptDeadlines {

    private static final Logger log = LoggerFactory.getLogger(AttemptDeadlines.class);

    private final AttemptRepository attempts;
    private final AttemptGrading grading;
    private final Clock clock;
    private final TransactionTemplate transactions;

    AttemptDeadlines(AttemptRepository attempts, AttemptGrading grading, Clock clock,
            PlatformTransactionManager transactionManager) {
        this.attempts = attempts;
        this.grading = grading;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    @Scheduled(fixedDelayString = "${kelisim.quiz.deadline-sweep:PT15S}", initialDelayString = "PT5S")
    void submitOverdue() {
        int submitted = 0;
        for (Long id : transactions.execute(status -> attempts.findOverdueIds(clock.instant()))) {
            // one transaction each: an attempt saved by its trainee meanwhile waits for its lock
            Boolean done = transactions.execute(status -> attempts.lockById(id)
                    .filter(attempt -> attempt.isOverdueAt(clock.instant()))
                    .map(attempt -> {
                        grading.submit(attempt, clock.instant());
                        return true;
                    }).orElse(false));
            if (Boolean.TRUE.equals(done)) {
                submitted++;
            }
        }
        if (submitted > 0) {
            log.info("Submitted {} quiz attempts whose time was up", submitted);
        }
    }
}
