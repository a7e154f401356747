"""What each setting means, in the words `masiv settings` shows (and the GUI's tooltips).

Split from `core/settings/settings.py`, which re-exports `DESCRIPTIONS`.
"""

from __future__ import annotations

from masiv_desktop.core.law.contact_window import LAW_WINDOW_TEXT
from masiv_desktop.core.settings.smpp import SMPP_DESCRIPTIONS
from masiv_desktop.core.settings.values import MAX_CONNECTIONS

DESCRIPTIONS: dict[str, str] = {
    "gateway_preset": "where messages go: sandbox (built in, sends nothing real), production "
                      "(api.masivapp.com), fixed_ip (api.masiv.co), test (dev.stratec.com.co) "
                      "or custom (gateway_url)",
    "gateway_url": "the gateway's base address when gateway_preset is custom",
    "username": "the Masiv account's user name (the password is in the system keyring)",
    "originator": "the sender shown on the phones (up to 16 characters; empty: the account's)",
    "region": "country assumed for numbers written without a country code",
    "part_rule": "how messages are cut into billable parts: masiv, gsm or smpp",
    "long_messages": "allow messages longer than 160 characters (sent in several parts)",
    "gateway_timezone": "time zone the gateway reads scheduled send times in",
    "connections": f"requests sent at the same time (1-{MAX_CONNECTIONS})",
    "rate_per_second": "most messages per second (empty or 'unlimited': no limit)",
    "rate_counts_parts": "the rate counts parts rather than messages",
    "polling_window_hours": "how long delivery statuses are asked for after sending",
    "language": "language of the program: es, en, or empty to follow the system",
    "test_number": "your own mobile number, for 'send a test'",
    **SMPP_DESCRIPTIONS,
    "contact_window": "hours when commercial messages may reach people (Ley 2300), e.g. "
                      f"'{LAW_WINDOW_TEXT}'; Sundays and holidays are always closed",
    "opt_out_footer": "the line added to commercial messages so people can opt out",
    "append_opt_out_footer": "add the opt-out line to every commercial message",
}
