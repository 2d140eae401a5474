"""The app's remembered settings (QSettings): language, recent files, window layout."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, QSettings

ORGANISATION = "MissionPlanner"
APPLICATION = "Mission Planner"
RECENT_LIMIT = 8


def settings() -> QSettings:
    """The user's settings (an INI file, the same format on every platform)."""
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANISATION,
                     APPLICATION)


def language() -> str:
    """The interface language chosen in Preferences: ``en`` or ``ru``; before any choice,
    Russian on a computer set up in Russian, else English."""
    value = settings().value("language", "")
    if value in ("en", "ru"):
        return str(value)
    return "ru" if _system_is_russian() else "en"


def _system_is_russian() -> bool:
    return QLocale.system().language() == QLocale.Language.Russian


def set_language(code: str) -> None:
    """Remember the interface language (used from the next start)."""
    settings().setValue("language", code)


def recent_files() -> list[Path]:
    """Mission files opened lately, newest first, that still exist."""
    value = settings().value("recent", [])
    names = [value] if isinstance(value, str) else list(value or [])
    return [Path(n) for n in names if n and Path(n).is_file()]


def add_recent_file(path: Path) -> None:
    """Put ``path`` first in the recent files."""
    resolved = str(path.resolve())
    names = [resolved] + [str(p) for p in recent_files() if str(p) != resolved]
    settings().setValue("recent", names[:RECENT_LIMIT])
