-- When each person last used the network, for the people list's lastSignIn: people themselves are kept
-- in Keycloak, this is only what the backend sees of them. Keyed by login (Keycloak's username); written
-- when a token of that person is first seen, then at most once an hour.

CREATE TABLE person_activity (
    username     VARCHAR(255) PRIMARY KEY,
    last_seen_at TIMESTAMPTZ  NOT NULL
);
