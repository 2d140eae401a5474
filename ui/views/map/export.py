"""Save what the map shows as PNG (2x pixels), SVG or PDF (vectors), chosen by the suffix."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter, QPdfWriter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QGraphicsView

from missionplanner.errors import MissionPlannerError

FORMATS = (".png", ".svg", ".pdf")


def export_view(view: QGraphicsView, path: str | Path, scale: int = 2) -> Path:
    """Render the visible part of ``view`` to ``path`` (.png, .svg or .pdf)."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise MissionPlannerError(QCoreApplication.translate(
            "MapExport", "{path}: say .png, .svg or .pdf").format(path=path))
    size = view.viewport().size()
    source = QRect(0, 0, size.width(), size.height())
    if suffix == ".png":
        image = QImage(size * scale, QImage.Format.Format_ARGB32_Premultiplied)
        image.setDevicePixelRatio(scale)
        image.fill(Qt.GlobalColor.white)
        _render(view, image, QRectF(0, 0, size.width(), size.height()), source)
        if not image.save(str(path)):
            raise MissionPlannerError(QCoreApplication.translate(
                "MapExport", "{path}: cannot write the picture").format(path=path))
    elif suffix == ".svg":
        generator = QSvgGenerator()
        generator.setFileName(str(path))
        generator.setSize(QSize(size))
        generator.setViewBox(QRect(0, 0, size.width(), size.height()))
        generator.setTitle("Mission Planner map")
        _render(view, generator, QRectF(0, 0, size.width(), size.height()), source)
    else:
        writer = QPdfWriter(str(path))
        orientation = (QPageLayout.Orientation.Landscape if size.width() >= size.height()
                       else QPageLayout.Orientation.Portrait)
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), orientation,
                                         QMarginsF(10, 10, 10, 10)))
        writer.setResolution(150)
        writer.setTitle("Mission Planner map")
        target = QRectF(writer.pageLayout().paintRectPixels(150))
        target.moveTo(0, 0)
        _render(view, writer, target, source)
    return path


def _render(view: QGraphicsView, device: object, target: QRectF, source: QRect) -> None:
    painter = QPainter(device)  # type: ignore[call-overload]
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    view.render(painter, target, source, Qt.AspectRatioMode.KeepAspectRatio)
    painter.end()
