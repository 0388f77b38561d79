-- Failed sign-ins, kept in the database so that a restart does not reset the throttle and every
-- node of a cluster sees the same counts. One row per counter: a user name from one client address,
-- a user name from anywhere (address '*') and one client address for any name (username '*').
CREATE TABLE sign_in_throttle (
    username      VARCHAR(150) NOT NULL,
    address       VARCHAR(64)  NOT NULL,
    failures      INT          NOT NULL,
    last_failure  ${timestamp_type} NOT NULL,
    blocked_until ${timestamp_type},
    PRIMARY KEY (username, address)
);
