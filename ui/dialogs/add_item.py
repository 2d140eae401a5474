"""Add one polling station or one observer by hand (imports add many at once)."""

from __future__ import annotations

from pydantic import BaseModel, ValidationError
from PySide6.QtGui import QDoubleValidator
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from missionplanner.editing import describe, new_id
from missionplanner.errors import MissionPlannerError
from missionplanner.model import Mission, Observer, PollingStation
from ui import commands
from ui.document import Document
from ui.i18n.errors import error_text
from ui.models.labels import choices, region_name
from ui.widgets.message_bar import Level, MessageBar


class AddItemDialog(QDialog):
    """A form for one station or observer; OK adds it as one undoable command."""

    def __init__(self, document: Document, collection: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        assert document.mission is not None
        self.document = document
        self.collection = collection
        self.messages = MessageBar()
        self.form = QFormLayout()
        self.fields: dict[str, QWidget] = {}
        if collection == "stations":
            self.setWindowTitle(self.tr("Add Polling Station"))
            self._station_fields(document.mission)
        else:
            self.setWindowTitle(self.tr("Add Observer"))
            self._observer_fields()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Add"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.add)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.messages)
        layout.addLayout(self.form)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def _line(self, key: str, label: str, hint: str = "") -> QLineEdit:
        edit = QLineEdit()
        edit.setPlaceholderText(hint)
        self.fields[key] = edit
        self.form.addRow(label, edit)
        return edit

    def _combo(self, key: str, label: str, items: list[tuple[str, str]]) -> QComboBox:
        combo = QComboBox()
        for value, text in items:
            combo.addItem(text, value)
        self.fields[key] = combo
        self.form.addRow(label, combo)
        return combo

    def _station_fields(self, mission: Mission) -> None:
        number = QSpinBox()
        number.setRange(0, 999_999)
        self.fields["number"] = number
        self.form.addRow(self.tr("Number:"), number)
        self._line("commission", self.tr("Commission:"), self.tr("e.g. Almaly district"))
        self._combo("region", self.tr("Region:"),
                    [(r.id, region_name(r)) for r in mission.regions])
        self._line("settlement", self.tr("Settlement:"))
        self._line("address", self.tr("Address:"))
        voters = QSpinBox()
        voters.setRange(0, 100_000)
        voters.setGroupSeparatorShown(True)
        self.fields["registered_voters"] = voters
        self.form.addRow(self.tr("Registered voters:"), voters)
        self._combo("kind", self.tr("Kind:"), list(choices("station_kind")))
        for key, label, hint in (("lat", self.tr("Latitude:"), "43.2567"),
                                 ("lon", self.tr("Longitude:"), "76.9286")):
            edit = self._line(key, label, hint)
            edit.setValidator(QDoubleValidator(-180.0, 180.0, 7, edit))

    def _observer_fields(self) -> None:
        self._line("name", self.tr("Name:"))
        self._line("nationality", self.tr("Nationality:"), self.tr("Country, in English"))
        self._line("body", self.tr("Body:"), self.tr("Parliament, election commission…"))
        self._combo("role", self.tr("Role:"), [*choices("role")])
        self._combo("gender", self.tr("Gender:"), [("", ""), *choices("gender")])
        self._line("languages", self.tr("Languages:"), "ru, en")
        self._line("phone", self.tr("Phone:"))
        combo = self.fields["role"]
        assert isinstance(combo, QComboBox)
        combo.setCurrentIndex(max(combo.findData("observer"), 0))

    def values(self) -> dict[str, object]:
        """What the form holds, as model fields (empty texts left out)."""
        data: dict[str, object] = {}
        for key, widget in self.fields.items():
            if isinstance(widget, QSpinBox):
                data[key] = widget.value()
            elif isinstance(widget, QComboBox):
                if widget.currentData():
                    data[key] = widget.currentData()
            elif isinstance(widget, QLineEdit) and widget.text().strip():
                text = widget.text().strip()
                if key in ("lat", "lon"):
                    data[key] = text.replace(",", ".")
                elif key == "languages":
                    data[key] = [p.strip() for p in text.split(",") if p.strip()]
                else:
                    data[key] = text
        return data

    def build(self) -> BaseModel:
        """The new station or observer (``ValidationError`` when the form is not valid)."""
        mission = self.document.mission
        assert mission is not None
        data = self.values()
        if self.collection == "stations":
            data["id"] = new_id(mission, "stations", data.get("region", ""),
                                data.get("commission", ""), data.get("number", 0))
            return PollingStation.model_validate(data)
        data["id"] = new_id(mission, "observers", str(data.get("name", "")))
        return Observer.model_validate(data)

    def add(self) -> None:
        """Add the item, or say what is wrong and stay open."""
        try:
            item = self.build()
            name = (self.tr("Add station {number}").format(number=getattr(item, "number", ""))
                    if self.collection == "stations"
                    else self.tr("Add observer {name}").format(name=getattr(item, "name", "")))
            command = commands.add(self.document, self.collection,  # type: ignore[arg-type]
                                   [item], name)
        except ValidationError as exc:
            self.messages.show_message(describe(exc), Level.ERROR)
            return
        except MissionPlannerError as exc:
            self.messages.show_message(error_text(exc), Level.ERROR)
            return
        self.document.undo_stack.push(command)
        self.accept()
