"""The interface's languages: Qt translation files kept beside this module.

``missionplanner_ru.ts`` is the source (edited with Qt Linguist or by hand, refreshed from the
code with ``make translations``); ``missionplanner_ru.qm`` is its compiled form, committed so
that a fresh checkout needs no Qt tools. English is the language of the code; its file only
holds the plural forms (``%n row(s)`` as ``1 row`` and ``2 rows``).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

FOLDER = Path(__file__).resolve().parent
LANGUAGES = {"en": "English", "ru": "Русский"}
_installed: list[QTranslator] = []
_current = ["en"]


def current() -> str:
    """The language the interface is shown in now."""
    return _current[0]


def install(app: QCoreApplication, code: str) -> bool:
    """Translate the interface into ``code`` (``en`` or ``ru``) and format for its locale.

    Returns False when the language is unknown or its file is missing (English stays).
    """
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    _current[0] = code if code in LANGUAGES else "en"
    locale = QLocale(QLocale.Language.Russian if code == "ru" else QLocale.Language.English,
                     QLocale.Country.Kazakhstan if code == "ru" else QLocale.Country.UnitedKingdom)
    QLocale.setDefault(locale)
    if code not in LANGUAGES:
        return False
    ours = QTranslator(app)
    if not ours.load(str(FOLDER / f"missionplanner_{code}.qm")):
        return False
    app.installTranslator(ours)
    _installed.append(ours)
    if code == "en":
        return True  # English: only the plural forms (1 row, 2 rows)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    return True
