"""The safety net end to end: any language, the right country's lines, the gentle question,
danger from an ex, the follow-up hours later, and /country."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest

from content import Content, load_locales
from content.helplines import SERVICES, CountryLines, load_helplines
from core.telegram_html import html_to_plain
from handlers.safety import CRISIS_FOLLOWUP, FOLLOWUP_AFTER, Help, emergency_line, help_text
from tests.harness import unread
from tests.test_decide import begin, choose

locales = load_locales()
en = locales.content("en")
helplines = load_helplines()


def country_lines(code: str) -> CountryLines:
    country = helplines.get(code)
    assert country is not None, f"no helplines for {code}"
    return country


def lines_of(code: str) -> list[str]:
    return [line.contact for line in country_lines(code).crisis]


def abuse_lines_of(code: str) -> list[str]:
    return [line.contact for line in country_lines(code).domestic_violence]


async def test_spanish_crisis_mid_guide_gets_spanish_help_and_the_guide_goes_on(harness):
    es = locales.content("es")
    maria = harness.emu.user(3001, language_code="es")
    await begin(maria)
    await choose(maria, "want")
    await maria.send("no quiero vivir más, ya no aguanto")
    helped = await maria.next_message()
    assert es.text("safety.crisis_intro").split("</b>")[0].removeprefix("<b>") in helped.plain
    assert all(contact in helped.plain for contact in lines_of("MX"))
    assert "findahelpline.com" in helped.plain
    assert helped.buttons[-1] == [es.text("safety.country_button", country="México")]
    await maria.tap(es.text("safety.not_meant_button"), message_id=helped.message_id)
    await harness.settle()
    texts = [m.plain for m in unread(maria)]
    assert es.text("safety.not_meant_reprompt") in texts
    question = es.text("decide.header", number=2, total=12, section="x").split("</b>")[0][3:]
    assert any(question in t for t in texts)
    run = await harness.storage.open_guide_run(3001)
    assert run.answers == {"s": "want"}


async def test_russian_at_night_gets_russian_help_for_the_time_zone_country(harness):
    ru = locales.content("ru")
    ivan = harness.emu.user(3002, language_code="en")
    await ivan.send("/start")
    await ivan.next_message()
    await harness.storage.set_timezone(3002, "Europe/Moscow")
    await ivan.send("я больше не хочу жить, сил нет")
    helped = await ivan.next_message()
    assert (
        ru.text("safety.lines_for", country="Россия").replace("<b>", "").replace("</b>", "")
        in helped.plain
    )
    assert all(contact in helped.plain for contact in lines_of("RU"))
    # The country came from the time zone, not a guess: no "not in ...?" button.
    assert helped.buttons == [[ru.text("safety.not_meant_button")]]


async def test_a_plan_puts_the_emergency_number_first(harness):
    sam = harness.emu.user(3003)
    await sam.send("/start")
    await sam.next_message()
    await harness.storage.set_timezone(3003, "Europe/Berlin")
    await sam.send("i already took all my pills")
    helped = (await sam.next_message()).plain
    assert helped.startswith("Please call 112 now")
    assert all(contact in helped for contact in lines_of("DE"))


async def test_danger_from_an_ex_gets_the_abuse_line_and_safety_steps(harness):
    sam = harness.emu.user(3004)
    await sam.send("/start")
    await sam.next_message()
    await harness.storage.set_country(3004, "GB")
    await sam.send("he said if he cant have me nobody will and he has a knife")
    helped = (await sam.next_message()).plain
    assert helped.startswith("What you describe sounds frightening")
    assert all(contact in helped for contact in abuse_lines_of("GB"))
    assert "Save the threats first" in helped
    assert "safety plan" in helped
    assert (await harness.storage.user_settings(3004)).danger_noted
    assert await harness.storage.next_due(3004, CRISIS_FOLLOWUP) is None


async def test_someone_else_at_risk_gets_how_to_help_a_friend(harness):
    sam = harness.emu.user(3005)
    await sam.send("my best friend told me she wants to kill herself, what do i do")
    helped = (await sam.next_message()).plain
    assert helped.startswith("It's kind of you to look out for them")
    assert "asking doesn't put the idea in their head" in helped
    assert "988" in helped


async def test_crisis_command_has_crisis_and_abuse_lines(harness):
    sam = harness.emu.user(3006)
    await sam.send("/start")
    await sam.next_message()
    await harness.storage.set_country(3006, "DE")
    await sam.send("/crisis")
    shown = (await sam.next_message()).plain
    assert all(contact in shown for contact in lines_of("DE") + abuse_lines_of("DE"))
    assert "can't call anyone" in shown


async def test_unsure_message_gets_one_gentle_question(harness):
    sam = harness.emu.user(3007)
    await sam.send("i just want to disappear")
    asked = await sam.next_message()
    assert asked.plain == en.text("safety.check_question")
    assert "988" not in asked.plain
    await harness.settle()
    assert len(sam.messages) == 1
    return sam, asked


async def test_gentle_question_yes_leads_to_crisis_help_and_a_follow_up(harness):
    sam, asked = await test_unsure_message_gets_one_gentle_question(harness)
    await sam.tap(en.text("safety.check_yes_button"), message_id=asked.message_id)
    await harness.settle()
    texts = [m.plain for m in unread(sam)]
    assert any(t.startswith("Thank you for telling me") and "988" in t for t in texts)
    assert await harness.storage.next_due(3007, CRISIS_FOLLOWUP) is not None


async def test_gentle_question_no_returns_exactly_where_they_were(harness):
    alice = harness.emu.user(3008)
    await begin(alice)
    await choose(alice, "want")
    await alice.send("i just want to disappear")
    asked = await alice.next_message()
    await alice.tap(en.text("safety.check_no_button"), message_id=asked.message_id)
    await harness.settle()
    texts = [m.plain for m in unread(alice)]
    assert en.text("safety.check_no") in texts
    assert any("Question 2 of" in t for t in texts)
    assert not any("988" in t for t in texts)
    assert await harness.storage.next_due(3008, CRISIS_FOLLOWUP) is None


async def test_gentle_question_rather_not_say_gets_the_lines_without_pressing(harness):
    sam = harness.emu.user(3009)
    await sam.send("i just want to disappear")
    asked = await sam.next_message()
    await sam.tap(en.text("safety.check_rather_not_button"), message_id=asked.message_id)
    await harness.settle()
    texts = [m.plain for m in unread(sam)]
    shown = next(t for t in texts if "988" in t)
    assert shown.startswith("That's okay, you don't have to say")
    assert await harness.storage.next_due(3009, CRISIS_FOLLOWUP) is None


async def test_follow_up_comes_hours_later_through_the_sweep_and_survives_a_restart(harness):
    sam = harness.emu.user(3010, language_code="pt")
    await sam.send("quero morrer, não aguento mais")
    await sam.next_message()
    await harness.restart()
    harness.clock.advance(FOLLOWUP_AFTER - timedelta(minutes=1))
    await harness.tick()
    await harness.settle()
    sam.drain()
    harness.clock.advance(timedelta(minutes=2))
    await harness.tick()
    followup = await sam.next_message()
    assert followup.plain == locales.content("pt").text("safety.followup").replace(
        "<b>", ""
    ).replace("</b>", "")
    await harness.tick()
    await harness.settle()
    assert unread(sam) == []


async def test_not_what_i_meant_cancels_the_follow_up(harness):
    sam = harness.emu.user(3011)
    await sam.send("I want to kill myself")
    helped = await sam.next_message()
    assert await harness.storage.next_due(3011, CRISIS_FOLLOWUP) is not None
    await sam.tap(en.text("safety.not_meant_button"), message_id=helped.message_id)
    await harness.settle()
    assert await harness.storage.next_due(3011, CRISIS_FOLLOWUP) is None


async def test_forget_cancels_the_follow_up(harness):
    sam = harness.emu.user(3012)
    await sam.send("I want to kill myself")
    await sam.next_message()
    await sam.send("/forget")
    await sam.next_message()
    await sam.tap(en.text("safety.forget_yes_button"))
    await harness.settle()
    assert await harness.storage.next_due(3012, CRISIS_FOLLOWUP) is None
    harness.clock.advance(FOLLOWUP_AFTER + timedelta(minutes=1))
    sam.drain()
    await harness.tick()
    await harness.settle()
    assert unread(sam) == []


async def test_country_picker_from_the_help_sets_the_country_and_shows_its_lines(harness):
    sam = harness.emu.user(3013)
    await sam.send("I want to kill myself")
    helped = await sam.next_message()
    await sam.tap(
        en.text("safety.country_button", country="United States"), message_id=helped.message_id
    )
    picker = await sam.next_message()
    assert picker.plain == en.text("safety.country_prompt")
    await sam.tap("United Kingdom")
    await harness.settle()
    texts = [m.plain for m in unread(sam)]
    assert en.text("safety.country_set", country="United Kingdom") in texts
    assert any(all(c in t for c in lines_of("GB")) for t in texts)
    assert (await harness.storage.user_settings(3013)).country == "GB"
    await sam.send("/mydata")
    await harness.settle()


async def test_country_command_takes_a_code_or_a_name_and_explains_a_wrong_one(harness):
    de = locales.content("de")
    sam = harness.emu.user(3014, language_code="de")
    await sam.send("/country IS")
    no_lines = de.text("safety.country_no_lines", country="Island")
    assert (await sam.next_message()).plain == no_lines
    await harness.settle()
    sam.drain()
    await sam.send("/country ZZ")
    assert (await sam.next_message()).plain == de.text("safety.country_unknown")
    await sam.send("/country Österreich")
    await harness.settle()
    assert (await harness.storage.user_settings(3014)).country == "AT"
    sam.drain()
    await sam.send("/country narnia")
    wrong = await sam.next_message()
    assert wrong.plain == de.text("safety.country_unknown") and wrong.buttons


async def test_group_crisis_pointer_in_the_language_written(harness):
    ru = locales.content("ru")
    group = harness.emu.group(-3100, title="friends")
    user = harness.emu.user(3015)
    await group.send(user, "я хочу покончить с собой")
    pointer = await group.next_message()
    assert pointer.plain == ru.text("safety.group_pointer")


async def test_bad_input_never_breaks_the_safety_net(harness):
    sam = harness.emu.user(3016)
    for text in (
        "🙃🙃🙃",
        "\u200b\u200b",
        "ok" * 2000,
        "\x00\x01\x02 binary",
        "Привет hello مرحبا",
    ):
        await sam.send(text)
        await harness.settle()
    assert all(m.plain for m in unread(sam))


async def test_danger_changes_what_the_guide_recommends_and_what_say_offers(harness):
    from tests.test_decide import REBUILD, walk

    sam = harness.emu.user(3017)
    await sam.send("my ex keeps following me home and said he will hurt me")
    assert (await sam.next_message()).plain.startswith("What you describe sounds frightening")
    outcome = await walk(sam, REBUILD)
    assert outcome.plain.startswith(en.text("decide.result.safety.lead").split("</b>")[0][3:])
    assert "Rebuild slowly" not in outcome.plain
    assert "m:say" not in outcome.button_data.values()
    assert (await harness.storage.latest_outcome(3017)).outcome == "walk_away"
    await sam.send("/say")
    said = (await sam.next_message()).plain
    assert said == en.text("tips.safety.text").replace("<b>", "").replace("</b>", "")


async def test_a_german_user_in_germany_reads_the_emergency_numbers_in_german(harness):
    lena = harness.emu.user(3018, language_code="de")
    await lena.send("/country DE")
    await harness.settle()
    lena.drain()
    await lena.send("ich will nicht mehr leben")
    helped = (await lena.next_message()).plain
    assert "🚨 Notruf: 112 (Polizei 110)" in helped
    assert not re.search(r"\b(police|ambulance|or)\b", helped, re.IGNORECASE)
    assert all(contact in helped for contact in lines_of("DE"))


async def test_a_russian_user_in_austria_gets_austrias_numbers_in_russian(harness):
    olga = harness.emu.user(3019, language_code="ru")
    await olga.send("/country AT")
    await harness.settle()
    olga.drain()
    await olga.send("я хочу покончить с собой")
    helped = (await olga.next_message()).plain
    assert "Австрия:" in helped
    assert "🚨 Экстренные службы: 112 (полиция 133, скорая 144)" in helped
    assert not re.search(r"\b(police|ambulance|or)\b", helped, re.IGNORECASE)
    assert all(contact in helped for contact in lines_of("AT"))


@pytest.mark.parametrize(
    ("code", "line"),
    [
        ("US", "🚨 Emergency: <b>911</b>"),
        ("DE", "🚨 Emergency: <b>112</b> (police 110)"),
        ("AT", "🚨 Emergency: <b>112</b> (police 133, ambulance 144)"),
        ("AR", "🚨 Emergency: <b>911</b> (ambulance 107)"),
        ("GB", "🚨 Emergency: <b>999</b> (or 112)"),
        ("IE", "🚨 Emergency: <b>112</b> (or 999)"),
        ("MY", "🚨 Emergency: <b>999</b> (112 from a mobile)"),
        # No one number for every emergency: each service's own, the main one first.
        ("BY", "🚨 Emergency: police <b>102</b>, ambulance <b>103</b>"),
        ("CL", "🚨 Emergency: ambulance <b>131</b>, police <b>133</b>"),
        ("MA", "🚨 Emergency: police <b>19</b>, ambulance <b>15</b>, gendarmerie <b>177</b>"),
        (
            "ZA",
            "🚨 Emergency: police <b>10111</b>, ambulance <b>10177</b> (112 from a mobile)",
        ),
    ],
)
def test_the_emergency_line_names_each_number(code, line):
    emergency = country_lines(code).emergency
    assert emergency is not None
    assert emergency_line(en, emergency) == line


def test_a_plan_is_told_the_main_number_even_where_it_is_one_services():
    belarus = country_lines("BY")
    text = help_text(en, Help.PLAN, belarus, "Belarus")
    assert text.startswith("<b>Please call 102 now</b>")


def _label_words(content: Content) -> set[str]:
    """The words the emergency line may add around the numbers in this language."""
    keys = ["line_emergency", "line_emergency_more", "emergency_also", "emergency_mobile"]
    keys += [f"emergency_{service}" for service in SERVICES]
    words: set[str] = set()
    for key in keys:
        template = re.sub(r"\{\w+\}", " ", content.raw(f"safety.{key}"))
        words |= set(re.findall(r"\w+", template.lower()))
    return words


@pytest.mark.parametrize("lang", sorted(locales.languages - {"en"}))
def test_no_english_word_in_any_countrys_emergency_line(lang):
    content = locales.content(lang)
    # French says "police" too: only the English words a language doesn't share are wrong.
    english = _label_words(en) - _label_words(content)
    assert english >= {"emergency", "or", "mobile"}
    for country in helplines.countries.values():
        assert country.emergency is not None
        plain = html_to_plain(emergency_line(content, country.emergency))
        words = set(re.findall(r"\w+", plain.lower()))
        assert not words & english, (country.code, plain)
        emergency = country.emergency
        for service, number in emergency.services:
            assert content.text(f"safety.emergency_{service}", number=number) in plain
        for number in (emergency.number, *emergency.also, emergency.mobile):
            assert number in plain, (country.code, number, plain)
