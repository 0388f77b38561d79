package kz.kelisim.course;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of Spring tests that write their own course folders: Kelisim loads from a temporary courses
 * folder, emptied before each test. Subclasses share one Spring context; each uses its own course ids.
 */
@SpringBootTest
public abstract class CourseFolderTest {

    protected static final Path FOLDER = CourseFixture.temporaryFolder("kelisim-courses");

    @DynamicPropertySource
    static void coursesFolder(DynamicPropertyRegistry registry) {
        registry.add("kelisim.courses.dir", FOLDER::toString);
    }

    @BeforeEach
    void emptyCoursesFolder() {
        CourseFixture.empty(FOLDER);
    }
}
