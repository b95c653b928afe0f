"""Telegram-facing code, one module per feature; this table of contents wires them in.

Handler groups run in order; a lower group can stop an update from reaching features:
  -4  locale (the language every later handler speaks)
  -3  throttle (a flood from one user is dropped before anything else sees it)
  -2  guards (groups and channels never reach a feature)
  -1  safety net (crisis or danger gets help at once, an unsure message one gentle question;
      either way the text is not taken as an answer)
   0  features, then the fallbacks that answer anything nobody else did
"""

from __future__ import annotations

from telegram import BotCommand
from telegram.ext import Application, BaseHandler, CommandHandler, filters

from dispatch.sweep import Dispatcher, start_dispatcher
from handlers import (
    basics,
    country,
    decide,
    guards,
    language,
    locale,
    nocontact,
    privacy,
    progress,
    safety,
    settings,
    sos,
    talk,
    throttle,
    tips,
)
from handlers.common import Command, Feature
from handlers.errors import on_error

LOCALE_GROUP = -4
THROTTLE_GROUP = -3
GUARD_GROUP = -2
SAFETY_GROUP = -1


def features() -> list[Feature]:
    """Every feature of the bot, in the order their handlers are tried."""
    return [
        basics.feature(),
        safety.feature(),
        country.feature(),
        language.feature(),
        privacy.feature(),
        decide.feature(),
        nocontact.feature(),
        settings.feature(),
        sos.feature(),
        tips.feature(),
        progress.feature(),
        talk.feature(),
    ]


def install(app: Application) -> None:
    """Register every handler, the command table and the error handler on the application."""
    commands: dict[str, Command] = {}
    text_inputs = {}
    wait_limits = {}
    reprompts = {}
    button_flows: set[str] = set()
    startup_hooks = []
    dispatcher = Dispatcher(app)
    # Edits are not re-read (basics.edited says so): editing a message into /forget does nothing.
    private = filters.ChatType.PRIVATE & filters.UpdateType.MESSAGE
    handler: BaseHandler
    for handler in locale.locale_handlers():
        app.add_handler(handler, group=LOCALE_GROUP)
    for handler in throttle.throttle_handlers():
        app.add_handler(handler, group=THROTTLE_GROUP)
    for handler in guards.guards():
        app.add_handler(handler, group=GUARD_GROUP)
    for handler in safety.safety_handlers():
        app.add_handler(handler, group=SAFETY_GROUP)
    for feature in features():
        for command in feature.commands:
            commands[command.name] = command
            app.add_handler(CommandHandler(command.name, command.callback, filters=private))
        for handler in feature.handlers:
            app.add_handler(handler)
        text_inputs.update(feature.text_inputs)
        wait_limits.update(feature.wait_limits)
        reprompts.update(feature.reprompts)
        button_flows.update(feature.button_flows)
        dispatcher.renderers.update(feature.due_messages)
        if feature.on_startup:
            startup_hooks.append(feature.on_startup)
    for handler in basics.fallbacks():
        app.add_handler(handler)
    app.add_error_handler(on_error)
    app.bot_data["commands"] = commands
    app.bot_data["text_inputs"] = text_inputs
    app.bot_data["wait_limits"] = wait_limits
    app.bot_data["reprompts"] = reprompts
    app.bot_data["button_flows"] = frozenset(button_flows)
    app.bot_data[throttle.THROTTLE_KEY] = throttle.Throttle()
    app.bot_data["startup_hooks"] = [*startup_hooks, start_dispatcher]
    app.bot_data["dispatcher"] = dispatcher


def menu_commands(app: Application, descriptions: dict[str, str]) -> list[BotCommand]:
    """Telegram's command menu, in the order of content/commands.toml."""
    registered = app.bot_data["commands"]
    return [
        BotCommand(name, description)
        for name, description in descriptions.items()
        if name in registered and registered[name].in_menu
    ]
