-- State every replica must agree on, kept in the database rather than in one process.

CREATE TABLE crisis_flags (
    user_id      INTEGER PRIMARY KEY REFERENCES users(user_id) ON DELETE CASCADE,
    digest       TEXT    NOT NULL,                -- hash of the normalised text, never the text
    message_id   INTEGER NOT NULL,                -- the help message with "not what I meant"
    passes_until TEXT,                            -- ISO UTC: a re-send before this goes through
    kept_until   TEXT    NOT NULL                 -- ISO UTC: deleted after this, read or not
);

CREATE TABLE throttle (
    user_id            INTEGER PRIMARY KEY,       -- no foreign key: a flood may come first
    tokens             REAL    NOT NULL,
    updated            REAL    NOT NULL,          -- unix seconds
    warned             INTEGER NOT NULL DEFAULT 0,
    crisis_let_through INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE send_budget (
    name      TEXT PRIMARY KEY,
    next_slot REAL NOT NULL                       -- unix seconds: the next free broadcast slot
);
INSERT INTO send_budget (name, next_slot) VALUES ('broadcast', 0);
