"""Qt's own words that its Spanish catalogue (`qtbase_es.qm`) misses or says in Spain's Spanish.

Qt 6 changed some of its file dialog's labels ("&Look in:", "Files of &type:") and its
Spanish catalogue still holds only the old ones, so the dialog showed them in English; it
also says "fichero" where Colombia says "archivo". Marking the texts here puts them in the
program's own catalogue (context "QFileDialog", as Qt asks for them), which is installed after
Qt's and so is asked first (`translators.install_translators`). Nothing imports these names:
the marks are for the translation tools.
"""

from __future__ import annotations

from masiv_desktop.core.words import QT_TRANSLATE_NOOP

QT_OVERRIDES: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
    QT_TRANSLATE_NOOP("QFileDialog", "File &name:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Show &hidden files"),
    QT_TRANSLATE_NOOP("QFileDialog", "All Files (*)"),
    QT_TRANSLATE_NOOP("QFileDialog", "%1 already exists.\nDo you want to replace it?"),
)
