"""The replay document as Markdown (GitHub tables; nothing a plain reader would not read)."""

from __future__ import annotations

from missionplanner.replay.document import Cell, Section, Table


def to_markdown(title: str, sections: list[Section]) -> str:
    """The whole report."""
    out = [f"# {title}", ""]
    for section in sections:
        out += [f"## {section.title}", ""]
        for paragraph in section.paragraphs:
            out.append(paragraph)
            out.append("")
        out = _tighten(out)
        for table in section.tables:
            out += [f"**{table.title}**", "", *_table(table), ""]
    return "\n".join(out).rstrip() + "\n"


def _tighten(lines: list[str]) -> list[str]:
    """Bullets one under the other (no blank line between list items)."""
    kept: list[str] = []
    for i, line in enumerate(lines):
        if (line == "" and 0 < i < len(lines) - 1 and lines[i - 1].startswith("- ")
                and lines[i + 1].startswith("- ")):
            continue
        kept.append(line)
    return kept


def _table(table: Table) -> list[str]:
    def fmt(value: Cell, column: int) -> str:
        if value is None:
            return "—"
        if column in table.percent and isinstance(value, float):
            return f"{value:.1%}"
        if isinstance(value, float):
            return f"{value:,.1f}"
        if isinstance(value, int):
            return f"{value:,}"
        return value.replace("|", "\\|").replace("\n", " ")

    numeric = [all(isinstance(r[c], int | float) or r[c] is None for r in table.rows)
               for c in range(len(table.headers))]
    lines = ["| " + " | ".join(table.headers) + " |",
             "|" + "|".join("---:" if n and table.rows else "---" for n in numeric) + "|"]
    lines += ["| " + " | ".join(fmt(v, c) for c, v in enumerate(row)) + " |"
              for row in table.rows]
    return lines
