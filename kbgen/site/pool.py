"""Rendering pages in parallel: a pool of processes, each with its own MkDocs set up once.

Pages are independent, so the work splits over processes: each sets up MkDocs and Material
once (:class:`~kbgen.site.mkdocs_pages.MkDocsRenderer`) from a layout file, then renders the
chunks of pages it is handed and writes their HTML into the staging folder itself. Only small
records travel back (where the file went, its warnings and link lookups).

A clean build starts the pool before anything else runs in it: where ``fork`` exists the
workers are forked from that quiet process. A build that follows a cached one starts no pool
unless many pages need rendering (one edit renders a page or a few, in the build's own
process); a pool started that late starts its workers from a fork server, as the build has
threads by then (the search engine's V8, the writer) and a process with threads must not fork
(:mod:`kbgen.forking`; so does a clean build in a process that already runs threads or V8, a
test run or a script: a script that calls :func:`kbgen.build.build_site` needs the
``if __name__ == "__main__":`` guard such workers need, as they import the script's module again).
"""
from __future__ import annotations

import logging
import os
import pickle
import signal
from concurrent.futures import Future
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable, Iterator

from ..errors import TOO_DEEP, KbgenError
from ..forking import child_initializer, workers_context
from ..waits import first_done, result_of
from .cache import Stat, bytes_digest, file_stat
from .offline import offline_bytes

if TYPE_CHECKING:
    from concurrent.futures import ProcessPoolExecutor

#: Pages handed to a worker at a time (large enough to amortise the hand-over, small enough
#: to keep both processes busy to the end).
CHUNK = 16
#: Chunks in flight per worker (bounds the memory of queued jobs).
IN_FLIGHT = 3


@dataclass(frozen=True)
class RenderSetup:
    """What a worker sets up from (pickled into a file in the staging folder).

    Attributes:
        layout: the site's docs files and config (:class:`~kbgen.site.mkdocs_pages.SiteLayout`).
        epoch: ``SOURCE_DATE_EPOCH`` (the build moment).
        stage: where rendered pages are written.
        offline: pages are written as an offline copy holds them (see :mod:`kbgen.site.offline`).
    """

    layout: object
    epoch: int
    stage: str
    offline: bool = False


@dataclass(frozen=True)
class WrittenPage:
    """A page a worker rendered and wrote.

    Attributes:
        path: docs path.
        dest: site path of its HTML.
        stat: the file as written.
        warnings: MkDocs' warnings.
        lookups: link targets looked up and whether each existed.
        digest: :func:`~kbgen.site.cache.bytes_digest` of the bytes written.
    """

    path: str
    dest: str
    stat: Stat
    warnings: tuple[str, ...]
    lookups: tuple[tuple[str, bool], ...]
    digest: str = ""


def write_page(stage: str, rendered, offline: bool = False) -> WrittenPage:
    """Write a rendered page into the staging folder (``offline``: as an offline copy holds it)."""
    target = os.path.join(stage, rendered.dest)
    os.makedirs(os.path.dirname(target), exist_ok=True)
    data = offline_bytes(rendered.dest, rendered.html) if offline else rendered.html
    with open(target, "wb") as handle:
        handle.write(data)
    stat = file_stat(target)
    assert stat is not None
    return WrittenPage(rendered.path, rendered.dest, stat, rendered.warnings, rendered.lookups, bytes_digest(data))


# --- worker side -------------------------------------------------------------------------------

_WORKER: dict[str, tuple] = {}


def _worker_renderer(setup_file: str) -> tuple:
    """The worker's renderer for a setup file (set up on first use, kept for the next chunks)."""
    if setup_file not in _WORKER:
        from .mkdocs_pages import MkDocsRenderer
        from .render import _Collector

        _WORKER.clear()
        with open(setup_file, "rb") as handle:
            setup: RenderSetup = pickle.load(handle)
        os.environ.update(SOURCE_DATE_EPOCH=str(setup.epoch), NO_MKDOCS_2_WARNING="1")
        collector = _Collector()
        logger = logging.getLogger("mkdocs")
        logger.handlers[:] = [collector]
        logger.setLevel(logging.WARNING)
        logger.propagate = False
        _WORKER[setup_file] = (MkDocsRenderer(setup.layout, collector), setup.stage, setup.offline)
    return _WORKER[setup_file]


def _warm() -> int:
    """A task handed out once per worker after it starts (a head start: the executor may give
    two to one worker), run while the build loads and plans: import what rendering needs
    (MkDocs, Material's Jinja, Python-Markdown and the configured extensions, Pygments' HTML
    formatter), a quarter of a second a worker that no longer waits in front of the first pages.
    An extension that cannot be imported is left to the render, which reports it on its page."""
    import importlib

    from .render import MARKDOWN_EXTENSIONS

    names = [entry if isinstance(entry, str) else next(iter(entry)) for entry in MARKDOWN_EXTENSIONS]
    modules = [name if "." in name else f"markdown.extensions.{name}" for name in names]
    # our MkDocs adapter first: MkDocs, Jinja and Markdown come with it
    for module in [f"{__package__}.mkdocs_pages", *modules, "pygments.formatters.html"]:
        try:
            importlib.import_module(module)
        except ImportError:
            pass
    return os.getpid()


def _prepare(setup_file: str) -> int:
    """Set the worker's renderer up from a setup file before its first pages arrive."""
    _worker_renderer(setup_file)
    return os.getpid()


def _render_chunk(setup_file: str, jobs: list) -> list[WrittenPage]:
    renderer, stage, offline = _worker_renderer(setup_file)
    return [render_and_write(renderer, stage, job, offline) for job in jobs]


class PageFailed(RuntimeError):
    """A page could not be rendered: ``path`` is its docs path, ``reason`` says why (it
    crosses from a worker process: its args are all it carries)."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(path, reason)
        self.path, self.reason = path, reason

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


class PoolBroken(KbgenError):
    """A render worker ended without answering (killed, out of memory, a crash in C code): the
    pool is broken and the pages it held are unknown (the build renders them itself).

    Attributes:
        message: why, as the pool said it.
        in_flight: docs paths of the pages handed to the workers and not answered (one of them
            may be what ended the worker).
    """

    def __init__(self, reason: str, in_flight: Iterable[str]) -> None:
        super().__init__(reason)
        self.in_flight = tuple(sorted(in_flight))


def failure(path: str, exc: Exception) -> PageFailed:
    """``exc`` raised while making the page at ``path``, as a :class:`PageFailed`."""
    return PageFailed(path, TOO_DEEP if isinstance(exc, RecursionError) else f"{type(exc).__name__}: {exc}")


def render_and_write(renderer, stage: str, job, offline: bool = False) -> WrittenPage:
    """Render a page and write it into the staging folder; a failure names the page.

    Raises:
        PageFailed: MkDocs or a Markdown extension failed on the page.
        OSError: the page could not be written.
    """
    try:
        rendered = renderer.render(job)
    except Exception as exc:  # reported with the page's path, never as a traceback
        raise failure(job.path, exc) from None
    return write_page(stage, rendered, offline)  # an OSError (a full disk) names its file: the build reports it


def _ready() -> int:
    """A worker's first task: it leaves Ctrl+C to the build, which stops the pool."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    return os.getpid()


# --- parent side -------------------------------------------------------------------------------

class RenderPool:
    """A pool of render processes (none when ``workers`` is 1: pages render in this process).

    Args:
        workers: processes to use (default: the CPUs this process may run on).
    """

    def __init__(self, workers: int | None = None) -> None:
        self.workers = max(1, workers or available_cpus())
        self.executor: ProcessPoolExecutor | None = None
        self.prepared: Path | None = None  # the setup file the workers were handed (prepare)

    def start(self, fork: bool = True) -> "RenderPool":
        """Start the worker processes now, unless they run or one worker is asked for: forked
        when ``fork`` and no thread runs in this process (:func:`~kbgen.forking.fork_is_safe`),
        else from a fork server. A forked
        worker first limits OpenMP to one thread, as suggest's do
        (:func:`~kbgen.forking.child_initializer`)."""
        if self.workers > 1 and self.executor is None:
            # imported here: a build that renders in this process (a few pages after an edit)
            # never starts workers, and the pool's modules cost ~20 ms of its start-up
            from concurrent.futures import ProcessPoolExecutor
            from concurrent.futures.process import BrokenProcessPool

            context = workers_context(fork, (__name__, "kbgen.site.mkdocs_pages"))
            if context is None:  # no worker could start: the pages render here, the same bytes
                self.workers = 1
                return self
            self.executor = ProcessPoolExecutor(self.workers, mp_context=context,
                                                initializer=child_initializer(context))
            try:
                for future in [self.executor.submit(_ready) for _ in range(self.workers)]:
                    result_of(future)  # waking: a signal another thread took is handled
            except BrokenProcessPool:  # workers that cannot start (they import a script run from
                self.close()  # stdin again, which has no file): the pages render here, the same bytes
                self.workers = 1
                return self
            self._head_start(_warm)  # not waited for: the imports run while the build loads and plans
        return self

    def prepare(self, setup: RenderSetup, setup_file: Path) -> None:
        """Write the setup file and hand the workers one task per worker that sets a renderer
        up from it now (not waited for: it runs while this process decides what to render). It
        is a head start, not a promise: the executor may give two of them to one worker, and a
        worker without one sets up on its first pages. :meth:`render` with the same file uses
        it as it was written. Does nothing without running workers."""
        if self.executor is None or self.prepared == setup_file:
            return
        _write_setup(setup, setup_file)
        self.prepared = setup_file
        self._head_start(_prepare, str(setup_file))

    def _head_start(self, task: Callable[..., int], *args: str) -> None:
        """Submit ``task`` once per worker, not waited for; a broken pool is left to
        :meth:`render`, which meets it and says so."""
        executor = self.executor
        if executor is None:
            return
        try:
            for _ in range(self.workers):
                executor.submit(task, *args)
        except RuntimeError:
            pass

    def render(self, setup: Callable[[], RenderSetup], setup_file: Path, jobs: Iterable,
               done: Callable[[int], None]) -> Iterator[WrittenPage]:
        """Render the jobs in the workers; yields each written page (in no particular order).
        A setup file already handed over by :meth:`prepare` is used as it was written (the pool
        is the one place that knows it was); otherwise ``setup()`` makes what is written now."""
        if self.executor is None:
            raise KbgenError("the render pool is not started")
        if self.prepared != setup_file:
            _write_setup(setup(), setup_file)
            self.prepared = setup_file
        pending: dict[Future, list[str]] = {}  # each task: the docs paths of its pages
        for chunk in _chunks(jobs, CHUNK):
            if len(pending) >= IN_FLIGHT * self.workers:
                yield from self._collect(pending, done)
            try:
                pending[self.executor.submit(_render_chunk, str(setup_file), chunk)] = [job.path for job in chunk]
            except RuntimeError as exc:  # a broken pool (a worker died in an early task)
                raise PoolBroken(str(exc).rstrip("."), _paths(pending)) from None
        while pending:
            yield from self._collect(pending, done)

    @staticmethod
    def _collect(pending: dict[Future, list[str]], done: Callable[[int], None]) -> Iterator[WrittenPage]:
        finished = first_done(set(pending))  # waking, as result_of
        for future in finished:
            try:
                written = future.result()
            except PageFailed:
                raise  # the build names the page's file
            except RuntimeError as exc:  # a worker died (BrokenProcessPool)
                raise PoolBroken(str(exc).rstrip("."), _paths(pending)) from None
            del pending[future]
            done(len(written))
            yield from written

    def close(self) -> None:
        """Stop the workers."""
        if self.executor is not None:
            self.executor.shutdown(cancel_futures=True)
            self.executor = None
        self.prepared = None

    def __enter__(self) -> "RenderPool":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _write_setup(setup: RenderSetup, setup_file: Path) -> None:
    with open(setup_file, "wb") as handle:
        pickle.dump(setup, handle, protocol=pickle.HIGHEST_PROTOCOL)


def available_cpus() -> int:
    """CPUs this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on every platform
        return os.cpu_count() or 1


def _paths(pending: dict[Future, list[str]]) -> list[str]:
    """The docs paths of the pages in the tasks not answered."""
    return [path for paths in pending.values() for path in paths]


def _chunks(items: Iterable, size: int) -> Iterator[list]:
    chunk: list = []
    for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
