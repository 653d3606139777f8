"""The agents component: what it declares (see :mod:`kbgen.component`)."""
from __future__ import annotations

from .. import schema as s
from ..component import Command, Component
from .feedback import feedback_notes, feedback_section
from .opensearch import plan_opensearch

AGENTS = Component(
    name="agents",
    templates="kbgen.agents",
    config={"feedback": s.Field(feedback_section, default=dict,
                                doc="\"Was this helpful?\" on articles: a form `url` or an `email` "
                                    "(see Feedback).")},
    notes=feedback_notes,
    plan=plan_opensearch,
    commands=(Command("link", "kbgen.agents.command:link"),),
)
