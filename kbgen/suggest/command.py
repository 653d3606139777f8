"""The ``kbgen suggest`` command: options in, :func:`run_suggest` called, report out."""
from __future__ import annotations

import sys
from pathlib import Path

import click

from ..options import Folder
from .importers import FORMATS
from .pipeline import SuggestOptions, parse_columns, run_suggest

STAGES = ("reading exports", "redacting", "cleaning", "setting aside", "grouping duplicates", "vectorising",
          "clustering", "summarising", "comparing with articles", "planning drafts", "writing")


def _progress():
    """A stage progress bar on stderr when it is a terminal, else a silent callback."""
    if not sys.stderr.isatty():
        return None, lambda name: None
    from tqdm import tqdm

    bar = tqdm(total=len(STAGES), file=sys.stderr, unit="stage", leave=False)

    def step(name: str) -> None:
        bar.set_description(name)
        bar.update(1)
    return bar, step


@click.command()
@click.argument("exports", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--project", "-p", type=Folder(), default=".", show_default=True,
              help="The kbgen project whose published articles are compared with the tickets.")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="auto", show_default=True,
              help="Export format; auto detects it from the headers or JSON shape.")
@click.option("--map", "columns", metavar="FIELD=COLUMN,...",
              help="Columns of a generic export, e.g. title=Subject,body=Details.")
@click.option("--since", type=click.DateTime(["%Y-%m-%d"]), help="Only tickets opened on or after this date.")
@click.option("--min-size", type=click.IntRange(2),
              help="Fewest tickets that make a recurring problem (default: 1 in 300 distinct tickets, at least 3).")
@click.option("--top", type=click.IntRange(1), help="Report (and draft) only the first N problems: people helped times how uncovered, "
                   "a cluster naming a thing and no problem weighed down.")
@click.option("--out", type=Folder(),
              help="Folder for draft articles (default: <project>/content/articles/_suggested).")
@click.option("--json", "json_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Also write the report as JSON to this file.")
@click.option("--redacted-out", type=click.Path(dir_okay=False, path_type=Path),
              help="Write the redacted tickets as JSON Lines to this file.")
@click.option("--clusters", "clusters_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Write every ticket's cluster to this file ({clusters: {id: [tickets], unclustered: [...]}}).")
@click.option("--keep-alerts", is_flag=True,
              help="Keep placeholders, tests and machine alerts (triage off).")
def suggest(exports, project, fmt, columns, since, min_size, top, out, json_path, redacted_out,
            clusters_path, keep_alerts) -> None:
    """Find recurring problems in ticket EXPORTS that no article covers, and draft them.

    Prints a Markdown report ranked by tickets per problem; writes one draft per gap.
    """
    options = SuggestOptions(fmt, parse_columns(columns), since.date() if since else None, min_size, top,
                             out, json_path, redacted_out, clusters_path, keep_alerts=keep_alerts)
    bar, step = _progress()
    try:
        result = run_suggest(list(exports), project, options, step)
    finally:
        if bar is not None:
            bar.close()
    for item in result.diagnostics:
        click.echo(item.format(), err=True)
    click.echo(result.markdown)
    click.echo(f"{len(result.clusters)} recurring problems in {result.tickets} tickets; "
               f"{len(result.drafts)} draft(s) written", err=True)
