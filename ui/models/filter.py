"""Search box and filter combos over a :class:`~ui.models.table.DomainTableModel`.

The proxy only filters; sorting is forwarded to the source model, which sorts its row list
in one go (a proxy sort would call ``data()`` twice per comparison: ~0.5 s for 10,000 rows).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt

from ui.models.table import DomainTableModel


class TableFilter(QSortFilterProxyModel):
    """Rows whose text contains every word of the search, and that pass the filters."""

    def __init__(self, source: DomainTableModel) -> None:
        super().__init__()
        self.setSourceModel(source)
        self.source = source
        self._words: list[str] = []
        self._filters: dict[str, str] = {}

    def set_search(self, text: str) -> None:
        """Keep rows that contain every word of ``text`` (case-insensitive)."""
        words = text.casefold().split()
        if words != self._words:
            self._change(lambda: setattr(self, "_words", words))

    def set_filter(self, key: str, value: str) -> None:
        """Set one filter (``""``: no filtering on it)."""
        if self._filters.get(key, "") != value:
            self._change(lambda: self._filters.__setitem__(key, value))

    def _change(self, change: Callable[[], object]) -> None:
        """Apply a filter change the way this Qt wants it (6.10 deprecates invalidateFilter)."""
        if hasattr(self, "beginFilterChange"):
            self.beginFilterChange()
            change()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:  # Qt < 6.10
            change()
            self.invalidateFilter()

    def is_filtering(self) -> bool:
        """Whether some rows may be hidden."""
        return bool(self._words) or any(self._filters.values())

    def filterAcceptsRow(self, source_row: int,
                         source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        if self._words:
            text = self.source.search_text(source_row)
            if not all(word in text for word in self._words):
                return False
        if any(self._filters.values()):
            return self.source.accepts(self.source.item(source_row), self._filters)
        return True

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the source rows; the proxy keeps their order."""
        self.source.sort(column, order)
