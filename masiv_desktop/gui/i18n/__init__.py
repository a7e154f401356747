"""Translations: choosing the language and installing the program's and Qt's translators
(`translators`), and the developers' lupdate/lrelease wrapper (`tool`, not bundled).

May import `gui.resources` only."""
