"""The permalinks component's plan: redirects from every URL an article was published at, a
small page for each retired article, and the catalogue ``api/articles.json``.

Everything here reads the previous build's catalogue (``Corpus.previous``), so each planned
thing declares the old paths it was made from as an input list.
"""
from __future__ import annotations

from typing import Callable, Iterator

from ..memo import Parts
from ..model import Article
from ..site.core import redirect_file
from ..site.model import Inputs, Page, PlanContext, Planned, SiteFile
from ..site.urls import article_doc_path, doc_url
from ..snippets import short_path, site_base
from .catalogue import (PATH, PREVIOUS_NAMESPACE, Entry, read_entries, article_entry, catalogue_digest, catalogue_of_texts,
                        entry_text, previous_catalogue, read_back, retired_entry, written_entries)
from .history import moved_paths, replacement

RETIRED_TEMPLATE = "permalinks/retired.html"


def old_paths_list(article_id: str, paths: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """The input list "where the previous site published this article"."""
    return {f"previously published paths of {article_id}": paths}


def plan_permalinks(ctx: PlanContext) -> Iterator[Planned]:
    """Redirects for moved URLs, retired articles' pages and redirects, and the catalogue."""
    corpus = ctx.corpus
    catalogue, _ = previous_catalogue(corpus.previous)  # its problems are reported by the checks
    retired = [(article, replacement(corpus, article)) for article in corpus.retired]
    retired = [(article, new) for article, new in retired if new is not None]
    pages = {article.id: ctx.article_url(article.id) for article in corpus.published}
    pages.update({article.id: doc_url(article_doc_path(article)) for article, _ in retired})
    moved = moved_paths(corpus, catalogue, pages)
    for article in corpus.published:
        if not moved[article.id]:  # most articles: no inputs made for redirects there are none of
            continue
        inputs = Inputs.of(lists=old_paths_list(article.id, moved[article.id]))
        for path in moved[article.id]:
            yield redirect_file(ctx, path, pages[article.id], article, inputs)
    for article, new in retired:
        yield retired_page(ctx, article, new)
        inputs = Inputs.of(lists=old_paths_list(article.id, moved[article.id]))
        for path in (short_path(article), *article.aliases, *moved[article.id]):
            yield redirect_file(ctx, path, pages[article.id], article, inputs)
    yield catalogue_file(ctx, pages, moved, retired)


def retired_page(ctx: PlanContext, article: Article, new: Article) -> Page:
    """The small page left at a retired article's URL: what it was, and where to go now."""
    context = {"article": article, "replacement": new, "replacement_url": ctx.article_url(new.id)}
    inputs = Inputs.of(articles=[article.id, new.id, *chain(ctx, article)])
    return Page(article_doc_path(article), ctx.messages.text("retired.title", title=article.title),
                RETIRED_TEMPLATE, context, inputs, kind="retired", hide=("navigation", "toc"),
                meta={"retired_id": article.id, "replaced_by": new.id})


def chain(ctx: PlanContext, article: Article) -> list[str]:
    """The ids between a retired article and its published replacement."""
    by_id = {a.id: a for a in ctx.corpus.articles}
    ids, current = [], article
    while current.retired and current.replaced_by in by_id and current.replaced_by not in ids:
        ids.append(current.replaced_by)
        current = by_id[current.replaced_by]
    return ids


def catalogue_file(ctx: PlanContext, pages: dict[str, str], moved: dict[str, tuple[str, ...]],
                   retired: list[tuple[Article, Article]]) -> SiteFile:
    """``api/articles.json``: every published and retired article with the URLs it answers at."""
    config = ctx.corpus.config
    base = site_base(config)

    # kept in parts of the plan's memo by the article's id (kbgen.memo.Parts: one look-up in a
    # dict each, not an entry's name and look-up)
    kept = Parts("catalogue entry", (), ctx.memo)

    def text(article: Article, make: Callable[[], dict], replacement: str = "") -> tuple[str, tuple]:
        """An entry's text and what reading it back gives, kept in the plan's memo by
        everything it is made from."""
        key = (replacement, pages[article.id], base, *sorted(set(article.aliases + moved[article.id])))

        def made() -> tuple[str, Entry | None]:
            written = entry_text(make())
            return written, read_back(written, bool(replacement))
        return article.id, kept.of(article.id, article, key, made)
    articles = [text(a, lambda a=a: article_entry(config, a, pages[a.id], a.aliases + moved[a.id]))
                for a in ctx.corpus.published]
    gone = [text(a, lambda a=a, new=new: retired_entry(config, a, pages[a.id], new, a.aliases + moved[a.id]), new.id)
            for a, new in retired]
    kept.save()
    content = catalogue_of_texts(config, [(i, pair[0]) for i, pair in articles], [(i, pair[0]) for i, pair in gone])
    # What the next build reads back from this file, kept under its bytes (reading 10,000
    # entries again was ~10% of the next edit's CPU whenever the catalogue changed)
    ctx.memo.get(PREVIOUS_NAMESPACE, (catalogue_digest(content),), lambda: _written(content, articles, gone))
    lists = {"published": tuple(a.id for a in ctx.corpus.published), "retired": tuple(a.id for a, _ in retired)}
    for article_id, paths in moved.items():
        lists.update(old_paths_list(article_id, paths))
    ids = [*lists["published"], *lists["retired"], *(new.id for _, new in retired)]
    return SiteFile(PATH, content, Inputs.of(articles=ids, config=["site_name", "site_url"], lists=lists))


def _written(content: bytes, articles: list[tuple[str, tuple]], gone: list[tuple[str, tuple]]) -> tuple:
    """What :func:`~kbgen.permalinks.catalogue.previous_catalogue` keeps of this file (entries
    and no problems), or, when an entry would be refused, what reading it gives."""
    entries = written_entries(content, [pair for _, pair in sorted(articles, key=lambda item: item[0])],
                              [pair for _, pair in sorted(gone, key=lambda item: item[0])])
    return (entries, ()) if entries is not None else read_entries(content)
