"""``kbgen search``: the same ranking as the site's search box, from a terminal."""
from __future__ import annotations

from pathlib import Path

import click

from ..errors import printable_json
from ..options import Folder


@click.command()
@click.argument("query", required=False)
@click.option("--project", "-p", type=Folder(), default=".",
              show_default=True, help="The project folder (holds site_config.yml and content/).")
@click.option("--site", type=Folder(),
              help="A built site to read the index from (default: <project>/site if built).")
@click.option("--limit", "-n", type=click.IntRange(1, 100), default=10, show_default=True,
              help="Number of results.")
@click.option("--json", "as_json", is_flag=True,
              help='Print [{"id", "title", "url", "summary", "score"}] best first; below the '
                   'no-good-answer threshold every result also has "weak": true.')
@click.option("--batch", type=click.File("r", encoding="utf-8", errors="replace"),
              help="Answer every line of FILE ('-' for stdin) as a query; one JSON line each.")
@click.option("--hide-weak", is_flag=True,
              help="With --json/--batch, print [] instead of results below the threshold.")
@click.option("--reply", is_flag=True,
              help="Print the reply for a ticket (reply_template) with the best result, as the Copy "
                   "reply button makes it; with --json, the result's link and reply as JSON.")
def search(query: str | None, project: Path, site: Path | None, limit: int, as_json: bool,
           batch, hide_weak: bool, reply: bool) -> None:
    """Search the knowledge base, ranked exactly as the site's search box."""
    if (query is None) == (batch is None):
        raise click.UsageError("give a QUERY or --batch FILE (not both)")
    from .runtime import warm_up

    warm_up()  # V8 starts (and mini-racer is imported) while the rest is imported and the index read
    from .engine import open_engine

    engine = open_engine(project, site)
    if batch is not None:
        _batch(engine, batch, limit, hide_weak)
        return
    results = engine.search(query, limit)
    if reply:
        from ..build import load_valid_corpus
        from ..snippets import reply_for_search

        text, warning = reply_for_search(load_valid_corpus(project)[0], query, results[:1], as_json)
        if warning:
            click.echo(f"Warning: {warning}", err=True)
        click.echo(text)
        return
    if as_json:
        click.echo(printable_json(_json(results, hide_weak)))
        return
    _print(results)


def _batch(engine, lines, limit: int, hide_weak: bool) -> None:
    """One JSON line per query line: the query as the engine read it (its first ``MAX_QUERY``
    UTF-16 code units, as JavaScript counts, with ``"cut": true`` when the line was longer: a
    2 MB line was echoed whole) and the results."""
    from .runtime import call

    longest = call("maxQuery")
    for line in lines:
        query = line.rstrip("\n")
        if query.strip():  # the engine sees the line as typed, as the search box would
            results = _json(engine.search(query, limit), hide_weak)
            read = _utf16_prefix(query, longest)
            shown = {"query": read.strip(), **({"cut": True} if len(read) < len(query) else {})}
            click.echo(printable_json({**shown, "results": results}, indent=None))


def _utf16_prefix(text: str, units: int) -> str:
    """The longest start of ``text`` within ``units`` UTF-16 code units, as JavaScript's
    ``slice(0, units)`` in the engine cuts (an astral character such as an emoji counts two); a
    pair the cut would split is left out whole (the engine's half of it matches no word)."""
    used = 0
    for index, char in enumerate(text[:units]):  # each character is at least one unit
        used += 2 if ord(char) > 0xFFFF else 1
        if used > units:
            return text[:index]
    return text[:units]


def _json(results, hide_weak: bool) -> list[dict]:
    if results and results[0].weak and hide_weak:
        return []
    return [dict(r.to_json(), **({"weak": True} if r.weak else {})) for r in results]


def _print(results) -> None:
    if not results:
        click.echo("No results.")
        return
    if results[0].weak:
        click.echo("No good answer. Closest matches (contact the service desk if these do not help):")
    for rank, r in enumerate(results, 1):
        service = f" [{r.service}]" if r.service else ""
        click.echo(f"{rank:>2}. {r.id}  {r.title}{service}  ({r.score:g})\n    {r.url}")
        if r.summary:
            click.echo(f"    {r.summary}")
