"""The permalinks component: what it declares (see :mod:`kbgen.component`)."""
from __future__ import annotations

from ..component import Component
from .catalogue import PATH, PREVIOUS_CATALOGUE
from .checks import DUPLICATE_ANCHOR, LINK_TO_RETIRED, MISSING_ANCHOR, link_checks
from .history import DELETED_ARTICLE
from .planner import plan_permalinks

PERMALINKS = Component(
    name="permalinks",
    templates="kbgen.permalinks",
    plan=plan_permalinks,
    checks=link_checks,
    rules=(MISSING_ANCHOR, DUPLICATE_ANCHOR, LINK_TO_RETIRED, DELETED_ARTICLE, PREVIOUS_CATALOGUE),
    remembers=(PATH,),
)
