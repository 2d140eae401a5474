"""Entry point of the built app's ``missionplanner`` command (PyInstaller; see docs/packaging.md).

``freeze_support()`` comes first: the planning workers and their fork server are this same
executable started again (see ``missionplanner_gui.py``).
"""

import multiprocessing
import sys

if __name__ == "__main__":
    multiprocessing.freeze_support()
    from missionplanner.cli.main import main

    sys.exit(main())
