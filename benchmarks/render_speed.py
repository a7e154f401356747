"""How fast message texts are analysed and a campaign is rendered (prints figures).

    .venv/bin/python benchmarks/render_speed.py [--rows 1000000]

Budget (issue 4): rendering 1,000,000 recipients takes a few seconds; `analyze` on every
keystroke stays far below a frame (16 ms).
"""

from __future__ import annotations

import argparse
import os
import random
import time
from collections.abc import Callable

from masiv_desktop.core.text.measure import analyze
from masiv_desktop.core.text.merge import RenderResult, render_campaign
from masiv_desktop.core.usertypes import PartRule

HEADERS = ("Telefono", "Nombre", "Saldo", "Fecha")
NAMES = ("Ana", "Luis", "María José", "Íñigo", "Camilo", "Valentina", "Andrés Felipe",
         "Sofía", "Juan David", "Daniela", "Santiago", "Mariana", "Sebastián", "Laura")
TEMPLATES = {
    "GSM-7, 3 fields": "Hola {Nombre}, tu saldo es ${Saldo}. Paga antes del {Fecha} en "
                       "www.ejemplo.co y evita recargos. Responda SALIR para no recibir mas.",
    "UCS-2 (emoji), 2 fields": "Hola {Nombre} 🎉 tu saldo es ${Saldo}. Paga en www.ejemplo.co",
    "long (2-3 parts), 1 field": "Estimado(a) {Nombre}: " + "le recordamos su cita. " * 10,
    "no fields": "Gran promocion de fin de semana: 2x1 en todas las tiendas. Ven ya!",
}


def _rows(count: int, seed: int = 7) -> list[tuple[str, str, str, str]]:
    rnd = random.Random(seed)
    return [(f"57300{i:07d}", rnd.choice(NAMES) + (" " + rnd.choice(NAMES) if i % 3 else ""),
             f"{rnd.randrange(1000, 9_999_999):,}".replace(",", "."),
             f"{rnd.randrange(1, 29):02d}/{rnd.randrange(1, 13):02d}/2025")
            for i in range(count)]


def _timed(action: Callable[[], object]) -> tuple[float, float, object]:
    """(wall seconds, CPU seconds of this process, result): CPU time shows the cost when
    other programs share the cores."""
    start, cpu = time.perf_counter(), time.process_time()
    result = action()
    return time.perf_counter() - start, time.process_time() - cpu, result


def bench_keystrokes() -> None:
    text = ("“Promoción” válida hasta el 30 de junio… Aplican términos y condiciones. "
            "Responda SALIR para no recibir más mensajes de nuestra marca 😀") * 3
    _wall, cpu, _ = _timed(lambda: analyze("“warm-up”"))
    print(f"first analysis of a non-ASCII text (builds the joining-character set once): "
          f"{cpu * 1e3:.0f} ms CPU")
    for rule in PartRule:
        analyze.cache_clear()
        _wall, cpu, _ = _timed(lambda rule=rule: [analyze(text[:n], rule)
                                                  for n in range(1, len(text) + 1)])
        print(f"analyze, typing a {len(text)}-character text ({rule.value:5s}): "
              f"{cpu / len(text) * 1e6:6.1f} µs CPU per keystroke")


def bench_render(count: int) -> None:
    rows = _rows(count)
    print(f"render_campaign, {count:,} recipients:")
    for label, template in TEMPLATES.items():
        for rule in (PartRule.MASIV_HTTP, PartRule.GSM):
            wall, cpu, result = _timed(lambda t=template, r=rule: render_campaign(
                t, HEADERS, rows, r, True))
            assert isinstance(result, RenderResult)
            print(f"  {label:27s} {rule.value:5s} {wall:5.2f} s wall, {cpu:5.2f} s CPU "
                  f"({cpu / count * 1e6:4.2f} µs/recipient), "
                  f"{result.total_parts:,} parts, {len(result.unicode_rows):,} UCS-2, "
                  f"{len(result.longer_rows):,} longer than usual")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=1_000_000)
    args = parser.parse_args()
    print(f"load average before: {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores")
    bench_keystrokes()
    bench_render(args.rows)


if __name__ == "__main__":
    main()
