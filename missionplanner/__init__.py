"""Mission Planner's domain: missions, plans, their files, import/export, planning, the CLI.

Never imports Qt (the desktop app lives in ``ui``).
"""

__version__ = "0.1.0"
