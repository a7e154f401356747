"""The list of campaigns beside the page: its model (state, progress, dates) and view.

May import `core.usertypes` and `gui.labels`."""
