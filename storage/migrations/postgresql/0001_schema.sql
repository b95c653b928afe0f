-- The schema as SQLite has it after its migration 0011, in PostgreSQL's types. Instants and
-- dates are ISO 8601 text and the due queue unix seconds on both, so one set of statements
-- (storage/sql.py) serves both databases.

CREATE TABLE users (
    user_id           BIGINT  PRIMARY KEY,        -- Telegram user id == private chat id
    created_at        TEXT    NOT NULL,
    tz                TEXT,                       -- "Europe/Berlin" or "UTC+02:00"; NULL = not asked
    checkin_minute    INTEGER NOT NULL DEFAULT 1200 CHECK (checkin_minute BETWEEN 0 AND 1439),
    discreet          INTEGER NOT NULL DEFAULT 0,
    awaiting          TEXT,                       -- which free-text answer we wait for, if any
    blocked_at        TEXT,                       -- Telegram said 403: stop sending
    awaiting_since    TEXT,
    country           TEXT,                       -- ISO 3166-1 alpha-2 chosen with /country
    danger_noted_at   TEXT,
    language          TEXT,                       -- "es", "ru", ...; NULL = not chosen
    telegram_language TEXT                        -- Telegram's language_code, last seen
);

CREATE TABLE due_jobs (
    job_id  BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id BIGINT NOT NULL REFERENCES users(user_id) ON DELETE CASCADE,
    kind    TEXT   NOT NULL,
    due_at  BIGINT NOT NULL,                      -- unix seconds, UTC
    payload TEXT   NOT NULL DEFAULT '{}'
);
CREATE INDEX due_jobs_by_due_at ON due_jobs(due_at);
CREATE INDEX due_jobs_by_user ON due_jobs(user_id, kind);
CREATE UNIQUE INDEX one_checkin_job_per_user ON due_jobs(user_id) WHERE kind = 'checkin';

CREATE TABLE due_leases (
    job_id BIGINT PRIMARY KEY REFERENCES due_jobs(job_id) ON DELETE CASCADE,
    until  BIGINT NOT NULL                        -- unix seconds: no sweep claims it before
);

CREATE TABLE guide_runs (
    run_id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id          BIGINT NOT NULL REFERENCES users(user_id) ON DELETE CASCADE,
    started_at       TEXT   NOT NULL,
    finished_at      TEXT,
    status           TEXT   NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'cancelled')),
    outcome          TEXT,
    message_id       BIGINT,                      -- the message that shows the current question
    current_question TEXT,
    explained_at     TEXT,
    ask_again_at     TEXT
);
CREATE INDEX guide_runs_by_user ON guide_runs(user_id, run_id);

CREATE TABLE guide_answers (
    run_id      BIGINT NOT NULL REFERENCES guide_runs(run_id) ON DELETE CASCADE,
    question    TEXT   NOT NULL,
    answer      TEXT   NOT NULL,
    answered_at TEXT   NOT NULL,
    PRIMARY KEY (run_id, question)
);

CREATE TABLE periods (
    period_id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id           BIGINT  NOT NULL REFERENCES users(user_id) ON DELETE CASCADE,
    started_at        TEXT    NOT NULL,
    start_date        TEXT    NOT NULL,           -- local date of Day 1
    length_days       INTEGER NOT NULL CHECK (length_days BETWEEN 1 AND 365),
    why               TEXT,                       -- the user's reason, in their words
    run_start_date    TEXT    NOT NULL,           -- local date the current streak began
    paused_until      TEXT,                       -- ISO UTC; '9999-12-31' = until /resume
    last_checkin_date TEXT,                       -- local date: never two check-ins a day
    snooze_date       TEXT,
    snoozes           INTEGER NOT NULL DEFAULT 0,
    ended_at          TEXT,
    end_reason        TEXT,                       -- 'completed', 'stopped'
    lines_shown       INTEGER NOT NULL DEFAULT 0,
    ideas_shown       INTEGER NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX one_active_period_per_user ON periods(user_id) WHERE ended_at IS NULL;
CREATE INDEX periods_by_user ON periods(user_id, ended_at);

CREATE TABLE slips (
    slip_id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    period_id          BIGINT NOT NULL REFERENCES periods(period_id) ON DELETE CASCADE,
    user_id            BIGINT NOT NULL REFERENCES users(user_id) ON DELETE CASCADE,
    at                 TEXT   NOT NULL,
    local_date         TEXT   NOT NULL,
    message_id         BIGINT,
    previous_run_start TEXT
);
CREATE INDEX slips_by_period ON slips(period_id);
CREATE INDEX slips_by_user ON slips(user_id);
CREATE UNIQUE INDEX slips_once_per_message ON slips(period_id, message_id)
    WHERE message_id IS NOT NULL;

CREATE TABLE checkins (
    period_id  BIGINT  NOT NULL REFERENCES periods(period_id) ON DELETE CASCADE,
    user_id    BIGINT  NOT NULL REFERENCES users(user_id) ON DELETE CASCADE,
    local_date TEXT    NOT NULL,
    day        INTEGER NOT NULL,
    sent_at    TEXT    NOT NULL,
    message_id BIGINT,
    PRIMARY KEY (period_id, local_date)
);
CREATE INDEX checkins_by_user ON checkins(user_id);

CREATE TABLE moods (
    user_id     BIGINT  NOT NULL REFERENCES users(user_id) ON DELETE CASCADE,
    local_date  TEXT    NOT NULL,
    mood        INTEGER NOT NULL CHECK (mood BETWEEN 1 AND 5),
    recorded_at TEXT    NOT NULL,
    PRIMARY KEY (user_id, local_date)
);

CREATE TABLE notes (
    note_id    BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id    BIGINT NOT NULL REFERENCES users(user_id) ON DELETE CASCADE,
    kind       TEXT   NOT NULL CHECK (kind IN ('journal', 'unsent')),
    text       TEXT   NOT NULL,
    created_at TEXT   NOT NULL
);
CREATE INDEX notes_by_user ON notes(user_id, note_id);

CREATE TABLE tip_messages (
    user_id    BIGINT NOT NULL REFERENCES users(user_id) ON DELETE CASCADE,
    message_id BIGINT NOT NULL,
    shown      TEXT   NOT NULL,
    PRIMARY KEY (user_id, message_id)
);

CREATE TABLE crisis_flags (
    user_id      BIGINT PRIMARY KEY REFERENCES users(user_id) ON DELETE CASCADE,
    digest       TEXT   NOT NULL,                 -- hash of the normalised text, never the text
    message_id   BIGINT NOT NULL,
    passes_until TEXT,
    kept_until   TEXT   NOT NULL                  -- deleted after this, read or not
);

CREATE TABLE throttle (
    user_id            BIGINT           PRIMARY KEY,
    tokens             DOUBLE PRECISION NOT NULL,
    updated            DOUBLE PRECISION NOT NULL,
    warned             INTEGER          NOT NULL DEFAULT 0,
    crisis_let_through INTEGER          NOT NULL DEFAULT 0
);

CREATE TABLE send_budget (
    name      TEXT             PRIMARY KEY,
    next_slot DOUBLE PRECISION NOT NULL           -- unix seconds: the next free broadcast slot
);
INSERT INTO send_budget (name, next_slot) VALUES ('broadcast', 0);
