package kz.kelisim.base;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * The academy's local time: dates in course files (a quiz opens, closes) and every date shown are
 * Kazakhstan's time, one zone for the whole country since 2024, whatever the server's zone.
 */
public final class AcademyTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Almaty");

    private AcademyTime() {
    }

    public static LocalDateTime local(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZONE);
    }

    public static Instant instant(LocalDateTime local) {
        return local.atZone(ZONE).toInstant();
    }

    /** "22 нояб. 2026 г., 10:42" in the reader's locale. */
    public static String format(Instant instant, Locale locale) {
        return instant == null ? "" : format(local(instant), locale);
    }

    public static String format(LocalDateTime local, Locale locale) {
        return local == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).format(local);
    }

    /** "10:42:13", for "saved at". */
    public static String time(Instant instant, Locale locale) {
        return DateTimeFormatter.ofLocalizedTime(FormatStyle.MEDIUM).withLocale(locale).format(local(instant));
    }
}
