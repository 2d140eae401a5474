"""Regenerate docs/formats.md from the models (run after changing a model's fields)."""

from pathlib import Path

from missionplanner.io.format_doc import render_formats_document

if __name__ == "__main__":
    target = Path(__file__).resolve().parents[1] / "docs" / "formats.md"
    target.write_text(render_formats_document(), "utf-8")
    print(f"wrote {target}")
