"""Content records kept between builds, by the hash of each file's text.

Parsing and validating ten thousand front matters takes seconds; a rebuild after one edit
should not. The loader (:func:`kbgen.content.load_corpus`) asks this cache for each file: a file
whose text hashes the same as last time, under the same site config and kbgen version, gets the
record (and the warnings) it got then. A file whose size, modification time, inode and change
time (``st_ctime_ns``) are what they were is not even read, unless its change time is within
:data:`RACY_SECONDS` of it being cached (a file system's clock is coarse: such a file may have
changed without its times moving). The change time is what an edit cannot hide: a tool may set
the modification time back (``touch -r``, ``cp -p``, a checkout with the time put back) and keep the size, but
setting times moves the change time to the moment it is done. A file whose change time moved
and whose text did not (a copy or checkout put in place, ``chmod``) is read and hashed again,
not parsed: its hash finds its record.

The cache is a folder of :data:`SHARDS` files, each holding the files whose path it is named
by (a CRC of the path): a build rewrites only the files whose records changed (after one edit
of 10,000 articles, one file of ~0.3 MB instead of 21 MB: ~0.15 s). Each file is read with an
unpickler that builds nothing but kbgen's records, dates and time zones; a file that cannot be
read, or that was written by another version or for another config, is ignored (its files are
then read again: slower, never wrong).
"""
from __future__ import annotations

import contextlib
import enum
import functools
import gc
import hashlib
import io
import os
import pickle
import time
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator

from . import __version__
from .errors import Diagnostic

FORMAT = 3  # 3: a file's stat holds its change time
RACY_SECONDS = 2.0
#: Files the records are kept in (see the module docstring).
SHARDS = 64
#: What the unpickler may build: kbgen's own records, and the values they hold.
ALLOWED = {"datetime": {"date", "datetime", "time", "timedelta", "timezone"},
           "zoneinfo": {"ZoneInfo._unpickle", "ZoneInfo"}, "collections": {"Counter", "OrderedDict"}}


def is_record_class(found: Any) -> bool:
    """Whether a class is one of kbgen's records: a frozen dataclass (or an enum) of kbgen."""
    if not isinstance(found, type) or found.__module__.split(".")[0] != "kbgen":
        return False
    params = getattr(found, "__dataclass_params__", None)
    return (params is not None and params.frozen) or issubclass(found, enum.Enum)


class _RecordUnpickler(pickle.Unpickler):
    """Builds only kbgen's records (:func:`is_record_class`) and the values of :data:`ALLOWED`:
    a cache file cannot make it call anything else."""

    def find_class(self, module: str, name: str) -> Any:
        found = _ALLOWED_FOUND.get((module, name))
        if found is None:
            found = _ALLOWED_FOUND[(module, name)] = self._allowed_class(module, name)
        return found

    def _allowed_class(self, module: str, name: str) -> Any:
        """The class ``module.name`` when it may be built, else raise."""
        if name in ALLOWED.get(module, ()):
            return super().find_class(module, name)
        if module.split(".")[0] == "kbgen" and "." not in name:
            found = super().find_class(module, name)
            if is_record_class(found):
                return found
        raise pickle.UnpicklingError(f"{module}.{name} is not a kbgen record")


#: Classes already allowed, by module and name: the memo's 256 files and the records each name
#: the same few classes, and looking each up again (an import and a check) was ~6% of one
#: edit's CPU at 3,000 articles. Only allowed classes are kept; a refused one is refused again.
_ALLOWED_FOUND: dict[tuple[str, str], Any] = {}


def load_restricted(data: bytes) -> Any:
    """Unpickle data that may only hold kbgen's records and plain values (see
    :class:`_RecordUnpickler`); raises on anything else.

    The cycle collector is paused meanwhile: unpickling makes hundreds of thousands of objects,
    none of them garbage, and each collection would walk every object the build holds (it
    halved the time to read the caches of 10,000 articles)."""
    with collector_paused():
        return _RecordUnpickler(io.BytesIO(data)).load()


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """Pause Python's cycle collector within the block (reference counting still frees)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


@contextlib.contextmanager
def collector_running() -> Iterator[None]:
    """Within a block where the cycle collector is paused, let it run again for work that
    leaves cyclic garbage as it goes (rendering many pages: each template render leaves some);
    what is alive on entry is frozen meanwhile, so the collector does not walk it."""
    if gc.isenabled():
        yield
        return
    gc.freeze()
    gc.enable()
    try:
        yield
    finally:
        gc.disable()
        gc.unfreeze()


def shard_file(folder: Path, shard: int) -> Path:
    """The file of one shard of a cache kept as a folder of files (the records, the memo)."""
    return folder / f"{shard:02x}.pickle"


def read_shard(path: Path, format: int) -> dict | None:
    """What :func:`save_atomically` kept in a shard's file, when this code wrote it in this
    ``format`` (its ``format`` and ``kbgen`` entries); None when it is missing, unreadable,
    foreign or corrupt (its entries are then made again)."""
    try:
        stored = load_restricted(path.read_bytes())
        if isinstance(stored, dict) and stored["format"] == format and stored["kbgen"] == code_version():
            return stored
    except Exception:  # unreadable, foreign or corrupt: ignored
        pass
    return None


def save_shards(folder: Path, format: int, payloads: list[dict | None], stale: list[bool]) -> None:
    """Write each shard of a cache kept as a folder of files (the records, the memo) whose entries
    changed (``stale``) or whose file is missing, with its ``format`` and this code's version (what
    :func:`read_shard` checks). A shard whose payload is None holds nothing: its file is removed
    if it exists (never read, never written)."""
    for shard, payload in enumerate(payloads):
        path = shard_file(folder, shard)
        if payload is None:
            with contextlib.suppress(OSError):
                path.unlink(missing_ok=True)
        elif stale[shard] or not path.is_file():
            save_atomically(path, {"format": format, "kbgen": code_version(), **payload})


def save_atomically(path: Path, value: Any) -> None:
    """Pickle a value to a file through a temporary file renamed over it; never raises."""
    temporary = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary.write_bytes(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
        os.replace(temporary, path)
    except OSError:
        temporary.unlink(missing_ok=True)


@functools.lru_cache(maxsize=1)
def code_version() -> str:
    """kbgen's version and a digest of its code and templates: a cache written by other code
    (another release, or a working copy being edited) is not trusted."""
    digest = hashlib.sha256(__version__.encode())
    root = Path(__file__).parent
    _digest_code(digest, root, root)
    # In a working copy (an editable install) the theme, with the search engine that makes the
    # term tables the memo keeps, lives beside the package rather than inside it.
    from importlib import resources

    theme = Path(str(resources.files("kbgen.theme"))).resolve()
    if not theme.is_relative_to(root.resolve()):
        _digest_code(digest, theme, theme.parent)
    return f"{__version__}+{digest.hexdigest()[:16]}"


def _digest_code(digest: Any, folder: Path, base: Path) -> None:
    """Add every code, template and asset file under ``folder`` to ``digest`` (names relative
    to ``base``), in a fixed order."""
    for path in sorted(folder.rglob("*")):
        if path.suffix in (".py", ".html", ".txt", ".js", ".css") and path.is_file():
            digest.update(path.relative_to(base).as_posix().encode() + b"\0" + path.read_bytes())


@dataclass(frozen=True)
class _Seen:
    """A file as last read: its stat, when that was, and the hash of its text."""

    stat: tuple[int, int, int, int]
    at: float
    text_hash: str


@dataclass
class RecordCache:
    """Records by file, for one config (see the module docstring).

    Attributes:
        path: the cache folder (None: nothing is kept).
        config_key: a digest of the validated site config.
    """

    path: Path | None
    config_key: str = ""
    records: dict[str, tuple[Any, tuple[Diagnostic, ...]]] = field(default_factory=dict)
    seen: dict[str, _Seen] = field(default_factory=dict)
    used: set[str] = field(default_factory=set)
    read: set[str] = field(default_factory=set)
    changed: set[int] = field(default_factory=set)  # the shards whose entries were put anew
    held: list[tuple[set[str], set[str]]] = field(default_factory=list)  # each shard's keys as read

    @classmethod
    def open(cls, path: Path | None, config: Any) -> "RecordCache":
        """The cache in the folder ``path`` for this config (a shard that is missing, foreign
        or corrupt holds nothing)."""
        cache = cls(path, hashlib.sha256(repr(config).encode("utf-8")).hexdigest())
        for shard in range(SHARDS if path is not None else 0):
            records, seen = cache._read(shard)
            cache.records.update(records)
            cache.seen.update(seen)
            cache.held.append((set(records), set(seen)))
        return cache

    def _file(self, shard: int) -> Path:
        assert self.path is not None
        return shard_file(self.path, shard)

    def _read(self, shard: int) -> tuple[dict, dict]:
        stored = read_shard(self._file(shard), FORMAT)
        try:
            if stored is not None and stored["config"] == self.config_key:
                return dict(stored["records"]), dict(stored["seen"])
        except Exception:  # a corrupt shard is ignored
            pass
        return {}, {}

    def known_hash(self, path: Path | str, display: str) -> str | None:
        """The hash of a file's text if the file is surely unchanged since it was read (same
        size, modification time, inode and change time, and its change time not just before
        it was read), else None."""
        self.read.add(display)
        seen = self.seen.get(display)
        stat = _stat(path)
        # the change time says when the file was last changed (the modification time can be set
        # to any moment; the change time is the clock's whenever anything is written); the later
        # of the two, as on Windows the change time is the creation time
        if seen is not None and stat is not None and seen.stat == stat \
                and max(stat[1], stat[3]) / 1e9 < seen.at - RACY_SECONDS:
            return seen.text_hash
        return None

    def remember(self, path: Path | str, display: str, text: str) -> str:
        """Note a file just read; returns the hash of its text."""
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
        stat = _stat(path)
        if stat is not None:
            self.seen[display] = _Seen(stat, time.time(), digest)
            self.changed.add(_shard(display))
        return digest

    def key(self, kind: str, display: str, slug: str, text_hash: str) -> str:
        """The key of a file's record."""
        return f"{kind}\0{display}\0{slug}\0{text_hash}"

    def record_digest(self, key: str) -> str:
        """A digest naming the record under ``key``: the record is a function of what the key
        names (the file's kind, path, slug and text hash) and of the config, so this changes
        whenever the record's repr could (see :func:`kbgen.memo.known_digest`)."""
        return hashlib.sha256(f"{self.config_key}\0{key}".encode("utf-8")).hexdigest()

    def get(self, key: str) -> tuple[Any, tuple[Diagnostic, ...]] | None:
        """The record and warnings stored under a key, or None."""
        found = self.records.get(key)
        if found is not None:
            self.used.add(key)
        return found

    def put(self, key: str, record: Any, diagnostics: list[Diagnostic]) -> None:
        """Keep a record and the warnings its file got."""
        self.records[key] = (record, tuple(diagnostics))
        self.used.add(key)
        self.changed.add(_shard(key.split("\0")[1]))

    def save(self) -> None:
        """Write the records used by this run (others are dropped), atomically: each shard
        whose entries were put anew or differ from what it held; never raises."""
        if self.path is None:
            return
        records: list[dict] = [{} for _ in range(SHARDS)]
        seen: list[dict] = [{} for _ in range(SHARDS)]
        for key in self.used:
            if key in self.records:
                records[_shard(key.split("\0")[1])][key] = self.records[key]
        for display in self.read:
            if display in self.seen:
                seen[_shard(display)][display] = self.seen[display]
        save_shards(self.path, FORMAT,
                    [{"config": self.config_key, "records": records[shard], "seen": seen[shard]} for shard in range(SHARDS)],
                    [shard in self.changed or (records[shard].keys(), seen[shard].keys()) != self.held[shard]
                     for shard in range(SHARDS)])


def _shard(display: str) -> int:
    """The shard of a file's entries, by its path as shown."""
    return zlib.crc32(display.encode("utf-8")) % SHARDS


def _stat(path: Path | str) -> tuple[int, int, int, int] | None:
    """A file's size, modification time, inode and change time (see the module docstring); None
    when it cannot be read. (On Windows ``st_ctime_ns`` is the creation time: there an edit
    that keeps the size and sets the modification time back is not seen, as before.)"""
    try:
        found = os.stat(path)
    except OSError:
        return None
    return (found.st_size, found.st_mtime_ns, found.st_ino, found.st_ctime_ns)
