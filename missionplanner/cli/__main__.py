"""``python -m missionplanner.cli``: the same as the ``missionplanner`` command."""

import sys

from missionplanner.cli.main import main

if __name__ == "__main__":
    sys.exit(main())
