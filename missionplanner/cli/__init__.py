"""The ``missionplanner`` command line (entry point :func:`main`)."""

from missionplanner.cli.main import build_parser, main

__all__ = ["build_parser", "main"]
