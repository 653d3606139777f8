"""Planning only what changed: units kept from the last build without planning them.

A :class:`~kbgen.site.model.Unit` (an article's page and its redirects) is planned once; the
build cache keeps its page and file paths and the input names its pages and files declared
(:class:`UnitIndex`), and the digest of every such name (``values``). The next build plans a
unit again only when one of those names has another digest now (its article's record, a
related article's list item, a config key, a template, the build moment, a list), when one of
its notes names an input it did not name before (a new announcement), or when another page or
file now takes one of its paths. Otherwise its pages and files keep their manifest entries:
they are neither planned, nor digested, nor looked at on disk.

The names are :class:`~kbgen.site.model.Inputs` spelt one by one (:func:`names_of`), so
``Inputs`` stays the one declaration of what a page depends on. A list is compared through the
stand-in its unit gives (:attr:`Unit.lists`), since its ids are known only by planning it.
Publishing plans a kept unit after all when the manifest was replaced since planning read it,
the page frame changed, an offline copy is made, its page is in the navigation, one of its files
is missing from the manifest or no longer the file kbgen wrote (changed or removed by hand), or a
late file changes what a kept page's links find (:meth:`kbgen.site.publish.SiteBuild.expand_kept`,
:meth:`kbgen.site.publish.SiteBuild.rerender_for_late_files`). Files added by hand to the site's
folders are not looked for here: publishing removes them as it does for every build.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Mapping

from ..memo import PlanMemo
from .inputs import digests_of, sha256
from .model import Inputs, Page, SiteFile, SitePlan, Unit, rendered_with

#: Hex digits of an input name's digest kept in the manifest (128 bits tell a change apart).
DIGEST_CHARS = 32
#: The input name of the build moment.
MOMENT = "m"
#: The kinds of input name :func:`names_of` writes, each spelt ``<kind>:<what>``.
NAME_KINDS = frozenset({"a", "n", "c", "L", "t", "l", "s"})


@dataclass(frozen=True)
class UnitIndex:
    """What the build cache keeps of one unit.

    Attributes:
        pages: docs paths of its pages, in planning order.
        files: site paths of its files, in planning order.
        names: the input names its pages and files declared (see :func:`names_of`).
        memo: the memo entries planning it asked for (see :meth:`kbgen.memo.PlanMemo.recording`):
            kept while the unit is, dropped once it is planned anew without them or removed.
    """

    pages: tuple[str, ...]
    files: tuple[str, ...]
    names: tuple[str, ...]
    memo: tuple[str, ...] = ()


#: A unit named after an article (``article KB0001``) is that article's page and redirects.
ARTICLE_UNIT = "article "


def known_name(name: str) -> bool:
    """Whether an input name is one :func:`names_of` can write: the moment or ``<kind>:...``."""
    return name == MOMENT or (name[1:2] == ":" and name[:1] in NAME_KINDS)


def well_formed(name: str, unit: UnitIndex) -> bool:
    """Whether a unit's index read back can be what planning it wrote: it names some input,
    only names of a kind :func:`names_of` writes, and an article's unit names its own article
    (a unit kept while naming none would never be planned again)."""
    if not unit.names or not all(map(known_name, unit.names)):
        return False
    return not name.startswith(ARTICLE_UNIT) or f"a:{name[len(ARTICLE_UNIT):]}" in unit.names


def names_of(inputs: Inputs) -> list[str]:
    """Every input an :class:`Inputs` names, one string each: ``a:<article id>``,
    ``n:<announcement id>``, ``c:<config key>``, ``L:<list name>``, ``t:<template>``, ``m``
    (the moment), ``l:<article id>`` (a list item) and ``s:<source path>`` (what a link to it
    leads to)."""
    names = [f"a:{item}" for item in inputs.articles]
    names += [f"n:{item}" for item in inputs.announcements]
    names += [f"c:{item}" for item in inputs.config]
    names += [f"L:{name}" for name, _ in inputs.lists]
    names += [f"t:{item}" for item in inputs.templates]
    names += [MOMENT] if inputs.moment else []
    names += [f"l:{item}" for item in inputs.listed]
    names += [f"s:{item}" for item in inputs.targets]
    return names


class StaleIndex(Exception):
    """A page or file planned anew takes a path a kept unit's index claims: the index does not
    fit this plan (forged, or damaged consistently with its checksum): plan every unit."""


class Reuse:
    """The current digest of input names over one plan, and which units stay as they were.

    Args:
        plan: the plan being made.
        units: the previous build's units, by name (empty: every unit is planned).
        values: the previous build's digest of each input name.
        memo: the plan's memo (None: a memo of its own, kept by nobody).
    """

    def __init__(self, plan: SitePlan, units: Mapping[str, UnitIndex], values: Mapping[str, str],
                 memo: PlanMemo | None = None) -> None:
        self.plan, self.units, self.values = plan, units, values
        self.memo = memo if memo is not None else PlanMemo()
        self.digests = digests_of(plan)
        self.kept_paths: set[str] = set()  # the page and file paths of the units kept so far
        self._now: dict[str, str] = {}
        self._kinds: dict[str, Callable[[str], str]] = {
            "a": self.digests.article, "l": self.digests.listed, "n": self.digests.announcement,
            "c": self.digests.config, "t": self.digests.template, "s": self.digests.target}

    def current(self, name: str, lists: Mapping[str, Any]) -> str | None:
        """The digest of an input name now (None: a list without a stand-in, never unchanged)."""
        if name.startswith("L:"):
            list_name = name[2:]
            return self.digests.id_list(list_name, lists[list_name])[:DIGEST_CHARS] if list_name in lists else None
        found = self._now.get(name)
        if found is None:
            if name == MOMENT:
                found = sha256(repr(self.plan.now))[:DIGEST_CHARS]
            else:
                found = self._kinds[name[0]](name[2:])[:DIGEST_CHARS]
            self._now[name] = found
        return found

    def unchanged(self, unit: Unit) -> UnitIndex | None:
        """The unit's previous index when nothing it was made from changed, else None."""
        stored = self.units.get(unit.name)
        if stored is None:
            return None
        for note in unit.notes:  # a note on the unit's pages names only inputs they named before
            if any(name not in stored.names for name in names_of(note.inputs | rendered_with(note.template))):
                return None
        values, lists, known = self.values, unit.lists, self._now
        for name in stored.names:
            # a digest worked out for an earlier unit is taken as it is (10,000 units name ~14
            # inputs each, mostly the same few thousand: the method call was most of the cost);
            # a list's (``L:``) is never in ``known``: each unit's stand-in is its own
            now = known.get(name) or self.current(name, lists)
            if now is None or now != values.get(name):
                return None
        return stored


def keep_or_plan(plan: SitePlan, unit: Unit, reuse: Reuse, add: Callable[[Any], None]) -> None:
    """Keep a unit from the last build (its paths noted in the plan, nothing planned) when
    nothing it was made from changed and no page or file planned so far took one of its paths;
    else plan it, each page and file through ``add``."""
    stored = reuse.unchanged(unit)
    if stored is not None and not any(path in plan.page_paths for path in stored.pages) \
            and not any(path in plan.file_paths for path in stored.files):
        plan.kept[unit.name] = unit
        reuse.kept_paths.update(stored.pages + stored.files)
        plan.page_paths.update(dict.fromkeys(stored.pages))
        plan.file_paths.update(dict.fromkeys(stored.files))
        plan.index[unit.name] = stored
        plan.values.update((name, reuse.values[name]) for name in stored.names)
        return
    pages, files, names = [], [], {}
    with reuse.memo.recording() as asked:
        made = list(unit.make())
    for item in made:
        if not isinstance(item, (Page, SiteFile)):
            raise TypeError(f"unit {unit.name!r} planned {item!r}: not a Page or a SiteFile")
        add(item)
        (pages if isinstance(item, Page) else files).append(item.path)
        names.update(dict.fromkeys(names_of(item.all_inputs() if isinstance(item, Page) else item.inputs)))
    plan.index[unit.name] = UnitIndex(tuple(pages), tuple(files), tuple(names), tuple(asked))
    for name in names:
        now = reuse.current(name, unit.lists)
        if now is not None:  # a list without a stand-in is left out: never found unchanged
            plan.values[name] = now


def forget_unasked(plan: SitePlan, reuse: Reuse) -> None:
    """Tell the memo which unit entries to keep unasked (see :attr:`UnitIndex.memo`): those of
    the units kept, never those only a unit planned anew or removed asked for last time."""
    wanted = {entry for index in plan.index.values() for entry in index.memo}
    reuse.memo.dropped = {entry for index in reuse.units.values() for entry in index.memo} - wanted
    reuse.memo.keep_unused = bool(plan.kept)


def expand_all(plan: SitePlan) -> None:
    """Plan every unit the plan kept (their manifest entries cannot be used)."""
    for name in list(plan.kept):
        expand(plan, name)


def expand(plan: SitePlan, name: str) -> None:
    """Plan a kept unit after all (its paths are the plan's already: the same record plans the
    same pages and files)."""
    unit = plan.kept.pop(name)
    for item in unit.make():
        if isinstance(item, Page):
            plan.pages[item.path] = item
        else:
            plan.files[item.path] = item
