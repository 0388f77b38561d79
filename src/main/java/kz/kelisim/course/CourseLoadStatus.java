package kz.kelisim.course;

import java.time.Instant;
import java.util.List;

/**
 * What the last load did with one course folder (or with a loaded course whose folder is gone):
 * {@code problems} are why a folder was rejected, or, for a loaded one, its warnings (translation
 * gaps in its question bank); {@code liveVersion} is what trainees see now.
 */
public record CourseLoadStatus(String courseId, Outcome outcome, String liveVersion, String liveHash,
        Instant loadedAt, List<ContentProblem> problems) {

    /** The problems that reject the folder (none when it was loaded). */
    public List<ContentProblem> errors() {
        return problems.stream().filter(problem -> !problem.warning()).toList();
    }

    /** The warnings: what is loaded but incomplete (translation gaps in the question bank). */
    public List<ContentProblem> warnings() {
        return problems.stream().filter(ContentProblem::warning).toList();
    }

    public enum Outcome {
        /** Loaded for the first time, or a changed version replaced the old one. */
        LOADED,
        /** Same content as the version already loaded: nothing to do. */
        UNCHANGED,
        /** The folder has problems; the version loaded before (if any) stays live. */
        REJECTED,
        /** Loaded earlier, but its folder is no longer there; it stays live for enrolled trainees. */
        FOLDER_MISSING
    }
}
