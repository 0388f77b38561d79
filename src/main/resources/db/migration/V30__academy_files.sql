-- The files at the top of courses/ that every course may use, as last loaded without a problem:
-- the legal-basis register, the glossary and each seminar-training programme (by file name).
CREATE TABLE academy_file (
    name           VARCHAR(200) NOT NULL,
    content_hash   VARCHAR(64)  NOT NULL,
    structure_json ${text_type} NOT NULL,
    loaded_at      ${timestamp_type} NOT NULL,
    row_version    BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (name)
);
