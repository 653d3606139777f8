"""The records every stage passes around: frozen, typed, documented.

Loading turns user files into these records (validated once, at the boundary); planning,
search, status and rendering only read them. No module here knows about MkDocs.
"""
from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ARTICLE_TYPES = ("how-to", "troubleshooting", "faq", "explainer")


@dataclass(frozen=True)
class Service:
    """A service employees use, as declared under ``services`` in site_config.yml.

    Attributes:
        id: short stable id used in front matter (``vpn``).
        name: display name (``Remote access (VPN)``).
        description: one or two sentences shown on the service page.
        group: optional heading that groups services on the home page.
    """

    id: str
    name: str
    description: str = ""
    group: str = ""


@dataclass(frozen=True)
class ContactChannel:
    """One way to reach the service desk.

    Attributes:
        kind: phone | email | chat | portal | walk-up | other.
        label: what the channel is called ("Service desk phone").
        value: the number, address or URL.
        hours: when it is staffed ("24/7", "Mon-Fri 08:00-18:00").
        remote_note: advice for remote and overseas staff.
    """

    kind: str
    label: str
    value: str
    hours: str = ""
    remote_note: str = ""


@dataclass(frozen=True)
class SiteConfig:
    """The validated site_config.yml (see :mod:`kbgen.config` for every key and default).

    ``sections`` holds the validated section of each component by key (``search``, ``status``,
    ``tickets`` ...); a section the file leaves out is ``{}`` (its component's defaults apply).
    ``featured_lines`` is the site_config.yml line of each ``featured`` id (for diagnostics).
    """

    site_name: str
    site_url: str = ""
    organisation: str = ""
    timezone: str = "UTC"
    language: str = "en"
    id_prefix: str = "KB"
    description: str = ""
    contact: tuple[ContactChannel, ...] = ()
    services: tuple[Service, ...] = ()
    review_interval_days: int = 365
    featured: tuple[str, ...] = ()
    featured_lines: tuple[int, ...] = ()
    summary_max_chars: int = 160
    reply_template: str = ""
    sections: dict[str, dict[str, Any]] = field(default_factory=dict)
    severity: dict[str, str] = field(default_factory=dict)
    raw_html: bool = True

    @functools.cached_property
    def services_by_id(self) -> dict[str, Service]:
        """Each configured service by id (the first one declared under an id), made once: every
        article page and announcement names its services (a search through the configured
        services for each was ~4% of one edit's CPU at 10,000 articles)."""
        by_id: dict[str, Service] = {}
        for service in self.services:
            by_id.setdefault(service.id, service)
        return by_id

    def service(self, service_id: str) -> Service | None:
        """The service with this id, or None."""
        return self.services_by_id.get(service_id)

    def section(self, key: str) -> dict[str, Any]:
        """A component's validated section (``{}`` when absent: its defaults apply)."""
        return self.sections.get(key) or {}

    @property
    def search(self) -> dict[str, Any]:
        """The search component's ``search:`` section."""
        return self.section("search")

    @property
    def status(self) -> dict[str, Any]:
        """The status component's ``status:`` section."""
        return self.section("status")

    @property
    def tickets(self) -> dict[str, Any]:
        """The suggest component's ``tickets:`` section."""
        return self.section("tickets")


@dataclass(frozen=True)
class SourceRef:
    """Where a record came from: display path (relative to the project) and first line."""

    path: str
    line: int = 1


@dataclass(frozen=True)
class Article:
    """One knowledge-base article (how-to, troubleshooting, FAQ or explainer).

    Attributes:
        id: unique stable id such as ``KB0042``; part of the URL.
        title: the page heading.
        summary: one sentence shown in lists and search results.
        type: how-to | troubleshooting | faq | explainer.
        tags: free labels; each gets a tag page.
        services: ids of services from the config.
        keywords: extra search terms that are not in the text.
        owner: who keeps the article correct.
        created: when it was written.
        reviewed: when it was last checked.
        review_every_days: review interval; the config default when None.
        draft: drafts are never published.
        retired: a retired article is no longer published; its old URLs keep a small page that
            points to ``replaced_by``.
        replaced_by: id of the article that replaces a retired one.
        related: ids of related articles.
        aliases: old URLs that must keep working (redirect pages).
        source_tickets: ticket ids a suggested draft came from (``kbgen suggest``).
        body: the Markdown body.
        body_line: file line on which the body starts (for link diagnostics).
        source: the file the article came from.
        slug: path of the source below content/articles without ``.md``.
    """

    id: str
    title: str
    summary: str = ""
    type: str = "how-to"
    tags: tuple[str, ...] = ()
    services: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()
    owner: str = ""
    created: dt.date | None = None
    reviewed: dt.date | None = None
    review_every_days: int | None = None
    draft: bool = False
    retired: bool = False
    replaced_by: str = ""
    related: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    source_tickets: tuple[str, ...] = ()
    body: str = ""
    body_line: int = 1
    source: SourceRef = SourceRef("")
    slug: str = ""

    @property
    def is_explainer(self) -> bool:
        return self.type == "explainer"


@dataclass(frozen=True)
class PreviousFile:
    """A file the previous build published that a component reads back (``api/articles.json``).

    Attributes:
        path: where it was read from, as shown to the user.
        content: its bytes.
    """

    path: str
    content: bytes


@dataclass(frozen=True)
class Corpus:
    """Everything loaded from a project: config, articles and the components' content.

    Attributes:
        project_dir: the project's folder.
        config: the validated site config.
        articles: published and draft articles, sorted by id.
        records: the records of every other content type, by its folder
            (``records["announcements"]``), in file order.
        previous: what the previous build published: the files components remember
            (``Component.remembers``), by site path; empty on a first build.
        unloaded_ids: the ids (upper case, as ids are compared) that article files failing
            validation state: their own errors say why, so ``related`` ids naming them are not
            reported again.
        unloaded_slugs: the slugs of those files, for the same reason for links to them.
    """

    project_dir: Path
    config: SiteConfig
    articles: tuple[Article, ...] = ()
    records: dict[str, tuple[Any, ...]] = field(default_factory=dict)
    previous: dict[str, PreviousFile] = field(default_factory=dict)
    unloaded_ids: frozenset[str] = frozenset()
    unloaded_slugs: frozenset[str] = frozenset()

    @property
    def announcements(self) -> tuple[Any, ...]:
        """The status component's announcements (see :mod:`kbgen.status`)."""
        return self.records.get("announcements", ())

    # Made once per corpus (a frozen record: ``articles`` never changes; ``dataclasses.replace``
    # makes a new corpus with no values kept): planning asked for them ~20 times, each a pass
    # over 10,000 articles.
    @functools.cached_property
    def published(self) -> tuple[Article, ...]:
        """Articles that are neither drafts nor retired."""
        return tuple(a for a in self.articles if not a.draft and not a.retired)

    @functools.cached_property
    def retired(self) -> tuple[Article, ...]:
        """Retired articles that are not drafts (their old URLs point to the replacement)."""
        return tuple(a for a in self.articles if a.retired and not a.draft)

    def article(self, article_id: str) -> Article | None:
        """The article with this id, or None."""
        return next((a for a in self.articles if a.id == article_id), None)
