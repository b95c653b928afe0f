-- The safety net: which country's helplines to show, and that someone told the bot an ex or
-- partner endangers them (from then on the guide never recommends friendship or contact).
-- And the user's language: the one chosen with /language, and Telegram's for them as last
-- seen, so that a check-in sent by the sweep (no update to read it from) speaks it too.
ALTER TABLE users ADD COLUMN country TEXT;          -- ISO 3166-1 alpha-2 chosen with /country
ALTER TABLE users ADD COLUMN danger_noted_at TEXT;  -- ISO 8601 UTC; NULL = never said
ALTER TABLE users ADD COLUMN language TEXT;         -- "es", "ru", ...; NULL = not chosen
ALTER TABLE users ADD COLUMN telegram_language TEXT; -- Telegram's language_code, last seen
