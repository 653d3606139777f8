"""What every command shares: click options defined once, and how diagnostics are printed.

Used by the core commands (:mod:`kbgen.cli`) and the components' commands alike, so a
component's command never imports the CLI module.
"""
from __future__ import annotations

from pathlib import Path
from typing import Iterable

import click

from .errors import Diagnostic, Severity


_PROJECT = "kbgen.project"


class Folder(click.Path):
    """A folder option or argument: click's ``Path(file_okay=False)`` refuses a regular file
    only, so ``--out /dev/null`` (a device) went on to be read as the previous site's
    catalogue and was told "not a regular file; is it a kbgen catalogue?". Anything that
    exists and is not a folder (a device, a pipe, a socket) is refused the same way."""

    def __init__(self) -> None:
        super().__init__(file_okay=False, path_type=Path)

    def convert(self, value, param, ctx):  # type: ignore[no-untyped-def] - click's signature
        path = super().convert(value, param, ctx)
        if Path(path).exists() and not Path(path).is_dir():
            self.fail(f"{click.format_filename(path)!r} is not a folder (a device, a pipe or a socket)", param, ctx)
        return path


def _remember_project(ctx: click.Context, param: click.Parameter, value: Path) -> Path:
    """Keep ``--project`` where the error printer finds it (``ctx.meta`` is shared by the
    group's and the command's contexts)."""
    ctx.meta[_PROJECT] = value
    return value


def project_option(func):
    """``--project DIR``: the kbgen project (default: the current folder)."""
    return click.option("--project", "-p", type=Folder(), default=".",
                        show_default=True, callback=_remember_project,
                        help="The project folder (holds site_config.yml and content/).")(func)


def display_root(project: Path) -> str:
    """The project folder as seen from the working folder, to put before the findings' paths
    (so an editor or GitHub finds the files); '' when it is the working folder or outside it."""
    try:
        relative = Path(project).resolve().relative_to(Path.cwd().resolve())
    except (ValueError, OSError):
        return ""
    return "" if str(relative) == "." else relative.as_posix()


def shown_root() -> str:
    """:func:`display_root` of the running command's ``--project`` ('' outside a command or
    for one without it): every command prints a file's path the same way."""
    ctx = click.get_current_context(silent=True)
    project = ctx.meta.get(_PROJECT) if ctx is not None else None
    return display_root(project) if project is not None else ""


def moment_value(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """An ISO 8601 option (``--now``, ``--start``) must be a moment in the years kbgen accepts;
    a bad one is a usage error (exit 2, the same in every command), said before anything is
    read or written (it is read in the site's time zone later, which cannot make it bad)."""
    from .errors import BadOption
    from .moment import parse_now

    try:
        parse_now(value, option=param.opts[0])
    except BadOption as exc:
        raise click.BadParameter(exc.reason) from None
    return value


def now_option(purpose: str = "Build"):
    """``--now ISO8601`` (or ``$KBGEN_NOW``): the moment a command works for (default: now);
    ``purpose`` starts its help ("Build", "Check", "Report")."""
    return click.option("--now", metavar="ISO8601", callback=moment_value, envvar="KBGEN_NOW",
                        help=f"{purpose} as if it were this moment, e.g. 2026-03-01T09:00:00+00:00 (default: "
                             "$KBGEN_NOW, else now); the same input and --now give the same output.")


def echo_diagnostics(diagnostics: Iterable[Diagnostic], quiet: bool = False) -> None:
    """Print warnings (and infos unless quiet) to stderr."""
    root = shown_root()
    for item in diagnostics:
        if item.severity is Severity.WARNING or (item.severity is Severity.INFO and not quiet):
            click.echo(item.format(root), err=True)
