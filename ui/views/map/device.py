"""What the map is painted on: the screen, a picture, or vectors (SVG, PDF).

Marks, labels and dots are sized in screen pixels. Exporting renders the same view onto a
device of another size (an A4 page at 150 dpi), so sizes are multiplied by :func:`pixel_ratio`;
SVG and PDF get vector dots, not thousands of embedded bitmaps (:func:`is_vector`).
"""

from __future__ import annotations

from PySide6.QtGui import QPaintEngine, QPainter
from PySide6.QtWidgets import QGraphicsItem


def pixel_ratio(painter: QPainter, item: QGraphicsItem) -> float:
    """Device units per screen pixel of the view showing ``item`` (1 on screen)."""
    scene = item.scene()
    views = scene.views() if scene is not None else []
    on_screen = views[0].transform().m11() if views else 0.0
    drawn = painter.worldTransform().m11()
    return drawn / on_screen if on_screen > 0 and drawn > 0 else 1.0


def is_vector(painter: QPainter) -> bool:
    """Whether the painter writes vectors (SVG, PDF, printer) rather than pixels."""
    engine = painter.paintEngine()
    return engine is not None and engine.type() in (
        QPaintEngine.Type.SVG, QPaintEngine.Type.Pdf, QPaintEngine.Type.Picture,
        QPaintEngine.Type.MacPrinter, QPaintEngine.Type.Windows)
