"""The mission at a glance: who, what election, which days, how many of everything."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from missionplanner.model import Mission
from ui.document import Document
from ui.models.labels import label
from ui.panels.fields import FieldGrid
from ui.panels.format import day, number


class MissionOverview(QScrollArea):
    """A read-only form over the document's mission."""

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        body = QWidget()
        outer = QVBoxLayout(body)
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.RichText)
        outer.addWidget(self.title)
        self.form = FieldGrid()
        outer.addWidget(self.form)
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.notes.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notes.setStyleSheet("color: palette(placeholder-text);")
        outer.addWidget(self.notes)
        outer.addStretch(1)
        self.setWidget(body)
        self.fields: dict[str, QLabel] = {}
        for key, text in (
            ("organisation", self.tr("Organisation")),
            ("election", self.tr("Election")),
            ("country", self.tr("Country")),
            ("days", self.tr("Observation days")),
            ("stations", self.tr("Polling stations")),
            ("voters", self.tr("Registered voters")),
            ("observers", self.tr("Observers")),
            ("teams", self.tr("Teams")),
            ("regions", self.tr("Regions")),
            ("hours", self.tr("Polling hours")),
            ("visits", self.tr("Visit length")),
            ("team_size", self.tr("Team size")),
        ):
            value = QLabel()
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.fields[key] = value
            self.form.add_row(text + ":", value)
        document.missionChanged.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        """Show the document's mission (or say there is none)."""
        mission = self.document.mission
        if mission is None:
            self.title.setText(self.tr("No mission is open."))
            for value in self.fields.values():
                value.clear()
            self.notes.clear()
            return
        self.title.setText(f"<b style='font-size: large'>{_escape(mission.name)}</b>")
        self._fill(mission)

    def _fill(self, mission: Mission) -> None:
        s = mission.settings
        flagged = sum(1 for st in mission.stations if st.flags)
        generated = sum(1 for st in mission.stations if st.generated)
        stations = number(len(mission.stations))
        extra = []
        if flagged:
            extra.append(self.tr("%Ln flagged", "", flagged))
        if generated:
            extra.append(self.tr("%Ln generated", "", generated))
        values = {
            "organisation": mission.organisation,
            "election": self.tr("{election}, {date}").format(
                election=mission.election, date=day(mission.election_date, long=True)),
            "country": mission.host_country,
            "days": "<br>".join(f"{day(d.date, long=True)} — {label('day_kind', d.kind.value)}"
                                for d in mission.observation_days),
            "stations": stations + (f" ({', '.join(extra)})" if extra else ""),
            "voters": self._voters(mission),
            "observers": number(len(mission.observers)),
            "teams": self.tr("%Ln entered (planning forms the rest)", "", len(mission.teams)),
            "regions": number(len(mission.regions)),
            "hours": f"{s.polling_opens:%H:%M}–{s.polling_closes:%H:%M}",
            "visits": self.tr("{minutes} min on election day, {pre} min before; counting "
                              "{counting} min").format(
                minutes=s.service_minutes_election_day, pre=s.service_minutes_pre_election,
                counting=s.counting_minutes),
            "team_size": number(s.team_size),
        }
        for key, value in values.items():
            self.fields[key].setText(value)
        self.notes.setText(_escape(mission.notes or "")[:600]
                           + ("…" if mission.notes and len(mission.notes) > 600 else ""))
        self.notes.setToolTip(mission.notes or "")


    def _voters(self, mission: Mission) -> str:
        unknown = sum(1 for st in mission.stations if st.registered_voters is None)
        text = number(sum(st.known_voters for st in mission.stations))
        if unknown:
            text += " " + self.tr("(%Ln station(s) without a figure)", "", unknown)
        return text


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
