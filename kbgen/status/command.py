"""CLI commands of the status feature: ``kbgen status`` and ``kbgen new announcement``."""
from __future__ import annotations

from pathlib import Path

import click

from ..options import echo_diagnostics, moment_value, now_option, project_option



@click.command("status")
@project_option
@now_option("Report")
@click.option("--json", "as_json", is_flag=True, help="Print JSON (sorted keys) for agents and scripts.")
def status(project: Path, now: str | None, as_json: bool) -> None:
    """Print every service's status, active incidents and maintenance (in progress and upcoming)."""
    from ..build import load_valid_corpus, parse_now
    from .load import timed_diagnostics
    from .report import report_json, report_text, status_report

    corpus, diagnostics = load_valid_corpus(project)
    moment = parse_now(now, corpus.config.timezone)
    echo_diagnostics(list(diagnostics) + timed_diagnostics(corpus, moment), quiet=True)
    report = status_report(corpus, moment)
    click.echo(report_json(report) if as_json else report_text(report, corpus, moment))


@click.command("announcement")
@click.argument("title")
@project_option
@click.option("--type", "kind", type=click.Choice(["incident", "maintenance", "notice"]),
              default="incident", show_default=True, help="What kind of announcement.")
@click.option("--service", "services", multiple=True, metavar="ID",
              help="An affected service id from site_config.yml (repeat for several).")
@click.option("--start", metavar="ISO8601", callback=moment_value,
              help="When it starts (default: now; no offset: site time zone).")
def new_announcement_command(title: str, project: Path, kind: str, services: tuple[str, ...],
                             start: str | None) -> None:
    """Create an announcement (incident, maintenance or notice) with the next free id."""
    from ..build import load_project_config, parse_now
    from .scaffold import new_announcement

    config = load_project_config(project)
    moment = parse_now(start, config.timezone, "--start") if start else None
    path = new_announcement(project, config, title, kind, services, moment)
    click.echo(f"Created {path} (edit it, then run kbgen build)")
