"""What a component declares: the one API every feature of kbgen implements.

kbgen is a list of components (:data:`kbgen.components.COMPONENTS`), the way Pelican is a list
of generators. A component is a frozen record of plain data and functions; nothing registers
itself when imported, and the core (config, content, site) never imports a feature: it is
handed the list. A component declares:

- ``config``: the site_config.yml sections it owns (key -> schema field);
- ``content``: the content types it loads from ``content/<folder>/``;
- ``notes``: notes it puts on pages other components own (planned before any page, then
  handed to each page's owner as part of that page's inputs);
- ``plan``: the pages, files, navigation entries and theme data it adds, each with the
  inputs it is made from;
- ``checks``: checks over the loaded project that ``build`` and ``check`` both run (they may
  use the build moment ``--now`` and what the previous build published);
- ``review``: review checks only ``kbgen check`` runs (stale reviews ...: a date passing must
  not break a site build);
- ``rules``: the rules its checks report under (:class:`kbgen.rules.Rule`: name, default level);
- ``remembers``: site paths of files it writes into every site and reads back from the previous
  site on the next build (``api/articles.json``: what was published, so no URL breaks);
- ``commands``: its CLI commands, by import path (imported only when run, so ``kbgen search``
  starts fast);
- ``templates``: the package whose ``templates/`` folder holds its templates, named
  ``<component name>/<file>``.
"""
from __future__ import annotations

import datetime as dt
import importlib
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Callable, Iterable, Mapping, Sequence

if TYPE_CHECKING:  # annotations only: this module imports nothing of kbgen, so anything can use it
    from .content import ContentType
    from .errors import Diagnostic
    from .model import Corpus
    from .rules import Rule
    from .schema import Field
    from .site.model import Note, PlanContext, Planned


@dataclass(frozen=True)
class Command:
    """A CLI command of a component, imported only when it runs.

    Attributes:
        name: the command's name (``status``).
        target: where the click command is, ``package.module:attribute``.
        group: the group it belongs to: "" for the top level, or ``new``.
    """

    name: str
    target: str
    group: str = ""

    def load(self) -> Any:
        """Import the click command."""
        return imported(self.target)


def imported(target: str) -> Any:
    """The object at ``package.module:attribute``, imported."""
    module, _, attribute = target.partition(":")
    return getattr(importlib.import_module(module), attribute)


@dataclass(frozen=True)
class Component:
    """A feature of kbgen (see the module docstring for what each field means).

    Attributes:
        name: short name; also the prefix of its template names.
        templates: package holding its ``templates/`` folder ("" when it has none).
        config: site_config.yml sections it owns, by key.
        content: content types it loads.
        notes: plans its notes on other components' pages.
        plan: plans its pages, files, navigation entries and theme data.
        checks: checks run by build and check (they get the build moment).
        review: review checks run by ``kbgen check`` only.
        rules: the rules its checks report under.
        remembers: site paths it reads back from the previous site.
        commands: its CLI commands.
    """

    name: str
    templates: str = ""
    config: Mapping[str, Field] = field(default_factory=dict)
    content: tuple[ContentType, ...] = ()
    notes: Callable[[PlanContext], Iterable[Note]] | None = None
    plan: Callable[[PlanContext], Iterable[Planned]] | None = None
    checks: Callable[[Corpus, dt.datetime], list[Diagnostic]] | None = None
    review: Callable[[Corpus, dt.datetime], list[Diagnostic]] | None = None
    rules: tuple[Rule, ...] = ()
    remembers: tuple[str, ...] = ()
    commands: tuple[Command, ...] = ()


def config_sections(components: Sequence[Component]) -> dict[str, Field]:
    """Every component's site_config.yml sections, in component order."""
    return {key: value for component in components for key, value in component.config.items()}


def content_types(components: Sequence[Component]) -> tuple[ContentType, ...]:
    """Every component's content types, in component order."""
    return tuple(kind for component in components for kind in component.content)


def template_packages(components: Sequence[Component]) -> dict[str, str]:
    """Component name -> package holding its templates."""
    return {c.name: c.templates for c in components if c.templates}


def timed_checks(components: Sequence[Component], corpus: Corpus, now: dt.datetime) -> list[Diagnostic]:
    """Every component's checks run by build and check."""
    return [d for c in components if c.checks for d in c.checks(corpus, now)]


def review_checks(components: Sequence[Component], corpus: Corpus, now: dt.datetime) -> list[Diagnostic]:
    """Every component's review checks (``kbgen check`` only)."""
    return [d for c in components if c.review for d in c.review(corpus, now)]


def rules(components: Sequence[Component]) -> dict[str, Rule]:
    """Every component's rules by name."""
    return {rule.name: rule for component in components for rule in component.rules}


def remembered(components: Sequence[Component]) -> tuple[str, ...]:
    """The site paths components read back from the previous site, in component order."""
    return tuple(path for component in components for path in component.remembers)


def commands(components: Sequence[Component]) -> tuple[Command, ...]:
    """Every component's CLI commands."""
    return tuple(command for component in components for command in component.commands)
