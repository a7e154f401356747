"""The store: the SQLite file (schema, migrations), campaigns and their recipients, message
parts, the send journal (claim → send → record), and the rows the live grid reads.

May import `core.usertypes`, `core.reasons` and `core.lists.cells` (how a list's typed cells
are kept) only; everything above it (law, engine, reports, use cases)
reaches the database through here. Qt-free."""
