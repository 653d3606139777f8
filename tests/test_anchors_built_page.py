"""Section anchors on a built page: the heading shows its text as written (code spans too) and
every section anchor the search index links to is an id on the page."""
from __future__ import annotations

import json
import re
import textwrap
from pathlib import Path

import pytest

from kbgen.build import build_site
from conftest import MINIMAL_CONFIG, article

NOW = "2026-03-01T09:00:00+00:00"
BODY = ("## Type `quilt --list` in a terminal\n\nThen press Enter.\n\n"
        "## Check the spool {#spool-check}\n\nLook at it.\n\n"
        "## Repeat\n\nOnce.\n\n## Repeat\n\nTwice.\n\n"
        "## The *loom* and `bobbin` step\n\nWind it.\n\n## Part 1/2 of the thread\n\nPull.\n\n"
        "## Шпуля и нитка\n\nTie it.\n")


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("anchors-built")
    (root / "site_config.yml").write_text(textwrap.dedent(MINIMAL_CONFIG), encoding="utf-8")
    page = root / "content/articles/spool.md"
    page.parent.mkdir(parents=True)
    page.write_text(article("KB0701", "Wind the spool", BODY, summary="Spools."), encoding="utf-8")
    build_site(root, now=NOW)
    return root / "site"


def _page(site: Path) -> str:
    return (site / "articles/kb0701-spool/index.html").read_text(encoding="utf-8")


def test_a_heading_with_a_code_span_shows_its_code_on_the_page(built):
    html = _page(built)
    heading = re.search(r'<h2 id="type-in-a-terminal"[^>]*>(.*?)</h2>', html, re.S)
    assert heading is not None
    assert "<code>quilt --list</code>" in heading.group(1)
    assert "in a terminal" in heading.group(1)


def test_every_section_anchor_in_the_search_index_is_an_id_on_the_page(built):
    """Deep links from a result land on a section: a written ``{#id}``, a repeated heading
    (``-2``), code, emphasis, a slash and a non-Latin script all give the page's own id."""
    docs = [doc for chunk in sorted((built / "search").glob("docs-*.json"))
            for doc in json.loads(chunk.read_text(encoding="utf-8"))]
    sections = next(doc[5] for doc in docs if doc[0] == "KB0701")
    ids = set(re.findall(r'\sid="([^"]+)"', _page(built)))
    anchors = [anchor for anchor, _ in sections]
    assert len(anchors) == 7 and "spool-check" in anchors and "repeat-2" in anchors
    assert not set(anchors) - ids, (set(anchors) - ids, sorted(ids))


def test_a_section_in_the_search_index_shows_its_heading_with_its_code(built):
    """A result's section link reads as the page's heading does: code spans' text kept."""
    docs = [doc for chunk in sorted((built / "search").glob("docs-*.json"))
            for doc in json.loads(chunk.read_text(encoding="utf-8"))]
    titles = dict(next(doc[5] for doc in docs if doc[0] == "KB0701"))
    assert titles["type-in-a-terminal"] == "Type quilt --list in a terminal"
    assert titles["the-loom-and-step"] == "The loom and bobbin step"
