-- What staff record about an act of the legal-basis register after its file was written: amended or
-- superseded on a date, with a note. Never changed or deleted; the latest row is where the act stands.
CREATE TABLE legal_act_change (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    act_id       VARCHAR(100) NOT NULL,
    status       VARCHAR(20)  NOT NULL,
    changed_on   DATE         NOT NULL,
    note         VARCHAR(1000) NOT NULL,
    recorded_by  BIGINT       NOT NULL,
    recorded_at  ${timestamp_type} NOT NULL,
    PRIMARY KEY (id)
);
CREATE INDEX legal_act_change_act ON legal_act_change (act_id);

-- An editor's check of a lesson against the law after an act it cites changed: who and when. A lesson
-- citing a changed act is "under review" until a check is recorded after the change.
CREATE TABLE lesson_law_review (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    course_id    VARCHAR(64)  NOT NULL,
    lesson_id    VARCHAR(100) NOT NULL,
    reviewed_on  DATE         NOT NULL,
    reviewer_id  BIGINT       NOT NULL,
    recorded_at  ${timestamp_type} NOT NULL,
    PRIMARY KEY (id)
);
CREATE INDEX lesson_law_review_lesson ON lesson_law_review (course_id, lesson_id);
