"""Planning the site: which pages exist, at which URLs, made from what.

Pure: no MkDocs, no file writes. Planning runs in two steps over the component list it is
given: first every component's notes (known issues on articles, the status line on service
pages ...), collected by slot; then every component's pages, files, navigation entries and
theme data, each page receiving the notes of its slot as inputs. Nothing planned is changed
afterwards, so each page is a pure function of what it declares.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path
from typing import Mapping, Sequence

from ..component import Component, template_packages
from ..model import Corpus
from ..memo import PlanMemo
from .model import (Inputs, LateFiles, NavEntry, Note, Page, PlanContext, Planned, SiteFile, SitePlan, Slot, ThemeData,
                    Unit)
from .reuse import Reuse, StaleIndex, UnitIndex, forget_unasked, keep_or_plan
from .templating import Templates
from .urls import article_doc_path

#: What MkDocs prints around every page from site_config.yml (title bar, header, footer).
FRAME_CONFIG = ("site_name", "site_url", "description", "organisation", "language")


def plan_site(corpus: Corpus, now: dt.datetime, components: Sequence[Component],
              memo: PlanMemo | None = None, compiled: Path | None = None,
              previous: tuple[Mapping[str, UnitIndex], Mapping[str, str]] | None = None) -> SitePlan:
    """Plan every page and file of the site for the moment ``now`` (``memo``: values made from
    records by an earlier build, see :mod:`kbgen.memo`; ``compiled``: where kbgen's templates
    are kept compiled between builds; ``previous``: the last build's units and input digests,
    to keep the units none of whose inputs changed, see :mod:`kbgen.site.reuse`: an index that
    does not fit this plan is not used)."""
    try:
        return _plan(corpus, now, components, memo, compiled, previous)
    except StaleIndex:
        return _plan(corpus, now, components, memo, compiled, None)


def _plan(corpus: Corpus, now: dt.datetime, components: Sequence[Component], memo: PlanMemo | None,
          compiled: Path | None, previous: tuple[Mapping[str, UnitIndex], Mapping[str, str]] | None) -> SitePlan:
    templates = Templates(template_packages(components), corpus.config.language, compiled)
    article_pages = {article.id: article_doc_path(article) for article in corpus.published}
    ctx = PlanContext(corpus, now, templates, article_pages, memo=memo if memo is not None else PlanMemo())
    ctx = dataclasses.replace(ctx, notes=collect_notes(ctx, components))
    plan = SitePlan(corpus, now, templates, article_pages=dict(article_pages),
                    frame_inputs=Inputs.of(config=FRAME_CONFIG))
    reuse = Reuse(plan, *(previous or ({}, {})), ctx.memo)
    for component in components:
        if component.plan is not None:
            for item in component.plan(ctx):
                add(plan, item, component.name, reuse)
    plan.nav.sort(key=lambda entry: (entry.order, entry.title))
    forget_unasked(plan, reuse)  # the kept units' memo entries, not asked for, stay for when they are planned
    return plan


def collect_notes(ctx: PlanContext, components: Sequence[Component]) -> dict[Slot, tuple[Note, ...]]:
    """Every component's notes by slot, in component order."""
    notes: dict[Slot, list[Note]] = {}
    for component in components:
        for note in component.notes(ctx) if component.notes is not None else ():
            notes.setdefault(note.slot, []).append(note)
    return {slot: tuple(items) for slot, items in notes.items()}


def add(plan: SitePlan, item: Planned, owner: str, reuse: Reuse) -> None:
    """Add one planned thing; two components may not plan the same path or theme value. A
    :class:`Unit` is kept from the last build or planned (see :mod:`kbgen.site.reuse`: one
    ``reuse`` per plan, whose digests each input once)."""
    if isinstance(item, (Page, SiteFile)) and item.path in reuse.kept_paths:
        raise StaleIndex(item.path)  # what a kept unit's index claims is planned anew: the index does not fit
    if isinstance(item, Page):
        _claim(plan.page_paths, item.path, None, owner)
        plan.pages[item.path] = item
    elif isinstance(item, SiteFile):
        _claim(plan.file_paths, item.path, None, owner)
        plan.files[item.path] = item
    elif isinstance(item, Unit):
        keep_or_plan(plan, item, reuse, lambda planned: add(plan, planned, owner, reuse))
    elif isinstance(item, LateFiles):
        plan.late.append(item)
    elif isinstance(item, NavEntry):
        plan.nav.append(item)
    elif isinstance(item, ThemeData):
        _claim(plan.extra, item.name, item.value, owner)
        plan.frame_inputs = plan.frame_inputs | item.inputs
    else:
        raise TypeError(f"component {owner!r} planned {item!r}: not a Page, SiteFile, LateFiles, NavEntry, ThemeData "
                        "or Unit")


def _claim(table: dict, key: str, value: object, owner: str) -> None:
    if key in table:
        raise ValueError(f"component {owner!r} planned {key!r}, which another component already planned")
    table[key] = value
