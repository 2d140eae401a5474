"""The domain's errors in the interface's language, for message boxes and status messages.

An error of the domain (:class:`~missionplanner.errors.MissionPlannerError`) says in English
what went wrong, made from the templates of ``missionplanner.messages`` (the command line
shows it as it is). :func:`error_text` shows it in the interface's language: an
:class:`~missionplanner.errors.InputError` problem by problem (the place in words, then the
problem, each translated); any other error line by line through :func:`tr_domain`, since an
error that comes back from a worker process arrives as text only (:func:`error_lines`).
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from missionplanner.errors import InputError, InputProblem
from missionplanner.messages import app_errors as e
from missionplanner.messages import say
from ui.i18n import current
from ui.i18n.domain import Names, tr_domain

CONTEXT = "Errors"
LIMIT = 200
"""Problems shown at most (as :meth:`InputError.render`)."""

_MORE = re.compile(r"^  \.\.\. and (\d+) more$")
_PLACE = (("sheet ", "sheet {sheet}"), ("row ", "row {row}"), ("column ", "column {column}"))


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def error_text(error: BaseException, names: Names = frozenset()) -> str:
    """What ``error`` says, in the interface's language (its English text when English)."""
    if isinstance(error, InputError):
        lines = [tr_domain(error.summary, names)]
        lines += [f"  - {problem_text(p, names)}" for p in error.problems[:LIMIT]]
        if len(error.problems) > LIMIT:
            lines.append(_more(len(error.problems) - LIMIT))
        return "\n".join(lines)
    if isinstance(error, OSError) and error.strerror:
        return error_lines(os_error_text(error), names)
    return error_lines(str(error), names)


def os_error_text(error: OSError) -> str:
    """An operating system's error in English: the file and why (``e.AT``)."""
    why = error.strerror or str(error)
    return say(e.AT, field=error.filename, message=why) if error.filename else why


def problem_text(problem: InputProblem, names: Names = frozenset()) -> str:
    """``stations.xlsx, sheet Stations, row 7, column Latitude: expected a number``."""
    where = ", ".join(_place_parts(problem))
    message = tr_domain(problem.message, names)
    return f"{where}: {message}" if where else message


def _place_parts(problem: InputProblem) -> list[str]:
    parts: list[str] = []
    if problem.file:
        parts.append(problem.file)
    if problem.sheet:
        parts.append(_tr("sheet {sheet}").format(sheet=problem.sheet))
    if problem.row is not None:
        parts.append(_tr("row {row}").format(row=problem.row))
    if problem.column:
        parts.append(_tr("column {column}").format(column=problem.column))
    if problem.path:
        parts.append(problem.path)
    return parts


def _more(count: int) -> str:
    return "  " + _tr("... and {count} more").format(count=count)


def error_lines(text: str, names: Names = frozenset()) -> str:
    """An error's English text (e.g. from a worker process) in the interface's language, line
    by line: a ``  - place: problem`` line has its place and its problem translated."""
    if current() == "en":
        return text
    out = []
    for line in text.split("\n"):
        more = _MORE.match(line)
        if more:
            out.append(_more(int(more.group(1))))
        elif line.startswith("  - "):
            out.append("  - " + _problem_line(line[4:], names))
        else:
            out.append(tr_domain(line, names))
    return "\n".join(out)


def _problem_line(text: str, names: Names) -> str:
    """``place: problem`` (or only a problem) with both translated, when the problem is
    recognised; else as it is."""
    at = text.find(": ")
    while at != -1:  # a place with words in it (sheet, row, column), then a known problem
        place, message = text[:at], text[at + 2:]
        translated = tr_domain(message, names)
        if translated != message and _place(place) != place:
            return f"{_place(place)}: {translated}"
        at = text.find(": ", at + 2)
    return tr_domain(text, names)  # a problem, or a file or JSON path and a problem


def _place(where: str) -> str:
    """``a.xlsx, sheet S, row 7`` with the words translated (names and paths kept)."""
    out = []
    for part in where.split(", "):
        for prefix, template in _PLACE:
            if part.startswith(prefix):
                field = template[template.index("{") + 1:-1]
                part = _tr(template).format(**{field: part[len(prefix):]})
                break
        out.append(part)
    return ", ".join(out)


def texts() -> tuple[str, ...]:
    """The texts of this module, for lupdate (never called)."""
    return (QCoreApplication.translate("Errors", "sheet {sheet}"),
            QCoreApplication.translate("Errors", "row {row}"),
            QCoreApplication.translate("Errors", "column {column}"),
            QCoreApplication.translate("Errors", "... and {count} more"))
