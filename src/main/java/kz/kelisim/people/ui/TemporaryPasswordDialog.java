package kz.kelisim.people.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

import kz.kelisim.user.UserService.NewAccount;

/** The user name and temporary password of a new or reset account, shown once, to hand to the person. */
final class TemporaryPasswordDialog {

    private TemporaryPasswordDialog() {
    }

    static void show(NewAccount account) {
        Dialog dialog = new Dialog();
        dialog.setId("temporary-password-dialog");
        dialog.setHeaderTitle(dialog.getTranslation("people.password.title", account.fullName()));
        Span username = new Span(account.username());
        username.setId("temporary-username");
        Span password = new Span(account.temporaryPassword());
        password.setId("temporary-password");
        password.addClassName("temporary-password");
        Div table = new Div(new Span(dialog.getTranslation("people.field.username")), username,
                new Span(dialog.getTranslation("people.password.label")), password);
        table.addClassName("temporary-password-table");
        dialog.add(table, new Paragraph(dialog.getTranslation("people.password.once")));
        Button done = new Button(dialog.getTranslation("people.password.done"), click -> dialog.close());
        done.setId("temporary-password-done");
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(done);
        dialog.setCloseOnOutsideClick(false);
        dialog.open();
    }
}
