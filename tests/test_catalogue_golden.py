"""Golden output of ``api/articles.json`` and of the redirects made from the previous site.

Refresh after an intended change with: ``KBGEN_UPDATE_GOLDEN=1 pytest tests/test_catalogue_golden.py``.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import json
import os
from pathlib import Path

from kbgen.build import load_project, read_previous
from kbgen.components import COMPONENTS
from kbgen.site.plan import plan_site

FIXTURE = Path(__file__).parent / "fixtures" / "permalinks-project"
GOLDEN = Path(__file__).parent / "golden" / "permalinks"
NOW = dt.datetime(2026, 3, 1, 9, 0, tzinfo=dt.timezone.utc)


def planned() -> dict[str, str]:
    corpus, diagnostics = load_project(FIXTURE)
    assert corpus is not None, [d.format() for d in diagnostics]
    corpus = dataclasses.replace(corpus, previous=read_previous(FIXTURE / "previous", FIXTURE))
    plan = plan_site(corpus, NOW, COMPONENTS)
    redirects = {path: file.content.decode().split('rel="canonical" href="')[1].split('"')[0]
                 for path, file in plan.files.items() if path.endswith(".html")}
    retired = plan.pages["articles/kb0003-old-client.md"]
    return {"articles.json": plan.files["api/articles.json"].content.decode(),
            "redirects.json": json.dumps(redirects, indent=1, sort_keys=True) + "\n",
            "retired.md": plan.templates.page(retired) + "\n",
            "opensearch.xml": plan.files["opensearch.xml"].content.decode()}


def test_catalogue_and_redirects_match_golden_files():
    files = planned()
    if os.environ.get("KBGEN_UPDATE_GOLDEN"):
        GOLDEN.mkdir(parents=True, exist_ok=True)
        for name, text in files.items():
            (GOLDEN / name).write_text(text, encoding="utf-8")
    for name, text in files.items():
        assert text == (GOLDEN / name).read_text(encoding="utf-8"), f"{name} differs from tests/golden/permalinks/{name}"


def test_the_catalogue_is_the_same_bytes_on_every_plan_and_reads_back():
    first, second = planned()["articles.json"], planned()["articles.json"]
    assert first == second
    data = json.loads(first)
    assert [a["id"] for a in data["articles"]] == ["KB0001", "KB0002"]
    assert list(data["articles"][0]) == sorted(data["articles"][0])
