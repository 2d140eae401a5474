"""Qt adapter models over the domain (QAbstractTableModel subclasses)."""

from ui.models.region_table import RegionTableModel

__all__ = ["RegionTableModel"]
