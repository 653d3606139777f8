"""The planned site: pages, files and theme data, each with the inputs it is made from.

Planning (:mod:`kbgen.site.plan`) fills a :class:`SitePlan` from the components' plans; the
render stage (:mod:`kbgen.site.render`) is the only code that turns it into HTML with MkDocs.

Every planned thing declares its :class:`Inputs`: the articles, announcements, config keys,
lists and templates it is made from, and whether it depends on the build moment. A page's
Markdown is a pure function of those inputs (``tests/test_site_inputs.py`` checks it), so a
cache can hash them to decide what to rebuild.
"""
from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Mapping, Union

from markupsafe import Markup

from ..model import Corpus
from ..memo import PlanMemo
from .urls import doc_url

Slot = tuple[str, ...]
"""Where a note goes: ``("article", id)``, ``("service", id)``, ``("home",)``, ``("footer",)``."""


def _ids(values: Iterable[str]) -> tuple[str, ...]:
    return tuple(sorted(set(values)))


@dataclass(frozen=True)
class Inputs:
    """What a planned thing is made from; it reads nothing else.

    Attributes:
        articles: ids of the articles whose records it reads (sorted).
        announcements: ids of the announcements whose records it reads (sorted).
        config: top-level site_config.yml keys it reads (sorted).
        lists: named id lists whose membership and order shape it, e.g. the articles of a
            service: ``(("articles of service vpn", ("KB0001", "KB0007")),)`` (sorted by name).
        templates: names of the kbgen templates it is rendered with (their imports count too:
            see :meth:`kbgen.site.templating.Templates.closure`).
        moment: True when it depends on the build moment (``--now``).
        listed: ids of the articles it shows only as list items (:data:`LISTED_FIELDS` and
            the page; sorted): an edit of such an article's body leaves it alone.
        targets: source paths its links name (below ``content/articles``, without ``.md``;
            sorted): it reads only what each leads to (an article's id and page, or nothing), so
            adding, renaming or removing an article concerns only the pages linking to its path.
    """

    articles: tuple[str, ...] = ()
    announcements: tuple[str, ...] = ()
    config: tuple[str, ...] = ()
    lists: tuple[tuple[str, tuple[str, ...]], ...] = ()
    templates: tuple[str, ...] = ()
    moment: bool = False
    listed: tuple[str, ...] = ()
    targets: tuple[str, ...] = ()

    def __bool__(self) -> bool:
        """Whether it names anything at all."""
        return bool(self.articles or self.announcements or self.config or self.lists or self.templates
                    or self.moment or self.listed or self.targets)

    @classmethod
    def of(cls, articles: Iterable[str] = (), announcements: Iterable[str] = (),
           config: Iterable[str] = (), lists: Mapping[str, Iterable[str]] | None = None,
           templates: Iterable[str] = (), moment: bool = False, listed: Iterable[str] = (),
           targets: Iterable[str] = ()) -> "Inputs":
        """Inputs from any iterables (sorted and de-duplicated; list order is kept)."""
        return cls(_ids(articles), _ids(announcements), _ids(config),
                   tuple(sorted((name, tuple(ids)) for name, ids in (lists or {}).items())),
                   _ids(templates), moment, _ids(listed), _ids(targets))

    def __or__(self, other: "Inputs") -> "Inputs":
        """Both inputs in one (both are sorted and de-duplicated already: made by ``of``; a
        list named in both is ``other``'s). Every page's inputs are joined with its frame's:
        a part only one side names is kept as it is (no sorting 10,000 times after one edit)."""
        if not other:
            return self
        if not self:
            return other
        if not other.lists or not self.lists:
            lists = self.lists or other.lists
        else:
            lists = tuple(sorted({**dict(self.lists), **dict(other.lists)}.items()))
        return Inputs(_joined(self.articles, other.articles), _joined(self.announcements, other.announcements),
                      _joined(self.config, other.config), lists, _joined(self.templates, other.templates),
                      self.moment or other.moment, _joined(self.listed, other.listed),
                      _joined(self.targets, other.targets))


def _joined(first: tuple[str, ...], second: tuple[str, ...]) -> tuple[str, ...]:
    """Two sorted, de-duplicated tuples as one."""
    if not second or first == second:
        return first
    return _ids(first + second) if first else second


@functools.lru_cache(maxsize=None)
def rendered_with(template: str, page: bool = False) -> Inputs:
    """The inputs of what ``template`` renders: for a page's (``page``) also the page frame and
    the site's language, which picks the interface strings. One value per template, shared by
    every page and note rendered with it."""
    if page:
        return Inputs.of(config=["language"], templates=[template, PAGE_FRAME])
    return Inputs.of(templates=[template])


#: What a list item of an article shows (``article_list`` in ``core/macros.html``), besides
#: the link to its page: a page declaring the article as ``listed`` reads only these.
LISTED_FIELDS = ("id", "title", "type", "summary")


class MarkdownText(Markup):
    """The Markdown a writer wrote, as a page's template prints it (``{{ body }}``): trusted
    text that the render stage converts with MkDocs' Markdown. Everything else a page's
    templates print is kbgen's own HTML, which goes to the page as it is (see
    :meth:`kbgen.site.templating.Templates.page_parts`). A page prints at most one."""

    __slots__ = ()


@dataclass(frozen=True)
class PageParts:
    """A page's body in three parts: kbgen's HTML above the writer's Markdown, the Markdown,
    and kbgen's HTML below it. Joined, they are the page's Markdown source
    (:meth:`kbgen.site.templating.Templates.page`).

    Attributes:
        before: HTML above the Markdown (the whole body when the page has no Markdown).
        markdown: the writer's Markdown ('' when none).
        after: HTML below the Markdown.
    """

    before: str
    markdown: str
    after: str


@dataclass(frozen=True)
class Note:
    """A note a component puts on a page another component owns (known issues, the service
    status line, links to the status page). It is planned before the pages, and handed to the
    owner of its slot as part of that page's inputs.

    Attributes:
        slot: which page (or shared block) it belongs to, see :data:`Slot`.
        template: the kbgen template that renders it (links are relative to the page it is on).
        context: the template's data (records and plain values, nothing else).
        inputs: what the note is made from.
        place: "top" (under the title, with the other notes) or "end" (after the body).
    """

    slot: Slot
    template: str
    context: Mapping[str, Any]
    inputs: Inputs
    place: str = "top"


@dataclass(frozen=True)
class Page:
    """One page of the site.

    Attributes:
        path: source path in the docs tree, e.g. ``articles/kb0001-unlock.md``; the page's URL
            is the path without ``.md`` plus ``/`` (``index.md`` is its folder's URL).
        title: the page title as plain text (escaped wherever it is printed).
        template: the kbgen template of the body (``core/article.html``).
        context: the template's data: records and plain values; Markdown that writers wrote is
            :class:`MarkdownText` (the only trusted text).
        inputs: what the page is made from (its notes add theirs, see :meth:`all_inputs`).
        kind: home | article | service | tag | contact | section | announcement | status | search ...
        meta: data for the theme and scripts (``article_id``, ``services``), in the front matter.
        notes: notes other components put on this page, in component order.
        hide: Material ``hide`` flags for the page (navigation, toc).
        heading: print the title and the notes above the body (the home page places its own).
    """

    path: str
    title: str
    template: str
    context: Mapping[str, Any]
    inputs: Inputs
    kind: str = "page"
    meta: Mapping[str, Any] = field(default_factory=dict)
    notes: tuple[Note, ...] = ()
    hide: tuple[str, ...] = ()
    heading: bool = True

    @property
    def url(self) -> str:
        """Site-relative URL with a trailing slash ('' for the home page)."""
        return doc_url(self.path)

    def all_inputs(self) -> Inputs:
        """The page's inputs with its notes', its templates' names and the site's language
        (which picks the interface strings)."""
        result = self.inputs | rendered_with(self.template, page=True)
        for note in self.notes:
            result = result | note.inputs | rendered_with(note.template)
        return result


#: The template that puts a page's title, notes and body together.
PAGE_FRAME = "core/page.html"


@dataclass(frozen=True)
class SiteFile:
    """A static file of the site (``status.json``, ``search/*.json``, redirect pages).

    Attributes:
        path: site path (``kb/KB0001/index.html``).
        content: the bytes.
        inputs: what it is made from.
    """

    path: str
    content: bytes
    inputs: Inputs


@dataclass(frozen=True)
class LateFiles:
    """Files made while the pages render, when their paths and bytes come from costly work no
    page's content depends on (a search index, whose shards depend on what it indexes): the
    render stage calls ``make`` beside the page renderers. A page linking to one of these files
    is checked once they exist, and rendered again if its link now finds a file.

    Attributes:
        name: what they are, for messages (``search index``).
        make: returns the files, site path -> bytes (a pure function of ``inputs``).
        inputs: what they are made from.
    """

    name: str
    make: Callable[[], Mapping[str, bytes]]
    inputs: Inputs


@dataclass(frozen=True)
class NavEntry:
    """An entry of the small top navigation; entries are shown by ``order``, then title.

    Attributes:
        title: the link text.
        path: docs path of the page.
        order: position (core: 0-40 and 90 for "Contact us"; features in between).
    """

    title: str
    path: str
    order: int = 50


@dataclass(frozen=True)
class ThemeData:
    """A value the theme prints on every page, as ``config.extra.kbgen.<name>``.

    Attributes:
        name: key under ``config.extra.kbgen`` (``footer_html``, ``banner_html``, ``status_live``).
        value: JSON-able data, or HTML rendered by a kbgen template (already safe).
        inputs: what it is made from; every page depends on it (see :attr:`SitePlan.frame_inputs`).
    """

    name: str
    value: Any
    inputs: Inputs


@dataclass(frozen=True)
class Unit:
    """Pages and files planned together from one record (an article's page and its redirects),
    which a rebuild keeps without planning them when nothing they were made from changed: the
    build cache keeps the input names the unit's pages and files declared (:meth:`Page.all_inputs`,
    :attr:`SiteFile.inputs`) and the digest of each, and the unit is planned only when one of
    them differs now (see :mod:`kbgen.site.reuse`).

    Attributes:
        name: unique among the plan's units (``article KB0001``).
        make: plans its pages and files (a pure function of what they declare).
        notes: the notes planned for its pages (a note naming an input the unit did not name
            last time, such as a new announcement, makes it planned).
        lists: a stand-in for the value of each list its pages name, made without planning
            them: the list is a function of its stand-in (the articles an article links to: its
            record and what every link can lead to). A list named without a stand-in counts as
            changed.
    """

    name: str
    make: Callable[[], Iterable["Page | SiteFile"]]
    notes: tuple[Note, ...] = ()
    lists: Mapping[str, Any] = field(default_factory=dict)


Planned = Union[Page, SiteFile, LateFiles, NavEntry, ThemeData, Unit]
"""What a component's planner yields."""


@dataclass
class SitePlan:
    """Everything to render: built by :func:`kbgen.site.plan.plan_site`.

    Attributes:
        corpus: the loaded project.
        now: the moment the site is built for (``--now``), timezone-aware.
        templates: the template environment that renders pages and notes.
        pages: pages by path, in planning order.
        files: static files by site path.
        late: files made while the pages render (:class:`LateFiles`), in planning order.
        nav: the top navigation, in display order.
        extra: theme data by name (``config.extra.kbgen``).
        frame_inputs: what every page's surroundings are made from (site name, nav, footer,
            banner): a change here changes every rendered page.
        article_pages: docs path of each published article's page, by id.
        page_paths: docs path of every page, planned or kept, in planning order.
        file_paths: site path of every planned file, planned or kept, in planning order.
        kept: the units kept from the last build without planning them, by name (see
            :class:`Unit`): their pages and files are in ``page_paths`` and ``file_paths`` only.
        index: what the build cache keeps of every unit, by name (:class:`kbgen.site.reuse.UnitIndex`).
        values: the digest of each input name the units declare.
        digests: the digest of each input over this plan, each made once for planning and
            publishing alike (:func:`kbgen.site.inputs.digests_of`).
    """

    corpus: Corpus
    now: dt.datetime
    templates: Any
    pages: dict[str, Page] = field(default_factory=dict)
    files: dict[str, SiteFile] = field(default_factory=dict)
    late: list[LateFiles] = field(default_factory=list)
    nav: list[NavEntry] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)
    frame_inputs: Inputs = Inputs()
    article_pages: dict[str, str] = field(default_factory=dict)
    page_paths: dict[str, None] = field(default_factory=dict)
    file_paths: dict[str, None] = field(default_factory=dict)
    kept: dict[str, Unit] = field(default_factory=dict)
    index: dict[str, Any] = field(default_factory=dict)
    values: dict[str, str] = field(default_factory=dict)
    digests: Any = field(default=None, repr=False, compare=False)


@dataclass(frozen=True)
class PlanContext:
    """What a component's planner receives: the project, the moment, and what is known before
    any page is planned.

    Attributes:
        corpus: the loaded project.
        now: the build moment (aware).
        templates: the template environment (:class:`kbgen.site.templating.Templates`).
        article_pages: docs path of each published article's page, by id.
        notes: every component's notes, by slot (empty while the notes themselves are planned).
        memo: values made from records, kept between builds (:class:`kbgen.memo.PlanMemo`).
    """

    corpus: Corpus
    now: dt.datetime
    templates: Any
    article_pages: Mapping[str, str]
    notes: Mapping[Slot, tuple[Note, ...]] = field(default_factory=dict)
    memo: Any = field(default_factory=lambda: PlanMemo())

    @property
    def messages(self) -> Any:
        """The interface strings (:class:`kbgen.messages.Messages`) of the site's language."""
        return self.templates.messages

    @functools.cached_property
    def article_urls(self) -> dict[str, str]:
        """Site-relative URL of each published article's page, by id (made once: lists ask for
        the same URLs on thousands of pages)."""
        return {article_id: doc_url(path) for article_id, path in self.article_pages.items()}

    def article_url(self, article_id: str) -> str:
        """Site-relative URL of a published article's page."""
        return self.article_urls[article_id]

    def notes_for(self, *slot: str) -> tuple[Note, ...]:
        """The notes planned for a slot, e.g. ``notes_for("article", "KB0001")``."""
        return self.notes.get(tuple(slot), ())
