"""``kbgen link``: an article's permanent link or reply, as the site's Copy buttons make it."""
from __future__ import annotations

from pathlib import Path

import click

from ..errors import printable_json
from ..options import project_option
from ..snippets import FORMATS


@click.command()
@click.argument("article_id", metavar="ID")
@project_option
@click.option("--section", "-s", metavar="ANCHOR", default="",
              help="Link to a section of the article: its anchor (or heading), as in /kb/<ID>/#ANCHOR.")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="snippet", show_default=True,
              help="The reply (reply_template) in plain text or Markdown, a bare link, or a Markdown/HTML link.")
@click.option("--json", "as_json", is_flag=True,
              help='Print {"id", "title", "url", "short_url", "link", "section", "reply", "reply_markdown"}.')
def link(article_id: str, project: Path, section: str, fmt: str, as_json: bool) -> None:
    """Print an article's permanent short link or a reply-ready snippet for a ticket."""
    from ..build import load_valid_corpus
    from ..snippets import link_info, reply_text

    corpus, _ = load_valid_corpus(project)
    if as_json:
        click.echo(printable_json(link_info(corpus, article_id, section)))
    else:
        click.echo(reply_text(corpus, article_id, fmt, section))
