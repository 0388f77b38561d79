package kz.kelisim.course.ui;

import java.util.List;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.html.Span;

import kz.kelisim.base.Language;
import kz.kelisim.course.CourseTopic;

/** Small pieces of text the course screens share: topic, hours, language badges. */
final class CourseTexts {

    private CourseTexts() {
    }

    static String topic(Component where, CourseTopic topic) {
        return where.getTranslation("course.topic." + topic.code());
    }

    static String languages(Component where, List<Language> languages) {
        return languages.stream().map(language -> where.getTranslation("language." + language.tag() + ".short"))
                .collect(Collectors.joining(" · "));
    }

    static Span meta(Component where, CourseTopic topic, int hours, List<Language> languages) {
        Span meta = new Span(where.getTranslation("course.meta", topic(where, topic), hours, languages(where, languages)));
        meta.addClassName("course-meta");
        return meta;
    }

    /**
     * Puts HTML that {@code LessonRenderer} has already sanitised into the element. Only ever pass
     * the renderer's output here.
     */
    static <T extends HtmlContainer> T sanitisedHtml(T container, String sanitisedHtml) {
        container.addClassName("lesson-body");
        container.getElement().setProperty("innerHTML", sanitisedHtml);
        return container;
    }

    /** "Shown in Kazakh: this course has no English version." */
    static Span fallbackNotice(Component where, Language shownIn) {
        Span notice = new Span(where.getTranslation("course.fallback",
                where.getTranslation("language." + shownIn.tag())));
        notice.addClassNames("notice", "card", "fallback-notice");
        return notice;
    }
}
