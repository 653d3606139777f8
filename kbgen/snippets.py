"""Reply-ready links and snippets for agents: one implementation for the site's "Copy reply"
and "Copy link" buttons, ``kbgen link`` and ``kbgen search --reply``.

The reply comes from ``reply_template`` in site_config.yml (``"This guide walks you through it:
{title} {url}"``), in plain text or Markdown. The page gets it as *parts*: text, and ``None``
where the link goes, so the browser only puts the link in (the page may be served from any
address); the terminal joins the parts with the permanent short link.
"""
from __future__ import annotations

import functools

import re
import string
from typing import Any

from . import schema as s
from .anchors import headings
from .errors import BadOption, KbgenError, did_you_mean, first_and_rest, printable_json
from .links import find_links
from .messages import Messages
from .model import Article, Corpus, SiteConfig
from .site.urls import article_doc_path, doc_url

FORMATS = ("snippet", "snippet-markdown", "url", "markdown", "html")
#: What a reply template may say: ``{title}``, ``{id}``, ``{url}`` and ``{summary}``.
REPLY_FIELDS = ("title", "id", "url", "summary")
#: Characters that would start Markdown markup in a title or summary put into a reply, and an
#: '&' that starts a character reference (``&amp;``, ``&#60;``, ``&lt;``: Markdown shows the
#: character it names, so a title written ``a &lt;b`` was pasted as ``a <b``); a lone '&' stays.
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>]|&(?=#?[0-9A-Za-z]+;))")

Parts = list[Any]
"""A reply as text pieces and ``None`` where the link goes."""


def template_fields(template: str) -> list[str]:
    """The placeholders of a ``str.format`` template.

    Raises:
        ValueError: unbalanced braces.
    """
    return [field for _, field, _, _ in string.Formatter().parse(template) if field is not None]


def field_problems(text: str, allowed: tuple[str, ...]) -> list[str]:
    """Every problem of a ``str.format`` template's ``{placeholders}``: unbalanced braces, a name
    not in ``allowed``, or one written with '!' or ':' (plain names only). Empty when none."""
    try:
        parsed = list(string.Formatter().parse(text))
    except ValueError as exc:
        return [f"{exc}; write {{{{ and }}}} for a literal brace"]
    names = ", ".join("{" + name + "}" for name in allowed)
    problems = []
    for _, field, spec, conversion in parsed:
        if field is not None and field not in allowed:
            problems.append(f"unknown placeholder {{{field}}}{did_you_mean(field, allowed)}; use {names}")
        elif spec or conversion:
            problems.append(f"write {{{field}}} without '!' or ':' after the name")
    return problems


def reply_check(value: Any) -> str:
    """``reply_template``: placeholders from :data:`REPLY_FIELDS` (:func:`field_problems`), and no
    Markdown link to a script URL (``[x](javascript:...)``, in any encoding
    :func:`kbgen.links.is_script_url` reads): the template's own Markdown is kept in the reply
    agents paste into tickets, whose tool renders it. Both texts a reply may carry are read: the
    template as written (the plain reply), and as the Markdown reply writes it, every ``<``
    escaped (:func:`reply_parts`): there a ticket tool shows an HTML comment as text, links and
    all, so the template is read again with each ``<`` made plain (no comment, tag or autolink).
    Every problem is told, each script link once, the first :data:`~kbgen.errors.MAX_TOLD`
    one by one and the rest in one count. Linear in the number of links."""
    text = s.text()(value)
    problems = field_problems(text, REPLY_FIELDS)
    targets = list(dict.fromkeys(link.target for link in find_links(text) + find_links(text.replace("<", " "))
                                 if link.is_unsafe))
    told, rest, _ = first_and_rest(targets)
    problems += [f"links to a script URL {s.shown(target)}; agents paste the reply into tickets, where it "
                 "would run: remove the link" for target in told]
    if rest:
        problems.append(f"and {rest:,} more links to script URLs: remove them")
    if problems:
        raise s.Invalid.every(problems)
    return text


def reply_template(config: SiteConfig) -> str:
    """The configured reply template, or the catalog's default in the site's language."""
    return config.reply_template or _default_template(config.language)


@functools.lru_cache(maxsize=16)
def _default_template(language: str) -> str:
    """The catalog's reply template of a language (made once: every article page asks)."""
    return Messages(language).template("reply.template")


def markdown_escape(text: str) -> str:
    """``text`` with Markdown's inline markup characters escaped."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text)


def _field_parts(field: str, article: Article, markdown: bool) -> Parts:
    if field == "url":
        return [None]
    if field == "title" and markdown:
        return ["[" + markdown_escape(article.title) + "](", None, ")"]
    value = {"title": article.title, "id": article.id, "summary": article.summary}[field]
    return [markdown_escape(value) if markdown else value]


def reply_parts(config: SiteConfig, article: Article, markdown: bool = False) -> Parts:
    """The reply for an article as parts (``None`` where the link goes). A line made only of
    placeholders that are all empty (no summary) is left out. In ``markdown``, the article's
    values are escaped and the template's own text keeps its Markdown but no HTML (``\\<``)."""
    lines: list[Parts] = []
    for line in reply_template(config).split("\n"):
        parts: Parts = []
        filled = False
        for literal, field, _, _ in string.Formatter().parse(line):
            # the template's own words keep their Markdown, never raw HTML (a ticket tool renders it)
            parts.append(literal.replace("<", "\\<") if markdown else literal)
            if field is not None:
                pieces = _field_parts(field, article, markdown)
                filled = filled or any(piece is None or piece for piece in pieces)
                parts.extend(pieces)
        fields = template_fields(line)
        if fields and not filled and not "".join(p for p in parts if p).strip():
            continue
        lines.append(parts)
    joined: Parts = []
    for index, parts in enumerate(lines):
        joined.extend((["\n"] if index else []) + parts)
    return [part for part in joined if part != ""]


def join_parts(parts: Parts, url: str) -> str:
    """A reply's text with ``url`` where the link goes."""
    return "".join(url if part is None else part for part in parts)


def site_base(config: SiteConfig) -> str:
    """``site_url`` ending in '/', or '/' (site-relative links) without one."""
    return config.site_url.rstrip("/") + "/" if config.site_url else "/"


def short_path(article: Article) -> str:
    """The site path of an article's permanent short link, ``kb/<ID>/``."""
    return f"kb/{article.id}/"


def short_link(corpus: Corpus, article: Article, section: str = "") -> str:
    """The permanent short link ``<site_url>kb/<ID>/`` (site-relative without a site_url),
    with ``#section`` when given."""
    return site_base(corpus.config) + short_path(article) + (f"#{section}" if section else "")


def page_url(config: SiteConfig, article: Article) -> str:
    """The URL of an article's page (site-relative without a site_url)."""
    return site_base(config) + doc_url(article_doc_path(article))


def find_published(corpus: Corpus, article_id: str) -> Article:
    """The published article with this id (any case).

    Raises:
        KbgenError: no published article has it.
    """
    wanted = article_id.strip().upper()
    article = next((a for a in corpus.published if a.id.upper() == wanted), None)
    if article is None:
        ids = [a.id for a in corpus.published]
        raise KbgenError(f"no published article has the id {article_id!r}{did_you_mean(article_id, ids)}")
    return article


def find_section(article: Article, anchor: str) -> tuple[str, str]:
    """``(anchor, title)`` of a section of the article; ``anchor`` may also be its title.

    Raises:
        BadOption: the article has no such section (the message lists them).
    """
    sections = headings(article.body)
    for heading in sections:
        if anchor in (heading.anchor, heading.title):
            return heading.anchor, heading.title
    names = [h.anchor for h in sections]
    listed = ", ".join(names) if names else "it has no sections"
    raise BadOption("--section", f"{article.id} has no section {anchor!r}{did_you_mean(anchor, names)}; "
                    f"sections: {listed}")


def reply_text(corpus: Corpus, article_id: str, fmt: str = "snippet", section: str = "") -> str:
    """A link or reply for an article, in the same words as the site's Copy buttons.

    Raises:
        KbgenError: no published article has that id, or it has no such section.
    """
    info = link_info(corpus, article_id, section)
    if fmt == "url":
        return info["link"]
    if fmt == "snippet-markdown":
        return info["reply_markdown"]
    if fmt == "markdown":
        return f"[{markdown_escape(info['title'])} ({info['id']})]({info['link']})"
    if fmt == "html":
        from markupsafe import Markup

        return str(Markup('<a href="{}">{} ({})</a>').format(info["link"], info["title"], info["id"]))
    return info["reply"]


def link_info(corpus: Corpus, article_id: str, section: str = "") -> dict[str, Any]:
    """Everything ``kbgen link --json`` prints about an article (and one of its sections)."""
    article = find_published(corpus, article_id)
    anchor, heading = find_section(article, section) if section else ("", "")
    link = short_link(corpus, article, anchor)
    return {"id": article.id, "title": article.title, "url": page_url(corpus.config, article),
            "short_url": short_link(corpus, article),
            "link": link, "section": {"anchor": anchor, "title": heading} if anchor else None,
            "reply": join_parts(reply_parts(corpus.config, article), link),
            "reply_markdown": join_parts(reply_parts(corpus.config, article, markdown=True), link)}


def search_reply(corpus: Corpus, query: str, best: Any) -> dict[str, Any]:
    """``kbgen search --reply --json``: the best result's link and reply (its ``.id``,
    ``.score`` and ``.weak`` from the search engine)."""
    return {"query": query, "score": best.score, "weak": bool(best.weak), **link_info(corpus, best.id)}


def reply_for_search(corpus: Corpus, query: str, results: list, as_json: bool) -> tuple[str, str]:
    """What ``kbgen search --reply`` prints: the reply with the best result (or its JSON), and
    a warning for stderr when the match is weak ('' otherwise).

    Raises:
        KbgenError: no result at all.
    """
    if not results:
        raise KbgenError(f"no article matches {query!r}: nothing to reply with")
    info = search_reply(corpus, query, results[0])
    warning = "weak match: check that the article answers the question before you send it" if info["weak"] else ""
    return (printable_json(info) if as_json else info["reply"]), warning
