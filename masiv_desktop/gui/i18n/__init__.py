"""Translations: choosing the language and installing the program's and Qt's translators
(`translators`), counts and times in the locale (`formats`), and the developers'
lupdate/lrelease wrapper (`tool`) with its check of the Spanish house style (`wording`),
neither bundled.

May import `gui.resources` only."""
