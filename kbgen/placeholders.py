"""The text ``kbgen new`` writes for a writer to replace, and finding it left in.

Templates are built from fixed text and *placeholders* (:func:`placeholder`): sentences that
only say what belongs there ("First step."). ``check`` and ``build`` warn (rule
``placeholder``) about a published article or an announcement that still holds one, so a
template cannot reach employees by accident. The list comes from the templates themselves, so
the two cannot drift apart.
"""
from __future__ import annotations

import re

from .errors import Diagnostic
from .rules import PLACEHOLDER

RULE = PLACEHOLDER.name
PLACEHOLDERS: set[str] = set()
_LIST_MARKER = re.compile(r"^\s*(?:[-*+]|\d{1,9}[.)])\s+")


def placeholder(text: str) -> str:
    """Mark ``text`` as template text to be replaced; returns it unchanged."""
    PLACEHOLDERS.add(text)
    return text


ARTICLE_SUMMARY = placeholder("One sentence that tells people what this article solves.")
ARTICLE_BODIES = {
    "how-to": f"## Before you start\n\n- {placeholder('What you need.')}\n\n## Steps\n\n"
              f"1. {placeholder('First step.')}\n2. {placeholder('Second step.')}\n\n"
              "## If it does not work\n\nContact the service desk and tell us which step failed.\n",
    "troubleshooting": f"## Symptoms\n\n- {placeholder('What you see.')}\n\n## Why it happens\n\n"
                       f"{placeholder('The usual cause.')}\n\n## Fix it\n\n1. {placeholder('First step.')}\n"
                       f"2. {placeholder('Second step.')}\n\n## If it still does not work\n\n"
                       "Contact the service desk with the exact error message.\n",
    "faq": f"## The short answer\n\n{placeholder('One or two sentences.')}\n\n## More detail\n\n"
           f"{placeholder('What people usually ask next.')}\n",
    "explainer": f"## What happens\n\n{placeholder('Explain how the service desk works, in plain words.')}\n\n"
                 f"## What it means for you\n\n{placeholder('What people can expect and do.')}\n",
}
ANNOUNCEMENT_BODIES = {
    "incident": f"## What is happening\n\n{placeholder('Who is affected and what they see.')}\n\n"
                f"## What you can do meanwhile\n\n{placeholder('A workaround, if there is one.')}\n",
    "maintenance": f"## What changes\n\n{placeholder('What we are doing and why.')}\n\n"
                   f"## What you need to do\n\n"
                   f"{placeholder('Usually nothing; say what will not work during the window.')}\n",
    "notice": placeholder("What we improved, for whom, and what it means for them (in numbers if you can).") + "\n",
}


def placeholder_diagnostics(path: str, body: str, body_line: int, summary: str = "",
                            summary_line: int = 0) -> list[Diagnostic]:
    """A warning for each line of ``body`` (and the summary) that is still template text."""
    found = []
    if summary in PLACEHOLDERS:
        found.append(PLACEHOLDER.at(path, summary_line, "summary", _message(summary)))
    for number, line in enumerate(body.split("\n")):
        text = _LIST_MARKER.sub("", line).strip()
        if text in PLACEHOLDERS:
            found.append(PLACEHOLDER.at(path, body_line + number, "body", _message(text)))
    return found


def _message(text: str) -> str:
    return f"template text {text!r} is still here: replace it with the real text"
