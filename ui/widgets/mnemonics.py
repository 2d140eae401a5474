"""Keyboard mnemonics for menu entries made from titles (docks, tabs) and for dialogs' fields,
in any language.

Entries such as a dock's "Map" come from texts without an ``&``; KDE adds the missing
mnemonics itself (KAcceleratorManager), Qt does not. Here each such entry gets the first
letter not yet taken in its menu, preferring the first letter of a word.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QDialog,
    QFileDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QWidget,
    QWizard,
    QWizardPage,
)


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


def add_dialog_mnemonics(root: QWidget, taken: set[str] | None = None) -> None:
    """Give a dialog's field labels (those with a buddy), check boxes, radio buttons and push
    buttons a free mnemonic each, as KDE's KAcceleratorManager does: Alt+letter reaches every
    field of a form in any language, without a translator placing ``&`` by hand."""
    labels = [w for w in root.findChildren(QLabel) if w.text() and _leads_to_a_field(w)
              and w.textFormat() != Qt.TextFormat.RichText]
    buttons = [w for w in root.findChildren(QAbstractButton)
               if isinstance(w, QCheckBox | QRadioButton | QPushButton) and w.text()]
    taken = set() if taken is None else taken
    taken |= {m for w in [*labels, *buttons] if (m := mnemonic_of(w.text()))}
    for widget in [*labels, *[b for b in buttons if not isinstance(b, QPushButton)],
                   *[b for b in buttons if isinstance(b, QPushButton)]]:
        text = with_mnemonic(widget.text(), taken)
        if text != widget.text():
            widget.setText(text)


def _leads_to_a_field(label: QLabel) -> bool:
    """A label whose buddy can take the focus (not a read-only text beside it)."""
    buddy = label.buddy()
    return buddy is not None and buddy.focusPolicy() != Qt.FocusPolicy.NoFocus


class MnemonicsOnShow(QObject):
    """Installed on the application: every dialog (and wizard page) gets its mnemonics when
    shown. Qt's own file and message dialogs are left as Qt made them."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show:
            if isinstance(watched, QWizardPage):
                wizard = watched.wizard()
                taken = {m for b in wizard.findChildren(QAbstractButton)
                         if (m := mnemonic_of(b.text()))} if wizard else set()
                add_dialog_mnemonics(watched, taken)
            elif isinstance(watched, QDialog) and not isinstance(
                    watched, QFileDialog | QMessageBox | QWizard):
                add_dialog_mnemonics(watched)
        return False


def field_label(text: str, field: QWidget) -> QLabel:
    """A label for ``field`` in a layout of its own making (a grid, a row), whose Alt+letter
    (given on show) moves the focus to ``field``, as a form row's label does."""
    made = QLabel(text)
    made.setBuddy(field)
    return made
