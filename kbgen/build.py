"""The build pipeline: load and validate everything, then plan, then render and swap.

The pipeline runs over :data:`kbgen.components.COMPONENTS`; these functions are what the CLI
and the components' commands call to load a project with every component's content types and
config sections.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import gc
import shutil
import time
from dataclasses import dataclass
from pathlib import Path

from .component import config_sections, remembered, review_checks, rules, timed_checks
from .components import COMPONENTS
from .config import load_config
from .content import apply_severity, load_corpus
from .content_cache import collector_paused
from .errors import Diagnostic, FileError, KbgenError, Severity, ValidationFailed
from .files import walking_once
from .memo import PlanMemo, remembering
from .model import Corpus, PreviousFile, SiteConfig
from .moment import parse_now  # noqa: F401 - part of this module's API (kbgen.build.parse_now)
from .progress import NO_PROGRESS, Progress
from .rules import Rule


NOTHING_WRITTEN = "nothing was written"
#: Largest file read back from a previous site (a catalogue of 100,000 articles is ~100 MB).
MAX_PREVIOUS_BYTES = 256 * 1024 * 1024
#: The parsed records of the project (see :mod:`kbgen.content_cache`), a folder in the site's cache folder.
RECORDS_FILE = "records"
#: What planners made from records (see :mod:`kbgen.memo`), a folder in the site's cache folder.
MEMO_FILE = "memo"
#: Compiled templates (kbgen's and the theme's), in the site's cache folder.
TEMPLATES_FOLDER = "templates"


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
        archive: the zip of an offline build (None otherwise).
    """

    site_dir: Path
    pages: int
    articles: int
    diagnostics: tuple[Diagnostic, ...]
    seconds: float
    rendered: int = 0
    mode: str = "clean"
    changed: tuple[str, ...] = ()
    archive: Path | None = None


def load_project(project: Path, partial: bool = False,
                 cache_file: Path | None = None) -> tuple[Corpus | None, list[Diagnostic]]:
    """Load and validate a project with every component; the corpus is None on errors (unless
    ``partial``: then it holds the files that loaded). ``cache_file``: parsed records kept
    between runs (see :mod:`kbgen.content_cache`)."""
    return load_corpus(project, COMPONENTS, cache_file, partial)


def load_project_config(project: Path) -> SiteConfig:
    """The project's validated site_config.yml, or raise :class:`ValidationFailed`."""
    config, problems = load_config(project, config_sections(COMPONENTS))
    if config is None:
        raise ValidationFailed(problems)
    return config


def moment_checks(corpus: Corpus, now: dt.datetime) -> list[Diagnostic]:
    """Every component's checks that build and check run (stale incidents, links between
    articles, articles gone since the previous build ...), with ``severity:`` applied."""
    return apply_severity(timed_checks(COMPONENTS, corpus, now), corpus.config)


def review_findings(corpus: Corpus, now: dt.datetime) -> list[Diagnostic]:
    """Every component's review checks (``kbgen check`` only), with ``severity:`` applied."""
    return apply_severity(review_checks(COMPONENTS, corpus, now), corpus.config)


def known_rules() -> dict[str, Rule]:
    """Every rule of every component, by name."""
    return rules(COMPONENTS)


def shown_path(path: Path, project: Path) -> str:
    """A path as messages show it: relative to the project when inside it, else absolute."""
    try:
        return path.resolve().relative_to(project.resolve()).as_posix()
    except ValueError:
        return str(path.resolve())


def _read_previous_file(path: Path, project: Path) -> PreviousFile:
    """A previous file, read up to its size limit (a device such as /dev/zero has no size to
    check first, and a pipe would block: only regular files are read)."""
    if not path.is_file():
        raise KbgenError(f"{path}: not a regular file; is it a kbgen catalogue?")
    try:
        with path.open("rb") as handle:
            content = handle.read(MAX_PREVIOUS_BYTES + 1)
    except OSError as exc:
        raise KbgenError(f"{path}: cannot read it: {exc.strerror}") from None
    if len(content) > MAX_PREVIOUS_BYTES:
        raise KbgenError(f"{path}: larger than {MAX_PREVIOUS_BYTES // 2**20} MiB; is it a kbgen catalogue?")
    return PreviousFile(shown_path(path, project), content)


def read_previous(source: Path | None, project: Path, required: bool = False) -> dict[str, PreviousFile]:
    """What the previous build published: the files components remember, read from a site
    folder, or one such file (``--previous site/api/articles.json``, matched by its name, or
    taken as the only file components remember).

    Raises:
        KbgenError: ``required`` and ``source`` is missing, or a file no component remembers.
    """
    paths = remembered(COMPONENTS)
    if source is None or not source.exists():
        if required:
            raise KbgenError(f"--previous: {source} does not exist")
        return {}
    if source.is_dir():
        return {path: _read_previous_file(source / path, project) for path in paths if (source / path).is_file()}
    matching = [path for path in paths if Path(path).name == source.name] or (list(paths) if len(paths) == 1 else [])
    if not matching:
        names = ", ".join(Path(path).name for path in paths)
        raise KbgenError(f"--previous: {source} is neither a site folder nor a file kbgen reads back ({names})")
    return {matching[0]: _read_previous_file(source, project)}


def with_previous(corpus: Corpus, source: Path | None, required: bool = False) -> Corpus:
    """The corpus with what the previous build published (see :func:`read_previous`)."""
    return dataclasses.replace(corpus, previous=read_previous(source, corpus.project_dir, required))


def load_valid_corpus(project: Path, strict: bool = False,
                      cache_file: Path | None = None) -> tuple[Corpus, list[Diagnostic]]:
    """Load a project or raise :class:`ValidationFailed` listing every problem."""
    corpus, diagnostics = load_project(project, cache_file=cache_file)
    failed = any(d.severity is Severity.ERROR for d in diagnostics) or (
        strict and any(d.severity is Severity.WARNING for d in diagnostics))
    if corpus is None or failed:
        raise ValidationFailed(diagnostics)
    return corpus, diagnostics


def build_site(project: Path, out: Path | None = None, now: str | dt.datetime | None = None,
               strict: bool = False, offline: bool = False, previous: Path | None = None,
               use_cache: bool = True, progress: Progress = NO_PROGRESS,
               workers: int | None = None, left_to_exit: list | None = None) -> BuildResult:
    """Build the site of ``project`` into ``out`` (default ``<project>/site``).

    Args:
        project: the project folder.
        out: the site folder.
        now: the build moment (``--now``; default: now).
        strict: warnings fail the build.
        offline: a copy that works opened from disk, plus a zip of it beside ``out``.
        previous: the site (or its ``api/articles.json``) this build follows, to keep the URLs
            it published; default: the site in ``out``.
        use_cache: reuse what the last build into ``out`` left (False: a clean build).
        progress: where progress goes (silent by default).
        workers: render processes (default: every CPU; 1 renders in this process).
        left_to_exit: where the build's memo, plan and records go instead of being freed, for a
            process about to end (the ``kbgen`` command); None frees them here.

    Raises:
        ValidationFailed: the content has errors (or warnings under ``strict``); nothing written.
        KbgenError: the output folder cannot be used or rendering failed.
    """
    from .site.cache import written_by_this_code
    from .site.pool import RenderPool
    from .site.workdirs import clean_build_leftovers

    started = time.perf_counter()
    if isinstance(now, str):
        parse_now(now)  # a malformed --now fails before anything is read or written
    project = Path(project)
    out = output_folder(project, out)
    try:
        clean_build_leftovers(out)
    except OSError:
        pass  # a folder that cannot be cleaned now is tried again next time
    try:
        cache = build_cache(out, use_cache)
    except OSError as exc:  # e.g. an output path below a file: nothing is written
        raise FileError(str(out), f"cannot write the site there: {os_reason(exc)}; {NOTHING_WRITTEN}") from None
    first = not cache.exists()  # a first build that fails leaves no cache folder behind
    try:
        with RenderPool(workers) as pool:
            if not use_cache or not written_by_this_code(out):
                pool.start()  # a clean build: workers forked before anything else, from a quiet process
            # The cycle collector is paused from here (after the workers of a clean build are
            # forked: they render with it running) until the memo, the records and the plan are
            # let go: it would walk them again and again, all alive to the end. Loading and
            # planning leave little cyclic garbage (~2,300 objects after one edit at 3,000
            # articles, freed by the next collection); rendering many pages leaves more, so it
            # runs then (see SiteBuild.render_pages). Its collections were ~15% of one edit's
            # CPU (0.3 of 2.1 s at 3,000 articles).
            with collector_paused():
                memo = PlanMemo(cache / MEMO_FILE)
                with remembering(memo), walking_once():
                    result, plan, corpus, diagnostics = _planned_and_published(
                        project, out, now, strict, offline, previous, use_cache, cache, pool, memo, progress)
                try:
                    memo.save()  # after publishing: late files (the search index) may use it too
                except OSError:
                    pass  # a memo that cannot be saved only makes the next build slower
                pages, articles = len(plan.page_paths), len(corpus.published)
                if left_to_exit is not None:  # the process ends without freeing them, and
                    left_to_exit.extend((memo, plan, corpus))
                    gc.freeze()  # the collector, running again, need not walk them either
                del memo, plan, corpus  # freed while the collector still waits (unless kept)
    except BaseException as exc:
        if first:
            shutil.rmtree(cache, ignore_errors=True)
        if isinstance(exc, OSError):  # say which file failed and why (a full disk, a file taken away ...)
            raise FileError(str(exc.filename or out), f"{exc.strerror or exc} (while building the site into "
                            f"{out}); {NOTHING_WRITTEN}") from None
        if isinstance(exc, RecursionError):
            raise KbgenError("rendering failed: a page nests lists, quotes or HTML too deeply (hundreds of "
                             f"levels); flatten it; {NOTHING_WRITTEN}") from None
        raise
    progress.close()
    return BuildResult(out, pages, articles, tuple(diagnostics) + result.warnings,
                       time.perf_counter() - started, result.rendered, result.mode, result.changed,
                       result.archive)


def _planned_and_published(project: Path, out: Path, now: str | dt.datetime | None, strict: bool, offline: bool,
                           previous: Path | None, use_cache: bool, cache: Path, pool, memo: PlanMemo,
                           progress: Progress) -> tuple:
    """Load, plan and publish (see :func:`build_site`): the publishing result, the plan, the
    corpus and the run's diagnostics."""
    from .site.plan import plan_site
    from .site.publish import previous_manifest, publish

    progress.stage("loading")
    corpus, moment, diagnostics = _checked_corpus(project, out, now, strict, previous, cache / RECORDS_FILE)
    progress.stage("planning")
    # The last build's page index: units none of whose inputs changed are kept unplanned (an
    # offline copy plans them all: its data files are read back from each one).
    read = previous_manifest(out, use_cache) if not offline else None
    plan = plan_site(corpus, moment, COMPONENTS, memo, cache / TEMPLATES_FOLDER,
                     (read.units, read.values) if read is not None else None)
    result = publish(plan, out, strict=strict, use_cache=use_cache, offline=offline, pool=pool,
                     progress=progress, compiled=cache / TEMPLATES_FOLDER, read=read)
    return result, plan, corpus, diagnostics


def build_cache(out: Path, use_cache: bool) -> Path:
    """The cache folder of the site in ``out``; without ``use_cache`` (a clean build) the
    records, memo and compiled templates of the last build are dropped first (what this build
    makes is kept)."""
    from .site.cache import cache_dir

    cache = cache_dir(out.resolve())
    for single in ("memo.pickle", "records.pickle"):  # the memo's and the records' one file of earlier versions
        (cache / single).unlink(missing_ok=True)
    if not use_cache:
        for folder in (RECORDS_FILE, MEMO_FILE, TEMPLATES_FOLDER):
            shutil.rmtree(cache / folder, ignore_errors=True)
    return cache


def _checked_corpus(project: Path, out: Path, now: str | dt.datetime | None, strict: bool,
                    previous: Path | None, records: Path) -> tuple[Corpus, dt.datetime, list[Diagnostic]]:
    """The valid corpus (with what the previous build published), the build moment and the
    run's diagnostics, or raise :class:`ValidationFailed` saying nothing was written."""
    try:
        corpus, diagnostics = load_valid_corpus(project, strict, records)
    except ValidationFailed as exc:
        found = list(exc.diagnostics)
        raise ValidationFailed(found + _checks_between_files(project, now, found), outcome=NOTHING_WRITTEN) from None
    moment = now if isinstance(now, dt.datetime) else parse_now(now, corpus.config.timezone)
    corpus = with_previous(corpus, Path(previous) if previous else out, required=previous is not None)
    diagnostics = diagnostics + moment_checks(corpus, moment)
    if any(d.severity is Severity.ERROR or (strict and d.severity is Severity.WARNING) for d in diagnostics):
        raise ValidationFailed(diagnostics, outcome=NOTHING_WRITTEN)
    return corpus, moment, diagnostics


def _checks_between_files(project: Path, now: str | dt.datetime | None, found: list[Diagnostic]) -> list[Diagnostic]:
    """The checks between files (a retired article replaced by a draft, links between articles) run
    on the files that did load, as ``kbgen check`` runs them: a build that stops at one file's errors
    still says every error of the run, not one more with each fix. Without the previous site (an
    article whose file has errors would look deleted)."""
    try:
        corpus, _ = load_project(project, partial=True)
        if corpus is None:
            return []
        moment = now if isinstance(now, dt.datetime) else parse_now(now, corpus.config.timezone)
    except KbgenError:  # the errors already found say what is wrong
        return []
    return [d for d in moment_checks(corpus, moment) if d not in found]


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
