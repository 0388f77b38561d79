package kz.kelisim.certificate;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A certificate's number as printed, {@code KLS-2026-000123}: the series, the year of issue and the
 * place in that series and year. Numbers of one series and year run 1, 2, 3... without gaps
 * ({@link CertificateNumbering}).
 */
public record CertificateNumber(String series, int year, int sequence) {

    private static final Pattern FORMAT = Pattern.compile("([A-Z]{2,10})-(\\d{4})-(\\d{6,})");

    public CertificateNumber {
        if (series == null || !series.matches("[A-Z]{2,10}")) {
            throw new IllegalArgumentException("A series is 2 to 10 capital Latin letters: " + series);
        }
        if (sequence < 1) {
            throw new IllegalArgumentException("Numbers start at 1: " + sequence);
        }
    }

    /** The number as printed; six digits at least, more once a year passes 999,999 certificates. */
    @Override
    public String toString() {
        return "%s-%04d-%06d".formatted(series, year, sequence);
    }

    public static CertificateNumber parse(String text) {
        Matcher matcher = FORMAT.matcher(text == null ? "" : text.strip());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("Not a certificate number: " + text);
        }
        return new CertificateNumber(matcher.group(1), Integer.parseInt(matcher.group(2)),
                Integer.parseInt(matcher.group(3)));
    }
}
