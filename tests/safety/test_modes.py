"""Issue 10, case 3: written files follow the umask, existing files keep their mode, group
(and owner, as root), and a read-only target is refused."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from missionplanner.cli import main
from missionplanner.io import atomic_write_text, load_mission
from missionplanner.io.atomic import OutputError
from tests.safety.conftest import Work

ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


@pytest.fixture
def umask() -> Iterator[None]:
    """Restore the umask the test changes."""
    old = os.umask(0o022)
    os.umask(old)
    yield
    os.umask(old)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.parametrize("mask", [0o022, 0o002, 0o077])
def test_new_files_follow_the_umask(tmp_path: Path, umask: None, mask: int) -> None:
    """A new file is 0666 less the umask (it was always 0600)."""
    os.umask(mask)
    atomic_write_text(tmp_path / "new.json", "{}")
    assert _mode(tmp_path / "new.json") == 0o666 & ~mask


def test_existing_mode_is_kept(work: Work, umask: None) -> None:
    """An import keeps the mission's 0664 (a shared folder's colleagues can still write)."""
    os.umask(0o077)
    work.kz_mission.chmod(0o664)
    assert main(["import-stations", str(work.kz_mission), str(work.stations)]) == 0
    assert _mode(work.kz_mission) == 0o664


@pytest.mark.skipif(not ROOT, reason="changing a file's owner and group needs root")
def test_owner_and_group_are_kept(work: Work) -> None:
    """Rewritten by root, a colleague's mission stays the colleague's, in its group."""
    os.chown(work.kz_mission, 65534, 100)
    assert main(["import-stations", str(work.kz_mission), str(work.stations)]) == 0
    info = work.kz_mission.stat()
    assert (info.st_uid, info.st_gid) == (65534, 100)


def test_setgid_folder_gives_its_group(tmp_path: Path, umask: None) -> None:
    """A new file in a setgid folder gets the folder's group and the group-write of umask 002."""
    shared = tmp_path / "shared"
    shared.mkdir()
    if ROOT:
        os.chown(shared, -1, 100)
    shared.chmod(0o2775)
    os.umask(0o002)
    atomic_write_text(shared / "m.json", "{}")
    assert (shared / "m.json").stat().st_gid == shared.stat().st_gid
    assert _mode(shared / "m.json") == 0o664


def test_read_only_mission_is_refused(work: Work, capsys: pytest.CaptureFixture[str]) -> None:
    """A 0444 mission is not overwritten (even by root); the message says read-only."""
    work.kz_mission.chmod(0o444)
    before = work.kz_mission.read_bytes()
    assert main(["import-stations", str(work.kz_mission), str(work.stations)]) == 1
    assert "read-only" in capsys.readouterr().err
    assert work.kz_mission.read_bytes() == before
    with pytest.raises(OutputError, match="read-only"):
        atomic_write_text(work.kz_mission, "{}")
    assert load_mission(work.kz_mission).stations == []
