"""Every setting declared once: its name, type, default, parser, check and description.

The one table (`OPTIONS`, like qutebrowser's `configdata.yml` or Picard's `Option(...)`) that
`Settings` validates against, `masiv settings show/set` reads and prints, and the settings
dialog shows as its fields' tooltips. A new setting is one `Option` here plus its field in
`Settings` (same name, same order: checked at import).

Pure and Qt-free. The descriptions are English, in the words `masiv settings show` prints;
each is marked with `QT_TRANSLATE_NOOP` so the GUI's catalogue holds its translation.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from masiv_desktop.core.law.contact_window import LAW_WINDOW_TEXT
from masiv_desktop.core.law.opt_out import DEFAULT_OPT_OUT_WORDS
from masiv_desktop.core.settings import smpp, values
from masiv_desktop.core.settings.smpp import DEFAULT_SMPP_PORT
from masiv_desktop.core.settings.values import (
    Check,
    Parser,
    SettingsError,
    choices,
    enum_value,
    no_check,
    parse_text,
)
from masiv_desktop.core.text.forbidden import forbidden_characters
from masiv_desktop.core.usertypes import AccountType, GatewayPreset, Language, PartRule
from masiv_desktop.core.words import QT_TRANSLATE_NOOP

DEFAULT_OPT_OUT_FOOTER = "Responda SALIR para no recibir más mensajes"

DESCRIPTION_CONTEXT = "Setting"
"""The translation context of the descriptions in the GUI's catalogue (its tooltips)."""


_KINDS: dict[type, str] = {str: "text", bool: "true or false", int: "a whole number",
                           float: "a number"}


@dataclass(frozen=True)
class Option:
    """One setting. `type` is str, bool, int, float or a `StrEnum` (stored as its value);
    `optional` allows None (stored as null); `by_name` lets an enum also be named by its
    member's name in any case."""

    name: str
    type: type
    default: Any
    description: str
    parse: Parser = parse_text
    check: Check = no_check
    optional: bool = False
    by_name: bool = False

    def validate(self, value: Any) -> Any:
        """`value` as this setting holds it (an enum's text becomes the member); raises
        `SettingsError` for a value of the wrong type or one the check refuses."""
        value = self._typed(value)
        problem = None if value is None else self.check(value)
        if problem is not None:
            raise SettingsError(self.name, problem)
        return value

    def from_text(self, text: str) -> Any:
        """What a user typed (`masiv settings set`), parsed and validated."""
        try:
            value = self.parse(text)
        except ValueError as exc:
            raise SettingsError(self.name, str(exc)) from None
        return self.validate(value)

    def to_json(self, value: Any) -> Any:
        """The value as the settings file stores it."""
        return value.value if isinstance(value, StrEnum) else value

    def _typed(self, value: Any) -> Any:
        if value is None and self.optional:
            return None
        if issubclass(self.type, StrEnum):
            if isinstance(value, self.type):
                return value
            if not isinstance(value, str):
                raise SettingsError(self.name, f"must be one of {choices(self.type)}, "
                                    f"not {value!r}")
            try:
                return enum_value(self.type, value, by_name=self.by_name)
            except ValueError as exc:
                raise SettingsError(self.name, str(exc)) from None
        if isinstance(value, bool) and self.type is not bool:
            ok = False
        elif self.type is float and isinstance(value, int):
            return float(value)
        else:
            ok = isinstance(value, self.type)
        if not ok:
            raise SettingsError(self.name, f"must be {_KINDS[self.type]}, not {value!r}")
        if isinstance(value, str):
            refused = forbidden_characters(value)
            if refused:
                raise SettingsError(self.name, f"holds {refused[0].describe()}, which is not "
                                    "text: type the value again")
        return value


OPTIONS: tuple[Option, ...] = (
    Option("gateway_preset", GatewayPreset, GatewayPreset.SANDBOX, QT_TRANSLATE_NOOP(
        "Setting", "where messages go: sandbox (built in, sends nothing real), production "
        "(api.masivapp.com), fixed_ip (api.masiv.co), test (dev.stratec.com.co) or custom "
        "(gateway_url)"), parse=values.parse_lower),
    Option("gateway_url", str, "", QT_TRANSLATE_NOOP(
        "Setting", "the gateway's base address when gateway_preset is custom"),
        parse=values.parse_url, check=values.check_url),
    Option("username", str, "", QT_TRANSLATE_NOOP(
        "Setting", "the Masiv account's user name (the password is in the system keyring)"),
        check=values.check_text(50)),
    Option("originator", str, "", QT_TRANSLATE_NOOP(
        "Setting", "the sender shown on the phones (up to 16 characters; empty: the account's)"),
        check=values.check_text(16)),
    Option("region", str, "CO", QT_TRANSLATE_NOOP(
        "Setting", "country assumed for numbers written without a country code"),
        parse=values.parse_region, check=values.check_region),
    Option("part_rule", PartRule, PartRule.MASIV_HTTP, QT_TRANSLATE_NOOP(
        "Setting", "how messages are cut into billable parts: masiv, gsm or smpp"), by_name=True),
    Option("long_messages", bool, True, QT_TRANSLATE_NOOP(
        "Setting", "allow messages longer than 160 characters (sent in several parts)"),
        parse=values.parse_bool),
    Option("gateway_timezone", str, "UTC", QT_TRANSLATE_NOOP(
        "Setting", "time zone the gateway reads scheduled send times in"),
        check=values.check_timezone),
    Option("connections", int, 8, QT_TRANSLATE_NOOP(
        "Setting", "requests sent at the same time (1-64)"),
        parse=values.parse_int, check=values.check_connections),
    Option("rate_per_second", float, None, QT_TRANSLATE_NOOP(
        "Setting", "most messages per second (empty or 'unlimited': no limit)"),
        parse=values.parse_rate, check=values.check_rate, optional=True),
    Option("rate_counts_parts", bool, True, QT_TRANSLATE_NOOP(
        "Setting", "the rate counts parts rather than messages"),
        parse=values.parse_bool),
    Option("polling_window_hours", float, 72.0, QT_TRANSLATE_NOOP(
        "Setting", "how long delivery statuses are asked for after sending"),
        parse=values.parse_float, check=values.check_polling_window),
    Option("language", Language, Language.SYSTEM, QT_TRANSLATE_NOOP(
        "Setting", "language of the program: es, en, or empty to follow the system"),
        parse=values.parse_lower),
    Option("test_number", str, "", QT_TRANSLATE_NOOP(
        "Setting", "your own mobile number, for 'send a test'"),
        parse=values.parse_number, check=values.check_test_number),
    Option("account_type", AccountType, AccountType.HTTP, QT_TRANSLATE_NOOP(
        "Setting", "how the account talks to Masiv: http (the HTTP API) or smpp (SMPP 3.4, "
        "for accounts Estratec enabled for it)"), parse=values.parse_lower),
    Option("smpp_host", str, "", QT_TRANSLATE_NOOP(
        "Setting", "the SMPP server's address Estratec gave (for account_type smpp)"),
        check=smpp.check_host),
    Option("smpp_port", int, DEFAULT_SMPP_PORT, QT_TRANSLATE_NOOP(
        "Setting", "the SMPP server's port (default 9500)"),
        parse=values.parse_int, check=smpp.check_port),
    Option("smpp_system_id", str, "", QT_TRANSLATE_NOOP(
        "Setting", "the SMPP system id (empty: the user name)"),
        check=smpp.check_smpp_text(smpp.MAX_SYSTEM_ID)),
    Option("smpp_system_type", str, "", QT_TRANSLATE_NOOP(
        "Setting", "the SMPP system type, when Estratec asks for one (usually empty)"),
        check=smpp.check_smpp_text(smpp.MAX_SYSTEM_TYPE)),
    Option("smpp_window", int, 10, QT_TRANSLATE_NOOP(
        "Setting", "messages awaiting the SMPP server's answer at once (1-100)"),
        parse=values.parse_int, check=smpp.check_window),
    Option("smpp_tls", bool, False, QT_TRANSLATE_NOOP(
        "Setting", "connect to the SMPP server over TLS (only if Estratec offers it)"),
        parse=values.parse_bool),
    Option("smpp_use_message_payload", bool, False, QT_TRANSLATE_NOOP(
        "Setting", "send long messages whole in message_payload instead of concatenated parts "
        "(only if Estratec asks for it)"), parse=values.parse_bool),
    Option("contact_window", str, LAW_WINDOW_TEXT, QT_TRANSLATE_NOOP(
        "Setting", "hours when commercial messages may reach people (Ley 2300), e.g. "
        "'mon-fri 07:00-19:00; sat 08:00-15:00'; Sundays and holidays are always closed"),
        parse=values.parse_lower, check=values.check_contact_window),
    Option("opt_out_footer", str, DEFAULT_OPT_OUT_FOOTER, QT_TRANSLATE_NOOP(
        "Setting", "the line added to commercial messages so people can opt out (replies reach "
        "the program over SMPP only; with an HTTP account import the replies file the Masiv "
        "platform exports, or point the line to another channel)"),
        check=values.check_footer),
    Option("append_opt_out_footer", bool, False, QT_TRANSLATE_NOOP(
        "Setting", "add the opt-out line to every commercial message"), parse=values.parse_bool),
    Option("opt_out_words", str, DEFAULT_OPT_OUT_WORDS, QT_TRANSLATE_NOOP(
        "Setting", "words or phrases, separated by commas, that make a reply an opt-out "
        "(case and accents ignored, whole words)"), check=values.check_opt_out_words),
    Option("personal_data_days", int, 0, QT_TRANSLATE_NOOP(
        "Setting", "days after a campaign ends before its recipients' numbers, names and texts "
        "are removed (its counts stay); 0 keeps them"),
        parse=values.parse_int, check=values.check_range(0, 3650)),
    Option("store_url", str, "", QT_TRANSLATE_NOOP(
        "Setting", "the team store: a PostgreSQL address such as "
        "postgresql://ana@servidor:5432/masiv that every desktop of the team uses, so "
        "campaigns, opt-outs and the daily cap are shared; empty keeps this computer's own "
        "store (MASIV_STORE_URL overrides it)"), check=values.check_store_url),
)

OPTION: dict[str, Option] = {option.name: option for option in OPTIONS}
"""The options by name."""
SETTING_NAMES: tuple[str, ...] = tuple(OPTION)
DESCRIPTIONS: dict[str, str] = {option.name: option.description for option in OPTIONS}


def option(name: str) -> Option:
    """The setting called `name`; `UnknownSetting` (a `SettingsError`) when there is none."""
    try:
        return OPTION[name]
    except KeyError:
        raise values.UnknownSetting(name, SETTING_NAMES) from None


def default(name: str) -> Any:
    """The default of setting `name` (for `Settings`' field declarations)."""
    return OPTION[name].default
