"""``kbgen check`` as a library call: everything ``build`` validates, without rendering, plus
the review rules, in one sorted list of findings."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from ..build import known_rules, load_project, moment_checks, parse_now, review_findings, with_previous
from ..config import CONFIG_FILE
from ..content import ARTICLES, CONTENT_DIR, content_files
from ..files import CANNOT_READ_FOLDER, walk, walking_once
from ..errors import Diagnostic, Severity, did_you_mean
from ..model import Corpus
from ..status.load import ANNOUNCEMENTS
from .lint import UNKNOWN_RULE
from .output import ordered, plural


@dataclass(frozen=True)
class CheckResult:
    """What ``kbgen check`` found.

    Attributes:
        findings: every finding, sorted by file and line.
        articles: articles read.
        announcements: announcements read.
        unchecked: when site_config.yml could not be used, what was left unchecked, and the
            number of article and announcement files whose form alone was checked.
    """

    findings: tuple[Diagnostic, ...]
    articles: int = 0
    announcements: int = 0
    unchecked: tuple[int, int] | None = None

    def failed(self, strict: bool = False) -> bool:
        """True when a finding is an error (or, under ``strict``, a warning)."""
        bad = (Severity.ERROR, Severity.WARNING) if strict else (Severity.ERROR,)
        return any(item.severity in bad for item in self.findings)

    @property
    def checked(self) -> str:
        """What was checked, for the summary line (and, after a config error, what was not)."""
        if self.unchecked is not None:
            articles, announcements = self.unchecked
            return (f"site_config.yml has errors, so only the form of {plural(articles, 'article file')} and "
                    f"{plural(announcements, 'announcement file')} was checked (not their values, links, "
                    "review rules or the previous site)")
        return f"{plural(self.articles, 'article')}, {plural(self.announcements, 'announcement')} checked"


def unreadable(project: Path) -> bool:
    """True when a folder below the articles could not be read (its files are unknown)."""
    return any(d.message.startswith(CANNOT_READ_FOLDER) for d in walk(project, f"{CONTENT_DIR}/{ARTICLES.folder}")[1])


def unknown_rules(corpus: Corpus) -> list[Diagnostic]:
    """A warning for each ``severity:`` entry that names no rule (a typo changes nothing)."""
    known = known_rules()
    return [UNKNOWN_RULE.at(CONFIG_FILE, 0, f"severity.{name}",
                            f"no rule is called {name!r}{did_you_mean(name, known)}")
            for name in corpus.config.severity if name not in known]


def check_project(project: Path, now: str | dt.datetime | None = None,
                  previous: Path | None = None) -> CheckResult:
    """Check a project the way ``build`` validates it, with the review rules on top.

    ``previous`` is the site (or its ``api/articles.json``) the next build follows; default
    ``<project>/site``. Articles gone since then are findings (see :mod:`kbgen.permalinks`).

    Raises:
        KbgenError: ``now`` is not a moment, or ``previous`` cannot be read.
    """
    with walking_once():  # loading, counting the files and looking for unreadable folders: one walk
        return _check(Path(project), now, previous)


def _check(project: Path, now: str | dt.datetime | None, previous: Path | None) -> CheckResult:
    """:func:`check_project` within one walk of the content folders."""
    corpus, diagnostics = load_project(project, partial=True)
    if corpus is None:
        files = tuple(len(content_files(project, kind.folder)) for kind in (ARTICLES, ANNOUNCEMENTS))
        return CheckResult(tuple(ordered(diagnostics)), unchecked=files)
    moment = now if isinstance(now, dt.datetime) else parse_now(now, corpus.config.timezone)
    if len(content_files(project, ARTICLES.folder)) == len(corpus.articles) and not unreadable(project):
        # Only when every article loaded is the project compared with the previous site: an
        # article whose file has errors, or in a folder that cannot be read, would look deleted.
        corpus = with_previous(corpus, previous or project / "site", required=previous is not None)
    findings = diagnostics + moment_checks(corpus, moment) + review_findings(corpus, moment) + unknown_rules(corpus)
    return CheckResult(tuple(ordered(findings)), len(corpus.articles), len(corpus.announcements))
