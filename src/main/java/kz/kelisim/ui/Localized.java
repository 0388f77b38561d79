package kz.kelisim.ui;

import java.util.Arrays;
import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;

import kz.kelisim.base.Language;

/**
 * Vaadin's components speak English by themselves ("Upload File...", "Drop file here", ISO dates);
 * these give them the reader's language and the dates as people in Kazakhstan write them
 * (dd.MM.yyyy, weeks from Monday, Kazakh and Russian month names).
 */
public final class Localized {

    private Localized() {
    }

    /** The upload's buttons, drop hint, errors and progress in the reader's language. */
    public static <U extends Upload> U upload(U upload) {
        UI ui = UI.getCurrent();
        UploadI18N i18n = new UploadI18N();
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(ui.getTranslation("upload.drop.one"))
                .setMany(ui.getTranslation("upload.drop.many")));
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(ui.getTranslation("upload.add.one"))
                .setMany(ui.getTranslation("upload.add.many")));
        i18n.setError(new UploadI18N.Error().setTooManyFiles(ui.getTranslation("upload.error.too-many"))
                .setFileIsTooBig(ui.getTranslation("upload.error.too-big"))
                .setIncorrectFileType(ui.getTranslation("upload.error.type")));
        i18n.setFile(new UploadI18N.File().setRetry(ui.getTranslation("upload.file.retry"))
                .setStart(ui.getTranslation("upload.file.start")).setRemove(ui.getTranslation("upload.file.remove")));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status().setConnecting(ui.getTranslation("upload.status.connecting"))
                        .setStalled(ui.getTranslation("upload.status.stalled"))
                        .setProcessing(ui.getTranslation("upload.status.processing"))
                        .setHeld(ui.getTranslation("upload.status.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                        .setPrefix(ui.getTranslation("upload.remaining.prefix"))
                        .setUnknown(ui.getTranslation("upload.remaining.unknown")))
                .setError(new UploadI18N.Uploading.Error()
                        .setServerUnavailable(ui.getTranslation("upload.error.server-unavailable"))
                        .setUnexpectedServerError(ui.getTranslation("upload.error.server"))
                        .setForbidden(ui.getTranslation("upload.error.forbidden"))
                        .setFileTooLarge(ui.getTranslation("upload.error.too-big"))));
        i18n.setUnits(List.of(ui.getTranslation("upload.units").split(",")));
        upload.setI18n(i18n);
        return upload;
    }

    /** Dates typed and shown as dd.MM.yyyy, the calendar in the reader's language, weeks from Monday. */
    public static DatePicker datePicker(DatePicker picker) {
        picker.setI18n(dates(UI.getCurrent()));
        return picker;
    }

    /** The date part as {@link #datePicker}; the time part is 24-hour in every language. */
    public static DateTimePicker dateTimePicker(DateTimePicker picker) {
        picker.setDatePickerI18n(dates(UI.getCurrent()));
        return picker;
    }

    private static DatePicker.DatePickerI18n dates(UI ui) {
        Language language = Language.of(ui.getLocale()).orElse(Language.DEFAULT);
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
        // the first format is how dates are shown; the others are also understood when typed
        i18n.setDateFormats(language == Language.EN ? "dd/MM/yyyy" : "dd.MM.yyyy", "dd.MM.yyyy", "d.M.yyyy",
                "yyyy-MM-dd");
        i18n.setMonthNames(Arrays.asList(ui.getTranslation("calendar.months").split(",")));
        i18n.setWeekdays(Arrays.asList(ui.getTranslation("calendar.weekdays").split(",")));
        i18n.setWeekdaysShort(Arrays.asList(ui.getTranslation("calendar.weekdays.short").split(",")));
        i18n.setFirstDayOfWeek(1);
        i18n.setToday(ui.getTranslation("calendar.today"));
        i18n.setCancel(ui.getTranslation("calendar.cancel"));
        i18n.setBadInputErrorMessage(ui.getTranslation("calendar.bad-input"));
        return i18n;
    }
}
