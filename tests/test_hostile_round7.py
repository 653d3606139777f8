"""Round 7 of the robustness audit: every wait of the build on a thread or a future wakes for a
signal another thread took, why the interrupted-patch test once lost its Ctrl+C, and the findings
of attacking suggest's drafts, importers, serve and the offline copy."""
from __future__ import annotations

import concurrent.futures
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from conftest import article
from test_hostile_round6 import INTERRUPTED_PATCH, _tree, code_version_now

NOW = "2026-03-01T09:00:00+00:00"
#: Longer than any wait that wakes can take on a loaded machine, far shorter than the give-up.
PROMPT = 15.0
GIVE_UP = 40.0


# ------------------------------------------------------------------ item 1: waking waits

def _interrupt(*_):
    raise KeyboardInterrupt  # as the CLI's SIGTERM handler (kbgen.cli.stop_cleanly_on_sigterm)


@pytest.fixture
def sigterm_interrupts():
    """SIGTERM raises KeyboardInterrupt in the main thread while the test runs."""
    previous = signal.signal(signal.SIGTERM, _interrupt)
    yield
    signal.signal(signal.SIGTERM, previous)


def _two_articles(make_project) -> Path:
    from kbgen.build import build_site

    project = make_project({"content/articles/a.md": article("KB0001", "A"),
                            "content/articles/b.md": article("KB0002", "B")})
    build_site(project, project / "site", NOW, workers=1)
    (project / "content/articles/a.md").write_text(article("KB0001", "A", "A body changed."))
    return project


def _slow_search_index(monkeypatch, release: threading.Event, signal_to: threading.Thread | None) -> None:
    """The search index's thread, once the main thread waits for it, sends SIGTERM to
    ``signal_to`` (an idle thread: the main thread never takes it itself), then works until
    ``release``."""
    import kbgen.site.late as late

    real = late.make_late

    def slow(plan):
        if signal_to is not None:
            while not _main_thread_waits(release):
                time.sleep(0.01)  # polls a state, not a guess at the machine's speed
            signal.pthread_kill(signal_to.ident, signal.SIGTERM)
        release.wait(GIVE_UP)
        return real(plan)

    monkeypatch.setattr(late, "make_late", slow)


def _main_thread_waits(release: threading.Event) -> bool:
    """The main thread waits for another thread (its innermost frame is a ``wait``) in the
    publishing run, or the test gave up."""
    frame = sys._current_frames().get(threading.main_thread().ident)
    names = []
    while frame is not None:
        names.append(frame.f_code.co_name)
        frame = frame.f_back
    return release.is_set() or (names[:1] == ["wait"] and "run" in names)


def _idle_thread(release: threading.Event) -> threading.Thread:
    thread = threading.Thread(target=release.wait, args=(GIVE_UP,), daemon=True)
    thread.start()
    return thread


def _leftovers(project: Path) -> list[str]:
    return [p.name for p in project.iterdir() if p.name.startswith(".kbgen-build-")]


def test_a_signal_another_thread_takes_stops_a_build_waiting_for_the_search_index(
        make_project, monkeypatch, sigterm_interrupts):
    """The pages are rendered and the build waits for the search index (seconds at 10,000
    articles): a SIGTERM the system gave another thread stopped it only once the index was made
    (``late.result()`` and the executors' exits joined without waking). Now at once, with the
    previous site and no build folder left."""
    from kbgen.build import build_site

    project = _two_articles(make_project)
    before = _tree(project / "site")
    release = threading.Event()
    _slow_search_index(monkeypatch, release, _idle_thread(release))
    started = time.monotonic()
    try:
        with pytest.raises(KeyboardInterrupt):
            build_site(project, project / "site", NOW, workers=1)
        took = time.monotonic() - started
    finally:
        release.set()
    assert took < PROMPT, f"the signal was handled only after {took:.1f} s"
    after = _tree(project / "site")
    assert [k for k in set(before) | set(after) if before.get(k) != after.get(k)] == []
    assert not _leftovers(project)


def test_a_failed_build_reports_without_waiting_for_the_search_index(make_project, monkeypatch):
    """A page that fails to render ends the run: the executor's exit waited for the search
    index's thread first, however long it took (it writes nothing, so nothing waits now)."""
    import kbgen.site.publish as publish
    from kbgen.build import build_site
    from kbgen.errors import KbgenError

    project = _two_articles(make_project)
    before = _tree(project / "site")
    release = threading.Event()
    _slow_search_index(monkeypatch, release, None)

    def failing(self, pages, pool):
        raise KbgenError("rendering failed: a page broke")
        yield  # a generator, as the real one

    monkeypatch.setattr(publish.SiteBuild, "render_pages", failing)
    started = time.monotonic()
    try:
        with pytest.raises(KbgenError, match="a page broke"):
            build_site(project, project / "site", NOW, workers=1)
        took = time.monotonic() - started
    finally:
        release.set()
    assert took < PROMPT, f"the error was reported only after {took:.1f} s"
    assert _tree(project / "site") == before and not _leftovers(project)


def _waits() -> dict:
    """Each waking wait of kbgen.waits, on something that ends only when SIGTERM is handled."""
    from kbgen import waits

    def on_future(ended: threading.Event):
        future: concurrent.futures.Future = concurrent.futures.Future()
        threading.Thread(target=lambda: (ended.wait(GIVE_UP), future.set_result("ended")), daemon=True).start()
        return future

    return {
        "result_of": lambda ended: waits.result_of(on_future(ended)),
        "first_done": lambda ended: waits.first_done({on_future(ended)}),
        "joined": lambda ended: waits.joined(_running(ended)),
        "started": lambda ended: waits.result_of(waits.started(ended.wait, GIVE_UP, name="t")[0]),
    }


def _running(ended: threading.Event) -> threading.Thread:
    thread = threading.Thread(target=ended.wait, args=(GIVE_UP,), daemon=True)
    thread.start()
    return thread


@pytest.mark.parametrize("wait", ["result_of", "first_done", "joined", "started"])
def test_each_wait_wakes_for_a_signal_another_thread_takes(wait):
    """The handler ends what is waited for; a wait that does not wake ends only at the give-up."""
    ended = threading.Event()
    previous = signal.signal(signal.SIGTERM, lambda *_: ended.set())
    other = _running(threading.Event())
    try:
        threading.Timer(0.2, signal.pthread_kill, (other.ident, signal.SIGTERM)).start()
        started = time.monotonic()
        _waits()[wait](ended)
        assert time.monotonic() - started < PROMPT and ended.is_set()
    finally:
        ended.set()
        signal.signal(signal.SIGTERM, previous)


def test_a_helper_thread_is_told_to_stop_and_its_failure_is_its_futures():
    from kbgen import waits

    stop = threading.Event()
    stop.set()
    with pytest.raises(waits.Stopped):
        waits.result_of(concurrent.futures.Future(), stop)
    future, thread = waits.started(lambda: 1 / 0, name="failing")
    waits.joined(thread)
    assert thread.daemon and isinstance(future.exception(), ZeroDivisionError)


def test_no_wait_of_the_build_blocks_without_waking():
    """Plain ``.result()``, ``wait()``, ``.join()`` or an executor's ``with`` block in the
    build's modules would wait without handling a signal another thread took."""
    import re

    root = Path(__file__).resolve().parent.parent / "kbgen"
    blocking = re.compile(r"\.result\(\)|[^_.\w]wait\(|\.join\(\)|with ThreadPoolExecutor|\.shutdown\(")
    bounded = {  # waits that end soon whatever the other side does, each with its reason
        "site/pool.py: written = future.result()": "the future is done: first_done returned it",
        "site/pool.py: self.executor.shutdown(cancel_futures=True)":
            "the workers' running chunks (a few pages each) end; they write into the build folder, removed next",
        "site/serve.py: server.shutdown(wait=True)  # the watcher and the serving thread end before the folder goes":
            "serve_forever looks every 0.25 s and the watcher every 0.5 s; reload polls are answered first",
        "site/serve.py: super().shutdown(wait and started)": "as above (the same stop, in the server)",
    }
    found = [f"{path.relative_to(root)}:{number}: {line.strip()}"
             for path in [root / "build.py", *sorted((root / "site").glob("*.py")), root / "search/runtime.py"]
             for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
             if blocking.search(line) and not line.lstrip().startswith("#")]
    assert [line for line in found if re.sub(r":\d+:", ":", line) not in bounded] == []


# ------------------------------------------------------------------ item 2: the lost Ctrl+C

def _patch_child(project: Path, signal_name: str, reset: bool, ignored_by_parent: bool):
    script = INTERRUPTED_PATCH.format(signal=signal_name, now=NOW, to="process", version=code_version_now())
    if not reset:
        script = script.replace("signal.signal(signal.SIGINT, signal.default_int_handler)\n", "")
    command = [sys.executable, "-c", script, str(project)]
    if ignored_by_parent:  # a starter that ignores SIGINT, then runs the child (SIG_IGN outlives exec)
        # (not preexec_fn: Python code run between fork and exec in this threaded test process
        # can deadlock on a lock another thread held, see kbgen/forking.py)
        command = [sys.executable, "-c", "import os, signal, sys\nsignal.signal(signal.SIGINT, signal.SIG_IGN)\n"
                   "os.execv(sys.executable, sys.argv[1:])", *command]
    return subprocess.run(command, capture_output=True, text=True, timeout=120)


def test_a_build_started_with_ctrl_c_ignored_ignores_it_and_sigterm_still_stops_it(make_project):
    """Why the interrupted-patch test lost its SIGINT in full runs only: a shell without job
    control starts a background command (``bash .ci/run > log &``) with SIGINT ignored, and
    every process it starts inherits that. kbgen then rightly ignores Ctrl+C, as every
    program of a background job does (the patch completes and exits 0); SIGTERM still stops it.
    The test's child now resets SIGINT as an interactive shell would."""
    from kbgen.build import build_site

    project = _two_articles(make_project)
    build_site(project, project.parent / "clean", NOW, use_cache=False, workers=1)
    ignored = _patch_child(project, "SIGINT", reset=False, ignored_by_parent=True)
    assert Path(f"{project}.sent").is_file() and ignored.returncode == 0, ignored.stderr
    assert _tree(project / "site") == _tree(project.parent / "clean")
    Path(f"{project}.sent").unlink()
    (project / "content/articles/a.md").write_text(article("KB0001", "A", "Changed again."))
    for reset, name in ((True, "SIGINT"), (False, "SIGTERM")):
        stopped = _patch_child(project, name, reset=reset, ignored_by_parent=True)
        assert Path(f"{project}.sent").is_file() and stopped.returncode != 0, (name, stopped.stderr)
        assert "Traceback" not in stopped.stderr
        Path(f"{project}.sent").unlink()
        (project / "content/articles/a.md").write_text(article("KB0001", "A", f"Changed for {name}."))


# ------------------------------------------------------------------ attack round 7: findings

def test_a_link_loop_in_content_is_called_a_loop_not_a_file_outside_the_project(make_project):
    """``loop.md -> loop.md`` was reported as 'a link to content/articles/loop.md, outside the
    project: copy the file in instead', which names a file inside and no way out."""
    import os

    from kbgen.build import load_project

    project = make_project({"content/articles/a.md": article("KB0001", "A")})
    os.symlink("loop.md", project / "content/articles/loop.md")
    os.symlink("pong.md", project / "content/articles/ping.md")
    os.symlink("ping.md", project / "content/articles/pong.md")
    lines = [d.format() for d in load_project(project)[1]]
    said = "is a link that leads back to itself (a loop of links): nothing can be read through it; fix or remove the link"
    assert lines == [f"content/articles/{name}.md: error: {said}" for name in ("loop", "ping", "pong")]


def test_a_project_folder_that_is_a_loop_of_links_is_one_error(tmp_path, make_project):
    """``content/articles -> articles`` was reported twice, as a loop and as 'a link to articles,
    which does not exist' (a loop does not exist either): one error, the loop."""
    import os
    import shutil

    from kbgen.build import load_project

    project = make_project({"content/articles/a.md": article("KB0001", "A")})
    shutil.rmtree(project / "content/articles")
    os.symlink("articles", project / "content/articles")
    lines = [d.format() for d in load_project(project)[1]]
    assert lines == ["content/articles: error: is a link that leads back to itself (a loop of links): nothing "
                     "can be read through it; fix or remove the link"]


def test_a_named_pipe_in_content_is_an_error_not_an_article_silently_missing(make_project):
    """A named pipe (``mkfifo``, left by a tool or a mistake) called ``.md`` was skipped without a
    word, as was one named like an image: the article or picture was simply missing. Reading
    one would wait for a writer forever, so it is refused unread."""
    import os

    from kbgen.build import load_project

    project = make_project({"content/articles/a.md": article("KB0001", "A")})
    os.mkfifo(project / "content/articles/pipe.md")
    (project / "content/announcements").mkdir()
    os.mkfifo(project / "content/announcements/n.md")
    started = time.monotonic()
    lines = [d.format() for d in load_project(project)[1]]
    said = "is not a file (a named pipe, socket or device): kbgen reads only files; remove it"
    assert lines == [f"content/announcements/n.md: error: {said}", f"content/articles/pipe.md: error: {said}"]
    assert time.monotonic() - started < PROMPT


def test_an_export_of_gigabytes_is_refused_before_it_is_read(tmp_path, monkeypatch):
    """A 2 GB file (a small CSV header, then zeros) took 115 s and 6.3 GB of memory to be refused
    as 'format not recognised': the export was read whole before anything looked at it. Its size
    is now checked first."""
    from kbgen.suggest.importers import load_tickets

    huge = tmp_path / "tickets.csv"
    with open(huge, "wb") as handle:  # sparse: 2 GiB announced, almost nothing on disk
        handle.write(b"number,short_description\nINC0001,Sample subject\n")
        handle.truncate(2 ** 31)
    real = Path.read_bytes

    def read_bytes(self):
        assert self.stat().st_size < 2 ** 30, "the whole 2 GiB export was read into memory"
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    result = load_tickets([huge])
    assert result.tickets == () and any("GB" in d.message or "large" in d.message for d in result.diagnostics)


def test_an_alias_and_its_index_html_are_one_page_not_a_crash(make_project):
    """``/x/`` and ``/x/index.html`` (or ``/X/index.html``) write one redirect file: check passed
    and build stopped with 'kbgen failed unexpectedly' (exit 70, 'planned x/index.html, which
    another component already planned'). Now an error naming the article, as for two aliases
    that differ only in case."""
    from test_hostile_input import run

    project = make_project({"content/articles/a.md": article("KB0001", "A", aliases='["/old/a/"]'),
                            "content/articles/b.md": article("KB0002", "B", aliases=(
                                '["/x/", "/X/index.html", "/old/a/index.html", "/old/b.html"]'))})
    built = run("build", "--project", str(project), "--now", NOW, "--quiet")
    assert (built.exit_code, built.output.splitlines()) == (1, [
        "content/articles/b.md:2: error: aliases: alias 'X/index.html' is the same page as its alias 'x/'; keep one",
        "content/articles/b.md:2: error: aliases: alias 'old/a/index.html' is already used by KB0001 "
        "(content/articles/a.md)",
        "2 error(s), 0 warning(s); nothing was written"])
    checked = run("check", "--project", str(project))
    assert checked.exit_code == 1 and checked.output.count("error[invalid]: aliases: alias") == 2


def test_a_learn_from_export_outside_the_project_is_refused(make_project):
    """``search.learn_from: ["../outside.csv"]`` read a file outside the project and published its
    words in the search index: kbgen reads and publishes only files inside the project."""
    from conftest import MINIMAL_CONFIG
    from test_hostile_input import run

    project = make_project({"content/articles/a.md": article("KB0001", "Printer")},
                           config=MINIMAL_CONFIG + 'search:\n  learn_from: ["../outside.csv"]\n  learn_min_tickets: 2\n')
    rows = "".join(f"INC{i},Zzqoutsideword on the printer,Fixed: see KB0001\n" for i in range(5))
    (project.parent / "outside.csv").write_text("number,short_description,close_notes\n" + rows)
    built = run("build", "--project", str(project), "--now", NOW, "--quiet")
    published = "".join(p.read_text(encoding="utf-8") for p in (project / "site/search").glob("*.json")) \
        if (project / "site/search").is_dir() else ""
    assert "zzqoutsideword" not in published.lower()
    assert built.exit_code == 1 and "outside the project" in built.output


def test_a_writer_thread_still_ending_after_its_result_does_not_stop_a_good_build(monkeypatch):
    """The writer thread sets its result a moment before it ends. The block's end set the stop
    flag whenever the thread was still alive, so a build that had succeeded stopped at its next
    write ('kbgen failed unexpectedly (Stopped)', exit 70) on a busy machine. Only a failed block
    stops the thread; every block's end waits for it."""
    import types

    from kbgen.site import publish

    ended = threading.Event()

    def slow_started(function, *args, name):
        future = concurrent.futures.Future()
        future.set_result(function(*args))
        thread = threading.Thread(target=lambda: (time.sleep(0.3), ended.set()), name=name, daemon=True)
        thread.start()
        return future, thread

    monkeypatch.setattr(publish, "started", slow_started)
    build = types.SimpleNamespace(stop=threading.Event(), write_early_and_late=lambda files: "written")
    with publish.SiteBuild.writing_beside(build, []) as late:
        assert late.result() == "written"
    assert ended.is_set() and not build.stop.is_set()
    with pytest.raises(KeyboardInterrupt):
        with publish.SiteBuild.writing_beside(build, []):
            raise KeyboardInterrupt
    assert build.stop.is_set()


def test_an_export_that_is_a_device_is_read_no_further_than_the_limit(monkeypatch):
    """A device or a pipe has no size to measure (``/dev/zero`` says 0 bytes): it is read no further
    than the export limit, then refused."""
    from kbgen.suggest import importers

    monkeypatch.setattr(importers, "MAX_EXPORT_BYTES", 1 << 20)
    result = importers.load_tickets([Path("/dev/zero")])
    assert result.tickets == () and any("split it" in d.message for d in result.diagnostics)
