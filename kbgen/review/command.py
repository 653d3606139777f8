"""``kbgen check`` and ``kbgen report stale``: thin commands over :mod:`kbgen.review`."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import click

from ..options import display_root, now_option, project_option
from .output import FORMATS


@click.command()
@project_option
@now_option("Check")
@click.option("--strict", is_flag=True, help="Exit 1 on warnings too.")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="text", show_default=True,
              help="text (file:line:col: level[rule]: message), json (a list of findings) or github "
                   "(workflow commands: annotations on a pull request).")
@click.option("--previous", type=click.Path(exists=True, path_type=Path), metavar="PATH",
              help="The site last published, or its api/articles.json, to find articles that would "
                   "disappear (default: <project>/site when built).")
def check(project: Path, now: str | None, strict: bool, fmt: str, previous: Path | None) -> None:
    """Check everything build validates, without rendering, plus the review rules (for CI).

    Exit status: 0 clean, 1 a finding at error level (or a warning with --strict), 2 bad usage.
    """
    from .output import render
    from .run import check_project

    result = check_project(project, now, previous)
    click.echo(render(list(result.findings), fmt, result.checked, display_root(project)))
    if result.failed(strict):
        raise SystemExit(1)


@click.group()
def report() -> None:
    """Reports for the people who keep the knowledge base correct."""


@report.command()
@project_option
@now_option("Report")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
def stale(project: Path, now: str | None, as_json: bool) -> None:
    """Articles to review (overdue or never reviewed) and articles without an owner, grouped by
    owner, oldest first, with how overdue each is."""
    from ..build import load_valid_corpus, parse_now
    from ..messages import Messages
    from .stale import report_json, report_text, stale_report

    corpus, _ = load_valid_corpus(project)
    today: dt.date = parse_now(now, corpus.config.timezone).date()
    data = stale_report(corpus, today)
    click.echo(report_json(data) if as_json else report_text(data, Messages(corpus.config.language)))
