"""The campaign page: its header, progress, the live grid and report tabs, the message bar
(why it paused, what to do), the send confirmation, and the runner that starts, pauses and
follows a campaign (`engine_bridge` drains the engine's events on a timer).

May import the core use cases, `gui.recipients`, `gui.settings` (the password prompt) and the
shared `gui` modules (ops, labels, notice, schedule, ui_state)."""
