"""gui/recipients/loader.py: a real store file read off the GUI thread into the grid."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from masiv_desktop.core.reasons import Reason, ReasonKind
from masiv_desktop.core.settings.paths import app_paths
from masiv_desktop.core.store.campaigns import CampaignDraft, NewRecipient, Store
from masiv_desktop.core.store.journal import Journal, RecipientResult
from masiv_desktop.core.usertypes import PartRule, RecipientState
from masiv_desktop.gui.i18n.translators import install_translators
from masiv_desktop.gui.ops import OpContext, run_store_op
from masiv_desktop.gui.recipients.columns import GridColumn, RecipientColumns
from masiv_desktop.gui.recipients.loader import display_name, error_text, load_recipients
from masiv_desktop.gui.recipients.model import RecipientsModel


def test_loads_a_campaign_from_the_store(qtbot: QtBot, data_dir: Path) -> None:
    database = app_paths(data_dir).ensure().database
    store = Store.open(database)
    campaign = store.create_campaign(
        CampaignDraft("Prueba", "Hola {Nombre}", PartRule.MASIV_HTTP),
        (NewRecipient(row_number=i + 2, digits=f"5730012{i:05d}", parts=1,
                      fields={"Nombre": f"Cliente {i}", "Ciudad": "Cali"})
         for i in range(45_000)), now=1_700_000_000.0)
    store.close()
    progress: list[object] = []
    loaded: list[RecipientColumns] = []

    def work(store: Store, ctx: OpContext) -> RecipientColumns:
        return load_recipients(store, campaign, ctx)

    handle = run_store_op(work, database=database, on_success=loaded.append,
                          on_progress=progress.append)
    qtbot.waitUntil(lambda: handle.done, timeout=30_000)
    columns, = loaded
    model = RecipientsModel()
    model.load(columns)
    assert model.rowCount() == 45_000
    assert model.data(model.index(44_999, GridColumn.NUMBER)) == "573001244999"
    assert model.data(model.index(0, GridColumn.ROW)) == 2
    assert model.data(model.index(44_999, GridColumn.NAME)) == "Cliente 44999"
    assert model.data(model.index(0, GridColumn.STATE)) == "Waiting"
    assert model.counts()[RecipientState.PENDING] == 45_000
    assert progress[-1] == (45_000, 45_000)


def test_display_name_and_error_text() -> None:
    assert display_name({"Teléfono": "573001", "NOMBRE": "Ana"}) == "Ana"
    assert display_name({"Ciudad": "Cali", "Saldo": "10"}) == "Cali"
    assert display_name(None) == ""
    assert error_text(1, None).startswith("1: ")
    assert error_text(1160, "Message is too long") == "1160: Message is too long"
    assert error_text(None, None) == ""


def test_an_error_cell_reads_the_same_live_and_after_a_reload() -> None:
    from masiv_desktop.core.engine.events import RecipientChanged
    from masiv_desktop.core.usertypes import RecipientState
    from masiv_desktop.gui.campaign.engine_bridge import recipient_change
    from masiv_desktop.gui.recipients.loader import error_text

    for code, text in ((1, "Invalid recipient."), (None, "Only 2 part(s) of the message were "
                                                          "accepted."), (1160, None)):
        live = recipient_change(RecipientChanged(7, 3, RecipientState.REJECTED, error_code=code,
                                                 error_text=text), now=0.0)
        assert live is not None and live.error == error_text(code, text) != ""


def test_the_error_column_words_the_programs_reason_in_the_users_language(
        qtbot: QtBot, qapp: QApplication, data_dir: Path) -> None:
    """A recipient whose send failed inside the program: the grid says so in Spanish, from
    the store and from the engine's live event alike."""
    from masiv_desktop.core.engine.events import RecipientChanged
    from masiv_desktop.gui.campaign.engine_bridge import recipient_change

    database = app_paths(data_dir).ensure().database
    store = Store.open(database)
    campaign = store.create_campaign(
        CampaignDraft("Prueba", "Hola", PartRule.MASIV_HTTP),
        [NewRecipient(row_number=2, digits="573001234567", parts=1)], now=1_700_000_000.0)
    journal = Journal(store.conn, campaign, template="Hola", send_at=None, first_poll_delay=30)
    claimed, = journal.write([], 1, 1_700_000_000.0, running_only=False)
    reason = Reason(ReasonKind.INTERNAL_SEND_ERROR, {"error": "OSError"})
    journal.write([RecipientResult(claimed.id, RecipientState.UNCERTAIN, reason=reason)], 0,
                  1_700_000_000.0, running_only=False)
    store.close()
    loaded: list[RecipientColumns] = []
    spanish = "Error interno al enviar (OSError); es posible que el mensaje se haya enviado."
    install_translators(qapp, "es")
    try:
        handle = run_store_op(lambda s, ctx: load_recipients(s, campaign, ctx),
                              database=database, on_success=loaded.append)
        qtbot.waitUntil(lambda: handle.done, timeout=30_000)
        model = RecipientsModel()
        model.load(loaded[0])
        assert model.data(model.index(0, GridColumn.ERROR)) == spanish
        live = recipient_change(RecipientChanged(campaign, claimed.id, RecipientState.UNCERTAIN,
                                                 reason=reason), now=0.0)
        assert live is not None and live.error == spanish
    finally:
        install_translators(qapp, "en")
