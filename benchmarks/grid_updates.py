"""The live grid with 1,000,000 recipients and 1,000 status changes a second.

Prints the time the GUI thread spends per update batch (p50 / p95 / max) through the real
path (engine EventQueue -> EngineBridge tick -> RecipientsModel -> a visible QTableView, with
the events processed), for the bridge's normal tick (150 ms, ~150 changes) and for worst-case
batches of 1,000 changes; the time to filter and sort a million rows off the GUI thread; and
the process RSS (budget: under 600 MB). `--proxy` also measures a QSortFilterProxyModel with
dynamic sorting over the same model, the alternative this design avoids.

    .venv/bin/python benchmarks/grid_updates.py [--rows 1000000] [--proxy]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
from collections.abc import Callable

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import psutil
from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QApplication, QHeaderView, QTableView

from masiv_desktop.core.engine.events import EventQueue, RecipientChanged
from masiv_desktop.core.usertypes import RecipientState
from masiv_desktop.gui.campaign.engine_bridge import EngineBridge
from masiv_desktop.gui.recipients.columns import GridColumn, GridRow, ViewSpec, build_columns
from masiv_desktop.gui.recipients.model import RecipientsModel

BUDGET_MS = 50.0
RSS_BUDGET_MB = 600.0


def rss_mb() -> float:
    return float(psutil.Process().memory_info().rss) / 2**20


def rows(n: int) -> object:
    first = ["José", "Ana María", "Luis", "Íngrid", "Carlos", "Sofía", "Andrés", "Valentina"]
    last = ["Pérez", "Gómez", "Rodríguez", "Martínez", "Ñáñez", "Ruiz", "Castro", "Díaz"]
    for i in range(n):
        yield GridRow(i + 1, i + 2, f"57{3000000000 + i * 7 % 999999999:010d}",
                           f"{first[i % 8]} {last[(i // 8) % 8]}", 1 + (i % 5 == 0),
                           RecipientState.PENDING)


def summary(label: str, times: list[float]) -> str:
    ms = sorted(t * 1000 for t in times)
    p95 = ms[max(0, int(len(ms) * 0.95) - 1)]
    verdict = "OK" if p95 < BUDGET_MS else "OVER BUDGET"
    return (f"{label:<44} n={len(ms):<4} p50 {statistics.median(ms):6.2f} ms   "
            f"p95 {p95:6.2f} ms   max {ms[-1]:6.2f} ms   [{verdict}]")


def measure_ticks(app: QApplication, queue: EventQueue, bridge: EngineBridge, n: int,
                  per_tick: int, ticks: int, rng: random.Random) -> list[float]:
    times = []
    states = [RecipientState.ACCEPTED, RecipientState.REJECTED, RecipientState.UNCERTAIN]
    for _ in range(ticks):
        for rid in rng.sample(range(1, n + 1), per_tick):
            queue.put(RecipientChanged(1, rid, rng.choice(states), status=rng.randint(0, 6),
                                       error_code=1 if rid % 11 == 0 else None))
        started = time.perf_counter()
        bridge.tick()
        app.processEvents()
        times.append(time.perf_counter() - started)
    return times


def timed(work: Callable[[], object]) -> float:
    started = time.perf_counter()
    work()
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--proxy", action="store_true",
                        help="also measure QSortFilterProxyModel (slow)")
    parser.add_argument("--proxy-rows", type=int, default=100_000,
                        help="rows for the QSortFilterProxyModel measurement")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    n = args.rows
    baseline = rss_mb()
    build = time.perf_counter()
    columns = build_columns(rows(n))  # type: ignore[arg-type]
    build = time.perf_counter() - build
    model = RecipientsModel()
    view = QTableView()
    view.resize(1000, 700)
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.setModel(model)
    view.show()
    model.load(columns)
    app.processEvents()
    loaded = rss_mb()
    print(f"rows: {n:,}   build columns: {build:.2f} s (off the GUI thread)")
    print(f"RSS: {baseline:.0f} MB before, {loaded:.0f} MB with the grid loaded "
          f"(grid: {loaded - baseline:.0f} MB)")
    queue = EventQueue()
    bridge = EngineBridge(queue.drain, model, campaign_id=1)
    rng = random.Random(1)
    print(summary("bridge tick, 150 changes (1,000/s @150 ms)",
                  measure_ticks(app, queue, bridge, n, 150, 60, rng)))
    print(summary("batch of 1,000 changes", measure_ticks(app, queue, bridge, n, 1_000, 40, rng)))
    print(summary(f"batch of {bridge.max_items:,} changes (a tick's maximum)",
                  measure_ticks(app, queue, bridge, n, bridge.max_items, 10, rng)))

    from masiv_desktop.gui.recipients.columns import compute_view
    for label, spec in [
        ("filter: state = accepted", ViewSpec(states=frozenset({RecipientState.ACCEPTED}))),
        ("search 'gomez' (first, builds the index)", ViewSpec(text="gomez")),
        ("search 'maria perez'", ViewSpec(text="maria perez")),
        ("sort by name", ViewSpec(sort_column=GridColumn.NAME)),
        ("sort by state", ViewSpec(sort_column=GridColumn.STATE)),
        ("sort by number, descending", ViewSpec(sort_column=GridColumn.NUMBER, descending=True)),
    ]:
        seconds = timed(lambda spec=spec: compute_view(columns, spec))  # type: ignore[misc]
        print(f"{label:<44} {seconds * 1000:7.0f} ms on a worker thread")
    model.set_filter({RecipientState.PENDING})
    while model.busy:
        app.processEvents()
    print(summary("batch of 1,000 changes, filtered view",
                  measure_ticks(app, queue, bridge, n, 1_000, 20, rng)))
    peak = rss_mb()
    print(f"RSS after filtering, sorting and searching: {peak:.0f} MB "
          f"(budget {RSS_BUDGET_MB:.0f} MB) [{'OK' if peak < RSS_BUDGET_MB else 'OVER'}]")
    if args.proxy:
        measure_proxy(app, min(n, args.proxy_rows))
    return 0


def measure_proxy(app: QApplication, n: int) -> None:
    """The alternative: QSortFilterProxyModel sorting dynamically over the same model."""
    model = RecipientsModel()
    model.load(build_columns(rows(n)))  # type: ignore[arg-type]
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setDynamicSortFilter(True)
    view = QTableView()
    view.setModel(proxy)
    seconds = timed(lambda: proxy.sort(GridColumn.STATE, Qt.SortOrder.AscendingOrder))
    print(f"QSortFilterProxyModel over {n:,} rows: sort by state {seconds:.2f} s "
          "on the GUI thread")
    queue = EventQueue()
    bridge = EngineBridge(queue.drain, model, campaign_id=1)
    print(summary(f"QSortFilterProxyModel {n:,} rows, 1,000 changes",
                  measure_ticks(app, queue, bridge, n, 1_000, 5, random.Random(2))))


if __name__ == "__main__":
    sys.exit(main())
