-- A slip is recorded once per message it was reported from (a check-in, a menu or the /slip
-- command itself), and keeps the run start it replaced so it can be undone for a few minutes.
ALTER TABLE slips ADD COLUMN message_id INTEGER;
ALTER TABLE slips ADD COLUMN previous_run_start TEXT;
CREATE UNIQUE INDEX slips_once_per_message ON slips(period_id, message_id)
    WHERE message_id IS NOT NULL;
-- The longest run is worked out from the slips (core/progress.py), one definition everywhere.
ALTER TABLE periods DROP COLUMN longest_run;
