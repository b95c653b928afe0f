"""End to end through the emulator: /start, /help, /cancel and answers to anything unexpected."""

from __future__ import annotations

import logging

from telegram.error import NetworkError, RetryAfter
from telegram.ext import CommandHandler

from content import load_content

content = load_content()


async def test_start_welcomes_with_buttons_and_disclaimer(harness):
    alice = harness.emu.user(1001)
    await alice.send("/start")
    msg = await alice.next_message()
    assert "Friend or Ex" in msg.plain
    assert "not therapy" in msg.plain and "/crisis" in msg.plain
    labels = [label for row in msg.buttons for label in row]
    assert any("stay friends" in label for label in labels)
    assert any("All commands" in label for label in labels)


async def test_start_twice_says_welcome_back(harness):
    alice = harness.emu.user(1001)
    await alice.send("/start")
    await alice.next_message()
    await alice.send("/start")
    again = (await alice.next_message()).plain
    assert "Welcome back" in again
    assert "not therapy" in again and "/crisis" in again


async def test_help_lists_every_registered_command_once(harness):
    alice = harness.emu.user(1002)
    await alice.send("/help")
    msg = await alice.next_message()
    for name in harness.app.bot_data["commands"]:
        assert msg.plain.count(f"/{name} –") == 1, name
    assert "not therapy" in msg.plain


async def test_help_button_under_welcome_shows_help(harness):
    alice = harness.emu.user(1003)
    await alice.send("/start")
    await alice.next_message()
    await alice.tap("All commands")
    assert (await alice.next_callback_answer()) is not None
    assert "/help –" in (await alice.next_message()).plain


async def test_menu_commands_registered_with_telegram(harness):
    names = [c["command"] for c in harness.emu.commands]
    assert {"start", "help", "cancel"} <= set(names)
    descriptions = content.table("commands")
    assert all(c["description"] == descriptions[c["command"]] for c in harness.emu.commands)


async def test_command_table_and_registered_commands_match(harness):
    """The menu, /help and the handlers come from one table: none may drift."""
    assert set(harness.app.bot_data["commands"]) == set(content.table("commands"))
    assert len(harness.emu.commands) == len(content.table("commands"))


async def test_cancel_with_nothing_open(harness):
    alice = harness.emu.user(1004)
    await alice.send("/cancel")
    assert "nothing running" in (await alice.next_message()).plain


async def test_cancel_leaves_an_awaited_answer(harness):
    alice = harness.emu.user(1005)
    await alice.send("/start")
    await alice.next_message()
    await harness.storage.set_awaiting(1005, "journal")
    await alice.send("/cancel")
    assert "stopped" in (await alice.next_message()).plain
    assert (await harness.storage.user_settings(1005)).awaiting is None


async def test_unknown_command_points_to_help(harness):
    alice = harness.emu.user(1006)
    await alice.send("/frobnicate now")
    assert "/help" in (await alice.next_message()).plain


async def test_command_with_bot_username_suffix(harness):
    alice = harness.emu.user(1007)
    await alice.send("/help@friend_or_ex_bot")
    assert "/start –" in (await alice.next_message()).plain


async def test_a_greeting_gets_a_human_answer_or_one_question(harness):
    alice = harness.emu.user(1008)
    await alice.send("hello?")
    said = await alice.next_message()
    greeting = content.text("talk.labels.greeting")
    assert said.plain == content.text("talk.greeting") or [greeting] in said.buttons


async def test_sticker_gets_text_only_reply(harness):
    alice = harness.emu.user(1009)
    await alice.send_sticker()
    assert "only read text" in (await alice.next_message()).plain


async def test_edited_message_is_acknowledged(harness):
    alice = harness.emu.user(1010)
    sent = await alice.send("hello")
    await alice.next_message()
    await alice.edit(sent["message_id"], "hello again")
    assert "edit" in (await alice.next_message()).plain


async def test_group_command_gets_one_line_and_nothing_is_stored(harness):
    alice = harness.emu.user(1011)
    group = harness.emu.group(-100555, title="Friends")
    await group.send(alice, "/start")
    await harness.settle()
    replies = [m for m in harness.emu.outputs(-100555)]
    assert len(replies) == 1 and "private" in replies[0].plain
    assert not await harness.storage.user_is_known(1011)


async def test_group_chatter_is_ignored(harness):
    alice = harness.emu.user(1012)
    group = harness.emu.group(-100556, title="Friends")
    await group.send(alice, "I think we should all be friends")
    await harness.emu.channel_post(-100777, "news")
    await harness.settle()
    assert harness.emu.outputs(-100556) == [] and harness.emu.outputs(-100777) == []
    assert not await harness.storage.user_is_known(1012)


async def test_crisis_words_in_a_group_get_one_short_pointer_to_help(harness):
    alice = harness.emu.user(1016)
    group = harness.emu.group(-100557, title="Friends")
    await group.send(alice, "honestly i want to die")
    await harness.settle()
    [pointer] = harness.emu.outputs(-100557)
    assert "findahelpline.com" in pointer.plain and "/crisis" in pointer.plain
    assert not await harness.storage.user_is_known(1016)


async def test_telegram_unreachable_while_polling_is_one_line_not_a_traceback(harness, caplog):
    # What PTB's updater hands the error handlers when getUpdates fails during an outage.
    with caplog.at_level(logging.WARNING):
        await harness.app.process_error(None, NetworkError("Bad Gateway"))
    [record] = [r for r in caplog.records if r.name == "handlers.errors"]
    assert record.levelno == logging.WARNING and "Bad Gateway" in record.getMessage()
    assert record.exc_info is None


async def test_a_reply_telegram_refuses_with_429_is_one_warning_and_no_second_message(
    harness, caplog
):
    async def flooded(update, context):
        raise RetryAfter(30)  # as if PTB's limiter had given up on the reply

    harness.app.add_handler(CommandHandler("flooded", flooded), group=-1)
    alice = harness.emu.user(1017)
    with caplog.at_level(logging.WARNING):
        await alice.send("/flooded")
        await harness.settle()
    records = [r for r in caplog.records if r.name == "handlers.errors"]
    assert [r.levelno for r in records] == [logging.WARNING] and records[0].exc_info is None
    assert not any("went wrong" in m.plain for m in alice.messages)


async def test_failing_handler_gets_calm_reply_and_bot_keeps_running(harness, caplog):
    async def explode(update, context):
        int(" ".join(context.args))  # the error message quotes what the user typed

    harness.app.add_handler(CommandHandler("explode", explode), group=-1)
    alice = harness.emu.user(1013)
    with caplog.at_level(logging.ERROR):
        await alice.send("/explode I miss him so much")
        msg = await alice.next_message()
    assert "went wrong" in msg.plain
    assert any(
        "handler failed" in r.getMessage() and "ValueError" in r.getMessage()
        for r in caplog.records
    )
    assert "I miss him" not in caplog.text  # the traceback is logged, the user's words are not
    await harness.settle()
    alice.drain()  # the test-only command also gets the usual "unknown command" pointer
    await alice.send("/help")
    assert "/start –" in (await alice.next_message()).plain


async def test_two_users_do_not_see_each_others_replies(harness):
    alice, bob = harness.emu.user(1014), harness.emu.user(1015)
    await alice.send("/start")
    await bob.send("/help")
    assert "Friend or Ex" in (await alice.next_message()).plain
    assert "/start –" in (await bob.next_message()).plain
    await harness.settle()
    assert len(alice.messages) == 1 and len(bob.messages) == 1
