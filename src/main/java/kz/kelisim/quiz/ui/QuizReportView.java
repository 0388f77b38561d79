package kz.kelisim.quiz.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

import org.springframework.data.domain.PageRequest;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.RolesAllowed;
import kz.kelisim.base.AcademyTime;
import kz.kelisim.base.Language;
import kz.kelisim.quiz.QuizReportService;
import kz.kelisim.quiz.QuizReports.AttemptRow;
import kz.kelisim.quiz.QuizReports.AttemptsToAnalyse;
import kz.kelisim.quiz.QuizReports.GainsReport;
import kz.kelisim.quiz.QuizReports.QuizReport;
import kz.kelisim.quiz.QuizReports.QuizSummary;
import kz.kelisim.quiz.QuizReports.ReportCourse;
import kz.kelisim.quiz.QuizReports.SlotReport;
import kz.kelisim.quiz.QuizReports.TraineeGain;
import kz.kelisim.quiz.QuizSettings;
import kz.kelisim.quiz.QuizStatistics;
import kz.kelisim.security.Roles;
import kz.kelisim.ui.AccessibleTabs;

/**
 * Test reports for trainers, staff and administrators: choose a course and one of its tests, then
 * its statistics (figures with what they mean, the spread of scores, each question's figures with
 * the ones that need a look flagged), the trainees' gains from the pre-test to the final test, and
 * the submitted attempts with their reviews. The course and test are in the address, so a report
 * can be bookmarked and shared.
 */
@Route("test-reports/:courseId?/:quizId?")
@RolesAllowed({Roles.TRAINER, Roles.STAFF, Roles.ADMIN})
@Menu(order = 50, title = "nav.test-reports", icon = "vaadin:chart")
public class QuizReportView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String COURSE_ID = "courseId";
    static final String QUIZ_ID = "quizId";
    private static final String NONE = "—";

    private final QuizReportService reports;
    private final Select<ReportCourse> course = new Select<>();
    private final Select<QuizSummary> quiz = new Select<>();
    private final Div report = new Div();

    public QuizReportView(QuizReportService reports) {
        this.reports = reports;
        addClassName("quiz-report-view");
        course.setLabel(getTranslation("report.course"));
        course.setId("report-course");
        course.setItemLabelGenerator(ReportCourse::title);
        course.addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                UI.getCurrent().navigate(QuizReportView.class, parameters(event.getValue().courseId(), null));
            }
        });
        quiz.setLabel(getTranslation("report.quiz"));
        quiz.setId("report-quiz");
        quiz.setItemLabelGenerator(QuizSummary::title);
        quiz.addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null && course.getValue() != null) {
                UI.getCurrent().navigate(QuizReportView.class,
                        parameters(course.getValue().courseId(), event.getValue().quizId()));
            }
        });
        Div choice = new Div(course, quiz);
        choice.addClassName("report-choice");
        report.addClassName("report");
        add(new H1(getTranslation("report.title")), new Paragraph(getTranslation("report.intro")), choice, report);
    }

    static RouteParameters parameters(String courseId, String quizId) {
        Map<String, String> parameters = new HashMap<>();
        parameters.put(COURSE_ID, courseId);
        if (quizId != null) {
            parameters.put(QUIZ_ID, quizId);
        }
        return new RouteParameters(parameters);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Language reader = reader();
        report.removeAll();
        List<ReportCourse> courses = reports.courses(reader);
        course.setItems(courses);
        quiz.setItems(List.of());
        quiz.setEnabled(false);
        if (courses.isEmpty()) {
            report.add(emptyState(getTranslation("report.no-courses")));
            return;
        }
        String courseId = event.getRouteParameters().get(COURSE_ID).orElse(null);
        ReportCourse chosen = courses.stream().filter(candidate -> candidate.courseId().equals(courseId))
                .findFirst().orElse(null);
        course.setValue(chosen);
        if (chosen == null) {
            report.add(emptyState(getTranslation("report.choose-course")));
            return;
        }
        List<QuizSummary> quizzes = reports.quizzes(chosen.courseId(), reader);
        quiz.setItems(quizzes);
        quiz.setEnabled(true);
        if (quizzes.isEmpty()) {
            report.add(emptyState(getTranslation("report.no-quizzes")));
            return;
        }
        String quizId = event.getRouteParameters().get(QUIZ_ID).orElse(null);
        QuizSummary shown = quizzes.stream().filter(candidate -> candidate.quizId().equals(quizId)).findFirst()
                .orElse(quizzes.getFirst());
        quiz.setValue(shown);
        show(chosen.courseId(), shown);
    }

    private void show(String courseId, QuizSummary summary) {
        Paragraph counts = new Paragraph(getTranslation("report.counts", summary.attempts(), summary.trainees(),
                summary.essaysAwaiting()));
        counts.setId("report-counts");
        report.add(counts);
        if (summary.role() != QuizSettings.Role.NONE) {
            Span role = new Span(getTranslation("report.role." + summary.role().name().toLowerCase(Locale.ROOT)));
            role.addClassName("badge");
            counts.addComponentAsFirst(role);
        }
        TabSheet tabs = new AccessibleTabs();
        tabs.setId("report-tabs");
        tabs.setWidthFull();
        Div statistics = new Div();
        statistics.addClassName("report-statistics");
        tabs.add(getTranslation("report.tab.statistics"), statisticsTab(courseId, summary.quizId(), statistics));
        tabs.add(getTranslation("report.tab.gains"), gains(reports.gains(courseId, reader())));
        tabs.add(getTranslation("report.tab.attempts"), attempts(courseId, summary.quizId()));
        report.add(tabs);
    }

    private Component statisticsTab(String courseId, String quizId, Div statistics) {
        RadioButtonGroup<AttemptsToAnalyse> which = new RadioButtonGroup<>(getTranslation("report.analyse"));
        which.setId("report-analyse");
        which.setItems(AttemptsToAnalyse.values());
        which.setItemLabelGenerator(option -> getTranslation("report.analyse." + option.name().toLowerCase(Locale.ROOT)));
        which.setValue(AttemptsToAnalyse.ALL);
        which.addValueChangeListener(event -> statistics(courseId, quizId, event.getValue(), statistics));
        statistics(courseId, quizId, AttemptsToAnalyse.ALL, statistics);
        return new Div(which, statistics);
    }

    private void statistics(String courseId, String quizId, AttemptsToAnalyse which, Div into) {
        QuizReport quizReport = reports.statistics(courseId, quizId, which, reader());
        into.removeAll();
        UnorderedList analysed = new UnorderedList(new ListItem(getTranslation("report.analysed",
                quizReport.analysed())));
        analysed.setId("report-analysed");
        analysed.addClassName("report-analysed");
        if (quizReport.leftOutAwaitingGrading() > 0) {
            analysed.add(new ListItem(getTranslation("report.left-out.awaiting", quizReport.leftOutAwaitingGrading())));
        }
        if (quizReport.leftOutOtherSettings() > 0) {
            analysed.add(new ListItem(getTranslation("report.left-out.settings", quizReport.leftOutOtherSettings())));
        }
        into.add(analysed);
        if (quizReport.statistics().isEmpty()) {
            into.add(emptyState(getTranslation("report.too-few", QuizReportService.MIN_ATTEMPTS,
                    quizReport.analysed())));
            return;
        }
        QuizStatistics figures = quizReport.statistics().get();
        into.add(figures(figures), histogram(figures.histogram()), slots(quizReport.slots()));
    }

    private Section figures(QuizStatistics statistics) {
        DescriptionList list = new DescriptionList();
        list.addClassName("report-figures");
        figure(list, "mean", percent(statistics.meanPercent()));
        figure(list, "median", percent(statistics.medianPercent()));
        figure(list, "sd", percent(statistics.sdPercent()));
        figure(list, "alpha", percent(statistics.internalConsistency()));
        figure(list, "error-ratio", percent(statistics.errorRatio()));
        figure(list, "standard-error", percent(statistics.standardErrorPercent()));
        Section section = new Section(new H2(getTranslation("report.figures")), list);
        section.addClassNames("card", "report-section");
        section.setId("report-figures");
        return section;
    }

    private void figure(DescriptionList list, String name, String value) {
        Span number = new Span(value);
        number.addClassName("report-figure-value");
        Span help = new Span(getTranslation("report.figure." + name + ".help"));
        help.addClassName("report-figure-help");
        // each name with its value in one box of the grid (a dl may group dt and dd in a div)
        Div pair = new Div(new DescriptionList.Term(getTranslation("report.figure." + name)),
                new DescriptionList.Description(number, help));
        pair.addClassName("report-figure");
        list.add(pair);
    }

    /** The spread of total scores as a table with a bar per row; the numbers are in the table, the bars only show them. */
    private Section histogram(int[] bins) {
        int most = Math.max(1, Arrays.stream(bins).max().orElse(1));
        NativeTable table = new NativeTable();
        table.addClassName("report-histogram");
        table.setId("report-histogram");
        table.setCaptionText(getTranslation("report.histogram.help"));
        NativeTableRow head = new NativeTableRow(new NativeTableHeaderCell(getTranslation("report.histogram.score")),
                new NativeTableHeaderCell(getTranslation("report.histogram.attempts")), new NativeTableHeaderCell());
        table.getHead().addRows(head);
        NativeTableBody body = table.getBody();
        int width = 100 / bins.length;
        for (int bin = 0; bin < bins.length; bin++) {
            Div bar = new Div();
            bar.addClassName("histogram-bar");
            bar.getStyle().setWidth(100.0 * bins[bin] / most + "%");
            bar.getElement().setAttribute("aria-hidden", "true");
            NativeTableCell barCell = new NativeTableCell(bar);
            barCell.addClassName("histogram-bar-cell");
            NativeTableCell count = new NativeTableCell(String.valueOf(bins[bin]));
            count.addClassName("histogram-count");
            body.addRows(new NativeTableRow(new NativeTableHeaderCell(getTranslation("report.histogram.range",
                    bin * width, (bin + 1) * width)), count, barCell));
        }
        Section section = new Section(new H2(getTranslation("report.histogram")), table);
        section.addClassNames("card", "report-section");
        return section;
    }

    private Section slots(List<SlotReport> slots) {
        Grid<SlotReport> grid = new Grid<>();
        grid.setId("report-slots");
        grid.setAllRowsVisible(true);
        // a question's text is read whole, wrapped, not cut to its first words
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(SlotReport::number).setHeader(getTranslation("report.slot.number")).setAutoWidth(true)
                .setFlexGrow(0).setFrozen(true);
        grid.addColumn(this::questionsOf).setHeader(getTranslation("report.slot.question")).setFlexGrow(1)
                .setWidth("14rem").setKey("question");
        grid.addColumn(slot -> percent(slot.figures().facilityIndex())).setHeader(getTranslation("report.slot.facility"))
                .setAutoWidth(true).setKey("facility");
        grid.addColumn(slot -> percent(slot.figures().sdPercent())).setHeader(getTranslation("report.slot.sd"))
                .setAutoWidth(true);
        grid.addColumn(slot -> number(slot.figures().discriminationIndex()))
                .setHeader(getTranslation("report.slot.discrimination")).setAutoWidth(true).setKey("discrimination");
        grid.addColumn(slot -> percent(slot.figures().discriminativeEfficiency()))
                .setHeader(getTranslation("report.slot.efficiency")).setAutoWidth(true);
        grid.addComponentColumn(this::attention).setHeader(getTranslation("report.slot.attention")).setAutoWidth(true)
                .setKey("attention");
        grid.setItems(slots);
        UnorderedList legend = new UnorderedList();
        legend.addClassName("report-legend");
        for (String term : List.of("slot", "facility", "discrimination", "efficiency")) {
            legend.add(new ListItem(getTranslation("report.slots.legend." + term)));
        }
        Section section = new Section(new H2(getTranslation("report.slots")), grid, legend);
        section.addClassNames("card", "report-section");
        return section;
    }

    private String questionsOf(SlotReport slot) {
        if (slot.questions().size() == 1) {
            return slot.questions().getFirst().text();
        }
        return slot.questions().stream()
                .map(question -> getTranslation("report.slot.seen", question.text(), question.attempts()))
                .collect(Collectors.joining("; "));
    }

    private Component attention(SlotReport slot) {
        Div flags = new Div();
        slot.attention().stream().sorted().forEach(flag -> {
            Span badge = new Span(getTranslation("report.attention." + flag.name().toLowerCase(Locale.ROOT)));
            badge.addClassNames("badge", "report-attention");
            flags.add(badge);
        });
        return flags;
    }

    private Component gains(GainsReport gains) {
        Div tab = new Div();
        tab.setId("report-gains");
        if (!gains.hasTests()) {
            tab.add(emptyState(getTranslation("report.gains.none")));
            return tab;
        }
        List<String> lines = new ArrayList<>();
        lines.add(getTranslation("report.gains.pre-test", gains.preTestTitle() != null ? gains.preTestTitle()
                : getTranslation("report.gains.missing")));
        lines.add(getTranslation("report.gains.final-test", gains.finalTestTitle() != null ? gains.finalTestTitle()
                : getTranslation("report.gains.missing")));
        lines.forEach(line -> tab.add(new Paragraph(line)));
        if (gains.trainees().isEmpty()) {
            tab.add(emptyState(getTranslation("report.gains.no-trainees")));
            return tab;
        }
        Grid<TraineeGain> grid = new Grid<>();
        grid.setId("report-gains-grid");
        grid.setAllRowsVisible(true);
        grid.addColumn(row -> row.provisional() ? getTranslation("report.gains.provisional", row.name()) : row.name())
                .setHeader(getTranslation("report.gains.trainee")).setFlexGrow(1).setWidth("12rem").setFrozen(true);
        grid.addColumn(row -> percent(row.prePercent())).setHeader(getTranslation("report.gains.pre"))
                .setAutoWidth(true).setKey("pre");
        grid.addColumn(row -> percent(row.finalPercent())).setHeader(getTranslation("report.gains.final"))
                .setAutoWidth(true).setKey("final");
        grid.addColumn(row -> signed(row.gain())).setHeader(getTranslation("report.gains.gain")).setAutoWidth(true)
                .setKey("gain");
        grid.addColumn(row -> fraction(row.normalisedGain())).setHeader(getTranslation("report.gains.normalised"))
                .setAutoWidth(true).setKey("normalised");
        grid.setItems(gains.trainees());
        UnorderedList means = new UnorderedList();
        means.setId("report-gains-means");
        means.addClassName("report-means");
        means.add(new ListItem(getTranslation("report.gains.mean-pre", percent(gains.meanPre()))));
        means.add(new ListItem(getTranslation("report.gains.mean-final", percent(gains.meanFinal()))));
        if (gains.withBoth() > 0) {
            means.add(new ListItem(getTranslation("report.gains.mean-gain", gains.withBoth(), signed(gains.meanGain()),
                    fraction(gains.meanNormalisedGain()))));
        }
        Paragraph help = new Paragraph(getTranslation("report.gains.help"));
        help.addClassName("report-legend");
        tab.add(grid, means, help);
        return tab;
    }

    private Component attempts(String courseId, String quizId) {
        Grid<AttemptRow> grid = new Grid<>();
        grid.setId("report-attempts");
        grid.addColumn(AttemptRow::traineeName).setHeader(getTranslation("report.attempts.trainee")).setFlexGrow(1)
                .setWidth("12rem").setFrozen(true);
        grid.addColumn(AttemptRow::number).setHeader(getTranslation("quiz.attempts.number")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(row -> AcademyTime.format(row.submittedAt(), getLocale()))
                .setHeader(getTranslation("report.attempts.submitted")).setAutoWidth(true);
        grid.addColumn(row -> row.awaitingGrading() > 0
                ? getTranslation("quiz.attempts.awaiting", decimal(row.percent()))
                : decimal(row.percent()) + " %").setHeader(getTranslation("quiz.attempts.grade"))
                .setAutoWidth(true).setKey("grade");
        grid.addComponentColumn(row -> new RouterLink(getTranslation("quiz.attempts.review"), AttemptReviewView.class,
                AttemptView.parameters(row.attemptId()))).setHeader(getTranslation("quiz.attempts.review-header"))
                .setAutoWidth(true).setKey("review");
        grid.setItems(query -> reports.attempts(courseId, quizId, PageRequest.of(query.getPage(), query.getPageSize()))
                .stream(), query -> (int) reports.countAttempts(courseId, quizId));
        grid.setEmptyStateText(getTranslation("report.attempts.empty"));
        return grid;
    }

    private Paragraph emptyState(String text) {
        Paragraph empty = new Paragraph(text);
        empty.addClassName("empty-state");
        return empty;
    }

    private Language reader() {
        return Language.of(getLocale()).orElse(Language.DEFAULT);
    }

    private String percent(OptionalDouble value) {
        return value.isPresent() ? decimal(value.getAsDouble()) + " %" : NONE;
    }

    private String number(OptionalDouble value) {
        return value.isPresent() ? decimal(value.getAsDouble()) : NONE;
    }

    private String signed(OptionalDouble value) {
        if (value.isEmpty()) {
            return NONE;
        }
        double rounded = round(value.getAsDouble(), 1);
        return (rounded > 0 ? "+" : "") + Marks.format(rounded, getLocale());
    }

    /** A normalised gain, a share of 1, to two places. */
    private String fraction(OptionalDouble value) {
        return value.isPresent() ? Marks.format(round(value.getAsDouble(), 2), getLocale()) : NONE;
    }

    /** A figure to one place, as the reader writes numbers. */
    private String decimal(double value) {
        return Marks.format(round(value, 1), getLocale());
    }

    private static double round(double value, int digits) {
        double scale = Math.pow(10, digits);
        return Math.round(value * scale) / scale;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("report.title");
    }
}
