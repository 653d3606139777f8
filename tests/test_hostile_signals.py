"""SIGTERM at known moments (no sleeps racing the machine's load): each run ends without a
traceback or a word of noise on stderr, and leaves the previous site and no temporary folder."""
from __future__ import annotations

import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from conftest import article

NOW = "2026-03-01T09:00:00+00:00"
CACHE = ".site.kbgen-cache"  # the build cache beside the site (see Performance): kept on purpose

#: A process that installs the CLI's SIGTERM handler, starts an evaluation V8 never finishes
#: and, from a thread that waits until the evaluation is running on the V8 loop, sends itself
#: SIGTERM. The run must end (the evaluation cancelled) with nothing on stderr but its line.
V8_INTERRUPTED = textwrap.dedent("""\
    import asyncio, os, signal, sys, threading
    from kbgen.cli import stop_cleanly_on_sigterm
    from kbgen.search.runtime import runtime

    stop_cleanly_on_sigterm()
    engine = runtime()

    async def tasks():
        return len(asyncio.all_tasks())

    def terminate_once_running():
        while asyncio.run_coroutine_threadsafe(tasks(), engine._loop).result() < 2:
            threading.Event().wait(0.01)  # polls a state, not a guess at the machine's speed
        os.kill(os.getpid(), signal.SIGTERM)

    threading.Thread(target=terminate_once_running, daemon=True).start()
    try:
        with engine._lock:
            engine._evaluate("for (;;) {}")
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        sys.exit(130)
    """)


def test_sigterm_during_a_v8_evaluation_ends_quietly():
    started = time.monotonic()
    result = subprocess.run([sys.executable, "-c", V8_INTERRUPTED], capture_output=True, text=True, timeout=120)
    assert (result.returncode, result.stderr) == (130, "interrupted\n")
    assert time.monotonic() - started < 60  # the endless evaluation was cancelled, not waited for


def test_the_runtime_answers_after_an_interrupted_call_is_closed_cleanly():
    from kbgen.search.runtime import Runtime

    engine = Runtime()
    assert engine.call("words", "Printer jam") == ["printer", "jam"]
    engine.close()
    engine.close()  # idempotent
    with pytest.raises(Exception, match="closed"):
        engine.call("words", "x")


def _site(project: Path) -> dict[Path, bytes]:
    return {p.relative_to(project / "site"): p.read_bytes() for p in (project / "site").rglob("*") if p.is_file()}


def _build_process(project: Path) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "kbgen", "build", "--project", str(project), "--now", NOW],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _wait_for_work_folder(project: Path, process: subprocess.Popen) -> bool:
    """Wait until the build's temporary folder exists (rendering has begun) or the build ended."""
    while process.poll() is None:
        if any(p.name.startswith(f".kbgen-build-{process.pid}-") for p in project.iterdir()):
            return True
        time.sleep(0.005)
    return False


@pytest.mark.slow
@pytest.mark.parametrize("moment", ["at once", "while rendering"])
def test_sigterm_during_a_build_leaves_the_previous_site_and_no_temporary_folder(make_project, moment):
    from click.testing import CliRunner
    from kbgen.cli import main

    files = {f"content/articles/a{i}.md": article(f"KB{i:04d}", f"Article {i}", "Text.\n" * 50) for i in range(1, 301)}
    project = make_project(files)
    assert CliRunner().invoke(main, ["build", "--project", str(project), "--now", NOW, "--quiet"]).exit_code == 0
    before = _site(project)
    (project / "content/articles/a1.md").write_text(article("KB0001", "Changed", "Text."))
    process = _build_process(project)
    if moment == "while rendering":
        _wait_for_work_folder(project, process)
    process.terminate()
    output, errors = process.communicate(timeout=120)
    assert "Traceback" not in output + errors and "Exception ignored" not in errors, errors
    assert not [p for p in project.iterdir() if p.name.startswith(".") and p.name != CACHE], errors
    after = _site(project)
    assert after == before or b"Changed" in after[Path("articles/kb0001-a1/index.html")]


def test_a_wait_for_another_thread_wakes_for_a_signal_and_passes_a_timeout_error_on():
    """``result_of`` (kbgen/waits.py) lets the main thread handle a signal while it waits, and a
    result that is a TimeoutError is raised, not taken for "not done yet" (that loop never ended)."""
    import concurrent.futures
    import signal
    import threading

    from kbgen.waits import result_of

    failed: concurrent.futures.Future = concurrent.futures.Future()
    failed.set_exception(TimeoutError("the evaluation timed out"))
    with pytest.raises(TimeoutError, match="timed out"):
        result_of(failed)

    pending: concurrent.futures.Future = concurrent.futures.Future()
    handled = []

    def on_term(*_):
        handled.append(time.monotonic())
        pending.set_result("stopped")

    previous = signal.signal(signal.SIGTERM, on_term)
    other = threading.Thread(target=threading.Event().wait, args=(5,), daemon=True)
    other.start()
    try:
        threading.Timer(0.2, signal.pthread_kill, (other.ident, signal.SIGTERM)).start()
        give_up = threading.Timer(20, lambda: pending.done() or pending.set_result("never woke"))
        give_up.start()  # a wait that does not wake ends here, and the test fails instead of hanging
        assert result_of(pending) == "stopped" and handled  # the handler ran while the main thread waited
    finally:
        give_up.cancel()
        signal.signal(signal.SIGTERM, previous)
