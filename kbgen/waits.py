"""Waiting for another thread with signals still handled.

CPython runs a signal's Python handler in the main thread, and only when that thread runs; the
system may hand SIGTERM or Ctrl+C to any thread (the search engine's V8 loop, the thread making the
search index). A main thread blocked in a plain ``future.result()``, ``wait()`` or
``thread.join()`` would then not stop until the other thread had finished, however long that
takes. Every wait of the build on a thread or a future goes through this module.
"""
from __future__ import annotations

import concurrent.futures
import threading
from collections.abc import Callable, Collection
from typing import Any

#: Seconds between wake-ups of a waiting thread.
TICK = 0.05
#: The stop of the thread running (set by :func:`started`), read by :func:`checkpoint`.
_running = threading.local()


class Stopped(Exception):
    """A helper thread was asked to stop (the build that started it is unwinding)."""


def result_of(future: concurrent.futures.Future, stop: threading.Event | None = None) -> Any:
    """``future.result()``, waking every :data:`TICK` seconds so that a pending signal is handled
    (a result that is itself an exception, a TimeoutError too, is raised as it is).

    Raises:
        Stopped: ``stop`` was set before the future was done (a helper thread's wait).
    """
    while not future.done():
        if stop is not None and stop.is_set():
            raise Stopped
        concurrent.futures.wait([future], timeout=TICK)
    return future.result()


def first_done(futures: Collection[concurrent.futures.Future]) -> set[concurrent.futures.Future]:
    """The futures done once at least one is (``wait(..., FIRST_COMPLETED)``), waking as
    :func:`result_of` does."""
    while True:
        done, _ = concurrent.futures.wait(futures, timeout=TICK, return_when=concurrent.futures.FIRST_COMPLETED)
        if done or not futures:
            return done


def joined(thread: threading.Thread) -> None:
    """``thread.join()``, waking as :func:`result_of` does."""
    while thread.is_alive():
        thread.join(TICK)


def started(function: Callable[..., Any], *args: Any, name: str,
            stop: threading.Event | None = None) -> tuple[concurrent.futures.Future, threading.Thread]:
    """``function(*args)`` run in a thread of its own; its future and its thread.

    The thread is a daemon: a run that stops early (an error, Ctrl+C) need not wait for it, and
    the process may end while it works. Only work that writes nothing (or that its caller waits
    for with :func:`joined` before removing what it writes into) may run in it. ``stop``, once
    set, ends the work at its next :func:`checkpoint` (the future then holds :class:`Stopped`).
    """
    future: concurrent.futures.Future = concurrent.futures.Future()

    def run() -> None:
        _running.stop = stop
        if not future.set_running_or_notify_cancel():
            return
        try:
            future.set_result(function(*args))
        except BaseException as exc:  # noqa: BLE001 - handed to whoever waits, as an executor does
            future.set_exception(exc)

    thread = threading.Thread(target=run, name=name, daemon=True)
    thread.start()
    return future, thread


def checkpoint() -> None:
    """Raise :class:`Stopped` when the thread running this was started (:func:`started`) with a
    stop that is now set: long work calls it between its steps, so work nobody waits for any
    more (a failed build's search index) ends within one step instead of running on.

    Raises:
        Stopped: the thread was told to stop.
    """
    stop = getattr(_running, "stop", None)
    if stop is not None and stop.is_set():
        raise Stopped
