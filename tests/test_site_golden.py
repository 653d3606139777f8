"""Golden output of the planned site (the engine-free input of the renderer).

Refresh after an intended change with: ``KBGEN_UPDATE_GOLDEN=1 pytest tests/test_site_golden.py``.
"""
from __future__ import annotations

import datetime as dt
import os
import shutil
from pathlib import Path

from kbgen.build import load_project
from kbgen.components import COMPONENTS
from kbgen.site.plan import plan_site
from kbgen.site.render import page_source

FIXTURE = Path(__file__).parent / "fixtures" / "golden-project"
GOLDEN = Path(__file__).parent / "golden" / "site"
CORE_KINDS = {"home", "article", "service", "services", "tag", "tags", "section", "contact"}
NOW = dt.datetime(2026, 3, 1, 9, 0, tzinfo=dt.timezone.utc)


def planned_files() -> dict[str, str]:
    corpus, diagnostics = load_project(FIXTURE)
    assert corpus is not None, [d.format() for d in diagnostics]
    plan = plan_site(corpus, NOW, COMPONENTS)
    files = {page.path: page_source(plan, page) for page in plan.pages.values() if page.kind in CORE_KINDS}
    files.update({path: file.content.decode() for path, file in plan.files.items()
                  if path.startswith(("kb/", "old/", "api/"))})
    files["_footer.html"] = plan.extra["footer_html"] + "\n"
    files["_nav.txt"] = "".join(f"{entry.title}\t{entry.path}\n" for entry in plan.nav
                                if entry.path.split("/")[0] in {"index.md", "services", "life", "contact.md", "tags"})
    return files


def test_planned_site_matches_golden_files():
    files = planned_files()
    if os.environ.get("KBGEN_UPDATE_GOLDEN"):
        shutil.rmtree(GOLDEN, ignore_errors=True)
        for path, text in files.items():
            (GOLDEN / path).parent.mkdir(parents=True, exist_ok=True)
            (GOLDEN / path).write_text(text, encoding="utf-8")
    expected = {p.relative_to(GOLDEN).as_posix(): p.read_text(encoding="utf-8")
                for p in GOLDEN.rglob("*") if p.is_file()}
    assert sorted(files) == sorted(expected)
    for path, text in files.items():
        assert text == expected[path], f"{path} differs from tests/golden/site/{path}"
