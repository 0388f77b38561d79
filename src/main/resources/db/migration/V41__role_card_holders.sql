-- Which party's role card each member of a group holds in a group exercise drawn from a course's
-- group-exercise activity. Handed out once, round-robin within the group, and kept: a member keeps
-- their card when others join or leave the group.
CREATE TABLE role_card_holder (
    workspace_id BIGINT       NOT NULL,
    user_id      BIGINT       NOT NULL,
    card_id      VARCHAR(100) NOT NULL,
    handed_at    ${timestamp_type} NOT NULL,
    PRIMARY KEY (workspace_id, user_id)
);
