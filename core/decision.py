"""The decision guide's rules: question order, the outcome, and why."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from enum import Enum


class Situation(Enum):
    """The user's starting point (the first question's answers)."""

    THEY_MISS_FRIENDSHIP = "miss"
    I_WANT_FRIENDS = "want"
    NO_REPLY = "noreply"
    OTHER = "other"


class Answer(Enum):
    """An answer to every question except the first (short: it goes into callback_data)."""

    YES = "y"
    NOT_SURE = "n"
    NO = "x"


class Question(Enum):
    """The guide's questions in order; the value is a stable code kept in the DB and buttons."""

    SITUATION = "s"
    # Second on every path: an answer about danger shapes everything after it.
    SAFETY = "t"
    HEALED = "h"
    BOUNDARIES = "b"
    SAME_PAGE = "p"
    HANDLE_DATING = "d"
    ADDS_TO_LIFE = "a"
    HOPE_ROMANCE = "r"
    REOPENS_WOUND = "w"
    ONE_SIDED = "o"
    MANIPULATION = "m"
    CANT_BE_YOURSELF = "c"


class Outcome(Enum):
    """What the guide recommends."""

    WALK_AWAY = "walk_away"
    WAIT = "wait"
    REBUILD_SLOWLY = "rebuild"
    FRIENDLY_NOT_CLOSE = "friendly"


Choice = Situation | Answer
# Answers: the user's answers so far, keyed by question. SITUATION maps to a Situation, every
# other question to an Answer. A plain mapping keeps it easy to build from DB rows
# (see answers_from_codes) and to compare runs; missing keys are unanswered questions.
Answers = Mapping[Question, Choice]

QUESTION_ORDER: tuple[Question, ...] = tuple(Question)
READINESS: tuple[Question, ...] = (
    Question.HEALED,
    Question.BOUNDARIES,
    Question.SAME_PAGE,
    Question.HANDLE_DATING,
    Question.ADDS_TO_LIFE,
)
RED_FLAGS: tuple[Question, ...] = (
    Question.REOPENS_WOUND,
    Question.ONE_SIDED,
    Question.MANIPULATION,
    Question.CANT_BE_YOURSELF,
)
# "No reply", or any doubt about safety: nothing after these two questions is asked.
SHORT_PATH: tuple[Question, ...] = (Question.SITUATION, Question.SAFETY)
MAX_REASONS = 4
# "Ask me again later" without a no-contact period: two weeks is long enough for feelings
# to move, short enough that the question doesn't go stale.
ASK_AGAIN_AFTER = timedelta(days=14)

# Readiness answers that best explain "rebuild slowly", strongest first.
_REBUILD_BY_WEIGHT = (
    Question.HEALED,
    Question.SAME_PAGE,
    Question.BOUNDARIES,
    Question.HANDLE_DATING,
    Question.ADDS_TO_LIFE,
)


@dataclass(frozen=True)
class Reason:
    """One of the user's own answers that drove the outcome."""

    question: Question
    answer: Choice


@dataclass(frozen=True)
class Change:
    """A question answered differently in two runs of the guide."""

    question: Question
    before: Choice
    after: Choice


def choices(question: Question) -> tuple[Choice, ...]:
    """The answers a question offers, in button order."""
    return tuple(Situation) if question is Question.SITUATION else tuple(Answer)


def parse_choice(question: Question, code: str) -> Choice:
    """Turn a stored or callback code back into the answer enum (ValueError if invalid)."""
    return Situation(code) if question is Question.SITUATION else Answer(code)


def answers_from_codes(codes: Mapping[str, str]) -> dict[Question, Choice]:
    """Rebuild Answers from {question code: answer code}, e.g. rows read from the DB."""
    result: dict[Question, Choice] = {}
    for q_code, a_code in codes.items():
        question = Question(q_code)
        result[question] = parse_choice(question, a_code)
    return result


def answers_to_codes(answers: Answers) -> dict[str, str]:
    """The inverse of answers_from_codes, in question order."""
    return {q.value: answers[q].value for q in QUESTION_ORDER if q in answers}


def path(answers: Answers) -> tuple[Question, ...]:
    """The questions this run asks, as far as its answers tell so far: every one, or only the
    situation and safety after "no reply" or when safety comes first."""
    if answers.get(Question.SITUATION) is Situation.NO_REPLY or is_safety_concern(answers):
        return SHORT_PATH
    return QUESTION_ORDER


def question_after(question: Question, answers: Answers) -> Question | None:
    """The question to show once `question` is answered, or None when the guide is finished.

    It walks forward in order even through questions already answered: after Back, the
    user re-confirms each later answer (shown to them) in turn.
    """
    questions = path(answers)
    index = questions.index(question)
    # A run begun under an older question order may have passed one by: ask it first.
    skipped = next((q for q in questions[:index] if q not in answers), None)
    if skipped is not None:
        return skipped
    return questions[index + 1] if index + 1 < len(questions) else None


def applicable(answers: Answers) -> dict[Question, Choice]:
    """The answers that still count: those on the run's path (after "no reply", or when safety
    comes first, later answers given before a Back no longer apply)."""
    return {q: answers[q] for q in path(answers) if q in answers}


def ask_again_on(today: date, period_end: date | None) -> date:
    """The local date to ask the question again: when no contact ends, else in two weeks."""
    if period_end is not None and period_end > today:
        return period_end
    return today + ASK_AGAIN_AFTER


def previous_question(question: Question) -> Question | None:
    """The question before this one (for the Back button), or None for the first."""
    index = QUESTION_ORDER.index(question)
    return QUESTION_ORDER[index - 1] if index > 0 else None


def is_safety_concern(answers: Answers, *, danger_reported: bool = False) -> bool:
    """True when safety comes before any friendship: they told us of danger from their ex
    elsewhere (danger_reported), or answered "yes" or "not sure" to the safety question."""
    return danger_reported or answers.get(Question.SAFETY) in (Answer.YES, Answer.NOT_SURE)


def _red_flags_yes(answers: Answers) -> list[Question]:
    return [q for q in RED_FLAGS if answers.get(q) is Answer.YES]


def _wait_reasons(answers: Answers) -> list[Reason]:
    wanted = (
        (Question.SITUATION, Situation.NO_REPLY),
        (Question.HEALED, Answer.NO),
        (Question.HANDLE_DATING, Answer.NO),
        (Question.HOPE_ROMANCE, Answer.YES),
    )
    return [Reason(q, a) for q, a in wanted if answers.get(q) is a]


def decide(answers: Answers, *, danger_reported: bool = False) -> Outcome:
    """The recommendation: the first rule that applies wins (works on partial runs too).

    danger_reported: the user told the bot elsewhere that their ex endangers them; it counts
    as a "yes" to the safety question.
    """
    # 1. Danger, or doubt about it, puts safety first: no friendship to weigh at all.
    if is_safety_concern(answers, danger_reported=danger_reported):
        return Outcome.WALK_AWAY
    # 2. Any other red flag means protecting yourself comes before any friendship.
    if _red_flags_yes(answers):
        return Outcome.WALK_AWAY
    # 3 and 4. No reply yet, not healed, dating would hurt, or hoping for romance: not now.
    if _wait_reasons(answers):
        return Outcome.WAIT
    # 5. Rebuilding needs every readiness sign, no romantic hope and no doubt about red flags.
    ready = all(answers.get(q) is Answer.YES for q in READINESS)
    no_hope = answers.get(Question.HOPE_ROMANCE) is Answer.NO
    no_flags = all(answers.get(q) is Answer.NO for q in (Question.SAFETY, *RED_FLAGS))
    if ready and no_hope and no_flags:
        return Outcome.REBUILD_SLOWLY
    # 6. Mixed signals: kind contact, but not a close friendship yet.
    return Outcome.FRIENDLY_NOT_CLOSE


def reasons(answers: Answers, *, danger_reported: bool = False) -> list[Reason]:
    """The user's own answers that drove decide(), most important first (at most 4)."""
    outcome = decide(answers, danger_reported=danger_reported)
    if outcome is Outcome.WALK_AWAY:
        safety = answers.get(Question.SAFETY)
        found = [Reason(Question.SAFETY, safety)] if safety in (Answer.YES, Answer.NOT_SURE) else []
        found += [Reason(q, Answer.YES) for q in _red_flags_yes(answers)]
    elif outcome is Outcome.WAIT:
        found = _wait_reasons(answers)
    elif outcome is Outcome.REBUILD_SLOWLY:
        found = [Reason(q, Answer.YES) for q in _REBUILD_BY_WEIGHT]
    else:
        found = _friendly_reasons(answers)
    return found[:MAX_REASONS]


def _friendly_reasons(answers: Answers) -> list[Reason]:
    # Clear "no"s first, then doubts about red flags, romance and readiness.
    tiers: tuple[tuple[tuple[Question, ...], Answer], ...] = (
        (READINESS, Answer.NO),
        (RED_FLAGS, Answer.NOT_SURE),
        ((Question.HOPE_ROMANCE,), Answer.NOT_SURE),
        (READINESS, Answer.NOT_SURE),
    )
    return [Reason(q, a) for questions, a in tiers for q in questions if answers.get(q) is a]


def changes(previous: Answers, current: Answers) -> list[Change]:
    """Questions answered in both runs with different answers, in guide order."""
    return [
        Change(q, previous[q], current[q])
        for q in QUESTION_ORDER
        if q in previous and q in current and previous[q] is not current[q]
    ]
