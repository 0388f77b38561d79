package kz.kelisim.demo;

import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import kz.kelisim.base.Language;
import kz.kelisim.course.CourseEditors;
import kz.kelisim.course.CourseEditors.EditableCourse;
import kz.kelisim.security.RunAs;

/**
 * Demo mode: the demo trainer edits every loaded course's content and question bank, as an
 * administrator would have granted it (People, the person's page). Runs once: a trainer who edits
 * any course already is left as they are.
 */
@Component
@Order(35)
@ConditionalOnProperty(name = "kelisim.demo.enabled", havingValue = "true")
class DemoCourseEditors implements ApplicationRunner {

    static final String EDITOR = "trainer";

    private final CourseEditors editors;
    private final RunAs runAs;

    DemoCourseEditors(CourseEditors editors, RunAs runAs) {
        this.editors = editors;
        this.runAs = runAs;
    }

    @Override
    public void run(ApplicationArguments args) {
        runAs.doAs("admin", () -> {
            long trainer = runAs.idOf(EDITOR);
            if (editors.coursesEditedBy(trainer).isEmpty()) {
                Set<String> all = editors.courses(Language.KK).stream().map(EditableCourse::id)
                        .collect(Collectors.toSet());
                editors.setCoursesEditedBy(trainer, all);
            }
        });
    }
}
