"""Moving a build's changed files into the live site, all or nothing (see :class:`Patch`)."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

from ..errors import FileError


class Patch:
    """The changed files moved into the live site one by one, all or nothing: every file it
    replaces or removes is first kept aside (hard-linked, or moved) in the build folder, and
    any failure (a refused rename, a full disk, the manifest not saved) undoes every step in
    reverse, so the previous site is left exactly as it was; the error is then raised as a
    :class:`~kbgen.errors.FileError` naming the site's file. Should undoing fail too, the
    error says so: the manifest stays away, so the next build rewrites the whole site.
    SIGTERM and Ctrl+C wait outside (:func:`~kbgen.site.workdirs.signals_deferred`, in the
    main thread only: one that arrives while another thread runs raises here, and is undone
    like any failure); after a ``kill -9`` half-way the manifest is gone with the build
    folder, so the next build is a clean one.
    """

    def __init__(self, out: Path, stage: Path, aside: Path) -> None:
        self.out, self.stage, self.aside = out, stage, aside
        self.undo: list[tuple[str, Path, Path]] = []  # (what, where in the site, where kept)
        self.current = ""

    def __enter__(self) -> "Patch":
        return self

    def __exit__(self, kind, exc, trace) -> bool:
        if exc is None:
            return False
        failed = self.roll_back()
        if isinstance(exc, OSError):
            where = self.current or str(exc.filename or self.out)
            outcome = ("the previous site was put back; nothing was written" if not failed else
                       f"the previous site could not be put back either ({failed}): the next build "
                       "rewrites it whole")
            raise FileError(where, f"{exc.strerror or exc} (while updating the site); {outcome}") from None
        return False

    def put_aside(self, path: Path, name: str, what: str = "moved") -> None:
        """Move a file out of the way (kept to be put back); a missing one is no step.
        ``what``: ``manifest`` is put back only when every other step was."""
        kept = self.aside / name
        kept.parent.mkdir(parents=True, exist_ok=True)
        self.current = str(path)
        try:
            os.replace(path, kept)
        except FileNotFoundError:
            return
        self.undo.append((what, path, kept))
        self.current = ""

    def remove(self, dest: str) -> None:
        """Remove a file of the site (kept aside) and the folders it leaves empty."""
        target = self.out / dest
        if target.is_file() or target.is_symlink():
            self.put_aside(target, f"site/{dest}")
        folder = target.parent
        while folder != self.out and folder.is_dir() and not any(folder.iterdir()):
            folder.rmdir()  # made again when its file is put back
            folder = folder.parent

    def replace(self, dest: str) -> None:
        """Put the staged file in place: one atomic rename over the old one, which a hard link
        keeps aside (a copy where links are refused; a link kbgen did not write is moved)."""
        target = self.out / dest
        if target.is_symlink():
            self.put_aside(target, f"site/{dest}")
        self.current = str(target)
        if target.is_file():
            kept = self.aside / "site" / dest
            kept.parent.mkdir(parents=True, exist_ok=True)
            try:
                os.link(target, kept)
            except OSError:
                shutil.copy2(target, kept)
            step = ("moved", target, kept)
        else:
            step = ("new", target, self.made_folders(target))
            self.undo.append(("folders", target, step[2]))  # the folders go even if the rename fails
        os.replace(self.stage / dest, target)
        self.undo.append(step)
        self.current = ""

    def made_folders(self, target: Path) -> Path:
        """Make the folders a new file goes in; returns the outermost one made (removed again
        when the patch is undone), or the file itself when none was."""
        top = target
        while not top.parent.exists():
            top = top.parent
        target.parent.mkdir(parents=True, exist_ok=True)
        return top

    def roll_back(self) -> str:
        """Undo every step, last first; returns what could not be undone ('' when all was)."""
        failed = []
        for what, path, kept in reversed(self.undo):
            try:
                if what == "manifest" and failed:
                    continue  # the site is not what it records: the next build is a clean one
                if what in ("moved", "manifest"):
                    path.parent.mkdir(parents=True, exist_ok=True)
                    os.replace(kept, path)
                elif what == "new":
                    path.unlink()
                elif kept != path:  # folders made for a new file
                    shutil.rmtree(kept)
            except OSError as exc:
                failed.append(f"{path}: {exc.strerror or exc}")
        return "; ".join(failed[:3]) + (f" and {len(failed) - 3} more" if len(failed) > 3 else "")
