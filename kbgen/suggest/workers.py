"""Work on slices of one large sequence in forked processes (both cores of a small machine).

The data is handed to the workers by inheritance when they fork (never pickled on the way in);
only each slice's result comes back. Results are returned in slice order, so the outcome is the
one a single process gives, in the same order.
"""
from __future__ import annotations

import contextlib
import gc
import multiprocessing
import os
from typing import Any, Callable, Hashable, Iterator, Sequence

from ..forking import fork_is_safe, prepare_forked_child

PARALLEL_MIN = 20_000
"""Items from which a stage shares its work among forked workers: below it one process finishes
before the workers would have started and copied what they touch (each stage names its own
threshold from this one, so a test can force one stage alone)."""

_SHARED: Any = None
"""What the forked workers read (set only while a pool runs)."""


def cpu_count() -> int:
    """The CPUs this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - platforms without CPU affinity
        return os.cpu_count() or 1


def can_fork(workers: int, count: int, minimum: int) -> bool:
    """True when ``count`` items (at least ``minimum``) are worth sharing among ``workers`` > 1
    forked processes on this platform, and this process may fork (no other thread runs in it:
    :func:`~kbgen.forking.fork_is_safe`; else the work is done here, with the same result)."""
    return workers > 1 and count >= minimum and fork_is_safe()


def _run(task: tuple[Callable[[Any, int, int], Any], int, int]) -> Any:
    work, start, end = task
    return work(_SHARED, start, end)


def fork_map(work: Callable[[Any, int, int], Any], shared: Any, count: int, workers: int) -> list:
    """``work(shared, start, end)`` over contiguous slices of ``range(count)`` in ``workers`` forked
    processes, a few slices per worker (uneven items even out); the results in slice order.

    ``work`` must be a module-level function (it is sent to the workers by name). Where this
    process may not fork (:func:`~kbgen.forking.fork_is_safe`: a thread started since the caller
    asked :func:`can_fork`) the slices are worked here, with the same result."""
    global _SHARED
    size = max(1, -(-count // (workers * 4)))
    tasks = [(work, start, min(start + size, count)) for start in range(0, count, size)]
    if not fork_is_safe():
        return [work(shared, start, end) for _, start, end in tasks]
    _SHARED = shared
    try:
        with multiprocessing.get_context("fork").Pool(workers, initializer=prepare_forked_child) as pool:
            return pool.map(_run, tasks, chunksize=1)
    finally:
        _SHARED = None


def map_distinct(work: Callable[..., list], keys: Sequence[Hashable], minimum: int, workers: int | None = None,
                 context: Any = None) -> list:
    """``work(distinct, start, end)`` (one result per key of the slice) over the distinct ``keys``,
    each once, in ``workers`` forked processes (default: the CPUs this process may use) from
    ``minimum`` distinct keys; the result of every key, in the order of ``keys``. With a ``context``
    (what every key's result also depends on, inherited by the workers, never pickled) the call is
    ``work(distinct, start, end, context)``."""
    distinct = list(dict.fromkeys(keys))
    workers = cpu_count() if workers is None else workers
    if can_fork(workers, len(distinct), minimum):
        run, shared = (_without_context, (distinct, work)) if context is None else \
            (_with_context, (distinct, work, context))
        done = [result for part in fork_map(run, shared, len(distinct), workers) for result in part]
    else:
        done = work(distinct, 0, len(distinct)) if context is None else work(distinct, 0, len(distinct), context)
    result_of = dict(zip(distinct, done))
    return [result_of[key] for key in keys]


def _without_context(shared: tuple, start: int, end: int) -> list:
    """A worker's slice of :func:`map_distinct` (``work`` is inherited, not sent)."""
    distinct, work = shared
    return work(distinct, start, end)


def _with_context(shared: tuple, start: int, end: int) -> list:
    """A worker's slice of :func:`map_distinct` with its context."""
    distinct, work, context = shared
    return work(distinct, start, end, context)


@contextlib.contextmanager
def heap_frozen() -> Iterator[None]:
    """Within the block the cycle collector leaves alone what is alive on entry (``gc.freeze``):
    a large export's tickets live to the end of a run and hold no cycles, yet every full
    collection would walk all of them again; what the block makes is collected as usual, and
    reference counting frees everything as before. Everything is handed back on exit."""
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


@contextlib.contextmanager
def one_blas_thread() -> Iterator[None]:
    """Within the block every BLAS call of this process (and of the workers it forks, which
    inherit the setting) runs on one thread; the process's own setting is back on exit.

    Suggest's BLAS work (the SVD's fit and every projection by it, HDBSCAN's core distances, the
    similarity products of coverage and linkage) runs inside one such block, :func:`analyse
    <kbgen.suggest.pipeline.analyse>`: on a shared machine each extra BLAS thread spins for a core
    another job holds (the SVD's fit took 2.5x the CPU with two threads and was slower on the
    wall clock too), suggest already shares large work among forked processes, and a product's
    rounding would otherwise depend on how many cores the machine has (two threads round about
    1e-4 of the largest component differently)."""
    from threadpoolctl import threadpool_limits

    with threadpool_limits(1, user_api="blas"):
        yield
