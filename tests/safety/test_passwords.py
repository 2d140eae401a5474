"""Issue 10, case 4: encryption happens or the command fails; the password need never be on
the command line (a no-echo prompt, a file or an environment variable)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from missionplanner.cli import main
from tests.safety.conftest import Work

pytest.importorskip("msoffcrypto")
OLE = b"\xd0\xcf\x11\xe0"


def _export(work: Work, *options: str) -> list[str]:
    return ["export", str(work.plan), "--per-team", str(work.folder / "teams"), *options]


def _team_files(work: Work) -> list[Path]:
    folder = work.folder / "teams"
    return sorted(folder.iterdir()) if folder.exists() else []


@pytest.mark.parametrize("stdin", ["\n", ""])
def test_empty_or_missing_password_on_stdin(work: Work, capsys: pytest.CaptureFixture[str],
                                            monkeypatch: pytest.MonkeyPatch, stdin: str) -> None:
    """An empty line, or the end of input, is refused: no plain workbooks, no EOFError."""
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    assert main(_export(work, "--password", "-")) == 1
    err = capsys.readouterr().err
    assert ("empty" in err) if stdin else ("ended before a password" in err)
    assert "internal error" not in err and _team_files(work) == []


def test_empty_password_argument(work: Work, capsys: pytest.CaptureFixture[str]) -> None:
    """``--password ''`` is refused, nothing written."""
    assert main(_export(work, "--password", "")) == 1
    assert "empty" in capsys.readouterr().err and _team_files(work) == []


def test_password_from_stdin_encrypts(work: Work, capsys: pytest.CaptureFixture[str],
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """One line of standard input (a pipe) is the password; every file is encrypted."""
    from missionplanner.export.protect import decrypt

    monkeypatch.setattr("sys.stdin", io.StringIO("s3cret\n"))
    assert main(_export(work, "--password", "-")) == 0
    assert "(encrypted)" in capsys.readouterr().out
    files = _team_files(work)
    assert len(files) == 3 and all(f.read_bytes().startswith(OLE) for f in files)
    assert decrypt(files[0].read_bytes(), "s3cret").startswith(b"PK")


def test_password_file_and_environment(work: Work, tmp_path: Path,
                                       monkeypatch: pytest.MonkeyPatch,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    """``--password-file`` and ``--password-env`` encrypt; an unset variable or an empty file
    is refused."""
    secret = tmp_path / "pw.txt"
    secret.write_text("from-file\n")
    assert main(_export(work, "--password-file", str(secret))) == 0
    assert all(f.read_bytes().startswith(OLE) for f in _team_files(work))
    monkeypatch.setenv("MP_PW", "from-env")
    assert main(_export(work, "--password-env", "MP_PW")) == 0
    assert all(f.read_bytes().startswith(OLE) for f in _team_files(work))
    capsys.readouterr()
    assert main(_export(work, "--password-env", "NOT_SET_ANYWHERE")) == 1
    assert "NOT_SET_ANYWHERE is not set" in capsys.readouterr().err
    secret.write_text("")
    assert main(_export(work, "--password-file", str(secret))) == 1
    assert "empty" in capsys.readouterr().err


def test_password_on_the_command_line_is_warned(work: Work,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    """Still accepted, with a note that other users can see it."""
    assert main(_export(work, "--password", "visible")) == 0
    assert "visible to other users" in capsys.readouterr().err


def test_actuals_from_an_encrypted_sheet(work: Work, monkeypatch: pytest.MonkeyPatch,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    """An encrypted team workbook is refused without a password, read with one."""
    monkeypatch.setenv("MP_PW", "pw")
    assert main(_export(work, "--password-env", "MP_PW")) == 0
    book = work.folder / "teams" / "team-A2.xlsx"
    out = work.folder / "after.json"
    assert main(["actuals", str(work.plan), str(book), "--out", str(out)]) == 1
    assert "password-protected" in capsys.readouterr().err
    assert main(["actuals", str(work.plan), str(book), "--out", str(out),
                 "--password-env", "MP_PW"]) == 1  # decrypted and read: nothing filled in
    assert "no 'visited at' time is filled in" in capsys.readouterr().err
