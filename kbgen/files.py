"""Which files of a project kbgen reads and publishes.

* Never a file or folder outside the project: a symbolic link that resolves outside it
  (``content/articles/passwd.png -> /etc/passwd``) is an error naming the link, and the file
  is neither read nor copied.
* Never a hidden file or folder (``.git``, an editor's ``.#draft.md``, a build's leftover
  ``.kbgen-build-*``): they are not content.
* Names as people type them: a name the file system stores decomposed (NFD, as macOS does)
  is used in its composed form (NFC), so ``[x](café.md)`` finds the file either way.
"""
from __future__ import annotations

import contextlib
import heapq
import os
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from .errors import Diagnostic

#: How a folder the walk could not list is reported (its files are unknown, not absent).
CANNOT_READ_FOLDER = "cannot read folder"

#: Folders of a project whose files are read or published.
PROJECT_FOLDERS = ("content", "theme")


@dataclass(frozen=True)
class ProjectFile:
    """A file below a project folder.

    Attributes:
        location: where it is on disk, as text (a walk of 10,000 files made a ``Path`` of each,
            ~0.2 s, where most are only statted: :attr:`path` makes it when asked).
        relative: its path below the folder walked, with '/' and composed (NFC) names.
    """

    location: str
    relative: str

    @property
    def path(self) -> Path:
        """Where it is on disk."""
        return Path(self.location)


def nfc(text: str) -> str:
    """``text`` in Unicode normalisation form C (composed characters)."""
    return unicodedata.normalize("NFC", text)


def _display(path: Path, project_dir: Path) -> str:
    try:
        return nfc(path.relative_to(project_dir).as_posix())
    except ValueError:
        return str(path)


#: What :func:`outside_project` returns for a link that never ends (it leads back to itself).
LOOP = Path("<a loop of links>")


def outside_project(path: Path, project_real: Path) -> Path | None:
    """Where ``path`` really is, when that is outside the project (None when inside;
    :data:`LOOP` when following its links never ends)."""
    try:
        target = path.resolve()
    except (OSError, RuntimeError):  # a loop of links (RuntimeError before Python 3.13)
        return LOOP
    return None if target == project_real or target.is_relative_to(project_real) else target


#: Folders walked in the running build (see :func:`walking_once`), with whether the walk met a
#: symbolic link; None outside one.
_WALKED: dict[tuple[str, str], tuple[list[ProjectFile], list[Diagnostic], bool]] | None = None


@contextlib.contextmanager
def walking_once() -> Iterator[None]:
    """Within the block, each folder is walked once, and a folder below one of
    :data:`PROJECT_FOLDERS` is taken from that folder's walk: a build asks for the articles'
    files when loading, checking links and copying assets, and for the whole ``content``
    folder's links, and walking 10,000 files costs ~50 ms a time."""
    global _WALKED
    saved, _WALKED = _WALKED, {}
    try:
        yield
    finally:
        _WALKED = saved


def walk(project_dir: Path, folder: str) -> tuple[list[ProjectFile], list[Diagnostic]]:
    """Every regular file below ``project_dir / folder``, sorted by relative path, and an
    error for each link (or the folder itself) that resolves outside the project (read once
    while :func:`walking_once` holds)."""
    if _WALKED is None:
        return _walk(Path(project_dir), folder)[:2]
    files, problems, _ = _walked(Path(project_dir), folder)
    return list(files), list(problems)


def _walked(project_dir: Path, folder: str) -> tuple[list[ProjectFile], list[Diagnostic], bool]:
    """:func:`_walk`, once per folder in the running build; a folder below a project folder is
    the part of that folder's walk below it, when that walk met no symbolic link (a link can
    lead a walk into a folder by another way, and each real folder is walked once)."""
    assert _WALKED is not None
    key = (str(project_dir.resolve()), folder)
    if key not in _WALKED:
        top, _, below = folder.partition("/")
        whole = _walked(project_dir, top) if below and top in PROJECT_FOLDERS else None
        if whole is not None and not whole[2] and (project_dir / folder).is_dir():
            prefix, shown = below.rstrip("/") + "/", folder.rstrip("/") + "/"
            _WALKED[key] = ([ProjectFile(f.location, f.relative[len(prefix):]) for f in whole[0]
                             if f.relative.startswith(prefix)],
                            [d for d in whole[1] if d.path == folder or d.path.startswith(shown)], False)
        else:
            _WALKED[key] = _walk(project_dir, folder)
    return _WALKED[key]


def _walk(project_dir: Path, folder: str) -> tuple[list[ProjectFile], list[Diagnostic], bool]:
    """The files below ``project_dir / folder`` (see :func:`walk`), and whether a symbolic
    link was met on the way."""
    root, project_real = project_dir / folder, project_dir.resolve()
    if not root.is_dir():
        return [], not_a_folder(root, project_dir), False
    outside = outside_project(root, project_real)
    if outside is not None:
        return [], [_link_error(root, outside, project_dir)], True
    files, problems, seen, linked = [], [], set(), root.is_symlink()
    # Folders by (links followed to reach them, path): a folder reached both where it is and
    # through a link is read where it is, so an article's slug never depends on a link's name
    # (a link to a sibling folder sorting before or after it); ties go to the first path.
    queue: list[tuple[int, str, Path]] = [(0, "", root)]
    root_real = root.resolve()
    prefix = os.path.join(str(root), "")  # every entry's path starts with it: sliced, not parsed
    while queue:
        links, _, current = heapq.heappop(queue)
        real = current.resolve()
        if real in seen:
            continue
        seen.add(real)
        try:
            entries = sorted(os.scandir(current), key=lambda e: e.name)
        except OSError as exc:
            problems.append(Diagnostic(_display(current, project_dir), 0, "", f"{CANNOT_READ_FOLDER}: {exc.strerror}"))
            continue
        for entry in entries:
            if entry.name.startswith("."):
                continue
            if not _utf8(entry.name):
                problems.append(Diagnostic(_shown(entry.path, project_dir), 0, "", "its name is not UTF-8 text "
                                           "(written by a system with another encoding): a name becomes a web "
                                           "address and a search entry; rename it"))
                continue
            if entry.is_symlink():
                linked, path = True, Path(entry.path)
                if (outside := outside_project(path, project_real)) is not None:
                    problems.append(_link_error(path, outside, project_dir))
                    continue
                if entry.is_dir() and root_real.is_relative_to(path.resolve()):
                    problems.append(Diagnostic(_display(path, project_dir), 0, "", f"is a link to {path.resolve()}, "
                                               f"which holds {_display(root, project_dir)}/ itself: a loop; remove the link"))
                    continue
                if not path.exists():
                    problems.append(Diagnostic(_display(path, project_dir), 0, "", f"is a link to "
                                               f"{os.readlink(path)}, which does not exist: fix or remove the link"))
                    continue
            if entry.is_dir():
                heapq.heappush(queue, (links + entry.is_symlink(), entry.path, Path(entry.path)))
            elif entry.is_file():
                files.append(ProjectFile(entry.path, nfc(entry.path[len(prefix):].replace(os.sep, "/"))))
            else:  # a named pipe (reading it waits for a writer), a socket or a device
                problems.append(Diagnostic(_display(Path(entry.path), project_dir), 0, "", "is not a file (a "
                                           "named pipe, socket or device): kbgen reads only files; remove it"))
    return (sorted(files, key=lambda f: f.relative), problems + _same_names(files, project_dir, folder), linked)


def _utf8(name: str) -> bool:
    """Whether a file name read from the disk is text: Python gives the bytes of a name that
    is not UTF-8 as lone surrogates, which no page, URL or cache key can hold."""
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _shown(location: str, project_dir: Path) -> str:
    """A path that is not UTF-8 as it can be shown: each byte that is not text as U+FFFD."""
    shown = _display(Path(location), project_dir)
    return shown.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def not_a_folder(root: Path, project_dir: Path) -> list[Diagnostic]:
    """An error when a project folder exists but is a file (or a broken link): its content
    would silently be missing from the site. A missing folder is fine (no content yet)."""
    if root.is_dir():
        return []
    if root.is_symlink() and not root.exists():
        if outside_project(root, project_dir.resolve()) is LOOP:
            return []  # the walk reports the loop itself (a loop does not "exist" either)
        return [Diagnostic(_display(root, project_dir), 0, "", f"is a link to {os.readlink(root)}, "
                           "which does not exist: fix or remove the link")]
    if not root.exists():
        return []
    return [Diagnostic(_display(root, project_dir), 0, "", "is a file, not a folder: kbgen reads the "
                       f"files inside {_display(root, project_dir)}/; move this file away")]


def _link_error(path: Path, target: Path, project_dir: Path) -> Diagnostic:
    if target is LOOP:
        return Diagnostic(_display(path, project_dir), 0, "", "is a link that leads back to itself (a loop of "
                          "links): nothing can be read through it; fix or remove the link")
    return Diagnostic(_display(path, project_dir), 0, "", f"is a link to {target}, outside the project: "
                      "kbgen reads and publishes only files inside the project; copy the file in instead")


def _same_names(files: list[ProjectFile], project_dir: Path, folder: str) -> list[Diagnostic]:
    """Two files whose names differ only in how accents are stored would be one page."""
    first: dict[str, ProjectFile] = {}
    problems = []
    for item in files:
        key = item.relative
        if key in first and first[key].location != item.location:
            problems.append(Diagnostic(_display(item.path, project_dir), 0, "",
                                       f"has the same name as {_display(first[key].path, project_dir)} "
                                       "(their accents are stored differently); rename one"))
        first.setdefault(key, item)
    return problems


def check_project_files(project_dir: Path) -> list[Diagnostic]:
    """Errors for every link in the project's folders that leads outside the project."""
    return [problem for folder in PROJECT_FOLDERS for problem in walk(project_dir, folder)[1]]
