"""Qt adapter models over the domain (QAbstractTableModel subclasses) and their filters."""

from ui.models.filter import TableFilter
from ui.models.observers import ObserverTableModel
from ui.models.regions import RegionTableModel
from ui.models.stations import StationTableModel
from ui.models.table import Column, DomainTableModel, FilterSpec, SortKeyRole
from ui.models.teams import TeamTableModel
from ui.models.visits import VisitTableModel

__all__ = [
    "Column",
    "DomainTableModel",
    "FilterSpec",
    "ObserverTableModel",
    "RegionTableModel",
    "SortKeyRole",
    "StationTableModel",
    "TableFilter",
    "TeamTableModel",
    "VisitTableModel",
]
