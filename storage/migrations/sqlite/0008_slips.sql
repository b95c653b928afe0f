-- A slip is recorded once per message it was reported from (a check-in, a menu or the /slip
-- command itself), and keeps the run start it replaced so it can be undone for a few minutes.
ALTER TABLE slips ADD COLUMN message_id INTEGER;
ALTER TABLE slips ADD COLUMN previous_run_start TEXT;
CREATE UNIQUE INDEX slips_once_per_message ON slips(period_id, message_id)
    WHERE message_id IS NOT NULL;
-- The longest run is worked out from the slips (core/progress.py), one definition everywhere.
ALTER TABLE periods DROP COLUMN longest_run;
-- Check-in lines are walked in order per period, never per day of a run (a slip restarts the
-- day count): no line comes again before every other line of its pool has been shown.
ALTER TABLE periods ADD COLUMN lines_shown INTEGER NOT NULL DEFAULT 0;
ALTER TABLE periods ADD COLUMN ideas_shown INTEGER NOT NULL DEFAULT 0;
UPDATE periods SET
    lines_shown = (SELECT COUNT(*) FROM checkins c WHERE c.period_id = periods.period_id),
    ideas_shown = (SELECT COUNT(*) FROM checkins c WHERE c.period_id = periods.period_id);
