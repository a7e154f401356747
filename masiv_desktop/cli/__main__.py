import sys

from masiv_desktop.cli import main

sys.exit(main())
