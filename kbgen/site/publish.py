"""Publishing a planned site: render what changed, reuse the rest, replace the site safely.

Every file of the site gets a key, a hash of what it is made from:

- a page: the frame (the generated MkDocs config with kbgen's theme data, the theme folder, the
  versions of kbgen, MkDocs, Material, Markdown and Pygments) and the page's own meta and
  Markdown. Before rendering its Markdown, the digest of the page's declared inputs is compared
  (:mod:`kbgen.site.inputs`): when it and the frame are unchanged, so is the page;
- a planned file (search index, feeds, redirects): its bytes; an article's asset: its size,
  modification time, inode and change time (an asset edited in place to the same size, its
  modification time set back, has moved its change time); the theme's files and pages (``404.html``, ``sitemap.xml``): the frame,
  and for the sitemap the list of pages and the build date.

A file is reused when its key is unchanged, the file on disk is still the one kbgen wrote, and
the link targets its page looked up still exist (or still do not): see :mod:`kbgen.site.cache`.

Nothing in the site changes until every page rendered without error (and without warnings under
``--strict``). Then either the few changed files are moved into place one by one ("patch",
each an atomic rename, all or nothing: see :class:`Patch`), or, for a first build or when many
files change, a complete new folder (unchanged files hard-linked from the old one) replaces the
site in two renames ("swap").
"""
from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
import shutil
import sys
import threading
from concurrent.futures import Future
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Iterable, Iterator

import yaml

from ..content_cache import code_version, collector_running
from ..errors import Diagnostic, FileError, KbgenError, Severity, ValidationFailed
from ..progress import NO_PROGRESS, Progress
from ..waits import Stopped, joined, result_of, started
from .cache import (MANIFEST, Entry, FolderTime, Manifest, bytes_digest, cache_dir, file_digest, file_stat,
                    folder_times, folders_of, load_manifest, locked, reusable, save_manifest, still_current,
                    still_written, untracked_files)
from .inputs import digests_of
from .model import Page, SitePlan
from .reuse import expand, expand_all
from .urls import reads_as_scheme
from .mkdocs_pages import MkDocsRenderer, PageJob, SiteLayout, page_dest, walk_order
from .pool import PageFailed, PoolBroken, RenderPool, RenderSetup, WrittenPage, failure, render_and_write
from .offline import DATA_SUFFIXES, data_files, offline_bytes, write_zip
from .render import (MARKER, _mkdocs_environment, article_assets, check_output_dir, markdown_as_read,
                     mkdocs_config, mkdocs_page, offline_zip_path, overrides_templates, prepare_theme,
                     swap_into_place)
from .workdirs import build_folder, signals_deferred
from .late import late_files_made, make_late, settle_abandoned
from .patch import Patch

#: A build moves changed files into the live site when at most this share of them changes;
#: above it, a new folder (unchanged files linked from the old one) replaces the site at once.
PATCH_SHARE = 0.1
#: Fewer pages than this render in this process (starting MkDocs in workers costs more).
IN_PROCESS = 40
#: The file the render workers set up from, in the build folder.
SETUP_FILE = "setup.pickle"
#: The job of a page kept from the last build (it is not rendered), and of one rendered.
REUSED, RENDERED = "reused", "rendered"
MARKER_TEXT = b"This folder is written by kbgen build and replaced on every build.\n"
LIBRARIES = ("mkdocs", "mkdocs-material", "markdown", "pymdown-extensions", "pygments", "jinja2")


@dataclass(frozen=True)
class PublishResult:
    """What publishing did.

    Attributes:
        warnings: MkDocs' warnings (of reused pages too), as diagnostics.
        rendered: pages rendered by this build.
        reused: pages kept from the previous build.
        mode: ``clean`` (no usable cache), ``patch`` or ``swap`` (see the module docstring).
        changed: site paths written anew or removed, sorted.
        archive: the zip of an offline copy (None otherwise).
    """

    warnings: tuple[Diagnostic, ...]
    rendered: int
    reused: int
    mode: str
    changed: tuple[str, ...] = ()
    archive: Path | None = None


def sha(*parts: str | bytes) -> str:
    """Hex SHA-256 of some texts and bytes, each length-prefixed."""
    digest = hashlib.sha256()
    for part in parts:
        data = part.encode("utf-8") if isinstance(part, str) else part
        digest.update(b"%d:" % len(data))
        digest.update(data)
    return digest.hexdigest()


def versions() -> str:
    """kbgen's version and those of the libraries that shape the HTML."""
    found = [f"kbgen {code_version()}", f"python {sys.version_info[:2]}"]
    for name in LIBRARIES:
        try:
            found.append(f"{name} {metadata.version(name)}")
        except metadata.PackageNotFoundError:
            found.append(f"{name} -")
    return "; ".join(found)


@dataclass
class Output:
    """One file of the new site.

    Attributes:
        key: what it is made from.
        kind: page | file | asset | theme | theme-page | marker | data (an offline copy's
            script beside a data file).
        source: pages: the page's docs path (its :class:`Page` is the plan's, planned or kept);
            others: the bytes or the source path it is made from.
        entry: the manifest entry of the file the previous build wrote there, if any.
        inputs: pages: the declared-inputs shortcut.
        job: pages to render: the MkDocs job.
    """

    key: str
    kind: str
    source: object = None
    entry: Entry | None = None
    inputs: str = ""
    job: object = None


@dataclass
class SiteBuild:
    """One publishing run (see the module docstring).

    Attributes:
        plan: the planned site.
        out: the site folder (resolved).
        work: a temporary folder beside it (the new files are staged in ``work/site``).
        manifest: the previous build's manifest (None: a clean build).
        progress: where progress goes.
        offline: an offline copy (see :mod:`kbgen.site.offline`): HTML files have their folder
            links pointed at ``index.html``, data files a registering script beside them.
        compiled: where the theme's templates are kept compiled ('' for nowhere).
        late_made: the late files' contents, one mapping per :class:`~kbgen.site.model.LateFiles`
            of the plan, being made since publishing started (None: made when first needed).
        stop: set when the run unwinds early: the thread writing files beside the renderer stops.
        notes: the run's own warnings (a render worker that died), never failing ``--strict``.
        frame_parts: whether the theme's parts that only depend on where a page is are rendered
            once per place (off when the project's ``theme/`` overrides a template: an override
            may print the page's own values); set from the plan.
    """

    plan: SitePlan
    out: Path
    work: Path
    manifest: Manifest | None
    progress: Progress = NO_PROGRESS
    offline: bool = False
    compiled: str = ""
    late_made: Future | None = None
    stop: threading.Event = field(default_factory=threading.Event)
    frame_parts: bool = field(init=False)
    outputs: dict[str, Output] = field(default_factory=dict)
    #: the docs path of each page of a unit the plan kept, and the unit's name (see :meth:`expand_kept`)
    kept_pages: dict[str, str] = field(default_factory=dict, init=False)
    written: dict[str, Entry] = field(default_factory=dict)
    notes: list[Diagnostic] = field(default_factory=list)
    #: the folders whose times moved since the last build, listed for stray files (a patch)
    listed: list[str] = field(default_factory=list, init=False)
    _dests: dict[str, str] = field(default_factory=dict, init=False)

    def __post_init__(self) -> None:
        self.docs, self.stage, self.theme = self.work / "docs", self.work / "site", self.work / "theme"
        self.docs.mkdir()
        self.stage.mkdir()
        theme_digest = prepare_theme(self.plan, self.theme)
        self.frame_parts = not overrides_templates(self.plan)
        config = mkdocs_config(self.plan, self.docs, self.stage, self.theme, self.offline)
        self.config_file = self.work / "mkdocs.yml"
        self.config_file.write_text(yaml.safe_dump(config, sort_keys=False), encoding="utf-8")
        shown = {k: v for k, v in config.items() if k not in ("docs_dir", "site_dir")}
        shown["theme"] = {k: v for k, v in config["theme"].items() if k != "custom_dir"}
        self.theme_key = sha(versions(), theme_digest, "offline" if self.offline else "online")
        self.frame_key = sha(self.theme_key, json.dumps(shown, sort_keys=True, default=repr))
        self.epoch = int(self.plan.now.timestamp())
        self.use_directory_urls = bool(config["use_directory_urls"])
        self.assets = article_assets(self.plan)
        self.renderer = None
        self.collector = None

    def run(self, strict: bool, pool: RenderPool | None) -> PublishResult:
        """Decide, render, write, then commit (see the module docstring)."""
        self.progress.stage("checking what changed")
        self.expand_kept()
        self.prepare_workers(pool)
        self.plan_pages()
        self.plan_files()
        stale = [dest for dest, output in self.outputs.items() if self.stale(dest, output)]
        pages = [dest for dest in stale if self.outputs[dest].kind == "page"]
        files = [dest for dest in stale if self.outputs[dest].kind in ("file", "asset", "marker")]
        with self.writing_beside(files) as late:  # files are made and written while pages render
            for page in self.render_pages(pages, pool):
                self.record(page)
            late_stale = result_of(late)
        stale += late_stale + self.rerender_for_late_files()
        self.write_files([dest for dest in stale if dest not in files
                          and self.outputs[dest].kind not in ("page", "file", "data")])
        warnings = self.warnings()
        if strict and warnings:
            raise ValidationFailed(warnings, "warnings in --strict mode; the previous site was kept")
        self.progress.stage("writing the site")
        removed = sorted(set(self.manifest.entries) - set(self.outputs)) if self.manifest else []
        mode = self.mode(len(stale) + len(removed))
        with signals_deferred():  # SIGTERM waits: a site is never half patched or half swapped
            removed = self.commit(mode, sorted(set(stale)), removed)
        archive = None
        if self.offline:
            archive = offline_zip_path(self.out)
            write_zip(self.out, archive, self.plan.now, self.out.name)
        rendered = sum(self.outputs[dest].kind == "page" for dest in set(stale))
        return PublishResult(tuple(warnings + self.notes), rendered, len(self.plan.page_paths) - rendered, mode,
                             tuple(sorted(set(stale) | set(removed))), archive)

    @contextlib.contextmanager
    def writing_beside(self, files: list[str]) -> Iterator[Future]:
        """:meth:`write_early_and_late` run in a thread of its own while the block renders pages.

        The thread writes into the build folder, removed once the run ends: so the block's end
        waits for it. When the block fails (a page's error, Ctrl+C), the thread is told to stop
        first, and stops at its next file or within :data:`~kbgen.waits.TICK` of waiting for
        the search index: the wait is short, and a signal that comes in it acts once it is over.
        """
        thread = None
        try:
            with signals_deferred():  # a signal while the thread starts would leave it unknown, writing on
                late, thread = started(self.write_early_and_late, files, name="kbgen-site-writer")
            yield late
        except BaseException:
            self.stop.set()  # only a failed block stops the thread: one that just set its result may still be alive
            raise
        finally:
            if thread is not None:
                with signals_deferred():
                    joined(thread)

    def record(self, page: WrittenPage) -> None:
        """Note a page written into the staging folder (its job is let go: thousands of page
        texts need not stay in memory)."""
        output = self.outputs[page.dest]
        self.written[page.dest] = Entry(output.key, page.stat, output.inputs, page.warnings, page.lookups, page.digest)
        output.job = RENDERED

    def write_early_and_late(self, files: list[str]) -> list[str]:
        """Write the planned files, then make the late ones (:class:`~kbgen.site.model.LateFiles`)
        and write those that changed; returns their site paths."""
        self.write_files(files)
        made: dict[str, Output] = {}
        contents = result_of(self.late_made, self.stop) if self.late_made is not None else make_late(self.plan)
        for late, files in zip(self.plan.late, contents):
            for path, content in files.items():
                inside_site(path)
                if path in self.outputs or path in made:
                    raise KbgenError(f"{late.name}: {path!r} is already a file of the site")
                made[path] = self.file_output(path, content)
        self.outputs.update(made)
        made.update(self.data_outputs())
        stale = [path for path, output in made.items() if self.stale(path, output)]
        self.write_files(stale)
        return stale

    def rerender_for_late_files(self) -> list[str]:
        """Pages whose links looked up a late file before it existed (or one that is gone),
        rendered again now that every file is known; returns their site paths. This is also
        where a kept unit's page (never looked at in :meth:`plan_pages`) is checked against the
        files its links found last time (a linked asset removed): late files or none."""
        self.exists = self.universe() | {path for path, output in self.outputs.items() if output.kind in ("file", "theme")}
        again = []
        for dest, output in self.outputs.items():
            entry = self.written.get(dest) or output.entry
            if output.kind == "page" and entry and any((path in self.exists) != found for path, found in entry.lookups):
                again.append(dest)
        if again:
            self.renderer = None  # set up again with the late files among the site's files
            for dest in again:
                output = self.outputs[dest]
                if output.source in self.kept_pages and self.kept_pages[output.source] in self.plan.kept:
                    expand(self.plan, self.kept_pages[output.source])  # a kept unit's page: planned now
                if not isinstance(output.job, PageJob):
                    output.job = None  # a reused page: its job is made now
                try:
                    self.record(self.render_one(next(self.jobs([dest]))))
                except PageFailed as exc:
                    raise self.failed(exc) from None
        return again

    def jobs(self, dests: list[str]) -> Iterator[PageJob]:
        """The MkDocs jobs of pages, made as the render loop asks for them (a page new to the
        cache gets its job only now, while earlier pages render)."""
        for dest in dests:
            output = self.outputs[dest]
            if output.job is None:
                output.job, output.key = self.job(self.plan.pages[output.source])
            yield output.job

    def mode(self, changes: int) -> str:
        """clean, patch or swap (see the module docstring)."""
        if self.manifest is None:
            return "clean"
        return "patch" if changes <= PATCH_SHARE * len(self.outputs) else "swap"

    # --- what the new site holds ------------------------------------------------------------

    def entry(self, dest: str) -> Entry | None:
        """The previous build's entry for a site path."""
        return self.manifest.entries.get(dest) if self.manifest else None

    def dest(self, path: str) -> str:
        """Site path of a page's HTML (MkDocs' rule), worked out once per page: deciding what is
        kept, keying the pages and listing the site's files each ask for every page's."""
        found = self._dests.get(path)
        if found is None:
            found = self._dests[path] = page_dest(path, self.use_directory_urls)
        return found

    def job(self, page: Page) -> tuple[object, str]:
        """The MkDocs job of a page and its key.

        Raises:
            FileError: the page's templates or Markdown failed (named by its file).
        """
        try:
            meta, markdown = mkdocs_page(self.plan, page)
        except RecursionError as exc:
            raise self.failed(failure(page.path, exc)) from None
        job = PageJob(page.path, meta, markdown_as_read(markdown))
        return job, sha(self.frame_key, json.dumps(meta, sort_keys=True), job.markdown)

    def expand_kept(self) -> None:
        """Plan after all the units the plan kept from the last build (see
        :mod:`kbgen.site.reuse`) when their manifest entries cannot be trusted as they are: no
        manifest, another page frame, an offline copy (its data files are read back), a page
        in the navigation, or one of their files missing from the manifest or no longer the file kbgen wrote (changed or
        removed by hand: one ``stat`` each)."""
        self.kept_pages = {path: name for name in self.plan.kept
                           for path in self.plan.index[name].pages}
        if not self.plan.kept:
            return
        if self.manifest is None or self.offline or self.manifest.frame != self.frame_key:
            expand_all(self.plan)
            return
        entries, root = self.manifest.entries, os.fspath(self.out)
        for path in sorted({entry.path for entry in self.plan.nav} & self.kept_pages.keys()):  # the nav reads its meta
            if self.kept_pages[path] in self.plan.kept:
                expand(self.plan, self.kept_pages[path])
        for name in list(self.plan.kept):
            index = self.plan.index[name]
            for dest in (*map(self.dest, index.pages), *index.files):
                entry = entries.get(dest)
                if entry is None or not still_written(entry, os.path.join(root, dest)):
                    expand(self.plan, name)
                    break

    def plan_pages(self) -> None:
        """Each page's key; a page whose inputs are unchanged keeps its previous key unread, and
        a kept unit's page its manifest entry, unlooked at."""
        digests = digests_of(self.plan)
        self.exists = self.universe()
        for path, name in self.kept_pages.items():
            if name in self.plan.kept:
                dest = self.dest(path)
                entry = self.manifest.entries[dest]
                self.outputs[dest] = Output(entry.key, "page", path, entry, entry.inputs, REUSED)
        for page in self.plan.pages.values():
            dest = self.dest(page.path)
            entry = self.entry(dest)
            inputs = sha(self.frame_key, page.path, digests.of(page.all_inputs()))
            if entry is None:  # new to the cache: rendered, its job made when the render loop asks
                self.outputs[dest] = Output("", "page", page.path, None, inputs)
            elif entry.inputs == inputs and reusable(entry, entry.key, self.out, dest, self.exists):
                self.outputs[dest] = Output(entry.key, "page", page.path, entry, inputs, REUSED)
            else:
                job, key = self.job(page)
                self.outputs[dest] = Output(key, "page", page.path, entry, inputs, job)

    def universe(self) -> set[str]:
        """Every docs path a link can find: pages, planned files, assets, the theme's files."""
        theme = self.manifest.theme_paths if self.manifest else ()
        return set(self.plan.page_paths) | set(self.plan.file_paths) | {path for path, _ in self.assets} | set(theme)

    def plan_files(self) -> None:
        """Keys of the planned files, the assets, the theme's files and pages, and the marker."""
        for path, file in self.plan.files.items():
            inside_site(path)
            self.outputs[path] = self.file_output(path, file.content)
        for name in self.plan.kept:
            for path in self.plan.index[name].files:
                entry = self.manifest.entries[path]
                self.outputs[path] = Output(entry.key, "file", None, entry, job=REUSED)
        for path, source in self.assets:
            found = os.stat(source)
            key = sha("asset", str(source), str(found.st_size), str(found.st_mtime_ns), str(found.st_ino),
                      str(found.st_ctime_ns), str(self.offline))
            self.outputs[path] = Output(key, "asset", source, self.entry(path))
        for path, source in self.theme_files().items():
            self.outputs.setdefault(path, Output(sha(self.theme_key, path), "theme", source, self.entry(path)))
        pages = [self.dest(path) for path in self.plan.page_paths]
        day = dt.datetime.fromtimestamp(self.epoch, dt.timezone.utc).date().isoformat()
        sitemap = sha(self.frame_key, day, *sorted(pages))
        for name, key in (("404.html", self.frame_key), ("sitemap.xml", sitemap), ("sitemap.xml.gz", sitemap)):
            self.outputs[name] = Output(key, "theme-page", None, self.entry(name))
        self.outputs[MARKER] = Output("marker", "marker", MARKER_TEXT, self.entry(MARKER))

    def file_output(self, path: str, content: bytes) -> Output:
        """A planned or late file, as the site holds it (an offline copy's HTML changed)."""
        content = offline_bytes(path, content) if self.offline else content
        return Output(sha("file", content), "file", content, self.entry(path))

    def data_outputs(self) -> dict[str, Output]:
        """An offline copy's registering scripts beside its data files (none online)."""
        made: dict[str, Output] = {}
        for path, output in list(self.outputs.items()) if self.offline else ():
            if output.kind in ("file", "asset", "theme") and path.endswith(DATA_SUFFIXES):
                content = output.source if output.kind == "file" else Path(output.source or self.out / path).read_bytes()
                for name, data in data_files(path, content).items():
                    made[name] = Output(sha("data", data), "data", data, self.entry(name))
        self.outputs.update(made)
        return made

    def theme_files(self) -> dict[str, str | None]:
        """The theme's static files: from the manifest while the theme is unchanged (sources
        unknown: nothing to copy), else from MkDocs."""
        if self.manifest is not None:
            known = self.manifest.theme_paths
            if known and all(reusable(self.entry(path), sha(self.theme_key, path), self.out, path) for path in known):
                return {path: None for path in known}
        return dict(self.mkdocs(lazy=True).theme_files())

    def stale(self, dest: str, output: Output) -> bool:
        """Whether a file must be written anew."""
        if output.job is REUSED:
            return False
        if output.kind == "page" and output.job is None:
            return True
        exists = self.exists if output.kind == "page" else None
        return not reusable(output.entry, output.key, self.out, dest, exists)

    # --- rendering and writing ----------------------------------------------------------------

    def mkdocs(self, lazy: bool = False) -> MkDocsRenderer:
        """MkDocs set up in this process, for the theme's pages and files and small renders
        (``lazy``: only what the pages rendered here ask for, when a previous build left the
        rest; the theme's pages need everything)."""
        lazy = lazy and self.manifest is not None
        if self.renderer is None or (self.renderer.lazy and not lazy):
            self.renderer = MkDocsRenderer(self.layout(), self.collector, lazy,
                                           self.renderer.config if self.renderer is not None else None)
        return self.renderer

    def layout(self):
        """The site's docs files and config, for :class:`~kbgen.site.mkdocs_pages.MkDocsRenderer`
        (late files once they are made)."""
        late = tuple(path for path, output in self.outputs.items()
                     if output.kind == "file" and path not in self.plan.file_paths)
        others = tuple(self.plan.file_paths) + late + tuple(path for path, _ in self.assets)
        nav = {entry.path for entry in self.plan.nav}
        nav_meta = tuple((page.path, mkdocs_page(self.plan, page)[0]) for page in self.plan.pages.values()
                         if page.path in nav)
        return SiteLayout(str(self.config_file), tuple(self.plan.page_paths), others, nav_meta, self.compiled,
                          self.frame_key, self.frame_parts)

    def render_pages(self, pages: list[str], pool: RenderPool | None) -> Iterator[WrittenPage]:
        """Render the pages at these site paths: in the pool when there are many, else here (the
        build pauses the cycle collector; it runs again while many pages are made: ~116 objects
        of cyclic garbage per page, 1.2 million at 10,000 pages). A pool whose worker dies (killed,
        out of memory, a crash in C code) leaves the pages it had unknown: those not yet written
        are rendered here (:meth:`render_instead`)."""
        self.progress.stage("rendering pages", len(pages))
        if len(pages) < IN_PROCESS:
            yield from self.render_here(self.jobs(pages))
            return
        with collector_running():
            if pool is not None:  # started here when not yet (start does nothing twice)
                pool.start(fork=False)  # threads run by now (the writer, V8): a fork server, never fork
            if pool is None or pool.workers <= 1:  # none, or its workers could not start (a script read from a pipe)
                yield from self.render_here(self.jobs(pages))
                return
            try:
                yield from pool.render(self.render_setup, self.work / SETUP_FILE, self.jobs(pages),
                                       self.progress.advance)
            except PageFailed as exc:
                raise self.failed(exc) from None
            except PoolBroken as exc:
                pool.close()
                yield from self.render_instead(exc, [dest for dest in pages if self.outputs[dest].job is not RENDERED])

    def render_instead(self, broken: PoolBroken, left: list[str]) -> Iterator[WrittenPage]:
        """Render here the pages a broken pool left, the same bytes more slowly; the build warns
        as it starts (a warning ``--strict`` does not count: the site is whole). The pages the
        workers held go first: one of them may be what ended a worker, and if rendering them
        here fails too, the error names them all (nothing is written).

        Raises:
            KbgenError: a page the workers held failed here as well.
        """
        note = Diagnostic("", 0, "", f"a render worker ended without answering ({broken}); {len(left)} "
                          f"{'page is' if len(left) == 1 else 'pages are'} rendered in this process instead", Severity.WARNING, "render")
        self.notes.append(note)
        self.progress.warn(note)
        held = {self.dest(path) for path in broken.in_flight}
        try:
            written = [self.render_one(job) for job in self.jobs([dest for dest in left if dest in held])]
        except PageFailed as exc:  # any of those pages may be the cause (a full disk is a site-file error as elsewhere)
            named = ", ".join(self.page_file(path) or path for path in broken.in_flight)
            raise KbgenError(f"a render worker ended without answering ({broken}), and rendering the pages it "
                             f"held in this process failed too ({exc}): {named}; nothing was written") from None
        for page in written:
            self.progress.advance()
            yield page
        yield from self.render_here(self.jobs([dest for dest in left if dest not in held]))

    def page_file(self, path: str) -> str | None:
        """The file the page at this docs path is made from (None when no one file)."""
        page = self.plan.pages.get(path)
        return page_source(self.plan, page) if page else None

    def render_setup(self) -> RenderSetup:
        """What the render workers set up from."""
        return RenderSetup(self.layout(), self.epoch, str(self.stage), self.offline)

    def prepare_workers(self, pool: RenderPool | None) -> None:
        """A clean build's workers (already running) set up MkDocs now, while this process
        works out every page's key and the theme's files, rather than after: every page
        renders, so the setup is known to be needed (a rebuild starts its pool only once it
        knows how many pages changed). The late files are not among the site's files yet (nor
        are they when the render starts, unless made by then): a page that looked one up is
        rendered again (:meth:`rerender_for_late_files`)."""
        if (self.manifest is None and pool is not None and pool.executor is not None and pool.workers > 1
                and len(self.plan.page_paths) >= IN_PROCESS):
            pool.prepare(self.render_setup(), self.work / SETUP_FILE)

    def render_here(self, jobs: Iterable[PageJob]) -> Iterator[WrittenPage]:
        """Render the jobs in this process."""
        for job in jobs:
            try:
                yield self.render_one(job)
            except PageFailed as exc:
                raise self.failed(exc) from None
            self.progress.advance()

    def render_one(self, job: PageJob) -> WrittenPage:
        """Render one page in this process and write it into the staging folder (MkDocs set up
        here only as far as the page needs: see :meth:`mkdocs`).

        Raises:
            PageFailed: the page failed (the caller names its file).
        """
        return render_and_write(self.mkdocs(lazy=True), str(self.stage), job, self.offline)

    def failed(self, exc: PageFailed) -> FileError:
        """A page that failed, as an error at the file it is made from (its docs path when it
        is made from no one file)."""
        source = self.page_file(exc.path)
        return FileError(source or exc.path, f"rendering failed: {exc.reason}; nothing was written",
                         in_project=source is not None)

    def write_files(self, dests: list[str]) -> None:
        """Write the stale files that are not pages into the staging folder."""
        theme_pages = [dest for dest in dests if self.outputs[dest].kind == "theme-page"]
        rendered = self.mkdocs().theme_pages() if theme_pages else {}
        for dest in dests:
            if self.stop.is_set():
                raise Stopped
            output = self.outputs[dest]
            target = self.stage / dest
            target.parent.mkdir(parents=True, exist_ok=True)
            data: bytes | None
            if output.kind == "theme-page":
                data = offline_bytes(dest, rendered[dest]) if self.offline else rendered[dest]
            elif output.kind in ("asset", "theme") and self.offline and dest.endswith(".html"):
                data = offline_bytes(dest, Path(output.source).read_bytes())
            elif output.kind in ("asset", "theme"):
                data = None
                shutil.copyfile(output.source, target)
            else:
                data = output.source
            if data is not None:
                target.write_bytes(data)
            # a copied file is read back for its digest (in the page cache: it was just written)
            digest = bytes_digest(data) if data is not None else file_digest(target) or ""
            self.written[dest] = Entry(output.key, file_stat(target), digest=digest)

    def warnings(self) -> list[Diagnostic]:
        """MkDocs' warnings of every page, rendered now or reused, in docs order."""
        found = []
        for dest, output in self.outputs.items():
            entry = self.written.get(dest) or output.entry
            if output.kind == "page" and entry.warnings:
                found += [(walk_order(output.source), text) for text in entry.warnings]
        return [Diagnostic("mkdocs", 0, "", text, Severity.WARNING, "render") for _, text in sorted(found)]

    # --- committing ---------------------------------------------------------------------------

    def commit(self, mode: str, stale: list[str], removed: list[str]) -> list[str]:
        """Put the new site in place and record it; returns the paths removed."""
        if mode == "patch":
            removed = removed + untracked_files(self.out, self.manifest, set(self.outputs), self.listed)
            with Patch(self.out, self.stage, self.work / "previous") as patch:
                patch.put_aside(cache_dir(self.out) / MANIFEST, "manifest", "manifest")  # killed: none
                for dest in removed:
                    patch.remove(dest)
                for dest in stale:
                    patch.replace(dest)
                    self.stat_in_place(dest)
                self.save(mode, stale + removed)
            return removed
        for dest, output in self.outputs.items():
            if dest not in self.written:
                self.link_unchanged(dest, output.entry)
        swap_into_place(self.stage, self.out)
        for dest in self.written:  # linking into the new folder and removing the old one moved them
            self.stat_in_place(dest)
        self.save(mode, stale + removed)
        return removed

    def stat_in_place(self, dest: str) -> None:
        """Take a written file's stat again where the site holds it: its change time moved when
        it was renamed into place, and (swap) when the old site's name of a file linked from it
        was removed. What the manifest keeps is the file as it stands after the build, so an
        unchanged file is reused by the next one (a stat per file of the site after a swap, per
        changed file after a patch)."""
        self.written[dest].stat = file_stat(os.path.join(self.out, dest))

    def save(self, mode: str, changed: list[str]) -> None:
        """Record the new site in the manifest."""
        entries = {dest: self.written.get(dest) or self.kept(output) for dest, output in self.outputs.items()}
        themes = tuple(sorted(dest for dest, output in self.outputs.items() if output.kind == "theme"))
        save_manifest(self.out, Manifest(str(self.out), entries, themes, self.folders(mode, changed), self.frame_key,
                                         self.plan.index, self.plan.values))

    def folders(self, mode: str, changed: list[str]) -> dict[str, FolderTime]:
        """The time of every folder of the new site: after a patch, only the folders of the
        changed files have moved, and those whose times had moved before it (listed for stray files)."""
        if mode != "patch":
            return folder_times(self.out, folders_of(self.outputs))
        times = {folder: time for folder, time in self.manifest.folders.items()}
        times.update(folder_times(self.out, folders_of(changed) | set(self.listed)))
        if all(path in self.outputs for path in changed) and not self.manifest.entries.keys() - self.outputs.keys():
            # Nothing removed: every folder recorded holds a file still there, and the changed
            # files' folders hold theirs; walking every path's folders (~5% of one edit's CPU
            # at 3,000 articles) would keep them all.
            return times
        current = folders_of(self.outputs)
        return {folder: time for folder, time in times.items() if folder in current}

    @staticmethod
    def kept(output: Output) -> Entry:
        """The entry of a file kept as it was (a page's inputs shortcut brought up to date)."""
        entry = output.entry
        if not output.inputs or output.inputs == entry.inputs:  # the entry as read (never changed in place)
            return entry
        return Entry(entry.key, entry.stat, output.inputs, entry.warnings, entry.lookups, entry.digest)

    def link_unchanged(self, dest: str, entry: Entry) -> None:
        """A file kept from the old site, hard-linked into the new folder (copied if links fail)."""
        target = self.stage / dest
        target.parent.mkdir(parents=True, exist_ok=True)
        try:
            os.link(self.out / dest, target)
        except OSError:
            shutil.copy2(self.out / dest, target)
        self.written[dest] = Entry(entry.key, file_stat(target), entry.inputs, entry.warnings, entry.lookups,
                                   entry.digest)


def page_source(plan: SitePlan, page: Page) -> str | None:
    """The project file a page is made from (an article's or an announcement's), if one is."""
    ident = page.meta.get("article_id") or page.meta.get("announcement_id")
    for record in (*plan.corpus.articles, *plan.corpus.announcements):
        if record.id == ident and record.source.path:
            return record.source.path
    return None


def inside_site(path: str) -> str:
    """A planned file's site path, refused when it would leave the site (``..``, absolute)."""
    parts = path.replace("\\", "/").split("/")
    if path.startswith("/") or any(part in ("", ".", "..") for part in parts) or reads_as_scheme(parts[0]):
        raise KbgenError(f"refusing to write {path!r}: it is outside the site")
    return path


def previous_manifest(out: Path, use_cache: bool) -> Manifest | None:
    """The manifest of the last build into ``out`` (None: a clean build)."""
    out = out.resolve()
    return load_manifest(out) if use_cache and (out / MARKER).is_file() else None


def publish(plan: SitePlan, out: Path, *, strict: bool = False, use_cache: bool = True, offline: bool = False,
            pool: RenderPool | None = None, progress: Progress = NO_PROGRESS,
            compiled: Path | None = None, read: Manifest | None = None) -> PublishResult:
    """Render the plan into ``out``, reusing what the last build left there when it can.

    Args:
        plan: the planned site.
        out: the site folder (replaced only if everything succeeds).
        strict: fail on MkDocs' warnings (the site is left as it was).
        use_cache: False ignores the previous build (a clean build; the cache is rewritten).
        offline: a copy that works opened from disk, and a zip of it beside ``out``.
        pool: worker processes for many pages (None: render in this process).
        progress: where progress goes.
        compiled: where the theme's templates are kept compiled between builds (None: not kept).
        read: the manifest the plan was made with (see :func:`previous_manifest`): used when it
            is still the site's, else read again and every unit the plan kept is planned.

    Raises:
        ValidationFailed: under ``strict`` when MkDocs warned.
        KbgenError: the output folder cannot be used, or rendering failed.
    """
    out = out.resolve()
    check_output_dir(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    settle_abandoned()
    with locked(out), build_folder(out.parent) as tmp, late_files_made(plan) as late_made:
        manifest = read if still_current(read, out) else previous_manifest(out, use_cache)
        if manifest is not read:
            expand_all(plan)
        build = SiteBuild(plan, out, Path(tmp), manifest, progress, offline, str(compiled or ""), late_made)
        with _mkdocs_environment(build.epoch) as collector:
            build.collector = collector
            return build.run(strict, pool)
