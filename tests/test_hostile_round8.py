"""Round 8 of the robustness audit: a failed build's search index stops instead of running on
behind ``kbgen serve``, every fork is made safe (and no test can hang silently), and the
findings of attacking config values in every output, announcements, suggest's drafts, ids
that meet after folding, Windows paths and CRLF, deep Markdown and serve's paths."""
from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

from conftest import article

NOW = "2026-03-01T09:00:00+00:00"
#: Longer than any step of the index can take on a loaded machine, far shorter than the give-up.
PROMPT = 15.0


# ------------------------------------------------------------------ item 1: serve's stale index

def _index_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == "kbgen-search-index" and t.is_alive()]


def _many_articles(make_project, count: int) -> Path:
    files = {f"content/articles/a{n}.md": article(f"KB{n:04d}", f"Topic {n}", f"Body of topic {n}.")
             for n in range(1, count + 1)}
    return make_project(files)


@pytest.fixture
def slow_engine(monkeypatch):
    """Every call to the search engine takes a little longer and is counted; the index analyses
    one article per call, so indexing a project takes one call per article."""
    import kbgen.search.index as index
    from kbgen.search.runtime import Runtime

    calls = {"analyse": 0}
    real = Runtime.call

    def slow(self, name, *args):
        if name == "analyseDocuments":
            calls["analyse"] += 1
            time.sleep(0.05)
        return real(self, name, *args)

    monkeypatch.setattr(Runtime, "call", slow)
    monkeypatch.setattr(index, "ANALYSE_BATCH", 1)
    return calls


def _failing_render(monkeypatch, calls: dict, after: int) -> None:
    """Rendering fails once the search index has begun (``after`` analysed articles)."""
    import kbgen.site.publish as publish
    from kbgen.errors import KbgenError

    def failing(self, jobs, count, pool):
        deadline = time.monotonic() + PROMPT
        while calls["analyse"] < after and time.monotonic() < deadline:
            time.sleep(0.01)  # polls a state, not a guess at the machine's speed
        raise KbgenError("rendering failed: a page broke")
        yield  # a generator, as the real one

    monkeypatch.setattr(publish.SiteBuild, "render_pages", failing)


def test_a_failed_builds_search_index_stops_at_its_next_step(make_project, slow_engine, monkeypatch):
    """The build fails while its index is being made: the index's thread was left to index all
    of the stale content (seconds at 10,000 articles). Now it stops at its next call to the
    engine, and the next build waits for it before starting its own."""
    from kbgen.build import build_site
    from kbgen.errors import KbgenError
    from kbgen.site.publish import settle_abandoned

    project = _many_articles(make_project, 60)
    _failing_render(monkeypatch, slow_engine, after=2)
    with pytest.raises(KbgenError, match="a page broke"):
        build_site(project, project / "site", NOW, workers=1, use_cache=False)
    started = time.monotonic()
    settle_abandoned()
    assert time.monotonic() - started < PROMPT and not _index_threads()
    assert slow_engine["analyse"] < 20, f"the stale index analysed {slow_engine['analyse']} of 60 articles"


def test_serve_rebuilds_that_keep_failing_pile_up_no_threads_and_publish_no_stale_index(
        make_project, slow_engine, monkeypatch):
    """``kbgen serve``'s rebuild, failing again and again (a page that breaks the renderer):
    at most the last failed build's index is alive, never one per save, and the first good
    build publishes the index of the content as it is then."""
    import json

    import kbgen.site.publish as publish
    from kbgen.site.serve import _rebuild

    project = _many_articles(make_project, 40)
    site = project / "site"
    real_render = publish.SiteBuild.render_pages
    _failing_render(monkeypatch, slow_engine, after=1)
    for save in range(4):
        (project / "content/articles/a1.md").write_text(article("KB0001", f"Renamed {save}", "Body."))
        _rebuild(project, site, "")
        assert len(_index_threads()) <= 1, [t.name for t in _index_threads()]
    monkeypatch.setattr(publish.SiteBuild, "render_pages", real_render)
    (project / "content/articles/a1.md").write_text(article("KB0001", "Quokka printer", "Body."))
    _rebuild(project, site, "")
    assert not _index_threads()
    manifest = json.loads((site / "search/manifest.json").read_text())
    assert "quokka" in manifest["terms"] and "renamed" not in manifest["terms"]
    assert manifest["documents"] == 40
