"""When this process may fork: only while no other thread runs in it.

``fork`` copies the calling thread alone. A lock another thread held at that moment (a file's
buffer, a queue, an executor's state, a lock inside a native library) stays held in the child
forever, and the child hangs the first time it needs it: silently, and only now and then, as
it depends on what the other thread was doing at that instant (CPython 3.12 warns about forking
a process with threads for this reason; 3.14 no longer forks by default). V8 (the search
engine, through mini-racer) starts native threads Python does not see, and they live until the
process ends, even once the engine is closed.

kbgen forks its workers (the render pool of a clean build, suggest's slices of a large export)
only where :func:`fork_is_safe`; the render pool then starts its workers from a fork server
(a fresh, single-threaded process that forks them), suggest works in its own process.
"""
from __future__ import annotations

import multiprocessing
import os
import sys
import threading


def fork_is_safe() -> bool:
    """True when forking cannot copy a lock another thread holds: the platform forks, no Python
    thread but the caller's is alive, and V8 has never started in this process."""
    return "fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1 \
        and not v8_started()


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
