-- When the bot started waiting for a typed answer: a wait left open for days must not
-- swallow a message meant for something else. Waits open at upgrade time start now.
ALTER TABLE users ADD COLUMN awaiting_since TEXT;   -- ISO 8601 UTC; NULL when not waiting
UPDATE users SET awaiting_since = strftime('%Y-%m-%dT%H:%M:%S+00:00', 'now')
WHERE awaiting IS NOT NULL;
