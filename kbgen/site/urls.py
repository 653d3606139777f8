"""Site paths and relative URLs (pure string functions, no engine)."""
from __future__ import annotations

import functools
import hashlib
import posixpath
import re
import unicodedata
from typing import Iterable, Mapping

from ..model import Article


#: Longest slug: a file or folder name is at most 255 bytes, and a URL should stay readable.
MAX_SLUG = 100
_NOT_SLUG = re.compile(r"[^a-z0-9]+")


#: File names Windows keeps for devices whatever their extension (``con.md`` cannot be made
#: there, so a project or a site holding one cannot be checked out or served from Windows).
_DEVICE_NAMES = re.compile(r"(?:con|prn|aux|nul|com[0-9]|lpt[0-9])")


def file_stem(slug: str, suffix: str) -> str:
    """``slug`` as a file name's stem: with ``-suffix`` after it when it is a device name
    Windows keeps (:data:`_DEVICE_NAMES`)."""
    return f"{slug}-{suffix}" if _DEVICE_NAMES.fullmatch(slug) else slug


@functools.lru_cache(maxsize=1 << 16)  # each article's id and file name are slugged by several stages
def slugify(text: str, fallback: str = "item") -> str:
    """Lower-case ASCII words joined by '-' (``"Wi-Fi & VPN"`` -> ``"wi-fi-vpn"``), cut after
    at most :data:`MAX_SLUG` characters at a word boundary; ``fallback`` when nothing is left
    (a text in another script: ``"Принтер"``)."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = _NOT_SLUG.sub("-", ascii_text.lower()).strip("-")
    if len(slug) > MAX_SLUG:
        cut = slug[: MAX_SLUG + 1]
        slug = cut.rsplit("-", 1)[0] if "-" in cut else slug[:MAX_SLUG]
    return slug or fallback


def article_doc_path(article: Article) -> str:
    """Docs path of an article page: ``articles/<id>-<file name>.md`` (URL contains the id)."""
    return _article_doc_path(article.id, article.slug)


@functools.lru_cache(maxsize=1 << 16)  # loading, checks, planning and the catalogue each ask, per article
def _article_doc_path(ident: str, slug: str) -> str:
    return f"articles/{slugify(ident)}-{slugify(posixpath.basename(slug))}.md"


def service_doc_path(service_id: str) -> str:
    return f"services/{service_id}.md"


def service_url(service_id: str) -> str:
    """Site-relative URL of a service's page."""
    return doc_url(service_doc_path(service_id))


@functools.lru_cache(maxsize=1 << 16)  # a few hundred tags name ~20,000 article tags: each made once
def tag_doc_path(tag: str) -> str:
    """Docs path of a tag page (``index`` is the tags index, so that tag gets ``index-tag``).

    A tag whose letters or digits the ASCII fold drops (a tag in Japanese, Cyrillic, Arabic...)
    gets a short digest of the tag after its slug: every such tag folded to the same slug
    (``item``), so unrelated tags shared one page. Accents are not letters dropped
    (``café`` is ``cafe``)."""
    slug = slugify(tag)  # a device name (prn) keeps its page: a tag page's URL is stable across versions
    if slug == "index":
        slug = "index-tag"
    if _letters_dropped(tag):
        # of its letters and digits only, width and case folded: tags that differ in punctuation,
        # full/half width or case share a page, as ASCII tags do
        kept = "".join(c for c in unicodedata.normalize("NFKC", tag).casefold() if c.isalnum())
        digest = hashlib.sha256(kept.encode("utf-8"))  # YAML holds no lone surrogate
        slug = f"{slug}-{digest.hexdigest()[:10]}"
    return f"tags/{slug}.md"


def _letters_dropped(text: str) -> bool:
    """Whether folding ``text`` to ASCII loses a letter or a digit (not only accents)."""
    return any(unicodedata.category(char)[0] in "LN" and not char.isascii()
               for char in unicodedata.normalize("NFKD", text))


def reads_as_scheme(path: str) -> bool:
    """Whether a relative site path's first segment holds ':': a browser reads it as a scheme
    (``javascript:``) and Windows as a drive (``c:``), so the site writes no such folder (the
    alias check refuses it at its line, the writer at build)."""
    return ":" in path.split("/", 1)[0]


def doc_url(doc_path: str) -> str:
    """The directory URL of a docs path (``a/b.md`` -> ``a/b/``; ``a/index.md`` -> ``a/``)."""
    base = doc_path[: -len(".md")] if doc_path.endswith(".md") else doc_path
    if base == "index":
        return ""
    if base.endswith("/index"):
        base = base[: -len("/index")]
    return base + "/"


def site_relpath(path: str, start: str) -> str:
    """``posixpath.relpath(path, start)`` of two site-relative paths, worked out on the strings
    alone: ``relpath`` makes both absolute with the working folder (a system call each time,
    most of its cost when every page links to a dozen others), which cancels out unless a
    ``..`` climbs above the site (then this answers as if the site were at ``/``)."""
    path_parts = [part for part in posixpath.normpath("/" + path).split("/") if part]
    start_parts = [part for part in posixpath.normpath("/" + start).split("/") if part]
    common = len(posixpath.commonprefix([start_parts, path_parts]))
    return "/".join([".."] * (len(start_parts) - common) + path_parts[common:]) or "."


def relative_url(from_url: str, to_url: str) -> str:
    """A relative link from the page at ``from_url`` to ``to_url`` (both site-relative)."""
    start = from_url.rstrip("/") or "."
    target_dir, _, anchor = to_url.partition("#")
    relative = site_relpath(target_dir.rstrip("/") or ".", start)
    if to_url.endswith("/") or target_dir == "" or target_dir.endswith("/"):
        relative = relative.rstrip("/") + "/"
        relative = "./" if relative == "./" else relative
    if relative.startswith("./") and len(relative) > 2:
        relative = relative[2:]
    return relative + (f"#{anchor}" if anchor else "")


def linkable(published: Iterable[Article], retired: Iterable[Article]) -> dict[str, Article]:
    """What a link to a source path (slug) leads to: the article there, a published one winning
    over a retired one (whose page points on to its replacement)."""
    return {**{a.slug: a for a in retired}, **{a.slug: a for a in published}}


def leads_to(by_slug: Mapping[str, Article], slug: str) -> tuple[str, str] | None:
    """What a link to a source path leads to in a :func:`linkable` map: the article's id and
    page, or None."""
    found = by_slug.get(slug)
    return None if found is None else (found.id, article_doc_path(found))
