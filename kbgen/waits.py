"""Waiting for another thread's result with signals still handled.

CPython runs a signal's Python handler in the main thread, and only when that thread runs; the
system may hand SIGTERM or Ctrl+C to any thread (the search engine's V8 loop, the thread making the
search index). A main thread blocked in a plain ``future.result()`` would then not stop until the
other thread had finished, however long that takes.
"""
from __future__ import annotations

import concurrent.futures
from typing import Any

#: Seconds between wake-ups of a waiting thread.
TICK = 0.05


def result_of(future: concurrent.futures.Future) -> Any:
    """``future.result()``, waking every :data:`TICK` seconds so that a pending signal is handled
    (a result that is itself an exception, a TimeoutError too, is raised as it is)."""
    while not future.done():
        concurrent.futures.wait([future], timeout=TICK)
    return future.result()
