"""Observer languages: any ISO 639 language, by code or by name in English or Russian, from
pycountry's ISO 639-3 tables (with their Russian translations), plus the short forms rosters
use (``рус``, ``каз``, ``қазақ``). Stored as ISO 639-1 codes where a language has one (``ro``,
``hu``, ``hr``), else ISO 639-3 (``sah`` for Yakut)."""

from __future__ import annotations

import gettext
from functools import cache
from typing import Any

import pycountry

from missionplanner.io.vocabulary import LANGUAGES, word_key


def language_code(word: str) -> str | None:
    """The code of the language ``word`` names (``'Romanian'``, ``'румынский'``, ``'rum'``,
    ``'ro'``), or None."""
    key = word_key(word)
    if not key:
        return None
    if key in LANGUAGES:
        return LANGUAGES[key]
    if key in _russian_names():
        return _russian_names()[key]
    try:
        language = pycountry.languages.lookup(word.strip())
    except LookupError:
        return None
    return _code(language)


def _code(language: Any) -> str:
    return str(getattr(language, "alpha_2", None) or language.alpha_3)


@cache
def _russian_names() -> dict[str, str]:
    """``{word key of the Russian name: code}``; languages with an ISO 639-1 code first, so
    that a name two entries share goes to the common language."""
    russian = gettext.translation("iso639-3", pycountry.LOCALES_DIR, languages=["ru"],
                                  fallback=True)  # fmt: skip
    names: dict[str, str] = {}
    ordered = sorted(pycountry.languages, key=lambda lang: getattr(lang, "alpha_2", None) is None)
    for language in ordered:
        translated = russian.gettext(language.name)
        if translated != language.name:
            names.setdefault(word_key(translated), _code(language))
    return names
