"""``kbgen serve``: build into a temporary folder, serve it, rebuild on change, reload browsers.

Uses MkDocs' live-reload server (this is the render adapter's side of the fence). Rebuilds go
through the build cache like ``kbgen build`` (only what changed is rendered), in this process:
the server's threads are running by then, and a process with threads must not fork workers. A
build with errors prints its diagnostics and keeps serving the last good site.
"""
from __future__ import annotations

import logging
import tempfile
from pathlib import Path

import click

from ..build import build_site
from ..errors import KbgenError, ValidationFailed


def _rebuild(project: Path, site: Path) -> None:
    try:
        result = build_site(project, site, workers=1)
    except ValidationFailed as exc:
        click.echo(exc.format_message(), err=True)
        click.echo("Keeping the last good site; fix the problems above and save again.", err=True)
        return
    except KbgenError as exc:
        click.echo(f"Error: {exc.format_message()}", err=True)
        return
    for item in result.diagnostics:
        click.echo(item.format(), err=True)
    click.echo(f"Built {result.articles} articles ({result.rendered} pages rendered) in {result.seconds:.1f} s")


def serve_project(project: Path, host: str = "127.0.0.1", port: int = 8000) -> None:
    """Serve the project's site with live reload until interrupted."""
    from mkdocs.livereload import LiveReloadServer

    project = Path(project).resolve()
    with tempfile.TemporaryDirectory(prefix="kbgen-serve-") as tmp:
        site = Path(tmp) / "site"
        build_site(project, site)
        server = LiveReloadServer(builder=lambda: _rebuild(project, site), host=host, port=port, root=str(site))
        logging.getLogger("mkdocs.livereload").setLevel(logging.WARNING)
        for watched in ("content", "theme", "site_config.yml"):
            if (project / watched).exists():
                server.watch(str(project / watched))
        click.echo(f"Serving on http://{host}:{port}/ (Ctrl+C to stop)")
        try:
            server.serve()
        except KeyboardInterrupt:
            click.echo("Stopped.")
        finally:
            server.shutdown()
