package kz.kelisim.seminar.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/** The confirmation every destructive action of the seminar screens asks for. */
final class Confirmations {

    private Confirmations() {
    }

    /** Opens "header / text / [Cancel] [confirm]" with the confirm button in red; runs the action on confirm. */
    static void confirmDestructive(String header, String text, String confirmText, Runnable action) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(header);
        confirm.setText(text);
        confirm.setCancelable(true);
        confirm.setCancelText(UI.getCurrent().getTranslation("seminar.form.cancel"));
        confirm.setConfirmText(confirmText);
        confirm.setConfirmButtonTheme(ButtonVariant.LUMO_ERROR.getVariantName() + " "
                + ButtonVariant.LUMO_PRIMARY.getVariantName());
        confirm.addConfirmListener(event -> action.run());
        confirm.setId("confirm-destructive");
        confirm.open();
    }
}
