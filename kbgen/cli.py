"""The command line: thin click commands over the library API.

Each command parses options, calls the library and turns :class:`kbgen.errors.KbgenError`
into a message and an exit code. No user mistake ends in a traceback.
"""
from __future__ import annotations

import os
from pathlib import Path

import click

from . import __version__
from .errors import Diagnostic, KbgenError, Severity, ValidationFailed


def project_option(func):
    """``--project DIR``: the kbgen project (default: the current folder)."""
    return click.option("--project", "-p", type=click.Path(file_okay=False, path_type=Path), default=".",
                        show_default=True, help="The project folder (holds site_config.yml and content/).")(func)


def now_option(func):
    """``--now ISO8601``: the moment to build for (default: now)."""
    return click.option("--now", metavar="ISO8601",
                        help="Build as if it were this moment, e.g. 2026-03-01T09:00:00+00:00 "
                             "(status, banners and dates; same input and --now give identical output).")(func)


def echo_diagnostics(diagnostics: list[Diagnostic] | tuple[Diagnostic, ...], quiet: bool = False) -> None:
    """Print warnings (and infos unless quiet) to stderr."""
    for item in diagnostics:
        if item.severity is Severity.WARNING or (item.severity is Severity.INFO and not quiet):
            click.echo(item.format(), err=True)


class LazyGroup(click.Group):
    """A group whose feature commands are imported only when used (``kbgen search`` must start
    fast; the suggest command pulls in numpy). ``lazy`` maps a name to ``module:attribute``."""

    lazy: dict[str, str] = {}

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(set(super().list_commands(ctx)) | set(self.lazy))

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name in self.lazy and name not in self.commands:
            import importlib

            module, _, attribute = self.lazy[name].partition(":")
            self.add_command(getattr(importlib.import_module(module), attribute), name)
        return super().get_command(ctx, name)

    def invoke(self, ctx: click.Context):
        """Run the command; the library's errors become a message on stderr and an exit code."""
        try:
            return super().invoke(ctx)
        except ValidationFailed as exc:
            click.echo(exc.format_message(), err=True)
            ctx.exit(exc.exit_code)
        except KbgenError as exc:
            click.echo(f"Error: {exc.format_message()}", err=True)
            ctx.exit(exc.exit_code)
        except (click.exceptions.Exit, click.ClickException, click.Abort, KeyboardInterrupt):
            raise
        except Exception as exc:  # noqa: BLE001 - a bug in kbgen still never shows a traceback
            if os.environ.get("KBGEN_DEBUG"):
                raise
            click.echo(f"Error: kbgen failed unexpectedly ({type(exc).__name__}: {exc}). This is a bug in "
                       "kbgen: please report it with the command and the input that caused it "
                       "(KBGEN_DEBUG=1 shows the details).", err=True)
            ctx.exit(70)


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="kbgen")
def main() -> None:
    """kbgen: a fast, searchable self-help site from a folder of Markdown."""
    stop_cleanly_on_sigterm()


def stop_cleanly_on_sigterm() -> None:
    """SIGTERM (``kill``, a CI timeout, a container stopping) ends kbgen as Ctrl+C does: the
    running step unwinds, temporary folders are removed and the previous site stays."""
    import signal
    import threading

    def interrupt(signum, frame):
        raise KeyboardInterrupt

    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, interrupt)


@main.command()
@project_option
@click.option("--out", "-o", type=click.Path(file_okay=False, path_type=Path),
              help="Where to write the site (default: <project>/site). It is replaced only if the build succeeds.")
@now_option
@click.option("--strict", is_flag=True, help="Treat warnings as errors.")
@click.option("--quiet", "-q", is_flag=True, help="Print only problems.")
def build(project: Path, out: Path | None, now: str | None, strict: bool, quiet: bool) -> None:
    """Validate the content and build the site."""
    from .build import build_site

    result = build_site(project, out, now, strict)
    echo_diagnostics(result.diagnostics, quiet)
    if not quiet:
        click.echo(f"Built {result.articles} articles ({result.pages} pages) into {result.site_dir} "
                   f"in {result.seconds:.1f} s")


@main.command()
@project_option
@click.option("--now", metavar="ISO8601", help="Check as if it were this moment (stale reviews).")
@click.option("--strict", is_flag=True, help="Exit non-zero on warnings too.")
def check(project: Path, now: str | None, strict: bool) -> None:
    """Validate the content and flag stale, ownerless or incomplete articles."""
    from .build import load_valid_corpus, parse_now
    from .lint import lint_corpus
    from .status import timed_diagnostics

    corpus, diagnostics = load_valid_corpus(project)
    moment = parse_now(now, corpus.config.timezone)
    findings = diagnostics + lint_corpus(corpus, moment.date()) + timed_diagnostics(corpus, moment)
    echo_diagnostics(findings)
    errors = sum(d.severity is Severity.ERROR for d in findings)
    warnings = sum(d.severity is Severity.WARNING for d in findings)
    click.echo(f"{len(corpus.articles)} articles checked: {errors} error(s), {warnings} warning(s)")
    if errors or (strict and warnings):
        raise SystemExit(1)


@main.command()
@click.argument("folder", required=False, default=".", type=click.Path(file_okay=False, path_type=Path))
def init(folder: Path) -> None:
    """Start a new project in FOLDER (default: here): a commented site_config.yml, an article,
    an explainer and an announcement that build and pass `kbgen check` at once."""
    from .starter import init_project

    for path in init_project(folder):
        click.echo(f"Created {path}")
    click.echo(f"Next: kbgen serve --project {folder} and open http://127.0.0.1:8000/ "
               "(kbgen new article \"Title\" adds an article)")


@main.command()
@project_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535), help="Port to listen on.")
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


@main.group()
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
    from .config import load_config
    from .errors import ValidationFailed
    from .scaffold import new_article

    config, problems = load_config(project)
    if config is None:
        raise ValidationFailed(problems)
    path = new_article(project, title, config.id_prefix, kind, folder)
    click.echo(f"Created {path} (a draft: remove 'draft: true' to publish it)")


main.lazy["suggest"] = "kbgen.suggest.command:suggest"  # the command lives with its feature

from .status.command import new_announcement_command, status  # noqa: E402 - lives with its feature

main.add_command(status)
new.add_command(new_announcement_command)

main.lazy["search"] = "kbgen.search.command:search"  # lives with its feature
