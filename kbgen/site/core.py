"""The core component: the pages every kbgen site has.

The home page, one page per published article with its short link and aliases, a page per
service and per tag with their indexes, "Life on the service desk", "Contact us" and the
footer. Each page is planned with the inputs it is made from (:class:`~kbgen.site.model.Inputs`)
and rendered from a template in ``kbgen/site/templates/``.
"""
from __future__ import annotations

import functools
import posixpath
from collections import defaultdict
from dataclasses import dataclass
from typing import Iterator

from ..anchors import strip_title, with_anchors
from ..component import Component
from ..content import resolve_link
from ..errors import TOO_DEEP, FileError
from ..links import find_links, split_target
from ..model import Article, Corpus
from ..rules import CORE_RULES
from ..snippets import reply_parts, reply_template
from .model import Inputs, MarkdownText, NavEntry, Page, PlanContext, Planned, SiteFile, ThemeData, Unit
from .reuse import ARTICLE_UNIT
from .urls import (article_doc_path, doc_url, leads_to, linkable, relative_url, service_doc_path, service_url, site_relpath,
                   tag_doc_path)

HOME_PATH = "index.md"
LIFE_PATH = "life/index.md"
SERVICES_PATH = "services/index.md"
TAGS_PATH = "tags/index.md"
CONTACT_PATH = "contact.md"
REDIRECT = "core/redirect.html"
#: How many explainers the home page lists (the rest are on "Life on the service desk").
HOME_EXPLAINERS = 8
#: How many popular (``featured``) or recently updated articles the home page lists: enough to
#: answer the questions most people come with, few enough to keep contact on a phone's 2nd screen.
HOME_POPULAR = 6
#: Related articles shown under an article; fewer than RELATED_MINIMUM explicit ones are
#: topped up with articles of its first service.
RELATED_LIMIT, RELATED_MINIMUM = 5, 3


def plan_core(ctx: PlanContext) -> Iterator[Planned]:
    """Every core page, redirect and navigation entry, and the footer."""
    m = ctx.messages
    for order, key, path in ((0, "nav.home", HOME_PATH), (10, "nav.services", SERVICES_PATH),
                             (20, "nav.life", LIFE_PATH), (30, "nav.tags", TAGS_PATH),
                             (90, "nav.contact", CONTACT_PATH)):
        yield NavEntry(m.text(key), path, order)
    pub = Published.of(ctx.corpus)
    for article in pub.articles:
        yield Unit(f"{ARTICLE_UNIT}{article.id}", functools.partial(article_unit, ctx, pub, article),
                   ctx.notes_for("article", article.id), unit_lists(ctx, pub, article))
    yield home_page(ctx, pub)
    yield from service_pages(ctx, pub)
    yield from tag_pages(ctx, pub)
    yield life_page(ctx, pub)
    yield contact_page(ctx, pub)
    yield footer(ctx)
    yield ThemeData("text", m.theme_strings(), Inputs.of(config=["language"]))
    yield ThemeData("client_text", m.client_strings(), Inputs.of(config=["language"]))


# --- shared lists -----------------------------------------------------------------------------

def by_title(articles: tuple[Article, ...] | list[Article]) -> list[Article]:
    """Articles in the order lists show them: by title, then id."""
    return sorted(articles, key=lambda a: (a.title.lower(), a.id))


def explainers(corpus: Corpus) -> list[Article]:
    """Published explainers, in id order."""
    return [a for a in corpus.published if a.is_explainer]


@dataclass(frozen=True)
class Published:
    """The published articles, indexed once per plan (so no page costs a pass over all).

    Attributes:
        articles: by id.
        by_id: each article by its id.
        by_slug: each article by its source path below content/articles, without ``.md``.
        linkable: what a link to a source path leads to: the published articles and the
            retired ones (whose page points to their replacement), by slug.
        in_service: the articles of each service id, by id.
        by_service: the articles of each service id, by title (as lists show them).
        explainers: the explainers, by id.
        service_lists: the list input of every configured service, by title (the home page and
            the services index both show them: made once, not a pass over every article each).
    """

    articles: tuple[Article, ...]
    by_id: dict[str, Article]
    by_slug: dict[str, Article]
    linkable: dict[str, Article]
    in_service: dict[str, list[Article]]
    by_service: dict[str, list[Article]]
    explainers: list[Article]
    service_lists: dict[str, tuple[str, ...]]

    @classmethod
    def of(cls, corpus: Corpus) -> "Published":
        """Index the published articles of a corpus."""
        articles = corpus.published
        in_service: dict[str, list[Article]] = defaultdict(list)
        for article in articles:
            for service in article.services:
                in_service[service].append(article)
        by_slug = {a.slug: a for a in articles}
        titled = {service: by_title(members) for service, members in in_service.items()}
        return cls(articles, {a.id: a for a in articles}, by_slug, linkable(articles, corpus.retired), in_service,
                   titled, [a for a in articles if a.is_explainer],
                   {service_list_name(s.id): ids(titled.get(s.id, [])) for s in corpus.config.services})


def service_list_name(service_id: str) -> str:
    """The name of the list input "articles of a service", by title, as its lists show them."""
    return f"articles of service {service_id}"


def ids(articles: list[Article] | tuple[Article, ...]) -> tuple[str, ...]:
    """The ids of some articles, in order."""
    return tuple([a.id for a in articles])  # a list first: a generator costs twice as much


def entries(ctx: PlanContext, articles: list[Article]) -> list[tuple[Article, str]]:
    """``(article, url)`` pairs for the article list template."""
    return [(a, ctx.article_url(a.id)) for a in articles]


# --- articles ---------------------------------------------------------------------------------

def rewrite_links(pub: Published, article: Article) -> tuple[str, tuple[str, ...]]:
    """The body with links to other articles' ``.md`` sources pointed at their pages, and
    what each such link resolved to (an article id, or '' when it names no published or retired
    article)."""
    by_slug = pub.linkable
    pieces, done, resolved = [], 0, []  # joined once at the end: linear however many links there are
    own_dir = posixpath.dirname(article_doc_path(article))
    for found in find_links(article.body):
        if not found.is_relative:
            continue
        path, rest = split_target(found.target)
        slug = resolve_link(article, found.target)
        if slug is not None:
            resolved.append(by_slug[slug].id if slug in by_slug else "")
        if slug is not None and slug in by_slug:
            new = site_relpath(article_doc_path(by_slug[slug]), own_dir) + rest
        elif slug is None and path:
            source_dir = posixpath.dirname(article.slug)
            new = site_relpath(posixpath.join("articles", posixpath.normpath(
                posixpath.join(source_dir, path))), own_dir) + rest
        else:
            continue
        pieces += [article.body[done:found.start], new]
        done = found.end
    return "".join(pieces) + article.body[done:], tuple(resolved)


def related_articles(pub: Published, article: Article) -> tuple[list[Article], tuple[str, ...]]:
    """Explicitly related articles, topped up with others of the same first service (by id);
    and the ids of that service's list the top-up read, in order (the list's head up to where it
    stopped: an article added to or removed from the service further on changes nothing here)."""
    chosen = [pub.by_id[i] for i in article.related if i in pub.by_id]
    read: list[str] = []
    if len(chosen) < RELATED_MINIMUM and article.services:
        taken = {a.id for a in chosen} | {article.id}  # ids: comparing records compares every field
        for other in pub.in_service[article.services[0]]:
            if len(chosen) >= RELATED_MINIMUM:
                break
            read.append(other.id)
            if other.id not in taken:
                chosen.append(other)
                taken.add(other.id)
    return chosen[:RELATED_LIMIT], tuple(read)


def link_targets(article: Article) -> tuple[str, ...]:
    """The source paths (slugs) the article's relative ``.md`` links name, sorted, once each."""
    slugs = {resolve_link(article, found.target) for found in find_links(article.body) if found.is_relative}
    return tuple(sorted(slug for slug in slugs if slug is not None))


def article_parts(ctx: PlanContext, pub: Published, article: Article,
                  targets: tuple[str, ...]) -> tuple[str, tuple[str, ...], list, list]:
    """An article page's per-article parts: the body as the page prints it, what its links
    resolved to, and the reply (text and Markdown). Kept in the plan's memo by the record, its
    page, the reply template and what each of its links (``targets``) leads to, so one edit
    makes them again for the one article that changed."""
    config = ctx.corpus.config
    template = reply_template(config)

    def make() -> tuple[str, tuple[str, ...], list, list]:
        body, linked = rewrite_links(pub, article)
        # The writer's Markdown: trusted text (writers may write HTML; MkDocs renders it),
        # with kbgen's section anchors written in (see kbgen.anchors).
        return (strip_title(with_anchors(body)), linked,
                reply_parts(config, article), reply_parts(config, article, True))
    key = (ctx.memo.digest(article), ctx.article_pages[article.id], template,
           tuple(leads_to(pub.linkable, slug) for slug in targets))
    return ctx.memo.get("unit article parts", key, make)


def article_unit(ctx: PlanContext, pub: Published, article: Article) -> list[Page | SiteFile]:
    """An article's page and its redirects (one :class:`~kbgen.site.model.Unit`)."""
    try:
        page = article_page(ctx, pub, article)
    except RecursionError:  # see kbgen.errors.TOO_DEEP: the writer's page, named
        raise FileError(article.source.path, f"planning failed: {TOO_DEEP}; nothing was written",
                        in_project=True) from None
    return [page, *redirects(ctx, article)]


def unit_lists(ctx: PlanContext, pub: Published, article: Article) -> dict[str, object]:
    """A stand-in for each list an article's page names (see :attr:`kbgen.site.model.Unit.lists`):
    the articles it links to are a function of its record and of what each link leads to (the
    page names each link's target itself: ``Inputs.targets``); the head of its service's list
    that its related articles were topped up from is itself."""
    return article_lists(article, ctx.memo.digest(article), related_articles(pub, article)[1])


def article_lists(article: Article, linked: object, topped_up_from: tuple[str, ...]) -> dict[str, object]:
    """The lists an article's page names, by name: the articles it links to (``linked``: that
    list, or a stand-in for it) and the head of its first service's list its related articles
    were topped up from (named per article: each reads a head of its own)."""
    return {f"articles linked from {article.id}": linked, f"related articles topped up for {article.id}": topped_up_from}


def article_page(ctx: PlanContext, pub: Published, article: Article) -> Page:
    """The page of one article."""
    targets = ctx.memo.get("unit article targets", (ctx.memo.digest(article),), lambda: link_targets(article))
    body, linked, reply, reply_markdown = article_parts(ctx, pub, article, targets)
    related, topped_up_from = related_articles(pub, article)
    services = [(service, service_url(sid)) for sid in article.services if (service := ctx.corpus.config.service(sid))]
    lists = article_lists(article, linked, topped_up_from)
    # Explicitly related articles are read whole (whether each is still published decides the
    # list); the others come from the service's list, and only their list items are shown.
    inputs = Inputs.of(articles=(article.id, *article.related, *filter(None, linked)),
                       config=["reply_template", *(["services"] if article.services else [])], lists=lists,
                       listed=ids(related), targets=targets)
    context = {"article": article, "services": services, "related": entries(ctx, related),
               "reply": reply, "reply_markdown": reply_markdown, "body": MarkdownText(body)}
    meta = {"article_id": article.id, "type": article.type, "services": list(article.services),
            "summary": article.summary}
    return Page(ctx.article_pages[article.id], article.title, "core/article.html", context, inputs,
                kind="article", meta=meta, notes=ctx.notes_for("article", article.id))


def redirects(ctx: PlanContext, article: Article) -> Iterator[SiteFile]:
    """The short link ``kb/<ID>/`` and every alias of an article, as redirect pages."""
    target = ctx.article_url(article.id)
    for alias in (f"kb/{article.id}/",) + article.aliases:
        yield redirect_file(ctx, alias, target, article)


def redirect_file(ctx: PlanContext, site_path: str, target: str, article: Article,
                  inputs: Inputs = Inputs()) -> SiteFile:
    """A page at ``site_path`` (``old/vpn/`` or ``faq/vpn.html``) that sends the browser on to
    the site-relative URL ``target``, keeping the ``#section`` it was opened with (the HTML is
    kept in the plan's memo: thousands of redirects are made again only when one changes)."""
    site_path = site_path.lstrip("/")
    file_path = site_path if site_path.endswith(".html") else site_path.rstrip("/") + "/index.html"
    language = ctx.corpus.config.language

    def render() -> bytes:
        link = relative_url(posixpath.dirname(file_path) + "/", target)
        return ctx.templates.render(REDIRECT, target=link, title=article.title, language=language).encode("utf-8")
    html = ctx.memo.get("unit redirect", (ctx.templates.digest(REDIRECT), file_path, target, article.title, language),
                        render)
    # made directly: one value each already sorted (Inputs.of sorted them for 20,000 redirects)
    return SiteFile(file_path, html, inputs | Inputs((article.id,), config=("language",), templates=(REDIRECT,)))


# --- lists and hubs ---------------------------------------------------------------------------

def service_groups(ctx: PlanContext, pub: Published) -> list[tuple[str, list[tuple]]]:
    """Services under their group headings: ``(heading, [(service, url, article count)])``."""
    counts = pub.by_service
    groups: dict[str, list[tuple]] = {}
    for service in ctx.corpus.config.services:
        card = (service, service_url(service.id), len(counts.get(service.id, [])))
        groups.setdefault(service.group, []).append(card)
    return list(groups.items())


def last_updated(article: Article) -> tuple:
    """Sort key of "recently updated": the newest review (or writing) date first, then by id."""
    day = article.reviewed or article.created
    return (-(day.toordinal() if day else 0), article.id)


def popular_articles(config_featured: tuple[str, ...], pub: Published) -> tuple[str, list[Article]]:
    """The home page's popular list: the ``featured`` articles in their order, or else the most
    recently updated how-tos, fixes and FAQs; with the heading's message key."""
    if config_featured:
        return "home.popular", [pub.by_id[i] for i in config_featured if i in pub.by_id][:HOME_POPULAR]
    answers = [a for a in pub.articles if not a.is_explainer]
    return "home.recent", sorted(answers, key=last_updated)[:HOME_POPULAR]


def home_page(ctx: PlanContext, pub: Published) -> Page:
    """The home page: search and the status line first, then popular articles, every way to
    reach a person, services and life on the service desk (a phone reaches contact on its
    second screen)."""
    config = ctx.corpus.config
    shown = pub.explainers[:HOME_EXPLAINERS]
    heading, popular = popular_articles(config.featured, pub)
    context = {"description": config.description, "groups": service_groups(ctx, pub),
               "explainers": entries(ctx, shown), "life_url": doc_url(LIFE_PATH),
               "contact": config.contact, "popular": entries(ctx, popular), "popular_heading": heading,
               "contact_url": doc_url(CONTACT_PATH)}
    inputs = Inputs.of(articles=ids(shown) + ids(popular),
                       config=["description", "services", "contact", "site_name", "featured"],
                       lists={"explainers": ids(pub.explainers), "popular": ids(popular),
                              **pub.service_lists})
    return Page(HOME_PATH, config.site_name, "core/home.html", context, inputs, kind="home",
                hide=("navigation", "toc"), notes=ctx.notes_for("home"), heading=False)


def service_pages(ctx: PlanContext, pub: Published) -> Iterator[Page]:
    """A page per service listing its articles, and the services index."""
    groups = pub.by_service
    for service in ctx.corpus.config.services:
        articles = groups.get(service.id, [])
        context = {"service": service,
                   "articles": entries(ctx, [a for a in articles if not a.is_explainer]),
                   "explainers": entries(ctx, [a for a in articles if a.is_explainer])}
        # Its articles are list items only (the list's order and who is in it are the list
        # input): an edit of an article's body leaves the page alone.
        members = pub.service_lists[service_list_name(service.id)]
        inputs = Inputs.of(config=["services"], lists={service_list_name(service.id): members}, listed=members)
        yield Page(service_doc_path(service.id), service.name, "core/service.html", context, inputs,
                   kind="service", meta={"service_id": service.id}, notes=ctx.notes_for("service", service.id))
    yield Page(SERVICES_PATH, ctx.messages.text("title.services"), "core/services.html",
               {"groups": service_groups(ctx, pub)}, Inputs.of(config=["services"], lists=pub.service_lists),
               kind="services")


def tag_pages(ctx: PlanContext, pub: Published) -> Iterator[Page]:
    """A page per tag and the tags index; tags that differ only in case or punctuation share a
    page (named as the first article by title spells it)."""
    tagged: dict[str, list[Article]] = defaultdict(list)
    names: dict[str, str] = {}
    for article in by_title(pub.articles):
        spelt: dict[str, str] = {}  # tag page -> the article's first tag on it
        for tag in article.tags:
            spelt.setdefault(tag_doc_path(tag), tag)
        for path, tag in spelt.items():
            names.setdefault(path, tag)
            tagged[path].append(article)
    rows, lists = [], {}
    for path in sorted(tagged, key=lambda p: (names[p].lower(), p)):
        members = ids(tagged[path])
        lists[f"articles tagged {path}"] = members
        rows.append((names[path], doc_url(path), len(members)))
        # Its articles are list items only; the first one's record names the tag (its spelling).
        yield Page(path, ctx.messages.text("title.tag", tag=names[path]), "core/tag.html",
                   {"articles": entries(ctx, tagged[path])},
                   Inputs.of(articles=members[:1], lists={f"articles tagged {path}": members}, listed=members),
                   kind="tag", meta={"tag": names[path]})
    first_of_each = [tagged[path][0].id for path in tagged]
    yield Page(TAGS_PATH, ctx.messages.text("title.tags"), "core/tags.html", {"tags": rows},
               Inputs.of(articles=first_of_each, lists=lists), kind="tags")


def life_page(ctx: PlanContext, pub: Published) -> Page:
    """The "Life on the service desk" section index."""
    shown = pub.explainers
    return Page(LIFE_PATH, ctx.messages.text("title.life"), "core/life.html",
                {"explainers": entries(ctx, shown)},
                Inputs.of(articles=ids(shown), lists={"explainers": ids(shown)}), kind="section")


def contact_page(ctx: PlanContext, pub: Published) -> Page:
    """Every way to reach the service desk, with notes for remote staff."""
    shown = pub.explainers
    return Page(CONTACT_PATH, ctx.messages.text("title.contact"), "core/contact.html",
                {"contact": ctx.corpus.config.contact, "explainers": entries(ctx, shown)},
                Inputs.of(articles=ids(shown), config=["contact"], lists={"explainers": ids(shown)}),
                kind="contact")


def footer(ctx: PlanContext) -> ThemeData:
    """The footer of every page: every way to reach a person, and the footer notes."""
    notes = ctx.notes_for("footer")
    html = ctx.templates.render("core/footer.html", None, contact=ctx.corpus.config.contact,
                                notes=ctx.templates.notes(notes, None))
    inputs = Inputs.of(config=["contact"], templates=["core/footer.html"])
    for note in notes:
        inputs = inputs | note.inputs | Inputs.of(templates=[note.template])
    return ThemeData("footer_html", str(html), inputs)


CORE = Component("core", templates="kbgen.site", plan=plan_core, rules=CORE_RULES)
