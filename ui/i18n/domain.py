"""The domain's English messages (left-out reasons, notes, re-plan changes) in the UI's language.

A plan stores these texts in English, made by ``missionplanner.messages.say`` from the
registry's templates. :func:`tr_domain` finds the template a text was made from (each
template a regex, compiled once; most specific first), translates the template in the
``DomainMessages`` context and fills the same fields in; fields that are messages of their
own are translated in turn. A text no template makes is shown as it is. Results are cached per
text and language (a dashboard shows thousands of left-out rows).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from PySide6.QtCore import QCoreApplication

from missionplanner.messages import TEMPLATES, Template
from missionplanner.model import Mission
from ui.i18n import current

CONTEXT = "DomainMessages"
_FIELD = re.compile(r"\{(\w+)\}")


@dataclass(frozen=True)
class _Pattern:
    template: Template
    regex: re.Pattern[str]


def _regex(template: Template) -> re.Pattern[str]:
    """``no team is deployed to {area}`` -> ``^no team is deployed to (?P<area>.+?)$``."""
    out, at, seen = [], 0, set()
    for match in _FIELD.finditer(template.text):
        out.append(re.escape(template.text[at:match.start()]))
        name = match.group(1)
        out.append(f"(?P={name})" if name in seen else f"(?P<{name}>.+?)")
        seen.add(name)
        at = match.end()
    out.append(re.escape(template.text[at:]))
    return re.compile("^" + "".join(out) + "$", re.DOTALL)


@cache
def _patterns() -> tuple[_Pattern, ...]:
    """Most specific first: the most literal text, then the fewest fields."""
    def literal(t: Template) -> int:
        return len(_FIELD.sub("", t.text))
    ordered = sorted(TEMPLATES, key=lambda t: (-literal(t), len(t.fields), t.text))
    return tuple(_Pattern(t, _regex(t)) for t in ordered)


def match(text: str) -> tuple[Template, dict[str, str]] | None:
    """The template ``text`` was made from, and its fields; None when no template makes it."""
    return next(matches(text), None)


def matches(text: str) -> Iterator[tuple[Template, dict[str, str]]]:
    """Every template that makes ``text``, most specific first."""
    for pattern in _patterns():
        found = pattern.regex.match(text)
        if found:
            yield pattern.template, found.groupdict()


Names = frozenset[tuple[str, str]]
"""Names to show otherwise (a region's English name -> its name in the UI's language)."""


def region_names(mission: Mission | None) -> Names:
    """Each region's English name -> its Russian one, when the UI is Russian and the mission
    gives it (the reasons name areas by the region's English name)."""
    if mission is None or current() != "ru":
        return frozenset()
    return frozenset((r.name, r.name_ru) for r in mission.regions
                     if r.name_ru and r.name_ru != r.name)


def tr_domain(text: str, names: Names = frozenset()) -> str:
    """``text`` in the interface's language (unchanged when English or not recognised).

    A field that is (or lists, ``; ``-separated) one of ``names`` is shown by its other name;
    make ``names`` once per mission (a frozenset hashes once, so the cache stays cheap).
    """
    if current() == "en":
        return text
    return _translated(text, current(), names)


@cache
def _translated(text: str, language: str, names: Names) -> str:
    translated = _known(text, dict(names))
    return text if translated is None else translated


def _renamed(value: str, names: dict[str, str]) -> str:
    if not names:
        return value
    return "; ".join(names.get(part, part) for part in value.split("; "))


def _known(text: str, names: dict[str, str]) -> str | None:
    """``text`` translated, or None when it (or a message nested in it) is not recognised:
    a text is translated whole or not at all, never half English and half Russian."""
    for template, fields in matches(text):
        inner = {name: _known(fields[name], names) for name in template.nested}
        if None in inner.values():
            continue  # another reading of the text may be the right one
        fields = {name: _renamed(value, names) for name, value in fields.items()}
        fields |= {name: value for name, value in inner.items() if value is not None}
        translated = QCoreApplication.translate(CONTEXT, template.text, template.note or None)
        try:
            return translated.format(**fields)
        except (KeyError, IndexError, ValueError):  # a broken translation: the English text
            return template.text.format(**fields)
    parts = text.split("; ")  # a list of messages (the disruptions of a re-plan)
    if len(parts) == 1:
        return None
    known = [_known(p, names) for p in parts]
    return None if None in known else "; ".join(k for k in known if k is not None)
