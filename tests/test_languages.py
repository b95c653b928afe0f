"""The bot in six languages: the locale layer, complete translations with CLDR plurals and
Babel dates, command menus per language, /language, and the main flows in every language."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from content import (
    ContentError,
    _walk,
    html_to_plain,
    load_locales,
    missing_translations,
    read_content_files,
    translation_folders,
)
from core.locale import BOT_LANGUAGES
from handlers.language import language_name
from handlers.progress import chart_labels
from tests.harness import plain, unread
from tests.test_decide import begin, choose, current

locales = load_locales()
MAX_PHONE_LABEL = 36  # a button alone on its row still fits a phone screen


@pytest.mark.parametrize("lang", BOT_LANGUAGES[1:])
def test_every_bot_language_is_complete(lang):
    source = read_content_files()
    translation = read_content_files(translation_folders()[lang])
    assert sorted(missing_translations(source, translation)) == []


@pytest.mark.parametrize("lang", sorted(locales.languages))
def test_button_labels_fit_on_a_phone_in_every_language(lang):
    content = locales.content(lang).checking()
    long = [
        (key, html_to_plain(text))
        for key, text in _walk(content._data, "")
        if (".buttons." in f".{key}" or key.endswith("_button"))
        and "{" not in text
        and len(html_to_plain(text)) > MAX_PHONE_LABEL
    ]
    assert long == []


@pytest.mark.parametrize(
    ("lang", "count", "form"),
    [
        ("ru", 1, "one"),
        ("ru", 3, "few"),
        ("ru", 5, "many"),
        ("ru", 21, "one"),
        ("uk", 22, "few"),
        ("uk", 11, "many"),
        ("de", 1, "one"),
        ("de", 30, "other"),
        ("es", 2, "other"),
        ("pt", 1, "one"),
    ],
)
def test_plurals_follow_cldr_rules(lang, count, form):
    content = locales.content(lang)
    forms = content.raw("nocontact.day_count")
    number = str(count)
    assert content.plural("nocontact.day_count", count) == forms[form].replace("{count}", number)


@pytest.fixture(autouse=True)
def no_required_texts(monkeypatch, request):
    # The little content trees below have none of the real texts the bot requires.
    if "tmp_path" in request.fixturenames:
        monkeypatch.setattr("content.required_texts", lambda: [])


def write_content(folder, english: str, russian: str) -> None:
    (folder / "ru").mkdir(parents=True)
    (folder / "x.toml").write_text(english, encoding="utf-8")
    (folder / "ru" / "x.toml").write_text(russian, encoding="utf-8")


def test_a_plural_lacking_a_cldr_form_is_refused(tmp_path):
    write_content(
        tmp_path,
        'days = { one = "{count} day", other = "{count} days" }\n',
        'days = { one = "{count} день", other = "{count} дня" }\n',
    )
    with pytest.raises(ContentError, match=r"ru: x\.days: lacks the plural forms few, many"):
        load_locales(tmp_path)


def test_a_translated_placeholder_must_be_the_english_one(tmp_path):
    write_content(tmp_path, 'hi = "Hi {name}"\n', 'hi = "Привет {имя}"\n')
    with pytest.raises(ContentError, match=r"ru: x\.hi: placeholders differ from English"):
        load_locales(tmp_path)


def test_a_missing_translation_falls_back_to_english_with_one_warning(tmp_path, caplog):
    write_content(tmp_path, 'hi = "Hi"\nbye = "Bye"\n', 'hi = "Привет"\n')
    russian = load_locales(tmp_path).content("ru")
    assert russian.text("x.hi") == "Привет"
    assert russian.text("x.bye") == russian.text("x.bye") == "Bye"
    warned = [r for r in caplog.records if "not translated" in r.getMessage()]
    assert len(warned) == 1 and "x.bye" in warned[0].getMessage()


@pytest.mark.parametrize(
    ("lang", "short", "full"),
    [
        ("en", "23 Nov", "Mon, 23 Nov 2026"),
        ("ru", "23 нояб.", "пн, 23 нояб. 2026\u202fг."),
        ("de", "23. Nov.", "Mo., 23. Nov. 2026"),
        ("es", "23 nov", "lun, 23 nov 2026"),
    ],
)
def test_dates_follow_each_language(lang, short, full):
    content = locales.content(lang)
    day = date(2026, 11, 23)
    assert (content.day(day), content.full_day(day)) == (short, full)


def test_the_chart_speaks_the_users_language():
    labels = chart_labels(locales.content("ru"), "3 дня")
    assert labels.title == locales.content("ru").table("progress.chart")["title"]
    assert labels.day(date(2026, 11, 23)) == "23 нояб."


async def test_a_russian_user_who_sets_nothing_gets_the_bot_in_russian(harness):
    ru = locales.content("ru")
    ivan = harness.emu.user(4001, language_code="ru")
    await ivan.send("/start")
    assert (await ivan.next_message()).plain == plain(ru, "common.welcome")
    await ivan.send("/timezone Europe/Moscow")
    await ivan.next_message()
    await ivan.send("/nocontact 30")
    started = await ivan.next_message()
    assert started.plain.startswith(
        html_to_plain(ru.plural("nocontact.started", 30, time="20:00"))[:25]
    )
    await harness.settle()
    unread(ivan)
    # Day 7 at 20:00 Moscow time (17:00 UTC), six days after the start.
    harness.clock.set(datetime(2026, 11, 29, 17, 0, tzinfo=UTC))
    await harness.tick()
    checkin = await ivan.next_message()
    assert html_to_plain(ru.text("checkin.milestones.d7")) in checkin.plain


async def test_a_brazilian_user_can_switch_to_english_and_back(harness):
    pt, en = locales.content("pt"), locales.content("en")
    ana = harness.emu.user(4002, language_code="pt-br")
    await ana.send("/start")
    assert (await ana.next_message()).plain == plain(pt, "common.welcome")
    await ana.send("/language")
    picker = await ana.next_message()
    assert [label for row in picker.buttons for label in row][:6] == [
        language_name(code) for code in BOT_LANGUAGES
    ]
    await ana.tap("English")
    await harness.settle()
    assert plain(en, "language.chosen") in [m.plain for m in unread(ana)]
    await ana.send("/start")
    assert (await ana.next_message()).plain == plain(en, "common.welcome_back")
    await ana.send("/language")
    await ana.next_message()
    await ana.tap(en.text("language.follow_telegram_button"))
    await harness.settle()
    # Said in the language the bot speaks from now on: Telegram's.
    assert plain(pt, "language.follow_telegram") in [m.plain for m in unread(ana)]
    await ana.send("/start")
    assert (await ana.next_message()).plain == plain(pt, "common.welcome_back")
    assert (await harness.storage.user_settings(4002)).language is None


async def test_switching_language_mid_guide_keeps_the_answers_and_asks_again_in_it(harness):
    de = locales.content("de")
    sam = harness.emu.user(4003)
    await begin(sam)
    await choose(sam, "want")
    await choose(sam, "x")
    await sam.send("/language")
    await sam.next_message()
    await sam.tap("Deutsch")
    await harness.settle()
    texts = [m.plain for m in unread(sam)]
    assert plain(de, "language.chosen") in texts
    question = current(sam)
    assert plain(de, "decide.questions.healed") in question.plain
    run = await harness.storage.open_guide_run(4003)
    assert run.answers == {"s": "want", "t": "x"}
    assert (await harness.storage.user_settings(4003)).language == "de"


async def test_command_menus_are_published_per_language(harness):
    for lang in BOT_LANGUAGES[1:]:
        menu = harness.emu.commands_for(language_code=lang)
        described = locales.content(lang).table("commands")
        assert menu and all(item["description"] == described[item["command"]] for item in menu)
    assert (
        harness.emu.commands[0]["description"] == locales.content("en").table("commands")["start"]
    )


async def test_the_chosen_language_is_in_mydata_and_gone_after_forget(harness):
    sam = harness.emu.user(4004)
    await sam.send("/language")
    await sam.next_message()
    await sam.tap("Українська")
    await harness.settle()
    exported = await harness.storage.export_user(4004)
    assert exported["users"][0]["language"] == "uk"
    await harness.storage.forget_user(4004)
    assert await harness.storage.user_settings(4004) is None


@pytest.mark.parametrize("lang", BOT_LANGUAGES)
async def test_the_main_flows_speak_each_language(harness, lang):
    content = locales.content(lang)
    uid = 4100 + BOT_LANGUAGES.index(lang)
    user = harness.emu.user(uid, language_code=lang)
    await user.send("/decide")
    assert plain(content, "decide.questions.situation") in (await user.next_message()).plain
    await user.send("/cancel")
    await harness.settle()
    unread(user)
    await user.send("/boundaries")
    assert (
        html_to_plain(content.texts("tips.boundaries.tips")[0])[:30]
        in (await user.next_message()).plain
    )
    await user.send("/sos")
    assert plain(content, "sos.urge")[:30] in (await user.next_message()).plain
    await harness.settle()
    unread(user)
    await user.send("/progress")
    assert plain(content, "progress.no_period") == (await user.next_message()).plain
    await user.send("/forget")
    confirm = await user.next_message()
    assert plain(content, "safety.forget_confirm").split("\n")[0] in confirm.plain
    await user.tap(content.text("safety.forget_yes_button"))
    await harness.settle()
    assert plain(content, "safety.forgotten") in [m.plain for m in unread(user)]


async def test_a_checkin_queued_before_a_language_change_goes_out_in_the_new_one(harness):
    uk = locales.content("uk")
    sam = harness.emu.user(4005, language_code="en")
    await sam.send("/timezone UTC")
    await sam.next_message()
    await sam.send("/nocontact 30")
    await harness.settle()
    unread(sam)
    await sam.send("/language")
    await sam.next_message()
    await sam.tap("Українська")
    await harness.settle()
    unread(sam)
    harness.clock.advance(timedelta(days=1))
    harness.clock.set(harness.clock.now().replace(hour=20, minute=0))
    await harness.tick()
    checkin = await sam.next_message()
    assert checkin.plain.split("\n")[0] == plain(uk, "checkin.first_line", day=2, total=30)


@pytest.mark.parametrize("lang", BOT_LANGUAGES)
async def test_the_daily_checkin_speaks_each_language(harness, lang):
    content = locales.content(lang)
    user = harness.emu.user(4200 + BOT_LANGUAGES.index(lang), language_code=lang)
    await user.send("/timezone UTC")
    await user.next_message()
    await user.send("/nocontact 30")
    await harness.settle()
    unread(user)
    harness.clock.set(harness.clock.now().replace(hour=20, minute=0))
    await harness.tick()
    checkin = await user.next_message()
    assert checkin.plain.split("\n")[0] == plain(content, "checkin.first_line", day=1, total=30)
    moods = [html_to_plain(label) for label in content.texts("checkin.buttons.moods")]
    assert checkin.buttons[0] == moods
