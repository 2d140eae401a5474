"""Password-protected workbooks (Excel's "Encrypt with password"), via msoffcrypto-tool.

msoffcrypto-tool is optional (``pip install missionplanner[export]``); without it, asking for
a password is an error that says what to install, never a silently unprotected file.
"""

from __future__ import annotations

import io

from missionplanner.errors import MissionPlannerError
from missionplanner.messages import app_errors as e
from missionplanner.messages import say


class MissingDependency(MissionPlannerError):
    """An optional package a command needs is not installed."""


def encrypt(data: bytes, password: str) -> bytes:
    """The .xlsx ``data`` encrypted with ``password`` (ECMA-376 agile encryption)."""
    if not password:
        raise MissionPlannerError(say(e.PASSWORD_EMPTY))
    try:
        from msoffcrypto.format.ooxml import OOXMLFile
    except ImportError:
        raise MissingDependency(say(e.PASSWORD_NEEDS)) from None
    out = io.BytesIO()
    OOXMLFile(io.BytesIO(data)).encrypt(password, out)
    return out.getvalue()


def decrypt(data: bytes, password: str) -> bytes:
    """The plain .xlsx inside an encrypted workbook (tests, and importing actuals)."""
    try:
        import msoffcrypto
    except ImportError:
        raise MissingDependency(say(e.DECRYPT_NEEDS)) from None
    office = msoffcrypto.OfficeFile(io.BytesIO(data))
    office.load_key(password=password)
    out = io.BytesIO()
    office.decrypt(out)
    return out.getvalue()
