"""``kbgen new announcement``: a new announcement file with the next free id of its type."""
from __future__ import annotations

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

from ..errors import BadOption, KbgenError
from ..placeholders import ANNOUNCEMENT_BODIES as BODIES
from ..model import SiteConfig
from ..scaffold import checked_title, existing_ids, next_id, write_new_file, yaml_text
from ..site.urls import slugify

ID_PREFIXES = {"incident": "INC", "maintenance": "MNT", "notice": "NTC"}
FIRST_STATE = {"incident": "investigating", "maintenance": "scheduled"}
def announcement_text(announcement_id: str, title: str, kind: str, services: tuple[str, ...],
                      start: dt.datetime) -> str:
    """The file text of a new announcement."""
    stamp = start.strftime("%Y-%m-%d %H:%M")
    front = [f"id: {announcement_id}", f"title: {yaml_text(title.strip())}", f"type: {kind}",
             f"services: [{', '.join(services)}]"]
    if kind == "incident":
        front.append("impact: minor")
    if kind in FIRST_STATE:
        front.append(f"state: {FIRST_STATE[kind]}")
    front.append(f"start: {stamp}")
    if kind == "maintenance":
        front.append(f"end: {(start + dt.timedelta(hours=2)).strftime('%Y-%m-%d %H:%M')}")
    if kind in FIRST_STATE:
        text = ("We are looking into it and will post an update within the hour."
                if kind == "incident" else "We have scheduled this maintenance.")
        front += ["updates:", f"  - at: {stamp}", f"    state: {FIRST_STATE[kind]}",
                  f"    text: {yaml_text(text)}"]
    return "---\n" + "\n".join(front) + "\n---\n" + BODIES[kind]


def new_announcement(project: Path, config: SiteConfig, title: str, kind: str,
                     services: tuple[str, ...] = (), start: dt.datetime | None = None) -> Path:
    """Create ``content/announcements/<date>-<slug>.md`` and return its path.

    Raises:
        KbgenError: empty title or the file exists (BadOption: an unknown service).
    """
    title = checked_title(title)
    known = [s.id for s in config.services]
    unknown = [s for s in services if s not in known]
    if unknown:
        told = ", ".join(repr(service) for service in dict.fromkeys(unknown))
        raise BadOption("--service", f"unknown service{'s' if len(set(unknown)) > 1 else ''} {told}; "
                                     f"known: {', '.join(known) or 'none'}")
    moment = (start or dt.datetime.now(dt.timezone.utc)).astimezone(ZoneInfo(config.timezone))
    moment = moment.replace(second=0, microsecond=0, tzinfo=None)
    prefix = f"{ID_PREFIXES[kind]}-{moment.year}-"
    announcement_id = next_id(existing_ids(project, "announcements"), prefix, width=3)
    # the id names it when the title has no letter in ASCII (another script)
    target = project / "content" / "announcements" / f"{moment:%Y-%m-%d}-{slugify(title, slugify(announcement_id))}.md"
    if target.exists():
        raise KbgenError(f"{target}: already exists; choose another title")
    write_new_file(target, announcement_text(announcement_id, title, kind, services, moment), project)
    return target
