"""Values planners make from records, kept between builds: ``ctx.memo``.

Planning every page again after one edit would redo, for every record, work whose result has
not changed (a redirect page per article, a search document per article). A planner hands such
work to the plan's memo with a key naming everything the value is made from::

    html = ctx.memo.get("unit redirect", (template_digest, target, title, language), render)

and gets the value computed by an earlier build when the key is the same. Functions of one text
that many stages ask about (the links of a Markdown text, its headings) use the build's memo
through :func:`of_text` while :func:`remembering` holds it, and their own small cache otherwise. Keys are tuples of
strings (hashed); values are kbgen's records and plain values (bytes, text, numbers, tuples,
lists, dicts, Counters). The memo of a build keeps only the entries that build used, so it
never grows beyond one site's worth. It is kept in a folder of up to :data:`SHARDS` files,
each entry in the file its key's hash names (a file none of a build's entries falls in is
removed), and a build rewrites only the files whose entries changed: after one edit, a few of
them (a memo of 10,000 articles is ~80 MB; pickling and writing all of it took half a second). Each file is read back with the same restricted
unpickler as the content cache, and ignored when it is unreadable or was written by other
code (its entries are then made again).
"""
from __future__ import annotations

import contextlib
import hashlib
import zlib
from pathlib import Path
from typing import Any, Callable, Iterator, TypeVar

from .content_cache import read_shard, save_shards, shard_file

T = TypeVar("T")
FORMAT = 5  # 4: entries named by their key's parts joined (see _name); 5: units' entries in files of their own
#: Files the memo is kept in (an entry's file: the first three hex digits of its key's hash,
#: modulo this). One edit makes a few dozen entries, each in a file of its own: with 1,024
#: files a rebuild at 10,000 articles pickles ~4 MB of the memo again, with 256 it was ~22 MB;
#: reading 1,024 small files costs little more than reading 256 (the bytes are the same).
SHARDS = 1024
#: Namespaces whose values only the planning of a :class:`kbgen.site.model.Unit` asks for (an
#: article page's body, a redirect page) start with this: their entries are kept in files of
#: their own, :data:`UNIT_SHARDS` after the others, so a build that keeps units unplanned reads
#: none of those bytes (each article's body, ~a quarter of the memo) and, while it keeps any,
#: keeps their entries for when a unit is planned again (see :attr:`PlanMemo.keep_unused`).
UNIT_NAMESPACE = "unit "
UNIT_SHARDS = 256
#: An entry of a unit's namespace: its name is its key's hash after this letter (no hex digit).
UNIT_MARK = "u"
#: Namespaces of large entries a build seldom asks for, kept in the units' files too (read only
#: when asked; kept unread by a build that keeps units and does not ask): the search engine's
#: words of every article's topic lines (4.4 MB of small tuples at 10,000 articles, ~0.05 s to
#: unpickle), asked for only when the learnt acronyms are made again (an edit of a title,
#: summary, tag, keyword or heading), not after a body edit. Were it in a general file, the first
#: entry asked for there (any article's checks) would unpickle it on every build.
SELDOM_ASKED = frozenset({"search topic words of lines"})
#: Characters of a unit's entry name the build cache keeps to say which entries a unit asked
#: for (the mark and 64 bits of the hash: two entries sharing them only keeps one entry more).
UNIT_NAME_CHARS = 17


class PlanMemo:
    """A namespace -> key -> value store for planners (in memory only when ``path`` is None).

    Each of its files is read when an entry it may hold is first asked for (a build that asks
    for few entries reads few files; saving removes the others unread), and the entries each file gives are counted as they are
    used, so saving knows which files changed without sorting every name again.

    Args:
        path: the folder it is kept in between builds.
    """

    def __init__(self, path: Path | None = None) -> None:
        self.path = path
        self.used: dict[str, Any] = {}
        self.replaced: set[str] = set()  # names whose value was put anew (see :meth:`put`)
        self._digests: dict[int, tuple[object, str]] = {}  # id -> (the record, kept alive; digest)
        self._text_digests: dict[int, tuple[str, str]] = {}  # id -> (the text, kept alive; digest)
        # Each file's entries once read (None: not read yet), and the names of this build's
        # entries by file (as dict keys: noting a name twice, from two threads, keeps one).
        self._files: list[dict[str, Any] | None] = [None if path is not None else {} for _ in range(SHARDS + UNIT_SHARDS)]
        self._names: list[dict[str, None]] = [{} for _ in range(SHARDS + UNIT_SHARDS)]
        self._made: set[int] = set()  # files holding an entry made (not read) in this build
        #: Keep the entries of units' namespaces this build did not ask for (set when the plan
        #: kept units from the last build without planning them: their entries are asked for
        #: again once they change), except those in :attr:`dropped`. Other entries are kept
        #: only when used, as ever.
        self.keep_unused = False
        #: Unit entries (their first :data:`UNIT_NAME_CHARS`) no unit of this build asks for
        #: (a unit planned anew or removed asked for them last time): dropped on :meth:`save`.
        self.dropped: set[str] = set()
        self._recording: dict[str, None] | None = None

    @contextlib.contextmanager
    def recording(self) -> Iterator[dict[str, None]]:
        """Note (as the dict's keys, shortened to :data:`UNIT_NAME_CHARS`) the unit entries asked
        for inside the block: what a :class:`kbgen.site.model.Unit` asks for when planned."""
        outer, self._recording = self._recording, {}
        try:
            yield self._recording
        finally:
            self._recording = outer

    def _file(self, shard: int) -> Path:
        assert self.path is not None
        return shard_file(self.path, shard)

    def _stored(self, shard: int) -> dict[str, Any]:
        """The entries one file holds, read on first use (none when it is missing, unreadable,
        foreign or corrupt). A build reads the memo with the cycle collector paused
        (kbgen.build.build_site: were it re-enabled after each file, it walked all that was
        read so far, ~0.3 s at 10,000 articles). The search index's thread asks too: two threads
        reading one file at once each keep equal values, and a name both note is noted once
        (:meth:`_use` sets a key, which needs no lock)."""
        found = self._files[shard]
        if found is None:
            stored = read_shard(self._file(shard), FORMAT)
            values = stored.get("values") if stored is not None else None
            found = self._files[shard] = values if isinstance(values, dict) else {}
        return found

    def held(self, name: str) -> Any:
        """The value the memo's files hold under an entry's name (see :func:`_name`), not
        counted as used; raises KeyError when they hold none (for tests)."""
        return self._stored(_shard_of(name))[name]

    def hold(self, values: dict[str, Any]) -> None:
        """Take ``values`` (by entry name, as :attr:`used` holds them) as what the memo's files
        hold, as the next build reads them (for benchmarks of a memo kept in memory)."""
        files: list[dict[str, Any] | None] = [{} for _ in range(SHARDS + UNIT_SHARDS)]
        for name, value in values.items():
            files[_shard_of(name)][name] = value  # type: ignore[index]
        self._files = files

    def digest(self, record: object) -> str:
        """SHA-256 of a frozen record's repr (what memo keys name a record by), made once per
        record per build however many planners ask."""
        found = self._digests.get(id(record))
        if found is None or found[0] is not record:
            found = self._digests[id(record)] = (record, text_digest(repr(record)))
        return found[1]

    def know_digest(self, record: object, digest: str) -> None:
        """Take ``digest`` as the record's digest in this build (see :func:`known_digest`)."""
        self._digests[id(record)] = (record, digest)

    def text_digest(self, text: str) -> str:
        """:func:`text_digest` of a text, made once per text object per build (an article's
        body is named by its digest in several memo keys: loading, checks and planning)."""
        found = self._text_digests.get(id(text))
        if found is None or found[0] is not text:
            found = self._text_digests[id(text)] = (text, text_digest(text))
        return found[1]

    def get(self, namespace: str, key: tuple[str, ...], compute: Callable[[], T]) -> T:
        """The value kept under ``key`` in ``namespace``, or ``compute()`` (then kept)."""
        name = _name(namespace, key)
        if self._recording is not None and name[0] == UNIT_MARK:
            self._recording[name[:UNIT_NAME_CHARS]] = None
        used = self.used
        if name in used:
            return used[name]
        # :func:`_shard_of`, :meth:`_stored` (once read) and :meth:`_use` written out: a build
        # asks ~90,000 times at 10,000 articles, and the three calls were a fifth of each ask
        shard = SHARDS + int(name[1:4], 16) % UNIT_SHARDS if name[0] == UNIT_MARK else int(name[:3], 16) % SHARDS
        stored = self._files[shard]
        if stored is None:
            stored = self._stored(shard)
        if name in stored:
            value = stored[name]
        else:
            value = compute()
            self._made.add(shard)
        self._names[shard][name] = None
        used[name] = value
        return value

    def _use(self, name: str, value: Any, shard: int) -> None:
        """Note an entry used by this build (kept on :meth:`save`)."""
        self._names[shard][name] = None
        self.used[name] = value

    def get_many(self, namespace: str, keys: list[tuple[str, ...]],
                 compute: Callable[[list[int]], list[T]]) -> list[T]:
        """The values kept under ``keys``; ``compute(indexes)`` makes the missing ones at once
        (for work done in batches), in the order of ``indexes``."""
        names = [_name(namespace, key) for key in keys]
        shards = [_shard_of(name) for name in names]
        missing = [i for i, name in enumerate(names) if name not in self.used and name not in self._stored(shards[i])]
        made = dict(zip(missing, compute(missing))) if missing else {}
        self._made.update(shards[i] for i in missing)
        values = []
        for index, name in enumerate(names):
            if index in made:
                value = made[index]
            elif name in self.used:
                value = self.used[name]
            else:
                value = self._stored(shards[index])[name]
            self._use(name, value, shards[index])
            values.append(value)
        return values

    def put(self, namespace: str, key: tuple[str, ...], value: object) -> None:
        """Keep ``value`` under ``key`` in place of what :meth:`get` gave: for the few entries
        that grow from build to build (answers kept by question) rather than being named by
        what they are made from; their file is written again on :meth:`save`."""
        name = _name(namespace, key)
        self._use(name, value, _shard_of(name))
        self.replaced.add(name)

    def save(self) -> None:
        """Keep this build's entries: each file that holds an entry made or replaced by this
        build, or whose entries this build did not all use, is written anew (any other value
        under a key never changes: the key names what it is made from). The file of one no
        entry was used from is removed, unread (a build that asks for few entries reads few
        files, saving included)."""
        if self.path is None:
            return
        stale = set(self._made) | {_shard_of(name) for name in self.replaced}
        if self.keep_unused:  # a file holding an entry no unit asks for any more is written anew
            stale |= {_shard_of(name) for name in self.dropped}
        for shard, names in enumerate(self._names[:SHARDS] if self.keep_unused else self._names):
            # every name used from a file not in ``stale`` is one it holds: the counts tell
            if names and shard not in stale and len(names) != len(self._stored(shard)):
                stale.add(shard)
        every = range(SHARDS + UNIT_SHARDS)
        save_shards(self.path, FORMAT, [self._payload(shard, shard in stale) for shard in every],
                    [shard in stale for shard in every])

    def _payload(self, shard: int, stale: bool) -> dict[str, Any] | None:
        """What :meth:`save` keeps in one file: None when this build used none of its entries
        (the file is removed), nothing new when it is not ``stale`` and its file is there, else the
        entries this build used, in sorted name order (the order they were first used in depends on the search
        index's thread; two builds of one project write the same bytes)."""
        names = self._names[shard]
        if self.keep_unused and shard >= SHARDS:  # what the file held stays, with what this build made
            if not stale and self._file(shard).is_file():
                return {}
            held = self._stored(shard)
            merged = {name: self.used[name] if name in names else held[name] for name in sorted(names.keys() | held.keys())
                      if name in names or name[:UNIT_NAME_CHARS] not in self.dropped}
            return {"values": merged} if merged else None
        if not names:
            return None
        if stale or not self._file(shard).is_file():  # a file removed since it was read is written whole
            return {"values": {name: self.used[name] for name in sorted(names)}}
        return {}


_ONLY_TEXT = frozenset({str})


def _name(namespace: str, key: tuple[str, ...]) -> str:
    """An entry's name: the hash of its namespace and key.

    A key of texts none of which holds a NUL is hashed as its parts joined by NULs (after a
    NUL, which no repr starts with); any other key (a part that is not exactly a ``str``, such
    as a ``Markup``, or a key that is not a tuple) as its repr. Both name a key unambiguously;
    the join costs about a third less than the repr (a build names ~90,000 entries at 10,000
    articles). A lone surrogate (a file name that is not UTF-8) is encoded as itself.

    The usual key (a tuple of a few texts, a namespace of text) is named here, with no set of
    the parts' types, no tuple made to join and the unit mark added once (~2 us less a name,
    ~0.15 s of CPU a rebuild at 10,000 articles); any other in :func:`_general_name`, which
    gives the same name for it."""
    if type(key) is tuple and type(namespace) is str and namespace:
        for part in key:
            if type(part) is not str:
                break
        else:
            text = "\0" + namespace + "\0" + "\0".join(key) if key else "\0" + namespace
            if text.count("\0") == len(key) + 1:
                digest = _SHA256(text.encode("utf-8", "surrogatepass")).hexdigest()
                return UNIT_MARK + digest if namespace.startswith(UNIT_NAMESPACE) or namespace in SELDOM_ASKED else digest
    return _general_name(namespace, key)


_SHA256 = hashlib.sha256


def _general_name(namespace: str, key: tuple[str, ...]) -> str:
    """An entry's name: the hash of its namespace and key (see :func:`_name`).

    A key of texts none of which holds a NUL is hashed as its parts joined by NULs (after a
    NUL, which no repr starts with); any other key (a part that is not exactly a ``str``, such
    as a ``Markup``, or a key that is not a tuple) as its repr. Both name a key unambiguously;
    the join costs about a third less than the repr (a build names ~90,000 entries at 10,000
    articles). A lone surrogate (a file name that is not UTF-8) is encoded as itself."""
    # the parts' types as one set: a generator over them cost a fifth of the name
    mark = UNIT_MARK if isinstance(namespace, str) and (namespace.startswith(UNIT_NAMESPACE) or namespace in SELDOM_ASKED) else ""
    if type(key) is tuple and type(namespace) is str and (not key or set(map(type, key)) == _ONLY_TEXT):
        text = "\0".join((namespace, *key))
        if text and text.count("\0") == len(key):
            return mark + hashlib.sha256(("\0" + text).encode("utf-8", "surrogatepass")).hexdigest()
    return mark + hashlib.sha256(repr((namespace, key)).encode("utf-8")).hexdigest()


def _shard_of(name: str) -> int:
    """The file an entry is kept in: the first three hex digits of its key's hash, modulo
    :data:`SHARDS` (a unit's entry: one of the :data:`UNIT_SHARDS` after those)."""
    if name[0] == UNIT_MARK:
        return SHARDS + int(name[1:4], 16) % UNIT_SHARDS
    return int(name[:3], 16) % SHARDS


#: Parts the values of one namespace are kept in by :class:`Parts` (a record's part: a CRC of
#: the id it is given, so adding or removing records moves none of the others).
PARTS = 64


class Parts:
    """Values made per record (an article's findings, its entry ...) for one namespace of the
    running build's memo, kept in :data:`PARTS` entries of it rather than one entry a record.

    An entry a record cost a name (a SHA-256 of its key) and a look-up on every build, ~10,000
    of each per namespace at 10,000 articles, for values that almost all stand after one edit.
    Here a record's value is found in its part by a name the caller gives (the record's digest
    joined with everything else it is made from: :meth:`of`), in a dict the part's memo entry
    holds; a part gaining a value, or holding one no record asked for (an edited or removed
    record's), is put anew with exactly the values this build used (:meth:`save`), so one edit
    writes the memo files of a few parts. Outside a build every value is made (nothing kept).

    Args:
        namespace: the memo's namespace of the parts' entries.
        key: what the values of every part are made from besides their records (in the parts'
            memo keys).
        memo: the memo kept in (default: the running build's, see :func:`remembering`).
    """

    def __init__(self, namespace: str, key: tuple[str, ...] = (), memo: "PlanMemo | None | Ellipsis" = ...) -> None:
        self.memo = _ACTIVE if memo is ... else memo
        self.namespace, self.key = namespace, key
        self._kept: list[dict | None] = [None] * PARTS
        self._used: list[dict[str, Any]] = [{} for _ in range(PARTS)]
        self._changed = [False] * PARTS

    def of(self, owner: str, record: object, key: tuple[str, ...], compute: Callable[[], T]) -> T:
        """``compute()``, kept under the record's digest and ``key`` in the part of ``owner`` (the
        record's id: which part it is kept in)."""
        if self.memo is None:
            return compute()
        return self.get(owner, _member_name(self.memo.digest(record), key), compute)

    def get(self, owner: str, name: str, compute: Callable[[], T]) -> T:
        """``compute()``, kept under ``name`` (naming everything it is made from) in the part of
        ``owner``."""
        if self.memo is None:
            return compute()
        part = zlib.crc32(owner.encode("utf-8", "surrogatepass")) % PARTS
        used = self._used[part]
        if name in used:
            return used[name]
        kept = self._kept[part]
        if kept is None:
            found = self.memo.get(self.namespace, (*self.key, str(part)), dict)
            kept = self._kept[part] = found if type(found) is dict else {}  # another shape: made again
        if name in kept:
            value = kept[name]
        else:
            value = compute()
            self._changed[part] = True
        used[name] = value
        return value

    def put(self, owner: str, name: str, value: object) -> None:
        """Keep ``value`` under ``name`` in place of what :meth:`get` gave (a value found out of
        date by its reader)."""
        if self.memo is not None:
            part = zlib.crc32(owner.encode("utf-8", "surrogatepass")) % PARTS
            self._used[part][name] = value
            self._changed[part] = True

    def put_of(self, owner: str, record: object, key: tuple[str, ...], value: object) -> None:
        """:meth:`put` under the name :meth:`of` gives."""
        if self.memo is not None:
            self.put(owner, _member_name(self.memo.digest(record), key), value)

    def save(self) -> None:
        """Put anew in the memo each part that gained a value or holds one this build did not use
        (its entry then holds exactly this build's values); other parts stand as read."""
        if self.memo is None:
            return
        for part, kept in enumerate(self._kept):
            if kept is not None and (self._changed[part] or len(self._used[part]) != len(kept)):
                self.memo.put(self.namespace, (*self.key, str(part)), self._used[part])


def _member_name(digest: str, key: tuple[str, ...]) -> str:
    """A value's name in its part: a record's digest and a key of texts joined by NULs (the
    repr of the key when a part holds a NUL or is no text: unambiguous either way)."""
    if all(type(part) is str and "\0" not in part for part in key):
        return "\0".join((digest, *key))
    return digest + "\1" + repr(key)


#: The memo of the build running in this process (see :func:`remembering`); None outside one.
_ACTIVE: PlanMemo | None = None


@contextlib.contextmanager
def remembering(memo: PlanMemo) -> Iterator[None]:
    """Within the block, :func:`of_text` reads and fills ``memo``: after one edit, a build
    works out the links and headings of the one text that changed, not of every article (the
    loader's checks, the planners and the catalogue all ask)."""
    global _ACTIVE
    saved, _ACTIVE = _ACTIVE, memo
    try:
        yield
    finally:
        _ACTIVE = saved


def of_text(namespace: str, text: str, compute: Callable[[str], T], fallback: Callable[[str], T]) -> T:
    """``compute(text)``, kept in the running build's memo under the text's hash; outside a
    build ``fallback(text)`` (the caller's own small cache)."""
    if _ACTIVE is None:
        return fallback(text)
    return _ACTIVE.get(namespace, (_ACTIVE.text_digest(text),), lambda: compute(text))


def remembered(namespace: str, key: tuple[str, ...], compute: Callable[[], T]) -> T:
    """``compute()``, kept in the running build's memo under ``key`` (which names everything
    the value is made from); outside a build simply ``compute()``."""
    return compute() if _ACTIVE is None else _ACTIVE.get(namespace, key, compute)


def remembered_of(namespace: str, record: object, key: tuple[str, ...], compute: Callable[[], T]) -> T:
    """``compute()``, kept in the running build's memo under the record's digest and ``key``
    (which names everything else the value is made from); outside a build simply ``compute()``
    (no digest is made)."""
    return compute() if _ACTIVE is None else _ACTIVE.get(namespace, (_ACTIVE.digest(record), *key), compute)


def remember_anew_of(namespace: str, record: object, key: tuple[str, ...], value: object) -> None:
    """Keep ``value`` in the running build's memo under the record's digest and ``key`` in place
    of what :func:`remembered_of` gave there (see :meth:`PlanMemo.put`): for a value kept with
    what it read besides the record, found out of date by its reader; outside a build nothing."""
    if _ACTIVE is not None:
        _ACTIVE.put(namespace, (_ACTIVE.digest(record), *key), value)


def record_digest(record: object) -> str:
    """SHA-256 of a frozen record's repr: made once per record in a build (the running build's
    memo keeps it, see :meth:`PlanMemo.digest`), every time outside one."""
    return text_digest(repr(record)) if _ACTIVE is None else _ACTIVE.digest(record)


def known_digest(record: object, digest: str) -> None:
    """Name a record by ``digest`` in the running build's memo keys, in place of the digest of
    its repr (see :meth:`PlanMemo.digest`): the loader names each content record by its file's
    text hash, path, slug and the config (what the record is made from, as the records cache
    keys it), which it knows without working out the repr of 10,000 records. Outside a build
    nothing happens."""
    if _ACTIVE is not None:
        _ACTIVE.know_digest(record, digest)


def text_digest(text: str) -> str:
    """Hex SHA-256 of a text (how memo keys name a text)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
