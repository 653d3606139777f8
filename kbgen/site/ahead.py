"""Costly planned work made ahead, in a process of its own: the late files of a rebuild.

A rebuild after one edit spends most of its time in the build's main thread (loading, planning,
deciding what changed) while the search index's global part (~1 s of CPU at 10,000 articles)
runs beside it. In a thread of the same process the two share one interpreter lock: every
``stat`` of the main thread (one per page and file of the site) hands the lock over, and the
two run one after the other rather than on two cores. :func:`made_ahead` forks a process at
planning time that makes the value at once and hands it back, with the memo entries it used
and made, when the build asks for it: the work runs on the other core from planning on.

A process is forked only where that is safe and pays: ``os.fork`` exists, no other thread runs
(a process with threads must not fork: a lock held by another thread stays held in the child),
and the build's memo holds a previous build's entries (a rebuild: what the child makes anew
is small; a clean build's memo would be all of the search index, sent back whole, and its
workers keep both cores busy anyway). Otherwise the value is made when asked, as before. A
child that dies without an answer (killed, out of memory) is reaped and the value made in the
build's own process; one whose value is never asked for is killed when the build lets it go.
"""
from __future__ import annotations

import os
import pickle
import signal
import threading
import weakref
from typing import Callable, Generic, TypeVar

from ..errors import KbgenError
from ..memo import PlanMemo

T = TypeVar("T")


def made_ahead(make: Callable[[], T], memo: PlanMemo) -> Callable[[], T]:
    """``make``, started now in a forked process when that is safe and pays (see the module
    docstring); the callable returned gives its value, and puts into ``memo`` the entries the
    child used and made. Otherwise ``make`` itself."""
    if not hasattr(os, "fork") or threading.active_count() > 1 or not memo.stored:
        return make
    return Ahead(make, memo)


class Ahead(Generic[T]):
    """A value being made in a forked process (see :func:`made_ahead`).

    Args:
        make: what makes the value (called in the child; in this process only if the child
            gives no answer).
        memo: the build's memo: the child's entries are put into it.
    """

    def __init__(self, make: Callable[[], T], memo: PlanMemo) -> None:
        self.make, self.memo = make, memo
        reader, writer = os.pipe()
        pid = os.fork()
        if pid == 0:  # the child: never returns
            os.close(reader)
            _child(make, memo, writer)
        os.close(writer)
        self.pid, self.reader = pid, reader
        self._reap = weakref.finalize(self, _kill, pid, reader)  # a value never asked for

    def __call__(self) -> T:
        """The value (the child's exception is raised here)."""
        try:
            with os.fdopen(os.dup(self.reader), "rb") as pipe:
                answer = pipe.read()
        finally:
            self._reap()  # closes the pipe, reaps the child (killed if it still runs)
        if not answer:  # the child died without a word: made here instead
            return self.make()
        outcome, value, delta = pickle.loads(answer)
        if outcome == "failed":
            raise value
        self.memo.take(delta)
        return value


def _child(make: Callable[[], object], memo: PlanMemo, writer: int) -> None:
    """Make the value and write it (or the exception) to ``writer``; end the process without
    running anything the parent registered to run at exit."""
    code = 0
    try:
        signal.signal(signal.SIGINT, signal.SIG_DFL)  # Ctrl+C ends the child; the build says why
        try:
            mark = memo.mark()
            answer = ("done", make(), memo.since(mark))
        except BaseException as exc:  # noqa: BLE001 - handed to the parent, which raises it
            answer = ("failed", exc, None)
        try:
            data = pickle.dumps(answer, protocol=pickle.HIGHEST_PROTOCOL)
        except Exception as exc:  # noqa: BLE001 - an exception that does not pickle
            data = pickle.dumps(("failed", KbgenError(f"{type(answer[1]).__name__}: {answer[1]} ({exc})"), None))
        with os.fdopen(writer, "wb") as pipe:
            pipe.write(data)
    except BaseException:  # noqa: BLE001 - the parent makes the value itself
        code = 1
    finally:
        os._exit(code)


def _kill(pid: int, reader: int) -> None:
    """Close the pipe from a child and reap it, ending it first if it still runs."""
    os.close(reader)
    try:
        if os.waitpid(pid, os.WNOHANG) == (0, 0):
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
    except ChildProcessError:
        pass  # already reaped
