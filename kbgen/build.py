"""The build pipeline: load and validate everything, then plan, then render and swap.

The pipeline runs over :data:`kbgen.components.COMPONENTS`; these functions are what the CLI
and the components' commands call to load a project with every component's content types and
config sections.
"""
from __future__ import annotations

import datetime as dt
import time
from dataclasses import dataclass
from pathlib import Path
from zoneinfo import ZoneInfo

from .component import config_sections, timed_checks
from .components import COMPONENTS
from .config import load_config
from .content import load_corpus
from .errors import Diagnostic, KbgenError, Severity, ValidationFailed
from .model import Corpus, SiteConfig
from .progress import NO_PROGRESS, Progress


NOTHING_WRITTEN = "nothing was written"
#: The parsed records of the project, in the site's cache folder.
RECORDS_FILE = "records.pickle"
#: What planners made from records (see :mod:`kbgen.memo`), in the site's cache folder.
MEMO_FILE = "memo.pickle"


@dataclass(frozen=True)
class BuildResult:
    """What a build did.

    Attributes:
        site_dir: where the site now is.
        pages: number of pages rendered.
        articles: number of published articles.
        diagnostics: warnings (and infos) of the run.
        seconds: wall time.
        rendered: pages rendered by this build (the others were reused).
        mode: how the site was replaced: clean, patch or swap (see :mod:`kbgen.site.publish`).
        changed: site paths written anew or removed by this build.
    """

    site_dir: Path
    pages: int
    articles: int
    diagnostics: tuple[Diagnostic, ...]
    seconds: float
    rendered: int = 0
    mode: str = "clean"
    changed: tuple[str, ...] = ()


def parse_now(value: str | None, timezone: str = "UTC") -> dt.datetime:
    """``--now``: an ISO 8601 moment (read in ``timezone`` without offset); default: now."""
    if not value:
        return dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
    try:
        moment = dt.datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        raise KbgenError(f"--now: {value!r} is not an ISO 8601 date and time "
                         "such as 2026-03-01T09:00:00+00:00") from None
    return moment if moment.tzinfo else moment.replace(tzinfo=ZoneInfo(timezone))


def load_project(project: Path, cache_file: Path | None = None) -> tuple[Corpus | None, list[Diagnostic]]:
    """Load and validate a project with every component; the corpus is None on errors
    (``cache_file``: parsed records kept between runs, see :mod:`kbgen.content_cache`)."""
    return load_corpus(project, COMPONENTS, cache_file)


def load_project_config(project: Path) -> SiteConfig:
    """The project's validated site_config.yml, or raise :class:`ValidationFailed`."""
    config, problems = load_config(project, config_sections(COMPONENTS))
    if config is None:
        raise ValidationFailed(problems)
    return config


def moment_checks(corpus: Corpus, now: dt.datetime) -> list[Diagnostic]:
    """Every component's checks that need the build moment (stale incidents ...)."""
    return timed_checks(COMPONENTS, corpus, now)


def load_valid_corpus(project: Path, strict: bool = False,
                      cache_file: Path | None = None) -> tuple[Corpus, list[Diagnostic]]:
    """Load a project or raise :class:`ValidationFailed` listing every problem."""
    corpus, diagnostics = load_project(project, cache_file)
    failed = any(d.severity is Severity.ERROR for d in diagnostics) or (
        strict and any(d.severity is Severity.WARNING for d in diagnostics))
    if corpus is None or failed:
        raise ValidationFailed(diagnostics)
    return corpus, diagnostics


def build_site(project: Path, out: Path | None = None, now: str | dt.datetime | None = None,
               strict: bool = False, use_cache: bool = True, progress: Progress = NO_PROGRESS,
               workers: int | None = None) -> BuildResult:
    """Build the site of ``project`` into ``out`` (default ``<project>/site``).

    Args:
        project: the project folder.
        out: the site folder.
        now: the build moment (``--now``; default: now).
        strict: warnings fail the build.
        use_cache: reuse what the last build into ``out`` left (False: a clean build).
        progress: where progress goes (silent by default).
        workers: render processes (default: every CPU; 1 renders in this process).

    Raises:
        ValidationFailed: the content has errors (or warnings under ``strict``); nothing written.
        KbgenError: the output folder cannot be used or rendering failed.
    """
    from .site.cache import cache_dir
    from .links import links_remembered
    from .memo import PlanMemo
    from .site.plan import plan_site
    from .site.pool import RenderPool
    from .site.publish import publish

    started = time.perf_counter()
    if isinstance(now, str):
        parse_now(now)  # a malformed --now fails before anything is read or written
    project = Path(project)
    out = Path(out) if out else project / "site"
    cache = cache_dir(out.resolve())
    if not use_cache:  # a clean build: what it makes is kept for the next one
        for name in (RECORDS_FILE, MEMO_FILE):
            (cache / name).unlink(missing_ok=True)
    memo = PlanMemo(cache / MEMO_FILE)
    with RenderPool(workers) as pool, links_remembered(memo):
        pool.start()  # before anything else: worker processes are forked from a quiet process
        progress.stage("loading")
        try:
            corpus, diagnostics = load_valid_corpus(project, strict, cache / RECORDS_FILE)
        except ValidationFailed as exc:
            raise ValidationFailed(exc.diagnostics, outcome=NOTHING_WRITTEN) from None
        moment = now if isinstance(now, dt.datetime) else parse_now(now, corpus.config.timezone)
        diagnostics = diagnostics + moment_checks(corpus, moment)
        if any(d.severity is Severity.ERROR or (strict and d.severity is Severity.WARNING) for d in diagnostics):
            raise ValidationFailed(diagnostics, outcome=NOTHING_WRITTEN)
        progress.stage("planning")
        plan = plan_site(corpus, moment, COMPONENTS, memo)
        result = publish(plan, out, strict=strict, use_cache=use_cache, pool=pool, progress=progress)
    memo.save()  # after publishing: late files (the search index) may use it too
    progress.close()
    return BuildResult(out, len(plan.pages), len(corpus.published), tuple(diagnostics) + result.warnings,
                       time.perf_counter() - started, result.rendered, result.mode, result.changed)
