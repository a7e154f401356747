"""The message editor: live characters, encoding and parts, highlighted offenders, smart
encoding, merge-field buttons, the per-recipient preview, and a test to one's own number.

May import `core.text`, `core.lists` (phones), `core.law`, `core.settings`,
`core.test_message` and the shared `gui` modules."""
