-- What each quick-help message (/boundaries, /reply) shows after the bot last edited it, as a
-- digest of its text and buttons: a second tap on the same button, even after a restart, is
-- then answered without an edit Telegram would reject as "message is not modified".
CREATE TABLE tip_messages (
    user_id    INTEGER NOT NULL REFERENCES users(user_id) ON DELETE CASCADE,
    message_id INTEGER NOT NULL,
    shown      TEXT    NOT NULL,
    PRIMARY KEY (user_id, message_id)
);
