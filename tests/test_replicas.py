"""Replica drill: three bot.py processes in webhook mode on one PostgreSQL database, one of
them killed with SIGKILL while 5,000 check-ins go out and 50 people tap through /decide.

Run it with `TEST_POSTGRES_URL=postgresql://127.0.0.1/test pytest -m drill
tests/test_replicas.py` (CI sets TEST_POSTGRES_URL; without it the drill is skipped, since
replicas need a database they can share).
"""

from __future__ import annotations

import asyncio
import random
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from functools import partial
from itertools import pairwise

import pytest

from dispatch.sweep import LEASE, Pacer
from emulator import EmulatedUser, Output, WebhookPusher
from scripts.generate_users import generate
from storage import Storage, open_storage
from storage.models import SweepOutcome
from tests.conftest import POSTGRES_URL, postgres_schema
from tests.test_decide import WAIT, data_for
from tests.test_drills import FIRST_ID, BotProcess, RecordingEmulator, known, until
from tests.test_webhook import free_port, port_open

pytestmark = [
    pytest.mark.drill,
    pytest.mark.skipif(
        not POSTGRES_URL,
        reason="replicas share a PostgreSQL database: set TEST_POSTGRES_URL, e.g. "
        "postgresql://127.0.0.1/test (CI does)",
    ),
]

USERS = 5_000
RATE = 300  # RATE_LIMIT: the broadcast budget all three replicas share
KILL_AT = 1_500  # check-ins sent when one replica is killed: the sweep is well under way
TAPPERS = 50
HOOK = "https://example.org/hook"
SECRET = "replica-drill-secret"
THINK = (0.5, 1.5)  # seconds a person takes between two taps
ANSWER_TIMEOUT = 60.0  # a busy machine may be slow; a lost update is found out sooner
# After the SIGKILL, what the dead process had written to its sockets is read by the
# emulator (this process) within a few loop turns; one second covers a loaded machine.
DEATH_GRACE = 1.0
QUIET = 3.0  # seconds without a change: three one-second sweeps found nothing to do


def busiest_second(instants: list[float]) -> tuple[int, float]:
    """The most instants in any one-second window [t, t + 1), and where that window starts.

    Windows that start at an instant are enough: any window can slide right to its first
    instant without losing one."""
    ordered = sorted(instants)
    best, start, end = 0, 0.0, 0
    for first, instant in enumerate(ordered):
        while end < len(ordered) and ordered[end] < instant + 1.0:
            end += 1
        if end - first > best:
            best, start = end - first, instant
    return best, start


@dataclass
class Victim:
    """The replica the drill kills, and when."""

    url: str
    killed_at: float | None = None  # wall clock, just before SIGKILL
    dead_at: float | None = None  # wall clock, once the process is reaped

    def lost(self, delivery_url: str | None) -> bool:
        """Whether an update accepted at `delivery_url` can no longer be answered: the
        victim took it and has been dead for longer than DEATH_GRACE."""
        return (
            delivery_url == self.url
            and self.dead_at is not None
            and time.time() > self.dead_at + DEATH_GRACE
        )


Expectation = Callable[[], Callable[[], bool]]  # notes where the chat is; then: answered yet?


@dataclass
class Tapper:
    """One person walking through /decide again and again (the answers that lead to "wait")
    until told to stop, each step waiting for the bot's whole answer before the next.

    An update the killed replica accepted and never answered is lost with it (PTB answers
    the webhook's POST with 200 before handling the update, so Telegram would not send it
    again): the person starts the guide over, as someone whose button keeps spinning would."""

    emu: RecordingEmulator
    user: EmulatedUser
    pusher: WebhookPusher
    victim: Victim
    rng: random.Random
    answered: int = 0  # updates fully answered
    lost: list[tuple[int, str]] = field(default_factory=list)  # (update id, what it was)

    async def run(self, stop: asyncio.Event) -> None:
        while not stop.is_set():
            await self.walk()

    async def walk(self) -> None:
        if not await self.step("/decide", lambda: self.user.send("/decide"), self.new_question):
            return
        for number, code in enumerate(WAIT, start=1):
            await asyncio.sleep(self.rng.uniform(*THINK))
            question = self.question()

            async def tap(question: Output = question, code: str = code) -> None:
                await self.user.tap_data(data_for(question, code), message_id=question.message_id)

            last = number == len(WAIT)
            expect = partial(self.answered_and_edited, question.message_id, last)
            if not await self.step(f"tap {code!r} on question {number}", tap, expect):
                return

    def question(self) -> Output:
        """The guide message as it looks now (the newest bot message with g: buttons)."""
        chat = self.user.chat
        for message_id in reversed(chat.bot_message_ids):
            shown = chat.current.get(message_id)
            if shown and any(d.startswith("g:") for d in shown.button_data.values()):
                return shown
        raise AssertionError(f"user {self.user.id} has no guide message")

    def new_question(self) -> Callable[[], bool]:
        """/decide is answered with a new message asking the first question."""
        chat, before = self.user.chat, len(self.user.chat.outputs)
        return lambda: any(
            o.kind == "message" and any(d.startswith("g:") for d in o.button_data.values())
            for o in chat.outputs[before:]
        )

    def answered_and_edited(self, message_id: int, last: bool) -> Callable[[], bool]:
        """A tap is answered (the spinner stops) and its question message edited; the last
        one also brings the result as a new message."""
        user, chat = self.user, self.user.chat
        answers, before = len(user.callback_answers), len(chat.outputs)

        def done() -> bool:
            new = chat.outputs[before:]
            edited = any(o.kind == "edit" and o.message_id == message_id for o in new)
            result = not last or any(o.kind == "message" for o in new)
            return len(user.callback_answers) > answers and edited and result

        return done

    async def step(
        self, what: str, action: Callable[[], Awaitable[object]], expect: Expectation
    ) -> bool:
        """Send one update and wait for all of its answer; False if it was lost with the
        killed replica."""
        done = expect()
        update_id = self.emu.last_update_id + 1
        await action()
        # Sending and tapping queue their update without awaiting: no other person's came first.
        assert self.emu.last_update_id == update_id
        deadline = time.monotonic() + ANSWER_TIMEOUT
        while not done():
            delivery = self.pusher.delivered.get(update_id)
            if self.victim.lost(delivery.url if delivery else None):
                self.lost.append((update_id, what))
                self.user.drain()
                return False
            if time.monotonic() > deadline:
                raise AssertionError(
                    f"user {self.user.id}: {what} (update {update_id}) not answered within "
                    f"{ANSWER_TIMEOUT} s; accepted: {delivery}"
                )
            try:
                async with asyncio.timeout(0.2):
                    await self.user.chat.signal.wait()
            except TimeoutError:
                pass  # a callback answer wakes nothing here: look again
        self.answered += 1
        return True


@pytest.fixture
async def emu():
    emulator = RecordingEmulator()
    await emulator.start()
    yield emulator
    await emulator.stop()


async def dead_replicas_rows(
    storage: Storage, emu: RecordingEmulator, users: range, killed: datetime
) -> dict[int, int]:
    """The rows the killed replica still held, job id -> user id (see the drill's docstring).

    Read once the live replicas have nothing left to do: every user not held has had a
    check-in, no lease taken after the kill is left, and nothing changed for QUIET seconds.
    """
    after_kill = killed + LEASE  # every lease taken after the kill runs past this instant
    deadline = time.monotonic() + 180
    previous: tuple[frozenset[int], int] | None = None
    quiet_since = time.monotonic()
    while True:
        held = await storage.leased_jobs(datetime.now(UTC))
        busy = await storage.leased_jobs(after_kill)
        held_users = set(held.values())
        waiting = any(not emu.sent_to(u) and u not in held_users for u in users)
        state = (frozenset(held), sum(emu.sent_to(u) for u in users))
        if busy or waiting or state != previous:
            previous, quiet_since = state, time.monotonic()
        elif time.monotonic() - quiet_since >= QUIET:
            return held
        if time.monotonic() > deadline:
            raise AssertionError(
                f"the live replicas never went quiet: {len(busy)} rows claimed after the "
                f"kill, {len(held)} leased in all, users still waiting: {waiting}"
            )
        await asyncio.sleep(0.25)


@pytest.mark.timeout(360)
async def test_three_replicas_one_killed_mid_dispatch_lose_nothing_and_keep_the_budget(emu):
    """Three webhook replicas share the sweep of 5,000 check-ins due at once, paced by one
    budget of RATE a second, while 50 people tap through /decide (their updates POSTed to
    the replicas in turn). At KILL_AT check-ins sent, one replica is killed with SIGKILL.

    What the dead replica held: rows it claimed (a 5-minute lease), some sent and not yet
    recorded. Their lease would end five minutes later and a live replica would take them;
    the drill does not wait five real minutes. It cannot simply free every leased row
    either: the live replicas hold leases too, and freeing theirs would send those
    check-ins twice, a repeat the bot never makes. Leases carry no owner, so the drill waits
    until the live replicas have sent everything they can (everyone not held has a
    check-in, no lease taken after the kill is left, QUIET seconds without a change): the
    leases left then are the dead replica's alone, as they would be when its leases end.
    It records them as retries due now through the storage API (record_sweep), which is
    what the lease's end amounts to, and the live replicas send them.

    Must hold: nobody is left without a check-in; a repeat goes only to a user whose row the
    dead replica held, whose first copy went out before it died and second after the
    release; the check-ins of all replicas together stay within RATE in every one-second
    window (sends are spaced 1.02/RATE apart, so even a window's edges hold at most
    RATE/1.02 + 1 < RATE); every update the live replicas accepted is answered in full.
    An update the dead replica had accepted but not answered is lost with it (PTB answers
    Telegram's POST before handling the update, so Telegram would not send it again): the
    person starts the guide over, and the drill counts these.
    """
    users = range(FIRST_ID, FIRST_ID + USERS)
    ports = [free_port() for _ in range(3)]
    urls = [f"http://127.0.0.1:{port}/hook" for port in ports]
    victim = Victim(urls[1])
    stop = asyncio.Event()
    tasks: list[asyncio.Task[None]] = []
    async with postgres_schema() as database_url:
        storage = await open_storage(database_url)  # migrates the schema before the replicas
        replicas = [
            BotProcess(
                emu,
                database_url,
                WEBHOOK_URL=HOOK,
                WEBHOOK_LISTEN="127.0.0.1",
                WEBHOOK_PORT=str(port),
                WEBHOOK_SECRET=SECRET,
                RATE_LIMIT=str(RATE),
                DISPATCH_INTERVAL="1",
            )
            for port in ports
        ]
        doomed, survivors = replicas[1], [replicas[0], replicas[2]]

        def tappers_fine() -> bool:
            for task in tasks:
                if task.done() and not task.cancelled() and task.exception():
                    raise task.exception()  # type: ignore[misc]
            return True

        def checkins() -> list[tuple[float, int]]:
            return [(t, chat) for t, chat in emu.admitted if chat in users]

        try:
            for replica in replicas:
                await replica.start()
            await until(
                lambda: emu.webhook_url == HOOK and all(port_open(p) for p in ports),
                90,
                "three replicas serving the webhook",
                replicas[0],
            )
            known(emu, users)
            async with WebhookPusher(emu, urls) as pusher:
                tappers = [
                    Tapper(emu, emu.user(n), pusher, victim, random.Random(n))
                    for n in range(1, TAPPERS + 1)
                ]
                tasks = [asyncio.create_task(tapper.run(stop)) for tapper in tappers]
                await generate(
                    database_url, USERS, now=datetime.now(UTC), first_id=FIRST_ID, due_now=True
                )
                await until(
                    lambda: tappers_fine() and len(checkins()) >= KILL_AT,
                    120,
                    f"the first {KILL_AT:,} check-ins",
                    replicas[0],
                )
                victim.killed_at = time.time()
                await doomed.kill()
                victim.dead_at = time.time()
                at_kill = len(checkins())
                assert at_kill < USERS, "the sweep finished before the kill: nothing was tested"

                held = await dead_replicas_rows(
                    storage, emu, users, datetime.fromtimestamp(victim.killed_at, UTC)
                )
                # Empty only if the kill fell between recording one batch and claiming the
                # next (a few milliseconds in two seconds): the rest of the drill still holds.
                released_at = time.time()
                now = datetime.now(UTC)
                await storage.record_sweep(SweepOutcome(retries=[(job, now) for job in held]), now)
                await until(
                    lambda: tappers_fine() and all(emu.sent_to(u) for u in users),
                    120,
                    "every check-in",
                    survivors[0],
                )
                await asyncio.sleep(QUIET)  # three more sweeps: nothing else may go out
                stop.set()
                await asyncio.wait_for(asyncio.gather(*tasks), ANSWER_TIMEOUT + 30)
            leftover = await storage.leased_jobs(datetime.now(UTC))
            next_due = await storage.next_claimable_at()
        finally:
            stop.set()
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
            for replica in replicas:
                await replica.stop()
            await storage.close()

    sends: dict[int, list[float]] = {}
    for instant, chat in checkins():
        sends.setdefault(chat, []).append(instant)
    lost = [u for u in users if u not in sends]
    repeated = {u: instants for u, instants in sends.items() if len(instants) > 1}
    held_users = set(held.values())
    sent_before_death = sum(u in sends and sends[u][0] <= victim.dead_at for u in held_users)
    peak, peak_at = busiest_second([instant for instant, _ in checkins()])
    taps = sum(tapper.answered for tapper in tappers)
    lost_updates = [what for tapper in tappers for _, what in tapper.lost]
    summary = (
        f"{USERS:,} check-ins, {len(lost)} lost, {len(repeated)} repeated; at the kill "
        f"{at_kill:,} sent and the killed replica held {len(held)} rows, {sent_before_death} "
        f"of them sent before it died; busiest second {peak} check-ins (budget {RATE}); "
        f"{taps:,} updates "
        f"from {TAPPERS} people answered in full, {len(lost_updates)} lost with the killed "
        f"replica ({sum(w == '/decide' for w in lost_updates)} of them /decide, the rest "
        f"taps)"
    )
    print(f"\nreplica drill: {summary}")

    assert not lost, f"no check-in for {lost[:20]}; {summary}"
    assert set(repeated) <= held_users, (
        f"repeated to users the dead replica did not hold: "
        f"{sorted(set(repeated) - held_users)[:20]}; {summary}"
    )
    for user, instants in repeated.items():
        assert len(instants) == 2, f"user {user} got {len(instants)} check-ins; {summary}"
        first, second = instants
        assert first <= victim.dead_at, f"user {user}'s first copy came after the kill"
        assert second >= released_at, f"user {user}'s second copy came before the release"
    in_peak = [t for t, _ in checkins() if peak_at <= t < peak_at + 1.0]
    bunched = sum(later - earlier < 0.001 for earlier, later in pairwise(sorted(in_peak)))
    assert peak <= RATE, (
        f"{peak} check-ins in the second from {datetime.fromtimestamp(peak_at, UTC)}, "
        f"{bunched} of them less than 1 ms after the one before (paced sends are "
        f"{1000 * Pacer.MARGIN / RATE:.1f} ms apart); {summary}"
    )
    assert not leftover, f"{len(leftover)} rows still leased at the end"
    assert next_due is not None and next_due > datetime.now(UTC) + timedelta(hours=1), next_due
    unexpected = [
        (tapper.user.id, answer.text)
        for tapper in tappers
        for answer in tapper.user.callback_answers
        if answer.text is not None
    ]
    assert not unexpected, f"taps answered with a warning (expired, too fast): {unexpected}"
    first_checkin = min(instants[0] for instants in sends.values())
    last_checkin = max(instants[-1] for instants in sends.values())
    answered_meanwhile = sum(
        method == "answerCallbackQuery" and status == 200 and first_checkin <= t <= last_checkin
        for t, method, status in emu.answered
    )
    assert answered_meanwhile >= TAPPERS, f"only {answered_meanwhile} taps during the sweep"
    assert not list(emu.errors), f"Bot API errors: {list(emu.errors)[:10]}"
    for replica in survivors:
        assert not replica.tracebacks(), replica.tail()
