"""``kbgen init``: a new project that builds and passes ``kbgen check`` at once.

It holds a commented ``site_config.yml`` (every top-level key shown, the optional ones
commented out), one how-to article, one "Life on the service desk" explainer and one notice,
each complete (owner, summary, services, review date), so a newcomer edits working examples
instead of copying the demo. It never replaces a file: a folder that already holds a project
is refused.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from .errors import KbgenError
from .scaffold import write_new_file

CONFIG = """\
# The settings of your help site. Only site_name is required; every other key has a default.
# Each key is described in the README (site_config.yml). Lines starting with # are comments.

# Shown in the header of every page and in the browser tab.
site_name: IT Help
# The public address of the site: copied links, feeds and the sitemap use it.
# site_url: https://help.example.com/
# Your organisation's name, shown in the footer.
organisation: Example Ltd
# One sentence under the search box on the home page.
description: Answers to everyday IT questions, and a real person whenever you need one.
# Dates and times written without an offset are read in this time zone (IANA name).
timezone: Europe/London
language: en
# Article ids are this prefix and a number: KB0001, KB0002 ... (kbgen new article picks the next).
id_prefix: KB

# Every way to reach the service desk: on the home page, the Contact page and every page's footer.
# kind is phone, email, chat, portal, walk-up or other; remote_note helps people abroad.
contact:
  - kind: phone
    label: Service desk
    value: "+44 20 7946 0000"
    hours: Monday to Friday, 08:00-18:00
    remote_note: The same number works from anywhere; from abroad, call it over Wi-Fi.
  - kind: email
    label: Email
    value: help@example.com
    hours: Answered within one working day

# The services people use. Articles and announcements name them by id; each gets a page.
services:
  - id: accounts
    name: Accounts and passwords
    description: Signing in, passwords and multi-factor authentication.
  - id: email
    name: Email and calendar
    description: Mailboxes, calendars and shared mailboxes.

# featured: [KB0001]             # articles the home page lists as popular (default: the latest updated)
# review:
#   default_interval_days: 365   # an article is due for review this many days after `reviewed`
# reply_template: "This article should help: {title}\\n{url}"   # what agents copy into a ticket reply
# feedback:
#   email: servicedesk@example.com  # "Was this helpful?" on articles: a form url or an e-mail address
# search:
#   synonyms:                     # words people use for the same thing, one list per meaning
#     - [mfa, 2fa, two-factor, authenticator]
# status:
#   banner_hours: 24              # planned maintenance shows in the banner this long before it starts
# tickets: {}                     # how kbgen suggest reads your ticket exports (see Suggest)
# markdown:
#   raw_html: true                # false: HTML in articles is reduced to Markdown's own markup
# severity:
#   no-owner: error               # change a check's level: error, warning or info
"""

ARTICLE = """\
---
id: KB0001
title: Reset your password
summary: Choose a new password yourself in two minutes, from any browser.
type: how-to
services: [accounts]
tags: [password]
keywords: [forgotten password, locked out]
owner: Service desk
created: {day}
reviewed: {day}
---
## Before you start

- Your phone, to approve the sign-in.

## Steps

1. Open the sign-in page and choose **Forgot password**.
2. Approve the request on your phone.
3. Type a new password twice and choose **Save**.

## If it does not work

Call the service desk and tell us which step failed: we can reset it for you while you wait.
See also [how we prioritise tickets](../service-desk/how-we-prioritise-tickets.md).
"""

EXPLAINER = """\
---
id: KB0002
title: How we prioritise tickets
summary: Why some tickets are answered first, and how to tell us something is urgent.
type: explainer
services: [accounts, email]
owner: Service desk
created: {day}
reviewed: {day}
---
Every ticket gets a priority from two questions: how many people are affected, and how soon
the problem stops work.

## What it means for you

- If you cannot work at all, phone us: a call is answered before any email.
- If many people are affected, say so: we look at those first.
"""

NOTICE = """\
---
id: NTC-{year}-001
title: Welcome to the new help site
type: notice
services: [accounts]
start: {moment}
---
Search the site first: most questions are answered here in a minute, any time of day.
"""

#: What ``init`` writes, relative to the project folder (``{day}`` etc. filled in).
FILES = {
    "site_config.yml": CONFIG,
    "content/articles/accounts/reset-your-password.md": ARTICLE,
    "content/articles/service-desk/how-we-prioritise-tickets.md": EXPLAINER,
    "content/announcements/{date}-welcome-to-the-new-help-site.md": NOTICE,
}


def init_project(folder: Path, now: dt.datetime | None = None) -> list[Path]:
    """Create a new project in ``folder`` (made if missing); returns the files written.

    Raises:
        KbgenError: ``folder`` already holds a project (site_config.yml or content/).
    """
    folder = Path(folder)
    existing = [name for name in ("site_config.yml", "content") if (folder / name).exists()]
    if existing:
        raise KbgenError(f"{folder}: already holds a kbgen project ({', '.join(existing)}); "
                         "nothing was changed. Start a new project in an empty folder: kbgen init NEW-FOLDER")
    day = (now or dt.datetime.now()).date()
    values = {"day": day.isoformat(), "year": day.year, "moment": f"{day.isoformat()} 00:00",
              "date": day.isoformat()}
    written = []
    for relative, text in FILES.items():
        target = folder / relative.format(**values)
        write_new_file(target, text.format(**values) if relative.endswith(".md") else text)
        written.append(target)
    if not (folder / ".gitignore").exists():
        write_new_file(folder / ".gitignore", "# the built site: kbgen build writes it\n/site/\n")
        written.append(folder / ".gitignore")
    return written
