"""The desktop program (PySide6). Only this package imports Qt; it runs the core's functions
through `gui.ops` and shows their results."""

from masiv_desktop.gui import qtfix

qtfix.apply()
