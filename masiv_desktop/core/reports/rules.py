"""The contact rules a campaign was made under (Ley 2300, docs/contact-rules.md), in the words
the report's summary states them: the contact window, the daily cap, not-mobile numbers, the
RNE's last import and the opt-out footer.

Read from what the store kept when the campaign was made (schema 6), not from today's
settings, so a report made later still says what applied then. Campaigns stored before that
say "not recorded" where the choice is unknown.
"""

from __future__ import annotations

import re
from functools import partial

from masiv_desktop.core.law.contact_rules import window_applies
from masiv_desktop.core.law.contact_window import DAYS
from masiv_desktop.core.reports.cell_safety import neutralise_formula
from masiv_desktop.core.reports.labels import Word, word
from masiv_desktop.core.reports.rows import LocalTime
from masiv_desktop.core.store.campaigns import Campaign
from masiv_desktop.core.usertypes import Purpose
from masiv_desktop.core.words import fill

_SPANISH_DAYS = dict(zip(DAYS, ("lun", "mar", "mié", "jue", "vie", "sáb", "dom"), strict=True))
_DAY = re.compile(r"\b(" + "|".join(DAYS) + r")\b")


def window_text(text: str, language: str) -> str:
    """The window in the settings' syntax, its day names in `language`."""
    if language != "es":
        return text
    return _DAY.sub(lambda m: _SPANISH_DAYS[m.group(1)], text)


def rules_applied(campaign: Campaign, language: str, local: LocalTime) -> list[tuple[str, str]]:
    """(rule, what applied) pairs, in `language`, in the order the summary shows them."""
    w = partial(word, language=language)
    transactional = campaign.purpose is Purpose.TRANSACTIONAL
    if not window_applies(campaign.purpose, campaign.window_override):
        window = w(Word.WINDOW_IGNORED)
    elif campaign.contact_window is None:
        window = w(Word.NOT_RECORDED)
    elif campaign.contact_window:
        window = (f"{neutralise_formula(window_text(campaign.contact_window, language))}; "
                  f"{w(Word.WINDOW_CLOSED)}")
    else:
        window = w(Word.NONE)
    if not campaign.rules_recorded:
        unknown = w(Word.NOT_RECORDED)
        return [(w(Word.CONTACT_WINDOW), window), (w(Word.DAILY_CAP), unknown),
                (w(Word.NOT_MOBILE), unknown), (w(Word.RNE_IMPORT), unknown),
                (w(Word.OPT_OUT_FOOTER), unknown)]
    if transactional:
        cap = rne = w(Word.NOT_APPLIED)
    else:
        cap = w(Word.CAP_RELEASED if campaign.allow_second_contact else Word.CAP_APPLIED)
        moment = campaign.rne_imported_at
        rne = w(Word.RNE_NEVER) if moment is None \
            else f"{local.text(moment)} ({local.label()})"
    return [
        *_send_column(campaign, language),
        (w(Word.CONTACT_WINDOW), window),
        (w(Word.DAILY_CAP), cap),
        (w(Word.NOT_MOBILE),
         w(Word.NOT_MOBILE_KEPT if campaign.keep_not_mobile else Word.NOT_MOBILE_REFUSED)),
        (w(Word.RNE_IMPORT), rne),
        (w(Word.OPT_OUT_FOOTER), w(Word.ON if campaign.footer else Word.OFF)),
    ]


def _send_column(campaign: Campaign, language: str) -> list[tuple[str, str]]:
    """Each row its own send time: the column and its shift ("Cita", 1 d before)."""
    if campaign.send_column is None:
        return []
    w = partial(word, language=language)
    text = f"\"{neutralise_formula(campaign.send_column)}\""
    minutes = campaign.send_offset
    if minutes:
        size = abs(minutes)
        amount = next((f"{size // per} {unit}" for per, unit in ((1440, "d"), (60, "h"))
                       if size % per == 0), f"{size} min")
        shift = w(Word.SHIFT_BEFORE if minutes < 0 else Word.SHIFT_AFTER)
        text += f", {fill(shift, amount)}"
    return [(w(Word.SEND_COLUMN), text)]
