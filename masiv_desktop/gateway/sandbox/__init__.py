"""The sandbox gateway on 127.0.0.1: the documented HTTP API (`server`), a test SMSC over
SMPP (`smsc`), and what both share: accounts, credits, statuses over time (`state`), the
accepted-message log (`store`) and the fault knobs (`faults`).

May import the `gateway` top level and `gateway.smpp` (PDUs and receipts); nothing of `core`.
Qt-free."""
