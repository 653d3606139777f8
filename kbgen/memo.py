"""Values planners make from records, kept between builds: ``ctx.memo``.

Planning every page again after one edit would redo, for every record, work whose result has
not changed (a redirect page per article, a search document per article). A planner hands such
work to the plan's memo with a key naming everything the value is made from::

    html = ctx.memo.get("redirect", (template_digest, target, title, language), render)

and gets the value computed by an earlier build when the key is the same. Keys are tuples of
strings (hashed); values are kbgen's records and plain values (bytes, text, numbers, tuples,
lists, dicts, Counters). The memo of a build keeps only the entries that build used, so it
never grows beyond one site's worth. It is read back with the same restricted unpickler as the
content cache, and ignored when it is unreadable or was written by other code.
"""
from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any, Callable, TypeVar

from .content_cache import code_version, load_restricted, save_atomically

T = TypeVar("T")
FORMAT = 1


class PlanMemo:
    """A namespace -> key -> value store for planners (in memory only when ``path`` is None).

    Args:
        path: the file it is kept in between builds.
    """

    def __init__(self, path: Path | None = None) -> None:
        self.path = path
        self.stored: dict[str, Any] = {}
        self.used: dict[str, Any] = {}
        if path is not None:
            try:
                value = load_restricted(path.read_bytes())
                if value["format"] == FORMAT and value["kbgen"] == code_version():
                    self.stored = dict(value["values"])
            except Exception:  # unreadable, foreign or corrupt: start empty
                self.stored = {}

    def get(self, namespace: str, key: tuple[str, ...], compute: Callable[[], T]) -> T:
        """The value kept under ``key`` in ``namespace``, or ``compute()`` (then kept)."""
        name = hashlib.sha256(repr((namespace, key)).encode("utf-8")).hexdigest()
        if name in self.used:
            return self.used[name]
        value = self.stored[name] if name in self.stored else compute()
        self.used[name] = value
        return value

    def save(self) -> None:
        """Keep this build's entries (only when they differ from what is kept); never raises."""
        if self.path is not None and self.used.keys() != self.stored.keys():
            save_atomically(self.path, {"format": FORMAT, "kbgen": code_version(), "values": self.used})
