"""The suggest component: what it declares (see :mod:`kbgen.component`).

It plans no pages; it owns the ``tickets:`` section and the ``kbgen suggest`` command (imported
only when run: it needs numpy and scikit-learn).
"""
from __future__ import annotations

from .. import schema as s
from ..component import Command, Component
from .settings import TICKETS_SCHEMA

SUGGEST = Component(
    name="suggest",
    config={"tickets": s.Field(s.mapping(TICKETS_SCHEMA), default=dict,
                               doc="Ticket import settings (see Suggest).")},
    commands=(Command("suggest", "kbgen.suggest.command:suggest"),),
)
