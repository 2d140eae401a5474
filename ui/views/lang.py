"""The interface language for data shown in the views: Russian names when it is Russian.

:func:`ui.i18n.install` sets the default locale with the translation, so the views ask the
locale rather than keeping a language of their own.
"""

from __future__ import annotations

from typing import Literal

from PySide6.QtCore import QLocale

from missionplanner.model import Region


def language() -> Literal["en", "ru"]:
    """``ru`` when the interface is in Russian, else ``en``."""
    return "ru" if QLocale().language() == QLocale.Language.Russian else "en"


def region_name(region: Region) -> str:
    """A region's name in the interface language (its Russian name when there is one)."""
    if language() == "ru" and region.name_ru:
        return region.name_ru
    return region.name
