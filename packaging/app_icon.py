"""The app's icon for the programs' files: ui/resources/icons/missionplanner.svg rendered to a
multi-size Windows .ico and a 512 px PNG (PyInstaller makes a macOS .icns from the PNG, with
Pillow). Run by the spec at build time, so no rendered copy is kept in the repository.

    python packaging/app_icon.py OUT_DIR        -> OUT_DIR/missionplanner.ico, .png
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

SVG = Path(__file__).resolve().parent.parent / "ui" / "resources" / "icons" / "missionplanner.svg"
ICO_SIZES = [16, 20, 24, 32, 40, 48, 64, 128, 256]


def render(size: int) -> bytes:
    """The SVG as PNG bytes, ``size`` pixels square, on a transparent background."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(SVG)).render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def write_icons(out: Path) -> tuple[Path, Path]:
    """Write missionplanner.ico and missionplanner.png into ``out``; their paths."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication([])
    out.mkdir(parents=True, exist_ok=True)
    png = out / "missionplanner.png"
    png.write_bytes(render(512))
    ico = out / "missionplanner.ico"
    largest = Image.open(io.BytesIO(render(256)))
    largest.save(ico, format="ICO", sizes=[(s, s) for s in ICO_SIZES])
    return ico, png


if __name__ == "__main__":
    for path in write_icons(Path(sys.argv[1] if len(sys.argv) > 1 else "build/icons")):
        print(path)
