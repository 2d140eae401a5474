"""Reading and writing: mission and plan files, spreadsheet import, Excel export."""

from missionplanner.io.atomic import atomic_write_bytes, atomic_write_text
from missionplanner.io.json_files import (
    load_mission,
    load_plan,
    mission_from_json_text,
    save_mission,
    save_plan,
)

__all__ = [
    "atomic_write_bytes",
    "atomic_write_text",
    "load_mission",
    "load_plan",
    "mission_from_json_text",
    "save_mission",
    "save_plan",
]
