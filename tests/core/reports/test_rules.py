"""The report's summary states the purpose and the contact rules a campaign was made under:
real lists planned and stored, the xlsx read back with python-calamine."""

from __future__ import annotations

import time
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from python_calamine import CalamineWorkbook

from masiv_desktop.core.campaigns import Choices, PlanRequest, create_campaign, plan_campaign
from masiv_desktop.core.law import suppression
from masiv_desktop.core.reports.export import ReportOptions, export_report
from masiv_desktop.core.reports.rows import LocalTime
from masiv_desktop.core.reports.rules import rules_applied, window_text
from masiv_desktop.core.settings.settings import Settings
from masiv_desktop.core.store import db
from masiv_desktop.core.store.campaigns import Campaign, CampaignDraft, NewRecipient, Store
from masiv_desktop.core.usertypes import PartRule, Purpose, SuppressionSource

BOGOTA = ZoneInfo("America/Bogota")


def make(tmp_path: Path, choices: Choices, *, rne: bool = False,
         settings: Settings | None = None) -> tuple[Path, int]:
    database = tmp_path / "masiv.sqlite3"
    source = tmp_path / "lista.csv"
    source.write_text("Nombre,Celular\nAna,3150000001\nLuis,3150000002\n", encoding="utf-8")
    store = Store(db.connect(database))
    try:
        if rne:
            rne_file = tmp_path / "rne.csv"
            rne_file.write_text("numero\n3159999999\n", encoding="utf-8")
            suppression.import_file(store.conn, rne_file, SuppressionSource.RNE)
        now = time.time()
        request = PlanRequest(source, "Promo", settings or Settings(), choices=choices)
        plan = plan_campaign(store, request, now=now)
        return database, create_campaign(store, plan, now=now)
    finally:
        store.close()


def summary(database: Path, cid: int, target: Path, language: str) -> dict[str, object]:
    export_report(database, cid, target, ReportOptions(language=language, zone=BOGOTA))
    sheet = CalamineWorkbook.from_path(str(target)).get_sheet_by_name(
        "Resumen" if language == "es" else "Summary")
    return {str(row[0]): row[1] for row in sheet.to_python() if row and row[0]}


def test_a_commercial_campaign_states_the_window_cap_rne_and_footer(tmp_path: Path) -> None:
    settings = Settings(append_opt_out_footer=True)
    database, cid = make(tmp_path, Choices(allow_second_contact=True), rne=True,
                         settings=settings)
    values = summary(database, cid, tmp_path / "en.xlsx", "en")
    assert values["Purpose"] == "Commercial"
    assert "Rules applied (Ley 2300)" in values
    assert values["Contact window"] == ("mon-fri 07:00-19:00; sat 08:00-15:00; "
                                        "closed on Sundays and holidays")
    assert values["One commercial contact a day"] == ("released by the user: people already "
                                                      "contacted today were sent to as well")
    assert values["Numbers that are not mobiles"] == "refused"
    rne = str(values["RNE last imported"])
    assert rne.endswith("(America/Bogota)") and rne[:4] == str(datetime.now(BOGOTA).year)
    assert values["Opt-out footer"] == "on"
    es = summary(database, cid, tmp_path / "es.xlsx", "es")
    assert es["Propósito"] == "Comercial"
    assert es["Horario de contacto"] == ("lun-vie 07:00-19:00; sáb 08:00-15:00; "
                                         "domingos y festivos cerrado")
    assert es["Línea para darse de baja"] == "sí"


def test_the_daily_cap_applied_and_no_rne_import(tmp_path: Path) -> None:
    database, cid = make(tmp_path, Choices(keep_not_mobile=True, footer=False))
    values = summary(database, cid, tmp_path / "r.xlsx", "en")
    assert values["One commercial contact a day"] == ("applied: people already contacted "
                                                      "today were refused")
    assert values["Numbers that are not mobiles"] == "sent to, by the user's choice"
    assert values["RNE last imported"] == "never imported"
    assert values["Opt-out footer"] == "off"


def test_a_transactional_campaign_outside_the_window(tmp_path: Path) -> None:
    database, cid = make(tmp_path, Choices(purpose=Purpose.TRANSACTIONAL,
                                           window_override=True), rne=True)
    values = summary(database, cid, tmp_path / "r.xlsx", "es")
    assert values["Propósito"] == "Transaccional"
    assert values["Horario de contacto"] == "ignorado (transaccional)"
    assert values["Un contacto comercial al día"] == "no aplica (transaccional)"
    assert values["Última importación del RNE"] == "no aplica (transaccional)"
    assert values["Línea para darse de baja"] == "no"


def test_a_campaign_stored_before_the_rules_were_kept(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "masiv.sqlite3")
    try:
        cid = store.create_campaign(CampaignDraft("Vieja", "Hola", PartRule.MASIV_HTTP),
                                    [NewRecipient(2, "573150000001", 1)], now=time.time())
        with store.conn:
            store.conn.execute("UPDATE campaign SET allow_second_contact = NULL, "
                               "keep_not_mobile = NULL, footer = NULL, contact_window = NULL")
        campaign = store.campaign(cid)
    finally:
        store.close()
    assert not campaign.rules_recorded
    rules = dict(rules_applied(campaign, "en", LocalTime(UTC)))
    assert set(rules.values()) == {"not recorded (older campaign)"}


def test_window_days_in_spanish() -> None:
    assert window_text("mon-fri 07:00-19:00; sat 08:00-15:00", "es") == \
        "lun-vie 07:00-19:00; sáb 08:00-15:00"
    assert window_text("mon 07:00-19:00", "en") == "mon 07:00-19:00"


def test_a_store_level_draft_records_its_defaults(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "masiv.sqlite3")
    try:
        cid = store.create_campaign(CampaignDraft("x", "Hola", PartRule.MASIV_HTTP),
                                    [NewRecipient(2, "573150000001", 1)], now=time.time())
        campaign: Campaign = store.campaign(cid)
    finally:
        store.close()
    assert (campaign.allow_second_contact, campaign.keep_not_mobile, campaign.footer,
            campaign.contact_window, campaign.rne_imported_at) == (False, False, False, "",
                                                                   None)
    assert dict(rules_applied(campaign, "en", LocalTime(UTC)))["Contact window"] == "—"
