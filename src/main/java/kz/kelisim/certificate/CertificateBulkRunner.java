package kz.kelisim.certificate;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import com.vaadin.flow.shared.Registration;

import kz.kelisim.base.RuleViolation;
import kz.kelisim.certificate.CertificateViews.BulkProgress;

/**
 * Issues a seminar's certificates in the background, in batches: each batch takes its numbers as one
 * block and renders its PDFs on every core while the counter is locked, then commits (all of the batch
 * or none, so numbers stay without gaps). A batch refused because someone was certified meanwhile is
 * issued one by one, skipping those. Progress per seminar stays in memory until the next run for that
 * seminar, so staff may leave the page and come back.
 */
@Component
class CertificateBulkRunner implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(CertificateBulkRunner.class);

    /** Small enough that other issuers wait a fraction of a second for the counter. */
    static final int BATCH = 32;

    private final CertificateIssuing issuing;
    private final ExecutorService background = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "certificate-bulk");
        thread.setDaemon(true);
        return thread;
    });
    private final ExecutorService renderers = Executors.newFixedThreadPool(
            Runtime.getRuntime().availableProcessors(), runnable -> {
                Thread thread = new Thread(runnable, "certificate-render");
                thread.setDaemon(true);
                // the people using Kelisim meanwhile come first
                thread.setPriority(Thread.NORM_PRIORITY - 1);
                return thread;
            });
    private final Map<Long, Job> jobs = new ConcurrentHashMap<>();

    CertificateBulkRunner(CertificateIssuing issuing) {
        this.issuing = issuing;
    }

    /** Starts issuing the drafts unless a run for the seminar is under way; either way, its progress. */
    BulkProgress start(long seminarId, List<CertificateDraft> drafts, long actorId) {
        Job job = jobs.compute(seminarId, (id, running) -> running != null && !running.finished()
                ? running : new Job(drafts.size()));
        if (job.started.compareAndSet(0, 1)) {
            background.submit(() -> run(job, drafts, actorId));
        }
        return job.progress();
    }

    Optional<BulkProgress> progress(long seminarId) {
        return Optional.ofNullable(jobs.get(seminarId)).map(Job::progress);
    }

    /**
     * Tells the watcher the run's progress now and after every batch until it ends, in the runner's
     * thread: a screen hands it on with {@code UI.access} (server push).
     */
    Registration watch(long seminarId, Consumer<BulkProgress> watcher) {
        Job job = jobs.get(seminarId);
        if (job == null) {
            return () -> { };
        }
        job.watchers.add(watcher);
        watcher.accept(job.progress());
        return () -> job.watchers.remove(watcher);
    }

    /** Runs in the caller's thread: for the benchmark and for tests. */
    BulkProgress runNow(List<CertificateDraft> drafts, long actorId) {
        Job job = new Job(drafts.size());
        run(job, drafts, actorId);
        return job.progress();
    }

    private void run(Job job, List<CertificateDraft> drafts, long actorId) {
        try {
            for (int from = 0; from < drafts.size(); from += BATCH) {
                List<CertificateDraft> batch = drafts.subList(from, Math.min(drafts.size(), from + BATCH));
                try {
                    job.issued.addAndGet(issuing.issueAll(batch, actorId, renderers).size());
                    job.tellWatchers();
                } catch (RuleViolation refused) {
                    if (!refused.messageKey().equals("certificate.error.already-certified")) {
                        throw refused; // issuing is not possible as configured: stop, issue none of the rest
                    }
                    for (CertificateDraft draft : batch) {
                        try {
                            issuing.issue(draft, actorId, CertificateAction.ISSUED, null);
                            job.issued.incrementAndGet();
                        } catch (RuleViolation alreadyCertified) {
                            job.skipped.incrementAndGet();
                        }
                    }
                }
            }
        } catch (RuntimeException e) {
            log.error("Bulk issue stopped after {} of {} certificates", job.issued.get(), job.total, e);
            job.failed = true;
        } finally {
            job.done = true;
            job.tellWatchers();
        }
    }

    @Override
    public void destroy() {
        background.shutdownNow();
        renderers.shutdownNow();
    }

    private static final class Job {

        final int total;
        final AtomicInteger started = new AtomicInteger();
        final AtomicInteger issued = new AtomicInteger();
        final AtomicInteger skipped = new AtomicInteger();
        volatile boolean done;
        volatile boolean failed;
        final List<Consumer<BulkProgress>> watchers = new CopyOnWriteArrayList<>();

        Job(int total) {
            this.total = total;
        }

        boolean finished() {
            return done;
        }

        BulkProgress progress() {
            return new BulkProgress(total, issued.get(), skipped.get(), done, failed);
        }

        void tellWatchers() {
            BulkProgress now = progress();
            for (Consumer<BulkProgress> watcher : watchers) {
                try {
                    watcher.accept(now);
                } catch (RuntimeException gone) {
                    // a closed screen must not stop the run
                    watchers.remove(watcher);
                }
            }
        }
    }
}
