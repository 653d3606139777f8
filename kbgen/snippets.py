"""Reply-ready links and snippets for agents (the CLI's side of the "Copy reply" button)."""
from __future__ import annotations

from .errors import KbgenError, did_you_mean
from .messages import Messages
from .model import Article, Corpus

FORMATS = ("url", "snippet", "markdown", "html")


def short_link(corpus: Corpus, article: Article) -> str:
    """The permanent short link ``<site_url>kb/<ID>/`` (site-relative without a site_url)."""
    base = corpus.config.site_url
    return (base.rstrip("/") + "/" if base else "/") + f"kb/{article.id}/"


def reply_text(corpus: Corpus, article_id: str, fmt: str = "snippet") -> str:
    """A link or reply snippet for an article, in the same words as the site's Copy buttons.

    Raises:
        KbgenError: no published article has that id.
    """
    article = corpus.article(article_id.strip().upper()) or corpus.article(article_id.strip())
    if article is None or article.draft:
        ids = [a.id for a in corpus.published]
        raise KbgenError(f"no published article has the id {article_id!r}{did_you_mean(article_id, ids)}")
    url = short_link(corpus, article)
    if fmt == "url":
        return url
    if fmt == "markdown":
        return f"[{article.title} ({article.id})]({url})"
    if fmt == "html":
        from markupsafe import Markup

        return str(Markup('<a href="{}">{} ({})</a>').format(url, article.title, article.id))
    summary = f"{article.summary}\n" if article.summary else ""
    intro = Messages(corpus.config.language).text("reply.intro", title=article.title, id=article.id)
    return f"{intro}\n{summary}{url}"
