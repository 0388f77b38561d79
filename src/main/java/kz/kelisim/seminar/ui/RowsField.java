package kz.kelisim.seminar.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;

import kz.kelisim.seminar.TemplateField;

/**
 * A table field of the template (parties, relationships, mediation steps) as rows of small text
 * areas, one per column, that wrap into a card per row on a phone. Its value is the stored JSON;
 * typing in any cell changes it (lazily, as the other fields), as do adding and removing rows.
 */
class RowsField extends CustomField<String> {

    private final TemplateField field;
    private final Div rows = new Div();
    private final Button add;
    private final List<Map<String, TextArea>> cells = new ArrayList<>();
    private boolean readOnly;

    RowsField(TemplateField field) {
        this.field = field;
        addClassName("rows-field");
        rows.addClassName("rows-field-rows");
        add = new Button(getTranslation("exercise.rows.add"), VaadinIcon.PLUS.create(), click -> {
            addRow(Map.of());
            updateValue();
        });
        add.setId("rows-add-" + field.key());
        add.addThemeVariants(ButtonVariant.LUMO_SMALL);
        add(rows, add);
    }

    private void addRow(Map<String, String> values) {
        Div row = new Div();
        row.addClassName("rows-field-row");
        Map<String, TextArea> inputs = new LinkedHashMap<>();
        for (String column : field.columns()) {
            TextArea cell = new TextArea(getTranslation("exercise.column." + column));
            cell.setValue(values.getOrDefault(column, ""));
            cell.setValueChangeMode(ValueChangeMode.LAZY);
            cell.addValueChangeListener(change -> {
                if (change.isFromClient()) {
                    updateValue();
                }
            });
            cell.setReadOnly(readOnly);
            cell.addClassName("rows-field-cell");
            inputs.put(column, cell);
            row.add(cell);
        }
        Button remove = new Button(VaadinIcon.TRASH.create(), click -> {
            cells.remove(inputs);
            rows.remove(row);
            updateValue();
        });
        remove.setAriaLabel(getTranslation("exercise.rows.remove"));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.setVisible(!readOnly);
        row.add(remove);
        cells.add(inputs);
        rows.add(row);
    }

    @Override
    protected String generateModelValue() {
        List<Map<String, String>> values = new ArrayList<>();
        for (Map<String, TextArea> row : cells) {
            Map<String, String> value = new LinkedHashMap<>();
            row.forEach((column, cell) -> value.put(column, cell.getValue()));
            values.add(value);
        }
        return TemplateField.value(values);
    }

    @Override
    protected void setPresentationValue(String value) {
        cells.clear();
        rows.removeAll();
        TemplateField.rows(value).forEach(this::addRow);
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        this.readOnly = readOnly;
        super.setReadOnly(readOnly);
        add.setVisible(!readOnly);
        setPresentationValue(getValue());
    }

    /** The text areas of each row, for tests. */
    List<Map<String, TextArea>> cells() {
        return cells;
    }
}
