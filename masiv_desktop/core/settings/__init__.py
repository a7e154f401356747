"""Settings and the account: every setting declared once (options: type, default, parser,
check, description), the settings file, the SMPP settings' checks, where files live (paths),
the password in the OS keyring (credentials), and opening the gateway the account describes.

May import `core.law` (the contact window setting), `core.logs`, `core.usertypes` and the
`gateway` (to open it); never the engine, reports or use cases. Qt-free."""
