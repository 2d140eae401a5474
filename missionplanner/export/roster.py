"""The Roster sheet: one line per team member, with the team's driver, interpreter, base, area."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from missionplanner.export import styles as st
from missionplanner.export.context import Context
from missionplanner.export.safe import Value, cell, row, sheet_title

COLUMNS = (
    "team", "member", "nationality", "body", "role", "languages", "phone", "driver",
    "interpreter", "team_phone", "base", "area",
)


def roster_rows(ctx: Context, team_ids: Iterable[str]) -> list[list[Value]]:
    """The roster lines of the given teams, member by member."""
    rows: list[list[Value]] = []
    for team_id in team_ids:
        team = ctx.teams.get(team_id)
        if team is None:
            continue
        for member in team.members:
            observer = ctx.observers.get(member)
            rows.append([
                team.id,
                observer.name if observer else member,
                observer.nationality if observer else "",
                (observer.body or "") if observer else "",
                observer.role.value if observer else "",
                ", ".join(observer.languages) if observer else "",
                (observer.phone or "") if observer else "",
                team.driver or "",
                team.interpreter or "",
                team.phone or "",
                ctx.base_name(team.id),
                ctx.areas.get(team.id, ""),
            ])
    return rows


def write_roster(workbook: Any, ctx: Context, team_ids: Iterable[str], taken: set[str]) -> None:
    """Add the Roster sheet (for the given teams only) to a write-only workbook."""
    w = ctx.words
    sheet = workbook.create_sheet(sheet_title(w["sheet_roster"], taken))
    rows = roster_rows(ctx, team_ids)
    headers = [w[key] for key in COLUMNS]
    st.set_widths(sheet, st.fit_widths(rows, headers))
    st.printable(sheet, 2, len(COLUMNS), 2 + len(rows))
    sheet.append([cell(sheet, f"{w['sheet_roster']} — {ctx.mission.name}", st.TITLE)])
    sheet.append([cell(sheet, h, st.HEADER) for h in headers])
    styles: list[str | None] = [st.TEXT] * len(COLUMNS)
    for values in rows:
        sheet.append(row(sheet, values, styles))
