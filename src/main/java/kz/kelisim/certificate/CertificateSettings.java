package kz.kelisim.certificate;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What every certificate carries besides its holder and training, from {@code kelisim.certificates.*}:
 * the number series, the issuing organisation in Kazakh and Russian, and the two signatories.
 * The verification link starts with {@code kelisim.public-url}.
 *
 * @param series       capital Latin letters before the year in each number ({@code KLS-2026-000123})
 * @param signatories  the people who sign, left to right
 * @param seminarRules what a seminar participant needs for a certificate
 */
@ConfigurationProperties(prefix = "kelisim.certificates")
record CertificateSettings(
        @DefaultValue("KLS") String series,
        @DefaultValue("Қазақстан Республикасы Президентінің жанындағы Мемлекеттік басқару академиясы") String organisationKk,
        @DefaultValue("Академия государственного управления при Президенте Республики Казахстан") String organisationRu,
        List<Signatory> signatories,
        @DefaultValue SeminarRules seminarRules) {

    /**
     * Who may have a seminar certificate: the final test at or above the pass mark (percent), attendance
     * at or above a percentage, and, where required, group exercises graded.
     */
    record SeminarRules(@DefaultValue("60") int finalTestPassPercent, @DefaultValue("80") int attendancePercent,
            @DefaultValue("true") boolean exercisesGraded) {

        SeminarRules {
            // a threshold of 0 % would certify anyone: refuse to start with it rather than issue so
            for (int percent : new int[] {finalTestPassPercent, attendancePercent}) {
                if (percent < CertificateService.MIN_PERCENT || percent > 100) {
                    throw new IllegalArgumentException("kelisim.certificates.seminar-rules: the final test pass mark"
                            + " and the attendance percentage must be from 1 to 100, not " + percent);
                }
            }
        }
    }

    /** A person who signs certificates, with their position in both languages. */
    record Signatory(String name, String positionKk, String positionRu) {
    }

    /**
     * The fictional signatories used when none are configured: fine for a demo, refused on real
     * certificates ({@link CertificateReadiness}).
     */
    static final java.util.Set<String> EXAMPLE_SIGNATORIES = java.util.Set.of("Ә. Қ. Сәрсенұлы", "Ғ. Ө. Нұрланқызы");

    CertificateSettings {
        if (signatories == null || signatories.isEmpty()) {
            // Demo values: a deployment names its own signatories (README, Configuration).
            signatories = List.of(new Signatory("Ә. Қ. Сәрсенұлы", "Академия ректоры", "Ректор Академии"),
                    new Signatory("Ғ. Ө. Нұрланқызы", "Біліктілікті арттыру орталығының директоры",
                            "Директор центра повышения квалификации"));
        }
        if (seminarRules == null) {
            seminarRules = new SeminarRules(60, 80, true);
        }
        new CertificateNumber(series, 2026, 1); // fails at start on a malformed series
    }
}
