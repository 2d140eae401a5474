"""Qt's own texts that Qt's Russian file misses, translated in ours.

Qt's file dialog (the one Qt draws where the desktop has no native one, as on a bare Linux
session) labels its fields ``&Look in:`` and ``Files of &type:``; ``qtbase_ru.qm`` translates
them only without the ``&`` (``Look in:``), so they showed in English. Listed here so that
lupdate puts them in our ``.ts``; Qt asks our translator when its own has no entry.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

FILE_DIALOG = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)
