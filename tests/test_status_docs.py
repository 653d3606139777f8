"""The status section of the README: reference tables generated from the schemas.

Refresh with ``KBGEN_UPDATE_README=1 python3 -m pytest tests/test_status_docs.py``.
"""
from __future__ import annotations

import os
import re

import pytest

from conftest import ROOT
from kbgen.model import SiteConfig
from kbgen.schema import reference_table
from kbgen.status.load import STATUS_SCHEMA, announcement_schema, update_schema

TABLES = {
    "announcement-reference": lambda: reference_table(announcement_schema(SiteConfig(site_name="x"))),
    "update-reference": lambda: reference_table(update_schema(SiteConfig(site_name="x"))),
    "status-reference": lambda: reference_table(STATUS_SCHEMA),
}


@pytest.mark.parametrize("name", sorted(TABLES))
def test_status_reference_tables_match_the_schemas(name):
    path = ROOT / "README.md"
    readme = path.read_text(encoding="utf-8")
    pattern = re.compile(rf"(<!-- {name}:start -->\n)(.*?)(<!-- {name}:end -->)", re.S)
    assert pattern.search(readme), f"README.md lacks the {name} markers"
    if os.environ.get("KBGEN_UPDATE_README"):
        readme = pattern.sub(lambda m: m.group(1) + TABLES[name]() + "\n" + m.group(3), readme)
        path.write_text(readme, encoding="utf-8")
    assert pattern.search(readme).group(2).strip() == TABLES[name]().strip()


def test_readme_documents_the_status_commands_and_settings():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Service status and announcements")[1].split("\n## ")[0]
    for needle in ["`kbgen status", "`kbgen new announcement", "feeds/maintenance.ics", "status.json",
                   "stale-incident", *STATUS_SCHEMA.fields]:
        assert needle in section, needle
