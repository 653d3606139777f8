"""Loading a project: site config, then every content file, validated, into a Corpus.

The loader is generic: a :class:`ContentType` says which folder holds the files, which schema
their front matter follows and how a record is made. Articles are declared here; the caller
hands :func:`load_corpus` the components, which declare the other types (announcements) and
the config sections. Every file is read and checked before anything is reported, so one run
shows every problem.
"""
from __future__ import annotations

import posixpath
import re
import unicodedata
import urllib.parse
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Callable, Iterator, Sequence

from . import schema as s
from .body_check import body_diagnostics
from .component import Component, config_sections, content_types
from .config import CONFIG_FILE, MAX_INTERVAL_DAYS, known_service, load_config
from .content_cache import RecordCache
from .errors import Diagnostic, Diagnostics, Severity, did_you_mean
from .files import check_project_files, nfc, not_a_folder, walk
from .links import Link, column_of, find_links, link_address, split_target
from .memo import Parts, known_digest
from .model import ARTICLE_TYPES, Article, Corpus, SiteConfig, SourceRef
from .placeholders import placeholder_diagnostics
from .rules import BROKEN_LINK, LINK_TO_DRAFT, MISSING_FILE
from .site.urls import article_doc_path, reads_as_scheme, slugify
from .source import MarkdownSource, read_text, split_front_matter

CONTENT_DIR = "content"
ID_PATTERN = r"[A-Za-z][A-Za-z0-9_-]{0,62}[0-9A-Za-z]"  # at most 64 characters: ids are in URLs


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
#: A segment of an alias once its percent-escapes are decoded: letters of any script, digits,
#: marks and the URL's safe punctuation, and plain spaces (old wiki addresses hold '%20'); none of
#: '%', '?', '#', '\\' (an alias is a file's path: a server looks up the decoded request path, and
#: these never reach one), and no character of :data:`_NO_PATH_CATEGORIES`.
_ALIAS_SEGMENT = re.compile(r"[^/\\%?#]{1,200}")
#: Unicode's categories of characters that show nothing in a path or change how the rest shows
#: (they disguise a path as another, as written raw): controls (Cc), format characters (Cf: the
#: zero-width spaces and joiners, the soft hyphen, bidi marks, embeddings, overrides and isolates,
#: the byte-order mark, invisible operators, tags), surrogates (Cs), private use (Co), line and
#: paragraph separators (Zl, Zp), every space but the plain one (Zs: no-break, ideographic ...) and
#: code points with no character (Cn: unassigned ones and the noncharacters U+FDD0..U+FDEF and
#: U+xFFFE/U+xFFFF, which no font draws and a later Unicode may give any meaning).
_NO_PATH_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp", "Zs"})
#: One Unicode decides, the running Python's: a guard that also asked Unicode 3.2's tables
#: (``unicodedata.ucd_3_2_0``) refused no character the running tables allow (none has left these
#: categories since 3.2; U+200B and U+180E moved from Zs to Cf, refused either way), so it was
#: removed in round 13. Whether a code point is assigned at all is the running Python's word too: a
#: letter, emoji or mark it knows is allowed; one newer than its Unicode is refused, saying so
#: (:func:`_unknown`).


def _alias_segment(segment: str) -> bool:
    """Whether a decoded segment of an alias can be a folder or file a request reaches."""
    named = segment.replace(" ", "-")  # a plain space is '%20' in the request, a real one
    return bool(_ALIAS_SEGMENT.fullmatch(named)) and not segment.startswith(".") and not any(
        unicodedata.category(char) in _NO_PATH_CATEGORIES for char in named)


def _unknown(segments: list[str]) -> str:
    """The first code point of ``segments`` that the running Python does not assign and that is
    no noncharacter (U+FDD0..U+FDEF, U+xFFFE, U+xFFFF: never a character, refused as invisible),
    or ''."""
    return next((char for seg in segments for char in seg if unicodedata.category(char) == "Cn"
                 and not (0xFDD0 <= ord(char) <= 0xFDEF or ord(char) & 0xFFFE == 0xFFFE)), "")


def alias_path(value: Any, own: tuple[str, ...] = ()) -> str:
    """An old site path that redirects to the article, decoded as a web server decodes the
    path it is asked for (``/caf%C3%A9/`` is the file ``café/index.html``; written with its
    escapes, the redirect was a file no request reached): relative, no '..' (written or
    percent-encoded), no hidden segment (servers do not serve them), not kbgen's own (but for
    the folders in ``own``)."""
    path = s.text()(value).strip("/")
    try:
        segments = [urllib.parse.unquote(seg, errors="strict") for seg in path.split("/")]
    except UnicodeDecodeError:
        raise s.Invalid(f"{s.shown(value)} has a percent-escape that is no UTF-8 text") from None
    if unknown := _unknown(segments):
        raise s.Invalid(f"{s.shown(value)} holds U+{ord(unknown):04X}, not a character this Python knows (none, or "
                        "one added to Unicode since); remove it from the alias")
    if not path or not all(_alias_segment(seg) for seg in segments):
        raise s.Invalid(f"{s.shown(value)} is not a site path such as /old/vpn-help/ "
                        "(once its %-escapes are decoded: letters of any script, digits, spaces and "
                        "'.', '-', '_' between slashes; no '%', '?', '#' or invisible character, which "
                        "no request path reaches; no '..', no segment starting with '.')")
    if reads_as_scheme(segments[0]):  # the writer refuses it too (publish.inside_site); check says it first
        raise s.Invalid(f"{s.shown(value)} starts with a segment holding ':', which a browser reads as a scheme "
                        "(javascript:) and Windows as a drive (c:); the site writes no such folder")
    if segments[0].lower() in RESERVED_PATHS and segments[0].lower() not in own:
        raise s.Invalid(f"{s.shown(value)} is inside /{segments[0]}/, which kbgen writes itself")
    path = nfc("/".join(segments))  # as a browser asks for it
    return path + ("" if path.endswith(".html") else "/")


def published_path(value: Any) -> str:
    """A site path an article was published at: an alias, or kbgen's own ``articles/...`` and
    ``kb/...`` (read back from the previous site's catalogue)."""
    return alias_path(value, own=("articles", "kb"))


def article_schema(config: SiteConfig) -> s.Schema:
    """Front matter keys of an article."""
    ident = s.text(ID_PATTERN, "is not a valid id (up to 64 letters, digits, '-' or '_', e.g. KB0042)")
    return s.Schema("article", {
        "id": s.Field(ident, True, doc="Unique, stable id such as KB0042; part of the URL."),
        "title": s.Field(s.text(one_line=True), True, doc="The page heading."),
        "summary": s.Field(s.text(one_line=True), default="", doc="One sentence for lists and search results."),
        "type": s.Field(s.choice(*ARTICLE_TYPES), default="how-to",
                        doc="how-to, troubleshooting, faq or explainer."),
        "tags": s.Field(s.list_of(s.text(one_line=True), unique=True, max_items=30), default=(), doc="Free labels (at most 30)."),
        "services": s.Field(s.list_of(known_service(config), unique=True, max_items=50), default=(),
                            doc="Service ids from site_config.yml."),
        "keywords": s.Field(s.list_of(s.text(), max_items=200), default=(), doc="Extra search terms."),
        "owner": s.Field(s.text(), default="", doc="Who keeps the article correct."),
        "created": s.Field(s.date, doc="Date written (YYYY-MM-DD)."),
        "reviewed": s.Field(s.date, doc="Date last reviewed (YYYY-MM-DD)."),
        "review_every_days": s.Field(s.integer(1, MAX_INTERVAL_DAYS), doc="Review interval; default from config."),
        "draft": s.Field(s.boolean, default=False, doc="Drafts are never published."),
        "retired": s.Field(s.boolean, default=False,
                           doc="No longer published; its old URLs point to `replaced_by` (see Links that never break)."),
        "replaced_by": s.Field(ident, default="", doc="Id of the article that replaces a retired one."),
        "related": s.Field(s.list_of(ident, unique=True, max_items=50), default=(), doc="Ids of related articles."),
        "aliases": s.Field(s.list_of(alias_path, unique=True, max_items=50), default=(),
                           doc="Old URLs (site paths) that redirect here (at most 50)."),
        "source_tickets": s.Field(s.list_of(s.text(), max_items=10_000), default=(),
                                  doc="Ticket ids a suggested draft came from."),
    })


def make_article(values: dict, parsed: MarkdownSource, source: SourceRef, slug: str,
                 config: SiteConfig) -> Article:
    """An :class:`Article` from validated front matter."""
    return Article(body=parsed.body, body_line=parsed.body_line, source=source, slug=slug, **values)


def page_name(ident: str) -> str:
    """The name an id's pages and files take (:func:`~kbgen.site.urls.slugify`): ids with the
    same name are one id (``KB-1``, ``kb_1``), else their pages would overwrite each other."""
    return slugify(ident)


def same_page(first: str, second: str) -> str:
    """Why two different ids are duplicates ('' for the same id)."""
    return "" if first == second else f" (as {first!r}; ids that differ only in case, '-' or '_' share a page)"


def duplicate_ids(items: Sequence, line_of: Callable[[Any], int]) -> list[Diagnostic]:
    """A problem for each item (article or announcement) whose id gives the page name of an
    earlier one (:func:`page_name`); ``line_of``: the line of an item's ``id``."""
    problems: list[Diagnostic] = []
    first: dict[str, Any] = {}
    for item in items:
        other = first.setdefault(page_name(item.id), item)
        if other is not item:
            problems.append(Diagnostic(item.source.path, line_of(item), "id",
                                       f"duplicate id {item.id!r}: also used by {other.source.path}"
                                       f"{same_page(other.id, item.id)}"))
    return problems


def _check_page_paths(articles: tuple[Article, ...]) -> list[Diagnostic]:
    """Two articles whose id and file name give one page (``KB-1`` in ``a-b.md`` and ``KB-1-a`` in
    ``b.md`` are both ``kb-1-a-b``): the second would overwrite the first's page."""
    problems: list[Diagnostic] = []
    first: dict[str, Article] = {}
    for article in articles:
        other = first.setdefault(article_doc_path(article), article)
        if other is not article and page_name(other.id) != page_name(article.id):  # else a duplicate id
            problems.append(Diagnostic(article.source.path, article.source.line, "id",
                                       f"id {article.id!r} and this file's name give the page of "
                                       f"{other.source.path} (id {other.id!r}); change the id or rename the file"))
    return problems


def _check_articles(articles: tuple[Article, ...], corpus: Corpus) -> list[Diagnostic]:
    problems = duplicate_ids(articles, lambda article: article.source.line)
    problems.extend(_check_page_paths(articles))
    problems.extend(_check_aliases(articles))
    by_slug = {article.slug: article for article in articles}
    ids = {article.id for article in articles}
    files = {f.relative for f in walk(corpus.project_dir, f"{CONTENT_DIR}/articles")[0]}
    # kept in the build's memo in parts by the article's id (see kbgen.memo.Parts): one look-up
    # in a dict each, not an entry's name and look-up
    findings, link_findings = Parts("article diagnostics"), Parts("link diagnostics")
    for article in articles:
        for index, related in enumerate(article.related):
            if related not in ids and related.upper() not in corpus.unloaded_ids:  # else its own errors say why
                problems.append(Diagnostic(article.source.path, article.source.line, "related",
                                           f"no article has the id {related!r}"))
        # each memo entry looked up on its own, every build: an entry read only inside another
        # entry's computation is not used when the outer one is kept, and the memo drops it.
        # The findings of the article alone are one entry named by its record (whose digest
        # the records cache knows: no hash of the body; two entries and a body hash each were
        # ~4% of one edit's CPU at 3,000 articles), with what its links name; those of its
        # links also name what each of those leads to now (:func:`_link_states`).
        body, placeholders, slugs, paths = findings.of(article.id, article, (), lambda: _article_findings(article))
        problems.extend(body)
        states = _link_states(slugs, paths, by_slug, corpus.unloaded_slugs, files)
        problems.extend(link_findings.of(article.id, article, states, lambda: _check_links(
            article, by_slug, corpus.unloaded_slugs, files)))
        problems.extend(placeholders)
    findings.save()
    link_findings.save()
    return problems + _check_featured(articles, corpus.config)


def _article_findings(article: Article) -> tuple[list[Diagnostic], list[Diagnostic], tuple[str, ...], tuple[str, ...]]:
    """What an article's own record shows: its body's problems and, when it is published, the
    placeholders left in it; and what :func:`_check_links` reads of the other files for it (see
    :func:`_linked_names`)."""
    placeholders = [] if article.draft else placeholder_diagnostics(
        article.source.path, article.body, article.body_line, article.summary, article.source.line)
    return (body_diagnostics(article.source.path, article.body, article.body_line), placeholders,
            *_linked_names(article))


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
    """An old URL can redirect to one article only: two aliases that differ only in case or in
    Unicode's two spellings of one letter (``é`` as one character or ``e`` and an accent: a
    case-insensitive or normalising file system, macOS's and Windows', holds one file for
    both), or one written as the folder (``old/vpn/``) and one as its ``index.html``, are one file."""
    owner: dict[str, tuple[Article, str]] = {}
    problems = []
    for article in articles:
        for alias in article.aliases:
            key = alias.lower()  # NFC already (alias_path); simple case mapping, as NTFS and APFS
            key = key[:-len("index.html")] if key.endswith("/index.html") else key
            first, written = owner.setdefault(key, (article, alias))
            if first is article and written != alias:
                problems.append(Diagnostic(article.source.path, article.source.line, "aliases",
                                           f"alias {alias!r} is the same page as its alias {written!r}; keep one"))
            elif first is not article:
                problems.append(Diagnostic(article.source.path, article.source.line, "aliases",
                                           f"alias {alias!r} is already used by {first.id} ({first.source.path})"))
    return problems


def link_path(article: Article, target: str) -> str:
    """The path below content/articles that a relative link of ``article`` points at, as the
    files are named there (backslash escapes read as the renderer reads them, then percent-escapes
    decoded, NFC); '' for a link to the page itself."""
    path, _ = split_target(link_address(target))
    if not path:
        return ""
    joined = posixpath.join(posixpath.dirname(article.slug), nfc(urllib.parse.unquote(path)))
    return posixpath.normpath(joined)


def resolve_link(article: Article, target: str) -> str | None:
    """The slug a relative ``.md`` link of ``article`` points at, or None if not a page link."""
    return _page_slug(link_path(article, target))


def _page_slug(path: str) -> str | None:
    """The slug of the article at ``path`` (below content/articles), or None if not a page."""
    return path[: -len(".md")] if path.endswith(".md") else None


def _relative_links(article: Article) -> Iterator[tuple[Link, str | None, str]]:
    """Each safe relative link of the article with what it names: the slug of the article a
    ``.md`` link points at (None for any other link) and the path below content/articles it
    points at (:func:`link_path`). Unsafe links are :func:`body_diagnostics`' findings."""
    for link in find_links(article.body):
        if link.is_unsafe or not link.is_relative:
            continue
        path = link_path(article, link.target)
        yield link, _page_slug(path), path


def _linked_names(article: Article) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The source paths (slugs) the article's relative ``.md`` links name, and the paths below
    content/articles its other relative links name, sorted, once each: all that
    :func:`_check_links` looks up besides the article itself."""
    slugs, paths = set(), set()
    for _, slug, path in _relative_links(article):
        if slug is None:
            paths.add(path)
        else:
            slugs.add(slug)
    return tuple(sorted(slugs)), tuple(sorted(paths))


def _link_states(slugs: tuple[str, ...], paths: tuple[str, ...], by_slug: dict[str, Article],
                 unloaded: frozenset[str], files: set[str]) -> tuple[str, ...]:
    """What each name of :func:`_linked_names` leads to now, one text each (the article there:
    its id and whether it is a draft; a file that failed to load; nothing), then whether each
    path is a file beside the articles. While these and an article's record are unchanged, so
    are its link findings, kept in the build's memo: adding, renaming or deleting an article
    checks again only the articles whose links name its path (every article before round 17)."""
    states = []
    for slug in slugs:
        target = by_slug.get(slug)
        states.append(f"{slug}\n{target.id}\n{int(target.draft)}" if target is not None
                      else f"{slug}\nunloaded" if slug in unloaded else f"{slug}\n")
    states.extend(f"{path}\n{int(path in files)}" for path in paths)
    return tuple(states)


def _check_links(article: Article, by_slug: dict[str, Article], unloaded: frozenset[str],
                 files: set[str]) -> list[Diagnostic]:
    """Links to missing or draft articles, and links to missing files (unsafe links are
    :func:`body_diagnostics`' findings)."""
    problems: list[Diagnostic] = []
    for link, slug, path in _relative_links(article):
        if slug is None:
            problems.extend(_check_file_link(article, link, path, files))
            continue
        line, col = article.body_line + link.line, column_of(article.body, link.start)
        target = by_slug.get(slug)
        if target is None and slug in unloaded:
            continue  # the target exists but has errors of its own, reported there
        if target is None:
            problems.append(BROKEN_LINK.at(article.source.path, line, "link",
                                           f"link to a missing article {link.target!r}{_slash_hint(link.target)}", col))
        elif target.draft and not article.draft:
            problems.append(LINK_TO_DRAFT.at(article.source.path, line, "link",
                                             f"link to {target.id}, which is a draft and will not be published", col))
    return problems


def _check_file_link(article: Article, link: Link, path: str, files: set[str]) -> list[Diagnostic]:
    """A warning (rule ``missing-file``) for an image, or a link to a file with an extension,
    that is not beside the articles (a page would show a broken image or a dead link); ``path``
    is the link's :func:`link_path`."""
    has_extension = "." in posixpath.basename(path)
    if not path or path in files or not (link.image or has_extension) or path.startswith("../"):
        return []
    what = "image" if link.image else "file"
    return [MISSING_FILE.at(article.source.path, article.body_line + link.line, "link",
                            f"{what} {link.target!r} is not in content/articles/{posixpath.dirname(article.slug)}"
                            .rstrip("/") + "; the page would show it broken" + _slash_hint(link.target),
                            column_of(article.body, link.start))]


def _slash_hint(target: str) -> str:
    """A hint for a link written with Windows' separator: a URL's folders are separated by '/'
    (a browser reads ``sub\\page.md`` as one odd name, or turns each '\\' into '/' as it likes)."""
    target = link_address(target)  # '\_' is an escaped '_', not a separator
    if "\\" not in target:
        return ""
    return f" (folders in a link are separated by '/': {target.replace(chr(92), '/')!r})"


ARTICLES = ContentType("article", "articles", article_schema, make_article, _check_articles)


def _load_file(kind: ContentType, schema: s.Schema, location: str, display: str, slug: str, config: SiteConfig,
               diagnostics: Diagnostics, cache: RecordCache | None, unloaded: set[tuple[str, str]]) -> Any:
    """The record of the file at ``location`` (from the records cache when the file is
    unchanged), or None with its problems added to ``diagnostics``; a file that fails adds
    ``("slug", slug)`` and, when its id is readable, ``("id", ID)`` to ``unloaded``."""
    text = None
    text_hash = cache.known_hash(location, display) if cache is not None else None
    if text_hash is None:
        text, problems = read_text(Path(location), display)
        if text is None:
            diagnostics.extend(problems)
            unloaded.add(("slug", slug))
            return None
        text_hash = cache.remember(location, display, text) if cache is not None else ""
    key = cache.key(kind.name, display, slug, text_hash) if cache is not None else ""
    hit = cache.get(key) if cache is not None else None
    if hit is not None:
        diagnostics.extend(hit[1])
        known_digest(hit[0], cache.record_digest(key))
        return hit[0]
    record, problems, raw_id = _parse_file(kind, schema, Path(location), display, slug, config, text)
    diagnostics.extend(problems)
    if record is None:
        unloaded.update({("slug", slug), ("id", raw_id.upper())} - {("id", "")})
    elif cache is not None:
        cache.put(key, record, problems)
        known_digest(record, cache.record_digest(key))
    return record


def _parse_file(kind: ContentType, schema: s.Schema, path: Path, display: str, slug: str, config: SiteConfig,
                text: str | None) -> tuple[Any, list[Diagnostic], str]:
    """A file's record (None if invalid), its diagnostics, and the id it states when it is
    invalid (for :attr:`~kbgen.model.Corpus.unloaded_ids`; '' if none can be read)."""
    if text is None:
        text, problems = read_text(path, display)
        if text is None:
            return None, problems, ""
    parsed, problems = split_front_matter(text, display)
    if parsed is None:
        return None, problems, ""
    values, problems = s.validate(schema, parsed.meta)
    if values is None:  # the body's own problems are told in the same run
        raw_id = parsed.meta.data.get("id")
        readable = isinstance(raw_id, (str, int)) and not isinstance(raw_id, bool)
        problems = problems + body_diagnostics(display, parsed.body, parsed.body_line)
        return None, problems, str(raw_id).strip() if readable else ""
    return kind.make(values, parsed, SourceRef(display, parsed.meta.line_of("id")), slug, config), problems, ""


def content_files(project_dir: Path, folder: str) -> list[tuple[Path, str, str]]:
    """``(path, display path, slug)`` of every ``.md`` file below a content folder, sorted
    (hidden files and links leading outside the project left out: see :mod:`kbgen.files`)."""
    return [(Path(location), display, slug) for location, display, slug in _content_sources(project_dir, folder)]


def _content_sources(project_dir: Path, folder: str) -> list[tuple[str, str, str]]:
    """:func:`content_files` with each path as text (the loader only stats most of them)."""
    files, _ = walk(project_dir, f"{CONTENT_DIR}/{folder}")
    return [(f.location, f"{CONTENT_DIR}/{folder}/{f.relative}", f.relative[: -len(".md")])
            for f in files if f.relative.endswith(".md")]


def _form_problems(project_dir: Path, kinds: Sequence[ContentType]) -> list[Diagnostic]:
    """What is wrong in the form of every content file (its folder, encoding, size, front matter,
    YAML, script and nesting in its body), found without the config: when site_config.yml has errors, a run still reports
    these with them, so one run shows every mistake that does not depend on the config."""
    problems: list[Diagnostic] = []
    for kind in kinds:
        problems.extend(not_a_folder(project_dir / CONTENT_DIR / kind.folder, project_dir))
        for path, display, _ in content_files(project_dir, kind.folder):
            text, found = read_text(path, display)
            parsed, found = (None, found) if text is None else split_front_matter(text, display)
            problems.extend(found if parsed is None else body_diagnostics(display, parsed.body, parsed.body_line))
    return problems


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
    diagnostics.extend(check_project_files(project_dir))
    if config is None:  # values cannot be validated without it; what is wrong in any file's form still shows
        diagnostics.extend(_form_problems(project_dir, (ARTICLES,) + content_types(components)))
        return None, diagnostics.sorted()
    cache = RecordCache.open(cache_file, config) if cache_file is not None else None
    kinds = (ARTICLES,) + content_types(components)
    records: dict[str, tuple] = {}
    unloaded: set[tuple[str, str]] = set()
    for kind in kinds:
        schema = kind.schema(config)
        failed: set[tuple[str, str]] = set()
        diagnostics.extend(not_a_folder(project_dir / CONTENT_DIR / kind.folder, project_dir))
        loaded = [_load_file(kind, schema, path, display, slug, config, diagnostics, cache, failed)
                  for path, display, slug in _content_sources(project_dir, kind.folder)]
        records[kind.folder] = tuple(r for r in loaded if r is not None)
        if kind is ARTICLES:
            unloaded = failed
    if cache is not None:
        cache.save()
    articles = tuple(sorted(records.pop(ARTICLES.folder), key=lambda a: (a.id, a.source.path)))
    corpus = Corpus(project_dir, config, articles, records,
                    unloaded_ids=frozenset(value for kind, value in unloaded if kind == "id"),
                    unloaded_slugs=frozenset(value for kind, value in unloaded if kind == "slug"))
    for kind in kinds:
        diagnostics.extend(kind.check(articles if kind is ARTICLES else records[kind.folder], corpus))
    items = apply_severity(diagnostics.sorted(), config)
    has_errors = any(d.severity is Severity.ERROR for d in items)
    return (None if has_errors and not partial else corpus), items
