-- The certificate template staff edit in the UI: heading and organisation texts, the default place,
-- two signatories, their signature images and the seal (PNG or JPEG, at most 500 KB each).
-- At most one row (id 1); until staff save one, certificates use kelisim.certificates.* defaults.
-- Issued certificates keep their stored PDFs: a new template changes only what is issued after it.
CREATE TABLE certificate_template (
    id                      BIGINT       NOT NULL,
    heading_kk              VARCHAR(300) NOT NULL,
    heading_ru              VARCHAR(300) NOT NULL,
    heading_en              VARCHAR(300),
    organisation_kk         VARCHAR(500) NOT NULL,
    organisation_ru         VARCHAR(500) NOT NULL,
    organisation_en         VARCHAR(500),
    place_default           VARCHAR(300),
    signatory1_name         VARCHAR(200) NOT NULL,
    signatory1_position_kk  VARCHAR(300) NOT NULL,
    signatory1_position_ru  VARCHAR(300) NOT NULL,
    signatory2_name         VARCHAR(200) NOT NULL,
    signatory2_position_kk  VARCHAR(300) NOT NULL,
    signatory2_position_ru  VARCHAR(300) NOT NULL,
    signature1_image        ${blob_type},
    signature2_image        ${blob_type},
    seal_image              ${blob_type},
    updated_at              ${timestamp_type} NOT NULL,
    updated_by              BIGINT       NOT NULL,
    row_version             BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_certificate_template_editor FOREIGN KEY (updated_by) REFERENCES app_user (id)
);
