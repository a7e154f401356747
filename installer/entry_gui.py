"""PyInstaller entry of the desktop program (`masiv-desktop`); see masiv_desktop.spec."""

import sys

from masiv_desktop.gui.app import main

if __name__ == "__main__":
    sys.exit(main())
