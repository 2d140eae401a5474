"""Entry point of the built app's ``missionplanner-gui`` (PyInstaller; see docs/packaging.md).

``freeze_support()`` comes first: in the built app every planning process, fork server and
resource tracker is this same executable started again, and PyInstaller's ``freeze_support``
turns such a start into that helper before anything else is imported (on every platform).
"""

import multiprocessing
import sys

if __name__ == "__main__":
    multiprocessing.freeze_support()
    from ui.app import main

    sys.exit(main())
