"""Texts the views translate through a helper function, listed here so that lupdate finds them.

``ui/views/describe.py`` calls ``QCoreApplication.translate("describe", text)`` through a
wrapper, which lupdate cannot follow; marking the same texts here puts them in the ``.ts``
files (and keeps them there when ``make translations`` drops texts no longer in the code).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

DESCRIBE = (
    QT_TRANSLATE_NOOP("describe", "opening"),
    QT_TRANSLATE_NOOP("describe", "voting"),
    QT_TRANSLATE_NOOP("describe", "closing"),
    QT_TRANSLATE_NOOP("describe", "counting"),
    QT_TRANSLATE_NOOP("describe", "protocol trip"),
    QT_TRANSLATE_NOOP("describe", "pre-election visit"),
    QT_TRANSLATE_NOOP("describe", "Station"),
    QT_TRANSLATE_NOOP("describe", "unknown"),
    QT_TRANSLATE_NOOP("describe", "Voters"),
    QT_TRANSLATE_NOOP("describe", "Location approximate"),
    QT_TRANSLATE_NOOP("describe", "Not in the plan"),
    QT_TRANSLATE_NOOP("describe", "arrives"),
    QT_TRANSLATE_NOOP("describe", "visited"),
    QT_TRANSLATE_NOOP("describe", "({0} min late)"),
    QT_TRANSLATE_NOOP("describe", "({0} min early)"),
    QT_TRANSLATE_NOOP("describe", "Stop"),
    QT_TRANSLATE_NOOP("describe", "regular"),
    QT_TRANSLATE_NOOP("describe", "closed"),
    QT_TRANSLATE_NOOP("describe", "abroad"),
)
