"""Every page in the sitemap can be reached by following links from the home page.

The crawl reads the built HTML (every ``<a href>`` and search form), as a visitor clicking through would, on
the demo project at two moments: while an incident is open and maintenance is coming, and
months later when every announcement has left the status page.
"""
from __future__ import annotations

import posixpath
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest

from conftest import ROOT
from kbgen.build import build_site

SITE_URL = "https://help.fernhill.example/"  # the demo's site_url


class Links(HTMLParser):
    """The href of every link in a page, and the action of every form (search)."""

    def __init__(self) -> None:
        super().__init__()
        self.hrefs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        wanted = {"a": "href", "form": "action"}.get(tag)
        self.hrefs.extend(value for name, value in attrs if name == wanted and value)


def page_file(site: Path, path: str) -> Path | None:
    """The file a site path is served from (``a/`` -> ``a/index.html``)."""
    target = site / path.lstrip("/")
    if target.is_dir():
        target = target / "index.html"
    return target if target.is_file() and target.suffix == ".html" else None


def reachable(site: Path) -> set[str]:
    """Site paths (``/``, ``/status/``) reached by following links from the home page."""
    seen, todo = {"/"}, ["/"]
    while todo:
        path = todo.pop()
        source = page_file(site, path)
        if source is None:
            continue
        parser = Links()
        parser.feed(source.read_text(encoding="utf-8").replace("__KBGEN_BASE__", "."))
        for href in parser.hrefs:
            url = urlsplit(urljoin("http://site" + path, href))
            if url.netloc != "site":
                continue
            target = posixpath.normpath(url.path) + ("/" if url.path.endswith("/") else "")
            if target not in seen:
                seen.add(target)
                todo.append(target)
    return seen


def sitemap_paths(site: Path) -> set[str]:
    """The site paths the sitemap lists."""
    tree = ET.parse(site / "sitemap.xml")
    return {"/" + loc.text.removeprefix(SITE_URL) for loc in tree.iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc")}


@pytest.mark.slow
@pytest.mark.parametrize("now", ["2026-11-17T10:00:00+00:00", "2027-06-01T09:00:00+00:00"])
def test_every_sitemap_page_is_linked_from_the_home_page(tmp_path, now):
    site = build_site(ROOT, tmp_path / "site", now).site_dir
    listed = sitemap_paths(site)
    assert {"/status/", "/improvements/", "/announcements/", "/announcements/ntc-2026-005/"} <= listed
    assert sorted(listed - reachable(site)) == []
