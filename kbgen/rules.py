"""Check rules as data: a stable name, a default level and a sentence saying what each finds.

Every finding kbgen reports beyond plain validation errors names a :class:`Rule`; the level a
rule reports at is its default here unless ``severity:`` in site_config.yml changes it
(``severity: {stale: error, no-owner: info}``), and ``--strict`` turns warnings into failures.
The core's rules are below; each component declares its own (``Component.rules``), and the
README's rule table is generated from all of them.
"""
from __future__ import annotations

from dataclasses import dataclass

from .errors import Diagnostic, Severity

#: What a finding without a rule (a front matter or config value that fails its schema) is
#: called in ``kbgen check`` output. Its level cannot be changed: invalid input is never built.
INVALID = "invalid"


@dataclass(frozen=True)
class Rule:
    """A check kbgen runs.

    Attributes:
        name: short stable name (``missing-anchor``), used in output and in ``severity:``.
        severity: the level it reports at unless site_config.yml changes it.
        doc: one sentence: what it finds (for the README's rule table).
        build: True when ``kbgen build`` runs it; False for review rules that only
            ``kbgen check`` runs (a date passing must not break a site build).
        check: True when ``kbgen check`` runs it (False for what only rendering finds).
    """

    name: str
    severity: Severity
    doc: str
    build: bool = True
    check: bool = True

    @property
    def run_by(self) -> str:
        """The commands that run it, for the README."""
        return ", ".join(name for name, runs in (("build", self.build), ("check", self.check)) if runs)

    def at(self, path: str, line: int, key: str, message: str, col: int = 0) -> Diagnostic:
        """A finding of this rule at its default level."""
        return Diagnostic(path, line, key, message, self.severity, self.name, col)


BROKEN_LINK = Rule("broken-link", Severity.ERROR,
                   "A link to an article that does not exist (a relative `.md` path, `/kb/<ID>/` or "
                   "`/articles/...`).")
LINK_TO_DRAFT = Rule("link-to-draft", Severity.ERROR,
                     "A published article links to a draft, which is not published.")
RENDER = Rule("render", Severity.WARNING, "MkDocs warned while rendering.", check=False)
SCRIPT = Rule("script", Severity.WARNING,
              "Raw HTML or an attribute list in Markdown that would run script (an event handler, "
              "`srcdoc`, a script URL, `<script>`); the site drops it (see Safety and limits).")
FILE_SHARE_LINK = Rule("file-share-link", Severity.WARNING,
                       "A link (Markdown or raw HTML) to a Windows file share (`\\\\server\\share`) or a Windows-style "
                       "path: no browser opens one from a web "
                       "page, so the page shows the link's text without the link; write the path in backticks.")
DROPPED_HTML = Rule("dropped-html", Severity.WARNING,
                    "A tag in Markdown that the site does not keep (`<meta>`, `<base>`, `<object>`, or a placeholder "
                    "written `<username>`): the page drops it with no trace; write a placeholder in backticks.")
PLACEHOLDER = Rule("placeholder", Severity.WARNING,
                   "A published article or an announcement still holds template text from `kbgen new`.")
MISSING_FILE = Rule("missing-file", Severity.WARNING,
                    "An image, or a link to a file, that is not beside the articles (it would show broken).")

CORE_RULES: tuple[Rule, ...] = (BROKEN_LINK, LINK_TO_DRAFT, RENDER, SCRIPT, FILE_SHARE_LINK, DROPPED_HTML, PLACEHOLDER,
                                MISSING_FILE)


def rule_table(rules: dict[str, Rule]) -> str:
    """A Markdown table of the rules for the README."""
    rows = ["| rule | default level | run by | finds |", "|---|---|---|---|"]
    for name in sorted(rules):
        rule = rules[name]
        rows.append(f"| `{name}` | {rule.severity.value} | {rule.run_by} | {rule.doc} |")
    return "\n".join(rows)
