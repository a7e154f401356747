"""The Masiv HTTP API v4 (`sendmessage`, `getMessage`): endpoints and presets, the client
on requests, and reading the gateway's XML answers safely.

May import the `gateway` top level (codes, outcomes, errors) and `core.logs` (redaction).
Qt-free."""
