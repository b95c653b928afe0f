-- A user's periods, check-ins and slips found without reading whole tables (/progress after
-- a period ended, /mydata, /forget and its cascades; check-ins grow by a row a user a day).
CREATE INDEX periods_by_user ON periods(user_id, ended_at);
CREATE INDEX checkins_by_user ON checkins(user_id);
CREATE INDEX slips_by_user ON slips(user_id);
