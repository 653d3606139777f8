"""``kbgen new``: new content files from templates, with the next free id."""
from __future__ import annotations

import datetime as dt
import os
import re
import unicodedata
from pathlib import Path
from typing import Iterable

from . import schema as s
from .content import content_files
from .errors import BadOption, KbgenError
from .placeholders import ARTICLE_BODIES, ARTICLE_SUMMARY
from .site.urls import file_stem, slugify
from .source import read_text, split_front_matter

def existing_ids(project: Path, folder: str) -> list[str]:
    """Ids found in the front matter of a content folder (unparsable files are skipped)."""
    ids = []
    for path, display, _ in content_files(project, folder):
        text, _ = read_text(path, display)
        parsed = split_front_matter(text, display)[0] if text else None
        if parsed and isinstance(parsed.meta.data.get("id"), (str, int)):
            ids.append(str(parsed.meta.data["id"]))
    return ids


def next_ids(ids: Iterable[str], prefix: str, width: int = 4, count: int = 1) -> list[str]:
    """``count`` free ids ``<prefix><number>`` above the highest number in use, zero-padded."""
    numbers = [int(m.group(1)) for i in ids if (m := re.fullmatch(re.escape(prefix) + r"(\d+)", i))]
    start = max(numbers, default=0) + 1
    return [f"{prefix}{n:0{width}d}" for n in range(start, start + count)]


def next_id(ids: Iterable[str], prefix: str, width: int = 4) -> str:
    """The next free ``<prefix><number>``: one more than the highest number in use."""
    return next_ids(ids, prefix, width)[0]


def yaml_text(value: str) -> str:
    """A YAML double-quoted scalar of one line of text.

    Raises:
        KbgenError: ``value`` holds a line break or another control character (category Cc,
            Zl or Zp), which would break the file or that no page or feed can hold.
    """
    if any(unicodedata.category(ch) in ("Cc", "Zl", "Zp") for ch in value):
        raise KbgenError(f"{value!r}: must be one line of text, without line breaks or control characters")
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def checked_title(title: str) -> str:
    """A new file's title, checked as the file's ``title`` will be (not empty or invisible, no
    character that disguises the text around it), so ``kbgen new`` never writes a file that
    fails at once.

    Raises:
        KbgenError: the title is refused, in the schema's words.
    """
    yaml_text(title)  # a line break or control character first, in its own words
    try:
        return s.text(one_line=True)(title)  # at most ONE_LINE_MAX characters, as the file's title
    except s.Invalid as exc:
        raise KbgenError(f"the title {exc.message}") from None


def new_article(project: Path, title: str, prefix: str, kind: str = "how-to", folder: str = "",
                today: dt.date | None = None) -> Path:
    """Create ``content/articles/<folder>/<slug>.md`` with the next free id; return its path."""
    title = checked_title(title)
    article_id = next_id(existing_ids(project, "articles"), prefix)
    ident = slugify(article_id)  # the name when the title has no letter in ASCII (another script)
    stem = file_stem(slugify(title, fallback=ident), ident)
    target = project / "content" / "articles" / article_folder(project, folder) / f"{stem}.md"
    if target.exists():
        raise KbgenError(f"{target}: already exists; choose another title or --folder")
    day = (today or dt.date.today()).isoformat()
    front = [f"id: {article_id}", f"title: {yaml_text(title.strip())}",
             f"summary: {ARTICLE_SUMMARY}", f"type: {kind}",
             "tags: []", "services: []", "keywords: []", "owner: Service desk", f"created: {day}",
             f"reviewed: {day}", "draft: true"]
    write_new_file(target, "---\n" + "\n".join(front) + "\n---\n" + ARTICLE_BODIES[kind], project)
    return target


def article_folder(project: Path, folder: str) -> str:
    """``--folder``: a sub-folder of content/articles, as a relative path.

    Raises:
        KbgenError: the folder is absolute, climbs out with '..', is hidden, or leads outside
            content/articles through a link.
    """
    parts = [part for part in folder.replace("\\", "/").split("/") if part not in ("", ".")]
    if folder.strip().startswith(("/", "\\", "~")) or ":" in folder or any(
            part == ".." or part.startswith(".") for part in parts):
        raise BadOption("--folder", f"{folder!r} is not a sub-folder of content/articles "
                         "(give a relative path such as printing/setup, without '..')")
    root = (project / "content" / "articles").resolve()
    if not (root / "/".join(parts)).resolve().is_relative_to(root):
        raise BadOption("--folder", f"{folder!r} leads outside content/articles through a link")
    return "/".join(parts)


def write_new_file(target: Path, text: str, project: Path | None = None) -> None:
    """Create ``target`` (and its folders) holding ``text``; never replaces a file. With
    ``project``, only inside it: a folder on the way that is a link leading out of the project
    (``content/articles`` linked to another folder) is an error before anything is made,
    as the loader refuses to read through one.

    Raises:
        KbgenError: the file exists, cannot be written (the OS's reason is given) or would
            be written outside ``project``.
    """
    if project is not None:
        _refuse_outside(target.parent, project)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:  # FileExistsError too: a file stands where a folder must be
        raise KbgenError(f"{target.parent}: cannot be made a folder: {exc.strerror or exc}") from None
    try:
        with target.open("x", encoding="utf-8") as handle:
            handle.write(text)
    except FileExistsError:  # callers that can say how to avoid it check first
        raise KbgenError(f"{target}: already exists") from None
    except OSError as exc:
        raise KbgenError(f"{target}: cannot be written: {exc.strerror or exc}") from None


def _refuse_outside(folder: Path, project: Path) -> None:
    """Raise :class:`KbgenError` when ``folder``, or the nearest of its parents that exists (a
    link that leads nowhere counts), leads outside ``project`` or into a loop of links."""
    from .files import LOOP, outside_project

    existing = folder
    while not os.path.lexists(existing) and existing != existing.parent:
        existing = existing.parent
    where = outside_project(existing, project.resolve())
    if where is LOOP:
        raise KbgenError(f"{existing}: is a link that leads back to itself (a loop of links); nothing was written")
    if where is not None:
        raise KbgenError(f"{existing}: is a link to {where}, outside the project: kbgen writes only inside the "
                         "project; nothing was written")
