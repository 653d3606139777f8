"""Planning the site from a corpus: which pages exist, at which URLs, with what content.

Pure: no MkDocs, no file writes. The core planner (order 0) adds the home page, one page per
published article, short links and aliases, service, tag, contact and "Life on the service
desk" pages. Feature planners registered in :mod:`kbgen.site.model` run after it.
"""
from __future__ import annotations

import datetime as dt
import posixpath
from collections import defaultdict

from ..content import resolve_link
from ..links import find_links, split_target
from ..model import Article, Corpus
from . import html as h
from .model import PLANNERS, Page, SitePlan, register_planner
from .urls import (article_doc_path, doc_url, relative_url, service_doc_path, tag_doc_path)

LIFE_PATH = "life/index.md"
SERVICES_PATH = "services/index.md"
TAGS_PATH = "tags/index.md"
CONTACT_PATH = "contact.md"


def plan_site(corpus: Corpus, now: dt.datetime) -> SitePlan:
    """Plan every page and file of the site for the moment ``now``."""
    _load_feature_planners()
    plan = SitePlan(corpus=corpus, now=now)
    for _, _, planner in PLANNERS:
        planner(plan)
    return plan


def _load_feature_planners() -> None:
    """Import feature modules so their planners register (each is optional)."""
    import importlib

    for module in ("kbgen.status.planner", "kbgen.search.planner"):
        try:
            importlib.import_module(module)
        except ModuleNotFoundError as exc:
            if exc.name != module and not module.startswith(str(exc.name)):
                raise


def link(plan_page_url: str, target_doc_path: str) -> str:
    """Relative URL from a page URL to the page of a docs path."""
    return relative_url(plan_page_url, doc_url(target_doc_path))


def plan_core(plan: SitePlan) -> None:
    """The core pages of every kbgen site."""
    published = plan.corpus.published
    for article in published:
        plan.article_pages[article.id] = article_doc_path(article)
    plan.nav.extend([("Home", "index.md"), ("Browse by service", SERVICES_PATH),
                     ("Life on the service desk", LIFE_PATH), ("Topics", TAGS_PATH),
                     ("Contact us", CONTACT_PATH)])
    for article in published:
        plan.add_page(article_page(plan, article))
        add_redirects(plan, article)
    plan.add_page(home_page(plan))
    add_service_pages(plan)
    add_tag_pages(plan)
    plan.add_page(life_page(plan))
    plan.add_page(contact_page(plan))
    plan.extra["footer_html"] = footer_html(plan)


# --- articles -------------------------------------------------------------------------------

def rewrite_links(plan: SitePlan, article: Article) -> str:
    """The body with links to other articles' ``.md`` sources pointed at their pages."""
    by_slug = {a.slug: a for a in plan.corpus.published}
    pieces, done = [], 0  # joined once at the end: linear however many links there are
    own_dir = posixpath.dirname(article_doc_path(article))
    for found in find_links(article.body):
        if not found.is_relative:
            continue
        path, rest = split_target(found.target)
        slug = resolve_link(article, found.target)
        if slug is not None and slug in by_slug:
            new = posixpath.relpath(article_doc_path(by_slug[slug]), own_dir) + rest
        elif slug is None and path:
            source_dir = posixpath.dirname(article.slug)
            new = posixpath.relpath(posixpath.join("articles", posixpath.normpath(
                posixpath.join(source_dir, path))), own_dir) + rest
        else:
            continue
        pieces += [article.body[done:found.start], new]
        done = found.end
    return "".join(pieces) + article.body[done:]


def strip_title(body: str) -> str:
    """The body without a leading ``# Title`` line (the page prints the title itself)."""
    lines = body.strip().split("\n")
    if lines and lines[0].startswith("# "):
        lines = lines[1:]
    return "\n".join(lines).strip()


def _reviewed_text(article: Article) -> str:
    if article.reviewed:
        return f"Last reviewed {h.long_date(article.reviewed)}"
    if article.created:
        return f"Written {h.long_date(article.created)}"
    return "Not reviewed yet"


def article_meta_html(plan: SitePlan, article: Article, url: str) -> str:
    """The line under the title: type, id, services, review date and the agent copy buttons."""
    config = plan.corpus.config
    services = [f'<a href="{h.esc(link(url, service_doc_path(s)))}">{h.esc(config.service(s).name)}</a>'
                for s in article.services if config.service(s)]
    short = relative_url(url, f"kb/{article.id}/")
    parts = [f'<span class="kbgen-badge kbgen-badge--{h.esc(article.type)}">{h.TYPE_LABELS[article.type]}</span>',
             f'<span class="kbgen-meta__id">{h.esc(article.id)}</span>']
    if services:
        parts.append('<span class="kbgen-meta__services">' + ", ".join(services) + "</span>")
    parts.append(f'<span class="kbgen-meta__reviewed">{h.esc(_reviewed_text(article))}</span>')
    parts.append(f'<button type="button" class="kbgen-copy" data-kbgen-copy="link" data-href="{h.esc(short)}" '
                 f'data-id="{h.esc(article.id)}" data-title="{h.esc(article.title)}">Copy link</button>'
                 f'<button type="button" class="kbgen-copy" data-kbgen-copy="snippet" data-href="{h.esc(short)}" '
                 f'data-id="{h.esc(article.id)}" data-title="{h.esc(article.title)}" '
                 f'data-summary="{h.esc(article.summary)}">Copy reply</button>')
    return '<div class="kbgen-meta">' + " ".join(parts) + "</div>"


def related_articles(plan: SitePlan, article: Article, limit: int = 5) -> list[Article]:
    """Explicitly related articles, topped up with others of the same first service."""
    corpus = plan.corpus
    chosen = [corpus.article(i) for i in article.related if i in plan.article_pages]
    if len(chosen) < 3 and article.services:
        for other in corpus.published:
            if len(chosen) >= 3:
                break
            if other.id != article.id and other not in chosen and article.services[0] in other.services:
                chosen.append(other)
    return [a for a in chosen if a is not None][:limit]


def article_page(plan: SitePlan, article: Article) -> Page:
    """The page of one article."""
    path = plan.article_pages[article.id]
    url = doc_url(path)
    related = related_articles(plan, article)
    parts = [article_meta_html(plan, article, url), "", strip_title(rewrite_links(plan, article)), ""]
    if related:
        items = [(a, link(url, plan.article_pages[a.id])) for a in related]
        parts += ['<section class="kbgen-related" markdown="0"><h2 id="related-articles">Related articles</h2>',
                  h.article_list(items), "</section>", ""]
    meta = {"article_id": article.id, "type": article.type, "services": list(article.services),
            "summary": article.summary}
    return Page(path, article.title, "\n".join(parts), kind="article", meta=meta)


def redirect_html(target: str, title: str) -> str:
    """A static page that sends the browser on to ``target`` (relative URL)."""
    safe = h.esc(target)
    return ("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            f"<title>{h.esc(title)}</title><link rel=\"canonical\" href=\"{safe}\">"
            f"<meta name=\"robots\" content=\"noindex\"><meta http-equiv=\"refresh\" content=\"0; url={safe}\">"
            f"</head><body><p>This article is at <a href=\"{safe}\">{h.esc(title)}</a>.</p></body></html>\n")


def add_redirects(plan: SitePlan, article: Article) -> None:
    """The short link ``kb/<ID>/`` and every alias of an article, as redirect pages."""
    target = doc_url(plan.article_pages[article.id])
    for alias in (f"kb/{article.id}/",) + article.aliases:
        alias = alias.lstrip("/")
        file_path = alias if alias.endswith(".html") else alias.rstrip("/") + "/index.html"
        from_url = posixpath.dirname(file_path) + "/"
        plan.add_file(file_path, redirect_html(relative_url(from_url, target), article.title))


# --- lists and hubs ---------------------------------------------------------------------------

def _list(plan: SitePlan, url: str, articles: list[Article], empty: str = "No articles yet.") -> str:
    return h.article_list([(a, link(url, plan.article_pages[a.id])) for a in articles], empty)


def by_service(plan: SitePlan) -> dict[str, list[Article]]:
    """Published articles of each service id, by title."""
    groups: dict[str, list[Article]] = defaultdict(list)
    for article in sorted(plan.corpus.published, key=lambda a: (a.title.lower(), a.id)):
        for service in article.services:
            groups[service].append(article)
    return groups


def service_cards(plan: SitePlan, url: str) -> str:
    """Services grouped under their group headings, each with its article count."""
    groups: dict[str, list[str]] = defaultdict(list)
    counts = by_service(plan)
    for service in plan.corpus.config.services:
        card = (f'<li class="kbgen-card"><a href="{h.esc(link(url, service_doc_path(service.id)))}">'
                f'<strong>{h.esc(service.name)}</strong></a>'
                + (f'<span class="kbgen-card__text">{h.esc(service.description)}</span>' if service.description else "")
                + f'<span class="kbgen-card__count">{h.plural(len(counts.get(service.id, [])), "article")}</span></li>')
        groups[service.group].append(card)
    html = []
    for group, cards in groups.items():
        if group:
            html.append(f'<h3 class="kbgen-group">{h.esc(group)}</h3>')
        html.append('<ul class="kbgen-cards">' + "".join(cards) + "</ul>")
    return "\n".join(html) or '<p class="kbgen-empty">No services are configured yet.</p>'


def home_page(plan: SitePlan) -> Page:
    """The home page: search first, then services, life on the service desk and contact."""
    config = plan.corpus.config
    explainers = [a for a in plan.corpus.published if a.is_explainer]
    intro = config.description or "Find answers to common IT problems, or tell us what you need."
    parts = ['<div class="kbgen-hero" markdown="0">',
             f'<h1 class="kbgen-hero__title">How can we help?</h1><p class="kbgen-hero__intro">{h.esc(intro)}</p>',
             h.search_form("search/", big=True), "</div>", "",
             '<section class="kbgen-home-section" markdown="0"><h2 id="browse-by-service">Browse by service</h2>',
             service_cards(plan, ""), "</section>", "",
             '<section class="kbgen-home-section" markdown="0"><h2 id="life-on-the-service-desk">Life on the service desk</h2>',
             "<p>How we work, what happens to your ticket and how to get the most from us.</p>",
             _list(plan, "", explainers[:8]), f'<p><a href="{link("", LIFE_PATH)}">All of life on the service desk</a></p>',
             "</section>", "",
             '<section class="kbgen-home-section" markdown="0"><h2 id="contact-us">Every way to reach us</h2>',
             h.contact_cards(config.contact) if config.contact else "<p>Contact details are not configured.</p>",
             "</section>", ""]
    return Page("index.md", config.site_name, "\n".join(parts), kind="home", hide=("navigation", "toc"))


def add_service_pages(plan: SitePlan) -> None:
    """A page per service listing its articles, and the services index."""
    groups = by_service(plan)
    for service in plan.corpus.config.services:
        path = service_doc_path(service.id)
        url = doc_url(path)
        articles = groups.get(service.id, [])
        explainers = [a for a in articles if a.is_explainer]
        others = [a for a in articles if not a.is_explainer]
        parts = [f'<p class="kbgen-lead">{h.esc(service.description)}</p>' if service.description else "",
                 f'<div class="kbgen-service" markdown="0">{_list(plan, url, others)}</div>']
        if explainers:
            parts.append('<section markdown="0"><h2 id="how-we-work">How we work</h2>'
                         f"{_list(plan, url, explainers)}</section>")
        plan.add_page(Page(path, service.name, "\n\n".join(parts), kind="service",
                           meta={"service_id": service.id}))
    text = service_cards(plan, doc_url(SERVICES_PATH))
    plan.add_page(Page(SERVICES_PATH, "Browse by service", f'<div markdown="0">{text}</div>', kind="services"))


def add_tag_pages(plan: SitePlan) -> None:
    """A page per tag and the tags index; tags that differ only in case or punctuation share a page."""
    tags: dict[str, list[Article]] = defaultdict(list)
    names: dict[str, str] = {}
    for article in sorted(plan.corpus.published, key=lambda a: (a.title.lower(), a.id)):
        for tag in article.tags:
            path = tag_doc_path(tag)
            names.setdefault(path, tag)
            if article not in tags[path]:
                tags[path].append(article)
    index_url = doc_url(TAGS_PATH)
    rows = []
    for path in sorted(tags, key=lambda p: (names[p].lower(), p)):
        tag = names[path]
        plan.add_page(Page(path, f"Tagged “{tag}”", f'<div markdown="0">{_list(plan, doc_url(path), tags[path])}</div>',
                           kind="tag", meta={"tag": tag}))
        rows.append(f'<li><a href="{h.esc(link(index_url, path))}">{h.esc(tag)}</a> '
                    f'<span class="kbgen-card__count">{h.plural(len(tags[path]), "article")}</span></li>')
    body = '<ul class="kbgen-tags">' + "".join(rows) + "</ul>" if rows else '<p class="kbgen-empty">No tags yet.</p>'
    plan.add_page(Page(TAGS_PATH, "Topics", f'<div markdown="0">{body}</div>', kind="tags"))


def life_page(plan: SitePlan) -> Page:
    """The "Life on the service desk" section index."""
    explainers = [a for a in plan.corpus.published if a.is_explainer]
    text = ("<p>What happens behind the scenes: how we prioritise, who works on your ticket, "
            "and how to reach us wherever you are.</p>")
    body = f'<div markdown="0">{text}{_list(plan, doc_url(LIFE_PATH), explainers, "No explainers yet.")}</div>'
    return Page(LIFE_PATH, "Life on the service desk", body, kind="section")


def contact_page(plan: SitePlan) -> Page:
    """Every way to reach the service desk, with notes for remote staff."""
    config = plan.corpus.config
    cards = h.contact_cards(config.contact) if config.contact else "<p>Contact details are not configured.</p>"
    explainers = [a for a in plan.corpus.published if a.is_explainer]
    more = (f'<h2 id="how-we-work">How we work</h2>{_list(plan, doc_url(CONTACT_PATH), explainers)}'
            if explainers else "")
    body = (f'<div markdown="0"><p class="kbgen-lead">We are here to help. Choose whatever suits you: '
            f"every channel reaches the same team.</p>{cards}{more}</div>")
    return Page(CONTACT_PATH, "Contact us", body, kind="contact")


def footer_html(plan: SitePlan) -> str:
    """The contact block shown in the footer of every page (links are filled in by the theme)."""
    config = plan.corpus.config
    if not config.contact:
        return ""
    return ('<div class="kbgen-footer-contact"><p class="kbgen-footer-contact__title">Need a person? '
            "Every way to reach the service desk:</p>" + h.contact_cards(config.contact, compact=True) + "</div>")


register_planner("core", plan_core, order=0)
