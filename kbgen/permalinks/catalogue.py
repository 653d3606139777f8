"""``api/articles.json``: the catalogue of what a site publishes, written and read back here.

Ticketing tools load it to suggest articles in their side panel; kbgen reads the previous
site's copy on the next build to keep every URL it ever published working. One entry per
published article (id, title, URLs, summary, type, services, tags, updated date, sections) and
one per retired article (its URLs and its replacement). Sorted and indented, so the same
content gives the same bytes.
"""
from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from typing import Any, Iterable, Mapping

from .. import schema as s
from ..anchors import headings
from ..content import published_path
from ..errors import Diagnostic, Severity
from ..json_bounds import too_dense, whole_number
from ..memo import remembered
from ..model import Article, PreviousFile, SiteConfig
from ..rules import Rule
from ..snippets import short_path, site_base

PATH = "api/articles.json"
FORMAT = 1

PREVIOUS_CATALOGUE = Rule("previous-catalogue", Severity.ERROR,
                          "The previous site's `api/articles.json` cannot be read, so moved and deleted "
                          "articles cannot be found.")


@dataclass(frozen=True)
class Entry:
    """An article as a previous build published it.

    Attributes:
        id: its id.
        title: its title then.
        page: the site path of its page then (``articles/kb0001-reset/``).
        paths: every site path it was reachable at: its page, its short link and the old URLs
            that redirected to it.
        retired: True when it was already retired.
        line: line of the entry in the file (for messages).
    """

    id: str
    title: str
    page: str
    paths: tuple[str, ...]
    retired: bool = False
    line: int = 0


@dataclass(frozen=True)
class Catalogue:
    """A previous site's catalogue, read back.

    Attributes:
        path: where it was read from, as shown to the user.
        entries: its articles, published and retired.
    """

    path: str
    entries: tuple[Entry, ...] = ()


def sections(article: Article) -> list[dict[str, Any]]:
    """An article's sections for the catalogue: anchor, title and level of each heading."""
    return [{"anchor": h.anchor, "level": h.level, "title": h.title} for h in headings(article.body)]


def article_entry(config: SiteConfig, article: Article, page: str, redirects: Iterable[str]) -> dict[str, Any]:
    """The catalogue entry of a published article whose page is at ``page``."""
    base, updated = site_base(config), article.reviewed or article.created
    return {"id": article.id, "title": article.title, "summary": article.summary, "type": article.type,
            "services": list(article.services), "tags": list(article.tags),
            "updated": updated.isoformat() if updated else None,
            "path": page, "url": base + page, "short_path": short_path(article),
            "short_url": base + short_path(article), "redirects": sorted(set(redirects)),
            "sections": sections(article)}


def retired_entry(config: SiteConfig, article: Article, page: str, replacement: Article,
                  redirects: Iterable[str]) -> dict[str, Any]:
    """The catalogue entry of a retired article, whose small page is at ``page``."""
    base = site_base(config)
    return {"id": article.id, "title": article.title, "replaced_by": replacement.id,
            "path": page, "url": base + page, "short_path": short_path(article),
            "short_url": base + short_path(article), "redirects": sorted(set(redirects))}


def catalogue_bytes(config: SiteConfig, articles: list[dict], retired: list[dict]) -> bytes:
    """The file: entries sorted by id, keys sorted, one value per line."""
    return catalogue_of_texts(config, [(e["id"], entry_text(e)) for e in articles],
                              [(e["id"], entry_text(e)) for e in retired])


#: The file's indentation (``json.dumps(indent=1)``) and how deep an entry sits in it (in the
#: ``articles`` or ``retired`` list of the top-level object).
INDENT, ENTRY_DEPTH = 1, 2


def entry_text(entry: dict[str, Any]) -> str:
    """One entry as the file writes it, indented for its place in a list: made once per entry
    (and kept in the plan's memo), so one edit does not serialise every entry again. JSON
    strings hold no raw line break, so re-indenting line by line is exact."""
    text = json.dumps(entry, indent=INDENT, sort_keys=True, ensure_ascii=False)
    return text.replace("\n", "\n" + " " * (INDENT * ENTRY_DEPTH))


def catalogue_of_texts(config: SiteConfig, articles: list[tuple[str, str]], retired: list[tuple[str, str]]) -> bytes:
    """The file from ``(id, entry_text)`` pairs: the same bytes as ``json.dumps(indent=1,
    sort_keys=True)`` of the whole catalogue (``tests/test_permalinks.py`` compares them)."""
    lists = {}
    for name, pairs in (("articles", articles), ("retired", retired)):
        texts = [text for _, text in sorted(pairs, key=lambda pair: pair[0])]
        pad = " " * (INDENT * ENTRY_DEPTH)
        lists[name] = f"[\n{pad}" + f",\n{pad}".join(texts) + f"\n{' ' * INDENT}]" if texts else "[]"
    # Placeholders stand where the lists go; the keys are sorted, so the first match of each is
    # its list's value (before site_name and site_url, whatever they hold).
    data = {"format": FORMAT, "generator": "kbgen", "site_name": config.site_name,
            "site_url": config.site_url or None, "articles": "\0articles\0", "retired": "\0retired\0"}
    text = json.dumps(data, indent=INDENT, sort_keys=True, ensure_ascii=False)
    for name, value in lists.items():
        text = text.replace(json.dumps(f"\0{name}\0"), value, 1)
    return (text + "\n").encode("utf-8")


# --- reading it back --------------------------------------------------------------------------

#: An ``"id": "..."`` member as kbgen writes it (a string stops at its closing quote).
_ID_MEMBER = re.compile(r'"id":\s*"((?:[^"\\\n]|\\.)*)"')


def id_lines(text: str) -> dict[str, int]:
    """The line of each ``"id"`` member in the file, found in one pass (the first wins)."""
    lines: dict[str, int] = {}
    line, done = 1, 0
    for match in _ID_MEMBER.finditer(text):
        line += text.count("\n", done, match.start())
        done = match.start()
        try:
            lines.setdefault(json.loads(f'"{match.group(1)}"'), line)
        except ValueError:
            continue
    return lines


def _entry(raw: Any, retired: bool, lines: dict[str, int]) -> Entry:
    """One entry, checked; raises :class:`kbgen.schema.Invalid`."""
    if not isinstance(raw, dict):
        raise s.Invalid("an entry is not a mapping")
    article_id, title = s.text()(raw.get("id")), s.text(allow_empty=True)(raw.get("title", ""))
    page = published_path(raw.get("path"))
    others = raw.get("redirects", [])
    if not isinstance(others, list):
        raise s.Invalid(f"{article_id}: redirects is not a list")
    paths = [page, published_path(raw.get("short_path", f"kb/{article_id}/"))]
    paths += [published_path(path) for path in others]
    return Entry(article_id, title, page, tuple(dict.fromkeys(paths)), retired, lines.get(article_id, 0))


def _problem(previous: PreviousFile, line: int, message: str) -> Diagnostic:
    return PREVIOUS_CATALOGUE.at(previous.path, line, "", message)


def read_catalogue(previous: PreviousFile) -> tuple[Catalogue, list[Diagnostic]]:
    """The entries of a previous catalogue, and a finding for everything in it that cannot be
    read (the entries that can still count)."""
    entries, problems = read_entries(previous.content)
    return Catalogue(previous.path, entries), [_problem(previous, line, message) for line, message in problems]


def read_entries(content: bytes) -> tuple[tuple[Entry, ...], tuple[tuple[int, str], ...]]:
    """:func:`read_catalogue`'s entries, and its problems as ``(line, message)``."""
    try:
        text = content.decode("utf-8")
        if problem := too_dense(text, "catalogues"):
            return (), ((0, f"not a kbgen catalogue: {problem}"),)
        data = json.loads(text, parse_int=whole_number)  # a number too long for Python stays text
    except RecursionError:
        return (), ((0, "not a kbgen catalogue: nested too deeply"),)
    except (UnicodeDecodeError, ValueError) as exc:
        return (), ((getattr(exc, "lineno", 0), f"not a kbgen catalogue: {exc}"),)
    if not isinstance(data, dict) or data.get("generator") != "kbgen" or data.get("format") != FORMAT:
        return (), ((1, f"not a kbgen catalogue (format {FORMAT})"),)
    entries, problems, lines = [], [], id_lines(text)
    for key, retired in (("articles", False), ("retired", True)):
        listed = data.get(key) or []
        if not isinstance(listed, list):
            problems.append((0, f"{key}: expected a list"))
            continue
        for index, raw in enumerate(listed):
            try:
                entries.append(_entry(raw, retired, lines))
            except s.Invalid as exc:
                problems.append((0, f"{key}.{index}: {exc.message}"))
    return tuple(entries), tuple(problems)


def read_back(text: str, retired: bool) -> Entry | None:
    """What :func:`read_catalogue` reads from one entry's text (:func:`entry_text`), its line
    left 0; None when it would be refused."""
    try:
        return _entry(json.loads(text), retired, {})
    except (ValueError, RecursionError, s.Invalid):
        return None


def written_entries(content: bytes, articles: list[tuple[str, Entry | None]],
                    retired: list[tuple[str, Entry | None]]) -> tuple[Entry, ...] | None:
    """What :func:`read_catalogue` will read from the file :func:`catalogue_of_texts` made of
    these entries (``(entry_text, read_back)`` pairs, each list in the file's order, by id),
    worked out from the entries instead of parsing the file again; None when an entry would be
    refused (the file is then read whole). Each entry's ``"id"`` member is its text's second
    line (its first key, as the keys are sorted); the first entry of a list starts on the line
    after the list's ``[``, each next one on the line after the one before ends."""
    if any(entry is None for _, entry in (*articles, *retired)):
        return None
    text = content.decode("utf-8")
    found: list[tuple[Entry, int]] = []
    for name, pairs in (("articles", articles), ("retired", retired)):
        # A raw line break in the file is followed by the top level's one space only before a
        # top-level key (strings hold no raw line break; entries are indented deeper).
        start = text.count("\n", 0, text.index(f'\n{" " * INDENT}"{name}": ')) + 3
        for entry_text_, entry in pairs:
            found.append((entry, start + 1))
            start += entry_text_.count("\n") + 1
    lines: dict[str, int] = {}
    for entry, line in found:
        lines.setdefault(entry.id, line)
    # made directly: dataclasses.replace cost ~5 us an entry, 10,000 of them on every build whose catalogue changed
    return tuple(Entry(entry.id, entry.title, entry.page, entry.paths, entry.retired, lines[entry.id])
                 for entry, _ in found)


def previous_catalogue(previous: Mapping[str, PreviousFile]) -> tuple[Catalogue | None, list[Diagnostic]]:
    """The previous build's catalogue (None on a first build) and the problems reading it."""
    found = previous.get(PATH)
    if found is None:
        return None, []
    # Read once per build (its checks and the planner both ask), kept by its bytes; the build
    # that writes a catalogue keeps what will be read from it (see written_entries).
    entries, problems = remembered(PREVIOUS_NAMESPACE, (catalogue_digest(found.content),),
                                   lambda: read_entries(found.content))
    return Catalogue(found.path, entries), [_problem(found, line, message) for line, message in problems]


#: The memo's namespace of catalogues read back, by :func:`catalogue_digest`.
PREVIOUS_NAMESPACE = "previous catalogue"


def catalogue_digest(content: bytes) -> str:
    """How the memo names a catalogue's bytes."""
    return hashlib.sha256(content).hexdigest()
