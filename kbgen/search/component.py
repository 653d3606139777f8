"""The search component: what it declares (see :mod:`kbgen.component`)."""
from __future__ import annotations

from .. import schema as s
from ..component import Command, Component
from .settings import SEARCH_SCHEMA


def plan(ctx):
    """The index and the search page (imported when a site is planned, not at CLI start-up)."""
    from .planner import plan_search

    return plan_search(ctx)


SEARCH = Component(
    name="search",
    templates="kbgen.search",
    config={"search": s.Field(s.mapping(SEARCH_SCHEMA), default=dict,
                              doc="Search: `synonyms`, `builtin_synonyms`, `min_coverage`, `min_score` (see Search).")},
    plan=plan,
    commands=(Command("search", "kbgen.search.command:search"),),
)
