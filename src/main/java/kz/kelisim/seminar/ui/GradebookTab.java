package kz.kelisim.seminar.ui;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;

import kz.kelisim.seminar.GradebookService;
import kz.kelisim.seminar.GradebookViews.Gradebook;
import kz.kelisim.seminar.GradebookViews.GradebookRow;
import kz.kelisim.seminar.SeminarViews.Choice;
import kz.kelisim.seminar.SeminarViews.SeminarPage;

/**
 * The gradebook, for those who run the seminar: participants by pre-test, final test, group
 * exercises and attendance, filtered by group and region, and exported to CSV or XLSX.
 */
@org.springframework.stereotype.Component
class GradebookTab implements SeminarTab {

    private final GradebookService gradebooks;
    private final GradebookDownloads downloads;

    GradebookTab(GradebookService gradebooks, GradebookDownloads downloads) {
        this.gradebooks = gradebooks;
        this.downloads = downloads;
    }

    @Override
    public String labelKey() {
        return "seminar.tab.gradebook";
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public Component create(SeminarPage page) {
        Div tab = new Div();
        tab.addClassName("seminar-gradebook");
        Gradebook book = gradebooks.gradebook(page.id(), SeminarLocale.language(), false);
        if (book.rows().isEmpty()) {
            Paragraph empty = new Paragraph(tab.getTranslation("gradebook.empty"));
            empty.addClassName("empty-state");
            tab.add(empty);
            return tab;
        }
        Select<Choice> group = filter(tab, "participants.group", book.groups());
        group.setId("gradebook-group");
        Select<Choice> region = filter(tab, "participants.region", book.regions());
        region.setId("gradebook-region");
        Grid<GradebookRow> grid = new Grid<>();
        grid.setId("gradebook-grid");
        grid.setAllRowsVisible(true);
        // names and regions wrap rather than being cut: a person is found by the whole name
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(GradebookRow::fullName).setHeader(tab.getTranslation("participants.name")).setSortable(true)
                .setFlexGrow(3).setWidth("12rem").setFrozen(true);
        grid.addColumn(row -> row.group() == null ? "—" : row.group()).setHeader(tab.getTranslation("participants.group"))
                .setAutoWidth(true);
        grid.addColumn(row -> row.region() == null ? "—" : row.region())
                .setHeader(tab.getTranslation("participants.region")).setFlexGrow(2).setWidth("12rem");
        percentColumn(grid, tab, "gradebook.pre-test", GradebookRow::preTest);
        percentColumn(grid, tab, "gradebook.final-test", GradebookRow::finalTest);
        percentColumn(grid, tab, "gradebook.exercises", GradebookRow::exercises);
        percentColumn(grid, tab, "seminar.tab.attendance",
                row -> row.attendance() == null ? null : row.attendance().doubleValue());
        Runnable apply = () -> grid.setItems(book.rows().stream()
                .filter(row -> group.getValue() == null || group.getValue().id().equals(String.valueOf(row.groupId())))
                .filter(row -> region.getValue() == null || Objects.equals(region.getValue().id(), row.regionId()))
                .toList());
        group.addValueChangeListener(event -> apply.run());
        region.addValueChangeListener(event -> apply.run());
        apply.run();
        Div controls = new Div(group, region, downloads.links(page));
        controls.addClassName("attendance-controls");
        tab.add(controls, grid);
        return tab;
    }

    private static Select<Choice> filter(Div tab, String labelKey, List<Choice> choices) {
        Select<Choice> select = new Select<>();
        select.setLabel(tab.getTranslation(labelKey));
        select.setItems(choices);
        select.setItemLabelGenerator(choice -> choice == null ? "" : choice.name());
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(tab.getTranslation("gradebook.all"));
        return select;
    }

    private static void percentColumn(Grid<GradebookRow> grid, Div tab, String headerKey,
            Function<GradebookRow, Double> value) {
        grid.addColumn(row -> value.apply(row) == null ? "—" : Math.round(value.apply(row)) + " %")
                .setHeader(tab.getTranslation(headerKey)).setAutoWidth(true)
                .setComparator(row -> value.apply(row) == null ? -1 : value.apply(row));
    }
}
