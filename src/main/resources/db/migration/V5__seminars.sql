-- Seminar-trainings: reference data (regions, organisations), seminars with their trainers, courses
-- and sessions, participants with their personal data, small groups and attendance.

-- The 17 regions and 3 cities of republican significance (since the 2022 reform), kk/ru/en.
CREATE TABLE region (
    id          VARCHAR(40)  NOT NULL,
    kind        VARCHAR(10)  NOT NULL,
    name_kk     VARCHAR(120) NOT NULL,
    name_ru     VARCHAR(120) NOT NULL,
    name_en     VARCHAR(120) NOT NULL,
    sort_order  INT          NOT NULL,
    PRIMARY KEY (id)
);

INSERT INTO region (id, kind, name_kk, name_ru, name_en, sort_order) VALUES
('astana', 'city', 'Астана қаласы', 'город Астана', 'Astana city', 1),
('almaty-city', 'city', 'Алматы қаласы', 'город Алматы', 'Almaty city', 2),
('shymkent', 'city', 'Шымкент қаласы', 'город Шымкент', 'Shymkent city', 3),
('abai', 'region', 'Абай облысы', 'Абайская область', 'Abai Region', 4),
('akmola', 'region', 'Ақмола облысы', 'Акмолинская область', 'Akmola Region', 5),
('aktobe', 'region', 'Ақтөбе облысы', 'Актюбинская область', 'Aktobe Region', 6),
('almaty', 'region', 'Алматы облысы', 'Алматинская область', 'Almaty Region', 7),
('atyrau', 'region', 'Атырау облысы', 'Атырауская область', 'Atyrau Region', 8),
('east-kazakhstan', 'region', 'Шығыс Қазақстан облысы', 'Восточно-Казахстанская область', 'East Kazakhstan Region', 9),
('zhambyl', 'region', 'Жамбыл облысы', 'Жамбылская область', 'Zhambyl Region', 10),
('zhetysu', 'region', 'Жетісу облысы', 'Область Жетісу', 'Zhetysu Region', 11),
('west-kazakhstan', 'region', 'Батыс Қазақстан облысы', 'Западно-Казахстанская область', 'West Kazakhstan Region', 12),
('karaganda', 'region', 'Қарағанды облысы', 'Карагандинская область', 'Karaganda Region', 13),
('kostanay', 'region', 'Қостанай облысы', 'Костанайская область', 'Kostanay Region', 14),
('kyzylorda', 'region', 'Қызылорда облысы', 'Кызылординская область', 'Kyzylorda Region', 15),
('mangystau', 'region', 'Маңғыстау облысы', 'Мангистауская область', 'Mangystau Region', 16),
('pavlodar', 'region', 'Павлодар облысы', 'Павлодарская область', 'Pavlodar Region', 17),
('north-kazakhstan', 'region', 'Солтүстік Қазақстан облысы', 'Северо-Казахстанская область', 'North Kazakhstan Region', 18),
('turkistan', 'region', 'Түркістан облысы', 'Туркестанская область', 'Turkistan Region', 19),
('ulytau', 'region', 'Ұлытау облысы', 'Область Ұлытау', 'Ulytau Region', 20);

CREATE TABLE organisation (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    name        VARCHAR(300) NOT NULL,
    region_id   VARCHAR(40),
    row_version BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_organisation_name UNIQUE (name),
    CONSTRAINT fk_organisation_region FOREIGN KEY (region_id) REFERENCES region (id)
);

-- A person's data for seminars. The IIN is personal data: unique, shown masked, never to other trainees.
CREATE TABLE participant_profile (
    user_id         BIGINT       NOT NULL,
    iin             VARCHAR(12),
    region_id       VARCHAR(40),
    organisation_id BIGINT,
    position_title  VARCHAR(300),
    email           VARCHAR(254),
    phone           VARCHAR(40),
    gender          VARCHAR(10),
    row_version     BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (user_id),
    CONSTRAINT uq_participant_profile_iin UNIQUE (iin),
    CONSTRAINT fk_participant_profile_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE,
    CONSTRAINT fk_participant_profile_region FOREIGN KEY (region_id) REFERENCES region (id),
    CONSTRAINT fk_participant_profile_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
);

CREATE TABLE seminar (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    title_kk       VARCHAR(300) NOT NULL,
    title_ru       VARCHAR(300) NOT NULL,
    title_en       VARCHAR(300),
    venue          VARCHAR(300) NOT NULL,
    region_id      VARCHAR(40)  NOT NULL,
    starts_on      DATE         NOT NULL,
    ends_on        DATE         NOT NULL,
    capacity       INT          NOT NULL,
    status         VARCHAR(20)  NOT NULL,
    enrolment_key  VARCHAR(40),
    created_at     ${timestamp_type} NOT NULL,
    row_version    BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_seminar_enrolment_key UNIQUE (enrolment_key),
    CONSTRAINT fk_seminar_region FOREIGN KEY (region_id) REFERENCES region (id)
);

CREATE TABLE seminar_course (
    seminar_id  BIGINT      NOT NULL,
    course_id   VARCHAR(64) NOT NULL,
    PRIMARY KEY (seminar_id, course_id),
    CONSTRAINT fk_seminar_course_seminar FOREIGN KEY (seminar_id) REFERENCES seminar (id) ON DELETE CASCADE,
    CONSTRAINT fk_seminar_course_course FOREIGN KEY (course_id) REFERENCES course (id)
);

CREATE TABLE seminar_trainer (
    seminar_id  BIGINT NOT NULL,
    user_id     BIGINT NOT NULL,
    PRIMARY KEY (seminar_id, user_id),
    CONSTRAINT fk_seminar_trainer_seminar FOREIGN KEY (seminar_id) REFERENCES seminar (id) ON DELETE CASCADE,
    CONSTRAINT fk_seminar_trainer_user FOREIGN KEY (user_id) REFERENCES app_user (id)
);

CREATE TABLE seminar_session (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    seminar_id      BIGINT       NOT NULL,
    session_date    DATE         NOT NULL,
    starts_at       TIME         NOT NULL,
    ends_at         TIME         NOT NULL,
    kind            VARCHAR(20)  NOT NULL,
    title           VARCHAR(300) NOT NULL,
    academic_hours  INT          NOT NULL,
    room            VARCHAR(100),
    trainer_id      BIGINT,
    row_version     BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_seminar_session_seminar FOREIGN KEY (seminar_id) REFERENCES seminar (id) ON DELETE CASCADE,
    CONSTRAINT fk_seminar_session_trainer FOREIGN KEY (trainer_id) REFERENCES app_user (id)
);

CREATE INDEX ix_seminar_session_day ON seminar_session (seminar_id, session_date, starts_at);

CREATE TABLE seminar_group (
    id                    BIGINT       NOT NULL AUTO_INCREMENT,
    seminar_id            BIGINT       NOT NULL,
    name                  VARCHAR(100) NOT NULL,
    leader_user_id        BIGINT,
    row_version           BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_seminar_group_seminar FOREIGN KEY (seminar_id) REFERENCES seminar (id) ON DELETE CASCADE
);

CREATE TABLE seminar_participant (
    id          BIGINT  NOT NULL AUTO_INCREMENT,
    seminar_id  BIGINT  NOT NULL,
    user_id     BIGINT  NOT NULL,
    group_id    BIGINT,
    joined_at   ${timestamp_type} NOT NULL,
    row_version BIGINT  NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_seminar_participant UNIQUE (seminar_id, user_id),
    CONSTRAINT fk_seminar_participant_seminar FOREIGN KEY (seminar_id) REFERENCES seminar (id) ON DELETE CASCADE,
    CONSTRAINT fk_seminar_participant_user FOREIGN KEY (user_id) REFERENCES app_user (id),
    CONSTRAINT fk_seminar_participant_group FOREIGN KEY (group_id) REFERENCES seminar_group (id) ON DELETE SET NULL
);

CREATE TABLE attendance_mark (
    session_id  BIGINT      NOT NULL,
    user_id     BIGINT      NOT NULL,
    status      VARCHAR(10) NOT NULL,
    marked_by   BIGINT      NOT NULL,
    marked_at   ${timestamp_type} NOT NULL,
    PRIMARY KEY (session_id, user_id),
    CONSTRAINT fk_attendance_mark_session FOREIGN KEY (session_id) REFERENCES seminar_session (id) ON DELETE CASCADE,
    CONSTRAINT fk_attendance_mark_user FOREIGN KEY (user_id) REFERENCES app_user (id)
);
