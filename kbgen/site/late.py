"""The late files (the search index's global part): made in a thread of their own while the
build decides what changed and renders (see :func:`late_files_made`)."""
from __future__ import annotations

import contextlib
import threading
from concurrent.futures import Future
from typing import Iterator, Mapping

from ..waits import checkpoint, joined, started
from .model import SitePlan


#: Threads making the late files of runs that failed: told to stop, not waited for.
_abandoned: list[threading.Thread] = []


@contextlib.contextmanager
def late_files_made(plan: SitePlan) -> Iterator[Future | None]:
    """The late files (the search index's global part) made in a thread from here, beside
    deciding what changed and rendering: after one edit that is most of the build, and waiting
    for them after the one page was rendered was ~0.9 s of ~5 s at 10,000 articles.

    The thread writes nothing, so a run that fails or is stopped does not wait for it: it is
    told to stop (it ends at its next step, :func:`~kbgen.waits.checkpoint`) and left to end
    on its own; the next run waits for it first (:func:`settle_abandoned`), so a long-running
    ``kbgen serve`` whose rebuilds keep failing never piles up threads indexing stale content.
    """
    if not plan.late:
        yield None
        return
    stop = threading.Event()
    late_made, thread = started(make_late, plan, name="kbgen-search-index", stop=stop)
    try:
        yield late_made
    except BaseException:
        stop.set()
        _abandoned.append(thread)
        raise


def settle_abandoned() -> None:
    """Wait for the threads of failed runs (:func:`late_files_made`) to end: told to stop, they
    end within one step of their work; the wait wakes for signals (:func:`~kbgen.waits.joined`)."""
    while _abandoned:
        joined(_abandoned[0])
        _abandoned.pop(0)


def make_late(plan: SitePlan) -> list[Mapping[str, bytes]]:
    """The files of each :class:`~kbgen.site.model.LateFiles` of the plan, in planning order
    (each begun only while the run still wants them: :func:`~kbgen.waits.checkpoint`)."""
    made = []
    for late in plan.late:
        checkpoint()
        made.append(late.make())
    return made
