"""Shared fixtures: tiny projects on tmp_path, the evaluation data, a static server, Chromium.

The evaluation data lives in ``../shared/eval`` beside the repository (CI has it; a plain
``git clone`` does not): tests that need it call :func:`require_eval`, which skips them with a
reason when it is absent. Everything else runs on fixtures inside the repository.
"""
from __future__ import annotations

import functools
import http.server
import textwrap
import threading
import time
from pathlib import Path
from typing import Callable, Iterator

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
EVAL_KB = SHARED / "eval" / "kb"
EVAL_MISSING = "evaluation data not present (../shared/eval is beside the repository in CI, not in a plain clone)"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run"]

MINIMAL_CONFIG = """\
site_name: Test Help
timezone: Europe/London
contact:
  - kind: phone
    label: Service desk
    value: +44 20 7946 0000
    hours: 24/7
    remote_note: From abroad, call +44 20 7946 0000 or use chat.
  - kind: email
    label: Email
    value: help@example.com
services:
  - id: vpn
    name: Remote access
    description: The VPN.
  - id: email
    name: Email
"""


def cpu_seconds(work: Callable[[], object], runs: int = 3) -> float:
    """The least CPU time (``time.process_time``: other processes on the machine do not count)
    of ``runs`` calls of ``work``: the shared measure of the tests' time bounds."""
    best = float("inf")
    for _ in range(runs):
        started = time.process_time()
        work()
        best = min(best, time.process_time() - started)
    return best


@pytest.fixture(autouse=True)
def kbgen_debug(monkeypatch):
    """Tests see kbgen's own bugs as exceptions (users see one line: see ``kbgen.cli``)."""
    monkeypatch.setenv("KBGEN_DEBUG", "1")


def require_eval(path: Path = EVAL_KB) -> Path:
    """``path`` inside the evaluation data; skips the calling test when it is not there."""
    if not path.exists():
        pytest.skip(EVAL_MISSING)
    return path


def article(id: str, title: str, body: str = "Some text.", **meta: str) -> str:
    """A Markdown article with front matter (extra keys given as YAML snippets)."""
    lines = [f"id: {id}", f"title: {title}"] + [f"{key}: {value}" for key, value in meta.items()]
    return "---\n" + "\n".join(lines) + "\n---\n" + body + "\n"


@pytest.fixture
def make_project(tmp_path: Path) -> Callable[..., Path]:
    """Build a project folder from ``{relative path: text}``; a config is added unless given."""
    def make(files: dict[str, str | bytes] | None = None, config: str | None = MINIMAL_CONFIG,
             name: str = "project") -> Path:
        root = tmp_path / name
        root.mkdir(parents=True, exist_ok=True)
        if config is not None:
            (root / "site_config.yml").write_text(textwrap.dedent(config), encoding="utf-8")
        for rel, content in (files or {}).items():
            target = root / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(content, bytes):
                target.write_bytes(content)
            else:
                target.write_text(content, encoding="utf-8")
        return root
    return make


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    """A static file handler that does not log every request."""

    def log_message(self, format: str, *args) -> None:  # noqa: A002 - stdlib signature
        pass


@pytest.fixture
def serve_dir() -> Iterator[Callable[[Path], str]]:
    """Serve a folder over HTTP on 127.0.0.1; returns the base URL (ends with '/')."""
    servers = []

    def start(folder: Path) -> str:
        handler = functools.partial(QuietHandler, directory=str(folder))
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        return f"http://127.0.0.1:{server.server_address[1]}/"
    yield start
    for server in servers:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="session")
def browser():
    """Debian's headless Chromium driven by Playwright (never a downloaded browser)."""
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: install the Debian packages chromium and chromium-driver")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield instance
        instance.close()


@pytest.fixture
def page(browser):
    """A fresh browser page (own context) per test."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    tab = context.new_page()
    yield tab
    context.close()


def cluster_finding(subjects: dict, background: dict, articles, start, search=None):
    """The coverage finding of one cluster of ``subjects`` beside unrelated ``background`` tickets, one
    opened per hour from ``start`` (the sign-in coverage tests' common set-up)."""
    import datetime as dt

    from kbgen.suggest.coverage import assess_coverage
    from kbgen.suggest.model import Ticket, TicketCluster

    tickets = []
    for subject, count in {**subjects, **background}.items():
        tickets += [Ticket(f"T{len(tickets) + k}", subject, opened=start + dt.timedelta(hours=len(tickets) + k))
                    for k in range(count)]
    members = [t for t in tickets if t.subject in subjects]
    cluster = TicketCluster("c", "c", tuple(t.ticket_id for t in members), len(members))
    extra = {} if search is None else {"search": search}
    return assess_coverage([cluster], tickets, articles, **extra)["c"]
