"""The MkDocs adapter: the only module that knows MkDocs.

It writes the planned pages into a temporary docs folder with a generated ``mkdocs.yml``,
builds with MkDocs + Material into a temporary site folder beside the output, and only when
everything succeeded swaps it into place. A failed build leaves the previous site untouched.
"""
from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import re
import shutil
from importlib import resources
from pathlib import Path
from typing import Iterator
from urllib.parse import quote

import yaml
from markupsafe import Markup, escape

from ..errors import Diagnostic, KbgenError, Severity, ValidationFailed
from ..files import ProjectFile, walk
from .model import Page, SitePlan
from .offline import make_offline, write_zip
from .safety import extension_entry
from .workdirs import backup_name, build_folder, signals_deferred

MARKER = ".kbgen-site"
MARKDOWN_EXTENSIONS = [
    "abbr", "admonition", "attr_list", "def_list", "footnotes", "md_in_html", "tables",
    {"toc": {"permalink": True}}, "pymdownx.details", "pymdownx.superfences",
    {"pymdownx.highlight": {"use_pygments": True}}, "pymdownx.inlinehilite", "pymdownx.keys",
    {"pymdownx.tasklist": {"custom_checkbox": True}},
]


def theme_dir() -> Path:
    """kbgen's own theme folder (Material overrides and assets)."""
    return Path(str(resources.files("kbgen.theme")))


def page_meta(page: Page) -> dict:
    """The page's front matter for the theme. The title is escaped here: Material prints it
    unescaped."""
    meta = {"title": str(escape(page.title)), "kbgen": {"kind": page.kind, **page.meta}}
    if page.hide:
        meta["hide"] = list(page.hide)
    return meta


def _front_matter(meta: dict, body: str) -> str:
    front = yaml.safe_dump(meta, sort_keys=True, allow_unicode=True).strip()
    return f"---\n{front}\n---\n\n{body}\n"


def page_source(plan: SitePlan, page: Page) -> str:
    """The page as one Markdown document: front matter for the theme, then title, notes and
    body from kbgen's templates (what a writer would read; golden files keep it)."""
    return _front_matter(page_meta(page), plan.templates.page(page))


def mkdocs_page(plan: SitePlan, page: Page) -> tuple[dict, str]:
    """What MkDocs renders for a page: its meta and the writer's Markdown alone. kbgen's HTML
    around the Markdown rides in ``meta["kbgen"]["before"/"after"]`` and the theme prints it
    around the converted Markdown (``theme/partials/kbgen-content.html``), so no kbgen HTML
    goes through Markdown."""
    parts = plan.templates.page_parts(page)
    meta = page_meta(page)
    meta["kbgen"].update(before=parts.before, after=parts.after)
    return meta, parts.markdown


def mkdocs_source(meta: dict, markdown: str) -> str:
    """The docs file MkDocs reads for a page (see :func:`mkdocs_page`)."""
    return _front_matter(meta, markdown)


def markdown_as_read(markdown: str) -> str:
    """The Markdown MkDocs reads back from :func:`mkdocs_source` (``page.markdown``)."""
    return (markdown + "\n").lstrip("\n")


def _inside(docs: Path, path: str) -> Path:
    """``docs / path``, refusing any path that would leave the docs folder."""
    target = (docs / path).resolve()
    if not target.is_relative_to(docs.resolve()):
        raise KbgenError(f"refusing to write {path!r}: it is outside the site")
    return target


def write_docs(plan: SitePlan, docs: Path) -> None:
    """Write every page and static file of the plan into ``docs``."""
    for page in plan.pages.values():
        target = _inside(docs, page.path)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(mkdocs_source(*mkdocs_page(plan, page)), encoding="utf-8")
    files = {path: file.content for path, file in plan.files.items()}
    for late in plan.late:  # files made at render time (the search index)
        files.update(late.make())
    for path, content in files.items():
        target = _inside(docs, path)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(content)
    for path, source in article_assets(plan):
        target = docs / path
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)


def article_assets(plan: SitePlan) -> list[tuple[str, Path]]:
    """``(docs path, source)`` of every file beside the articles that is not Markdown (images,
    PDFs), published under ``articles/``; sorted. Hidden files are left out, and a link that
    leads outside the project is never followed (load reports it: see :mod:`kbgen.files`)."""
    files, _ = walk(plan.corpus.project_dir, "content/articles")
    return sorted(("articles/" + f.relative, f.path) for f in files if not f.relative.endswith(".md"))


#: What kbgen's theme folder holds that is not part of the theme (its package's Python).
NOT_THEME = (".py", ".pyc")


def _project_theme_files(plan: SitePlan) -> list[ProjectFile]:
    """The files of the project's own ``theme/`` folder that overlay kbgen's theme (none when
    it has no such folder or it is kbgen's theme itself); never a link outside the project."""
    project_theme = plan.corpus.project_dir / "theme"
    if not project_theme.is_dir() or project_theme.resolve() == theme_dir().resolve():
        return []
    files, _ = walk(plan.corpus.project_dir, "theme")
    return [f for f in files if not f.relative.endswith(NOT_THEME)]


def prepare_theme(plan: SitePlan, target: Path) -> str:
    """kbgen's theme, overlaid with the project's own ``theme/`` folder if it has one, copied
    into ``target`` (times kept as the source's; the cache of compiled templates checks a
    checksum of each template's source, not its time: see
    :class:`~kbgen.site.templating.CompiledTemplates`); returns a digest of what it holds, each
    file's path and bytes, made as it is copied (the theme is read once)."""
    base = theme_dir()
    sources = {}
    for root, dirs, names in os.walk(base):
        dirs[:] = [name for name in dirs if name != "__pycache__"]
        for name in names:
            if not name.endswith(NOT_THEME):
                path = Path(root, name)
                sources[path.relative_to(base).as_posix()] = path
    sources.update((item.relative, item.path) for item in _project_theme_files(plan))
    digest = hashlib.sha256()
    for relative in sorted(sources):
        data = sources[relative].read_bytes()
        destination = target / relative
        destination.parent.mkdir(parents=True, exist_ok=True)
        destination.write_bytes(data)
        shutil.copystat(sources[relative], destination)
        for part in (relative.encode("utf-8", "surrogatepass"), data):
            digest.update(b"%d:" % len(part))
            digest.update(part)
    return digest.hexdigest()


def overrides_templates(plan: SitePlan) -> bool:
    """Whether the project's ``theme/`` holds a template (any ``.html``): a part kbgen's
    renderer renders once per depth (``kbgen_memo``) may include it, and the project's
    template may print what differs from page to page, so the renderer then renders every part
    for every page."""
    return any(f.relative.endswith(".html") for f in _project_theme_files(plan))


#: Config values MkDocs hands to Material's templates, which print them without escaping: kbgen
#: passes them escaped, and marks them safe after loading so that Material's ``| e`` leaves them.
ESCAPED_CONFIG = ("site_name", "site_description", "copyright")


def theme_language(language: str) -> str:
    """The language Material prints its own few words in (``de-CH`` -> ``de``); the pages'
    ``lang`` attribute comes from it."""
    return language.split("-")[0].lower()


def offline_data(plan: SitePlan) -> dict:
    """What the theme of an offline build shows: the note that it is a copy of a given day."""
    messages = plan.templates.messages
    return {"note": str(messages.html("offline.note", date=messages.long_date(plan.now.date())))}


def mkdocs_config(plan: SitePlan, docs: Path, site: Path, theme: Path, offline: bool = False) -> dict:
    """The generated MkDocs configuration (a user never writes mkdocs.yml); every text from
    site_config.yml in it is HTML-escaped, as Material prints it raw. Light or dark follows
    the reader's system setting (the theme switches Material's ``slate`` scheme)."""
    config = plan.corpus.config
    return {
        "site_name": str(escape(config.site_name)),
        "site_url": safe_site_url(config.site_url) or None,
        "site_description": str(escape(config.description)) or None,
        "copyright": str(escape(f"© {config.organisation}")) if config.organisation else None,
        "docs_dir": str(docs), "site_dir": str(site),
        "use_directory_urls": True,
        "nav": [{str(escape(entry.title)): entry.path} for entry in plan.nav],
        "theme": {"name": "material", "custom_dir": str(theme), "language": theme_language(config.language),
                  "features": ["navigation.top", "content.code.copy"],
                  "palette": {"primary": "indigo", "accent": "indigo"}, "font": False},
        "plugins": [],
        "markdown_extensions": MARKDOWN_EXTENSIONS + ["kbgen.site.linear", extension_entry(config.raw_html)],
        "extra": {"kbgen": {**plan.extra, "offline": offline_data(plan) if offline else None},
                  "generator": False},
        "validation": {"nav": {"omitted_files": "ignore"}, "links": {"unrecognized_links": "ignore"}},
    }


#: Characters that would let a URL break out of an HTML attribute or element.
_ATTRIBUTE_BREAKERS = re.compile(r"[\s\"'<>`]")


def safe_site_url(url: str) -> str:
    """``site_url`` with quotes, angle brackets, back-ticks and spaces percent-encoded (nothing
    else changes): MkDocs prints it, and the canonical URLs made from it, unescaped."""
    return _ATTRIBUTE_BREAKERS.sub(lambda match: quote(match.group()), url)


def mark_escaped(config: dict) -> None:
    """Mark the values of :data:`ESCAPED_CONFIG` (escaped by :func:`mkdocs_config`) as safe."""
    for key in ESCAPED_CONFIG:
        if config[key]:
            config[key] = Markup(config[key])


class _Collector(logging.Handler):
    """Collects MkDocs warnings so they are reported as kbgen diagnostics."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@contextlib.contextmanager
def _mkdocs_environment(epoch: int) -> Iterator[_Collector]:
    """Quiet, reproducible MkDocs: build date from ``--now``, warnings collected."""
    saved = {key: os.environ.get(key) for key in ("SOURCE_DATE_EPOCH", "NO_MKDOCS_2_WARNING")}
    os.environ.update(SOURCE_DATE_EPOCH=str(epoch), NO_MKDOCS_2_WARNING="1")
    logger = logging.getLogger("mkdocs")
    collector, old_level, old_propagate = _Collector(), logger.level, logger.propagate
    logger.addHandler(collector)
    logger.setLevel(logging.WARNING)
    logger.propagate = False
    try:
        yield collector
    finally:
        logger.removeHandler(collector)
        logger.setLevel(old_level)
        logger.propagate = old_propagate
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


def check_output_dir(out: Path) -> None:
    """Refuse to replace a folder that is not a kbgen site (it could hold someone's files)."""
    if out.exists() and (not out.is_dir() or (any(out.iterdir()) and not (out / MARKER).exists())):
        raise KbgenError(f"{out}: exists and is not a site kbgen built; choose another --out "
                         "or remove it yourself")


def swap_into_place(new_site: Path, out: Path) -> None:
    """Replace ``out`` with ``new_site`` in two renames, so a reader never sees half a site."""
    if not out.exists():
        new_site.rename(out)
        return
    backup = out.with_name(backup_name(out))
    out.rename(backup)
    try:
        new_site.rename(out)
    except BaseException:  # an OS error, or SIGTERM between the renames: put the old site back
        backup.rename(out)
        raise
    shutil.rmtree(backup, ignore_errors=True)


def render(plan: SitePlan, out: Path, strict: bool = False, offline: bool = False) -> list[Diagnostic]:
    """Render the plan with MkDocs into ``out``; returns MkDocs' warnings as diagnostics.
    ``offline``: make a copy that works from disk, and a zip of it beside ``out``
    (:func:`offline_zip_path`; see :mod:`kbgen.site.offline`).

    Raises:
        ValidationFailed: under ``strict`` when MkDocs warned; ``out`` is left as it was.
    """
    from mkdocs.commands.build import build
    from mkdocs.config import load_config
    from mkdocs.exceptions import MkDocsException

    out = out.resolve()
    check_output_dir(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    with build_folder(out.parent) as tmp:
        work = Path(tmp)
        docs, site, theme = work / "docs", work / "site", work / "theme"
        write_docs(plan, docs)
        prepare_theme(plan, theme)
        config_file = work / "mkdocs.yml"
        config_file.write_text(yaml.safe_dump(mkdocs_config(plan, docs, site, theme, offline), sort_keys=False),
                               encoding="utf-8")
        with _mkdocs_environment(int(plan.now.timestamp())) as collected:
            try:
                mkdocs = load_config(str(config_file))
                mark_escaped(mkdocs)
                build(mkdocs)
            except MkDocsException as exc:
                raise KbgenError(f"rendering failed: {exc}") from None
        warnings = [Diagnostic("mkdocs", 0, "", record.getMessage(), Severity.WARNING, "render")
                    for record in collected.records]
        if strict and warnings:
            raise ValidationFailed(warnings, "warnings in --strict mode; the previous site was kept")
        (site / MARKER).write_text("This folder is written by kbgen build and replaced on every build.\n")
        if offline:
            make_offline(site)
            write_zip(site, offline_zip_path(out), plan.now, out.name)
        with signals_deferred():  # SIGTERM waits: a site is never half swapped
            swap_into_place(site, out)
    return warnings


def offline_zip_path(out: Path) -> Path:
    """Where an offline build puts its zip: beside the site folder (``site`` -> ``site.zip``)."""
    return out.parent / f"{out.name}.zip"
