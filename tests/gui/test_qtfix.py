"""gui/qtfix.py: a program that makes millions of Qt calls does not abort."""

from __future__ import annotations

import subprocess
import sys
import textwrap


def test_many_void_calls_and_emits_do_not_abort_the_interpreter() -> None:
    script = textwrap.dedent("""
        import os
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        import masiv_desktop.gui
        from PySide6.QtCore import QObject, Signal
        class S(QObject):
            ping = Signal()
        s = S()
        for _ in range(300_000):
            s.setObjectName("x")
            s.ping.emit()
        print("ok")
    """)
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "ok"
