-- Where an open guide run is (the question on screen, which Back can move) and what the
-- user did with its result (asked for the reasoning, asked to be asked again).
ALTER TABLE guide_runs ADD COLUMN current_question TEXT;
ALTER TABLE guide_runs ADD COLUMN explained_at TEXT;
ALTER TABLE guide_runs ADD COLUMN ask_again_at TEXT;
