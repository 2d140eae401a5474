"""The table adapter every domain table shares: columns, display, editing, sorting, filtering.

A subclass says which rows the document gives (:meth:`DomainTableModel.collect`) and which
columns it has; this class turns them into Qt's model API. Rows are domain objects kept in
display order; when the document changes, rows with the same ids are updated in place (one
``dataChanged``), otherwise the model resets. Sorting happens here (one Python sort of the row
list, not a comparison per pair through ``data()``), filtering in
:class:`~ui.models.filter.TableFilter`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, time
from enum import Enum
from typing import Any, Literal

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)

from missionplanner.errors import MissionPlannerError
from ui.document import Document
from ui.i18n.errors import error_text

Index = QModelIndex | QPersistentModelIndex
Kind = Literal["text", "int", "float", "choice", "bool", "time", "list", "date"]
SortKeyRole = Qt.ItemDataRole.UserRole + 1
"""The raw value of a cell (numbers as numbers), for tests and exports."""
_ROLES = frozenset(int(r) for r in (
    Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.CheckStateRole,
    Qt.ItemDataRole.TextAlignmentRole, SortKeyRole))
_TIME = re.compile(r"^\s*(\d{1,2})[:.](\d{2})\s*$")


def translate(context: str, text: str) -> str:
    """Qt's translation of an English text marked with ``QT_TRANSLATE_NOOP``."""
    return QCoreApplication.translate(context, text)


def column_text(text: str) -> str:
    """A column's title or tooltip, translated. They are marked with ``QT_TR_NOOP`` where
    the columns are listed, which lupdate files under the empty context."""
    return QCoreApplication.translate("", text)


@dataclass(frozen=True)
class Column:
    """One column: its English title (marked for translation) and how to read a row."""

    title: str
    value: Callable[[Any], object]
    field: str | None = None
    """The domain field a cell edit changes; None: read-only."""
    kind: Kind = "text"
    choices: Callable[[], Sequence[tuple[str, str]]] | None = None
    """``(value, label)`` pairs a choice column offers (labels already translated)."""
    optional: bool = False
    """An empty cell means "not given" (None) rather than an empty text."""
    tooltip: str = ""


@dataclass(frozen=True)
class FilterSpec:
    """A filter the panel offers above the table: a combo box of named choices."""

    key: str
    label: str
    choices: Sequence[tuple[str, str]] = field(default_factory=tuple)
    """``(value, label)``; the first is "everything"."""


class DomainTableModel(QAbstractTableModel):
    """Rows of domain objects with typed columns; subclasses give :meth:`collect`."""

    rejected = Signal(str)
    """An edit was refused: the reason, in words, for the panel's message bar."""

    def __init__(self, document: Document, columns: Sequence[Column]) -> None:
        super().__init__()
        self.document = document
        self.columns = list(columns)
        self._rows: list[Any] = []
        self._row_of: dict[str, int] = {}
        self._search: dict[int, str] = {}
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self._source: tuple[object, ...] | None = None
        self.locale = QLocale()
        self.defer: Callable[[], bool] | None = None
        """When it says so (the table is not shown), a change is taken in on the next turn of
        the event loop, not at once: applying a plan then stalls the window once, briefly,
        instead of once for every table."""
        self.defer_ms = 0
        """How long a deferred change waits: the window staggers its hidden tables so that
        each takes its turn of the event loop alone, with a repaint between them."""
        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.timeout.connect(self.refresh)
        document.missionChanged.connect(self._document_changed)
        document.planChanged.connect(self._document_changed)
        self.refresh()

    # -- what subclasses give --------------------------------------------------------------
    def collect(self) -> list[Any]:
        """The rows the document has now (in their natural order)."""
        raise NotImplementedError

    def rows_source(self) -> tuple[object, ...] | None:
        """The objects the rows come from (e.g. the mission's station list): while they are
        the same objects, a document change only touches other columns (a new plan: the
        Planned column), and the rows are not collected and compared again."""
        return None

    def key(self, item: Any) -> str:
        """A row's identity across document changes."""
        return str(item.id)

    def label(self, item: Any) -> str:
        """The row in words, for Edit ▸ Undo and messages."""
        return self.key(item)

    def prepare(self) -> None:
        """Rebuild lookups (names, counts) from the document before rows are read."""

    def can_edit(self, item: Any, column: Column) -> bool:
        """Whether this cell may be edited (the column has a field by default)."""
        return column.field is not None

    def commit(self, item: Any, column: Column, value: object) -> None:
        """Push the command that changes ``column.field`` of ``item`` (raises when refused)."""
        raise NotImplementedError

    def filters(self) -> list[FilterSpec]:
        """The filters the panel shows."""
        return []

    def accepts(self, item: Any, filters: dict[str, str]) -> bool:
        """Whether a row passes the chosen filter values (``""`` means any)."""
        return True

    # -- rows ------------------------------------------------------------------------------
    def _document_changed(self, _new: object = None) -> None:
        if self.defer is not None and self.defer():
            self._later.start(self.defer_ms)
        else:
            self.refresh()

    def flush(self) -> None:
        """Take in a deferred change now (before reading rows outside a view)."""
        if self._later.isActive():
            self.refresh()

    def refresh(self) -> None:
        """Follow the document: update rows in place when the ids are the same, else reset."""
        self._later.stop()
        self.locale = QLocale()
        self.prepare()
        source = self.rows_source()
        if source is not None and self._source is not None and len(source) == len(
                self._source) and all(a is b for a, b in zip(source, self._source,
                                                              strict=True)):
            if self._rows:
                self._search.clear()
                self.dataChanged.emit(self.index(0, 0),
                                      self.index(len(self._rows) - 1, len(self.columns) - 1))
            return
        self._source = source
        new = self.collect()
        keys = [self.key(item) for item in new]
        if len(keys) == len(self._rows) and set(keys) == set(self._row_of):
            by_key = dict(zip(keys, new, strict=True))
            for row, old in enumerate(self._rows):
                item = by_key[self.key(old)]
                if item is not old:
                    self._rows[row] = item
                    self._search.pop(row, None)
            if self._rows:
                self.dataChanged.emit(self.index(0, 0),
                                      self.index(len(self._rows) - 1, len(self.columns) - 1))
            return
        self.beginResetModel()
        self._rows = new
        self._search.clear()
        if self._sort is not None:
            self._rows.sort(key=self._sort_key(self._sort[0]),
                            reverse=self._sort[1] == Qt.SortOrder.DescendingOrder)
        self._row_of = {self.key(item): row for row, item in enumerate(self._rows)}
        self.endResetModel()

    def item(self, row: int) -> Any:
        """The domain object of a row."""
        return self._rows[row]

    def row_of(self, key: str) -> int | None:
        """The row showing the object with this key, if any."""
        self.flush()
        return self._row_of.get(key)

    def display_text(self, row: int, column: int) -> str:
        """What a cell shows (without going through ``data()``)."""
        return self._display(self._rows[row], self.columns[column])

    def search_text(self, row: int) -> str:
        """Everything a row shows, folded to lower case, for the search box."""
        text = self._search.get(row)
        if text is None:
            item = self._rows[row]
            text = " ".join(self._display(item, c) for c in self.columns).casefold()
            self._search[row] = text
        return text

    # -- Qt's model API --------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or section >= len(self.columns):
            return None
        column = self.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return column_text(column.title)
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip:
            return column_text(column.tooltip)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role not in _ROLES or not index.isValid():
            return None  # fonts, colours, icons...: asked for every painted cell
        item, column = self._rows[index.row()], self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return "" if column.kind == "bool" else self._display(item, column)
        if role == Qt.ItemDataRole.EditRole:
            return self._edit_value(item, column)
        if role == Qt.ItemDataRole.CheckStateRole and column.kind == "bool":
            checked = bool(column.value(item))
            return Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.TextAlignmentRole and column.kind in ("int", "float"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == SortKeyRole:
            return column.value(item)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        column = self.columns[index.column()]
        if self.can_edit(self._rows[index.row()], column):
            if column.kind == "bool":
                return base | Qt.ItemFlag.ItemIsUserCheckable
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        item, column = self._rows[index.row()], self.columns[index.column()]
        if not self.can_edit(item, column):
            return False
        if column.kind == "bool" and role == Qt.ItemDataRole.CheckStateRole:
            new: object = _checked(value)
        elif role == Qt.ItemDataRole.EditRole:
            try:
                new = self.parse(column, value)
            except ValueError as exc:
                self._refuse(item, column, str(exc))
                return False
        else:
            return False
        if new == column.value(item):
            return True
        try:
            self.commit(item, column, new)
        except MissionPlannerError as exc:
            self._refuse(item, column, error_text(exc))
            return False
        return True

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the rows by a column's raw values (empty cells last)."""
        if not 0 <= column < len(self.columns):
            return
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        keys = [self.key(self._rows[i.row()]) for i in persistent]
        self._rows.sort(key=self._sort_key(column),
                        reverse=order == Qt.SortOrder.DescendingOrder)
        self._row_of = {self.key(item): row for row, item in enumerate(self._rows)}
        self._search.clear()
        self.changePersistentIndexList(
            persistent,
            [self.index(self._row_of[k], i.column()) for k, i in zip(keys, persistent,
                                                                      strict=True)])
        self.layoutChanged.emit()

    # -- values ----------------------------------------------------------------------------
    def _sort_key(self, column: int) -> Callable[[Any], tuple[bool, Any]]:
        spec = self.columns[column]
        labels = dict(spec.choices()) if spec.kind == "choice" and spec.choices else None

        def key(item: Any) -> tuple[bool, Any]:
            value = spec.value(item)
            if isinstance(value, Enum):
                value = value.value
            if labels is not None and value is not None:
                value = labels.get(value, value)
            if isinstance(value, list):
                value = ", ".join(map(str, value))
            if isinstance(value, str):
                value = value.casefold()
            return (value is None or value == "", value if value is not None else 0)

        return key

    def _display(self, item: Any, column: Column) -> str:
        value = column.value(item)
        if value is None:
            return ""
        if column.kind == "int" and isinstance(value, int):
            return self.locale.toString(value)
        if column.kind == "float" and isinstance(value, float):
            return self.locale.toString(value, "f", 4)
        if column.kind == "time" and isinstance(value, time):
            return f"{value:%H:%M}"
        if column.kind == "date" and isinstance(value, date):
            return self.locale.toString(QDate(value.year, value.month, value.day),
                                        QLocale.FormatType.ShortFormat)
        if column.kind == "choice":
            return self._choice_label(column, value.value if isinstance(value, Enum) else value)
        if isinstance(value, list | tuple):
            return ", ".join(map(str, value))
        return str(value)

    def _choice_label(self, column: Column, value: object) -> str:
        if column.choices is not None:
            for choice, label in column.choices():
                if choice == value:
                    return label
        return str(value)

    def _edit_value(self, item: Any, column: Column) -> object:
        value = column.value(item)
        if column.kind == "choice":
            return value.value if isinstance(value, Enum) else value
        if column.kind == "int" and value is not None:
            return value
        if column.kind == "float" and isinstance(value, float):
            return repr(value)  # as stored: a spin box would round to two decimals
        if column.kind == "time":
            return f"{value:%H:%M}" if isinstance(value, time) else ""
        if isinstance(value, list | tuple):
            return ", ".join(map(str, value))
        return "" if value is None else str(value)

    def parse(self, column: Column, value: object) -> object:
        """A cell's new text as the field's value (``ValueError`` in words when it is not)."""
        text = value.strip() if isinstance(value, str) else value
        if text == "" or text is None:
            if column.optional:
                return None
            if column.kind in ("text", "list"):
                return [] if column.kind == "list" else ""
            raise ValueError(translate("Columns", "a value is required"))
        if column.kind == "int":
            try:
                return int(str(text).replace(" ", "").replace("\u00a0", "").replace(",", ""))
            except ValueError:
                raise ValueError(translate("Columns", "expected a whole number")) from None
        if column.kind == "float":
            try:
                return float(str(text).replace(",", "."))
            except ValueError:
                raise ValueError(translate("Columns", "expected a number")) from None
        if column.kind == "time":
            match = _TIME.match(str(text))
            if match is None or int(match[1]) > 23 or int(match[2]) > 59:
                raise ValueError(translate("Columns", "expected a time HH:MM"))
            return time(int(match[1]), int(match[2]))
        if column.kind == "list":
            return [part.strip() for part in str(text).split(",") if part.strip()]
        return text

    def _refuse(self, item: Any, column: Column, why: str) -> None:
        self.rejected.emit(translate("Columns", "{column} of {item} not changed: {why}").format(
            column=column_text(column.title), item=self.label(item), why=why))


def _checked(value: object) -> bool:
    if isinstance(value, Qt.CheckState):
        return value == Qt.CheckState.Checked
    return value == Qt.CheckState.Checked.value or value is True
