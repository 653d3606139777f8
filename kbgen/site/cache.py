"""The build cache: what each file of the last site was made from, kept beside the site.

A build writes ``.<site>.kbgen-cache/manifest.json`` next to the output folder (never inside
it: nothing here is published). For every file of the site it records a key (a hash of what
the file is made from), the file's size, modification time, inode and change time as it stands
in the site (taken once it is in place: moving or linking a file moves its change time), a digest
of its bytes (a file whose change time alone moved is hashed: see :func:`still_written`), and for pages
the digest of their declared inputs, MkDocs' warnings and the link targets MkDocs looked up.
The next build reuses a file only when its key is the same, the file on disk is still the one
kbgen wrote, and every link target it looked up still exists (or still does not).

A manifest that cannot be read, comes from another kbgen version or describes another folder
is ignored: the build is then a clean one. Nothing here ever raises on a bad cache.
"""
from __future__ import annotations

import contextlib
import hashlib
import json
import os
import stat as stat_module
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

from ..content_cache import code_version, collector_paused
from ..json_bounds import too_dense
from .reuse import UnitIndex, well_formed

#: Bumped whenever what a key covers changes (2: the units and input digests of planning; 3:
#: their checksum and each unit's memo entries; 4: three lines, the checksum of the page index
#: taken over its line as written; 5: a file's change time in its stat, and each folder's; 6:
#: each file's :func:`bytes_digest`).
FORMAT = 6
MANIFEST = "manifest.json"

Stat = tuple[int, int, int, int]
"""``(size, mtime_ns, inode, ctime_ns)`` of a file as kbgen left it. The change time is what an
edit by hand cannot hide (its size kept, its modification time set back with ``touch -r``):
setting a time moves the change time to the moment it is done. (On Windows ``st_ctime_ns`` is
the creation time: there such an edit is not seen.)"""

FolderTime = tuple[int, int]
"""``(mtime_ns, ctime_ns)`` of a folder of the site: a file added or removed moves both, and a
modification time set back afterwards moves the change time."""


def cache_dir(out: Path) -> Path:
    """The cache folder of a site folder: ``.<name>.kbgen-cache`` beside it."""
    return out.parent / f".{out.name}.kbgen-cache"


#: Bytes of a file's digest (see :func:`bytes_digest`): 128 bits, a chance collision out of reach.
DIGEST_SIZE = 16


def bytes_digest(data: bytes) -> str:
    """The short digest of a file's bytes the manifest keeps: a file whose change time alone
    moved (``chmod -R``, ``chown -R``, a ``cp -al`` snapshot, access times put back) is hashed
    and compared with it rather than made again (see :func:`still_written`)."""
    return hashlib.blake2b(data, digest_size=DIGEST_SIZE).hexdigest()


def file_digest(path: Path | str) -> str | None:
    """:func:`bytes_digest` of a file read in blocks (None when it cannot be read)."""
    digest = hashlib.blake2b(digest_size=DIGEST_SIZE)
    try:
        with open(path, "rb") as handle:
            while block := handle.read(1 << 20):
                digest.update(block)
    except OSError:
        return None
    return digest.hexdigest()


def file_stat(path: Path | str) -> Stat | None:
    """The :data:`Stat` of a file, or None if it is missing (or not a regular file)."""
    try:
        found = os.stat(path)
    except OSError:
        return None
    if not stat_module.S_ISREG(found.st_mode):
        return None
    return (found.st_size, found.st_mtime_ns, found.st_ino, found.st_ctime_ns)


@dataclass(slots=True)
class Entry:
    """One file of the site as the last build wrote it.

    Attributes:
        key: what it was made from.
        stat: the file as written (a file changed since is not reused).
        inputs: pages only: digest of the declared inputs and the frame (a shortcut: when it
            matches, the page's Markdown is not even rendered).
        warnings: pages only: MkDocs' warnings, reported again when the page is reused.
        lookups: pages only: docs paths its links looked up, and whether each existed.
        digest: :func:`bytes_digest` of the file as written ('' when unknown: a change of its
            stat is then never forgiven).
    """

    key: str
    stat: Stat
    inputs: str = ""
    warnings: tuple[str, ...] = ()
    lookups: tuple[tuple[str, bool], ...] = ()
    digest: str = ""

    def to_json(self) -> list:
        # Tuples are written as JSON arrays: nothing is copied into lists (~40,000 entries).
        return [self.key, self.stat, self.inputs, self.warnings, self.lookups, self.digest]

    @classmethod
    def from_json(cls, value: list) -> "Entry":
        """The entry of one manifest item, each value converted to its type (a stat of another
        length, or a value of a type that does not convert, raises: the manifest is ignored).
        Most files have no warnings and no look-ups (every file but a page): their empty lists
        make no tuple of their own (~20,000 entries are read after one edit at 10,000 articles)."""
        key, (size, mtime, inode, ctime), inputs, warnings, lookups, digest = value
        return cls(str(key), (int(size), int(mtime), int(inode), int(ctime)), str(inputs),
                   tuple(map(str, warnings)) if warnings else (),
                   tuple([(str(path), bool(found)) for path, found in lookups]) if lookups else (), str(digest))


@dataclass
class Manifest:
    """Every file of a site and what it was made from.

    Attributes:
        site: the site folder it describes.
        entries: by site path (``articles/kb0001-vpn/index.html``).
        theme_paths: docs paths the theme adds (link targets besides the site's own files).
        folders: modification and change time of each folder of the site (``.`` for the site
            itself): a folder whose times moved may hold files kbgen did not write.
        frame: the key of every page's frame (see :mod:`kbgen.site.publish`): units are kept
            without planning only while it is the same.
        units: the page index: what each unit of the plan was made from, by unit name (see
            :mod:`kbgen.site.reuse`).
        values: the digest of each input name the units declared.
        stamp: the manifest file as it was read (not saved): a build that read it before
            taking the lock reads it again if another build has replaced it since.
    """

    site: str
    entries: dict[str, Entry] = field(default_factory=dict)
    theme_paths: tuple[str, ...] = ()
    folders: dict[str, FolderTime] = field(default_factory=dict)
    frame: str = ""
    units: dict[str, UnitIndex] = field(default_factory=dict)
    values: dict[str, str] = field(default_factory=dict)
    stamp: Stat | None = None

    def to_json(self) -> dict:
        """The manifest as one JSON value (:func:`manifest_text` writes it as the file holds it)."""
        # Each input name is written once, with its digest ('' when it has none); a unit names
        # its inputs by their place in that table (10,000 units name ~15 each, mostly shared).
        # The table is in the order the units first name each input (one dict of every name, made
        # unit by unit in C, then each unit's places looked up: ~150,000 names at 10,000 units).
        ordered = sorted(self.units.items())
        table: dict[str, int] = {}
        for _, unit in ordered:
            table.update(dict.fromkeys(unit.names))
        table = {item: place for place, item in enumerate(table)}
        units = {name: [unit.pages, unit.files, list(map(table.__getitem__, unit.names)), unit.memo]
                 for name, unit in ordered}
        names, values = list(table), [self.values.get(item, "") for item in table]
        return {"format": FORMAT, "kbgen": code_version(), "site": self.site, "theme_paths": list(self.theme_paths),
                "folders": dict(sorted(self.folders.items())), "frame": self.frame, "units": units,
                "names": names, "values": values,
                "entries": {path: entry.to_json() for path, entry in sorted(self.entries.items())}}

    @classmethod
    def from_json(cls, value: dict, site: str) -> "Manifest | None":
        """The manifest, or None when it is not one this version wrote for ``site``."""
        if value.get("format") != FORMAT or value.get("kbgen") != code_version() or value.get("site") != site:
            return None
        entries = {str(path): Entry.from_json(item) for path, item in value["entries"].items()}
        folders = {str(path): (int(mtime), int(ctime)) for path, (mtime, ctime) in value["folders"].items()}
        names = [str(item) for item in value["names"]]
        units = {str(name): UnitIndex(tuple(map(str, pages)), tuple(map(str, files)), tuple(map(names.__getitem__, places)),
                                      tuple(map(str, memo)))
                 for name, (pages, files, places, memo) in value["units"].items()}
        values = {item: str(digest) for item, digest in zip(names, value["values"], strict=True) if digest}
        if not all(well_formed(name, unit) for name, unit in units.items()):
            return None
        return cls(site, entries, tuple(map(str, value["theme_paths"])), folders, str(value["frame"]), units, values)


#: The parts of the manifest's file, one JSON value a line: what it is (read first: see
#: :func:`written_by_this_code`) with the page index's checksum, the page index, the rest.
HEADER_KEYS = ("format", "kbgen", "site", "check")
INDEX_KEYS = ("frame", "units", "names", "values")
REST_KEYS = ("theme_paths", "folders", "entries")


def _index_text(frame: object, units: object, names: object, values: object) -> str:
    """The page index's line: its JSON, keys sorted (what :func:`_checksum` digests)."""
    # check_circular off: the value is made by kbgen from its own lists and dicts, which hold no
    # cycle, and the encoder's note of each container it enters was a quarter of its time
    return json.dumps([frame, units, names, values], sort_keys=True, separators=(",", ":"), check_circular=False)


def _checksum(frame: object, units: object, names: object, values: object) -> str:
    """The digest of the manifest's page index as written (its JSON, keys sorted)."""
    return _digest_of(_index_text(frame, units, names, values))


def _digest_of(index: str) -> str:
    return hashlib.sha256(index.encode("utf-8", "surrogatepass")).hexdigest()


def manifest_text(value: dict, check: str | None = None) -> str:
    """The manifest file of :meth:`Manifest.to_json`'s value: three lines (:data:`HEADER_KEYS`,
    :data:`INDEX_KEYS` as a list, :data:`REST_KEYS`), the page index written once and its
    checksum taken over that line (``check``: another checksum, for tests of damaged files).
    JSON escapes every line break within a value (and, ASCII only, a lone surrogate), so the
    lines are the values."""
    index = _index_text(*(value[key] for key in INDEX_KEYS))
    header = {key: value[key] for key in HEADER_KEYS[:-1]} | {"check": _digest_of(index) if check is None else check}
    rest = {key: value[key] for key in REST_KEYS}
    rest_text = json.dumps(rest, separators=(",", ":"), check_circular=False)  # no cycle, see _index_text
    return "\n".join((json.dumps(header, separators=(",", ":")), index, rest_text, ""))


def manifest_value(text: str, verify: bool = True) -> dict | None:
    """The one JSON value of a manifest file (see :func:`manifest_text`), or None when it is not
    three lines of JSON objects and a list of four, or (``verify``) its page index is not the
    one its checksum was taken of. The page index decides what is not even planned: one damaged
    by hand or by the disk (a unit's pages no longer its article's, a name list emptied) would
    be trusted as it is, so any change to its line since it was written makes the build a
    clean one (its bytes are digested as read: nothing is serialised again).

    Raises:
        ValueError: a line is not JSON.
    """
    lines = text.split("\n")
    if len(lines) != 4 or lines[3]:
        return None
    header, index, rest = json.loads(lines[0]), json.loads(lines[1]), json.loads(lines[2])
    if not (isinstance(header, dict) and isinstance(rest, dict) and isinstance(index, list) and len(index) == 4):
        return None
    if verify and header.get("check") != _digest_of(lines[1]):
        return None
    # each line gives only its own keys: the unchecked third line cannot stand in for the
    # checked page index or the header's identity
    if not (set(header) <= set(HEADER_KEYS) and set(rest) <= set(REST_KEYS)):
        return None
    return {**header, **dict(zip(INDEX_KEYS, index)), **rest}


def load_manifest(out: Path) -> Manifest | None:
    """The manifest of the site in ``out``, or None (missing, unreadable, foreign, corrupt)."""
    path = cache_dir(out) / MANIFEST
    try:
        stamp = file_stat(path)
        text = path.read_text(encoding="utf-8")
        if too_dense(text, "manifests"):  # millions of empty values: a clean build, not gigabytes
            return None
        with collector_paused():  # tens of thousands of entries, none of them garbage
            value = manifest_value(text)
            manifest = Manifest.from_json(value, str(out)) if value is not None else None
            if manifest is not None:
                manifest.stamp = stamp
            return manifest
    # RecursionError: nested 100,000 deep; ArithmeticError: a number JSON reads as infinite (1e999)
    # that int() cannot take
    except (OSError, ValueError, TypeError, KeyError, IndexError, AttributeError, RecursionError, ArithmeticError):
        return None


def still_current(manifest: Manifest | None, out: Path) -> bool:
    """Whether ``manifest`` is the one the site in ``out`` has now (the file was not replaced
    since it was read)."""
    return manifest is not None and manifest.stamp is not None and manifest.stamp == file_stat(cache_dir(out) / MANIFEST)


def written_by_this_code(out: Path) -> bool:
    """Whether the site in ``out`` has a manifest this code wrote: its first bytes only are read
    (to foresee a rebuild before the build starts, never to trust the manifest)."""
    try:
        with open(cache_dir(out) / MANIFEST, "rb") as handle:
            head = handle.read(512)
    except OSError:
        return False
    return f'"kbgen":{json.dumps(code_version())},'.encode("utf-8") in head


def forget_manifest(out: Path) -> None:
    """Remove the manifest (before changing the site in place: a build interrupted half-way
    leaves no manifest, so the next one is clean)."""
    with contextlib.suppress(OSError):
        (cache_dir(out) / MANIFEST).unlink()


def save_manifest(out: Path, manifest: Manifest) -> None:
    """Write the manifest atomically (a temporary file renamed over the old one)."""
    folder = cache_dir(out)
    folder.mkdir(parents=True, exist_ok=True)
    temporary = folder / f"{MANIFEST}.{os.getpid()}.tmp"
    temporary.write_text(manifest_text(manifest.to_json()), encoding="utf-8")
    os.replace(temporary, folder / MANIFEST)


@contextlib.contextmanager
def locked(out: Path) -> Iterator[None]:
    """Hold the cache folder's lock: two builds into one site wait for each other."""
    folder = cache_dir(out)
    folder.mkdir(parents=True, exist_ok=True)
    try:
        import fcntl
    except ImportError:  # Windows: no advisory locks; builds into one folder must not overlap
        yield
        return
    with open(folder / "lock", "w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def folders_of(paths: Iterable[str]) -> set[str]:
    """Every folder that holds one of the site paths, up to the site itself (``.``)."""
    found = {"."}
    for path in paths:
        folder = os.path.dirname(path)
        while folder and folder not in found:
            found.add(folder)
            folder = os.path.dirname(folder)
    return found


def folder_times(out: Path, folders: Iterable[str]) -> dict[str, FolderTime]:
    """The :data:`FolderTime` of each folder of the site (missing ones are left out)."""
    times, root = {}, os.fspath(out)  # joined as text: a Path per folder cost more than the stat
    for folder in folders:
        try:
            found = os.stat(os.path.join(root, folder))
            times[folder] = (found.st_mtime_ns, found.st_ctime_ns)
        except OSError:
            pass  # a folder gone is left out
    return times


def untracked_files(out: Path, manifest: Manifest, expected: set[str], moved: list[str] | None = None) -> list[str]:
    """Files in the site that neither the last build nor this one wrote: only the folders whose
    times moved since the last build are listed (a file added or removed moves its folder's);
    those folders are appended to ``moved`` (their times are taken again once the site is
    written: a ``chmod -R`` that moved every folder's change time is listed once, not by every
    build after it)."""
    moved = [] if moved is None else moved
    moved += [folder for folder, time in folder_times(out, manifest.folders).items() if manifest.folders[folder] != time]
    if not moved:
        return []
    known = expected | set(manifest.entries)
    folders = folders_of(known)
    found: list[str] = []
    for folder in sorted(moved):
        for entry in os.scandir(out / folder):
            path = entry.name if folder == "." else f"{folder}/{entry.name}"
            if entry.is_dir(follow_symlinks=False):
                if path not in folders:
                    found += [os.path.relpath(os.path.join(root, name), out)
                              for root, _, names in os.walk(entry.path) for name in names]
            elif path not in known:
                found.append(path)
    return found


def reusable(entry: Entry | None, key: str, out: Path, path: str, exists: set[str] | None = None) -> bool:
    """Whether the file at ``path`` in ``out`` can stay: same key, still the file kbgen wrote,
    and (pages) each link target it looked up exists now exactly when it did then."""
    if entry is None or entry.key != key:
        return False
    if exists is not None and any((target in exists) != found for target, found in entry.lookups):
        return False
    return still_written(entry, os.path.join(out, path))


def still_written(entry: Entry, path: str) -> bool:
    """Whether the file at ``path`` is still the one ``entry`` records. Its stat says so when it
    is the same. When only its change time moved (size, modification time and inode as they
    were: its mode, owner or link count changed, or its times were set to what they were), its
    bytes decide: hashed and compared with the entry's digest; the same, the entry takes the new
    stat (the manifest saved by this build keeps it: the next build is not hashing again). An
    edit in place that put the size and modification time back has different bytes: not reused."""
    found = file_stat(path)
    if found == entry.stat:
        return True
    if found is None or found[:3] != entry.stat[:3] or not entry.digest:
        return False
    # the stat is taken before the bytes are read: a write after it moves the change time past
    # it, so the next build hashes again
    if file_digest(path) != entry.digest:
        return False
    entry.stat = found
    return True
