package kz.kelisim.course;

import java.time.Instant;
import java.util.List;

/**
 * What the last load did with one course folder (or with a loaded course whose folder is gone):
 * {@code problems} are why a folder was rejected; {@code liveVersion} is what trainees see now.
 */
public record CourseLoadStatus(String courseId, Outcome outcome, String liveVersion, String liveHash,
        Instant loadedAt, List<ContentProblem> problems) {

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
