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


def _moment(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """``--now`` must be a moment in the years kbgen accepts; a bad one is a usage error (exit 2,
    the same in every command), said before anything is read or written."""
    from .errors import KbgenError
    from .moment import parse_now

    try:
        parse_now(value)
    except KbgenError as exc:
        raise click.BadParameter(str(exc).removeprefix("--now: ")) from None
    return value


def now_option(purpose: str = "Build"):
    """``--now ISO8601`` (or ``$KBGEN_NOW``): the moment a command works for (default: now);
    ``purpose`` starts its help ("Build", "Check", "Report")."""
    return click.option("--now", metavar="ISO8601", callback=_moment, envvar="KBGEN_NOW",
                        help=f"{purpose} as if it were this moment, e.g. 2026-03-01T09:00:00+00:00 (default: "
                             "$KBGEN_NOW, else now); the same input and --now give the same output.")


def echo_diagnostics(diagnostics: Iterable[Diagnostic], quiet: bool = False) -> None:
    """Print warnings (and infos unless quiet) to stderr."""
    for item in diagnostics:
        if item.severity is Severity.WARNING or (item.severity is Severity.INFO and not quiet):
            click.echo(item.format(), err=True)
