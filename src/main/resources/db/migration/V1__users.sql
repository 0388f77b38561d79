-- Accounts and their roles. Portable SQL: the same migration runs on H2 and MySQL/MariaDB.
-- ${timestamp_type} is a Flyway placeholder: TIMESTAMP(6) on H2, DATETIME(6) on MySQL (no 2038 limit).
CREATE TABLE app_user (
    id                   BIGINT       NOT NULL AUTO_INCREMENT,
    username             VARCHAR(100) NOT NULL,
    password_hash        VARCHAR(200) NOT NULL,
    full_name            VARCHAR(200) NOT NULL,
    email                VARCHAR(200),
    preferred_language   VARCHAR(8),
    must_change_password BOOLEAN      NOT NULL DEFAULT FALSE,
    enabled              BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at           ${timestamp_type} NOT NULL,
    version              BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_app_user_username UNIQUE (username)
);

CREATE TABLE app_user_role (
    user_id BIGINT      NOT NULL,
    role    VARCHAR(20) NOT NULL,
    PRIMARY KEY (user_id, role),
    CONSTRAINT fk_app_user_role_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
);
