"""/mydata and /forget end to end, and the storage functions behind them."""

from __future__ import annotations

import json
import logging
import sqlite3
from datetime import date, datetime, timedelta

import pytest

from content import load_content
from storage.models import CheckinSent, CrisisFlag, SweepOutcome
from tests.harness import START, TEST_TOKEN
from tests.test_decide import WAIT, walk

content = load_content()

ALICE = 987654321  # distinctive, so a stray copy in the database file can't hide
BOB = 2101
NOTE = "Jordan said <b>hi</b> & co, and I nearly wrote back 💔"
WHY = "I keep hoping; I need to stop"


def varint(value: int) -> bytes:
    """SQLite's varint, as a rowid (users.user_id) is stored in b-tree cells."""
    groups = []
    while True:
        groups.append(value & 0x7F)
        value >>= 7
        if not value:
            break
    groups.reverse()
    return bytes([g | 0x80 for g in groups[:-1]] + [groups[-1]])


async def fill(harness, uid: int, note: str = NOTE, why: str = WHY) -> None:
    """One of everything the bot stores about a user: the decision guide and a tip page
    through the bot itself, the rest through storage functions."""
    user = harness.emu.user(uid)
    await walk(user, WAIT)
    await user.send("/boundaries")
    tips = await user.next_message()
    await user.tap("Next tip", message_id=tips.message_id)
    await user.next_callback_answer()
    await harness.settle()
    user.drain()
    storage, now = harness.storage, START
    await storage.set_timezone(uid, "Europe/Berlin")
    period = await storage.start_period(uid, now, date(2026, 11, 23), 30)
    await storage.set_period_why(period.period_id, why)
    await storage.record_slip(period.period_id, now, date(2026, 11, 24))
    await storage.record_mood(uid, date(2026, 11, 23), 2, now)
    await storage.add_note(uid, "unsent", note, now)
    await storage.schedule_checkin(uid, now + timedelta(days=1))
    await storage.schedule_once(uid, "test_ping", now + timedelta(hours=2), {"n": 1})
    sent = CheckinSent(0, period.period_id, uid, date(2026, 11, 23), 1, 77, now + timedelta(days=1))
    await storage.record_sweep(SweepOutcome(sent=[sent]), now)
    await storage.flag_crisis(
        uid, CrisisFlag("0" * 64, 78, kept_until=now + timedelta(days=1)), now
    )


async def row_counts(harness, uid: int) -> dict[str, int]:
    """Rows about the user in every table the storage knows holds user data (either backend)."""
    database = harness.storage.db
    async with database.read() as session:
        tables = await database.user_tables(session)
        counts = {}
        for table in tables.owned:
            rows = await session.fetchall(f'SELECT 1 FROM "{table}" WHERE user_id = ?', uid)
            counts[table] = len(rows)
        answers = await session.fetchall(
            "SELECT 1 FROM guide_answers a JOIN guide_runs r USING (run_id) WHERE r.user_id = ?",
            uid,
        )
        counts["guide_answers"] = len(answers)
    return counts


def raw_rows(path, uid: int) -> dict[str, int]:
    with sqlite3.connect(path) as db:
        tables = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        counts = {}
        for table in tables:
            columns = [r[1] for r in db.execute(f'PRAGMA table_info("{table}")')]
            if "user_id" in columns:
                counts[table] = db.execute(
                    f'SELECT COUNT(*) FROM "{table}" WHERE user_id = ?', (uid,)
                ).fetchone()[0]
        counts["guide_answers"] = db.execute(
            "SELECT COUNT(*) FROM guide_answers a JOIN guide_runs r USING (run_id) "
            "WHERE r.user_id = ?",
            (uid,),
        ).fetchone()[0]
    return counts


async def test_mydata_for_a_stranger_says_nothing_is_stored(harness):
    alice = harness.emu.user(ALICE)
    await alice.send("/mydata")
    msg = await alice.next_message()
    assert msg.kind == "message" and "don't store anything" in msg.plain
    assert not await harness.storage.user_is_known(ALICE)


async def test_mydata_sends_everything_as_readable_json(harness):
    await fill(harness, ALICE)
    alice = harness.emu.user(ALICE)
    await alice.send("/mydata")
    msg = await alice.next_message()
    assert msg.kind == "document" and msg.filename.endswith(".json")
    assert "/forget" in msg.plain
    data = json.loads(msg.document.decode("utf-8"))
    assert data["user_id"] == ALICE and "/forget" in data["about"]
    assert data["settings"]["tz"] == "Europe/Berlin"
    assert data["settings"]["created_at"].startswith("2026-11-23T12:00:00")
    [run] = data["decision_guide"]
    # The guide's answers in words, as the user saw them: question text and button label.
    assert run["outcome"] == "Wait"
    situation, safety, healed = run["answers"][:3]
    assert situation["question"] == content.text("decide.questions.situation")
    assert situation["answer"] == "I want us to be friends"
    assert safety["question"] == content.text("decide.questions.safety")
    assert safety["answer"] == "No"
    assert healed["question"] == content.text("decide.questions.healed")
    assert healed["answer"] == "No" and healed["answered_at"].startswith("2026-11-23T12:00")
    assert len(run["answers"]) == 12
    assert {a["answer"] for a in run["answers"]} <= {"Yes", "No", "Not sure", situation["answer"]}
    [period] = data["no_contact_periods"]
    assert period["why"] == WHY and period["length_days"] == 30
    assert data["slips"][0]["local_date"] == "2026-11-24"
    assert data["moods"][0]["mood"] == 2
    assert data["notes"][0]["text"] == NOTE  # exactly as written, HTML characters and all
    assert data["checkins_sent"][0]["day"] == 1
    jobs = {job["kind"]: job for job in data["scheduled_messages"]}
    assert jobs["checkin"]["due_at"] == "2026-11-24T12:00:00+00:00"
    assert jobs["test_ping"]["payload"] == {"n": 1}


@pytest.mark.sqlite_only
async def test_export_covers_every_table_that_holds_user_data(harness):
    storage = harness.storage
    await fill(harness, ALICE)
    # A table a later feature might add: exported and forgotten without touching storage code.
    await harness.sql(
        "CREATE TABLE reminders (reminder_id INTEGER PRIMARY KEY, "
        "user_id INTEGER NOT NULL REFERENCES users(user_id) ON DELETE CASCADE, what TEXT)"
    )
    await harness.sql("INSERT INTO reminders (user_id, what) VALUES (?, 'water')", ALICE)
    # Rows held back after a failed send (their leases): exported with them, forgotten with them.
    later = harness.clock.now() + timedelta(days=400)
    held = await storage.claim_due_jobs(later, later + timedelta(minutes=5), 100)
    retry = later + timedelta(hours=1)
    await storage.record_sweep(SweepOutcome(retries=[(job.job_id, retry) for job in held]), later)
    export = await storage.export_user(ALICE)
    with sqlite3.connect(harness.db_path) as db:
        tables = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        for table in tables:
            columns = [r[1] for r in db.execute(f'PRAGMA table_info("{table}")')]
            parents = [r[2] for r in db.execute(f'PRAGMA foreign_key_list("{table}")')]
            if "user_id" in columns:
                assert export[table], table
            elif parents:
                nested = [row.get(table) for parent in parents for row in export[parent]]
                assert any(nested), table
            else:
                # Not about anyone: the migrations applied and the shared send budget.
                assert table in ("schema_migrations", "sqlite_sequence", "send_budget"), table
    assert export["reminders"][0]["what"] == "water"
    await storage.forget_user(ALICE)
    assert raw_rows(harness.db_path, ALICE)["reminders"] == 0


@pytest.mark.sqlite_only
async def test_every_user_table_cascades_from_users(harness):
    with sqlite3.connect(harness.db_path) as db:
        tables = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        for table in tables:
            columns = [r[1] for r in db.execute(f'PRAGMA table_info("{table}")')]
            keys = list(db.execute(f'PRAGMA foreign_key_list("{table}")'))
            # The flood guard counts updates from people the bot has not stored (yet): its
            # rows can't hang off users; /forget deletes them with the rest all the same.
            if "user_id" in columns and table not in ("users", "throttle"):
                assert any(k[2] == "users" and k[6] == "CASCADE" for k in keys), table
            elif keys:
                assert all(k[6] == "CASCADE" for k in keys), table


async def test_forget_asks_first_and_cancel_keeps_everything(harness):
    await fill(harness, ALICE)
    alice = harness.emu.user(ALICE)
    await alice.send("/forget")
    ask = await alice.next_message()
    assert "can't be undone" in ask.plain and "/mydata" in ask.plain
    # What /forget can't reach, and how to delete the chat itself.
    assert "can't reach this chat" in ask.plain and "choose Delete" in ask.plain
    assert ask.buttons == [
        [content.text("safety.forget_yes_button")],
        [content.text("safety.forget_no_button")],
    ]
    before = await row_counts(harness, ALICE)
    await alice.tap(content.text("safety.forget_no_button"))
    await alice.next_callback_answer()
    kept = await alice.next_message()
    assert kept.kind == "edit" and "didn't delete anything" in kept.plain and kept.buttons == []
    assert await row_counts(harness, ALICE) == before


@pytest.mark.sqlite_only
async def test_forget_deletes_every_trace_and_stops_checkins(harness):
    storage = harness.storage
    await fill(harness, ALICE)
    await fill(harness, BOB, note="Bob's own note", why="Bob's own reason")
    alice, bob = harness.emu.user(ALICE), harness.emu.user(BOB)
    await bob.send("/start")
    await bob.next_message()
    wal = harness.db_path.with_name(harness.db_path.name + "-wal")
    before = harness.db_path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")
    assert NOTE.encode() in before and ALICE.to_bytes(4, "big") in before  # the grep can see
    await alice.send("/forget")
    await alice.next_message()
    await alice.tap(content.text("safety.forget_yes_button"))
    await alice.next_callback_answer()
    done = await alice.next_message()
    assert done.kind == "edit" and "deleted" in done.plain and done.buttons == []
    await harness.settle()

    assert not await storage.user_is_known(ALICE)
    assert set(raw_rows(harness.db_path, ALICE).values()) == {0}
    assert all(raw_rows(harness.db_path, BOB).values())  # someone else's data is untouched
    for path in (harness.db_path, wal):
        raw = path.read_bytes() if path.exists() else b""
        assert NOTE.encode() not in raw and WHY.encode() not in raw, path
        assert str(ALICE).encode() not in raw, path
        assert ALICE.to_bytes(4, "big") not in raw, path  # the integer as records store it
        assert varint(ALICE) not in raw, path  # the rowid as b-tree cells store it

    async def ping(job, services):
        return "A one-off message from the due queue.", None

    harness.app.bot_data["dispatcher"].renderers["test_ping"] = ping
    sent_before = harness.emu.sent_to(ALICE)
    harness.clock.set(START + timedelta(hours=3))  # past the one-off message
    await harness.tick()
    await harness.settle()
    assert harness.emu.sent_to(ALICE) == sent_before  # no check-in, no follow-up
    assert "one-off" in (await bob.next_message()).plain  # Bob's still came
    assert await storage.next_due(ALICE, "checkin") is None
    assert alice.messages[-1].message_id == done.message_id


async def test_forget_confirmation_expires(harness):
    await fill(harness, ALICE)
    alice = harness.emu.user(ALICE)
    await alice.send("/forget")
    await alice.next_message()
    harness.clock.advance(timedelta(hours=2))
    await alice.tap(content.text("safety.forget_yes_button"))
    answer = await alice.next_callback_answer()
    assert "expired" in answer.text and "/forget" in answer.text
    assert await harness.storage.user_is_known(ALICE)


async def test_forged_forget_taps_delete_nothing(harness):
    await fill(harness, ALICE)
    alice = harness.emu.user(ALICE)
    await alice.send("/forget")
    await alice.next_message()
    future = int((START + timedelta(days=1)).timestamp())
    for data in ("p:forget:", "p:forget:abc", f"p:forget:{future}", "p:forget:-5"):
        await alice.tap_data(data)
        assert "expired" in (await alice.next_callback_answer()).text
    assert await harness.storage.user_is_known(ALICE)


async def test_forget_for_a_stranger_and_a_second_tap(harness):
    alice = harness.emu.user(ALICE)
    await alice.send("/forget")
    assert "nothing to delete" in (await alice.next_message()).plain
    await harness.storage.ensure_user(ALICE, START)
    await alice.send("/forget")
    await alice.next_message()
    await alice.tap(content.text("safety.forget_yes_button"))
    await alice.next_callback_answer()
    await alice.next_message()
    # Telegram removed the buttons, but an old client could still send the same data.
    asked = int(START.timestamp())
    await alice.tap_data(f"p:forget:{asked}")
    await alice.next_callback_answer()
    assert "nothing to delete" in (await alice.next_message()).plain


async def test_start_after_forget_is_a_fresh_start(harness):
    await fill(harness, ALICE)
    await harness.storage.forget_user(ALICE)
    alice = harness.emu.user(ALICE)
    await alice.send("/start")
    assert "Welcome back" not in (await alice.next_message()).plain
    export = await harness.storage.export_user(ALICE)
    assert export["notes"] == [] and export["periods"] == []
    assert isinstance(datetime.fromisoformat(export["users"][0]["created_at"]), datetime)


async def test_logs_at_info_hold_no_user_text_or_token(harness, caplog, monkeypatch):
    secret_words = [
        "I want to kill myself tonight",
        "Jordan still has my jacket",
        "/frobnicate my-private-argument",
        "editing in something private",
    ]
    caplog.set_level(logging.INFO)
    for noisy in ("httpx", "httpcore"):  # as application.configure_logging sets them in production
        monkeypatch.setattr(logging.getLogger(noisy), "level", logging.WARNING)
    alice = harness.emu.user(ALICE)
    await alice.send("/start")
    await alice.send(secret_words[0])
    sent = await alice.send(secret_words[1])
    await alice.send(secret_words[2])
    await alice.edit(sent["message_id"], secret_words[3])
    await alice.send_photo(caption="a caption nobody should log")
    await harness.settle()
    await harness.storage.add_note(ALICE, "journal", NOTE, START)
    await alice.send("/mydata")
    await alice.send("/forget")
    await harness.settle()
    await alice.tap(content.text("safety.forget_yes_button"))
    await harness.settle()
    assert not await harness.storage.user_is_known(ALICE)
    logged = caplog.text + "".join(str(r.args) for r in caplog.records)
    assert any("crisis" in r.getMessage() for r in caplog.records)  # the events are logged...
    for text in [*secret_words, NOTE, "a caption nobody should log", TEST_TOKEN]:
        assert text not in logged, text  # ...their words are not
    assert str(ALICE) not in logged


async def test_forget_while_a_checkin_is_in_flight_does_not_break_the_batch(harness):
    storage = harness.storage
    await fill(harness, ALICE)
    await fill(harness, BOB, note="Bob's own note", why="Bob's own reason")
    alice_period = await storage.active_period(ALICE)
    bob_period = await storage.active_period(BOB)
    await storage.forget_user(ALICE)  # between the dispatcher's claim and its record
    day = date(2026, 11, 25)
    sent = [
        CheckinSent(0, alice_period.period_id, ALICE, day, 3, 90, START + timedelta(days=3)),
        CheckinSent(0, bob_period.period_id, BOB, day, 3, 91, START + timedelta(days=3)),
    ]
    await storage.record_sweep(SweepOutcome(sent=sent), START)
    assert set((await row_counts(harness, ALICE)).values()) == {0}
    assert (await storage.active_period(BOB)).last_checkin_date == day
