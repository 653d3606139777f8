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
    pages = [p for p in site.rglob("index.html") if "Wind the spool" in p.read_text(encoding="utf-8")
             and "spool" in p.parent.name]
    assert pages, sorted(str(p) for p in site.rglob("index.html"))
    return pages[0].read_text(encoding="utf-8")


def test_a_heading_with_a_code_span_shows_its_code_on_the_page(built):
    html = _page(built)
    heading = re.search(r'<h2 id="type-in-a-terminal"[^>]*>(.*?)</h2>', html, re.S)
    assert heading is not None
    assert "<code>quilt --list</code>" in heading.group(1)
    assert "in a terminal" in heading.group(1)
