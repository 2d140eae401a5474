"""An import error as the domain renders it (its summary, then ``  - where: problem`` lines) in
the interface's language, for the message boxes that show one whole.

The summary and each problem are translated by :func:`ui.i18n.domain.tr_domain`; a problem's
place (``list.csv, sheet Stations, row 7, column Latitude``) by its words. A line whose
problem the registry does not know stays English, whole.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ui.i18n import current
from ui.i18n.domain import tr_domain

_PROBLEM = "  - "
_MORE = "  ... and "


def tr_where(where: str) -> str:
    """``list.csv, sheet S, row 7, column C`` with its words translated (names kept)."""
    parts = where.split(", ")
    words = {"sheet ": QCoreApplication.translate("InputErrors", "sheet {sheet}"),
             "row ": QCoreApplication.translate("InputErrors", "row {row}"),
             "column ": QCoreApplication.translate("InputErrors", "column {column}")}
    out = []
    for part in parts:
        for word, translated in words.items():
            if part.startswith(word):
                name = word.strip()
                part = translated.replace("{" + name + "}", part.removeprefix(word))
                break
        out.append(part)
    return ", ".join(out)


def _problem_line(line: str) -> str:
    """``  - where: problem`` translated, trying each ``: `` as the end of the place."""
    body = line.removeprefix(_PROBLEM)
    at = body.find(": ")
    while at >= 0:
        message = body[at + 2:]
        translated = tr_domain(message)
        if translated != message:
            return f"{_PROBLEM}{tr_where(body[:at])}: {translated}"
        at = body.find(": ", at + 2)
    return _PROBLEM + tr_domain(body)


def tr_error(text: str) -> str:
    """A rendered import error (one line or many) in the interface's language."""
    if current() == "en":
        return text
    lines = []
    for line in text.split("\n"):
        if line.startswith(_PROBLEM):
            lines.append(_problem_line(line))
        elif line.startswith(_MORE) and line.endswith(" more"):
            count = line.removeprefix(_MORE).removesuffix(" more")
            lines.append("  " + QCoreApplication.translate("InputErrors", "... and {count} more")
                         .format(count=count))
        else:
            lines.append(tr_domain(line))
    return "\n".join(lines)
