-- No-contact periods, what happens during them, and the user's own words.
CREATE TABLE periods (
    period_id         INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id           INTEGER NOT NULL REFERENCES users(user_id) ON DELETE CASCADE,
    started_at        TEXT    NOT NULL,
    start_date        TEXT    NOT NULL,           -- local date of Day 1
    length_days       INTEGER NOT NULL CHECK (length_days BETWEEN 1 AND 365),
    why               TEXT,                        -- the user's reason, in their words
    run_start_date    TEXT    NOT NULL,           -- local date the current streak began
    longest_run       INTEGER NOT NULL DEFAULT 0,
    paused_until      TEXT,                        -- ISO UTC; '9999-12-31' = until /resume
    last_checkin_date TEXT,                        -- local date: never two check-ins a day
    snooze_date       TEXT,
    snoozes           INTEGER NOT NULL DEFAULT 0,
    ended_at          TEXT,
    end_reason        TEXT                         -- 'completed', 'stopped', 'forgotten'
);
CREATE UNIQUE INDEX one_active_period_per_user ON periods(user_id) WHERE ended_at IS NULL;

CREATE TABLE slips (
    slip_id    INTEGER PRIMARY KEY AUTOINCREMENT,
    period_id  INTEGER NOT NULL REFERENCES periods(period_id) ON DELETE CASCADE,
    user_id    INTEGER NOT NULL REFERENCES users(user_id) ON DELETE CASCADE,
    at         TEXT    NOT NULL,
    local_date TEXT    NOT NULL
);
CREATE INDEX slips_by_period ON slips(period_id);

CREATE TABLE checkins (
    period_id  INTEGER NOT NULL REFERENCES periods(period_id) ON DELETE CASCADE,
    user_id    INTEGER NOT NULL REFERENCES users(user_id) ON DELETE CASCADE,
    local_date TEXT    NOT NULL,
    day        INTEGER NOT NULL,
    sent_at    TEXT    NOT NULL,
    message_id INTEGER,
    PRIMARY KEY (period_id, local_date)
);

CREATE TABLE moods (
    user_id     INTEGER NOT NULL REFERENCES users(user_id) ON DELETE CASCADE,
    local_date  TEXT    NOT NULL,
    mood        INTEGER NOT NULL CHECK (mood BETWEEN 1 AND 5),
    recorded_at TEXT    NOT NULL,
    PRIMARY KEY (user_id, local_date)
);

CREATE TABLE notes (
    note_id    INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id    INTEGER NOT NULL REFERENCES users(user_id) ON DELETE CASCADE,
    kind       TEXT    NOT NULL CHECK (kind IN ('journal', 'unsent')),
    text       TEXT    NOT NULL,
    created_at TEXT    NOT NULL
);
CREATE INDEX notes_by_user ON notes(user_id, note_id);
