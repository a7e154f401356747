"""The delivery report of one campaign: the Excel file a manager opens (summary, chart,
recipients, refused rows) and the CSV other systems read, their words and figures.

May import `core.store`, `core.law`, `core.usertypes`, `core.words`, `core.reasons`,
`core.lists` (a list's typed cells, why a row was refused) and `gateway.codes`; reads the store,
never writes it. Qt-free."""
