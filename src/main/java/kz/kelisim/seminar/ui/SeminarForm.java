package kz.kelisim.seminar.ui;

import java.util.stream.Collectors;
import java.util.function.LongConsumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

import kz.kelisim.base.Language;
import kz.kelisim.base.RuleViolation;
import kz.kelisim.seminar.SeminarDetails;
import kz.kelisim.seminar.SeminarService;
import kz.kelisim.seminar.SeminarStatus;
import kz.kelisim.seminar.SeminarViews.Choice;
import kz.kelisim.seminar.SeminarViews.ProgrammeChoice;
import kz.kelisim.ui.Localized;

/**
 * Creating or editing a seminar in a dialog: titles in kk and ru (en optional), venue and region,
 * dates, capacity, status. The service checks everything again; its refusal shows in the dialog.
 */
class SeminarForm extends Dialog {

    private final TextField titleKk = new TextField();
    private final TextField titleRu = new TextField();
    private final TextField titleEn = new TextField();
    private final TextField venue = new TextField();
    private final TextField venueRu = new TextField();
    private final TextField venueEn = new TextField();
    private final Select<Choice> region = new Select<>();
    private final DatePicker startsOn = Localized.datePicker(new DatePicker());
    private final DatePicker endsOn = Localized.datePicker(new DatePicker());
    private final IntegerField capacity = new IntegerField();
    private final Select<SeminarStatus> status = new Select<>();
    private final MultiSelectComboBox<Choice> courses = new MultiSelectComboBox<>();
    private final Select<ProgrammeChoice> programme = new Select<>();
    private final Span error = new Span();

    /**
     * @param seminarId null to create a seminar
     * @param saved     called with the seminar's id once saved
     */
    SeminarForm(SeminarService seminars, Long seminarId, SeminarDetails current, LongConsumer saved) {
        setHeaderTitle(getTranslation(seminarId == null ? "seminar.form.new" : "seminar.form.edit"));
        Language language = Language.of(getLocale()).orElse(Language.DEFAULT);
        titleKk.setLabel(getTranslation("seminar.form.title-kk"));
        titleRu.setLabel(getTranslation("seminar.form.title-ru"));
        titleEn.setLabel(getTranslation("seminar.form.title-en"));
        venue.setLabel(getTranslation("seminar.form.venue"));
        venueRu.setLabel(getTranslation("seminar.form.venue-ru"));
        venueEn.setLabel(getTranslation("seminar.form.venue-en"));
        region.setLabel(getTranslation("seminar.form.region"));
        region.setItems(seminars.regions(language));
        region.setItemLabelGenerator(choice -> choice == null ? "" : choice.name());
        startsOn.setLabel(getTranslation("seminar.form.starts"));
        endsOn.setLabel(getTranslation("seminar.form.ends"));
        capacity.setLabel(getTranslation("seminar.form.capacity"));
        capacity.setMin(1);
        capacity.setMax(SeminarDetails.MAX_CAPACITY);
        capacity.setStepButtonsVisible(true);
        status.setLabel(getTranslation("seminar.form.status"));
        status.setItems(SeminarStatus.values());
        status.setItemLabelGenerator(value -> value == null ? ""
                : getTranslation("seminar.status." + value.name().toLowerCase()));
        courses.setLabel(getTranslation("seminar.form.courses"));
        courses.setItems(seminars.courseChoices(language));
        courses.setItemLabelGenerator(Choice::name);
        courses.setId("seminar-courses");
        for (var field : new TextField[] {titleKk, titleRu, titleEn, venue, venueRu, venueEn}) {
            field.setMaxLength(SeminarDetails.MAX_TEXT);
        }
        titleKk.setRequiredIndicatorVisible(true);
        titleRu.setRequiredIndicatorVisible(true);
        venue.setRequiredIndicatorVisible(true);
        titleKk.setId("seminar-title-kk");
        titleRu.setId("seminar-title-ru");
        titleEn.setId("seminar-title-en");
        venue.setId("seminar-venue");
        venueRu.setId("seminar-venue-ru");
        venueEn.setId("seminar-venue-en");
        region.setId("seminar-region");
        startsOn.setId("seminar-starts");
        endsOn.setId("seminar-ends");
        capacity.setId("seminar-capacity");
        status.setId("seminar-status");
        if (current != null) {
            titleKk.setValue(current.titleKk());
            titleRu.setValue(current.titleRu());
            titleEn.setValue(current.titleEn() == null ? "" : current.titleEn());
            venue.setValue(current.venue());
            venueRu.setValue(current.venueRu() == null ? "" : current.venueRu());
            venueEn.setValue(current.venueEn() == null ? "" : current.venueEn());
            region.getListDataView().getItems().filter(choice -> choice.id().equals(current.regionId())).findFirst()
                    .ifPresent(region::setValue);
            startsOn.setValue(current.startsOn());
            endsOn.setValue(current.endsOn());
            capacity.setValue(current.capacity());
            status.setValue(current.status());
            courses.setValue(courses.getListDataView().getItems()
                    .filter(choice -> current.courseIds().contains(choice.id())).collect(Collectors.toSet()));
        } else {
            capacity.setValue(30);
            status.setValue(SeminarStatus.PLANNED);
        }
        error.addClassName("form-error");
        error.setId("seminar-form-error");
        FormLayout form = new FormLayout(titleKk, titleRu, titleEn, venue, venueRu, venueEn, region, status, startsOn,
                endsOn, capacity, courses);
        form.setColspan(courses, 2);
        if (seminarId == null) {
            choosableProgrammes(seminars, language, form);
        }
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        add(form, error);
        Button save = new Button(getTranslation("seminar.form.save"), click -> {
            SeminarDetails details = new SeminarDetails(titleKk.getValue(), titleRu.getValue(), titleEn.getValue(),
                    venue.getValue(), region.getValue() == null ? null : region.getValue().id(), startsOn.getValue(),
                    endsOn.getValue(), capacity.getValue() == null ? 0 : capacity.getValue(), status.getValue(),
                    courses.getValue().stream().map(Choice::id).collect(Collectors.toSet()), venueRu.getValue(),
                    venueEn.getValue());
            try {
                long id = seminarId != null ? update(seminars, seminarId, details)
                        : programme.getValue() != null ? seminars.createFromProgramme(programme.getValue().id(), details)
                        : seminars.create(details);
                close();
                saved.accept(id);
            } catch (RuleViolation refused) {
                error.setText(getTranslation(refused.messageKey(), refused.arguments()));
            }
        });
        save.setId("seminar-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("seminar.form.cancel"), click -> close());
        getFooter().add(cancel, save);
    }

    /**
     * A new seminar may follow a programme: choosing one fills in what is still empty (titles), links
     * its courses and makes the seminar as long as the programme; the schedule is made on saving.
     */
    private void choosableProgrammes(SeminarService seminars, Language language, FormLayout form) {
        var programmes = seminars.programmes(language);
        if (programmes.isEmpty()) {
            return;
        }
        programme.setLabel(getTranslation("seminar.form.programme"));
        programme.setId("seminar-programme");
        programme.setItems(programmes);
        programme.setEmptySelectionAllowed(true);
        programme.setEmptySelectionCaption(getTranslation("seminar.form.programme.none"));
        programme.setItemLabelGenerator(choice -> choice == null ? getTranslation("seminar.form.programme.none")
                : choice.title());
        programme.setHelperText(getTranslation("seminar.form.programme.help"));
        programme.addValueChangeListener(change -> {
            ProgrammeChoice chosen = change.getValue();
            if (chosen == null) {
                programme.setHelperText(getTranslation("seminar.form.programme.help"));
                return;
            }
            programme.setHelperText(getTranslation("seminar.form.programme.chosen", chosen.sessions(), chosen.hours(),
                    chosen.days()));
            fillIfEmpty(titleKk, chosen.titleKk());
            fillIfEmpty(titleRu, chosen.titleRu());
            fillIfEmpty(titleEn, chosen.titleEn());
            java.util.Set<Choice> linked = new java.util.HashSet<>(courses.getValue());
            courses.getListDataView().getItems().filter(choice -> chosen.courseIds().contains(choice.id()))
                    .forEach(linked::add);
            courses.setValue(linked);
            lastDayFromProgramme();
        });
        startsOn.addValueChangeListener(change -> lastDayFromProgramme());
        form.addComponentAsFirst(programme);
        form.setColspan(programme, 2);
    }

    /** The seminar ends on the programme's last day, counted from its first. */
    private void lastDayFromProgramme() {
        if (programme.getValue() != null && startsOn.getValue() != null) {
            endsOn.setValue(startsOn.getValue().plusDays(programme.getValue().days() - 1L));
        }
    }

    private static void fillIfEmpty(TextField field, String text) {
        if (field.isEmpty() && text != null) {
            field.setValue(text);
        }
    }

    private static long update(SeminarService seminars, long seminarId, SeminarDetails details) {
        seminars.update(seminarId, details);
        return seminarId;
    }
}
