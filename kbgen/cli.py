"""The command line: thin click commands over the library API.

Each command parses options, calls the library and turns :class:`kbgen.errors.KbgenError`
into a message and an exit code. No user mistake ends in a traceback.
"""
from __future__ import annotations

import io
import os
import select
import sys
from pathlib import Path

import click

from . import __version__
from .component import Command
from .components import COMMANDS
from .options import Folder, echo_diagnostics, now_option, project_option, shown_root
from .errors import BadOption, KbgenError


class LazyGroup(click.Group):
    """A group whose components' commands are imported only when used (``kbgen search`` must
    start fast; the suggest command pulls in numpy). ``lazy`` maps a name to its command."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.lazy: dict[str, Command] = {}
        #: Objects a command leaves to the end of the process (None: free them, as in a library
        #: call or a test runner's ``main.main``); only :meth:`__call__` sets it.
        self.left_to_exit: list | None = None

    def __call__(self, *args, **kwargs):
        """The ``kbgen`` command itself (its console script, ``python -m kbgen``): as click runs
        it, except that a build's memo, plan and records are not freed one object at a time
        before the process ends (~0.26 s of one edit at 10,000 articles): kbgen ends as mypy's
        ``hard_exit`` does (see :func:`_end_without_freeing`), with the same status."""
        self.left_to_exit = []
        try:
            return self.main(*args, **kwargs)
        except SystemExit as exc:
            if self.left_to_exit:
                _end_without_freeing(exc.code)
            raise
        finally:
            self.left_to_exit = None

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(set(super().list_commands(ctx)) | set(self.lazy))

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name in self.lazy and name not in self.commands:
            self.add_command(self.lazy[name].load(), name)
        return super().get_command(ctx, name)

    def invoke(self, ctx: click.Context):
        """Run the command; the library's errors become a message on stderr and an exit code.
        A reader of kbgen's output that stopped reading ends kbgen quietly with
        :data:`EXIT_CLOSED_PIPE` when some of kbgen's output was lost to it (a write met the
        closed pipe, or came back short); when every write succeeded kbgen keeps its own status."""
        try:
            result = self._invoke_reporting(ctx)
        except BrokenPipeError as exc:  # `kbgen check | head -1`: the reader has what it wanted
            if not _silence_closed_outputs():
                _unexpected(ctx, exc)
            ctx.exit(EXIT_CLOSED_PIPE)
        except (SystemExit, click.exceptions.Exit):  # the command's own status, unless output was lost
            _exit_if_output_lost(ctx)
            raise
        _exit_if_output_lost(ctx)
        return result

    def _invoke_reporting(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except BadOption as exc:  # bad usage, worded as click words a value it refuses itself
            click.echo(f"Error: Invalid value for {exc.option!r}: {exc.reason}", err=True)
            ctx.exit(exc.exit_code)
        except KbgenError as exc:  # ValidationFailed too: each says how it is reported
            click.echo(exc.report(shown_root()), err=True)
            ctx.exit(exc.exit_code)
        except (click.exceptions.Exit, click.ClickException, click.Abort, KeyboardInterrupt, BrokenPipeError):
            raise
        except Exception as exc:  # noqa: BLE001 - a bug in kbgen still never shows a traceback
            _unexpected(ctx, exc)


def _unexpected(ctx: click.Context, exc: Exception) -> None:
    """A bug in kbgen: one line naming it, exit status 70 (``KBGEN_DEBUG=1``: the traceback)."""
    if os.environ.get("KBGEN_DEBUG"):
        raise exc
    click.echo(f"Error: kbgen failed unexpectedly ({type(exc).__name__}: {exc}). This is a bug in "
               "kbgen: please report it with the command and the input that caused it "
               "(KBGEN_DEBUG=1 shows the details).", err=True)
    ctx.exit(70)


#: The status a shell reports for a Unix tool its closed pipe stopped (128 + SIGPIPE).
EXIT_CLOSED_PIPE = 141


class _ShortWriteRecorder(io.FileIO):
    """Standard output or error at the system level, recording a write that came back short.
    A write to a pipe whose reader closes while it is under way returns the bytes written so far
    without an error, and Python's buffer drops the rest: the one sign that output was lost."""

    short_writes = 0

    def write(self, data) -> int | None:
        written = super().write(data)
        if written is not None and written < memoryview(data).nbytes:
            _ShortWriteRecorder.short_writes += 1
        return written


def _record_short_writes() -> None:
    """Put :class:`_ShortWriteRecorder` under ``sys.stdout`` and ``sys.stderr`` (same encoding,
    error handler and buffering); only the process's own standard streams, not a stream a caller
    put in their place (a test runner's capture)."""
    for name in ("stdout", "stderr"):
        stream = getattr(sys, name)
        if stream is None or stream is not getattr(sys, f"__{name}__"):
            continue
        try:
            number = stream.fileno()
            stream.flush()
        except (OSError, ValueError):  # no file behind it, or one already gone: leave it as it is
            continue
        raw = _ShortWriteRecorder(number, "w", closefd=False)
        wrapped = io.TextIOWrapper(io.BufferedWriter(raw), encoding=stream.encoding, errors=stream.errors,
                                   line_buffering=stream.line_buffering, write_through=stream.write_through)
        setattr(sys, name, wrapped)


def _exit_if_output_lost(ctx: click.Context) -> None:
    """End with :data:`EXIT_CLOSED_PIPE`, quietly, when some of kbgen's output did not reach its
    reader: the last flush of standard output or error met the closed pipe, or a write came back
    short. A reader that read everything, or left after kbgen's last write, leaves kbgen's own
    status (``kbgen check | head -1`` on a short report: check's 1, every time)."""
    lost = _ShortWriteRecorder.short_writes > 0
    for stream in (sys.stdout, sys.stderr):
        try:
            if stream is not None:  # None: the stream was closed when kbgen started (`>&-`)
                stream.flush()
        except BrokenPipeError:  # what was still buffered cannot reach the reader
            lost = True
        except ValueError:  # a stream the command closed: nothing of it is pending
            pass
    if lost:
        _silence_closed_outputs()
        ctx.exit(EXIT_CLOSED_PIPE)


def _end_without_freeing(code) -> None:
    """End the process with the status ``SystemExit(code)`` gives, without freeing its objects:
    the standard streams flushed, threads still running waited for and exit handlers run (as
    Python's own ending does), then ``os._exit``. Returns (and the ordinary ending follows) when a
    stream cannot be flushed at first, so a closed pipe is reported exactly as before."""
    import atexit
    import threading

    if (code is not None and not isinstance(code, int)) or not _flushed():
        return  # a message to print (Python's ending prints it), or a stream that cannot be flushed
    for thread in threading.enumerate():
        if thread is not threading.current_thread() and not thread.daemon:
            thread.join()
    atexit._run_exitfuncs()
    # What an exit handler wrote, flushed; a stream failing now ends with 120, as Python's own
    # ending does (the handlers are not run a second time by returning).
    os._exit((code or 0) if _flushed() else 120)


def _flushed() -> bool:
    """Flush standard output and error; False when one of them cannot be flushed."""
    try:
        for stream in (sys.stdout, sys.stderr):
            if stream is not None:
                stream.flush()
    except (OSError, ValueError):
        return False
    return True


def _silence_closed_outputs() -> bool:
    """Point standard output and error, where their reader has gone, at the null device (so
    nothing more, not even Python's last flush, complains); True when one of them had gone."""
    closed = False
    for number in (1, 2):
        if _reader_gone(number):
            null = os.open(os.devnull, os.O_WRONLY)
            if null != number:  # else it is already the number it should be
                os.dup2(null, number)
                os.close(null)  # one descriptor on the null device per stream, not one left over
            closed = True
    return closed


def _reader_gone(number: int) -> bool:
    """Whether nothing reads the pipe at file ``number`` any more (its reading end closed)."""
    if not hasattr(select, "poll"):
        return True  # no way to tell (Windows): a broken pipe there is taken to be this one
    poller = select.poll()
    poller.register(number, select.POLLOUT)
    return any(events & (select.POLLERR | select.POLLHUP) for _, events in poller.poll(0))


def _open_missing_standard_files() -> None:
    """A standard stream the caller closed (``kbgen build >&-``) is opened on the null device:
    else the next file kbgen opens takes its number, and a process it starts writes its output
    (or a warning) into that file."""
    for number in (0, 1, 2):
        try:
            os.fstat(number)
        except OSError:
            os.open(os.devnull, os.O_RDWR)  # the lowest free number: this one


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="kbgen")
def main() -> None:
    """kbgen: a fast, searchable self-help site from a folder of Markdown."""
    _open_missing_standard_files()
    _record_short_writes()
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
@click.option("--out", "-o", type=Folder(),
              help="Where to write the site (default: <project>/site). It is replaced only if the build succeeds.")
@now_option()
@click.option("--strict", is_flag=True, help="Treat warnings as errors.")
@click.option("--quiet", "-q", is_flag=True, help="Print only problems (no progress bar either).")
@click.option("--offline", is_flag=True,
              help="Build a copy that works opened from disk (file://), and a zip of it beside --out.")
@click.option("--previous", type=click.Path(exists=True, path_type=Path), metavar="PATH",
              help="The site last published, or its api/articles.json (default: the site in --out): "
                   "its URLs keep working.")
@click.option("--no-cache", is_flag=True,
              help="Rebuild every page, ignoring what the last build left beside the site (the cache is rewritten).")
def build(project: Path, out: Path | None, now: str | None, strict: bool, quiet: bool, offline: bool,
          previous: Path | None, no_cache: bool) -> None:
    """Validate the content and build the site (only what changed since the last build)."""
    from .build import build_site
    from .progress import progress_for

    progress = progress_for(quiet)
    try:
        result = build_site(project, out, now, strict, offline, previous, use_cache=not no_cache, progress=progress,
                            left_to_exit=main.left_to_exit)
    finally:
        progress.close()
    echo_diagnostics([item for item in result.diagnostics if item not in progress.shown], quiet)
    if not quiet:
        click.echo(f"Built {result.articles} articles ({result.pages} pages, {result.rendered} rendered) "
                   f"into {result.site_dir} in {result.seconds:.1f} s")
        if result.archive:
            click.echo(f"Offline copy: {result.archive} (unzip it and open index.html)")


@main.command()
@click.argument("folder", required=False, default=".", type=Folder())
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

    serve_project(project, host, port, shown_root())


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


for command in COMMANDS:  # the components' commands, imported when run
    (main if not command.group else main.commands[command.group]).lazy[command.name] = command
