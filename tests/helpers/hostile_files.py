"""Files made to harm, generated at test time (never committed): a zip bomb disguised as a
workbook."""

from __future__ import annotations

import zipfile
from pathlib import Path

import openpyxl

_CHUNK = b"A" * (1024 * 1024)


def expanding_workbook(path: Path, *, cell_mib: int = 1024) -> Path:
    """A valid-looking xlsx of about 1 MB whose only cell expands to `cell_mib` MiB."""
    plain = path.with_suffix(".plain.xlsx")
    workbook = openpyxl.Workbook()
    workbook.active.append(["Celular", "Nombre"])
    workbook.active.append(["3001234567", "x"])
    workbook.save(plain)
    with zipfile.ZipFile(plain) as source, \
            zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as target:
        for item in source.infolist():
            if item.filename != "xl/worksheets/sheet1.xml":
                target.writestr(item, source.read(item))
                continue
            with target.open(item.filename, "w", force_zip64=True) as sheet:
                sheet.write(b'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns='
                            b'"http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                            b'<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>')
                for _ in range(cell_mib):
                    sheet.write(_CHUNK)
                sheet.write(b"</t></is></c></row></sheetData></worksheet>")
    plain.unlink()
    return path
