"""Help ▸ About: what the app is, its version, and the credits its data requires."""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ui.icons import app_icon


def app_version() -> str:
    """The installed package's version."""
    try:
        return version("missionplanner")
    except PackageNotFoundError:
        return "dev"


class AboutDialog(QDialog):
    """Name, version, purpose and data credits (Natural Earth, GeoNames, OR-Tools, Qt)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Mission Planner"))
        text = QLabel()
        text.setTextFormat(Qt.TextFormat.RichText)
        text.setOpenExternalLinks(True)
        text.setWordWrap(True)
        text.setFixedWidth(520)  # a wrapped label needs a width to know its height
        text.setText(
            "<h2>" + self.tr("Mission Planner") + f" {app_version()}</h2>"
            + "<p>" + self.tr("Plans election observation missions: teams, deployment, a "
                              "seeded and unpredictable choice of polling stations, routes "
                              "within polling hours, and Excel for the teams.") + "</p>"
            + "<h3>" + self.tr("Data credits") + "</h3><ul>"
            + "<li>" + self.tr("Region outlines: Natural Earth (public domain), made with "
                               "Natural Earth.") + "</li>"
            + "<li>" + self.tr("Settlements: GeoNames, licensed under CC BY 4.0 "
                               "(geonames.org).") + "</li>"
            + "<li>" + self.tr("Reported facts: the public statements of the missions, cited "
                               "in each sample mission.") + "</li>"
            + "<li>" + self.tr("Polling-station coordinates in the samples are generated, not "
                               "official, and are labelled so.") + "</li></ul>"
            + "<h3>" + self.tr("Built with") + "</h3><p>"
            + self.tr("Google OR-Tools (Apache 2.0), Qt {qt} and PySide6 (LGPL v3), "
                      "pydantic, openpyxl.").format(qt=qVersion()) + " "
            + self.tr("Icons: KDE Breeze (LGPL v3 or later); the app's icon is drawn for "
                      "Mission Planner.") + "</p>")
        logo = QLabel()
        logo.setPixmap(app_icon().pixmap(64, 64))
        logo.setAlignment(Qt.AlignmentFlag.AlignTop)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.setSpacing(16)
        row.addWidget(logo)
        row.addWidget(text)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(buttons)
