"""site_config.yml: the schema, its defaults and loading.

Only ``site_name`` is required. Every core key is declared once below with its default and a
sentence of documentation; components add their own sections (``search:``, ``status:`` ...)
through :func:`site_schema`. The README's reference is generated from these declarations.
"""
from __future__ import annotations

import functools
import re
from pathlib import Path
from urllib.parse import SplitResult, urlsplit
from typing import Any, Mapping, Sequence
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from . import schema as s
from .errors import Diagnostic, did_you_mean
from .links import host_problem, is_email, is_script_url, links_to_web, tel_uri
from .messages import CATALOGS, catalog_language
from .model import ContactChannel, Service, SiteConfig
from .snippets import reply_check
from .source import MAX_CONFIG_BYTES, YamlDoc, parse_yaml, read_text

CONFIG_FILE = "site_config.yml"
#: Upper bounds of the day counts (a day count feeds date arithmetic and the size of pages).
MAX_INTERVAL_DAYS = 36_500  # review intervals: a century
MAX_WINDOW_DAYS = 3_660  # status windows: ten years
MAX_HISTORY_DAYS = 730  # one bar per day and service on the status page: two years
#: Most services in site_config.yml: every announcement and the status page walk them all.
MAX_SERVICES = 300
CONTACT_KINDS = ("phone", "email", "chat", "portal", "walk-up", "other")
#: The kinds whose value is an address (a chat's or a portal's https:// URL, which
#: ``links.contact_href`` links to): one a browser reads as a script or data URL is refused. Walk-up
#: and other values are free text ("Data: room 2.14" is a room, not a data URL).
ADDRESS_KINDS = ("chat", "portal")


def _language(value: Any) -> str:
    """A language code whose interface strings kbgen has (``de``, ``en-GB``)."""
    code = s.text(r"[a-z]{2}(-[A-Za-z]{2})?", "must be a language code like en")(value)
    if not catalog_language(code):
        raise s.Invalid(f"{s.shown(code)}: kbgen has no interface strings in this language; "
                        f"available: {', '.join(CATALOGS)}")
    return code


#: Names in the zone folder that are this machine's own setting, not a place: ``localtime`` links
#: to /etc/localtime and ``posixrules`` often does (the same project would build other dates on a
#: laptop than in CI); and the ``right/`` copies, which count leap seconds (every time 27 s off).
_NOT_PLACES = re.compile(r"(localtime|posixrules|right/.*)")


#: The characters no URL holds unencoded (RFC 3986): quotes and angle brackets would end an
#: attribute or a tag.
_URL_TEXT = s.text(r"https?://[^\s\"<>\\^`{|}]+", "must be an http(s) URL (no spaces, quotes or angle brackets; "
                               "percent-encode them)")


def _site_url(value: Any) -> str:
    """The site's public address: every page, feed entry and sitemap line is this followed by a
    path, so it holds no query or fragment (``?x=1`` gave ``/kb/?x=1/``), no user name or
    password (published in every page), a port that exists, and a host that is the one it shows
    (:func:`kbgen.links.host_problem`, the check of every address)."""
    url = _URL_TEXT(value)
    try:
        parts = urlsplit(url)
        host = parts.hostname
    except ValueError as exc:  # brackets that hold no IPv6 address
        raise s.Invalid(f"{s.shown(url)} has no valid host ({exc})") from None
    if problem := _site_url_problem(url, parts, host):
        raise s.Invalid(f"{s.shown(url)} {problem}")
    return url


def _site_url_problem(url: str, parts: SplitResult, host: str | None) -> str:
    """What is wrong with the site address ``url`` (split into ``parts``), said after it, or ''."""
    if not host:
        return "has no host name"
    if "@" in parts.netloc:  # said before host_problem's "another host": what a site address with one does too
        return "holds a user name or password, which every page would publish"
    if problem := host_problem(url):
        return problem
    try:
        port_ok = parts.port is None or parts.port > 0
    except ValueError:
        port_ok = False
    if not port_ok:
        return "has a port outside 1-65535"
    if parts.query or parts.fragment or url.endswith(("?", "#")):
        return "has a query (?...) or a fragment (#...); the site's pages follow its path"
    return ""


def _timezone(value: Any) -> str:
    """An IANA zone that names a place (see :data:`_NOT_PLACES`)."""
    name = s.text()(value)
    try:
        ZoneInfo(name)
        if _NOT_PLACES.fullmatch(name):
            raise ValueError(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):  # OSError: a folder of zones, a name too long
        close = _zones_by_case().get(name.lower())  # read only here: listing the zones takes ~0.2 s
        hint = f' (did you mean "{close}"?)' if close and close != name else ""
        raise s.Invalid(f"{s.shown(name)} is not an IANA time zone such as Europe/London{hint}") from None
    return name


@functools.lru_cache(maxsize=1)
def _zones_by_case() -> dict[str, str]:
    """The installed IANA zones (``tzdata`` or the system's) by lower-case name."""
    return {name.lower(): name for name in available_timezones() if not _NOT_PLACES.fullmatch(name)}


#: Why a value is no mail address a ``mailto:`` link can take as it is.
NOT_ONE_ADDRESS = "is not one mail address such as help@example.com (no spaces, '?', '%', '&', ',' or '<>')"


def mail_address(value: Any) -> str:
    """A schema check: one mail address (a ``mailto:`` link to it writes to it alone: a ',', a
    '?bcc=' or an encoded one added recipients)."""
    address = s.text()(value)
    if not is_email(address):
        raise s.Invalid(f"{s.shown(address)} {NOT_ONE_ADDRESS}")
    return address


CONTACT_SCHEMA = s.Schema("contact channel", {
    "kind": s.Field(s.choice(*CONTACT_KINDS), True, doc="phone, email, chat, portal, walk-up or other."),
    "label": s.Field(s.text(one_line=True), True, doc="What the channel is called."),
    "value": s.Field(s.text(), True, doc="The number, address or URL."),
    "hours": s.Field(s.text(), default="", doc="When it is staffed."),
    "remote_note": s.Field(s.text(), default="", doc="Advice for remote and overseas staff."),
})

SERVICE_SCHEMA = s.Schema("service", {
    "id": s.Field(s.text(r"[a-z0-9][a-z0-9-]{0,63}", "must be up to 64 lower-case letters, digits and '-'"),
                  True, doc="Short stable id used in front matter."),
    "name": s.Field(s.text(one_line=True), True, doc="Display name."),
    "description": s.Field(s.text(), default="", doc="Shown on the service page."),
    "group": s.Field(s.text(one_line=True), default="", doc="Optional heading that groups services."),
})

REVIEW_SCHEMA = s.Schema("review", {
    "default_interval_days": s.Field(s.integer(1, MAX_INTERVAL_DAYS), default=365,
                                     doc="Days after which an article is due for review."),
    # Search results and link previews show about two lines of a phone screen: ~160 characters.
    "summary_max_chars": s.Field(s.integer(20), default=160,
                                 doc="Longest summary `kbgen check` accepts (rule `long-summary`)."),
})

MARKDOWN_SCHEMA = s.Schema("markdown", {
    "raw_html": s.Field(s.boolean, default=True,
                        doc="Keep HTML that writers put in their Markdown (minus anything that runs "
                            "script); false reduces it to Markdown's own markup."),
})


def _severity_levels(value: Any) -> dict:
    if not isinstance(value, dict):
        raise s.Invalid("expected a mapping of rule: error|warning|info")
    check = s.choice("error", "warning", "info")
    result = {}
    for rule, level in value.items():
        try:
            result[str(rule)] = check(level)
        except s.Invalid as exc:
            raise s.Invalid(exc.message, (rule,)) from None
    return result


#: The core keys; components add their sections before ``severity`` (see :func:`site_schema`).
CORE_FIELDS: dict[str, s.Field] = {
    "site_name": s.Field(s.text(one_line=True), True, doc="Name shown in the header and the browser tab."),
    "site_url": s.Field(_site_url, default="", doc="Public URL of the site (canonical links, feeds, sitemap)."),
    "organisation": s.Field(s.text(one_line=True), default="", doc="Your organisation's name."),
    "description": s.Field(s.text(), default="", doc="One sentence under the home page heading."),
    "timezone": s.Field(_timezone, default="UTC",
                        doc="IANA time zone for dates without an offset."),
    "language": s.Field(_language, default="en",
                        doc="Language of the interface, dates and the pages' `lang`: "
                            f"{', '.join(CATALOGS)} (a region may follow: `en-GB`)."),
    "id_prefix": s.Field(s.text(r"[A-Z]{1,8}", "must be 1-8 capital letters"), default="KB",
                         doc="Prefix of article ids (KB0001)."),
    "contact": s.Field(s.list_of(s.mapping(CONTACT_SCHEMA), max_items=50), default=(),
                       doc="Ways to reach the service desk: kind, label, value, hours, remote_note."),
    "services": s.Field(s.list_of(s.mapping(SERVICE_SCHEMA), max_items=MAX_SERVICES), default=(),
                        doc=f"Services: id, name, description, group (at most {MAX_SERVICES})."),
    "featured": s.Field(s.list_of(s.text(), unique=True), default=(),
                        doc="Article ids the home page lists as popular (default: the most recently updated)."),
    "review": s.Field(s.mapping(REVIEW_SCHEMA), default=dict,
                      doc="`default_interval_days` (365): review interval of articles; "
                          "`summary_max_chars` (160): longest summary."),
    "reply_template": s.Field(reply_check, default="",
                              doc="The agents' reply (Copy reply, `kbgen link`): `{title}`, `{id}`, "
                                  "`{url}`, `{summary}` (see For agents)."),
    "markdown": s.Field(s.mapping(MARKDOWN_SCHEMA), default=dict,
                        doc="`raw_html` (true): whether writers' HTML is kept (see Safety and limits)."),
}
SEVERITY_FIELD = s.Field(_severity_levels, default=dict,
                         doc="Change a check's level: `rule: level`, level being error, warning or info.")


def site_schema(sections: Mapping[str, s.Field]) -> s.Schema:
    """The whole site_config.yml: core keys, the components' sections, then ``severity``."""
    return s.Schema("site_config.yml", {**CORE_FIELDS, **sections, "severity": SEVERITY_FIELD})


def known_service(config: SiteConfig) -> s.Check:
    """A service id declared under ``services`` in site_config.yml."""
    ids = [service.id for service in config.services]

    def check(value: Any) -> str:
        word = s.text()(value)
        if word not in ids:
            known = ", ".join(ids) if ids else "none are declared in site_config.yml"
            raise s.Invalid(f"unknown service {s.shown(word)}{did_you_mean(word, ids)}; known: {known}")
        return word
    return check


def _contact_values(doc: YamlDoc, contact: tuple[dict, ...]) -> list[Diagnostic]:
    """A phone channel's value must be a number (dialled as written: ``tel:``), an email
    channel's one address (``mailto:``): a value that is neither made a link that dialled
    another number or sent a copy elsewhere. A chat or portal value (an address) is no script
    or data URL; free-text channels (walk-up, other) may start with any word and a colon."""
    problems = []
    for index, channel in enumerate(contact):
        value, problem = channel["value"], ""
        if channel["kind"] == "phone" and tel_uri(value) is None:
            problem = ("is not a phone number: write digits, spaces and ()-./, with + and the country code for "
                       "an international one (an extension as 'ext. 12')")
        elif channel["kind"] == "email" and not is_email(value):
            problem = NOT_ONE_ADDRESS
        elif channel["kind"] in ADDRESS_KINDS and is_script_url(value, any_data=True):  # as a browser decodes it: &#58;, tabs, case ...
            problem = ("is a script or data URL, which no page links to (it showed as text); write the "
                       "https:// address of the chat or portal")
        elif channel["kind"] in ADDRESS_KINDS or links_to_web(value):  # every address a page links to
            problem = host_problem(value)
        if problem:
            problems.append(Diagnostic(doc.path, doc.line_of("contact", index, "value"), f"contact.{index}.value",
                                       f"{s.shown(value)} {problem}"))
    return problems


def _duplicate_services(doc: YamlDoc, services: tuple[dict, ...]) -> list[Diagnostic]:
    seen: dict[str, int] = {}
    problems = []
    for index, service in enumerate(services):
        if service["id"] in seen:
            problems.append(Diagnostic(doc.path, doc.line_of("services", index, "id"), f"services.{index}.id",
                                       f"duplicate service id {service['id']!r} "
                                       f"(first used in services.{seen[service['id']]})"))
        seen.setdefault(service["id"], index)
    return problems


def config_from_values(values: dict, sections: Mapping[str, s.Field] | None = None,
                       lines: Sequence[int] = ()) -> SiteConfig:
    """Build the typed config record from validated values (``sections``: the components';
    ``lines``: the line of each ``featured`` id)."""
    return SiteConfig(
        site_name=values["site_name"], site_url=values["site_url"],
        organisation=values["organisation"], timezone=values["timezone"],
        language=values["language"], id_prefix=values["id_prefix"],
        description=values["description"],
        contact=tuple(ContactChannel(**c) for c in values["contact"]),
        services=tuple(Service(**v) for v in values["services"]),
        review_interval_days=(values["review"] or {}).get("default_interval_days") or 365,
        featured=tuple(values["featured"]), featured_lines=tuple(lines or ()),
        summary_max_chars=(values["review"] or {}).get("summary_max_chars") or 160,
        reply_template=values["reply_template"],
        sections={key: values[key] or {} for key in sections or {}}, severity=values["severity"] or {},
        raw_html=(values["markdown"] or {}).get("raw_html", True) is not False,
    )


def load_config(project_dir: Path, sections: Mapping[str, s.Field]) -> tuple[SiteConfig | None, list[Diagnostic]]:
    """Read and validate ``site_config.yml`` of a project; report every problem.

    Args:
        project_dir: the project folder.
        sections: the components' sections (:func:`kbgen.component.config_sections`).
    """
    path = project_dir / CONFIG_FILE
    if path.is_dir():
        return None, [Diagnostic(CONFIG_FILE, 0, "", "is a folder, not a file: a kbgen project needs a "
                                 "site_config.yml file with at least site_name")]
    if not path.is_file():
        return None, [Diagnostic(CONFIG_FILE, 0, "", f"not found in {project_dir}: "
                                 "a kbgen project needs a site_config.yml with at least site_name")]
    text, diagnostics = read_text(path, CONFIG_FILE, MAX_CONFIG_BYTES)
    if text is None:
        return None, diagnostics
    doc, diagnostics = parse_yaml(text, CONFIG_FILE)
    if doc is None:
        return None, diagnostics
    if not isinstance(doc.data, dict):
        return None, [Diagnostic(CONFIG_FILE, 1, "", "must be a mapping of keys (site_name: ...)")]
    values, diagnostics = s.validate(site_schema(sections), doc)
    if values is None:
        return None, diagnostics
    diagnostics = _contact_values(doc, values["contact"]) + _duplicate_services(doc, values["services"])
    if diagnostics:
        return None, diagnostics
    lines = [doc.line_of("featured", index) for index in range(len(values["featured"]))]
    return config_from_values(values, sections, lines), []
