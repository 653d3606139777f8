"""The values behind declared inputs, and a digest of them: what a build cache compares.

A page's Markdown is a pure function of the values of its inputs (:meth:`Page.all_inputs`),
so two plans in which a page's :func:`digest` is the same give that page the same Markdown
(``tests/test_site_inputs.py`` checks this over edits, additions and deletions). The rendered
HTML also depends on the plan's :attr:`~kbgen.site.model.SitePlan.frame_inputs` and on the
theme folder (Material overrides), which every page shares.
"""
from __future__ import annotations

import hashlib
from typing import Any

from ..model import SiteConfig
from .model import Inputs, SitePlan

#: site_config.yml keys whose value is held under another attribute name.
CONFIG_ATTRIBUTES = {"review": "review_interval_days"}


def config_value(config: SiteConfig, key: str) -> Any:
    """The validated value of a top-level site_config.yml key (a core key or a section)."""
    attribute = CONFIG_ATTRIBUTES.get(key, key)
    if attribute in SiteConfig.__dataclass_fields__ and attribute != "sections":
        return getattr(config, attribute)
    return config.section(key)


def input_values(plan: SitePlan, inputs: Inputs) -> tuple:
    """Everything the inputs stand for: records, config values, lists, template sources, moment."""
    corpus = plan.corpus
    articles = {article.id: article for article in corpus.articles}
    announcements = {item.id: item for item in corpus.announcements}
    templates = sorted({name for template in inputs.templates for name in plan.templates.closure(template)})
    return (tuple((i, articles.get(i)) for i in inputs.articles),
            tuple((i, announcements.get(i)) for i in inputs.announcements),
            tuple((key, config_value(corpus.config, key)) for key in inputs.config),
            inputs.lists,
            tuple((name, plan.templates.source(name)) for name in templates),
            plan.now if inputs.moment else None)


def digest(plan: SitePlan, inputs: Inputs) -> str:
    """A SHA-256 of :func:`input_values` (records are frozen dataclasses: their repr is stable)."""
    return hashlib.sha256(repr(input_values(plan, inputs)).encode("utf-8")).hexdigest()
