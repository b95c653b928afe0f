-- Decision guide runs and their answers; the run id goes into callback_data.
CREATE TABLE guide_runs (
    run_id      INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id     INTEGER NOT NULL REFERENCES users(user_id) ON DELETE CASCADE,
    started_at  TEXT    NOT NULL,
    finished_at TEXT,
    status      TEXT    NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'cancelled')),
    outcome     TEXT,
    message_id  INTEGER                          -- the message that shows the current question
);
CREATE INDEX guide_runs_by_user ON guide_runs(user_id, run_id);

CREATE TABLE guide_answers (
    run_id      INTEGER NOT NULL REFERENCES guide_runs(run_id) ON DELETE CASCADE,
    question    TEXT    NOT NULL,
    answer      TEXT    NOT NULL,
    answered_at TEXT    NOT NULL,
    PRIMARY KEY (run_id, question)
);
