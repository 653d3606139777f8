"""Small, escaping HTML builders used by the planners (all text goes through ``escape``)."""
from __future__ import annotations

import datetime as dt
from html import escape
from typing import Iterable, Sequence

from ..links import is_script_url
from ..model import Article, ContactChannel

TYPE_LABELS = {"how-to": "How-to", "troubleshooting": "Troubleshooting", "faq": "FAQ",
               "explainer": "Life on the service desk"}
CONTACT_KINDS = {"phone": "Phone", "email": "Email", "chat": "Chat", "portal": "Portal", "walk-up": "In person",
                 "other": "Other"}


def esc(text: object) -> str:
    """Escape text for HTML element content and attribute values."""
    return escape(str(text), quote=True)


def safe_href(url: str) -> str:
    """An escaped href; script and data URLs become '#'."""
    return "#" if is_script_url(url, any_data=True) else esc(url)


def contact_href(channel: ContactChannel) -> str:
    """A link for a channel: tel:, mailto: or the URL itself; '' when not linkable."""
    value = channel.value.strip()
    if channel.kind == "phone":
        return "tel:" + "".join(ch for ch in value if ch.isdigit() or ch == "+")
    if channel.kind == "email" and "@" in value:
        return "mailto:" + value
    if value.startswith(("http://", "https://")):
        return value
    return ""


def plural(count: int, noun: str) -> str:
    """``1 article``, ``3 articles``."""
    return f"{count} {noun}{'' if count == 1 else 's'}"


def long_date(day: dt.date) -> str:
    """``3 March 2026`` (no locale dependence, so output is reproducible)."""
    return f"{day.day} {day.strftime('%B')} {day.year}"


def article_list(items: Sequence[tuple[Article, str]], empty: str = "No articles yet.") -> str:
    """A list of articles with their summaries; ``items`` pairs an article with its relative URL."""
    if not items:
        return f'<p class="kbgen-empty">{esc(empty)}</p>'
    rows = []
    for article, url in items:
        summary = f'<span class="kbgen-list__summary">{esc(article.summary)}</span>' if article.summary else ""
        rows.append(f'<li><a class="kbgen-list__title" href="{esc(url)}">{esc(article.title)}</a>'
                    f' <span class="kbgen-badge kbgen-badge--{esc(article.type)}">{esc(TYPE_LABELS[article.type])}</span>'
                    f"{summary}</li>")
    return '<ul class="kbgen-list">\n' + "\n".join(rows) + "\n</ul>"


def contact_cards(channels: Iterable[ContactChannel], compact: bool = False) -> str:
    """Every way to reach the service desk, as cards (or a compact list for the footer)."""
    items = []
    for channel in channels:
        href = contact_href(channel)
        value = (f'<a href="{safe_href(href)}">{esc(channel.value)}</a>' if href else esc(channel.value))
        hours = f'<span class="kbgen-contact__hours">{esc(channel.hours)}</span>' if channel.hours else ""
        remote = ("" if compact or not channel.remote_note else
                  f'<span class="kbgen-contact__remote">Remote or overseas: {esc(channel.remote_note)}</span>')
        items.append(f'<li class="kbgen-contact kbgen-contact--{esc(channel.kind)}">'
                     + ("" if compact else f'<span class="kbgen-contact__kind">{CONTACT_KINDS[channel.kind]}</span>')
                     + f'<span class="kbgen-contact__label">{esc(channel.label)}</span> '
                     f'<span class="kbgen-contact__value">{value}</span>{hours}{remote}</li>')
    css = "kbgen-contacts kbgen-contacts--compact" if compact else "kbgen-contacts"
    return f'<ul class="{css}">' + "".join(items) + "</ul>"


def search_form(action: str, big: bool = False, placeholder: str = "Describe your problem") -> str:
    """The search form; kbgen's search script enhances it with results as you type."""
    size = " kbgen-search-form--big" if big else ""
    return (f'<form class="kbgen-search-form{size}" action="{esc(action)}" role="search" method="get">'
            f'<label class="kbgen-visually-hidden" for="kbgen-q-home">Search the help site</label>'
            f'<input id="kbgen-q-home" type="search" name="q" class="kbgen-search-input" '
            f'placeholder="{esc(placeholder)}" autocomplete="off" spellcheck="false">'
            f'<button type="submit" class="md-button md-button--primary">Search</button></form>')
