"""Round 11 of the robustness audit: code points with no character in aliases, one set of
backslash escapes, one BLAS limit around all of suggest, and the findings of attacking encoded
script URLs, config values, YAML, long words, bidi and zero-width characters, and broken ticket
exports."""
from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import article
from kbgen.cli import main


# ------------------------------------------------------------- code points with no character

@pytest.mark.parametrize("code", [0x0378, 0xFDD0, 0xFDEF, 0xFFFE, 0x1FFFF, 0x10FFFF, 0xE0080])
def test_an_alias_refuses_unassigned_code_points_and_noncharacters(code):
    """Unassigned code points and the noncharacters (U+FDD0..U+FDEF, U+xFFFE, U+xFFFF) show
    nothing and may mean anything in a later Unicode: refused in an alias, written raw or
    percent-encoded, as the other invisible categories are."""
    import urllib.parse

    from kbgen.content import alias_path
    from kbgen.schema import Invalid

    for written in (f"/old{chr(code)}x/", "/old" + urllib.parse.quote(chr(code)) + "x/"):
        with pytest.raises(Invalid, match="invisible character"):
            alias_path(written)
    assert alias_path("/old\u00e9x/") == "old\u00e9x/"  # an assigned letter beside them stays


# ------------------------------------------------------------- one set of backslash escapes

def test_a_tag_behind_a_backslash_the_renderer_keeps_is_still_checked():
    """The renderer does not escape '<' (only its own ``ESCAPED_CHARS``): ``\\<img src=...>``
    is an image on the page, so an image without alt text there is reported; an escaped '['
    still opens no link."""
    from kbgen.links import find_links, images_without_alt

    assert images_without_alt("Text\n\\<img src=\"a.png\"> end") == [1]
    assert images_without_alt("Text \\\\<img src=\"a.png\" alt=\"a\"> end") == []
    assert find_links("\\[x\\](javascript:alert(1)) and \\![y](b.png)") == () or \
        [link.target for link in find_links("\\[x\\](javascript:alert(1)) and \\![y](b.png)")] == ["b.png"]


# ------------------------------------------------------------- one BLAS thread for all of suggest

_PROBLEMS = ("badge reader at the loading bay blinks red", "plotter prints every sheet twice",
             "travel booking portal times out at payment", "headset echoes on every call",
             "wiki page history will not open", "laptop fan roars after waking")


_WHEN = ("again", "today", "since Monday", "after lunch", "this morning", "once more", "every hour")
_WHERE = ("north wing", "east annex", "print room", "studio", "archive", "canteen", "lab", "reception")


def _export(path: Path, count: int = 120) -> Path:
    """``count`` tickets over a few recurring problems (written for this test)."""
    start = dt.datetime(2026, 2, 1, 8)
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Key", "Subject", "Details", "Created"])
        for n in range(count):
            problem = _PROBLEMS[n % len(_PROBLEMS)]
            writer.writerow([f"TK-{n}", f"{problem} {_WHEN[n % len(_WHEN)]}",
                             f"Since {_WHEN[n // 3 % len(_WHEN)]} the {problem} in the {_WHERE[n % len(_WHERE)]}.",
                             (start + dt.timedelta(hours=7 * n)).strftime("%Y-%m-%d %H:%M:%S")])
    return path


def _blas_threads() -> set[int]:
    from threadpoolctl import threadpool_info

    return {pool["num_threads"] for pool in threadpool_info() if pool["user_api"] == "blas"}


def test_every_blas_call_of_suggest_runs_on_one_thread(make_project, tmp_path, monkeypatch):
    """The SVD's fit and its projections and HDBSCAN's core distances all run on one BLAS thread
    while the process runs on two (the projection ran outside the limit), and the process's own
    setting is back afterwards."""
    from sklearn.decomposition import TruncatedSVD
    from threadpoolctl import threadpool_limits

    import kbgen.suggest.neighbours as neighbours

    assert _blas_threads(), "numpy has no BLAS that threadpoolctl can see: the limit cannot be checked"
    seen: dict[str, set[int]] = {}

    def spy(owner, name: str) -> None:
        real = getattr(owner, name)
        monkeypatch.setattr(owner, name, lambda *args, **kwargs: seen.setdefault(name, set()).update(
            _blas_threads()) or real(*args, **kwargs))

    for owner, name in ((TruncatedSVD, "fit"), (TruncatedSVD, "transform"), (neighbours, "_approximate")):
        spy(owner, name)
    project = make_project({"content/articles/a.md": article("KB0001", "Plotter settings", "Print settings.")})
    with threadpool_limits(2, user_api="blas"):
        if _blas_threads() != {2}:
            pytest.skip("this machine's BLAS runs one thread at most")
        result = CliRunner().invoke(main, ["suggest", str(_export(tmp_path / "export.csv")), "--project",
                                           str(project), "--map", "id=Key,title=Subject,body=Details,opened=Created",
                                           "--out", str(tmp_path / "drafts"), "--min-size", "4"])
        after = _blas_threads()
    assert result.exit_code == 0, result.output
    assert set(seen) == {"fit", "transform", "_approximate"}, seen
    assert all(threads == {1} for threads in seen.values()), seen
    assert after == {2}


# ------------------------------------------------------------- services by id

def test_an_article_page_names_the_first_service_declared_under_an_id():
    """``SiteConfig.service`` finds a service by id in one look-up; two services under one id (an
    error at load) answer with the first, as the article pages linked it before."""
    from kbgen.model import Service, SiteConfig

    first, second = Service("mail", "Mail"), Service("mail", "Post")
    config = SiteConfig("Desk", services=(first, Service("vpn", "VPN"), second))
    assert config.service("mail") is first and config.service("vpn").name == "VPN"
    assert config.service("nothing") is None
