"""kbgen's components, in one list: the only place that names every feature.

Like Pelican's list of generators, this is how kbgen is assembled. The build pipeline, the CLI
and the tests hand this list to the core (config, content, site), which never imports a
feature. Order matters: notes and pages are planned in this order, and a template name is
prefixed with its component's name. To add a feature, write its component (see
:mod:`kbgen.component`) and add it here.
"""
from __future__ import annotations

from .agents.component import AGENTS
from .component import Component
from .permalinks.component import PERMALINKS
from .review.component import REVIEW
from .search.component import SEARCH
from .site.core import CORE
from .status.component import STATUS
from .suggest.component import SUGGEST

COMPONENTS: tuple[Component, ...] = (CORE, PERMALINKS, AGENTS, SEARCH, STATUS, SUGGEST, REVIEW)
