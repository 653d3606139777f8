"""When this process may fork: only while no other thread runs in it.

``fork`` copies the calling thread alone. A lock another thread held at that moment (a file's
buffer, a queue, an executor's state, a lock inside a native library) stays held in the child
forever, and the child hangs the first time it needs it: silently, and only now and then, as
it depends on what the other thread was doing at that instant (CPython 3.12 warns about forking
a process with threads for this reason; 3.14 no longer forks by default). V8 (the search
engine, through mini-racer) starts native threads Python does not see, and they live until the
process ends, even once the engine is closed.

kbgen forks its workers (the render pool of a clean build, suggest's slices of a large export)
only where :func:`fork_is_safe`, and each forked worker first runs :func:`prepare_forked_child`
(:func:`child_initializer`); elsewhere the render pool starts its workers from a fork server
(a fresh, single-threaded process that forks them), suggest works in its own process.
"""
from __future__ import annotations

import multiprocessing
import os
import sys
import threading
from typing import Callable


def fork_is_safe() -> bool:
    """True when forking cannot copy a lock another thread holds: the platform forks, no Python
    thread but the caller's is alive, V8 has never started in this process, and OpenMP's threads
    do not run or a child can be kept from waiting for them (:func:`prepare_forked_child`)."""
    return "fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1 \
        and not v8_started() and (_openmp_limiter_available() or not openmp_threads_run())


#: OpenMP runtimes (GNU, LLVM, Intel). A child forked after one's threads started hangs at its
#: first parallel region (measured, round 9: 20 of 20 children forked after scikit-learn's
#: ``pairwise_distances_argmin`` hung; 10 of 10 ran when the child first limited OpenMP to one
#: thread, :func:`prepare_forked_child`; children that use no OpenMP, 10 of 10, are fine).
#: OpenBLAS stops its pool before a fork and starts it again after (20 of 20 children fine), so
#: its threads alone never stop forking.
_OPENMP_RUNTIMES = ("/libgomp", "/libomp", "/libiomp")


def prepare_forked_child() -> None:
    """In a child just forked: OpenMP limited to one thread (the parent's OpenMP threads did not
    come along, and a team that waits for them hangs). Each worker is one of a pool as large
    as the CPUs, so one thread each is what it should use anyway."""
    if _openmp_limiter_available():
        from threadpoolctl import threadpool_limits

        threadpool_limits(1, user_api="openmp")


def child_initializer(context: multiprocessing.context.BaseContext) -> Callable[[], None] | None:
    """What each worker started from ``context`` runs first: :func:`prepare_forked_child` when
    it is forked from this process (:func:`fork_is_safe` counted on it: every pool kbgen forks
    passes it), nothing when a fork server or spawn starts it fresh."""
    return prepare_forked_child if context.get_start_method() == "fork" else None


def _openmp_limiter_available() -> bool:
    """Whether threadpoolctl (scikit-learn's own dependency) can set OpenMP's thread count."""
    import importlib.util

    return importlib.util.find_spec("threadpoolctl") is not None


def openmp_threads_run() -> bool:
    """True when threads Python did not start run in this process and an OpenMP runtime is
    loaded (Linux: ``/proc/self/task`` counts every thread, ``/proc/self/maps`` names the
    libraries; elsewhere unknown, so False)."""
    try:
        native = len(os.listdir("/proc/self/task")) > threading.active_count()
        if not native:
            return False
        with open("/proc/self/maps", encoding="utf-8", errors="replace") as maps:
            return any(name in line for line in maps for name in _OPENMP_RUNTIMES)
    except OSError:
        return False


def v8_started() -> bool:
    """True when mini-racer has loaded V8 in this process (its native threads then run to the
    process's end). A mini-racer whose loading cannot be told counts as loaded."""
    if "py_mini_racer" not in sys.modules:
        return False
    loader = sys.modules.get("py_mini_racer._dll")  # absent in other mini-racer layouts: assume loaded
    return loader is None or getattr(loader, "_dll_handle", True) is not None


def workers_context(fork: bool, preload: tuple[str, ...] = ()) -> multiprocessing.context.BaseContext | None:
    """The context to start worker processes from: ``fork`` when asked for and safe, else a
    fork server that imports ``preload`` once when it starts (each worker it forks then starts
    in ~0.05 s rather than the ~0.7 s of a spawned one), else spawn. None when no worker can
    start: a worker that is not forked imports the caller's script again, and a script with
    no file (``python - < build.py``) made each one print a traceback before the pool broke."""
    methods = multiprocessing.get_all_start_methods()
    if fork and fork_is_safe():
        return multiprocessing.get_context("fork")
    if not _main_importable():
        return None
    if "forkserver" not in methods:
        return multiprocessing.get_context("spawn")
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(list(preload))  # read only when this process's server starts
    return context


def _main_importable() -> bool:
    """Whether a fresh interpreter can import this process's ``__main__`` as multiprocessing
    does (by module name, else by its file's path): a script read from standard input or
    ``-c`` has a ``__file__`` no file answers to, or none."""
    main = sys.modules.get("__main__")
    if getattr(getattr(main, "__spec__", None), "name", None):
        return True
    path = getattr(main, "__file__", None)
    if path is None:
        return True  # nothing to import: an interactive session or an embedding program
    return os.path.isfile(os.path.join(multiprocessing.process.ORIGINAL_DIR or "", path))
