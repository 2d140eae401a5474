"""Toolbar and menu icons: the desktop theme's when it has them, else the KDE Breeze icons the
app ships (``ui/resources/icons``), so that Windows and bare Linux get the same clear set
instead of Qt's generic arrows. The app's own icon is drawn for the project.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication, QStyle

FOLDER = Path(__file__).resolve().parent / "resources" / "icons"
SIZES = (16, 22)
"""Breeze draws each icon for menus (16 px) and toolbars (22 px)."""
BREEZE_TEXT = "#232629"
"""The colour Breeze's monochrome icons are drawn in (recoloured on a dark palette)."""
APP_ICON = FOLDER / "missionplanner.svg"

_FALLBACK = {
    "document-new": QStyle.StandardPixmap.SP_FileIcon,
    "document-open": QStyle.StandardPixmap.SP_DialogOpenButton,
    "document-save": QStyle.StandardPixmap.SP_DialogSaveButton,
    "help-about": QStyle.StandardPixmap.SP_MessageBoxInformation,
}


def icon(name: str) -> QIcon:
    """The freedesktop icon ``name``: the theme's, the shipped one, or the style's."""
    themed = QIcon.fromTheme(name)
    if not themed.isNull():
        return themed
    if shipped(name):
        return _shipped(name, _text_colour())
    style = QApplication.style()
    pixmap = _FALLBACK.get(name)
    return style.standardIcon(pixmap) if pixmap is not None else QIcon()


def shipped(name: str) -> bool:
    """Whether the app ships an icon called ``name``."""
    return any((FOLDER / str(size) / f"{name}.svg").is_file() for size in SIZES)


def app_icon() -> QIcon:
    """Mission Planner's own icon (window, taskbar, About)."""
    out = QIcon()
    renderer = QSvgRenderer(str(APP_ICON))
    for size in (16, 22, 32, 48, 64, 128, 256):
        out.addPixmap(_render(renderer, size, 1.0))
    return out


def _text_colour() -> str:
    """Breeze's own text colour on a light palette, the palette's on a dark one."""
    text = QApplication.palette().color(QPalette.ColorRole.WindowText)
    return text.name() if text.lightness() > 128 else BREEZE_TEXT


@cache
def _shipped(name: str, colour: str) -> QIcon:
    out = QIcon()
    for size in SIZES:
        path = FOLDER / str(size) / f"{name}.svg"
        if not path.is_file():
            continue
        svg = path.read_text("utf-8").replace(BREEZE_TEXT, colour)
        renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
        for ratio in (1.0, 2.0):  # sharp on high-density screens too
            out.addPixmap(_render(renderer, size, ratio))
    return out


def _render(renderer: QSvgRenderer, size: int, ratio: float) -> QPixmap:
    pixmap = QPixmap(round(size * ratio), round(size * ratio))
    pixmap.fill(QColor(Qt.GlobalColor.transparent))
    painter = QPainter(pixmap)
    renderer.render(painter)
    painter.end()
    pixmap.setDevicePixelRatio(ratio)
    return pixmap
