"""The settings dialog (account, gateway, SMPP fields, language) and the password prompt
for computers without a keyring.

May import `core.settings`, `core.usertypes` and `gui.ops`."""
