"""Read + validate speed of recipient lists: 100,000 and 1,000,000 rows, xlsx and CSV.

    .venv/bin/python benchmarks/import_speed.py [--sizes 100000 1000000] [--skip-reference]

Generates lists with realistic messy numbers (numeric cells, "+57 300 …" text, 57-prefixed,
fixed lines, junk, empties, duplicates) under benchmarks/out/ (git-ignored, reused on later
runs), then measures each step in a fresh process: seconds and peak RSS (calamine's memory is
outside Python's heap, so tracemalloc would not see it). The reference is openpyxl's
read-only reader on the same xlsx, validating the same way. Budget (DESIGN.md): 100,000 xlsx
rows read + validated in under 2 s.
"""

from __future__ import annotations

import argparse
import csv
import multiprocessing
import random
import sys
import time
from collections.abc import Iterator
from pathlib import Path

OUT = Path(__file__).resolve().parent / "out"
HEADER = ["Nombre", "Celular", "Ciudad", "Saldo"]
PREFIXES = ["300", "301", "302", "304", "305", "310", "311", "312", "313", "314", "315", "316",
            "317", "318", "319", "320", "321", "322", "323", "350", "351"]
CITIES = ["Bogotá", "Medellín", "Cali", "Barranquilla", "Cartagena", "Cúcuta"]
BUDGET_SECONDS = 2.0


def messy_rows(count: int, seed: int = 11) -> Iterator[list[object]]:
    rng = random.Random(seed)
    for index in range(count):
        national = f"{rng.choice(PREFIXES)}{rng.randrange(10**7):07d}"
        roll = rng.random()
        phone: object
        if roll < 0.45:
            phone = int(national)
        elif roll < 0.65:
            phone = f"+57 {national[:3]} {national[3:6]} {national[6:]}"
        elif roll < 0.75:
            phone = int("57" + national)
        elif roll < 0.80:
            phone = f"{national[:3]}-{national[3:6]}-{national[6:]}"
        elif roll < 0.83:
            phone = f"601 {rng.randrange(10**7):07d}"
        elif roll < 0.85:
            phone = rng.choice(["5.73E+11", "300123", "llamar", "3001234567 / 3109876543", ""])
        elif roll < 0.90 and index:
            phone = 3000000000 + rng.randrange(index)
        else:
            phone = national
        yield [f"Cliente {index}", phone, rng.choice(CITIES), rng.randrange(1000) * 1000]


def ensure_files(count: int) -> tuple[Path, Path]:
    OUT.mkdir(exist_ok=True)
    xlsx, text = OUT / f"list-{count}.xlsx", OUT / f"list-{count}.csv"
    if not xlsx.exists():
        import openpyxl
        started = time.perf_counter()
        workbook = openpyxl.Workbook(write_only=True)
        sheet = workbook.create_sheet("Clientes")
        sheet.append(HEADER)
        for row in messy_rows(count):
            sheet.append(row)
        workbook.save(xlsx)
        print(f"  wrote {xlsx.name} in {time.perf_counter() - started:.1f} s", flush=True)
    if not text.exists():
        with text.open("w", encoding="cp1252", newline="") as handle:
            writer = csv.writer(handle, delimiter=";")
            writer.writerow(HEADER)
            writer.writerows(messy_rows(count))
    return xlsx, text


def masiv_read_validate(path: str) -> tuple[int, int]:
    from masiv_desktop.core.lists.columns import choose_phone_column
    from masiv_desktop.core.lists.importer import open_list
    from masiv_desktop.core.lists.validation import ListValidator

    reader = open_list(path)
    column = choose_phone_column(reader.columns, reader.preview, path=path).index
    validator = ListValidator("CO", frozenset({"573001234567"}))
    check = validator.check
    for number, cells in reader.rows():
        check(number, cells[column])
    summary = validator.summary()
    return summary.rows, summary.ok


def masiv_read_only(path: str) -> tuple[int, int]:
    from masiv_desktop.core.lists.importer import open_list

    rows = sum(1 for _ in open_list(path).rows())
    return rows, 0


def openpyxl_read_validate(path: str) -> tuple[int, int]:
    import openpyxl

    from masiv_desktop.core.lists.spreadsheet import cell_text
    from masiv_desktop.core.lists.validation import ListValidator

    workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    validator = ListValidator("CO", frozenset({"573001234567"}))
    rows = workbook.active.iter_rows(values_only=True)
    next(rows)
    for number, values in enumerate(rows, start=2):
        validator.check(number, cell_text(values[1]))
    workbook.close()
    summary = validator.summary()
    return summary.rows, summary.ok


def validate_only(path: str) -> tuple[int, int]:
    """Validation alone, timed inside the child (the rows are read first, untimed)."""
    from masiv_desktop.core.lists.importer import read_table
    from masiv_desktop.core.lists.validation import validate_rows

    table = read_table(path)
    started = time.perf_counter()
    result = validate_rows(table.rows, 1, suppressed=frozenset({"573001234567"}))
    print(f"    (validation alone: {time.perf_counter() - started:.3f} s)", flush=True)
    return result.summary.rows, result.summary.ok


TASKS = {"masiv read+validate": masiv_read_validate, "masiv read only": masiv_read_only,
         "openpyxl read-only + validate": openpyxl_read_validate,
         "validate rows in memory": validate_only}


def _child(task: str, path: str, queue: multiprocessing.Queue[object]) -> None:
    # The program has its modules loaded before the user picks a file: time the work only.
    import openpyxl  # noqa: F401
    import phonenumbers  # noqa: F401

    import masiv_desktop.core.lists.columns
    import masiv_desktop.core.lists.importer
    import masiv_desktop.core.lists.validation  # noqa: F401
    started = time.perf_counter()
    rows, ok = TASKS[task](path)
    elapsed = time.perf_counter() - started
    queue.put((elapsed, _peak_rss_mb(), rows, ok))


def _peak_rss_mb() -> float:
    try:
        import resource
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    except ImportError:  # Windows
        import psutil
        info = psutil.Process().memory_info()
        return float(getattr(info, "peak_wset", info.rss)) / 2**20


def measure(task: str, path: Path) -> tuple[float, float, int, int]:
    context = multiprocessing.get_context("spawn")
    queue: multiprocessing.Queue[object] = context.Queue()
    process = context.Process(target=_child, args=(task, str(path), queue))
    process.start()
    result = queue.get()
    process.join()
    assert isinstance(result, tuple)
    return result  # type: ignore[return-value]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000])
    parser.add_argument("--skip-reference", action="store_true",
                        help="do not run openpyxl (slow on 1,000,000 rows)")
    args = parser.parse_args()
    verdict = 0
    for count in args.sizes:
        print(f"{count:,} rows", flush=True)
        xlsx, text = ensure_files(count)
        plan = [("masiv read+validate", xlsx), ("masiv read only", xlsx),
                ("masiv read+validate", text)]
        if count <= 100_000:
            plan.append(("validate rows in memory", xlsx))
        if not args.skip_reference:
            plan.append(("openpyxl read-only + validate", xlsx))
        for task, path in plan:
            seconds, peak, rows, ok = measure(task, path)
            print(f"  {task:<30} {path.suffix:<6} {seconds:7.2f} s  peak RSS {peak:7.0f} MB"
                  f"  ({rows:,} rows, {ok:,} valid mobiles)", flush=True)
            if task == "masiv read+validate" and path.suffix == ".xlsx" and count == 100_000:
                met = seconds < BUDGET_SECONDS
                verdict = verdict or (0 if met else 1)
                print(f"  budget 100,000 xlsx rows < {BUDGET_SECONDS} s: "
                      f"{'met' if met else 'MISSED'}", flush=True)
    return verdict


if __name__ == "__main__":
    sys.exit(main())
