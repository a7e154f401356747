"""PyInstaller entry of the command line (`masiv`), built beside the desktop program."""

import sys

from masiv_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
