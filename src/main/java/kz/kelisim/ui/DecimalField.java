package kz.kelisim.ui;

import java.math.BigDecimal;
import java.text.NumberFormat;

import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

import kz.kelisim.base.TypedNumber;

/**
 * A field for a number with decimals that reads it as people type it ("3,5" and "3.5" alike, see
 * {@link TypedNumber}), instead of the browser's number input, which turned "3,5" into 35. What
 * cannot be read leaves the value empty and says why under the field.
 */
public class DecimalField extends CustomField<BigDecimal> {

    private final TextField text = new TextField();

    public DecimalField(String label) {
        setLabel(label);
        text.getElement().setAttribute("inputmode", "decimal");
        text.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        text.setWidthFull();
        text.setAriaLabel(label);
        // the value follows the text on the server too, not only on the web component's change event
        text.addValueChangeListener(event -> updateValue());
        add(text);
        addClassName("decimal-field");
    }

    /** The text as typed, for messages that quote it. */
    public String typed() {
        return text.getValue();
    }

    @Override
    protected BigDecimal generateModelValue() {
        if (text.getValue().isBlank()) {
            setInvalid(false);
            return null;
        }
        TypedNumber.Reading reading = TypedNumber.read(text.getValue());
        setInvalid(!reading.isNumber());
        setErrorMessage(reading.isNumber() ? null : getTranslation(reading.problemKey(), text.getValue().strip()));
        return reading.value();
    }

    @Override
    protected void setPresentationValue(BigDecimal value) {
        if (value == null) {
            text.clear();
            return;
        }
        NumberFormat format = NumberFormat.getNumberInstance(getLocale());
        format.setGroupingUsed(false);
        format.setMaximumFractionDigits(Math.max(0, value.stripTrailingZeros().scale()));
        text.setValue(format.format(value));
    }
}
