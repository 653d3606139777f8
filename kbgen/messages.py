"""Interface strings: one catalog of every word kbgen's templates show, by message id.

Templates never hold user-visible text; they ask the catalog (``{{ m("home.title") }}``), so a
second language is a second table here, not an edit of every template. English only for now.

A message is plain text (never HTML) with ``{name}`` placeholders; a pair ``(one, other)`` is a
message with plural forms chosen by its ``count`` argument. :meth:`Messages.html` escapes the
text and every argument that is not already :class:`~markupsafe.Markup`, so a template can put a
link inside a sentence (word order stays the translator's) without building HTML in Python.
"""
from __future__ import annotations

import datetime as dt
from typing import Any, Mapping

from markupsafe import Markup, escape

Message = str | tuple[str, str]

ENGLISH: dict[str, Message] = {
    # Navigation and page titles
    "nav.home": "Home",
    "nav.services": "Browse by service",
    "nav.life": "Life on the service desk",
    "nav.tags": "Topics",
    "nav.contact": "Contact us",
    "nav.status": "Status",
    "title.services": "Browse by service",
    "title.tags": "Topics",
    "title.tag": "Tagged “{tag}”",
    "title.life": "Life on the service desk",
    "title.contact": "Contact us",
    "title.search": "Search",
    "title.status": "Service status",
    "title.improvements": "What we've improved",
    "title.history": "Announcement history",
    # Home page
    "home.title": "How can we help?",
    "home.intro": "Find answers to common IT problems, or tell us what you need.",
    "home.services": "Browse by service",
    "home.life": "Life on the service desk",
    "home.life-intro": "How we work, what happens to your ticket and how to get the most from us.",
    "home.life-all": "All of life on the service desk",
    "home.contact": "Every way to reach us",
    # Lists, cards and counts
    "count.articles": ("{count} article", "{count} articles"),
    "list.no-articles": "No articles yet.",
    "list.no-explainers": "No explainers yet.",
    "list.no-services": "No services are configured yet.",
    "list.no-tags": "No tags yet.",
    "section.how-we-work": "How we work",
    "life.intro": ("What happens behind the scenes: how we prioritise, who works on your ticket, "
                   "and how to reach us wherever you are."),
    # Articles
    "type.how-to": "How-to",
    "type.troubleshooting": "Troubleshooting",
    "type.faq": "FAQ",
    "type.explainer": "Life on the service desk",
    "article.reviewed": "Last reviewed {date}",
    "article.written": "Written {date}",
    "article.not-reviewed": "Not reviewed yet",
    "article.copy-link": "Copy link",
    "article.copy-reply": "Copy reply",
    "article.related": "Related articles",
    "article.copy-markdown": "Copy reply (Markdown)",
    "article.copy-link-label": "Copy the permanent link to this article",
    "article.copy-reply-label": "Copy a reply for a ticket, with the link to this article",
    "article.copy-markdown-label": "Copy a reply for a ticket, in Markdown",
    "article.copy-section": "Copy link",
    "article.copy-section-label": "Copy link to the section {title}",
    "article.copied": "Copied",
    "article.copied-status": "Copied to the clipboard: {text}",
    "article.copy-failed-status": "Could not copy. Select the text and copy it yourself: {text}",
    "reply.template": "This article should help: {title} ({id})\n{summary}\n{url}",
    "redirect.body": "This article is at {link}.",
    "opensearch.description": "Search {site}",
    "feedback.label": "Feedback on this article",
    "feedback.question": "Was this helpful?",
    "feedback.yes": "Yes",
    "feedback.no": "No",
    "feedback.no-hint": "(tell us what was missing or wrong)",
    "feedback.thanks-yes": "Thank you! Glad it helped.",
    "feedback.thanks-no": "Thank you. Tell us what was missing or wrong: the person who looks after this article will read it.",
    "feedback.not-reviewed": "not reviewed yet",
    "feedback.subject": "Feedback on {id}: {title}",
    "feedback.body": ("Article: {id}, {title}\nLast reviewed: {reviewed}\nPage: {url}\n\n"
                      "What was missing or wrong?\n"),
    "retired.title": "{title} (retired)",
    "retired.body": "This article ({id}) has been retired and is no longer kept up to date.",
    "retired.see": "Read this one instead: {link}",
    # Contact
    "contact.lead": "We are here to help. Choose whatever suits you: every channel reaches the same team.",
    "contact.none": "Contact details are not configured.",
    "contact.remote": "Remote or overseas: {note}",
    "contact.footer-title": "Need a person? Every way to reach the service desk:",
    "contact.footer-label": "Contact the service desk",
    "contact.kind.phone": "Phone",
    "contact.kind.email": "Email",
    "contact.kind.chat": "Chat",
    "contact.kind.portal": "Portal",
    "contact.kind.walk-up": "In person",
    "contact.kind.other": "Other",
    # Search
    "search.label": "Search the help site",
    "search.placeholder": "Describe your problem",
    "search.header-placeholder": "Search help",
    "search.button": "Search",
    "search.noscript": "Search needs JavaScript. Browse by service instead, or contact us.",
    # Service status
    "status.operational": "Operational",
    "status.under_maintenance": "Under maintenance",
    "status.degraded": "Degraded performance",
    "status.partial_outage": "Partial outage",
    "status.major_outage": "Major outage",
    "overall.operational": "All systems operational",
    "overall.under_maintenance": "Planned maintenance in progress",
    "overall.degraded": "Some services are degraded",
    "overall.partial_outage": "Partial outage",
    "overall.major_outage": "Major outage",
    "state.investigating": "Investigating",
    "state.identified": "Identified",
    "state.monitoring": "Monitoring",
    "state.resolved": "Resolved",
    "state.scheduled": "Scheduled",
    "state.in_progress": "In progress",
    "state.completed": "Completed",
    "state.cancelled": "Cancelled",
    "announcement.incident": "Incident",
    "announcement.maintenance": "Planned maintenance",
    "announcement.notice": "Improvement",
    "banner.incident": "Incident",
    "banner.maintenance-now": "Maintenance now",
    "banner.maintenance": "Planned maintenance",
    "note.incident": "Known issue",
    "note.maintenance": "Planned maintenance",
    "note.details": "Details and updates",
    "status.current": "Current status:",
    "status.asof": "as of {time}",
    "status.all-services": "All services",
    "status.all-services-long": "Current status of all services",
    "status.impact": "impact {impact}",
    "status.affects": "affects {services}",
    "status.affects-line": "Affects: {services}",
    "status.updates": "Updates",
    "status.services": "Services",
    "status.service": "Service",
    "status.status": "Status",
    "status.no-services": "No services are configured.",
    "status.active": "Active incidents",
    "status.no-active": "No active incidents.",
    "status.maintenance": "Maintenance in progress and upcoming",
    "status.no-maintenance": "No maintenance planned in the next {days} days.",
    "status.recent": "Recently resolved (last {days} days)",
    "status.nothing": "Nothing in this period.",
    "status.history": "History (last {days} days)",
    "status.history-bars": "{name}: {bad} of {days} days with an incident or maintenance",
    "status.improvements": "Recent improvements",
    "status.improvements-all": "Everything we've improved",
    "status.history-all": "Every incident, maintenance window and improvement",
    "status.subscribe": "Subscribe",
    "status.feed-atom": "Announcements (Atom feed)",
    "status.feed-ics": "Maintenance calendar (iCalendar: subscribe in Outlook or Google Calendar)",
    "status.feed-json": "status.json (for dashboards and chat bots)",
    "status.links": "Service status and news",
    "improvements.lead": "Changes we made to make your work easier, newest first.",
    "improvements.none": "Nothing here yet.",
    "history.lead": "Every incident, maintenance window and improvement we announced, newest first.",
    "history.none": "Nothing has been announced yet.",
    # Dates (kept here so a translation can rename the months)
    "date.long": "{day} {month} {year}",
    "date.months": ("January February March April May June July August September October "
                    "November December"),
}

CATALOGS: dict[str, Mapping[str, Message]] = {"en": ENGLISH}


class Messages:
    """The messages of one language (English when the language has no table yet).

    Args:
        language: a language code such as ``en`` or ``en-GB``.
    """

    def __init__(self, language: str = "en") -> None:
        self.language = language
        self.table = CATALOGS.get(language.split("-")[0].lower(), ENGLISH)

    def _pick(self, key: str, count: int | None) -> str:
        message = self.table.get(key, ENGLISH.get(key))
        if message is None:
            raise KeyError(f"no message {key!r} in the catalog")
        if isinstance(message, tuple):
            return message[0] if count == 1 else message[1]
        return message

    def template(self, key: str) -> str:
        """The message as written, placeholders kept (a default for a template users may also
        configure, such as ``reply.template``)."""
        return self._pick(key, None)

    def text(self, key: str, count: int | None = None, **args: Any) -> str:
        """The message as plain text (for titles and data), placeholders filled in."""
        return self._pick(key, count).format(count=count, **args)

    def html(self, key: str, count: int | None = None, **args: Any) -> Markup:
        """The message as safe HTML: its text and every non-``Markup`` argument escaped."""
        return Markup(escape(self._pick(key, count))).format(count=count, **args)

    __call__ = html

    def long_date(self, day: dt.date) -> str:
        """``3 March 2026`` (from the catalog, never the system locale: output is reproducible)."""
        month = self.text("date.months").split()[day.month - 1]
        return self.text("date.long", day=day.day, month=month, year=day.year)

    def theme_strings(self) -> dict[str, str]:
        """The messages kbgen's Material overrides print (escaped: Material does not escape)."""
        keys = ("search.label", "search.header-placeholder", "contact.footer-label")
        return {key: str(self.html(key)) for key in keys}
