"""The README's reference tables are generated from the schemas (so they cannot drift).

Refresh with ``KBGEN_UPDATE_README=1 python3 -m pytest tests/test_docs.py``.
"""
from __future__ import annotations

import os
import re

from kbgen.component import config_sections
from kbgen.components import COMPONENTS
from kbgen.config import site_schema
from kbgen.content import article_schema
from kbgen.build import known_rules
from kbgen.model import SiteConfig
from kbgen.rules import rule_table
from kbgen.schema import reference_table
from conftest import ROOT

TABLES = {
    "config-reference": lambda: reference_table(site_schema(config_sections(COMPONENTS))),
    "article-reference": lambda: reference_table(article_schema(SiteConfig(site_name="x"))),
    "rules-reference": lambda: rule_table(known_rules()),
}


def test_readme_reference_tables_match_the_schemas():
    readme_path = ROOT / "README.md"
    readme = readme_path.read_text(encoding="utf-8")
    for name, table in TABLES.items():
        pattern = re.compile(rf"(<!-- {name}:start -->\n)(.*?)(<!-- {name}:end -->)", re.S)
        assert pattern.search(readme), f"README.md lacks the {name} markers"
        if os.environ.get("KBGEN_UPDATE_README"):
            readme = pattern.sub(lambda m: m.group(1) + table() + "\n" + m.group(3), readme)
            readme_path.write_text(readme, encoding="utf-8")
        assert pattern.search(readme).group(2).strip() == table().strip(), f"README {name} is out of date"
