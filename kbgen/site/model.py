"""The planned site: pages, static files and template data, free of any rendering engine.

Planning fills a :class:`SitePlan`; the render stage (:mod:`kbgen.site.render`) is the only
code that turns it into HTML with MkDocs. Features (status, search, ...) contribute through
planners registered with :func:`register_planner`: each receives the plan and the corpus and
adds pages, files, notes on pages, or template data.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Callable

from ..model import Corpus


@dataclass
class Page:
    """One page of the site.

    Attributes:
        path: source path in the docs tree, e.g. ``articles/kb0001-unlock.md``; the page's URL
            is the path without ``.md`` plus ``/`` (``index.md`` is its folder's URL).
        title: the page title as plain text (escaped by the renderer).
        markdown: the body in Markdown; any HTML in it must already be escaped/safe.
        kind: home | article | service | tag | contact | section | announcement | status | search ...
        meta: data for templates and scripts (e.g. ``article_id``, ``services``).
        notes: safe HTML snippets shown above the body (known-issue notes, ...).
        hide: Material ``hide`` flags for the page (navigation, toc).
    """

    path: str
    title: str
    markdown: str
    kind: str = "page"
    meta: dict[str, Any] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    hide: tuple[str, ...] = ()

    @property
    def url(self) -> str:
        """Site-relative URL with a trailing slash ('' for the home page)."""
        base = self.path[: -len(".md")]
        if base == "index":
            return ""
        if base.endswith("/index"):
            base = base[: -len("/index")]
        return base + "/"


@dataclass
class SitePlan:
    """Everything to render: built by :func:`kbgen.site.plan.plan_site`.

    Attributes:
        corpus: the loaded project.
        now: the moment the site is built for (``--now``), timezone-aware.
        pages: pages by path, in insertion order.
        files: static files by site path (``status.json``, ``search/index.json``) -> bytes.
        nav: the small top-level navigation, ``(title, page path)``.
        extra: template data available to the theme as ``config.extra.kbgen`` (safe HTML
            snippets such as ``banner_html``, ``footer_html``; values must be JSON-able).
        article_pages: page path of each published article id.
    """

    corpus: Corpus
    now: dt.datetime
    pages: dict[str, Page] = field(default_factory=dict)
    files: dict[str, bytes] = field(default_factory=dict)
    nav: list[tuple[str, str]] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)
    article_pages: dict[str, str] = field(default_factory=dict)

    def add_page(self, page: Page) -> Page:
        """Add a page (a later page with the same path replaces it)."""
        self.pages[page.path] = page
        return page

    def add_file(self, path: str, content: bytes | str) -> None:
        """Add a static file at a site path."""
        self.files[path] = content.encode("utf-8") if isinstance(content, str) else content

    def article_page(self, article_id: str) -> Page | None:
        """The page of a published article."""
        path = self.article_pages.get(article_id)
        return self.pages.get(path) if path else None


Planner = Callable[[SitePlan], None]
PLANNERS: list[tuple[int, str, Planner]] = []


def register_planner(name: str, planner: Planner, order: int = 100) -> None:
    """Register a feature's planner; lower ``order`` runs first (core pages use 0)."""
    if all(existing != name for _, existing, _ in PLANNERS):
        PLANNERS.append((order, name, planner))
        PLANNERS.sort(key=lambda item: (item[0], item[1]))
