"""The values behind declared inputs, and a digest of them: what a build cache compares.

A page's Markdown is a pure function of the values of its inputs (:meth:`Page.all_inputs`),
so two plans in which a page's :func:`digest` is the same give that page the same Markdown
(``tests/test_site_inputs.py`` checks this over edits, additions and deletions). The rendered
HTML also depends on what every page shares (the MkDocs config with the theme data, the theme
folder): the render stage adds those (:mod:`kbgen.site.publish`).
"""
from __future__ import annotations

import hashlib
from typing import Any, Callable

from ..memo import record_digest
from ..model import Article, SiteConfig
from .model import LISTED_FIELDS, Inputs, SitePlan
from .urls import leads_to, linkable

#: site_config.yml keys whose value is held under another attribute name.
CONFIG_ATTRIBUTES = {"review": "review_interval_days"}


def config_value(config: SiteConfig, key: str) -> Any:
    """The validated value of a top-level site_config.yml key (a core key or a section)."""
    attribute = CONFIG_ATTRIBUTES.get(key, key)
    if attribute in SiteConfig.__dataclass_fields__ and attribute != "sections":
        return getattr(config, attribute)
    return config.section(key)


def sha256(text: str) -> str:
    """Hex SHA-256 of a text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class InputDigests:
    """Digests of inputs over one plan, each value hashed once (records, config values,
    templates, lists), so digesting every page costs a few lookups per page, not a pass over
    the corpus.

    Args:
        plan: the planned site.
    """

    def __init__(self, plan: SitePlan) -> None:
        self.plan = plan
        corpus = plan.corpus
        self._articles = {article.id: article for article in corpus.articles}
        self._announcements = {item.id: item for item in corpus.announcements}
        # One table per kind of input, keyed by the id or name alone: a page's digest looks up
        # ten or so values, and 10,000 pages' worth of (kind, id) tuples cost more than the lookups.
        self._article_digests: dict[str, str] = {}
        self._listed_digests: dict[str, str] = {}
        self._announcement_digests: dict[str, str] = {}
        self._config_digests: dict[str, str] = {}
        self._lists: dict[str, tuple[tuple[str, ...], str]] = {}
        self._target_digests: dict[str, str] = {}
        self._linkable: dict[str, Article] | None = None

    def article(self, article_id: str) -> str:
        """Digest of an article's record (records are frozen dataclasses: their repr is stable;
        the planners' memo keys hashed most records already)."""
        return _once(self._article_digests, article_id, lambda: record_digest(self._articles.get(article_id)))

    def listed(self, article_id: str) -> str:
        """Digest of what a list item of an article shows: :data:`LISTED_FIELDS` and its page.
        Made from the record directly: one hash of four short fields costs less than naming
        it in the build's memo would (a hash of the key and the memo's bookkeeping, and 10,000
        entries read and written again at 10,000 articles)."""
        return _once(self._listed_digests, article_id, lambda: self._listed_digest(article_id))

    def _listed_digest(self, article_id: str) -> str:
        record = self._articles.get(article_id)
        shown = tuple(getattr(record, name) for name in LISTED_FIELDS) if record else None
        return sha256(repr((shown, self.plan.article_pages.get(article_id))))

    def announcement(self, item_id: str) -> str:
        """Digest of an announcement's record."""
        return _once(self._announcement_digests, item_id, lambda: sha256(repr(self._announcements.get(item_id))))

    def config(self, key: str) -> str:
        """Digest of a site_config.yml key's value."""
        return _once(self._config_digests, key, lambda: sha256(repr(config_value(self.plan.corpus.config, key))))

    def target(self, slug: str) -> str:
        """Digest of what a link to the source path ``slug`` leads to: the published article
        there (or else the retired one, whose page points on), its id and page; or nothing."""
        return _once(self._target_digests, slug, lambda: sha256(repr(self._leads_to(slug))))

    def _leads_to(self, slug: str) -> tuple[str, str] | None:
        if self._linkable is None:
            self._linkable = linkable(self.plan.corpus.published, self.plan.corpus.retired)
        return leads_to(self._linkable, slug)

    def template(self, name: str) -> str:
        """Digest of a template and every template it pulls in."""
        return self.plan.templates.digest(name)

    def id_list(self, name: str, ids: tuple[str, ...]) -> str:
        """Digest of a named id list (long lists recur on many pages: hashed once per value)."""
        known = self._lists.get(name)
        if known is not None and (known[0] is ids or known[0] == ids):  # one service's list on 1,000 pages
            return known[1]
        value = sha256(repr((name, ids)))
        self._lists[name] = (ids, value)
        return value

    def of(self, inputs: Inputs) -> str:
        """The digest of everything the inputs stand for."""
        parts = [*map(self.article, inputs.articles), "|"]
        if inputs.announcements:  # most pages name no announcement, list item or moment
            parts += map(self.announcement, inputs.announcements)
        parts += ["|", *map(self.config, inputs.config), "|"]
        parts += [self.id_list(name, ids) for name, ids in inputs.lists]
        parts += ["|", *map(self.template, inputs.templates), "|", repr(self.plan.now) if inputs.moment else "", "|"]
        if inputs.listed:
            parts += map(self.listed, inputs.listed)
        if inputs.targets:
            parts += ["|", *map(self.target, inputs.targets)]
        return sha256(" ".join(parts))


def _once(table: dict[str, str], key: str, make: Callable[[], str]) -> str:
    """``table[key]``, made by ``make`` the first time it is asked for."""
    found = table.get(key)
    if found is None:
        found = table[key] = make()
    return found


def digests_of(plan: SitePlan) -> InputDigests:
    """The plan's :class:`InputDigests`, made on first use (planning keeps units with it,
    publishing keys pages with it: each input digested once a build)."""
    if plan.digests is None:
        plan.digests = InputDigests(plan)
    return plan.digests


def digest(plan: SitePlan, inputs: Inputs) -> str:
    """A SHA-256 of what ``inputs`` stand for in ``plan`` (see :class:`InputDigests`, which
    digests many inputs of one plan faster)."""
    return InputDigests(plan).of(inputs)
