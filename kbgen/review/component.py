"""The review component: what it declares (see :mod:`kbgen.component`)."""
from __future__ import annotations

from ..component import Command, Component
from .lint import REVIEW_RULES, lint_corpus

REVIEW = Component(
    name="review",
    review=lint_corpus,
    rules=REVIEW_RULES,
    commands=(Command("check", "kbgen.review.command:check"),
              Command("report", "kbgen.review.command:report")),
)
