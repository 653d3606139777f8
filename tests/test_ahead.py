"""Work made ahead in a forked process (kbgen.site.ahead): the value, the memo entries the child
used and made, its exceptions, a child that dies, and when nothing is forked."""
from __future__ import annotations

import os
import signal
import threading

import pytest

from kbgen.errors import KbgenError
from kbgen.memo import PlanMemo
from kbgen.site.ahead import Ahead, made_ahead

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="no os.fork on this platform")


def rebuilt_memo() -> PlanMemo:
    """A memo as a rebuild has it: entries stored by an earlier build."""
    memo = PlanMemo()
    memo.stored = {"x": 1}
    memo.get("old", ("a",), lambda: "stored a")
    memo.stored = dict(memo.used)
    memo.used = {}
    return memo


def test_the_value_and_the_memo_entries_come_back_from_the_child():
    memo = rebuilt_memo()
    parent = os.getpid()

    def make() -> tuple[int, str, str]:
        reused = memo.get("old", ("a",), lambda: "made again")
        fresh = memo.get("new", ("b",), lambda: "made b")
        memo.put("answers", ("q",), ["grown"])
        return os.getpid(), reused, fresh
    made = made_ahead(make, memo)
    assert isinstance(made, Ahead)
    pid, reused, fresh = made()
    assert pid != parent  # made in the child
    assert (reused, fresh) == ("stored a", "made b")
    # the parent's memo now holds what the child used, made and replaced: a save keeps them
    assert sorted(map(repr, memo.used.values())) == ["'made b'", "'stored a'", "['grown']"]
    assert len(memo.replaced) == 1
    assert memo.get("new", ("b",), lambda: "made twice") == "made b"


def test_an_exception_in_the_child_is_raised_by_the_parent():
    def make() -> None:
        raise KbgenError("search index: no room")
    made = made_ahead(make, rebuilt_memo())
    with pytest.raises(KbgenError, match="no room"):
        made()


def test_an_exception_that_does_not_pickle_still_names_its_cause():
    class Local(Exception):  # a class defined in a function cannot be pickled
        pass

    def make() -> None:
        raise Local("bad input")
    with pytest.raises(KbgenError, match="Local: bad input"):
        made_ahead(make, rebuilt_memo())()


def test_a_child_that_dies_without_an_answer_is_replaced_by_making_the_value_here():
    parent = os.getpid()

    def make() -> int:
        if os.getpid() != parent:
            os.kill(os.getpid(), signal.SIGKILL)  # as the kernel's out-of-memory killer would
        return 42
    made = made_ahead(make, rebuilt_memo())
    assert isinstance(made, Ahead)
    assert made() == 42


def test_a_value_never_asked_for_ends_its_child():
    made = made_ahead(lambda: threading.Event().wait(60), rebuilt_memo())
    assert isinstance(made, Ahead)
    pid = made.pid
    del made  # the build let the plan go (a later stage failed)
    with pytest.raises(ChildProcessError):
        os.waitpid(pid, os.WNOHANG)  # killed and reaped: no process left behind


def test_nothing_is_forked_for_a_clean_build_or_beside_other_threads():
    def make() -> int:
        return 7
    assert made_ahead(make, PlanMemo()) is make  # a clean build: nothing stored
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        assert made_ahead(make, rebuilt_memo()) is make
    finally:
        stop.set()
        other.join()
