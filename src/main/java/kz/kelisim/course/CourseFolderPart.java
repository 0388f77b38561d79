package kz.kelisim.course;

import java.nio.file.Path;
import java.util.List;

/**
 * Another feature's part of a course folder (the question bank): read and checked with the rest of
 * the folder, and stored in the transaction that stores the course, so a course loads with all its
 * parts or not at all. Features implement it as a Spring bean; courses never know who they are.
 *
 * @param <T> what is read and then stored
 */
public interface CourseFolderPart<T> {

    /**
     * Reads this part from the course folder, reporting problems with file (prefixed by
     * {@code folderName}) and line. Called only for a folder whose own content has no problem.
     */
    T read(Path courseFolder, String folderName, CourseContent content, List<ContentProblem> problems);

    /** Replaces what is stored for the course with {@code part}; runs inside the course's transaction. */
    void store(String courseId, T part);

    /** A part read from a folder, kept with the reader that will store it. */
    record Read<T>(CourseFolderPart<T> part, T value) {

        static <T> Read<T> of(CourseFolderPart<T> part, Path folder, String folderName, CourseContent content,
                List<ContentProblem> problems) {
            return new Read<>(part, part.read(folder, folderName, content, problems));
        }

        void store(String courseId) {
            part.store(courseId, value);
        }
    }
}
