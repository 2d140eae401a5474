"""Password-protected workbooks (Excel's "Encrypt with password"), via msoffcrypto-tool.

msoffcrypto-tool is optional (``pip install missionplanner[export]``); without it, asking for
a password is an error that says what to install, never a silently unprotected file.
"""

from __future__ import annotations

import io

from missionplanner.errors import MissionPlannerError


class MissingDependency(MissionPlannerError):
    """An optional package a command needs is not installed."""


def encrypt(data: bytes, password: str) -> bytes:
    """The .xlsx ``data`` encrypted with ``password`` (ECMA-376 agile encryption)."""
    if not password:
        raise MissionPlannerError("the password is empty")
    try:
        from msoffcrypto.format.ooxml import OOXMLFile
    except ImportError:
        raise MissingDependency(
            "--password needs the optional package msoffcrypto-tool: "
            "pip install msoffcrypto-tool (or pip install 'missionplanner[export]')"
        ) from None
    out = io.BytesIO()
    OOXMLFile(io.BytesIO(data)).encrypt(password, out)
    return out.getvalue()


def decrypt(data: bytes, password: str) -> bytes:
    """The plain .xlsx inside an encrypted workbook (tests, and importing actuals)."""
    try:
        import msoffcrypto
    except ImportError:
        raise MissingDependency("reading encrypted workbooks needs msoffcrypto-tool") from None
    office = msoffcrypto.OfficeFile(io.BytesIO(data))
    office.load_key(password=password)
    out = io.BytesIO()
    office.decrypt(out)
    return out.getvalue()
