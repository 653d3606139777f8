"""What every command shares: click options defined once, and how diagnostics are printed.

Used by the core commands (:mod:`kbgen.cli`) and the components' commands alike, so a
component's command never imports the CLI module.
"""
from __future__ import annotations

from pathlib import Path
from typing import Iterable

import click

from .errors import Diagnostic, Severity


def project_option(func):
    """``--project DIR``: the kbgen project (default: the current folder)."""
    return click.option("--project", "-p", type=click.Path(file_okay=False, path_type=Path), default=".",
                        show_default=True, help="The project folder (holds site_config.yml and content/).")(func)


def now_option(func):
    """``--now ISO8601``: the moment to build for (default: now)."""
    return click.option("--now", metavar="ISO8601",
                        help="Build as if it were this moment, e.g. 2026-03-01T09:00:00+00:00 "
                             "(status, banners and dates; same input and --now give identical output).")(func)


def echo_diagnostics(diagnostics: Iterable[Diagnostic], quiet: bool = False) -> None:
    """Print warnings (and infos unless quiet) to stderr."""
    for item in diagnostics:
        if item.severity is Severity.WARNING or (item.severity is Severity.INFO and not quiet):
            click.echo(item.format(), err=True)
