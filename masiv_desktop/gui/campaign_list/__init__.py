"""The list of campaigns beside the page: its model (state, progress, dates), view (with the
campaign actions' context menu and the Delete key) and deleting a campaign.

May import `core.usertypes` and `gui.labels`; `deletion` also the core's `actions` and the
GUI's `ops`, `confirm` and the campaign header's time format."""
