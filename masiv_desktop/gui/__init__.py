"""The desktop program (PySide6). Only this package imports Qt; it runs the core's functions
through `gui.ops` and shows their results.

One package per screen or job: `campaign` (the campaign page, its runner and report),
`campaign_list`, `recipients` (the live grid), `message` (the editor), `settings`,
`new_campaign` (the wizard) and `i18n`; the main window, start-up (`app`, `launch`,
`self_test`), `ops` and widgets several screens share stay at this level."""

from masiv_desktop.gui import qtfix

qtfix.apply()
