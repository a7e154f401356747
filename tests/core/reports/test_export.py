"""The Excel report read back with openpyxl and python-calamine, and the package's parts."""

from __future__ import annotations

import os
import re
import time
import zipfile
from contextlib import closing
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import openpyxl
import pytest
from python_calamine import CalamineWorkbook

from masiv_desktop.core.lists.cells import DateCell, DateTimeCell, NumberCell
from masiv_desktop.core.reasons import Reason, ReasonKind
from masiv_desktop.core.reports.export import (
    ReportCancelled,
    ReportError,
    ReportFormat,
    ReportOptions,
    clear_leftovers,
    export_report,
    temp_folder,
)
from masiv_desktop.core.reports.summary import COUNT_FORMAT
from masiv_desktop.core.store.campaigns import (
    CampaignDraft,
    CampaignNotFound,
    NewRecipient,
    Store,
    encode_cells,
)
from masiv_desktop.core.usertypes import CampaignState, PartRule
from tests.helpers.reports import NAMES, OUTCOMES, REFUSED, digits, make_report_campaign

BOGOTA = ZoneInfo("America/Bogota")


@pytest.fixture
def campaign(tmp_path: Path) -> tuple[Path, int]:
    database = tmp_path / "masiv.sqlite3"
    return database, make_report_campaign(database)


def export(campaign: tuple[Path, int], target: Path, language: str = "es") -> Path:
    database, cid = campaign
    result = export_report(database, cid, target, ReportOptions(language=language,
                                                                zone=BOGOTA))
    assert result.format is ReportFormat.XLSX
    assert (result.recipients, result.refused_rows) == (10, 3)
    return target


def summary_values(ws: object) -> dict[str, list[object]]:
    rows = [[c.value for c in row] for row in ws.iter_rows()]  # type: ignore[attr-defined]
    return {str(r[0]): r[1:] for r in rows if r and r[0] is not None}


def test_sheets_in_spanish_and_english(campaign: tuple[Path, int], tmp_path: Path) -> None:
    es = openpyxl.load_workbook(export(campaign, tmp_path / "es.xlsx"))
    assert es.sheetnames == ["Resumen", "Destinatarios", "Filas rechazadas"]
    en = openpyxl.load_workbook(export(campaign, tmp_path / "en.xlsx", "en"))
    assert en.sheetnames == ["Summary", "Recipients", "Refused rows"]
    assert en["Recipients"]["H1"].value == "Result"


def test_summary_names_the_campaign_times_and_counts(campaign: tuple[Path, int],
                                                     tmp_path: Path) -> None:
    ws = openpyxl.load_workbook(export(campaign, tmp_path / "r.xlsx", "en"))["Summary"]
    values = summary_values(ws)
    assert values["Campaign"][0] == "Promo junio"
    assert values["Message"][0] == "Hola {Nombre}"
    assert values["Originator"][0] == "MASIV"
    assert values["Purpose"][0] == "Commercial"
    assert values["List file"][0] == "junio.xlsx"
    assert values["Times"][:2] == ["Local time (America/Bogota)", "UTC"]
    assert values["Sending finished"][:2] == ["2024-06-01 10:14:05", "2024-06-01 15:14:05"]
    assert values["Started"][:2] == ["2024-06-01 10:03:35", "2024-06-01 15:03:35"]
    assert values["Scheduled for"][:2] == ["—", "—"]
    assert values["Rows in the list"][0] == 13
    assert values["Recipients"][0] == 10
    assert values["Refused rows"][0] == 3
    assert values["Parts"][0] == 11
    for outcome_label in ("Delivered to the phone", "Delivered to the network", "Delivery error",
                          "General error", "Length error", "Rejected by the gateway",
                          "Uncertain (may have been sent)", "No final status"):
        assert values[outcome_label][:2] == [1, pytest.approx(0.1)]
    assert values["Pending or in progress"][:2] == [2, pytest.approx(0.2)]
    assert "Cancelled" not in values
    assert values["Total"][:2] == [10, 1.0]
    assert ws["C" + str(_row_of(ws, "No final status"))].number_format == "0.0%"
    assert any("not finished" in str(k) for k in values)


def test_the_spanish_summary_groups_thousands_in_counts(campaign: tuple[Path, int],
                                                        tmp_path: Path) -> None:
    """Counts stay numbers shown as "#,##0" (Excel groups them with the reader's separator,
    "20.000" in Colombia); a count inside a sentence is written the report's language's way."""
    database, cid = campaign
    with closing(Store.open(database)) as store:
        store.set_state(cid, CampaignState.PAUSED,
                        Reason(ReasonKind.RECOVERED_UNCERTAIN, {"count": 1374}), now=time.time())
    ws = openpyxl.load_workbook(export(campaign, tmp_path / "r.xlsx"))["Resumen"]
    values = summary_values(ws)
    assert str(values["Motivo"][0]).startswith("1.374 destinatarios se estaban enviando")
    for heading in ("Filas de la lista", "Destinatarios", "Filas rechazadas", "Partes", "Total"):
        cell = ws["B" + str(_row_of(ws, heading))]
        assert isinstance(cell.value, int)
        assert cell.number_format == COUNT_FORMAT
    english = openpyxl.load_workbook(export(campaign, tmp_path / "en.xlsx", "en"))["Summary"]
    assert str(summary_values(english)["Reason"][0]).startswith("1,374 recipients")


def test_a_cancelled_campaign_still_awaiting_statuses_is_not_finished(
        campaign: tuple[Path, int], tmp_path: Path) -> None:
    database, cid = campaign
    store = Store.open(database)
    try:
        store.set_state(cid, CampaignState.CANCELLED, None, now=time.time())
    finally:
        store.close()
    ws = openpyxl.load_workbook(export(campaign, tmp_path / "r.xlsx", "en"))["Summary"]
    values = summary_values(ws)
    assert values["Pending or in progress"][0] == 2
    assert any("not finished" in str(k) for k in values)


def _row_of(ws: object, label: str) -> int:
    for row in ws.iter_rows():  # type: ignore[attr-defined]
        if row[0].value == label:
            return int(row[0].row)
    raise AssertionError(label)


def test_the_chart_is_in_the_package_and_points_at_the_counts(
        campaign: tuple[Path, int], tmp_path: Path) -> None:
    path = export(campaign, tmp_path / "r.xlsx", "en")
    ws = openpyxl.load_workbook(path)["Summary"]
    first, last = _row_of(ws, "Delivered to the phone"), _row_of(ws, "Pending or in progress")
    with zipfile.ZipFile(path) as package:
        names = package.namelist()
        chart = package.read("xl/charts/chart1.xml").decode()
        drawing_rels = package.read("xl/drawings/_rels/drawing1.xml.rels").decode()
        sheet_rels = package.read("xl/worksheets/_rels/sheet1.xml.rels").decode()
    assert "xl/drawings/drawing1.xml" in names
    assert "<barChart>" in chart
    assert f"'Summary'!$B${first}:$B${last}" in chart
    assert f"'Summary'!$A${first}:$A${last}" in chart
    assert "chart1.xml" in drawing_rels and "drawing1.xml" in sheet_rels


def test_recipients_sheet_rows_frozen_header_filter_and_text_cells(
        campaign: tuple[Path, int], tmp_path: Path) -> None:
    wb = openpyxl.load_workbook(export(campaign, tmp_path / "r.xlsx", "en"))
    ws = wb["Recipients"]
    header = [c.value for c in ws[1]]
    assert header == ["Row", "Number", "Celular", "Nombre", "Final text", "Parts", "State",
                      "Result", "Gateway status", "Status code",
                      "Sent at (Local time America/Bogota)",
                      "Status time (Local time America/Bogota)", "Message ids", "Error code",
                      "Error"]
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == "A1:O11"
    assert ws.column_dimensions["E"].width == 50
    assert ws.max_row == 11
    for i in range(10):
        row = ws[i + 2]
        assert row[0].value == i + 2
        assert (row[1].value, row[1].data_type) == (digits(i), "s")
        assert (row[2].value, row[2].data_type) == (f"315000000{i}", "s")
    first = [c.value for c in ws[2]]
    assert first[4:10] == ["Hola =1+2", 2, "Accepted", "Delivered to the phone",
                           "Delivered to the phone", 3]
    assert first[10] == datetime(2024, 6, 1, 10, 4, 5)
    assert first[11] == datetime(2024, 6, 1, 10, 10)
    assert first[12] == "id-0-0 id-0-1"
    results = [ws.cell(row=i + 2, column=8).value for i in range(10)]
    assert len(results) == len(OUTCOMES)
    assert results[5:] == ["Rejected by the gateway", "Uncertain (may have been sent)",
                           "No final status", "Pending or in progress", "Pending or in progress"]
    assert [c.value for c in ws[7]][13:] == [1, "Invalid recipient."]
    assert ws["I10"].value is None and ws["G11"].value == "Waiting"


def test_every_text_is_a_string_cell_and_only_a_formula_keeps_the_guard(
        campaign: tuple[Path, int], tmp_path: Path) -> None:
    """A string cell never runs in Excel: "+57 315" and "-5" show as they are; what would
    run once re-saved as CSV ("=1+2", "@SUM(A1)", a leading tab or CR) keeps the apostrophe."""
    path = export(campaign, tmp_path / "r.xlsx", "en")
    ws = openpyxl.load_workbook(path)["Recipients"]
    guarded = {"=1+2", "@SUM(A1)", "\tTab", "\rCR"}
    for i, name in enumerate(NAMES):
        cell = ws.cell(row=i + 2, column=4)
        assert cell.data_type == "s"
        expected = "'" + name if name in guarded else name
        assert cell.value == expected, repr(cell.value)
    assert ws["O8"].value == "'=cmd|' /C calc'!A0" and ws["O8"].data_type == "s"
    refused = openpyxl.load_workbook(path)["Refused rows"]
    assert refused["B2"].value == "'=HYPERLINK(\"http://x\")"
    with zipfile.ZipFile(path) as package:
        sheets = [package.read(n).decode() for n in package.namelist()
                  if n.startswith("xl/worksheets/sheet")]
    assert not any("<f>" in xml or "<f " in xml for xml in sheets)


def test_refused_rows_sheet(campaign: tuple[Path, int], tmp_path: Path) -> None:
    ws = openpyxl.load_workbook(export(campaign, tmp_path / "r.xlsx"))["Filas rechazadas"]
    rows = [[c.value for c in row] for row in ws.iter_rows()]
    assert rows[0] == ["Fila", "Valor leído", "Veredicto", "Motivo"]
    assert rows[1:] == [
        [12, "'" + REFUSED[0].input, "Número inválido",
         "Contiene letras o símbolos que no forman parte de un número de teléfono."],
        [13, "3150000000", "Duplicado", "Mismo número que la fila 2; solo se conserva el "
         "primero."],
        [14, "12", "Número inválido", "Demasiado corto para ser un número de teléfono."]]
    assert ws.freeze_panes == "A2" and ws.auto_filter.ref == "A1:D4"


def test_calamine_reads_every_sheet(campaign: tuple[Path, int], tmp_path: Path) -> None:
    wb = CalamineWorkbook.from_path(str(export(campaign, tmp_path / "r.xlsx")))
    assert wb.sheet_names == ["Resumen", "Destinatarios", "Filas rechazadas"]
    summary = {str(r[0]): r[1:] for r in wb.get_sheet_by_name("Resumen").to_python() if r[0]}
    assert summary["Campaña"][0] == "Promo junio"
    assert summary["Entregado al teléfono"][:2] == [1, pytest.approx(0.1)]
    rows = wb.get_sheet_by_name("Destinatarios").to_python()
    assert len(rows) == 11
    assert rows[1][1] == digits(0) and rows[1][3] == "'=1+2"
    assert rows[8][3] == "Íñigo"
    assert rows[1][10] == datetime(2024, 6, 1, 10, 4, 5)
    refused = wb.get_sheet_by_name("Filas rechazadas").to_python()
    assert [r[1] for r in refused[1:]] == ["'" + REFUSED[0].input, "3150000000", "12"]


def test_awkward_text_keeps_the_file_valid(tmp_path: Path) -> None:
    from masiv_desktop.core.reports.xlsx_file import xml_text
    assert xml_text("a<b&c>") == "<is><t>a&lt;b&amp;c&gt;</t></is>"
    assert xml_text(" lead") == '<is><t xml:space="preserve"> lead</t></is>'
    assert xml_text("bell\x07") == "<is><t>bell\ufffd</t></is>"
    assert xml_text("_x0041_") == "<is><t>_x005F_x0041_</t></is>"
    assert xml_text("a\r\nb") == "<is><t>a&#13;\nb</t></is>"


def test_progress_cancel_and_bad_requests(campaign: tuple[Path, int], tmp_path: Path) -> None:
    database, cid = campaign
    seen: list[tuple[int, int]] = []
    export_report(database, cid, tmp_path / "r.xlsx", ReportOptions(language="en"),
                  progress=lambda done, total: seen.append((done, total)))
    assert seen[-1] == (13, 13)
    target = tmp_path / "kept.xlsx"
    target.write_bytes(b"the user's old file")
    with pytest.raises(ReportCancelled):
        export_report(database, cid, target, cancel=lambda: True)
    assert target.read_bytes() == b"the user's old file"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []
    with pytest.raises(ReportError, match="is an"):
        export_report(database, cid, tmp_path / "r.pdf")
    with pytest.raises(ReportError, match="does not exist"):
        export_report(database, cid, tmp_path / "nowhere" / "r.xlsx")
    with pytest.raises(CampaignNotFound):
        export_report(database, cid + 1, tmp_path / "r.xlsx")


def test_an_empty_campaign_list_of_a_template_without_fields(tmp_path: Path) -> None:
    import time

    from masiv_desktop.core.store.campaigns import CampaignDraft, NewRecipient, Store
    from masiv_desktop.core.usertypes import PartRule
    database = tmp_path / "masiv.sqlite3"
    store = Store.open(database)
    cid = store.create_campaign(CampaignDraft("Sin campos", "-50% hoy", PartRule.GSM),
                                [NewRecipient(2, digits(1), 1)], now=time.time())
    store.close()
    path = tmp_path / "r.xlsx"
    export_report(database, cid, path, ReportOptions(language="en"))
    wb = openpyxl.load_workbook(path)
    assert [c.value for c in wb["Recipients"][1]][:3] == ["Row", "Number", "Final text"]
    assert wb["Recipients"]["C2"].value == "'-50% hoy"
    assert wb["Refused rows"].max_row == 1
    assert summary_values(wb["Summary"])["Pending or in progress"][0] == 1
    with zipfile.ZipFile(path) as package:
        assert re.search(r'<autoFilter ref="A1:D1"', package.read("xl/worksheets/sheet3.xml")
                         .decode())


def test_the_partial_report_is_written_in_the_private_temp_area(campaign: tuple[Path, int],
                                                                tmp_path: Path) -> None:
    database, cid = campaign
    out = tmp_path / "Escritorio"
    out.mkdir()
    seen: list[tuple[list[str], list[str]]] = []

    def look(done: int, total: int) -> None:
        seen.append((sorted(p.name for p in out.iterdir()),
                     sorted(p.suffix for p in temp_folder(database).iterdir())))

    export_report(database, cid, out / "informe.xlsx", progress=look)
    assert seen and all(names == [] and ".partial" in temp for names, temp in seen)
    assert sorted(p.name for p in out.iterdir()) == ["informe.xlsx"]
    assert list(temp_folder(database).iterdir()) == []


def test_partials_of_killed_exports_are_cleared_at_the_next_start(tmp_path: Path) -> None:
    database = tmp_path / "masiv.sqlite3"
    temp = temp_folder(database)
    temp.mkdir()
    killed, running = temp / "1-1.xlsx.partial", temp / "2-2.csv.partial"
    killed.write_text("573001234567")
    running.write_text("573001234567")
    hours_ago = time.time() - 3 * 3600
    os.utime(killed, (hours_ago, hours_ago))
    assert clear_leftovers(database) == 1
    assert sorted(temp.iterdir()) == [running]


def test_the_lists_numbers_and_dates_keep_their_type_in_the_xlsx_and_their_text_in_the_csv(
        tmp_path: Path) -> None:
    database = tmp_path / "masiv.sqlite3"
    store = Store.open(database)
    cells = ("+57 316 304 8521", NumberCell("430000"), NumberCell("1500.5"),
             NumberCell("1234567890123"), DateCell("2024-05-01"),
             DateTimeCell("2024-05-01 13:30:00"), "=SUM(A1)")
    headers = ("Celular", "Saldo", "Tasa", "Cédula", "Vence", "Cita", "Nota")
    cid = store.create_campaign(
        CampaignDraft("Cartera", "Hola", PartRule.MASIV_HTTP, headers=headers),
        [NewRecipient(row_number=2, digits="573163048521", parts=1,
                      cells=encode_cells(cells))], now=time.time())
    store.close()
    xlsx = tmp_path / "r.xlsx"
    export_report(database, cid, xlsx, ReportOptions(language="es"))
    row = openpyxl.load_workbook(xlsx)["Destinatarios"][2]
    phone, balance, rate, big, due, meeting, note = row[2:9]
    assert (phone.value, phone.data_type) == ("+57 316 304 8521", "s")
    assert (balance.value, balance.data_type, rate.value) == (430000, "n", 1500.5)
    assert (big.value, big.number_format) == (1234567890123, "0")
    assert due.is_date and due.value == datetime(2024, 5, 1)
    assert due.number_format == "yyyy-mm-dd"
    assert meeting.is_date and meeting.value == datetime(2024, 5, 1, 13, 30)
    assert (note.value, note.data_type) == ("'=SUM(A1)", "s")
    csv_file = tmp_path / "r.csv"
    export_report(database, cid, csv_file, ReportOptions(language="es", delimiter=";"))
    line = csv_file.read_text(encoding="utf-8-sig").splitlines()[1].split(";")
    assert line[2:9] == ["'+57 316 304 8521", "430000", "1500.5", "1234567890123",
                         "2024-05-01", "2024-05-01 13:30:00", "'=SUM(A1)"]
