"""The build pipeline: load and validate everything, then plan, then render and swap."""
from __future__ import annotations

import datetime as dt
import time
from dataclasses import dataclass
from pathlib import Path
from zoneinfo import ZoneInfo

from .content import load_corpus
from .errors import Diagnostic, KbgenError, Severity, ValidationFailed
from .model import Corpus


NOTHING_WRITTEN = "nothing was written"


@dataclass(frozen=True)
class BuildResult:
    """What a build did.

    Attributes:
        site_dir: where the site now is.
        pages: number of pages rendered.
        articles: number of published articles.
        diagnostics: warnings (and infos) of the run.
        seconds: wall time.
    """

    site_dir: Path
    pages: int
    articles: int
    diagnostics: tuple[Diagnostic, ...]
    seconds: float


def parse_now(value: str | None, timezone: str = "UTC", option: str = "--now") -> dt.datetime:
    """An ISO 8601 moment given on the command line as ``option`` (read in ``timezone`` when it
    has no offset); default: now.

    Raises:
        KbgenError: not a real date and time, or outside the years kbgen accepts.
    """
    from .schema import FIRST_YEAR, LAST_YEAR

    if not value:
        return dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
    try:
        moment = dt.datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        raise KbgenError(f"{option}: {value!r} is not an ISO 8601 date and time "
                         "such as 2026-03-01T09:00:00+00:00") from None
    if not FIRST_YEAR <= moment.year <= LAST_YEAR:
        raise KbgenError(f"{option}: {value!r} is out of range: use a year from {FIRST_YEAR} to {LAST_YEAR}")
    return moment if moment.tzinfo else moment.replace(tzinfo=ZoneInfo(timezone))


def load_valid_corpus(project: Path, strict: bool = False) -> tuple[Corpus, list[Diagnostic]]:
    """Load a project or raise :class:`ValidationFailed` listing every problem."""
    corpus, diagnostics = load_corpus(project)
    failed = any(d.severity is Severity.ERROR for d in diagnostics) or (
        strict and any(d.severity is Severity.WARNING for d in diagnostics))
    if corpus is None or failed:
        raise ValidationFailed(diagnostics)
    return corpus, diagnostics


def build_site(project: Path, out: Path | None = None, now: str | dt.datetime | None = None,
               strict: bool = False) -> BuildResult:
    """Build the site of ``project`` into ``out`` (default ``<project>/site``).

    Raises:
        ValidationFailed: the content has errors (or warnings under ``strict``); nothing written.
        KbgenError: the output folder cannot be used or rendering failed.
    """
    from .site.plan import plan_site
    from .site.render import render
    from .site.workdirs import clean_build_leftovers
    from .status import timed_diagnostics

    started = time.perf_counter()
    project = Path(project)
    out = output_folder(project, out)
    try:
        clean_build_leftovers(out)
    except OSError:
        pass  # a folder that cannot be cleaned now is tried again next time
    try:
        corpus, diagnostics = load_valid_corpus(project, strict)
    except ValidationFailed as exc:
        raise ValidationFailed(exc.diagnostics, outcome=NOTHING_WRITTEN) from None
    moment = now if isinstance(now, dt.datetime) else parse_now(now, corpus.config.timezone)
    diagnostics = diagnostics + timed_diagnostics(corpus, moment)  # checks that need --now
    if any(d.severity is Severity.ERROR or (strict and d.severity is Severity.WARNING) for d in diagnostics):
        raise ValidationFailed(diagnostics, outcome=NOTHING_WRITTEN)
    plan = plan_site(corpus, moment)
    try:
        warnings = render(plan, out, strict=strict)
    except OSError as exc:
        raise KbgenError(f"{out}: cannot write the site there: {os_reason(exc)}; {NOTHING_WRITTEN}") from None
    except RecursionError:
        raise KbgenError("rendering failed: a page nests lists, quotes or HTML too deeply (hundreds of "
                         f"levels); flatten it; {NOTHING_WRITTEN}") from None
    return BuildResult(out, len(plan.pages), len(corpus.published), tuple(diagnostics + warnings),
                       time.perf_counter() - started)


def os_reason(exc: OSError) -> str:
    """An operating system error in a few words, naming the file when there is one."""
    reason = exc.strerror or str(exc) or type(exc).__name__
    return f"{reason} ({exc.filename})" if exc.filename else reason


def output_folder(project: Path, out: Path | None) -> Path:
    """The absolute output folder (default ``<project>/site``).

    Raises:
        KbgenError: the folder is inside ``content/`` or ``theme/`` (each build would read, or
            nest inside, the one before), or it is the project or a folder holding it.
    """
    project_real, target = project.resolve(), Path(out or project / "site").resolve()
    for folder in ("content", "theme"):
        inner = project_real / folder
        if target == inner or target.is_relative_to(inner):
            raise KbgenError(f"--out {out}: is inside the project's {folder}/ folder, which kbgen reads; "
                             "write the site elsewhere (the default is <project>/site)")
    if project_real.is_relative_to(target):
        raise KbgenError(f"--out {out}: holds the project itself; write the site to a folder of its own "
                         "(the default is <project>/site)")
    return target
