"""kbgen's own HTML: Jinja templates with autoescape, one environment per build.

Each component ships its templates in ``<its package>/templates/``; a template is named
``<component>/<file>`` (``core/article.html`` is ``kbgen/site/templates/article.html``,
``status/note.html`` is ``kbgen/status/templates/note.html``). Autoescape is on for every
template: whatever ``{{ }}`` prints is escaped unless it is :class:`~markupsafe.Markup`, and
only two things are: the Markdown bodies writers wrote, and HTML another kbgen template
rendered. Interface strings come from the catalog (``m``); links are made relative to the page
being rendered (``link``), so one note renders correctly on any page.
"""
from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import Any, Iterable, Mapping

from jinja2 import BytecodeCache, Environment, FileSystemBytecodeCache, PackageLoader, PrefixLoader, StrictUndefined, meta, pass_context
from jinja2.runtime import Context
from markupsafe import Markup

from ..links import contact_href, safe_url
from ..memo import of_text
from ..messages import Messages
from .model import PAGE_FRAME, MarkdownText, Note, Page, PageParts
from .urls import relative_url

#: Stands for the site's base URL in HTML shown on every page (footer, banner); the theme
#: replaces it with MkDocs' ``base_url`` of each page.
SITE_BASE = "__KBGEN_BASE__"
#: Stands for the writer's Markdown while a page is split into its parts (a NUL cannot occur
#: in content: the loader refuses files that contain one).
MARKDOWN_SLOT = "\x00kbgen-markdown\x00"


class CompiledTemplates(FileSystemBytecodeCache):
    """Jinja's cache of compiled templates in a folder, one file per template.

    Jinja checks each entry against a hash of the template's source and its own and Python's
    versions, so an edited template is compiled again, and names an entry by the template's
    name and file. The theme is copied into a new temporary folder for every build: files below
    ``moving`` are named by their path inside it, so the entries stay the same from build to
    build (and the folder does not grow).

    Args:
        directory: the cache folder.
        moving: a folder whose path changes from build to build ('' for none).
    """

    def __init__(self, directory: str, moving: str = "") -> None:
        super().__init__(directory)
        self.moving = os.path.join(moving, "") if moving else ""

    def get_cache_key(self, name: str, filename: str | None = None) -> str:
        if filename and self.moving and filename.startswith(self.moving):
            filename = "<theme>/" + filename[len(self.moving):]
        return super().get_cache_key(name, filename)


def compiled_templates(folder: Path | str | None, moving: str = "") -> BytecodeCache | None:
    """The cache of compiled templates in ``folder`` (created if missing; see
    :class:`CompiledTemplates`), or None without one: compiling Material's templates and
    kbgen's costs most of a second in every process that renders, and a rebuild after one
    edit renders a page or a few."""
    if folder is None:
        return None
    Path(folder).mkdir(parents=True, exist_ok=True)
    return CompiledTemplates(str(folder), moving)


@pass_context
def link(context: Context, url: str) -> str:
    """The URL (site-relative, ``services/vpn/``) relative to the page being rendered, or
    below :data:`SITE_BASE` when rendering HTML shown on every page (``page_url`` None)."""
    page_url = context["page_url"]
    return f"{SITE_BASE}/{url}" if page_url is None else relative_url(page_url, url)


class Templates:
    """The template environment of a build.

    Args:
        packages: component name -> package whose ``templates/`` folder holds its templates.
        language: the site's language (picks the message catalog).
        compiled: where compiled templates are kept between builds (see
            :func:`compiled_templates`; None: compiled in memory each build).
    """

    def __init__(self, packages: Mapping[str, str], language: str = "en", compiled: Path | None = None) -> None:
        self.messages = Messages(language)
        loader = PrefixLoader({name: PackageLoader(package, "templates")
                               for name, package in packages.items()})
        self.env = Environment(loader=loader, autoescape=True, undefined=StrictUndefined,
                               trim_blocks=True, lstrip_blocks=True, auto_reload=False, cache_size=-1,
                               bytecode_cache=compiled_templates(compiled))
        self.env.globals.update(m=self.messages, link=link)
        self.env.filters.update(contact_href=contact_href, safe_url=safe_url,
                                long_date=self.messages.long_date)
        self._digests: dict[str, str] = {}

    def render(self, name: str, page_url: str | None = "", **context: Any) -> Markup:
        """Render a template for the page at ``page_url`` (site-relative, '' for the home page;
        None for HTML shown on every page)."""
        return Markup(self.env.get_template(name).render(page_url=page_url, **context))

    def notes(self, notes: Iterable[Note], page_url: str | None) -> list[Markup]:
        """Notes rendered for the page at ``page_url``."""
        return [self.render(note.template, page_url, **note.context) for note in notes]

    def page(self, page: Page) -> str:
        """A page's Markdown below its front matter: title, notes, body and the notes that go at
        its end (a pure function of the page record: its template, context and notes)."""
        return self._page_text(page, page.context)

    def page_parts(self, page: Page) -> PageParts:
        """The page split around the writer's Markdown (its :class:`MarkdownText`): kbgen's
        HTML above and below it needs no Markdown conversion. Joined, the parts are
        :meth:`page`.

        Raises:
            ValueError: the page has more than one Markdown text, or prints one twice.
        """
        texts = [value for value in page.context.values() if isinstance(value, MarkdownText) and value]
        if len(texts) > 1:
            raise ValueError(f"{page.path}: a page can hold one writer's Markdown, not {len(texts)}")
        context = {key: Markup(MARKDOWN_SLOT) if isinstance(value, MarkdownText) and value else value
                   for key, value in page.context.items()}
        before, found, after = self._page_text(page, context).partition(MARKDOWN_SLOT)
        if MARKDOWN_SLOT in after:
            raise ValueError(f"{page.path}: its template prints the writer's Markdown twice")
        return PageParts(before, str(texts[0]) if found else "", after)

    def _page_text(self, page: Page, context: Mapping[str, Any]) -> str:
        notes = self.notes([note for note in page.notes if note.place != "end"], page.url)
        end_notes = self.notes([note for note in page.notes if note.place == "end"], page.url)
        body = self.render(page.template, page.url, notes=notes, **context)
        return str(self.render(PAGE_FRAME, page.url, title=page.title, heading=page.heading,
                               notes=notes, body=body, end_notes=end_notes))

    def source(self, name: str) -> str:
        """The text of a template (what a cache hashes)."""
        return self.env.loader.get_source(self.env, name)[0]

    def digest(self, name: str) -> str:
        """A digest of a template and every template it pulls in (computed once)."""
        found = self._digests.get(name)
        if found is None:
            found = self._digests[name] = hashlib.sha256(repr(
                [(each, self.source(each)) for each in self.closure(name)]).encode("utf-8")).hexdigest()
        return found

    def closure(self, name: str) -> tuple[str, ...]:
        """A template and every template it imports, includes or extends, recursively (sorted)."""
        seen: set[str] = set()
        todo = [name]
        while todo:
            current = todo.pop()
            if current in seen:
                continue
            seen.add(current)
            todo.extend(of_text("template references", self.source(current), self._references, self._references))
        return tuple(sorted(seen))

    def _references(self, source: str) -> tuple[str, ...]:
        """The templates a template's text imports, includes or extends (by name)."""
        return tuple(found for found in meta.find_referenced_templates(self.env.parse(source)) if found)
