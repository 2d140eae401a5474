"""Keyboard mnemonics for menu entries made from titles (docks, tabs), in any language.

Entries such as a dock's "Map" come from texts without an ``&``; KDE adds the missing
mnemonics itself (KAcceleratorManager), Qt does not. Here each such entry gets the first
letter not yet taken in its menu, preferring the first letter of a word.
"""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu


def mnemonic_of(text: str) -> str:
    """The letter after ``&`` in ``text`` (lower case), or ""."""
    at = text.replace("&&", "").find("&")
    plain = text.replace("&&", "")
    return plain[at + 1].lower() if 0 <= at < len(plain) - 1 else ""


def with_mnemonic(text: str, taken: set[str]) -> str:
    """``text`` with an ``&`` before a free letter (word starts first); unchanged when it has
    one or no letter is free."""
    if mnemonic_of(text):
        return text
    starts = [i for i, c in enumerate(text) if c.isalpha() and (i == 0 or not text[i - 1]
                                                                 .isalpha())]
    others = [i for i, c in enumerate(text) if c.isalpha() and i not in starts]
    for i in starts + others:
        if text[i].lower() not in taken:
            taken.add(text[i].lower())
            return text[:i] + "&" + text[i:]
    return text


def add_mnemonics(menu: QMenu) -> None:
    """Give every entry of ``menu`` without a mnemonic a free one."""
    actions: list[QAction] = [a for a in menu.actions() if not a.isSeparator()]
    taken = {m for a in actions if (m := mnemonic_of(a.text()))}
    for action in actions:
        text = with_mnemonic(action.text(), taken)
        if text != action.text():
            action.setText(text)
