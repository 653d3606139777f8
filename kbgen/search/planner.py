"""The search component's plan: the index files and the ``/search/`` page."""
from __future__ import annotations

import re
from typing import Iterator

from ..links import contact_href, linkable
from ..model import Corpus
from ..site.core import CONTACT_PATH, LIFE_PATH, explainers
from ..site.model import Inputs, LateFiles, Page, PlanContext, Planned
from ..site.urls import doc_url
from .index import SearchIndex
from .learn import learned_words

SEARCH_PAGE = "search/index.md"
_REACH = re.compile(r"\b(reach|contact)", re.IGNORECASE)
_REACH_TITLE = re.compile(r"\breach", re.IGNORECASE)
_CONTACT_TITLE = re.compile(r"\bcontact", re.IGNORECASE)


def plan_search(ctx: PlanContext) -> Iterator[Planned]:
    """``search/*.json`` (the prebuilt index, made while the pages render: no page depends on
    it) and the search page."""
    corpus = ctx.corpus

    def index_files() -> dict[str, bytes]:
        index = SearchIndex.build(corpus, lambda article: ctx.article_url(article.id), memo=ctx.memo)
        index.manifest["noAnswer"] = no_answer_data(ctx)
        return index.files()
    published = tuple(a.id for a in corpus.published)
    inputs = Inputs.of(articles=published, config=["search", "services", "contact"],
                       lists={"published articles": published,
                              "explainers": tuple(a.id for a in explainers(corpus)),
                              "learnt search keywords": learned_words(corpus).inputs()})
    yield LateFiles("search index", index_files, inputs)
    yield Page(SEARCH_PAGE, ctx.messages.text("title.search"), "search/page.html", {}, Inputs(),
               kind="search", hide=("navigation", "toc"))


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


def no_answer_data(ctx: PlanContext) -> dict:
    """Contact channels and help links shown when search has no good answer (plain data)."""
    m = ctx.messages
    channels = [{"kind": c.kind, "label": c.label, "value": c.value, "hours": c.hours,
                 "href": _href(contact_href(c))} for c in ctx.corpus.config.contact]
    links = []
    explainer = reach_us_explainer(ctx.corpus)
    if explainer and explainer.id in ctx.article_pages:
        links.append({"title": explainer.title, "url": ctx.article_url(explainer.id)})
    links.append({"title": m.text("title.life"), "url": doc_url(LIFE_PATH)})
    links.append({"title": m.text("title.contact"), "url": doc_url(CONTACT_PATH)})
    return {"channels": channels, "links": links}


def _href(href: str) -> str:
    """The raw href for the script's data ('' when not :func:`~kbgen.links.linkable`)."""
    return href if linkable(href) else ""
