""""Was this helpful?" on every article, when site_config.yml says where feedback goes.

``feedback:`` names a form (``url``, with ``{id}``, ``{title}``, ``{reviewed}`` and ``{url}``
filled in, URL-encoded) or an address (``email``: "No" opens an e-mail prefilled with the
article's id, title, review date and address). "Yes" sends and stores nothing. Without the
section the question is not shown: a question nobody reads the answers to wastes the reader's
time.
"""
from __future__ import annotations

from typing import Any, Iterator
from urllib.parse import quote

from .. import schema as s
from ..config import mail_address
from ..links import host_problem, links_to_web
from ..messages import Messages
from ..model import Article, SiteConfig
from ..site.model import Inputs, Note, PlanContext
from ..snippets import field_problems, page_url

#: What a feedback form URL may say.
FORM_FIELDS = ("id", "title", "reviewed", "url")
TEMPLATE = "agents/feedback.html"


def _form_url(value: Any) -> str:
    """A feedback form's URL: its placeholders and its address, every problem told."""
    url = s.text()(value)
    problems = field_problems(url, FORM_FIELDS)
    if not links_to_web(url):  # an http(s) address: never a script URL
        problems.append(f"{url!r} is not an http(s) URL of a form")
    elif problem := host_problem(url):
        problems.append(f"{url!r} {problem}")
    if problems:
        raise s.Invalid.every(problems)
    return url


FEEDBACK_SCHEMA = s.Schema("feedback", {
    "url": s.Field(_form_url, doc="A form's URL; `{id}`, `{title}`, `{reviewed}`, `{url}` are filled in."),
    "email": s.Field(mail_address,
                     doc="An address: \"No\" opens an e-mail to it about the article."),
})


def feedback_section(value: Any) -> dict:
    """The ``feedback:`` section: a form ``url`` or an ``email``, not both."""
    values = s.mapping(FEEDBACK_SCHEMA)(value)
    if bool(values["url"]) == bool(values["email"]):
        raise s.Invalid("give either url (a form) or email (an address), one of them")
    return values


def _values(config: SiteConfig, article: Article, messages: Messages) -> dict[str, str]:
    reviewed = article.reviewed or article.created
    return {"id": article.id, "title": article.title, "url": page_url(config, article),
            "reviewed": reviewed.isoformat() if reviewed else messages.text("feedback.not-reviewed")}


def feedback_href(config: SiteConfig, article: Article, messages: Messages) -> str:
    """Where "No" leads for an article: the form URL or a mailto: link, prefilled."""
    section = config.section("feedback")
    values = _values(config, article, messages)
    if section.get("url"):
        return section["url"].format(**{key: quote(value, safe="") for key, value in values.items()})
    subject, body = messages.text("feedback.subject", **values), messages.text("feedback.body", **values)
    return f"mailto:{quote(section['email'], safe='@')}?subject={quote(subject, safe='')}&body={quote(body, safe='')}"


def feedback_notes(ctx: PlanContext) -> Iterator[Note]:
    """The question at the end of every published article (none without ``feedback:``)."""
    config = ctx.corpus.config
    if not config.section("feedback"):
        return
    external = bool(config.section("feedback").get("url"))
    for article in ctx.corpus.published:
        context = {"href": feedback_href(config, article, ctx.messages), "external": external}
        inputs = Inputs.of(articles=[article.id], config=["feedback", "site_url"])
        yield Note(("article", article.id), TEMPLATE, context, inputs, place="end")
