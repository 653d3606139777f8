"""The search component: what it declares (see :mod:`kbgen.component`)."""
from __future__ import annotations

from .. import schema as s
from ..component import Command, Component
from .learn import learn_checks
from .planner import plan_search
from .settings import SEARCH_SCHEMA

SEARCH = Component(
    name="search",
    templates="kbgen.search",
    config={"search": s.Field(s.mapping(SEARCH_SCHEMA), default=dict,
                              doc="Search: `synonyms`, `builtin_synonyms`, `learn_acronyms`, `min_confidence`, `min_coverage`, `min_score`, `learn_from`, `learn_min_tickets` (see Search).")},
    plan=plan_search,
    checks=learn_checks,
    commands=(Command("search", "kbgen.search.command:search"),),
)
