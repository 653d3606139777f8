"""Interface strings: one catalog of every word a person sees on a kbgen site, by message id.

Templates never hold user-visible text; they ask the catalog (``{{ m("home.title") }}``), and
the site's scripts read the strings they need from the page (:meth:`Messages.client_strings`,
read by ``kbgenText(key)`` in ``assets/kbgen.js``). A language is one table: English here,
German in :mod:`kbgen.messages_de`; ``language`` in site_config.yml picks it (see
:data:`CATALOGS`), and a table must have every key of the English one (a test checks).

A message is plain text (never HTML) with ``{name}`` placeholders; a pair ``(one, other)`` is a
message with plural forms chosen by its ``count`` argument with the language's CLDR plural
rule (Babel). :meth:`Messages.html` escapes the text and every argument that is not already
:class:`~markupsafe.Markup`, so a template can put a link inside a sentence (word order stays
the translator's) without building HTML in Python.

Dates and times are formatted by Babel from CLDR patterns kept in each table (``date.long``:
``d MMMM y``), so month and day names come from the language's locale data while the layout
stays the translator's choice; nothing depends on the system locale, so output is reproducible.

Voice: every message a person reads when something did not work says what happened, what they
can do now, and how to reach a person.
"""
from __future__ import annotations

import datetime as dt
from typing import Any, Mapping
from zoneinfo import ZoneInfo

from babel import Locale
from babel.dates import format_date, format_time
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
    "home.contact-more": "Opening hours and advice for remote staff",
    "home.popular": "Popular articles",
    "home.recent": "Recently updated",
    "home.status-label": "Service status",
    "home.status-details": "Details on the status page",
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
    "article.copied": "Copied",
    "article.copy-failed": "Could not copy. Select the link in the address bar and copy it yourself.",
    "article.related": "Related articles",
    "article.copy-markdown": "Copy reply (Markdown)",
    "article.copy-link-label": "Copy the permanent link to this article",
    "article.copy-reply-label": "Copy a reply for a ticket, with the link to this article",
    "article.copy-markdown-label": "Copy a reply for a ticket, in Markdown",
    "article.copy-section": "Copy link",
    "article.copy-section-label": "Copy link to the section {title}",
    "article.copied-status": "Copied to the clipboard: {text}",
    "article.copy-failed-status": "Could not copy. Select the text and copy it yourself: {text}",
    "site.file-notice": ("This help site was opened as a file, so search and links do not work. In the "
                         "project folder, run: kbgen serve \u2014 then open http://127.0.0.1:8000/"),
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
    "search.results": "Search results",
    "search.closest": "Closest matches:",
    "search.no-answer-title": "We could not find a good answer to that.",
    "search.no-answer-help": "Try other words, or ask us: a person will help.",
    "search.failed": ("Search is not working right now. Browse by service instead, or contact us: "
                      "a person will help."),
    "search.noscript": ("Search needs JavaScript, which is off in this browser. Browse by service "
                        "instead, or contact us: a person will help."),
    # Keyboard and page furniture
    "a11y.skip": "Skip to content",
    "a11y.search-key": "Press / to search",
    # The page that is not there (404)
    "notfound.title": "We could not find that page",
    "notfound.body": ("The link may be old or mistyped, or the page was moved. Search for what you "
                      "need, start from the home page, or contact us: a person will help."),
    "notfound.home": "Go to the home page",
    # Offline copy
    "offline.note": ("This is an offline copy of the help site from {date}. Service status and "
                     "articles may have changed since: when you are back online, check the site."),
    # Service status
    "status.operational": "Operational",
    "status.under_maintenance": "Under maintenance",
    "status.degraded": "Degraded performance",
    "status.partial_outage": "Partial outage",
    "status.major_outage": "Major outage",
    "overall.operational": "All services are running normally",
    "overall.under_maintenance": "Planned maintenance in progress",
    "overall.degraded": "Some services are slower or partly unavailable",
    "overall.partial_outage": "Some services are partly down",
    "overall.major_outage": "Some services are down",
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
    "impact.none": "none",
    "impact.minor": "minor",
    "impact.major": "major",
    "impact.critical": "critical",
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
    "status.history-to": "Today",
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
    "feed.title": "{site}: service announcements",
    "feed.subtitle": "Incidents, planned maintenance and improvements",
    "feed.calendar": "{site}: planned maintenance",
    # Dates and times: CLDR patterns (Babel fills in the language's month and day names)
    "date.long": "d MMMM y",
    "date.day": "EEE d MMM y",
    "date.time": "HH:mm",
    "date.moment": "{day}, {time} {zone}",
    "date.range-day": "{day}, {start} – {end} {zone}",
    "date.range": "{start} – {end}",
    "date.since": "since {moment}",
    "date.published": "published {day}",
}

from .messages_de import GERMAN  # noqa: E402 - the tables below the English one

#: Every language with a complete table, by primary language subtag (``de`` serves ``de-CH``).
CATALOGS: dict[str, Mapping[str, Message]] = {"en": ENGLISH, "de": GERMAN}

#: What :meth:`Messages.client_strings` hands the site's scripts (``kbgenText(key)``).
CLIENT_KEYS = ("article.copied", "article.copy-failed", "site.file-notice", "search.results",
               "search.closest",
               "search.no-answer-title", "search.no-answer-help", "search.failed", "a11y.search-key")
#: What kbgen's Material overrides print (escaped: Material's templates do not escape).
THEME_KEYS = ("search.label", "search.header-placeholder", "contact.footer-label", "a11y.skip",
              "a11y.search-key", "notfound.title", "notfound.body", "notfound.home")


def catalog_language(language: str) -> str:
    """The catalog a language code uses (``de-CH`` -> ``de``), or '' when there is none."""
    primary = language.split("-")[0].lower()
    return primary if primary in CATALOGS else ""


class Messages:
    """The messages of one language (English when the language has no table).

    Args:
        language: a language code such as ``en``, ``en-GB`` or ``de``.
    """

    def __init__(self, language: str = "en") -> None:
        self.language = language
        self.table = CATALOGS.get(catalog_language(language), ENGLISH)
        self.locale = Locale.parse(language.replace("-", "_")) if catalog_language(language) else Locale("en")
        self._constants: dict[str, Markup] = {}

    def _pick(self, key: str, count: int | None) -> str:
        message = self.table.get(key, ENGLISH.get(key))
        if message is None:
            raise KeyError(f"no message {key!r} in the catalog")
        if isinstance(message, tuple):
            return message[0] if count is not None and self.locale.plural_form(count) == "one" else message[1]
        return message

    def template(self, key: str) -> str:
        """The message as written, placeholders kept (a default for a template users may also
        configure, such as ``reply.template``)."""
        return self._pick(key, None)

    def text(self, key: str, count: int | None = None, **args: Any) -> str:
        """The message as plain text (for titles and data), placeholders filled in."""
        return self._pick(key, count).format(count=count, **args)

    def html(self, key: str, count: int | None = None, **args: Any) -> Markup:
        """The message as safe HTML: its text and every non-``Markup`` argument escaped (a
        message without arguments made once: templates print the same labels on every page)."""
        if count is None and not args:
            found = self._constants.get(key)
            if found is None:
                found = self._constants[key] = Markup(escape(self._pick(key, None))).format(count=None)
            return found
        return Markup(escape(self._pick(key, count))).format(count=count, **args)

    __call__ = html

    def long_date(self, day: dt.date) -> str:
        """A date in words: ``3 March 2026``, ``3. März 2026``."""
        return format_date(day, self.text("date.long"), locale=self.locale)

    def day(self, day: dt.date) -> str:
        """A short date with its weekday: ``Sat 28 Nov 2026``, ``Sa. 28. Nov. 2026``."""
        return format_date(day, self.text("date.day"), locale=self.locale)

    def time(self, moment: dt.datetime) -> str:
        """The time of day: ``20:00``."""
        return format_time(moment, self.text("date.time"), locale=self.locale)

    def moment(self, moment: dt.datetime, timezone: str) -> str:
        """A moment in the site's time zone: ``Sat 28 Nov 2026, 20:00 GMT`` (the zone's
        abbreviation from the tz database, the same in every language)."""
        local = moment.astimezone(ZoneInfo(timezone))
        return self.text("date.moment", day=self.day(local.date()), time=self.time(local), zone=local.tzname())

    def theme_strings(self) -> dict[str, str]:
        """The messages kbgen's Material overrides print (escaped: Material does not escape)."""
        return {key: str(self.html(key)) for key in THEME_KEYS}

    def client_strings(self) -> dict[str, str]:
        """The plain messages the site's scripts show, placeholders left for ``kbgenText(key, args)``."""
        return {key: self._pick(key, None) for key in CLIENT_KEYS}
