"""What changed since the previous build: articles gone without retirement, and the old URLs
that must now lead to each article's page.

The previous build's catalogue (:mod:`kbgen.permalinks.catalogue`) lists every site path each
article was reachable at. On this build each of those paths that no page now has becomes a
redirect to the article's page (a moved file, a renamed folder, an alias taken out), and the new
catalogue records it again, so a URL keeps working however many builds later. Ids are matched
without regard to case, as the pages are.
"""
from __future__ import annotations

from typing import Mapping

from ..errors import Diagnostic, Severity
from ..model import Article, Corpus
from ..rules import Rule
from ..snippets import short_path
from .catalogue import Catalogue

DELETED_ARTICLE = Rule("deleted-article", Severity.ERROR,
                       "An article the previous site published is gone (file deleted, id changed, or "
                       "made a draft) instead of retired with `retired: true` and `replaced_by`.")


def _retire_hint() -> str:
    return ("restore it, or keep its file with 'retired: true' and 'replaced_by: <id of the article "
            "that replaces it>' so its links keep working")


def gone_articles(corpus: Corpus, catalogue: Catalogue | None) -> list[Diagnostic]:
    """A finding for each article of the previous site that this one would no longer publish
    or retire: its links would break."""
    if catalogue is None:
        return []
    current = {article.id.upper(): article for article in corpus.articles}
    problems = []
    for entry in catalogue.entries:
        article = current.get(entry.id.upper())
        if article is not None and not article.draft:
            continue
        where = f"/{entry.page}"
        if article is None:
            message = f"{entry.id} (\u201c{entry.title}\u201d, {where}) is no longer in content/articles/; {_retire_hint()}"
        else:
            message = (f"{entry.id} (\u201c{entry.title}\u201d, {where}) was published and is now a draft "
                       f"({article.source.path}); {_retire_hint()}")
        problems.append(DELETED_ARTICLE.at(catalogue.path, entry.line, entry.id, message))
    return problems


def kept_paths(corpus: Corpus, pages: Mapping[str, str]) -> set[str]:
    """Site paths this build gives to a page of its own: every article page (``pages``: id ->
    path), short link and alias. An old URL never takes one of these."""
    kept = set(pages.values())
    for article in corpus.published + corpus.retired:
        kept.add(short_path(article))
        kept.update(article.aliases)
    return kept


def moved_paths(corpus: Corpus, catalogue: Catalogue | None,
                pages: Mapping[str, str]) -> dict[str, tuple[str, ...]]:
    """For each article with a page (``pages``: id -> its site path now), the site paths the
    previous site published it at that must now redirect to that page, sorted."""
    if catalogue is None:
        return {article_id: () for article_id in pages}
    by_key = {article_id.upper(): article_id for article_id in pages}
    taken = kept_paths(corpus, pages)
    moved: dict[str, list[str]] = {article_id: [] for article_id in pages}
    for entry in sorted(catalogue.entries, key=lambda e: e.id):
        article_id = by_key.get(entry.id.upper())
        if article_id is None:
            continue
        for path in entry.paths:
            if path not in taken:
                taken.add(path)
                moved[article_id].append(path)
    return {article_id: tuple(sorted(paths)) for article_id, paths in moved.items()}


def replacement(corpus: Corpus, article: Article) -> Article | None:
    """The published article a retired one leads to, following ``replaced_by`` through other
    retired articles; None when the chain breaks (a missing id, a draft, a loop)."""
    by_id = {a.id: a for a in corpus.articles}
    seen = {article.id}
    current = article
    while current.retired:
        current = by_id.get(current.replaced_by)
        if current is None or current.draft or current.id in seen:
            return None
        seen.add(current.id)
    return current
