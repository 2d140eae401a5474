"""The Qt binding must not corrupt reference counts (PySide6 6.12.0 did, on Python 3.11)."""

from __future__ import annotations

import subprocess
import sys

SCRIPT = """
from PySide6.QtCore import QPointF
from PySide6.QtGui import QPainterPath
path = QPainterPath()
for i in range(200_000):
    path.lineTo(QPointF(i, i))  # a method returning nothing
print("ok")
"""


def test_void_calls_keep_none_alive() -> None:
    """200,000 calls of a void method: the interpreter must neither abort nor complain."""
    run = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True,
                         timeout=120)
    assert run.returncode == 0, run.stderr[-500:]
    assert run.stdout.strip() == "ok"
