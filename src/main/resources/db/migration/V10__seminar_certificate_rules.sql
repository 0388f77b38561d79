-- A seminar's own certificate rules, set by staff in the issuing view; a seminar without a row
-- follows the global kelisim.certificates.seminar-rules.*.
CREATE TABLE seminar_certificate_rules (
    seminar_id                BIGINT  NOT NULL,
    final_test_pass_percent   INT     NOT NULL,
    attendance_percent        INT     NOT NULL,
    exercises_graded          BOOLEAN NOT NULL,
    updated_at                ${timestamp_type} NOT NULL,
    updated_by                BIGINT  NOT NULL,
    PRIMARY KEY (seminar_id),
    CONSTRAINT fk_seminar_certificate_rules_seminar FOREIGN KEY (seminar_id) REFERENCES seminar (id) ON DELETE CASCADE,
    CONSTRAINT fk_seminar_certificate_rules_editor FOREIGN KEY (updated_by) REFERENCES app_user (id)
);
