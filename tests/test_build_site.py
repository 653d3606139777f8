"""Building whole sites: the output a user gets, reproducibility, the evaluation KB."""
from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from click.testing import CliRunner

from kbgen.build import build_site
from kbgen.cli import main
from conftest import EVAL_KB, ROOT, article, require_eval

NOW = "2026-03-01T09:00:00+00:00"


def tree_digest(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def test_build_writes_pages_short_links_aliases_and_no_drafts(make_project):
    project = make_project({
        "content/articles/vpn/connect.md": article("KB0001", "Connect to the VPN", services="[vpn]",
                                                   tags="[vpn]", aliases="[/old/vpn.html]"),
        "content/articles/secret.md": article("KB0002", "Secret draft", draft="true"),
    })
    result = CliRunner().invoke(main, ["build", "--project", str(project), "--now", NOW])
    assert result.exit_code == 0, result.output
    assert "Built 1 articles" in result.output
    site = project / "site"
    page = (site / "articles/kb0001-connect/index.html").read_text()
    assert "Connect to the VPN" in page
    assert "kb0002" not in " ".join(tree_digest(site)) and "Secret draft" not in page
    assert "articles/kb0001-connect/" in (site / "kb/KB0001/index.html").read_text()
    assert "../articles/kb0001-connect/" in (site / "old/vpn.html").read_text()
    assert "Connect to the VPN" in (site / "services/vpn/index.html").read_text()
    assert "Connect to the VPN" in (site / "tags/vpn/index.html").read_text()
    assert "+44 20 7946 0000" in (site / "contact/index.html").read_text()


def test_same_input_and_now_give_a_byte_identical_site(make_project, tmp_path):
    project = make_project({"content/articles/a.md": article("KB0001", "A", services="[vpn]"),
                            "content/articles/b.md": article("KB0002", "B", "[a](a.md)", tags="[x]")})
    build_site(project, tmp_path / "one", NOW)
    build_site(project, tmp_path / "two", NOW)
    assert tree_digest(tmp_path / "one") == tree_digest(tmp_path / "two")


def test_front_matter_html_is_escaped_everywhere(make_project):
    project = make_project({"content/articles/x.md": article(
        "KB0001", '"<script>alert(1)</script>"', summary='"<img src=x onerror=alert(2)>"',
        tags='["<b>bold</b>"]', services="[vpn]")})
    build_site(project, None, NOW)
    for html in (project / "site").rglob("*.html"):
        text = html.read_text()
        assert "<script>alert(1)" not in text and "<img src=x" not in text and "<b>bold</b>" not in text, html


@pytest.mark.slow
def test_the_evaluation_knowledge_base_builds_unchanged(tmp_path):
    result = build_site(require_eval(EVAL_KB), tmp_path / "site", NOW, strict=True)
    assert result.articles == 127
    assert (tmp_path / "site/articles/kb0001-account-locked-out/index.html").is_file()
    assert (tmp_path / "site/kb/KB0127/index.html").is_file()


@pytest.mark.slow
def test_the_bundled_demo_builds_strictly(tmp_path):
    """The demo project in the repository (a clone has it even without ../shared)."""
    result = build_site(ROOT, tmp_path / "site", NOW, strict=True)
    articles = [p for p in (ROOT / "content/articles").rglob("*.md") if "draft: true" not in p.read_text()]
    assert result.articles == len(articles) > 20
    assert (tmp_path / "site/kb/KB0001/index.html").is_file()


def test_no_page_lists_every_article(make_project):
    files = {f"content/articles/a{i}.md": article(f"KB{i:04d}", f"Article number {i}", services="[vpn]" if i % 2 else "[email]")
             for i in range(1, 41)}
    project = make_project(files)
    build_site(project, None, NOW)
    for html in (project / "site").rglob("*.html"):
        listed = sum(f"Article number {i}<" in html.read_text() for i in range(1, 41))
        assert listed < 40, html


def test_tags_that_differ_in_case_share_a_page_and_a_tag_named_index_is_kept(make_project):
    project = make_project({"content/articles/a.md": article("KB0001", "Alpha", tags="[Wi-Fi, index]"),
                            "content/articles/b.md": article("KB0002", "Beta", tags="[wi fi]")})
    build_site(project, None, NOW)
    page = (project / "site/tags/wi-fi/index.html").read_text()
    assert "Alpha" in page and "Beta" in page
    assert "Alpha" in (project / "site/tags/index-tag/index.html").read_text()
    assert "2 articles" in (project / "site/tags/index.html").read_text()


def test_the_demo_content_builds_strictly_and_reproducibly(tmp_path):
    from conftest import ROOT

    first = build_site(ROOT, tmp_path / "one", "2026-12-11T18:30:00Z", strict=True)
    build_site(ROOT, tmp_path / "two", "2026-12-11T18:30:00Z", strict=True)
    assert first.articles >= 36
    assert tree_digest(tmp_path / "one") == tree_digest(tmp_path / "two")
    for path in ("status/index.html", "feeds/announcements.xml", "feeds/maintenance.ics", "status.json",
                 "search/manifest.json", "life/index.html", "contact/index.html"):
        assert (tmp_path / "one" / path).is_file(), path


def test_the_demo_knowledge_base_is_complete():
    from conftest import ROOT
    from kbgen.build import load_project

    corpus, diagnostics = load_project(ROOT)
    assert [d for d in diagnostics if d.severity.value == "error"] == []
    explainers = [a for a in corpus.published if a.type == "explainer"]
    assert len(explainers) >= 6 and len(corpus.published) - len(explainers) >= 30
    assert {c.kind for c in corpus.config.contact} >= {"phone", "email", "chat", "portal", "walk-up"}
    assert any(c.remote_note for c in corpus.config.contact)
    assert {a.type for a in corpus.announcements} == {"incident", "maintenance", "notice"}
