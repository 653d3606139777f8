"""Checks of links between articles that ``build`` and ``check`` both run: section anchors,
permanent links written as URLs, retired articles, and the previous site's articles.

Links to a missing ``.md`` source or to a draft are checked where articles are loaded
(:mod:`kbgen.content`); here a link's ``#anchor`` must name a section of its target (see
:mod:`kbgen.anchors`), a ``/kb/<ID>/`` or ``/articles/...`` link (site-relative, or under
``site_url``) must reach an article, and nothing should lead to a retired article when its
replacement is known.
"""
from __future__ import annotations

import datetime as dt
import urllib.parse
from dataclasses import dataclass, field

from ..anchors import RESERVED_IDS, duplicate_ids, page_ids
from ..content import resolve_link
from ..errors import Diagnostic, Severity, did_you_mean
from ..links import Link, column_of, find_links, link_address, split_target
from ..memo import Parts
from ..model import Article, Corpus
from ..rules import BROKEN_LINK, LINK_TO_DRAFT, Rule
from ..site.urls import article_doc_path, doc_url
from .catalogue import previous_catalogue
from .history import gone_articles, replacement

#: "Did you mean" looks among at most this many anchors of the target: an article has a few
#: dozen sections; thousands are generated text, where looking would cost a pass per link.
MAX_SUGGESTED_FROM = 200

MISSING_ANCHOR = Rule("missing-anchor", Severity.WARNING,
                      "A link to a section (`#anchor`) that its target article does not have.")
DUPLICATE_ANCHOR = Rule("duplicate-anchor", Severity.ERROR,
                        "Two headings of one article are given the same `{#id}`.")
LINK_TO_RETIRED = Rule("link-to-retired", Severity.WARNING,
                       "A link or `related` entry leads to a retired article: point it at its replacement.")


@dataclass
class ArticleIndex:
    """The articles by every name a link can use, and each one's anchors (computed once)."""

    corpus: Corpus
    by_id: dict[str, Article] = field(default_factory=dict)
    by_upper: dict[str, Article] = field(default_factory=dict)
    by_slug: dict[str, Article] = field(default_factory=dict)
    by_page: dict[str, Article] = field(default_factory=dict)
    anchors: dict[str, set[str]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for article in self.corpus.articles:
            self.by_id.setdefault(article.id, article)
            self.by_upper.setdefault(article.id.upper(), article)
            self.by_slug.setdefault(article.slug, article)
            if not article.draft:
                self.by_page.setdefault(doc_url(article_doc_path(article)), article)

    def ids_of(self, article: Article) -> set[str]:
        """Every id a link into the article's page can target."""
        if article.id not in self.anchors:
            self.anchors[article.id] = page_ids(article.body) | set(RESERVED_IDS)
        return self.anchors[article.id]


def site_path(target: str, site_url: str) -> str | None:
    """The site path a link names, without its leading '/' (``kb/KB0001/#x``), when it is
    site-absolute or under ``site_url``; None otherwise."""
    if target.startswith("/") and not target.startswith("//"):
        return target[1:]
    base = site_url.rstrip("/") + "/" if site_url else ""
    if base and target.startswith(base):
        return target[len(base):]
    return None


def _url_target(index: ArticleIndex, path: str) -> tuple[Article | None, str]:
    """The article a site path reaches (None) and, when it reaches none, why."""
    parts = path.split("/")
    if parts[0] == "kb" and len(parts) > 1 and parts[1]:
        found = index.by_id.get(parts[1])
        if found is not None:
            return found, ""
        same = index.by_upper.get(parts[1].upper())
        hint = f" (ids in URLs are case-sensitive: /kb/{same.id}/)" if same else ""
        return None, f"no article has the id {parts[1]!r}{hint}"
    if parts[0] == "articles" and len(parts) > 1:
        page = path[: -len("index.html")] if path.endswith("/index.html") else path.rstrip("/") + "/"
        found = index.by_page.get(page)
        return found, "" if found else f"no article is published at /{page}{_page_hint(index, parts[1])}"
    return None, ""


def _page_hint(index: ArticleIndex, name: str) -> str:
    """' (did you mean ...?)' naming the page of the article whose id starts the page name (a
    page is ``articles/<id>-<file name>/``), or ''."""
    for article in (index.by_upper.get(name.upper()), index.by_upper.get(name.split("-")[0].upper())):
        if article is not None and not article.draft:
            return f' (did you mean "/{doc_url(article_doc_path(article))}"?)'
    return ""


def link_target(index: ArticleIndex, article: Article, link: Link) -> tuple[Article | None, str, str]:
    """``(target article, #anchor, why it is broken)`` of a link; no target and no reason for
    links that lead elsewhere (or whose problems :mod:`kbgen.content` reports)."""
    path, rest = split_target(link_address(link.target))
    anchor = urllib.parse.unquote(rest[1:]) if rest.startswith("#") else ""
    if link.target.startswith("#"):
        return article, anchor, ""
    if link.is_relative:
        slug = resolve_link(article, link.target)
        return (index.by_slug.get(slug), anchor, "") if slug is not None else (None, "", "")
    named = site_path(path, index.corpus.config.site_url)
    if named is None:
        return None, "", ""
    target, why = _url_target(index, named)
    return target, anchor, why


def _link_findings(index: ArticleIndex, article: Article) -> list[Diagnostic | tuple[str, ...]]:
    """An article's findings about its links and headings that do not depend on the sections
    of other articles; each link to a section is left as ``(target slug, anchor, path, line,
    link target, column)`` for :func:`_anchor_problem` (the sections of its target may change
    while this article does not)."""
    problems: list[Diagnostic | tuple[str, ...]] = []
    for link in find_links(article.body):
        if link.is_unsafe or link.image:
            continue
        target, anchor, why = link_target(index, article, link)
        at = (article.source.path, article.body_line + link.line, "link")
        col = column_of(article.body, link.start)
        if why:
            problems.append(BROKEN_LINK.at(*at, f"link {link.target!r}: {why}", col))
        if target is None:
            continue
        if target.draft and not article.draft and not link.is_relative:
            problems.append(LINK_TO_DRAFT.at(*at, f"link to {target.id}, which is a draft and will not be published", col))
        elif target.retired and not article.retired:
            problems.append(LINK_TO_RETIRED.at(*at, f"link to {target.id}, which is retired; link to "
                                                    f"{target.replaced_by} instead", col))
        elif anchor:
            problems.append((target.slug, anchor, at[0], str(at[1]), link.target, str(col)))
    return problems + _duplicate_anchors(article)


def _anchor_problem(index: ArticleIndex, article: Article, check: tuple[str, ...]) -> list[Diagnostic]:
    """A missing-anchor warning when a link's section is not among its target's (see
    :func:`_link_findings`)."""
    slug, anchor, path, line, written, col = check
    target = index.by_slug[slug]
    if anchor in index.ids_of(target):
        return []
    known = sorted(index.ids_of(target) - set(RESERVED_IDS))
    known = known if len(known) <= MAX_SUGGESTED_FROM else []
    where = "this article" if target is article else target.id
    return [MISSING_ANCHOR.at(path, int(line), "link", f"link {written!r}: {where} has no section {anchor!r}"
                                                        f"{did_you_mean(anchor, known)}", int(col))]


def _link_problems(index: ArticleIndex, article: Article, kept: Parts) -> list[Diagnostic]:
    """The findings of :func:`_link_findings`, with the sections its links name looked up now.

    They are kept in the build's memo by the article's record (and ``site_url``) together with
    every look-up they made in the index and what each found (:class:`_NotingIndex`): they are
    reused while each look-up finds the same now, so adding, renaming or retiring one article
    finds again only the links of the articles that looked it up (or looked up its name and
    found nothing), not every article's. A look-up made only because another found something
    (an id in another case after none in this one) is noted too, so the findings are those of
    a run that would make the same look-ups and find the same."""
    made: list[bool] = []  # found just now: nothing to compare

    def fresh() -> tuple[tuple[tuple[str, str, tuple | None], ...], list]:
        noting = _NotingIndex(index)
        findings = _link_findings(noting, article)  # type: ignore[arg-type]  (it reads the tables alone)
        made.append(True)
        return tuple(noting.noted), findings
    noted, findings = kept.of(article.id, article, (), fresh)
    if not made and any(_facts(getattr(index, table).get(key)) != fact for table, key, fact in noted):
        noted, findings = fresh()
        kept.put_of(article.id, article, (), (noted, findings))
    problems: list[Diagnostic] = []
    for found in findings:
        problems += _anchor_problem(index, article, found) if isinstance(found, tuple) else [found]
    return problems


def _facts(article: Article | None) -> tuple[str, str, bool, bool, str, str] | None:
    """What :func:`_link_findings` may read of an article a look-up found (its id, slug, draft
    and retired flags, replacement and page), or None when it found none."""
    if article is None:
        return None
    return (article.id, article.slug, article.draft, article.retired, article.replaced_by,
            doc_url(article_doc_path(article)))


class _NotingTable:
    """One table of an :class:`ArticleIndex`, noting each ``get`` and what it found."""

    def __init__(self, name: str, table: dict[str, Article], noted: list) -> None:
        self.name, self.table, self.noted = name, table, noted

    def get(self, key: str, default: Article | None = None) -> Article | None:
        found = self.table.get(key)
        self.noted.append((self.name, key, _facts(found)))
        return found if found is not None else default


class _NotingIndex:
    """An :class:`ArticleIndex` as :func:`_link_findings` reads it (the article tables by
    ``get`` and the corpus's ``site_url``), noting every look-up in :attr:`noted` as
    ``(table, key, facts of what it found)``."""

    def __init__(self, index: ArticleIndex) -> None:
        self.corpus = index.corpus  # only its config's site_url is read, part of the memo key
        self.noted: list[tuple[str, str, tuple | None]] = []
        for name in ("by_id", "by_upper", "by_slug", "by_page"):
            setattr(self, name, _NotingTable(name, getattr(index, name), self.noted))


def _duplicate_anchors(article: Article) -> list[Diagnostic]:
    return [DUPLICATE_ANCHOR.at(article.source.path, article.body_line + repeat.line, "anchor",
                                f"{{#{repeat.anchor}}} is also on line {article.body_line + first.line}; "
                                "give each heading its own id", repeat.col)
            for repeat, first in duplicate_ids(article.body)]


def _retirement_problems(corpus: Corpus, article: Article, by_id: dict[str, Article]) -> list[Diagnostic]:
    """A retired article must name a replacement that leads to a published article."""
    at = (article.source.path, article.source.line, "replaced_by")
    if article.replaced_by and not article.retired:
        return [Diagnostic(*at, "only a retired article has a replacement: add 'retired: true' or remove it")]
    if not article.retired or article.draft:
        return []
    if not article.replaced_by:
        return [Diagnostic(*at, "a retired article needs 'replaced_by': the id of the article that replaces it")]
    if article.replaced_by not in by_id:
        return [Diagnostic(*at, f"no article has the id {article.replaced_by!r}")]
    if replacement(corpus, article) is None:
        return [Diagnostic(*at, f"{article.replaced_by} does not lead to a published article "
                                "(it is a draft, or the replacements go round in a loop)")]
    return []


def _related_problems(article: Article, by_id: dict[str, Article]) -> list[Diagnostic]:
    return [LINK_TO_RETIRED.at(article.source.path, article.source.line, "related",
                               f"{other} is retired; list {by_id[other].replaced_by} instead")
            for other in article.related if other in by_id and by_id[other].retired and not article.retired]


def link_checks(corpus: Corpus, now: dt.datetime | None = None) -> list[Diagnostic]:
    """Every finding of this module, plus the articles the previous site published that are
    gone (see :mod:`kbgen.permalinks.history`)."""
    index = ArticleIndex(corpus)
    problems: list[Diagnostic] = []
    # the findings of each article's links, by its record and the site's address (see
    # _link_problems), kept in parts of the build's memo (kbgen.memo.Parts)
    kept = Parts("link findings", (corpus.config.site_url,))
    for article in corpus.articles:
        problems += _retirement_problems(corpus, article, index.by_id)
        if article.retired:
            continue
        problems += _link_problems(index, article, kept)
        problems += _related_problems(article, index.by_id)
    kept.save()
    catalogue, unreadable = previous_catalogue(corpus.previous)
    return problems + unreadable + gone_articles(corpus, catalogue)
