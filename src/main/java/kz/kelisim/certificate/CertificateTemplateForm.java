package kz.kelisim.certificate;

/**
 * What staff edit in the certificate template: the heading under "СЕРТИФИКАТ" in Kazakh, Russian and
 * English, the issuing organisation in the three languages, the place printed when a training names
 * none, two signatories, and the signature, seal and emblem images (PNG; {@code null} for none).
 */
public record CertificateTemplateForm(String headingKk, String headingRu, String headingEn, String organisationKk,
        String organisationRu, String organisationEn, String placeDefault, String signatory1Name,
        String signatory1PositionKk, String signatory1PositionRu, String signatory2Name, String signatory2PositionKk,
        String signatory2PositionRu, byte[] signature1, byte[] signature2, byte[] seal, byte[] emblem) {

    /** The same texts with the signature images, seal and emblem given. */
    public CertificateTemplateForm withImages(byte[] newSignature1, byte[] newSignature2, byte[] newSeal,
            byte[] newEmblem) {
        return new CertificateTemplateForm(headingKk, headingRu, headingEn, organisationKk, organisationRu,
                organisationEn, placeDefault, signatory1Name, signatory1PositionKk, signatory1PositionRu,
                signatory2Name, signatory2PositionKk, signatory2PositionRu, newSignature1, newSignature2, newSeal,
                newEmblem);
    }

    /** The values from {@code kelisim.certificates.*}, used until staff save a template. */
    static CertificateTemplateForm defaults(CertificateSettings settings) {
        CertificateSettings.Signatory first = settings.signatories().getFirst();
        CertificateSettings.Signatory second = settings.signatories().size() > 1 ? settings.signatories().get(1)
                : first;
        return new CertificateTemplateForm("біліктілікті арттыру туралы", "о повышении квалификации",
                "Certificate of advanced training", settings.organisationKk(), settings.organisationRu(), null, null,
                first.name(), first.positionKk(), first.positionRu(), second.name(), second.positionKk(),
                second.positionRu(), null, null, null, null);
    }
}
