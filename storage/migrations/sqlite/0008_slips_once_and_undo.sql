-- A slip is recorded once per message it was reported from (a check-in, or the /slip command
-- itself), and keeps the run it ended so it can be undone for a few minutes.
ALTER TABLE slips ADD COLUMN message_id INTEGER;
ALTER TABLE slips ADD COLUMN previous_run_start TEXT;
ALTER TABLE slips ADD COLUMN previous_longest_run INTEGER;
CREATE UNIQUE INDEX slips_once_per_message ON slips(period_id, message_id)
    WHERE message_id IS NOT NULL;
