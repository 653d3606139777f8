"""kbgen's components, in one list: the only place that names every feature.

Like Pelican's list of generators, this is how kbgen is assembled. The build pipeline, the CLI
and the tests hand this list to the core (config, content, site), which never imports a
feature. Order matters: notes and pages are planned in this order, and a template name is
prefixed with its component's name. To add a feature, write its component (see
:mod:`kbgen.component`) and add it here.

The list names each component by where it is defined and imports them all on first use of
``COMPONENTS`` (a build, ``kbgen check``), not when this module is imported: a command that
needs no component, such as ``kbgen search`` on a built site, starts without importing every
feature (MkDocs, Markdown, Jinja, numpy...). ``COMMANDS`` lists the components' CLI commands
for the same reason; a test checks it against the commands the components declare.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .component import Command, imported

if TYPE_CHECKING:
    from .component import Component

    COMPONENTS: tuple[Component, ...]

#: Every component, as "module:attribute", in order.
COMPONENT_PATHS = ("kbgen.site.core:CORE", "kbgen.permalinks.component:PERMALINKS", "kbgen.agents.component:AGENTS",
                   "kbgen.search.component:SEARCH", "kbgen.status.component:STATUS",
                   "kbgen.suggest.component:SUGGEST", "kbgen.review.component:REVIEW")

#: Every component's CLI commands (``commands(COMPONENTS)``), imported only when they run.
COMMANDS: tuple[Command, ...] = (
    Command("link", "kbgen.agents.command:link"),
    Command("search", "kbgen.search.command:search"),
    Command("status", "kbgen.status.command:status"),
    Command("announcement", "kbgen.status.command:new_announcement_command", group="new"),
    Command("suggest", "kbgen.suggest.command:suggest"),
    Command("check", "kbgen.review.command:check"),
    Command("report", "kbgen.review.command:report"),
)


def __getattr__(name: str) -> Any:
    """``COMPONENTS``, imported on first use (PEP 562) and kept."""
    if name != "COMPONENTS":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    components = tuple(imported(path) for path in COMPONENT_PATHS)
    globals()["COMPONENTS"] = components
    return components
