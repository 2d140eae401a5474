"""docs/formats.md describes the models as they are."""

from __future__ import annotations

from pathlib import Path

from missionplanner.io.format_doc import example_mission, render_formats_document

ROOT = Path(__file__).resolve().parents[2]


def test_formats_document_is_current() -> None:
    """Regenerating the document changes nothing (run scripts/write_formats_doc.py if so)."""
    assert (ROOT / "docs" / "formats.md").read_text("utf-8") == render_formats_document()


def test_every_field_is_explained() -> None:
    """No row of the reference leaves the meaning column empty."""
    empty = [line for line in render_formats_document().splitlines() if line.endswith("|  |")]
    assert empty == []


def test_documented_example_is_valid() -> None:
    """The example in the document is a valid mission."""
    assert example_mission().stations[0].flags[0].irregularity == "ballot stuffing"


def test_documented_example_loads_as_a_file() -> None:
    """The JSON shown in the document is a valid mission file (hours and country stated)."""
    from missionplanner.io.format_doc import example_json
    from missionplanner.io.json_files import mission_from_json_text

    assert mission_from_json_text(example_json()).settings.polling_opens.hour == 7
