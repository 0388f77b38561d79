package kz.kelisim.course.ui;

import java.util.List;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouterLink;

import kz.kelisim.course.LegalBasisService.CitingLesson;

/** The lessons waiting for a review against the law, each a link to the lesson: on the register and the start page. */
final class LessonsUnderReview {

    private LessonsUnderReview() {
    }

    static Section section(List<CitingLesson> waiting) {
        Section section = new Section();
        section.setId("lessons-under-review");
        section.addClassNames("card", "lessons-under-review");
        section.add(new H2(section.getTranslation("legal-basis.waiting", waiting.size())));
        if (waiting.isEmpty()) {
            Span none = new Span(section.getTranslation("legal-basis.waiting.none"));
            none.addClassName("empty-state");
            section.add(none);
            return section;
        }
        section.addClassName("notice");
        UnorderedList list = new UnorderedList();
        waiting.forEach(lesson -> list.add(new ListItem(new RouterLink(
                lesson.courseTitle() + " — " + lesson.lessonTitle(), LessonView.class,
                LessonView.parameters(lesson.courseId(), lesson.lessonId())))));
        section.add(list);
        return section;
    }
}
