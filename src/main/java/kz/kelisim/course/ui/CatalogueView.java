package kz.kelisim.course.ui;

import java.util.Optional;

import org.springframework.data.domain.PageRequest;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.PermitAll;
import kz.kelisim.base.Language;
import kz.kelisim.course.CourseCatalogue;
import kz.kelisim.course.CourseSearch;
import kz.kelisim.course.CourseTopic;
import kz.kelisim.course.CourseViews.CourseCard;

/** The course catalogue: search by words, filter by language and topic, page through lazily. */
@Route("courses")
@PermitAll
@Menu(order = 10, title = "nav.catalogue", icon = "vaadin:book")
public class CatalogueView extends VerticalLayout implements HasDynamicTitle {

    private static final int PAGE_SIZE = 20;

    private final CourseCatalogue catalogue;
    private final TextField words = new TextField();
    private final Select<Language> language = new Select<>();
    private final Select<CourseTopic> topic = new Select<>();
    private final Grid<CourseCard> courses = new Grid<>();

    public CatalogueView(CourseCatalogue catalogue) {
        this.catalogue = catalogue;
        addClassName("catalogue-view");

        words.setId("catalogue-search");
        words.setLabel(getTranslation("catalogue.search"));
        words.setPlaceholder(getTranslation("catalogue.search.placeholder"));
        words.setPrefixComponent(VaadinIcon.SEARCH.create());
        words.setClearButtonVisible(true);
        words.setValueChangeMode(ValueChangeMode.LAZY);
        words.addValueChangeListener(change -> refresh());

        language.setId("catalogue-language");
        language.setLabel(getTranslation("catalogue.language"));
        language.setItems(Language.values());
        language.setEmptySelectionAllowed(true);
        language.setEmptySelectionCaption(getTranslation("catalogue.any-language"));
        language.setItemLabelGenerator(item -> item == null ? getTranslation("catalogue.any-language")
                : getTranslation("language." + item.tag()));
        language.addValueChangeListener(change -> refresh());

        topic.setId("catalogue-topic");
        topic.setLabel(getTranslation("catalogue.topic"));
        topic.setItems(CourseTopic.values());
        topic.setEmptySelectionAllowed(true);
        topic.setEmptySelectionCaption(getTranslation("catalogue.any-topic"));
        topic.setItemLabelGenerator(item -> item == null ? getTranslation("catalogue.any-topic")
                : CourseTexts.topic(this, item));
        topic.addValueChangeListener(change -> refresh());

        FlexLayout filters = new FlexLayout(words, language, topic);
        filters.addClassName("catalogue-filters");

        courses.setId("catalogue-courses");
        courses.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_NO_ROW_BORDERS, GridVariant.LUMO_WRAP_CELL_CONTENT);
        courses.addComponentColumn(this::card).setKey("course").setHeader(getTranslation("catalogue.courses"));
        courses.setEmptyStateText(getTranslation("catalogue.empty"));
        courses.setPageSize(PAGE_SIZE);
        courses.setSelectionMode(Grid.SelectionMode.NONE);

        add(new H1(getTranslation("catalogue.title")), filters, courses);
        setFlexGrow(1, courses);
        setSizeFull();
        refresh();
    }

    private void refresh() {
        CourseSearch search = new CourseSearch(words.getValue(), Optional.ofNullable(language.getValue()),
                Optional.ofNullable(topic.getValue()));
        Language reader = Language.of(getLocale()).orElse(Language.DEFAULT);
        courses.setItems(query -> catalogue.search(search, reader, PageRequest.of(query.getPage(), query.getPageSize()))
                .stream(), query -> (int) catalogue.count(search));
    }

    private Div card(CourseCard course) {
        RouterLink title = new RouterLink(course.title(), CourseView.class,
                new RouteParameters(CourseView.COURSE_ID, course.id()));
        title.addClassName("course-card-title");
        Paragraph description = new Paragraph(course.description());
        description.addClassName("course-card-description");
        Div card = new Div(title, CourseTexts.meta(this, course.topic(), course.hours(), course.languages()),
                description);
        if (course.enrolled()) {
            Span enrolled = new Span(getTranslation("catalogue.enrolled", course.percent()));
            enrolled.addClassName("badge");
            card.add(enrolled);
        }
        card.addClassName("course-card");
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("catalogue.title");
    }
}
