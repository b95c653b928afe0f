-- Who uses the bot and the one queue of everything that must happen at a given instant.
CREATE TABLE users (
    user_id        INTEGER PRIMARY KEY,          -- Telegram user id == private chat id
    created_at     TEXT    NOT NULL,             -- ISO 8601 UTC
    tz             TEXT,                         -- "Europe/Berlin" or "UTC+02:00"; NULL = not asked yet
    checkin_minute INTEGER NOT NULL DEFAULT 1200 CHECK (checkin_minute BETWEEN 0 AND 1439),
    discreet       INTEGER NOT NULL DEFAULT 0,
    awaiting       TEXT,                         -- which free-text answer we wait for, if any
    blocked_at     TEXT                          -- Telegram said 403: stop sending
);

-- Check-ins, snoozes and one-off follow-ups: rows, not in-memory scheduler jobs.
CREATE TABLE due_jobs (
    job_id        INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id       INTEGER NOT NULL REFERENCES users(user_id) ON DELETE CASCADE,
    kind          TEXT    NOT NULL,
    due_at        INTEGER NOT NULL,              -- unix seconds, UTC
    claimed_until INTEGER NOT NULL DEFAULT 0,    -- lease: a crashed sender's rows come back after it
    payload       TEXT    NOT NULL DEFAULT '{}'
);
CREATE INDEX due_jobs_by_due_at ON due_jobs(due_at);
CREATE INDEX due_jobs_by_user ON due_jobs(user_id, kind);
-- At most one daily check-in row per user.
CREATE UNIQUE INDEX one_checkin_job_per_user ON due_jobs(user_id) WHERE kind = 'checkin';
