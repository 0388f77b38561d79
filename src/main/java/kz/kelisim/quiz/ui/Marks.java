package kz.kelisim.quiz.ui;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

/** Marks and percentages as the reader writes numbers: "4,5" in Kazakh and Russian, "4.5" in English. */
final class Marks {

    private Marks() {
    }

    static String format(double value, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(2);
        format.setGroupingUsed(false);
        return format.format(value);
    }

    /** A typed number as the reader writes it back, every digit kept and no grouping (years read "2008"): "1000,125". */
    static String number(BigDecimal value, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setGroupingUsed(false);
        format.setMaximumFractionDigits(Math.max(0, value.stripTrailingZeros().scale()));
        return format.format(value);
    }
}
