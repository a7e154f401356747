"""The suppression-list window: the numbers never to message (opt-outs, Colombia's RNE,
complaints). Import a list file (the CRC's RNE, an opt-out export), look a number up, take one
off the list. Every change is the core's (`core.law.suppression`, the same functions as
`masiv suppress`), run off the GUI thread with `gui.ops.run_store_op`.

May import `core` and the GUI's shared modules (ops, notice, confirm, throttle, list_errors)."""

from masiv_desktop.gui.suppression.dialog import SuppressionDialog

__all__ = ["SuppressionDialog"]
