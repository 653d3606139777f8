"""The search planner: writes the index files and the ``/search/`` page into the site plan."""
from __future__ import annotations

import re

from ..model import Corpus
from ..links import is_script_url
from ..site import html as h
from ..site.model import Page, SitePlan, register_planner
from ..site.urls import doc_url
from .index import SearchIndex

SEARCH_PAGE = "search/index.md"
LIFE_PAGE = "life/index.md"
CONTACT_PAGE = "contact.md"
_REACH = re.compile(r"\b(reach|contact)", re.IGNORECASE)
_REACH_TITLE = re.compile(r"\breach", re.IGNORECASE)
_CONTACT_TITLE = re.compile(r"\bcontact", re.IGNORECASE)


def plan_search(plan: SitePlan) -> None:
    """Add ``search/*.json`` (the prebuilt index) and the search page."""
    corpus = plan.corpus

    def url_of(article) -> str:
        return doc_url(plan.article_pages[article.id])

    index = SearchIndex.build(corpus, url_of)
    index.manifest["noAnswer"] = no_answer_data(plan)
    for path, content in index.files().items():
        plan.add_file(path, content)
    plan.add_page(Page(SEARCH_PAGE, "Search", search_page_markdown(), kind="search",
                       hide=("navigation", "toc")))


def reach_us_explainer(corpus: Corpus):
    """The explainer on how to reach the service desk: the first whose title says "reach",
    else "contact", else whose summary or tags do; None when there is none."""
    explainers = [a for a in corpus.published if a.is_explainer]
    for pattern in (_REACH_TITLE, _CONTACT_TITLE):
        found = next((a for a in explainers if pattern.search(a.title)), None)
        if found:
            return found
    return next((a for a in explainers
                 if _REACH.search(" ".join((a.summary, " ".join(a.tags))))), None)


def no_answer_data(plan: SitePlan) -> dict:
    """Contact channels and help links shown when search has no good answer (plain data)."""
    channels = [{"kind": c.kind, "label": c.label, "value": c.value, "hours": c.hours,
                 "href": _href(h.contact_href(c))} for c in plan.corpus.config.contact]
    links = []
    explainer = reach_us_explainer(plan.corpus)
    if explainer and explainer.id in plan.article_pages:
        links.append({"title": explainer.title, "url": doc_url(plan.article_pages[explainer.id])})
    if LIFE_PAGE in plan.pages:
        links.append({"title": "Life on the service desk", "url": doc_url(LIFE_PAGE)})
    if CONTACT_PAGE in plan.pages:
        links.append({"title": "Contact us", "url": doc_url(CONTACT_PAGE)})
    return {"channels": channels, "links": links}


def _href(href: str) -> str:
    """The raw href for the script's data ('' for script and data URLs)."""
    return "" if is_script_url(href, any_data=True) else href


def search_page_markdown() -> str:
    """The search page body: a form the script fills from ``?q=`` (a deep link)."""
    return ('<div class="kbgen-search-page" markdown="0">'
            '<form class="kbgen-search-form kbgen-search-form--page" action="./" role="search" '
            'method="get" data-kbgen-page>'
            '<label class="kbgen-visually-hidden" for="kbgen-q-page">Search the help site</label>'
            '<input id="kbgen-q-page" type="search" name="q" class="kbgen-search-input" '
            'placeholder="Describe your problem" autocomplete="off" spellcheck="false">'
            '<button type="submit" class="md-button md-button--primary">Search</button></form>'
            '<noscript><p>Search needs JavaScript. Browse by service instead, or contact us.'
            '</p></noscript></div>')


register_planner("search", plan_search, order=50)
