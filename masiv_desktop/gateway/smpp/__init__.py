"""SMPP 3.4: the transport (the same `Transport` as HTTP), one bound session with its reader
thread, what a message becomes on the wire, and delivery receipts.

May import the `gateway` top level and the Qt-free leaves `core.text`, `core.logs` and
`core.usertypes` (the part rule decides how a message is cut)."""
