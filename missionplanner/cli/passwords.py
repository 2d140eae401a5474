"""Passwords for encrypted workbooks: asked without echo, or read from a file or a variable.

A password given on the command line is visible to every user of the machine (``ps``), so it
is never needed there: ``--password -`` asks for it (without echo on a terminal; one line of
standard input otherwise), ``--password-file FILE`` reads the file's first line, and
``--password-env NAME`` reads an environment variable. An empty password, or none at the end
of the input, is refused: a file is encrypted or the command fails.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from missionplanner.errors import MissionPlannerError

MAX_LENGTH = 1024


class PasswordError(MissionPlannerError):
    """No usable password was given."""


def add_password_options(parser: argparse.ArgumentParser, what: str) -> None:
    """``--password``, ``--password-file`` and ``--password-env`` (one of them)."""
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--password", metavar="-", help=f"{what}: '-' to be asked without echo "
                       "(a password written here is visible to other users in ps)")
    group.add_argument("--password-file", type=Path, metavar="FILE",
                       help=f"{what}: the first line of FILE")
    group.add_argument("--password-env", metavar="NAME",
                       help=f"{what}: the environment variable NAME")


def wanted(args: argparse.Namespace) -> bool:
    """Whether any password option was given."""
    return any(getattr(args, n, None) is not None
               for n in ("password", "password_file", "password_env"))


def read_password(args: argparse.Namespace, confirm: bool = False) -> str | None:
    """The password the options give (None when none was asked for); ``confirm``: ask twice
    on a terminal (a new password for encrypting)."""
    if args.password_file is not None:
        return _checked(_first_line(args.password_file), f"the file {args.password_file}")
    if args.password_env is not None:
        value = os.environ.get(args.password_env)
        if value is None:
            raise PasswordError(f"--password-env: the environment variable "
                                f"{args.password_env} is not set")
        return _checked(value, f"the environment variable {args.password_env}")
    if args.password is None:
        return None
    if args.password != "-":
        print("note: a password on the command line is visible to other users; use "
              "--password -, --password-file or --password-env", file=sys.stderr)
        return _checked(args.password, "--password")
    return _checked(_ask(confirm), "the prompt")


def _ask(confirm: bool) -> str:
    if not sys.stdin.isatty():
        line = sys.stdin.readline()
        if not line:
            raise PasswordError("--password -: standard input ended before a password was "
                                "given")
        return line.rstrip("\r\n")
    try:
        first = getpass.getpass("password: ")
        if confirm and first and getpass.getpass("password again: ") != first:
            raise PasswordError("the two passwords differ; nothing was written")
    except EOFError:
        raise PasswordError("no password given (end of input)") from None
    return first


def _first_line(path: Path) -> str:
    try:
        with open(path, encoding="utf-8") as handle:
            return handle.readline(MAX_LENGTH + 1).rstrip("\r\n")
    except (OSError, UnicodeDecodeError) as exc:
        raise PasswordError(f"--password-file {path} cannot be read: "
                            f"{getattr(exc, 'strerror', None) or exc}") from None


def _checked(value: str, source: str) -> str:
    if not value:
        raise PasswordError(f"the password from {source} is empty: an empty password "
                            "would leave the files readable by anyone")
    if len(value) > MAX_LENGTH:
        raise PasswordError(f"the password from {source} is longer than {MAX_LENGTH} "
                            "characters")
    return value
