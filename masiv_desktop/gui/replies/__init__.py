"""The Replies window (Campaign › Replies…): the replies people sent, which of them opted
out, a search box, "Export to Excel…" and, for HTTP accounts, importing the replies file the
Masiv platform exports. Every read and change is the core's (`core.replies`, the same
functions as `masiv replies` and `masiv suppress import --source reply`), run off the GUI
thread with `gui.ops.run_store_op`.

May import `core` and the GUI's shared modules (ops, notice, throttle, list_errors)."""

from masiv_desktop.gui.replies.dialog import RepliesDialog

__all__ = ["RepliesDialog"]
