"""Pages rendered with MkDocs' and Material's own machinery, from kbgen's own loop.

``mkdocs build`` reads every page, converts each with a new Markdown instance, then renders
each with Material's templates, in one process. This module does the same work per page with
the same objects -- MkDocs' ``File``, ``Files``, ``Navigation`` and ``Page``, its link
rewriting, Material's templates -- but sets them up once per process: one Markdown instance
reset between pages, the templates compiled once, the files, navigation and template context
built once. Pages are independent of each other, so several processes render them in parallel
(:mod:`kbgen.site.publish`). ``tests/test_render_parity.py`` checks that each page is
byte-identical to what ``mkdocs build`` makes of the same docs folder (:func:`render.render`).

Besides the HTML, rendering a page reports MkDocs' warnings and every link target it looked up
(and whether it exists), so a cache knows when a page must be rendered again.
"""
from __future__ import annotations

import gzip
import io
import logging
import os
import posixpath
from dataclasses import dataclass
from typing import Any, Callable, Iterable

import markdown
from jinja2 import pass_context
from mkdocs.commands.build import get_context
from mkdocs.config import load_config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files, set_exclusions
from mkdocs.structure.nav import get_navigation
from mkdocs.structure.pages import Page, _ExtractTitleTreeprocessor, _RelativePathTreeprocessor
from mkdocs.structure.toc import get_toc
from mkdocs.utils import get_relative_url, is_error_template

from ..memo import remembered
from .markdown_needs import MarkdownByNeed
from .render import _Collector, mark_escaped
from .safety import skip_toc_string
from .templating import compiled_templates


@dataclass(frozen=True)
class SiteLayout:
    """What a renderer sets up from (picklable: it is handed to every process).

    Attributes:
        config_file: the generated ``mkdocs.yml``.
        pages: docs path of every page.
        others: docs path of every other file of the site (planned files, article assets).
        nav_meta: the meta of each page of the navigation (its entries read it).
        compiled: where the theme's templates are kept compiled between builds ('' for nowhere,
            see :func:`kbgen.site.templating.compiled_templates`).
        frame_key: a digest of the theme's folders, the libraries' versions and the config
            ('' when unknown): the theme's list of files is remembered under it.
        memo: render the theme's memoised parts once per key (:class:`FragmentMemo`); off when
            the project's ``theme/`` holds templates (a part may include one that reads the page).
    """

    config_file: str
    pages: tuple[str, ...]
    others: tuple[str, ...]
    nav_meta: tuple[tuple[str, Any], ...]
    compiled: str = ""
    frame_key: str = ""
    memo: bool = True


@dataclass(frozen=True)
class PageJob:
    """One page to render: what MkDocs would read from its docs file.

    Attributes:
        path: docs path (``articles/kb0001-vpn.md``).
        meta: its front matter.
        markdown: its Markdown, as MkDocs reads it back (``page.markdown``).
    """

    path: str
    meta: Any
    markdown: str


@dataclass(frozen=True)
class RenderedPage:
    """A rendered page.

    Attributes:
        path: docs path.
        dest: site path of the HTML file (``articles/kb0001-vpn/index.html``).
        html: the bytes MkDocs would write.
        warnings: MkDocs' warnings while rendering it.
        lookups: each docs path its links looked up, and whether it exists.
    """

    path: str
    dest: str
    html: bytes
    warnings: tuple[str, ...]
    lookups: tuple[tuple[str, bool], ...]


def walk_order(path: str) -> tuple:
    """Sort key giving the order in which ``mkdocs.structure.files.get_files`` lists docs
    files: a folder's files (``index`` first) before its sub-folders, folders by name."""
    folder, name = posixpath.split(path)
    return (tuple(folder.split("/")) if folder else (), os.path.splitext(name)[0] not in ("index", "README"), name)


def page_dest(path: str, use_directory_urls: bool) -> str:
    """Site path of a page's HTML: MkDocs' ``File.dest_uri`` of a docs page (``a/b.md`` ->
    ``a/b/index.html``; ``index.md`` and ``README.md`` -> ``index.html``)."""
    parent, filename = posixpath.split(path)
    stem = posixpath.splitext(filename)[0]
    stem = "index" if stem == "README" else stem
    # posixpath.join's rule written out (called for every page, twice per build: ~20,000 times
    # at 10,000 articles): a folder not ending in "/" gets one
    folder = parent if not parent or parent.endswith("/") else parent + "/"
    if not use_directory_urls or stem == "index":
        return f"{folder}{stem}.html"
    return f"{folder}{stem}/index.html" if stem else f"{folder}index.html"


class _RecordingFiles:
    """The ``Files`` a page's link rewriting sees: answers as MkDocs' and notes each lookup.

    Args:
        files: MkDocs' files.
        add: makes the File of a docs path the collection does not hold yet (or None when the
            site has no such file).
    """

    def __init__(self, files: Files, add: Callable[[str], File | None]) -> None:
        self.files = files
        self.add = add
        self.seen: dict[str, bool] = {}

    def get_file_from_path(self, path: str) -> File | None:
        found = self.files.get_file_from_path(path) or self.add(path)
        self.seen[path] = found is not None
        return found


class _ThemeListing:
    """The environment ``Files.add_files_from_theme`` lists the theme's files from: Jinja's
    listing (a walk of Material's thousands of files, each matched against MkDocs' patterns:
    a third of a second) kept in the build's memo under the frame's key, which covers the
    theme's folders, the libraries' versions and the config the patterns come from.

    Args:
        env: the theme's Jinja environment.
        key: the frame's key ('' when unknown: listed every time).
    """

    def __init__(self, env: Any, key: str) -> None:
        self.env = env
        self.key = key

    def list_templates(self, filter_func: Callable[[str], bool] | None = None) -> tuple[str, ...]:
        def listing() -> tuple[str, ...]:
            return tuple(self.env.list_templates(filter_func=filter_func))
        return remembered("theme files", (self.key,), listing) if self.key else listing()


class FragmentMemo:
    """Parts of Material's frame rendered once, for pages outside the navigation.

    The theme wraps the parts that read nothing of a page but where it is -- the styles,
    scripts and config blocks, the footer, the primary navigation -- in
    ``{% call kbgen_memo("name") %}``. Such a part is the same on every page that has the same
    base URL, the same ``hide`` flags and the same relative links to the navigation's pages,
    so it is rendered once per such key. Every part is rendered for a page in the navigation
    (its entry is active and shows its table of contents), for a page under ``assets/`` (its
    links to Material's assets are shorter), and always when the navigation holds sections or
    links (this key does not cover them), and when the project's theme holds templates (a part
    may include one of them, which may read the page).

    Args:
        nav: MkDocs' navigation of the site.
        enabled: whether parts may be rendered once (else every part for every page).
    """

    def __init__(self, nav: Any, enabled: bool = True) -> None:
        self.nav_urls = [page.url for page in nav.pages]
        self.nav_paths = {page.file.src_uri for page in nav.pages}
        self.enabled = enabled and all(isinstance(item, Page) for item in nav.items)
        self.saved: dict[tuple, str] = {}
        self.links_of: tuple[str | None, tuple[str, ...]] = (None, ())  # the last page's links to the navigation

    @pass_context
    def fragment(self, context: Any, name: str, caller: Any) -> str:
        """``kbgen_memo``: the part's output, rendered once per key."""
        page = context.get("page")
        if (not self.enabled or page is None or page.file.src_uri in self.nav_paths
                or page.url.startswith("assets/")):
            return caller()
        hide = page.meta.get("hide") if isinstance(page.meta, dict) else None
        key = (name, context.get("base_url"), repr(hide), self._nav_links(page.url))
        if key not in self.saved:
            self.saved[key] = caller()
        return self.saved[key]

    def _nav_links(self, url: str) -> tuple[str, ...]:
        """The relative links from the page at ``url`` to the navigation's pages (worked out
        once per page: every part of its frame asks)."""
        if self.links_of[0] != url:
            self.links_of = (url, tuple(get_relative_url(nav_url, url) for nav_url in self.nav_urls))
        return self.links_of[1]


class ThemeWords:
    """``kbgen_words``: Material's word for a key in the site's language (or English, or the
    key), as its ``partials/language.html`` picks it, asked of its tables once per key (each
    call of a table's macro builds the whole table)."""

    def __init__(self) -> None:
        self.saved: dict[str, str] = {}

    def __call__(self, key: str, lang: Any, fallback: Any) -> str:
        found = self.saved.get(key)
        if found is None:
            found = self.saved[key] = str(lang.t(key) or fallback.t(key) or key)
        return found


class MkDocsRenderer:
    """MkDocs and Material set up once, rendering pages one after another.

    Args:
        layout: the site's docs files and generated config.
        collector: the handler on the ``mkdocs`` logger that collects its warnings (MkDocs'
            environment must be set first: ``SOURCE_DATE_EPOCH`` dates every page).
        lazy: set up only the navigation's pages and make every other File and Page when a
            page or a link asks for it (a rebuild that renders a few pages of thousands does
            not build them all); the theme's pages (the sitemap lists every page) need the
            full set.

    Raises:
        ValueError: the config asks for something this loop does not do as ``mkdocs build``
            does (plugins, anchor validation at warning level).
    """

    def __init__(self, layout: SiteLayout, collector: _Collector, lazy: bool = False,
                 config: MkDocsConfig | None = None) -> None:
        # a renderer set up again for the same config file (a lazy one, then one of every page
        # for the theme's pages) takes the first one's loaded config, as one ``mkdocs build``
        # uses one config for every page: loading and validating it was ~0.2 s of CPU
        self.config = config if config is not None else load_config(layout.config_file)
        mark_escaped(self.config)  # (marking a value marked already leaves it as it is)
        if len(self.config.plugins):
            raise ValueError("kbgen's renderer runs no MkDocs plugins")
        if self.config.validation.links.anchors >= logging.WARNING:
            raise ValueError("kbgen's renderer does not validate anchors")
        self.lazy = lazy
        self.known = set(layout.pages) | set(layout.others)
        nav_paths = {path for path, _ in layout.nav_meta}
        self.files = self._files([path for path in layout.pages + layout.others if not lazy or path in nav_paths])
        self.env = self.config.theme.get_env()
        self.env.cache = {}  # every template kept, looked up without the LRU cache's lock (Jinja's cache_size=-1)
        self.env.bytecode_cache = compiled_templates(layout.compiled or None, self.config.theme.custom_dir or "")
        self.files.add_files_from_theme(_ThemeListing(self.env, layout.frame_key), self.config)
        if lazy:  # a docs file shadows the theme's file of the same path, as in get_files
            for file in [f for f in self.files if f.src_dir != self.config.docs_dir and f.src_uri in self.known]:
                self.files.remove(file)
        self.nav = get_navigation(self.files, self.config)
        self.env.globals["kbgen_memo"] = FragmentMemo(self.nav, layout.memo).fragment
        self.env.globals["kbgen_words"] = ThemeWords()
        self.doc_files = self.files.documentation_pages()
        for path, meta in layout.nav_meta:
            self.page(path).meta = meta
        self.links = _RecordingFiles(self.files, self._add)
        self.markdowns, self.relpath = self._markdown()
        self.collector = collector

    def _files(self, paths: Iterable[str]) -> Files:
        """The files ``get_files`` would find in a docs folder holding these files: each made
        as :meth:`_file` makes one, the config's three values read once and the exclusions set
        over all of them at once (per file, each call read the config again and joined
        MkDocs' default exclusions with the config's anew: ~20,000 times for 10,000 articles)."""
        config = self.config
        docs_dir, site_dir, directory_urls = config.docs_dir, config.site_dir, config.use_directory_urls
        files = [File(path, docs_dir, site_dir, directory_urls) for path in sorted(paths, key=walk_order)]
        set_exclusions(files, config)
        return Files(files)

    def _file(self, path: str) -> File:
        config = self.config
        file = File(path, config.docs_dir, config.site_dir, config.use_directory_urls)
        set_exclusions([file], config)
        return file

    def _add(self, path: str) -> File | None:
        """Lazily: the File (and Page) of a docs path of the site not set up yet."""
        if not self.lazy or path not in self.known:
            return None
        file = self._file(path)
        self.files.append(file)
        if file.is_documentation_page():
            Page(None, file, self.config)
        return file

    def _markdown(self) -> tuple[MarkdownByNeed, _RelativePathTreeprocessor]:
        """Markdown instances with MkDocs' link rewriting and title extraction, as
        ``Page.render`` builds one for each page (its anchor collectors serve only anchor
        validation, which reports below warning level, so they are left out); one instance per
        set of extensions a page can need (:mod:`kbgen.site.markdown_needs`)."""
        relpath = _RelativePathTreeprocessor(None, self.links, self.config)

        def setup(md: markdown.Markdown) -> _ExtractTitleTreeprocessor:
            relpath._register(md)
            title = _ExtractTitleTreeprocessor()
            title._register(md)
            skip_toc_string(md)
            return title
        markdowns = MarkdownByNeed(self.config["markdown_extensions"], self.config["mdx_configs"] or {}, setup)
        return markdowns, relpath

    def page(self, path: str) -> Page:
        """MkDocs' page object of a docs path."""
        file = self.files.get_file_from_path(path) or self._add(path)
        if file is None or file.page is None:
            raise KeyError(f"{path} is not a page of this site")
        return file.page

    def render(self, job: PageJob) -> RenderedPage:
        """Convert and render one page, as ``_populate_page`` and ``_build_page`` do."""
        page = self.page(job.path)
        page.meta, page.markdown = job.meta, job.markdown
        self.collector.records.clear()
        self.links.seen = {}
        self._convert(page)
        page.active = True
        try:
            context = get_context(self.nav, self.doc_files, self.config, page)
            output = self.env.get_template(page.meta.get("template", "main.html")).render(context)
        finally:
            page.active = False
        page.content, page.toc = None, []  # keep memory flat over thousands of pages
        return RenderedPage(job.path, page.file.dest_uri, output.encode("utf-8", errors="xmlcharrefreplace"),
                            tuple(record.getMessage() for record in self.collector.records),
                            tuple(sorted(self.links.seen.items())))

    def _convert(self, page: Page) -> None:
        """``Page.render`` with a shared Markdown instance, reset for this page."""
        md, title = self.markdowns.for_text(page.markdown)
        self.relpath.file = page.file
        self.relpath.links_to_anchors = {}
        title.title = None
        page.content = md.convert(page.markdown)
        page.toc = get_toc(getattr(md, "toc_tokens", []))
        page._title_from_render = title.title

    def theme_pages(self) -> dict[str, bytes]:
        """The theme's static templates (``404.html``, ``sitemap.xml``) and the gzipped
        sitemap, as ``_build_theme_template`` writes them (not from a lazy renderer)."""
        if self.lazy:
            raise ValueError("the theme's pages need every page: use a renderer that is not lazy")
        outputs = {}
        for name in sorted(self.config.theme.static_templates):
            text = self._theme_template(name)
            if not text.strip():
                continue
            outputs[name] = text.encode("utf-8")
            if name == "sitemap.xml":
                outputs[name + ".gz"] = self._gzip(text, name + ".gz")
        return outputs

    def _theme_template(self, name: str) -> str:
        if is_error_template(name):
            from urllib.parse import urlsplit

            base_url = urlsplit(self.config.site_url or "/").path
        else:
            base_url = get_relative_url(".", name)
        context = get_context(self.nav, self.files, self.config, base_url=base_url)
        return self.env.get_template(name).render(context)

    def _gzip(self, text: str, name: str) -> bytes:
        from mkdocs.utils import get_build_timestamp

        buffer = io.BytesIO()
        pages = [f.page for f in self.doc_files if f.page is not None]
        mtime = get_build_timestamp(pages=pages)
        mtime = mtime if 0 <= mtime < 2**32 else 0  # gzip holds 1970-2106 (--now may be 1900-9000); 0: none
        with gzip.GzipFile(fileobj=buffer, filename=name, mode="wb", mtime=mtime) as out:
            out.write(text.encode("utf-8"))
        return buffer.getvalue()

    def theme_files(self) -> list[tuple[str, str]]:
        """``(site path, source file)`` of every static file the theme adds."""
        return [(f.dest_uri, f.abs_src_path) for f in self.files
                if not f.is_documentation_page() and f.inclusion.is_included() and f.src_dir in self.config.theme.dirs]

    def dest_of(self, paths: Iterable[str]) -> dict[str, str]:
        """Site path of the HTML of each page."""
        return {path: self.page(path).file.dest_uri for path in paths}
