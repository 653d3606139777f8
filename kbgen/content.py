"""Loading a project: site config, then every content file, validated, into a Corpus.

The loader is generic: a :class:`ContentType` says which folder holds the files, which schema
their front matter follows and how a record is made. Articles are declared here; the caller
hands :func:`load_corpus` the components, which declare the other types (announcements) and
the config sections. Every file is read and checked before anything is reported, so one run
shows every problem.
"""
from __future__ import annotations

import os
import posixpath
import re
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Callable, Sequence

from . import schema as s
from .component import Component, config_sections, content_types
from .config import CONFIG_FILE, known_service, load_config
from .content_cache import RecordCache
from .errors import Diagnostic, Diagnostics, Severity, did_you_mean
from .links import column_of, find_links, split_target
from .model import ARTICLE_TYPES, Article, Corpus, SiteConfig, SourceRef
from .rules import BROKEN_LINK, LINK_TO_DRAFT
from .source import MarkdownSource, read_text, split_front_matter

CONTENT_DIR = "content"
ID_PATTERN = r"[A-Za-z][A-Za-z0-9_-]*[0-9A-Za-z]"


@dataclass(frozen=True)
class ContentType:
    """A kind of content file.

    Attributes:
        name: singular name used in messages ("article").
        folder: folder below ``content/`` that holds the files.
        schema: builds the front matter schema for a site config.
        make: builds the record from validated values, the parsed file and its source.
        check: cross-file checks over all records of this type (and the whole corpus).
    """

    name: str
    folder: str
    schema: Callable[[SiteConfig], s.Schema]
    make: Callable[[dict, MarkdownSource, SourceRef, str, SiteConfig], Any]
    check: Callable[[tuple, "Corpus"], list[Diagnostic]] = lambda records, corpus: []


#: Top-level folders and files of the site that kbgen writes itself; an alias may not use them.
RESERVED_PATHS = ("articles", "kb", "services", "tags", "life", "contact", "search", "status",
                  "announcements", "improvements", "feeds", "assets", "api", "index.html", "404.html",
                  "sitemap.xml", "sitemap.xml.gz", "status.json", "opensearch.xml")
_ALIAS_SEGMENT = re.compile(r"[A-Za-z0-9._~%+-]+")


def alias_path(value: Any, own: tuple[str, ...] = ()) -> str:
    """An old site path that redirects to the article: relative, no '..', not kbgen's own
    (but for the folders in ``own``)."""
    path = s.text()(value).strip("/")
    segments = path.split("/")
    if not path or any(seg in ("", ".", "..") or not _ALIAS_SEGMENT.fullmatch(seg) for seg in segments):
        raise s.Invalid(f"{value!r} is not a site path such as /old/vpn-help/ "
                        "(letters, digits, '.', '-', '_' between slashes; no '..')")
    if segments[0].lower() in RESERVED_PATHS and segments[0].lower() not in own:
        raise s.Invalid(f"{value!r} is inside /{segments[0]}/, which kbgen writes itself")
    return path + ("" if path.endswith(".html") else "/")


def published_path(value: Any) -> str:
    """A site path an article was published at: an alias, or kbgen's own ``articles/...`` and
    ``kb/...`` (read back from the previous site's catalogue)."""
    return alias_path(value, own=("articles", "kb"))


def article_schema(config: SiteConfig) -> s.Schema:
    """Front matter keys of an article."""
    ident = s.text(ID_PATTERN, "is not a valid id (letters, digits, '-' or '_', e.g. KB0042)")
    return s.Schema("article", {
        "id": s.Field(ident, True, doc="Unique, stable id such as KB0042; part of the URL."),
        "title": s.Field(s.text(), True, doc="The page heading."),
        "summary": s.Field(s.text(), default="", doc="One sentence for lists and search results."),
        "type": s.Field(s.choice(*ARTICLE_TYPES), default="how-to",
                        doc="how-to, troubleshooting, faq or explainer."),
        "tags": s.Field(s.list_of(s.text(), unique=True), default=(), doc="Free labels."),
        "services": s.Field(s.list_of(known_service(config), unique=True), default=(),
                            doc="Service ids from site_config.yml."),
        "keywords": s.Field(s.list_of(s.text()), default=(), doc="Extra search terms."),
        "owner": s.Field(s.text(), default="", doc="Who keeps the article correct."),
        "created": s.Field(s.date, doc="Date written (YYYY-MM-DD)."),
        "reviewed": s.Field(s.date, doc="Date last reviewed (YYYY-MM-DD)."),
        "review_every_days": s.Field(s.integer(1), doc="Review interval; default from config."),
        "draft": s.Field(s.boolean, default=False, doc="Drafts are never published."),
        "retired": s.Field(s.boolean, default=False,
                           doc="No longer published; its old URLs point to `replaced_by` (see Links that never break)."),
        "replaced_by": s.Field(ident, default="", doc="Id of the article that replaces a retired one."),
        "related": s.Field(s.list_of(ident, unique=True), default=(), doc="Ids of related articles."),
        "aliases": s.Field(s.list_of(alias_path, unique=True), default=(),
                           doc="Old URLs (site paths) that redirect here."),
        "source_tickets": s.Field(s.list_of(s.text()), default=(),
                                  doc="Ticket ids a suggested draft came from."),
    })


def make_article(values: dict, parsed: MarkdownSource, source: SourceRef, slug: str,
                 config: SiteConfig) -> Article:
    """An :class:`Article` from validated front matter."""
    return Article(body=parsed.body, body_line=parsed.body_line, source=source, slug=slug, **values)


def _check_articles(articles: tuple[Article, ...], corpus: Corpus) -> list[Diagnostic]:
    problems: list[Diagnostic] = []
    first: dict[str, Article] = {}
    for article in articles:
        other = first.get(article.id.upper())
        if other is not None:
            same = "" if other.id == article.id else f" (as {other.id!r}; ids differ only in case)"
            problems.append(Diagnostic(article.source.path, article.source.line, "id",
                                       f"duplicate id {article.id!r}: also used by {other.source.path}{same}"))
        first.setdefault(article.id.upper(), article)
    problems.extend(_check_aliases(articles))
    by_slug = {article.slug: article for article in articles}
    ids = {article.id for article in articles}
    for article in articles:
        for index, related in enumerate(article.related):
            if related not in ids:
                problems.append(Diagnostic(article.source.path, article.source.line, "related",
                                           f"no article has the id {related!r}"))
        problems.extend(_check_links(article, by_slug, corpus.project_dir / CONTENT_DIR / "articles"))
    return problems + _check_featured(articles, corpus.config)


def _check_featured(articles: tuple[Article, ...], config: SiteConfig) -> list[Diagnostic]:
    """Every ``featured`` id in site_config.yml names a published article."""
    by_id = {article.id: article for article in articles}
    problems = []
    for index, (article_id, line) in enumerate(zip(config.featured, config.featured_lines)):
        found = by_id.get(article_id)
        if found is None or found.draft:
            published = [a.id for a in articles if not a.draft]
            why = "is a draft" if found else f"no article has this id{did_you_mean(article_id, published)}"
            problems.append(Diagnostic(CONFIG_FILE, line, f"featured.{index}", f"{article_id!r}: {why}"))
    return problems


def _check_aliases(articles: tuple[Article, ...]) -> list[Diagnostic]:
    """An old URL can redirect to one article only."""
    owner: dict[str, Article] = {}
    problems = []
    for article in articles:
        for alias in article.aliases:
            key = alias.lower()
            if key in owner:
                problems.append(Diagnostic(article.source.path, article.source.line, "aliases",
                                           f"alias {alias!r} is already used by {owner[key].id} "
                                           f"({owner[key].source.path})"))
            owner.setdefault(key, article)
    return problems


def resolve_link(article: Article, target: str) -> str | None:
    """The slug a relative ``.md`` link of ``article`` points at, or None if not a page link."""
    path, _ = split_target(target)
    if not path.endswith(".md"):
        return None
    base = posixpath.dirname(article.slug)
    return posixpath.normpath(posixpath.join(base, path))[: -len(".md")]


def _check_links(article: Article, by_slug: dict[str, Article], root: Path) -> list[Diagnostic]:
    problems = []
    for link in find_links(article.body):
        line, col = article.body_line + link.line, column_of(article.body, link.start)
        if link.is_unsafe:
            problems.append(Diagnostic(article.source.path, line, "link",
                                       f"unsafe link {link.target!r}: script URLs are not allowed"))
            continue
        if not link.is_relative:
            continue
        slug = resolve_link(article, link.target)
        if slug is None:
            continue
        target = by_slug.get(slug)
        if target is None and (root / f"{slug}.md").is_file():
            continue  # the target exists but has errors of its own, reported there
        if target is None:
            problems.append(BROKEN_LINK.at(article.source.path, line, "link",
                                           f"link to a missing article {link.target!r}", col))
        elif target.draft and not article.draft:
            problems.append(LINK_TO_DRAFT.at(article.source.path, line, "link",
                                             f"link to {target.id}, which is a draft and will not be published", col))
    return problems


ARTICLES = ContentType("article", "articles", article_schema, make_article, _check_articles)


def _load_file(kind: ContentType, schema: s.Schema, path: Path, display: str, slug: str, config: SiteConfig,
               diagnostics: Diagnostics, cache: RecordCache | None) -> Any:
    text = None
    text_hash = cache.known_hash(path, display) if cache is not None else None
    if text_hash is None:
        text, problems = read_text(path, display)
        if text is None:
            diagnostics.extend(problems)
            return None
        text_hash = cache.remember(path, display, text) if cache is not None else ""
    key = cache.key(kind.name, display, slug, text_hash) if cache is not None else ""
    hit = cache.get(key) if cache is not None else None
    if hit is not None:
        diagnostics.extend(hit[1])
        return hit[0]
    record, problems = _parse_file(kind, schema, path, display, slug, config, text)
    diagnostics.extend(problems)
    if cache is not None and record is not None:
        cache.put(key, record, problems)
    return record


def _parse_file(kind: ContentType, schema: s.Schema, path: Path, display: str, slug: str, config: SiteConfig,
                text: str | None) -> tuple[Any, list[Diagnostic]]:
    """A file's record (None if invalid) and its diagnostics."""
    if text is None:
        text, problems = read_text(path, display)
        if text is None:
            return None, problems
    parsed, problems = split_front_matter(text, display)
    if parsed is None:
        return None, problems
    values, problems = s.validate(schema, parsed.meta)
    if values is None:
        return None, problems
    return kind.make(values, parsed, SourceRef(display, parsed.meta.line_of("id")), slug, config), problems


def content_files(project_dir: Path, folder: str) -> list[tuple[Path, str, str]]:
    """``(path, display path, slug)`` of every ``.md`` file below a content folder, sorted."""
    root = project_dir / CONTENT_DIR / folder
    prefix = f"{CONTENT_DIR}/{folder}/"
    found = []
    for current, _, names in os.walk(root):
        below = os.path.relpath(current, root).replace(os.sep, "/")
        below = "" if below == "." else below + "/"
        found += [below + name for name in names if name.endswith(".md")]
    return [(root / slug, prefix + slug, slug[: -len(".md")]) for slug in sorted(found, key=lambda f: f.split("/"))]


def apply_severity(items: list[Diagnostic], config: SiteConfig | None) -> list[Diagnostic]:
    """Apply ``severity:`` overrides from the config to diagnostics that name a rule."""
    overrides = (config.severity if config else {}) or {}
    changed = []
    for item in items:
        level = overrides.get(item.rule) if item.rule else None
        changed.append(replace(item, severity=Severity(level)) if level in ("error", "warning", "info") else item)
    return changed


def load_corpus(project_dir: Path, components: Sequence[Component],
                cache_file: Path | None = None, partial: bool = False) -> tuple[Corpus | None, list[Diagnostic]]:
    """Load and validate a whole project: the config, then every file of every content type
    (articles and the components' types).

    Args:
        project_dir: the project folder.
        components: the components (their config sections and content types).
        cache_file: where parsed records are kept between runs (see :mod:`kbgen.content_cache`).
        partial: keep the corpus of the files that loaded even when some have errors (for
            checks that review what they can).

    Returns the corpus (None if any error, unless ``partial``) and every diagnostic of the run.
    """
    project_dir = Path(project_dir)
    config, problems = load_config(project_dir, config_sections(components))
    diagnostics = Diagnostics(list(problems))
    if config is None:
        return None, diagnostics.sorted()
    cache = RecordCache.open(cache_file, config) if cache_file is not None else None
    kinds = (ARTICLES,) + content_types(components)
    records: dict[str, tuple] = {}
    for kind in kinds:
        schema = kind.schema(config)
        loaded = [_load_file(kind, schema, path, display, slug, config, diagnostics, cache)
                  for path, display, slug in content_files(project_dir, kind.folder)]
        records[kind.folder] = tuple(r for r in loaded if r is not None)
    if cache is not None:
        cache.save()
    articles = tuple(sorted(records.pop(ARTICLES.folder), key=lambda a: (a.id, a.source.path)))
    corpus = Corpus(project_dir, config, articles, records)
    for kind in kinds:
        diagnostics.extend(kind.check(articles if kind is ARTICLES else records[kind.folder], corpus))
    items = apply_severity(diagnostics.sorted(), config)
    has_errors = any(d.severity is Severity.ERROR for d in items)
    return (None if has_errors and not partial else corpus), items
