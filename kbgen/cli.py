"""The command line: thin click commands over the library API.

Each command parses options, calls the library and turns :class:`kbgen.errors.KbgenError`
into a message and an exit code. No user mistake ends in a traceback.
"""
from __future__ import annotations

from pathlib import Path

import click

from . import __version__
from .component import Command, commands
from .components import COMPONENTS
from .errors import Severity
from .options import echo_diagnostics, now_option, project_option


class LazyGroup(click.Group):
    """A group whose components' commands are imported only when used (``kbgen search`` must
    start fast; the suggest command pulls in numpy). ``lazy`` maps a name to its command."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.lazy: dict[str, Command] = {}

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(set(super().list_commands(ctx)) | set(self.lazy))

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name in self.lazy and name not in self.commands:
            self.add_command(self.lazy[name].load(), name)
        return super().get_command(ctx, name)


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="kbgen")
def main() -> None:
    """kbgen: a fast, searchable self-help site from a folder of Markdown."""


@main.command()
@project_option
@click.option("--out", "-o", type=click.Path(file_okay=False, path_type=Path),
              help="Where to write the site (default: <project>/site). It is replaced only if the build succeeds.")
@now_option
@click.option("--strict", is_flag=True, help="Treat warnings as errors.")
@click.option("--quiet", "-q", is_flag=True, help="Print only problems (no progress bar either).")
@click.option("--no-cache", is_flag=True,
              help="Rebuild every page, ignoring what the last build left beside the site (the cache is rewritten).")
def build(project: Path, out: Path | None, now: str | None, strict: bool, quiet: bool, no_cache: bool) -> None:
    """Validate the content and build the site (only what changed since the last build)."""
    from .build import build_site
    from .progress import progress_for

    progress = progress_for(quiet)
    try:
        result = build_site(project, out, now, strict, use_cache=not no_cache, progress=progress)
    finally:
        progress.close()
    echo_diagnostics(result.diagnostics, quiet)
    if not quiet:
        click.echo(f"Built {result.articles} articles ({result.pages} pages, {result.rendered} rendered) "
                   f"into {result.site_dir} in {result.seconds:.1f} s")


@main.command()
@project_option
@click.option("--now", metavar="ISO8601", help="Check as if it were this moment (stale reviews).")
@click.option("--strict", is_flag=True, help="Exit non-zero on warnings too.")
def check(project: Path, now: str | None, strict: bool) -> None:
    """Validate the content and flag stale, ownerless or incomplete articles."""
    from .build import load_valid_corpus, moment_checks, parse_now
    from .lint import lint_corpus

    corpus, diagnostics = load_valid_corpus(project)
    moment = parse_now(now, corpus.config.timezone)
    findings = diagnostics + lint_corpus(corpus, moment.date()) + moment_checks(corpus, moment)
    echo_diagnostics(findings)
    errors = sum(d.severity is Severity.ERROR for d in findings)
    warnings = sum(d.severity is Severity.WARNING for d in findings)
    click.echo(f"{len(corpus.articles)} articles checked: {errors} error(s), {warnings} warning(s)")
    if errors or (strict and warnings):
        raise SystemExit(1)


@main.command()
@project_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8000, show_default=True, type=int, help="Port to listen on.")
def serve(project: Path, host: str, port: int) -> None:
    """Build the site, serve it, and rebuild and reload the browser when content changes."""
    from .site.serve import serve_project

    serve_project(project, host, port)


@main.command()
@click.argument("article_id", metavar="ID")
@project_option
@click.option("--format", "fmt", type=click.Choice(["url", "snippet", "markdown", "html"]), default="snippet",
              show_default=True, help="A bare link, a reply-ready snippet, or a Markdown/HTML link.")
def link(article_id: str, project: Path, fmt: str) -> None:
    """Print an article's permanent short link or a reply-ready snippet for a ticket."""
    from .build import load_valid_corpus
    from .snippets import reply_text

    corpus, _ = load_valid_corpus(project)
    click.echo(reply_text(corpus, article_id, fmt))


@main.group(cls=LazyGroup)
def new() -> None:
    """Create new content from a template."""


@new.command("article")
@click.argument("title")
@project_option
@click.option("--type", "kind", type=click.Choice(["how-to", "troubleshooting", "faq", "explainer"]),
              default="how-to", show_default=True, help="The article type.")
@click.option("--folder", default="", help="Sub-folder of content/articles/ to create it in.")
def new_article_command(title: str, project: Path, kind: str, folder: str) -> None:
    """Create a draft article with the next free id."""
    from .build import load_project_config
    from .scaffold import new_article

    config = load_project_config(project)
    path = new_article(project, title, config.id_prefix, kind, folder)
    click.echo(f"Created {path} (a draft: remove 'draft: true' to publish it)")


for command in commands(COMPONENTS):  # the components' commands, imported when run
    (main if not command.group else main.commands[command.group]).lazy[command.name] = command
