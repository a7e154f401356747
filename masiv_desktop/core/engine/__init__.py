"""The campaign run: claim → send → record on worker threads, status polls and SMPP
receipts, the rate, the contact window at run time, pause/resume/cancel, and the events the
front ends drain.

May import `core.store`, `core.law`, `core.usertypes` and the `gateway` (through its
`Transport` protocol and outcome types); never `reports`, `settings` or the use cases. Qt-free.
`run.py` is the public side (`CampaignRun`); `sender.py` and `poller.py` hold the pure decisions."""
