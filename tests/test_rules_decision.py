"""Table tests for the decision guide's rules (core/decision.py)."""

from __future__ import annotations

import random
from datetime import date

import pytest

from core.decision import (
    QUESTION_ORDER,
    READINESS,
    RED_FLAGS,
    SHORT_PATH,
    Answer,
    Change,
    Outcome,
    Question,
    Reason,
    Situation,
    answers_from_codes,
    answers_to_codes,
    applicable,
    ask_again_on,
    changes,
    choices,
    decide,
    is_safety_concern,
    parse_choice,
    previous_question,
    question_after,
    reasons,
)

Q = Question
Y, N, X = Answer.YES, Answer.NOT_SURE, Answer.NO


def run(situation: Situation = Situation.I_WANT_FRIENDS, /, **overrides: Answer) -> dict:
    """A finished run where every readiness answer is YES and everything else NO."""
    answers: dict = {Q.SITUATION: situation, Q.SAFETY: X}
    answers.update({q: Y for q in READINESS})
    answers[Q.HOPE_ROMANCE] = X
    answers.update({q: X for q in RED_FLAGS})
    for name, value in overrides.items():
        answers[Question[name]] = value
    return answers


def test_constants_are_consistent():
    # Safety comes straight after the situation, so every path asks it.
    assert QUESTION_ORDER[:2] == SHORT_PATH == (Q.SITUATION, Q.SAFETY)
    assert len(QUESTION_ORDER) == 12 and set(QUESTION_ORDER) == set(Question)
    groups = set(READINESS) | set(RED_FLAGS) | {Q.SITUATION, Q.SAFETY, Q.HOPE_ROMANCE}
    assert groups == set(Question)
    # Codes are short and unique because they travel in 64-byte callback_data.
    codes = [q.value for q in Question] + [a.value for a in Answer]
    assert all(len(code) == 1 for code in codes)
    assert len({q.value for q in Question}) == len(Question)
    assert all(len(s.value) <= 8 for s in Situation)


@pytest.mark.parametrize(
    ("answers", "expected"),
    [
        # Rule 1: danger, or doubt about it, puts safety first.
        (run(SAFETY=Y), Outcome.WALK_AWAY),
        (run(SAFETY=N), Outcome.WALK_AWAY),
        ({Q.SITUATION: Situation.NO_REPLY, Q.SAFETY: N}, Outcome.WALK_AWAY),
        ({Q.SITUATION: Situation.THEY_MISS_FRIENDSHIP, Q.SAFETY: Y}, Outcome.WALK_AWAY),
        # Rule 2: any other red flag wins over no reply, romance hopes and readiness.
        (run(REOPENS_WOUND=Y), Outcome.WALK_AWAY),
        (run(ONE_SIDED=Y), Outcome.WALK_AWAY),
        (run(MANIPULATION=Y), Outcome.WALK_AWAY),
        (run(CANT_BE_YOURSELF=Y), Outcome.WALK_AWAY),
        (run(Situation.NO_REPLY, MANIPULATION=Y), Outcome.WALK_AWAY),
        (run(HEALED=X, HOPE_ROMANCE=Y, ONE_SIDED=Y), Outcome.WALK_AWAY),
        ({Q.SITUATION: Situation.OTHER, Q.SAFETY: Y}, Outcome.WALK_AWAY),
        # Rule 3: no reply yet, with nothing else answered (the early finish).
        ({Q.SITUATION: Situation.NO_REPLY}, Outcome.WAIT),
        ({Q.SITUATION: Situation.NO_REPLY, Q.SAFETY: X}, Outcome.WAIT),
        (run(Situation.NO_REPLY), Outcome.WAIT),
        # Rule 4: not healed, can't handle them dating, or hoping for romance.
        (run(HEALED=X), Outcome.WAIT),
        (run(HANDLE_DATING=X), Outcome.WAIT),
        (run(HOPE_ROMANCE=Y), Outcome.WAIT),
        (run(Situation.THEY_MISS_FRIENDSHIP, HOPE_ROMANCE=Y), Outcome.WAIT),
        (run(HEALED=X, BOUNDARIES=X, REOPENS_WOUND=N), Outcome.WAIT),
        # Rule 5: everything ready, no hope, no red flag at all.
        (run(), Outcome.REBUILD_SLOWLY),
        (run(Situation.THEY_MISS_FRIENDSHIP), Outcome.REBUILD_SLOWLY),
        (run(Situation.OTHER), Outcome.REBUILD_SLOWLY),
        # Rule 6: anything less certain than that (an unanswered safety question included).
        (run(HOPE_ROMANCE=N), Outcome.FRIENDLY_NOT_CLOSE),
        (run(REOPENS_WOUND=N), Outcome.FRIENDLY_NOT_CLOSE),
        ({k: v for k, v in run().items() if k is not Q.SAFETY}, Outcome.FRIENDLY_NOT_CLOSE),
        (run(HEALED=N), Outcome.FRIENDLY_NOT_CLOSE),
        (run(BOUNDARIES=X), Outcome.FRIENDLY_NOT_CLOSE),
        (run(SAME_PAGE=X), Outcome.FRIENDLY_NOT_CLOSE),
        (run(ADDS_TO_LIFE=N), Outcome.FRIENDLY_NOT_CLOSE),
        (run(HANDLE_DATING=N), Outcome.FRIENDLY_NOT_CLOSE),
        # Partial runs never crash; unknown is not "ready".
        ({}, Outcome.FRIENDLY_NOT_CLOSE),
        ({Q.SITUATION: Situation.I_WANT_FRIENDS}, Outcome.FRIENDLY_NOT_CLOSE),
    ],
)
def test_decide(answers, expected):
    assert decide(answers) is expected


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (Q.SITUATION, None),
        (Q.SAFETY, Q.SITUATION),
        (Q.HEALED, Q.SAFETY),
        (Q.HOPE_ROMANCE, Q.ADDS_TO_LIFE),
        (Q.REOPENS_WOUND, Q.HOPE_ROMANCE),
        (Q.CANT_BE_YOURSELF, Q.MANIPULATION),
    ],
)
def test_previous_question(question, expected):
    assert previous_question(question) is expected


def test_walking_the_guide_forward_and_back_visits_every_question_once():
    answers: dict = {}
    seen = []
    q: Question | None = QUESTION_ORDER[0]
    while q is not None:
        seen.append(q)
        answers[q] = choices(q)[-1]  # "something else", then "no": the longest path
        q = question_after(q, answers)
    assert seen == list(QUESTION_ORDER)
    back = []
    q = QUESTION_ORDER[-1]
    while q is not None:
        back.append(q)
        q = previous_question(q)
    assert back == list(reversed(QUESTION_ORDER))


@pytest.mark.parametrize(
    ("answers", "expected"),
    [
        (run(SAFETY=Y), True),
        (run(SAFETY=N), True),
        ({Q.SITUATION: Situation.NO_REPLY, Q.SAFETY: N}, True),
        (run(), False),
        ({}, False),
        ({Q.SITUATION: Situation.NO_REPLY}, False),
    ],
)
def test_is_safety_concern(answers, expected):
    assert is_safety_concern(answers) is expected
    assert is_safety_concern(answers, danger_reported=True) is True


@pytest.mark.parametrize(
    "answers",
    [
        {},
        {Q.SITUATION: Situation.I_WANT_FRIENDS},
        {Q.SITUATION: Situation.NO_REPLY, Q.SAFETY: X},
        run(),
        run(HEALED=X, HOPE_ROMANCE=Y),
        run(SAFETY=N),
    ],
)
def test_danger_reported_elsewhere_puts_safety_first_like_a_yes(answers):
    assert decide(answers, danger_reported=True) is Outcome.WALK_AWAY
    assert decide({**answers, Q.SAFETY: Y}) is Outcome.WALK_AWAY
    found = reasons(answers, danger_reported=True)
    assert all(answers[r.question] is r.answer for r in found)
    assert all(r.question is not Q.SITUATION for r in found)  # never "wait for their reply"


@pytest.mark.parametrize(
    ("answers", "expected"),
    [
        # WALK_AWAY: the red flags answered YES, safety first, then guide order.
        (run(ONE_SIDED=Y, SAFETY=Y), [(Q.SAFETY, Y), (Q.ONE_SIDED, Y)]),
        (
            run(REOPENS_WOUND=Y, CANT_BE_YOURSELF=Y, MANIPULATION=Y),
            [(Q.REOPENS_WOUND, Y), (Q.MANIPULATION, Y), (Q.CANT_BE_YOURSELF, Y)],
        ),
        (
            run(SAFETY=Y, **{q.name: Y for q in RED_FLAGS}),
            [(Q.SAFETY, Y), (Q.REOPENS_WOUND, Y), (Q.ONE_SIDED, Y), (Q.MANIPULATION, Y)],
        ),
        # WAIT: no reply, not healed, can't handle dating, hoping for romance.
        ({Q.SITUATION: Situation.NO_REPLY}, [(Q.SITUATION, Situation.NO_REPLY)]),
        (run(HOPE_ROMANCE=Y, HEALED=X), [(Q.HEALED, X), (Q.HOPE_ROMANCE, Y)]),
        (
            run(Situation.NO_REPLY, HEALED=X, HANDLE_DATING=X, HOPE_ROMANCE=Y),
            [
                (Q.SITUATION, Situation.NO_REPLY),
                (Q.HEALED, X),
                (Q.HANDLE_DATING, X),
                (Q.HOPE_ROMANCE, Y),
            ],
        ),
        # REBUILD: the strongest readiness answers.
        (run(), [(Q.HEALED, Y), (Q.SAME_PAGE, Y), (Q.BOUNDARIES, Y), (Q.HANDLE_DATING, Y)]),
        # FRIENDLY: safety doubt, readiness NO, red-flag doubts, romance doubt, readiness doubts.
        (run(HOPE_ROMANCE=N), [(Q.HOPE_ROMANCE, N)]),
        (run(ONE_SIDED=N), [(Q.ONE_SIDED, N)]),
        (
            run(ADDS_TO_LIFE=N, SAME_PAGE=X, MANIPULATION=N),
            [(Q.SAME_PAGE, X), (Q.MANIPULATION, N), (Q.ADDS_TO_LIFE, N)],
        ),
        # Doubt about safety: that doubt is the reason, never the friendship's signs.
        ({Q.SITUATION: Situation.OTHER, Q.SAFETY: N}, [(Q.SAFETY, N)]),
        (run(SAFETY=N, ONE_SIDED=Y), [(Q.SAFETY, N), (Q.ONE_SIDED, Y)]),
        (run(SAFETY=N, HEALED=N), [(Q.SAFETY, N)]),
        (
            run(HEALED=N, BOUNDARIES=N, SAME_PAGE=N, HANDLE_DATING=N, ADDS_TO_LIFE=N),
            [(Q.HEALED, N), (Q.BOUNDARIES, N), (Q.SAME_PAGE, N), (Q.HANDLE_DATING, N)],
        ),
        ({}, []),
    ],
)
def test_reasons(answers, expected):
    got = reasons(answers)
    assert got == [Reason(q, a) for q, a in expected]
    assert len(got) <= 4
    assert reasons(answers) == got  # deterministic


def test_every_reason_is_one_of_the_users_own_answers():
    samples = [run(), run(HOPE_ROMANCE=Y), run(SAFETY=Y), run(BOUNDARIES=N, ONE_SIDED=N)]
    for answers in samples:
        for reason in reasons(answers):
            assert answers[reason.question] is reason.answer


@pytest.mark.parametrize(
    ("previous", "current", "expected"),
    [
        (run(), run(), []),
        (run(SAFETY=Y, HEALED=X), run(HEALED=Y), [Change(Q.SAFETY, Y, X), Change(Q.HEALED, X, Y)]),
        # Only questions answered in both runs count.
        (
            {Q.SITUATION: Situation.NO_REPLY},
            run(Situation.I_WANT_FRIENDS),
            [Change(Q.SITUATION, Situation.NO_REPLY, Situation.I_WANT_FRIENDS)],
        ),
        ({Q.SITUATION: Situation.NO_REPLY}, {Q.SITUATION: Situation.NO_REPLY}, []),
        ({}, run(), []),
    ],
)
def test_changes(previous, current, expected):
    assert changes(previous, current) == expected


@pytest.mark.parametrize("question", list(Question))
def test_codes_round_trip(question):
    for choice in choices(question):
        assert parse_choice(question, choice.value) is choice
    answers = {question: choices(question)[-1]}
    assert answers_from_codes(answers_to_codes(answers)) == answers


@pytest.mark.parametrize(
    ("question", "code"), [(Q.SITUATION, "y"), (Q.HEALED, "miss"), (Q.SAFETY, "")]
)
def test_parse_choice_rejects_codes_of_the_wrong_kind(question, code):
    with pytest.raises(ValueError):
        parse_choice(question, code)


def test_answers_to_codes_is_in_guide_order():
    answers = {Q.HEALED: Y, Q.SAFETY: X, Q.SITUATION: Situation.OTHER}
    assert list(answers_to_codes(answers).items()) == [("s", "other"), ("t", "x"), ("h", "y")]


@pytest.mark.parametrize(
    ("question", "answers", "expected"),
    [
        (Q.SITUATION, {Q.SITUATION: Situation.I_WANT_FRIENDS}, Q.SAFETY),
        (Q.SITUATION, {Q.SITUATION: Situation.OTHER}, Q.SAFETY),
        # "No reply" still asks about safety, then ends, even if later questions had answers.
        (Q.SITUATION, {Q.SITUATION: Situation.NO_REPLY}, Q.SAFETY),
        (Q.SITUATION, run(Situation.NO_REPLY), Q.SAFETY),
        (Q.SAFETY, {Q.SITUATION: Situation.NO_REPLY, Q.SAFETY: X}, None),
        (Q.SAFETY, run(Situation.NO_REPLY), None),
        # "Yes" or "not sure" on safety ends the guide: no friendship questions follow.
        (Q.SAFETY, run(SAFETY=Y), None),
        (Q.SAFETY, run(SAFETY=N), None),
        (Q.SAFETY, {Q.SITUATION: Situation.I_WANT_FRIENDS, Q.SAFETY: N}, None),
        (Q.SAFETY, run(), Q.HEALED),
        # After Back the walk goes forward in order through questions already answered.
        (Q.HEALED, run(), Q.BOUNDARIES),
        (Q.ADDS_TO_LIFE, run(), Q.HOPE_ROMANCE),
        (Q.HOPE_ROMANCE, run(), Q.REOPENS_WOUND),
        # A red flag doesn't stop the guide; the last question ends it.
        (Q.REOPENS_WOUND, run(REOPENS_WOUND=Y), Q.ONE_SIDED),
        (Q.CANT_BE_YOURSELF, run(), None),
        # A run begun when safety came last: asked before going on, never skipped.
        (Q.HEALED, {Q.SITUATION: Situation.I_WANT_FRIENDS, Q.HEALED: Y}, Q.SAFETY),
    ],
)
def test_question_after(question, answers, expected):
    assert question_after(question, answers) is expected


@pytest.mark.parametrize(
    ("answers", "expected"),
    [
        (run(), run()),
        ({}, {}),
        (run(Situation.NO_REPLY), {Q.SITUATION: Situation.NO_REPLY, Q.SAFETY: X}),
        (run(Situation.NO_REPLY, SAFETY=Y), {Q.SITUATION: Situation.NO_REPLY, Q.SAFETY: Y}),
        (run(SAFETY=N), {Q.SITUATION: Situation.I_WANT_FRIENDS, Q.SAFETY: N}),
        ({Q.SITUATION: Situation.NO_REPLY}, {Q.SITUATION: Situation.NO_REPLY}),
        ({Q.SITUATION: Situation.OTHER, Q.HEALED: X}, {Q.SITUATION: Situation.OTHER, Q.HEALED: X}),
    ],
)
def test_applicable(answers, expected):
    assert applicable(answers) == expected


@pytest.mark.parametrize(
    ("today", "period_end", "expected"),
    [
        (date(2026, 11, 23), None, date(2026, 12, 7)),
        (date(2026, 11, 23), date(2026, 12, 23), date(2026, 12, 23)),
        (date(2026, 11, 23), date(2026, 11, 24), date(2026, 11, 24)),
        # A period that ends today or already ended: fall back to two weeks.
        (date(2026, 11, 23), date(2026, 11, 23), date(2026, 12, 7)),
        (date(2026, 11, 23), date(2026, 11, 1), date(2026, 12, 7)),
        (date(2026, 12, 28), None, date(2027, 1, 11)),
    ],
)
def test_ask_again_on(today, period_end, expected):
    assert ask_again_on(today, period_end) == expected


def test_every_finished_run_has_a_reason_from_the_users_own_answers():
    # A seeded sample of complete runs: the result message never lacks a "because".
    rng = random.Random(3)
    for _ in range(3000):
        answers: dict = {Q.SITUATION: rng.choice(list(Situation))}
        answers.update({q: rng.choice(list(Answer)) for q in QUESTION_ORDER[1:]})
        answers = applicable(answers)
        found = reasons(answers)
        assert 1 <= len(found) <= 4, answers
        assert all(answers[r.question] is r.answer for r in found)
        # "Yes" or "not sure" on safety never leads to any kind of contact.
        if answers[Q.SAFETY] in (Y, N):
            assert decide(answers) is Outcome.WALK_AWAY and found[0].question is Q.SAFETY
