"""/decide: the guide "Should I try to stay friends with my ex?", one question at a time.

State lives in the database (guide_runs, guide_answers): each button carries its run id,
`g:<run>:<question>:<answer>` or `g:<run>:<question>:back`, and a tap counts only if it
belongs to the user's open run and to the question on screen. Everything else (an old run,
a double tap, forged data) gets "this button has expired" and changes nothing.

One message per run shows the questions and is edited in place; the result arrives as a new
message (so it notifies, and stays in the chat), with `g:<run>:why` and `g:<run>:later`, or,
when safety comes first, `g:<run>:disc` (turn on discreet mode).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from telegram import InlineKeyboardMarkup, Message, Update
from telegram.error import BadRequest
from telegram.ext import CallbackQueryHandler

from content import Content
from core import decision, schedule
from core.decision import (
    QUESTION_ORDER,
    READINESS,
    RED_FLAGS,
    Answer,
    Answers,
    Choice,
    Outcome,
    Question,
    Situation,
)
from core.intents import typed_choice
from handlers.common import (
    MENU_PREFIX,
    Button,
    Command,
    Feature,
    answer_tap,
    incoming_message,
    keyboard,
    reply,
    tapped,
    user_id,
)
from handlers.context import BotContext, Services
from storage.models import DueJob, GuideRun

log = logging.getLogger(__name__)

AWAITING = "guide"  # users.awaiting while a question is open
PREFIX = "g:"
ASK_AGAIN = "ask_again"  # due-queue job kind
BACK = "back"
WHY = "why"
LATER = "later"
DISCREET = "disc"
MAX_ID_DIGITS = 18
# Keep the result short (DESIGN: about 700 characters); "Why this answer?" shows every answer.
SHOWN_REASONS = 3
SHOWN_CHANGES = 2


@dataclass(frozen=True)
class Tap:
    """A parsed guide button: what it asks for, and for which run and question."""

    run_id: int
    action: str  # "answer", BACK, WHY, LATER or DISCREET
    question: Question | None = None
    choice: Choice | None = None


def parse_tap(data: str | None) -> Tap | None:
    """Read `g:` callback data; None for anything malformed or forged out of shape."""
    parts = (data or "").split(":")
    if len(parts) not in (3, 4) or parts[0] != PREFIX[:-1]:
        return None
    # Run ids are SQLite integers: anything longer is forged (and would overflow a query).
    if not (parts[1].isascii() and parts[1].isdigit() and len(parts[1]) <= MAX_ID_DIGITS):
        return None
    run_id = int(parts[1])
    if len(parts) == 3:
        return Tap(run_id, parts[2]) if parts[2] in (WHY, LATER, DISCREET) else None
    try:
        question = Question(parts[2])
        if parts[3] == BACK:
            return Tap(run_id, BACK, question)
        return Tap(run_id, "answer", question, decision.parse_choice(question, parts[3]))
    except ValueError:
        return None


def answer_data(run_id: int, question: Question, choice: Choice) -> str:
    return f"{PREFIX}{run_id}:{question.value}:{choice.value}"


def _key(question: Question) -> str:
    return question.name.lower()


def _section(question: Question) -> str:
    if question is Question.SAFETY:
        return "safety"
    if question in READINESS:
        return "readiness"
    if question in RED_FLAGS:
        return "red_flags"
    return "hope" if question is Question.HOPE_ROMANCE else "situation"


def _label(content: Content, question: Question, choice: Choice) -> str:
    if question is Question.SITUATION:
        return content.text(f"decide.buttons.situation.{choice.value}")
    names = {"y": "yes", "n": "not_sure", "x": "no"}
    return content.text(f"decide.buttons.{names[choice.value]}")


def question_view(
    content: Content, run_id: int, question: Question, answers: Answers
) -> tuple[str, InlineKeyboardMarkup]:
    """The question with its buttons; an earlier answer (after Back) is ticked and named."""
    number = QUESTION_ORDER.index(question) + 1
    header = content.text(
        "decide.header",
        number=number,
        # As many as this run asks: two after "no reply", twelve until the answers say less.
        total=len(decision.path(answers)),
        section=content.text(f"decide.sections.{_section(question)}"),
    )
    parts = [header, content.text(f"decide.questions.{_key(question)}")]
    if question is Question.SITUATION:
        parts.insert(0, content.text("decide.intro"))
    earlier = answers.get(question)
    if earlier is not None:
        word = content.text(f"decide.answer_words.{earlier.value}")
        parts.append(content.text("decide.earlier", answer=word))

    def button(choice: Choice) -> Button:
        label = _label(content, question, choice)
        if choice is earlier:
            label = content.text("decide.buttons.chosen", label=label)
        return label, answer_data(run_id, question, choice)

    options = decision.choices(question)
    if question is Question.SITUATION:
        rows = [[button(choice)] for choice in options]
    else:
        rows = [[button(choice) for choice in options]]
    if decision.previous_question(question) is not None:
        back = content.text("decide.buttons.back")
        rows.append([(back, f"{PREFIX}{run_id}:{question.value}:{BACK}")])
    return "\n\n".join(parts), keyboard(rows)


def format_day(content: Content, day: date) -> str:
    """ "23 Nov", as the user's language writes a short date."""
    return content.day(day)


def _outcome_name(content: Content, outcome: str) -> str:
    return content.text(f"decide.names.{outcome}")


def _answers(run: GuideRun) -> dict[Question, Choice]:
    return decision.answers_from_codes(run.answers)


def _changes_block(
    content: Content, run: GuideRun, previous: GuideRun | None, tz: str
) -> str | None:
    """What changed since the previous finished run, in words (None for a first run)."""
    if previous is None or previous.finished_at is None or previous.outcome is None:
        return None
    when = format_day(content, schedule.local_date(previous.finished_at, tz))
    found = decision.changes(_answers(previous), _answers(run))
    if not found:
        return content.text("decide.changes.same", date=when)
    lines = [
        content.text(
            "decide.changes.heading",
            date=when,
            outcome=_outcome_name(content, previous.outcome),
        )
    ]
    shown = found[:SHOWN_CHANGES]
    for change in shown:
        key = f"decide.said.{_key(change.question)}"
        lines.append(
            content.text(
                "decide.changes.line",
                before=content.text(f"{key}.{change.before.value}"),
                after=content.text(f"{key}.{change.after.value}"),
            )
        )
    if len(found) > len(shown):
        lines.append(content.text("decide.changes.more", count=len(found) - len(shown)))
    return "\n".join(lines)


def _why_block(content: Content, run: GuideRun) -> str:
    answers = _answers(run)
    lines = [content.text("decide.why.your_answers")]
    for question in QUESTION_ORDER:
        if question in answers:
            lines.append(
                content.text(
                    "decide.why.answer_line",
                    question=content.text(f"decide.why.short.{_key(question)}"),
                    answer=content.text(f"decide.answer_words.{answers[question].value}"),
                )
            )
    detail = content.text(f"decide.why.detail.{run.outcome}")
    return f"{detail}\n\n" + "\n".join(lines)


def _variant(outcome: Outcome, answers: Answers) -> str:
    """The key of the texts that fit the answers given: "wait" after no reply says nothing
    about a friendship costing more, which the user never said."""
    if outcome is Outcome.WAIT and answers.get(Question.SITUATION) is Situation.NO_REPLY:
        return "wait_noreply"
    return outcome.value


def outcome_view(
    content: Content,
    run: GuideRun,
    previous: GuideRun | None,
    tz: str,
    *,
    discreet: bool,
    danger_reported: bool = False,
) -> tuple[str, InlineKeyboardMarkup]:
    """The result: where the answers point, the user's own reasons, the next step, what changed.
    When safety comes first, the safety lead replaces the verdict and its reasons."""
    assert run.outcome is not None
    outcome = Outcome(run.outcome)
    answers = _answers(run)
    safety = decision.is_safety_concern(answers, danger_reported=danger_reported)
    parts = []
    if safety:
        unsure = answers.get(Question.SAFETY) is Answer.NOT_SURE
        parts.append(content.text(f"decide.result.safety.{'lead_unsure' if unsure else 'lead'}"))
    else:
        name = _outcome_name(content, run.outcome)
        parts.append(content.text("decide.result.heading", outcome=name))
        parts.append(content.text(f"decide.result.intro.{_variant(outcome, answers)}"))
    # The safety lead already says what they told us; the list adds only the other reasons.
    shown = [
        r
        for r in decision.reasons(answers, danger_reported=danger_reported)
        if not (safety and r.question is Question.SAFETY)
    ][:SHOWN_REASONS]
    if shown:
        reason_lines = [content.text("decide.result.because")]
        for reason in shown:
            key = f"decide.reasons.{_key(reason.question)}.{reason.answer.value}"
            reason_lines.append(content.text("decide.result.reason_line", reason=content.text(key)))
        parts.append("\n".join(reason_lines))
    next_steps = [content.text("decide.result.next")]
    if safety:
        next_steps.append(content.text("decide.result.safety.next_steps"))
        if not discreet:
            next_steps.append(content.text("decide.result.safety.discreet_offer"))
    else:
        next_steps.append(content.text(f"decide.result.next_steps.{_variant(outcome, answers)}"))
    parts.append("\n".join(next_steps))
    # Under the safety-first answer a "since last time" comparison would be out of place.
    changed = None if safety else _changes_block(content, run, previous, tz)
    if changed:
        parts.append(changed)
    if run.explained:
        parts.append(_why_block(content, run))
    return "\n\n".join(parts), outcome_keyboard(content, run, outcome, safety, discreet=discreet)


def outcome_keyboard(
    content: Content, run: GuideRun, outcome: Outcome, safety: bool, *, discreet: bool
) -> InlineKeyboardMarkup:
    # Menu buttons (m:<command>) run the other features' commands (see basics.open_menu_item).
    def menu(name: str, label_key: str | None = None) -> Button:
        return content.text(label_key or f"common.buttons.{name}"), f"{MENU_PREFIX}{name}"

    rows: list[list[Button]] = []
    if safety:
        # Help and privacy first; nothing about staying in touch, no "why" or "ask me later".
        if not discreet:
            label = content.text("decide.buttons.discreet")
            rows.append([(label, f"{PREFIX}{run.run_id}:{DISCREET}")])
        rows.append([menu("crisis")])
        rows.append([menu("nocontact"), menu("selfcare")])
        return keyboard(rows)
    if outcome is Outcome.WAIT:
        rows.append([menu("nocontact"), menu("selfcare")])
    elif outcome is Outcome.WALK_AWAY:
        rows.append([menu("nocontact")])
        rows.append([menu("walkaway"), menu("selfcare")])
    else:
        rows.append([menu("boundaries"), menu("say", "decide.buttons.say")])
    if outcome is Outcome.WAIT and run.ask_again_at is None:
        rows.append([(content.text("decide.buttons.ask_later"), f"{PREFIX}{run.run_id}:{LATER}")])
    if not run.explained:
        rows.append([(content.text("decide.buttons.why"), f"{PREFIX}{run.run_id}:{WHY}")])
    return keyboard(rows)


async def _stored_run(context: BotContext, run_id: int) -> GuideRun:
    """A run as stored now (it exists: the caller has just updated it)."""
    run = await context.guide.guide_run(run_id)
    assert run is not None
    return run


async def _discreet(context: BotContext, uid: int) -> bool:
    settings = await context.users.user_settings(uid)
    return settings is not None and settings.discreet


async def _danger_reported(context: BotContext, uid: int) -> bool:
    """Whether they told the safety net an ex or partner endangers them: then the guide never
    recommends friendship or contact."""
    settings = await context.users.user_settings(uid)
    return settings is not None and settings.danger_noted


async def _tz_and_minute(context_or_services: BotContext | Services, uid: int) -> tuple[str, int]:
    settings = await context_or_services.users.user_settings(uid)
    if settings is None:
        return "UTC", schedule.DEFAULT_MINUTE
    return settings.tz or "UTC", settings.checkin_minute


async def start_guide(update: Update, context: BotContext) -> None:
    """Open a fresh run (superseding any open one) and ask the first question."""
    uid = user_id(update)
    now = context.clock.now()
    await context.users.ensure_user(uid, now)
    first = QUESTION_ORDER[0]
    run_id = await context.guide.start_guide_run(uid, now, first.value)
    text, markup = question_view(context.content, run_id, first, {})
    message = await reply(update, text, markup)
    await context.guide.set_guide_message(run_id, message.message_id)


async def expired(update: Update, context: BotContext) -> None:
    """Stop the spinner of a button that no longer means anything, and change nothing."""
    await answer_tap(context, update, context.content.text("common.button_expired"))


async def on_guide_tap(update: Update, context: BotContext) -> None:
    """Every `g:` button: answers, Back, "Why this answer?", "Ask me again later" and the
    safety result's discreet mode."""
    tap = parse_tap(tapped(update).data)
    run = await context.guide.guide_run(tap.run_id) if tap else None
    if tap is None or run is None or run.user_id != user_id(update):
        await expired(update, context)
        return
    if tap.action == "answer":
        await take_answer(update, context, run, tap)
    elif tap.action == BACK:
        await go_back(update, context, run, tap)
    elif tap.action == WHY:
        await explain(update, context, run)
    elif tap.action == DISCREET:
        await turn_on_discreet(update, context, run)
    else:
        await ask_again_later(update, context, run)


def _on_question_message(update: Update, run: GuideRun) -> bool:
    if update.callback_query is None:
        return True  # typed: it answers the question on screen
    message = update.callback_query.message
    return run.message_id is None or message is None or message.message_id == run.message_id


def _is_current(update: Update, run: GuideRun, question: Question | None) -> bool:
    return (
        run.is_open
        and question is not None
        and run.current_question == question.value
        and _on_question_message(update, run)
    )


async def take_answer(update: Update, context: BotContext, run: GuideRun, tap: Tap) -> None:
    """Store the answer, then show the next question or the result."""
    question, choice = tap.question, tap.choice
    if not _is_current(update, run, question) or choice is None:
        await expired(update, context)
        return
    assert question is not None
    guide, now = context.guide, context.clock.now()
    answers = {**_answers(run), question: choice}
    following = decision.question_after(question, answers)
    if following is not None:
        if not await guide.record_guide_answer(
            run.run_id, question.value, choice.value, now, following.value
        ):
            await expired(update, context)
            return
        await answer_tap(context, update)
        text, markup = question_view(context.content, run.run_id, following, answers)
        await show_question(update, context, run.run_id, text, markup)
        return
    final = decision.applicable(answers)
    outcome = decision.decide(final, danger_reported=await _danger_reported(context, run.user_id))
    keep = tuple(decision.answers_to_codes(final))
    if not await guide.finish_guide_run(
        run.run_id, question.value, choice.value, now, outcome.value, keep
    ):
        await expired(update, context)
        return
    await answer_tap(context, update)
    await show_question(update, context, run.run_id, context.content.text("decide.done"), None)
    await show_outcome(update, context, run.run_id)


async def show_question(
    update: Update,
    context: BotContext,
    run_id: int,
    text: str,
    markup: InlineKeyboardMarkup | None,
) -> None:
    """Edit the question message in place; if it can't be edited (or the answer was typed),
    ask in a new one."""
    query = update.callback_query
    if query is None:
        await _replace_question(update, context, run_id, text, markup)
        return
    if isinstance(query.message, Message):
        try:
            await query.edit_message_text(text, reply_markup=markup)
            return
        except BadRequest as exc:
            # Deleted by the user, or too old to edit: carry on in a fresh message.
            log.info("guide message not editable (%s); sending a new one", exc)
    message = await reply(update, text, markup)
    if markup is not None:
        await context.guide.set_guide_message(run_id, message.message_id)


async def _replace_question(
    update: Update, context: BotContext, run_id: int, text: str, markup: InlineKeyboardMarkup | None
) -> None:
    """After a typed answer: the next step as a new message, the old question's buttons gone."""
    run = await context.guide.guide_run(run_id)
    message = await reply(update, text, markup)
    if markup is not None:
        await context.guide.set_guide_message(run_id, message.message_id)
    if run is not None and run.message_id is not None:
        try:
            await context.bot.edit_message_reply_markup(
                message.chat_id, run.message_id, reply_markup=None
            )
        except BadRequest as exc:
            log.info("old guide message not editable (%s); leaving it", exc)


async def show_outcome(update: Update, context: BotContext, run_id: int) -> None:
    """The result as a new message, saying what changed since the last finished run."""
    run = await context.guide.guide_run(run_id)
    assert run is not None
    previous = await context.guide.previous_finished_run(run.user_id, run.run_id)
    tz, _ = await _tz_and_minute(context, run.user_id)
    discreet = await _discreet(context, run.user_id)
    danger = await _danger_reported(context, run.user_id)
    text, markup = outcome_view(
        context.content, run, previous, tz, discreet=discreet, danger_reported=danger
    )
    await reply(update, text, markup)


async def go_back(update: Update, context: BotContext, run: GuideRun, tap: Tap) -> None:
    """Show the previous question again, its earlier answer ticked."""
    question = tap.question
    previous = decision.previous_question(question) if question else None
    if previous is None or not _is_current(update, run, question):
        await expired(update, context)
        return
    assert question is not None
    if not await context.guide.move_guide_back(run.run_id, question.value, previous.value):
        await expired(update, context)
        return
    await answer_tap(context, update)
    text, markup = question_view(context.content, run.run_id, previous, _answers(run))
    await show_question(update, context, run.run_id, text, markup)


async def explain(update: Update, context: BotContext, run: GuideRun) -> None:
    """ "Why this answer?": add how the rules work and the user's answers, once."""
    if run.status != "done" or not await context.guide.mark_guide_explained(
        run.run_id, context.clock.now()
    ):
        await expired(update, context)
        return
    await answer_tap(context, update)
    run = await _stored_run(context, run.run_id)
    previous = await context.guide.previous_finished_run(run.user_id, run.run_id)
    tz, _ = await _tz_and_minute(context, run.user_id)
    discreet = await _discreet(context, run.user_id)
    danger = await _danger_reported(context, run.user_id)
    text, markup = outcome_view(
        context.content, run, previous, tz, discreet=discreet, danger_reported=danger
    )
    query = tapped(update)
    if isinstance(query.message, Message):
        await query.edit_message_text(text, reply_markup=markup)
    else:
        await reply(update, text, markup)


async def ask_again_later(update: Update, context: BotContext, run: GuideRun) -> None:
    """After Wait: book a gentle prompt for when no contact ends, or in two weeks."""
    content = context.content
    latest = await context.guide.latest_outcome(run.user_id)
    if run.outcome != Outcome.WAIT.value or latest is None or latest.run_id != run.run_id:
        await expired(update, context)
        return
    tz, minute = await _tz_and_minute(context, run.user_id)
    if run.ask_again_at is not None:
        day = format_day(content, schedule.local_date(run.ask_again_at, tz))
        await answer_tap(context, update, content.text("decide.ask_again.already", date=day))
        return
    now = context.clock.now()
    period = await context.periods.active_period(run.user_id)
    period_end = period.run_start_date + timedelta(days=period.length_days) if period else None
    ask_day = decision.ask_again_on(schedule.local_date(now, tz), period_end)
    due = schedule.checkin_instant(ask_day, minute, tz)
    if not await context.guide.schedule_ask_again(run.run_id, run.user_id, due):
        await expired(update, context)
        return
    await answer_tap(context, update)
    run = await _stored_run(context, run.run_id)
    query = tapped(update)
    if isinstance(query.message, Message):
        danger = await _danger_reported(context, run.user_id)
        safety = decision.is_safety_concern(_answers(run), danger_reported=danger)
        discreet = await _discreet(context, run.user_id)
        markup = outcome_keyboard(content, run, Outcome.WAIT, safety, discreet=discreet)
        await query.edit_message_reply_markup(markup)
    local = due.astimezone(schedule.zone(tz))
    await reply(
        update,
        content.text(
            "decide.ask_again.scheduled",
            date=format_day(content, local.date()),
            time=f"{local:%H:%M}",
        ),
    )


async def turn_on_discreet(update: Update, context: BotContext, run: GuideRun) -> None:
    """The safety result's offer, accepted: discreet mode on before any check-in can put
    "no contact" on a lock screen; the button goes, and a message says what it can't hide."""
    danger = await _danger_reported(context, run.user_id)
    safety = decision.is_safety_concern(_answers(run), danger_reported=danger)
    if run.status != "done" or run.outcome is None or not safety:
        await expired(update, context)
        return
    content = context.content
    if await _discreet(context, run.user_id):
        await answer_tap(context, update, content.text("decide.discreet.already"))
        return
    await context.users.set_discreet(run.user_id, True)
    await answer_tap(context, update)
    query = tapped(update)
    if isinstance(query.message, Message):
        outcome = Outcome(run.outcome)
        markup = outcome_keyboard(content, run, outcome, True, discreet=True)
        try:
            await query.edit_message_reply_markup(markup)
        except BadRequest as exc:
            log.info("guide result not editable (%s); leaving its buttons", exc)
    await reply(update, content.text("decide.discreet.on"))


async def typed_answer(update: Update, context: BotContext) -> None:
    """Typed text while a question is open: a word that means one of its buttons ("yes", "sí",
    "не знаю", a label) answers it; anything else gets a pointer to the buttons."""
    uid = user_id(update)
    run = await context.guide.open_guide_run(uid)
    if run is None or run.current_question is None:
        # A leftover mark (the run ended elsewhere): forget it and answer as usual.
        await context.users.set_awaiting(uid, None)
        await reply(update, context.content.text("decide.resume_gone"))
        return
    question = Question(run.current_question)
    labels = {
        choice.value: [_label(context.content, question, choice)]
        for choice in decision.choices(question)
    }
    code = typed_choice(incoming_message(update).text or "", labels)
    if code is None:
        await reply(update, context.content.text("decide.remind"))
        return
    choice = decision.parse_choice(question, code)
    await take_answer(update, context, run, Tap(run.run_id, "answer", question, choice))


async def resume_question(update: Update, context: BotContext) -> None:
    """Show the open question again as a new message (after the crisis reply said "not what I
    meant", the question sits above the helplines); the old copy loses its buttons."""
    uid = user_id(update)
    run = await context.guide.open_guide_run(uid)
    if run is None or run.current_question is None:
        await context.users.set_awaiting(uid, None)
        await reply(update, context.content.text("decide.resume_gone"))
        return
    question = Question(run.current_question)
    text, markup = question_view(context.content, run.run_id, question, _answers(run))
    message = await reply(update, text, markup)
    await context.guide.set_guide_message(run.run_id, message.message_id)
    if run.message_id is not None:
        try:
            await context.bot.edit_message_reply_markup(
                message.chat_id, run.message_id, reply_markup=None
            )
        except BadRequest as exc:
            log.info("old guide message not editable (%s); leaving it", exc)


async def render_ask_again(
    job: DueJob, services: Services
) -> tuple[str, InlineKeyboardMarkup] | None:
    """The "ask me again" prompt, unless a newer run no longer says Wait."""
    latest = await services.guide.latest_outcome(job.user_id)
    if latest is None or latest.outcome != Outcome.WAIT.value:
        return None
    content = services.content_for(job.settings)
    key = "decide.ask_again.prompt_discreet" if job.settings.discreet else "decide.ask_again.prompt"
    button = (content.text("decide.buttons.look_again"), f"{MENU_PREFIX}decide")
    return content.text(key), keyboard([[button]])


def readable_run(content: Content, row: dict[str, Any]) -> dict[str, Any]:
    """An exported guide_runs row with its answers in words (question text, button label)
    instead of codes, for /mydata; a code the guide no longer knows is kept as it is."""

    def question_text(code: str | None) -> str | None:
        try:
            return content.text(f"decide.questions.{_key(Question(code))}")
        except ValueError:
            return code

    def answer_word(code: str) -> str:
        key = f"decide.answer_words.{code}"
        return content.text(key) if content.has(key) else code

    readable = dict(row)
    if row.get("outcome"):
        key = f"decide.names.{row['outcome']}"
        readable["outcome"] = content.text(key) if content.has(key) else row["outcome"]
    if row.get("current_question"):
        readable["current_question"] = question_text(row["current_question"])
    readable["guide_answers"] = [
        {
            **answer,
            "question": question_text(answer["question"]),
            "answer": answer_word(answer["answer"]),
        }
        for answer in row.get("guide_answers", [])
    ]
    return readable


async def latest_outcome_line(context: BotContext, user_id: int) -> str | None:
    """ "Your last answer (23 Nov): Wait" in the user's local date, for /status."""
    record = await context.guide.latest_outcome(user_id)
    if record is None:
        return None
    tz, _ = await _tz_and_minute(context, user_id)
    content = context.content
    return content.text(
        "decide.status_line",
        date=format_day(content, schedule.local_date(record.finished_at, tz)),
        outcome=_outcome_name(content, record.outcome),
    )


def feature() -> Feature:
    """/decide, its buttons, the typed-text reminder and the "ask me again" prompt."""
    return Feature(
        commands=[Command("decide", start_guide)],
        handlers=[CallbackQueryHandler(on_guide_tap, pattern=f"^{PREFIX}")],
        text_inputs={AWAITING: typed_answer},
        reprompts={AWAITING: resume_question},
        button_flows=frozenset({AWAITING}),
        due_messages={ASK_AGAIN: render_ask_again},
    )
