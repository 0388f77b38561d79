package kz.kelisim.quiz.ui;

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
}
