"""Toolbar and menu icons: the desktop theme's when it has them, Qt's own otherwise."""

from __future__ import annotations

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QStyle

_FALLBACK = {
    "document-new": QStyle.StandardPixmap.SP_FileIcon,
    "document-open": QStyle.StandardPixmap.SP_DialogOpenButton,
    "document-save": QStyle.StandardPixmap.SP_DialogSaveButton,
    "edit-undo": QStyle.StandardPixmap.SP_ArrowBack,
    "edit-redo": QStyle.StandardPixmap.SP_ArrowForward,
    "edit-find": QStyle.StandardPixmap.SP_FileDialogContentsView,
    "media-playback-start": QStyle.StandardPixmap.SP_MediaPlay,
    "process-stop": QStyle.StandardPixmap.SP_BrowserStop,
    "view-refresh": QStyle.StandardPixmap.SP_BrowserReload,
    "document-import": QStyle.StandardPixmap.SP_ArrowDown,
    "document-export": QStyle.StandardPixmap.SP_ArrowUp,
    "document-properties": QStyle.StandardPixmap.SP_FileDialogDetailedView,
    "help-about": QStyle.StandardPixmap.SP_MessageBoxInformation,
    "application-exit": QStyle.StandardPixmap.SP_DialogCloseButton,
    "folder": QStyle.StandardPixmap.SP_DirIcon,
    "edit-delete": QStyle.StandardPixmap.SP_TrashIcon,
    "list-add": QStyle.StandardPixmap.SP_FileDialogNewFolder,
}


def icon(name: str) -> QIcon:
    """The freedesktop icon ``name`` from the theme, else the style's standard pixmap."""
    themed = QIcon.fromTheme(name)
    if not themed.isNull():
        return themed
    style = QApplication.style()
    pixmap = _FALLBACK.get(name)
    return style.standardIcon(pixmap) if pixmap is not None else QIcon()
