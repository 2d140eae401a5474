"""Cell editors: a drop-down list for columns with fixed choices, a line edit otherwise."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from ui.models.filter import TableFilter
from ui.models.table import Column, DomainTableModel

Index = QModelIndex | QPersistentModelIndex


def _column(index: Index) -> Column | None:
    model = index.model()
    if isinstance(model, TableFilter):
        model = model.source
    if isinstance(model, DomainTableModel):
        return model.columns[index.column()]
    return None


class ColumnDelegate(QStyledItemDelegate):
    """Edits each cell as its column's kind says."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: Index) -> QWidget:
        column = _column(index)
        if column is not None and column.kind == "choice" and column.choices is not None:
            combo = QComboBox(parent)
            if column.optional:
                combo.addItem("", None)
            for value, label in column.choices():
                combo.addItem(label, value)
            return combo
        return super().createEditor(parent, option, index)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QComboBox):
            position = editor.findData(index.data(Qt.ItemDataRole.EditRole))
            editor.setCurrentIndex(max(position, 0))
            return
        super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QComboBox):
            value = editor.currentData()
            model.setData(index, "" if value is None else value, Qt.ItemDataRole.EditRole)
            return
        super().setModelData(editor, model, index)
