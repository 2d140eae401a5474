"""A table with its search box, filters, row count and message bar: one tab of the workspace."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, QSize, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.models.filter import TableFilter
from ui.models.table import DomainTableModel
from ui.widgets.delegates import ColumnDelegate
from ui.widgets.message_bar import Level, MessageBar

_WIDEST_COLUMN = 320
_SIZE_SAMPLE_ROWS = 80


class FilterBox(QComboBox):
    """A filter: as wide as its "All …" choice when there is room, narrower when not (the
    list always shows the whole texts)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(8)

    def sizeHint(self) -> QSize:
        """Room for the first choice's whole text."""
        hint = super().sizeHint()
        if self.count():
            metrics = self.fontMetrics()
            extra = metrics.horizontalAdvance(self.itemText(0)) - metrics.horizontalAdvance(
                "x" * self.minimumContentsLength())
            hint.setWidth(hint.width() + max(0, extra) + 4)
        return hint


class TablePanel(QWidget):
    """Shows one :class:`DomainTableModel` through a :class:`TableFilter`."""

    def __init__(self, model: DomainTableModel, search_hint: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        model.defer = lambda: self.window().isVisible() and not self.isVisible()
        self.proxy = TableFilter(model)
        self.search = QLineEdit()
        self.search.setPlaceholderText(search_hint)
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(self.search.fontMetrics().horizontalAdvance("x" * 16))
        self.search.textChanged.connect(self._search_changed)
        self.count = QLabel()
        self.count.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.count.setStyleSheet("color: palette(placeholder-text);")
        self.messages = MessageBar()
        self.view = QTableView()
        self.view.setModel(self.proxy)
        self.view.installEventFilter(self)
        self.view.setItemDelegate(ColumnDelegate(self.view))
        self.view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.view.setSortingEnabled(True)
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setDefaultSectionSize(
            self.view.fontMetrics().height() + 8)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setResizeContentsPrecision(_SIZE_SAMPLE_ROWS)
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.filter_boxes: dict[str, QComboBox] = {}
        self.filter_row = QHBoxLayout()
        self.filter_row.setContentsMargins(0, 0, 0, 0)
        self.filter_row.addWidget(self.search, 1)
        self.second_row = QHBoxLayout()
        """The filters, under the search box when one row would cut their texts."""
        self.second_row.setContentsMargins(0, 0, 0, 0)
        self._filter_keys: list[str] = []
        self._two_rows: bool | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(self.filter_row)
        layout.addLayout(self.second_row)
        layout.addWidget(self.messages)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count)
        model.rejected.connect(lambda text: self.messages.show_message(text, Level.ERROR))
        model.modelReset.connect(self._after_reset)
        model.dataChanged.connect(self._update_count)
        self.proxy.rowsInserted.connect(self._update_count)
        self.proxy.rowsRemoved.connect(self._update_count)
        self.proxy.layoutChanged.connect(self._update_count)
        self.proxy.modelReset.connect(self._update_count)
        self._after_reset()

    def showEvent(self, event: object) -> None:  # type: ignore[override]
        """Shown again: take in what changed while hidden."""
        self.model.flush()
        super().showEvent(event)  # type: ignore[arg-type]

    # -- filters ---------------------------------------------------------------------------
    def _rebuild_filters(self) -> None:
        """Filter combos follow the model (regions and days come from the document)."""
        specs = self.model.filters()
        for spec in specs:
            box = self.filter_boxes.get(spec.key)
            if box is None:
                box = FilterBox()
                box.setToolTip(spec.label)
                box.currentIndexChanged.connect(lambda _i, k=spec.key: self._filter_changed(k))
                self.filter_boxes[spec.key] = box
                self._filter_keys.append(spec.key)
                self._two_rows = None  # place them again
            current = box.currentData()
            box.blockSignals(True)
            box.clear()
            for value, label in spec.choices:
                box.addItem(label, value)
            position = box.findData(current)
            box.setCurrentIndex(max(position, 0))
            box.blockSignals(False)
            if position < 0 and current:
                self.proxy.set_filter(spec.key, "")
        self._place_filters()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """One row for the search and the filters, or the filters under the search."""
        super().resizeEvent(event)
        self._place_filters()

    def _place_filters(self) -> None:
        boxes = [self.filter_boxes[k] for k in self._filter_keys]
        spacing = self.filter_row.spacing() if self.filter_row.spacing() >= 0 else 6
        wanted = self.search.minimumWidth() + 60 + sum(
            b.sizeHint().width() + spacing for b in boxes)
        two_rows = bool(boxes) and self.width() - 12 < wanted
        if two_rows == self._two_rows:
            return
        self._two_rows = two_rows
        for box in boxes:
            self.filter_row.removeWidget(box)
            self.second_row.removeWidget(box)
            if two_rows:
                self.second_row.addWidget(box, 1)
            else:
                self.filter_row.addWidget(box, 0)

    def _filter_changed(self, key: str) -> None:
        value = self.filter_boxes[key].currentData()
        self.proxy.set_filter(key, value or "")
        self._update_count()

    def _search_changed(self, text: str) -> None:
        self.proxy.set_search(text)
        self._update_count()

    def _after_reset(self) -> None:
        self._rebuild_filters()
        self.fit_columns()
        self._update_count()

    def fit_columns(self) -> None:
        """Size columns to their contents, measured on a sample of rows spread over the
        table (Qt's own ``resizeColumnsToContents`` asks ``data()`` for every role of every
        sampled cell: ~0.9 s for 10,000 stations), none wider than a third of a screen."""
        metrics = self.view.fontMetrics()
        header = self.view.horizontalHeader()
        rows = self.model.rowCount()
        step = max(1, rows // _SIZE_SAMPLE_ROWS)
        sample = [*range(min(rows, 40)), *range(40, rows, step)]
        padding = 2 * self.view.style().pixelMetric(
            self.view.style().PixelMetric.PM_FocusFrameHMargin) + 14
        indicator = 22  # the header's sort arrow
        for position, column in enumerate(self.model.columns):
            title = str(self.model.headerData(position, Qt.Orientation.Horizontal) or "")
            width = metrics.horizontalAdvance(title) + padding + indicator
            if column.kind != "bool":
                for row in sample:
                    text = self.model.display_text(row, position)
                    width = max(width, metrics.horizontalAdvance(text) + padding)
            header.resizeSection(position, min(width, _WIDEST_COLUMN))

    def _update_count(self, *_args: object) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        locale = self.model.locale
        if shown == total:
            text = self.tr("%Ln row(s)", "", total)
        else:
            text = self.tr("{shown} of {total} rows").format(
                shown=locale.toString(shown), total=locale.toString(total))
        self.count.setText(text)

    # -- actions ---------------------------------------------------------------------------
    def focus_search(self) -> None:
        """Edit ▸ Find: put the cursor in the search box."""
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def select_key(self, key: str) -> bool:
        """Select and show the row of an object (False when it is filtered out or absent)."""
        row = self.model.row_of(key)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return False
        self.view.selectionModel().select(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.view.scrollTo(index)
        return True

    def selected_keys(self) -> list[str]:
        """Keys of the selected rows, in view order."""
        rows = sorted({self.proxy.mapToSource(i).row()
                       for i in self.view.selectionModel().selectedRows()})
        return [self.model.key(self.model.item(r)) for r in rows]

    def copy_selection(self) -> None:
        """Copy the selected rows as tab-separated text (pastes into Excel)."""
        rows = sorted({i.row() for i in self.view.selectionModel().selectedIndexes()})
        columns = range(self.proxy.columnCount())
        lines = ["\t".join(str(self.proxy.headerData(c, Qt.Orientation.Horizontal) or "")
                           for c in columns)]
        for row in rows:
            lines.append("\t".join(str(self.proxy.index(row, c).data() or "") for c in columns))
        QApplication.clipboard().setText("\n".join(lines))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Ctrl+C in the table copies whole rows with their headers, not one cell."""
        if (watched is self.view and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent)
                and event.matches(QKeySequence.StandardKey.Copy)):
            self.copy_selection()
            return True
        return super().eventFilter(watched, event)
