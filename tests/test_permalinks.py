"""Links that never break: moved files redirect, deleted articles fail the build naming the id,
retired articles keep a page pointing to their replacement, the previous site is read from the
output folder or --previous, and links between articles are checked down to the section."""
from __future__ import annotations

import json
import posixpath
import shutil
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from kbgen.build import build_site
from kbgen.cli import main
from kbgen.errors import KbgenError, ValidationFailed
from conftest import MINIMAL_CONFIG, article

NOW = "2026-03-01T09:00:00+00:00"
VPN = article("KB0001", "Connect to the VPN", "## Steps {#steps}\n\nOpen the app.\n\n## If it fails\n\nCall us.",
              summary="Three steps.", services="[vpn]")
MAIL = article("KB0002", "Set up email", "See [the steps](../vpn/connect.md#steps).", summary="Mail.")


def catalogue(site: Path) -> dict:
    return json.loads((site / "api/articles.json").read_text(encoding="utf-8"))


def redirect_target(site: Path, path: str) -> str:
    """The site path the redirect page at ``path`` leads to."""
    html = (site / path / "index.html").read_text(encoding="utf-8")
    relative = html.split('<link rel="canonical" href="', 1)[1].split('"', 1)[0]
    return posixpath.normpath(posixpath.join(path, relative)) + "/"


def move(project: Path, old: str, new: str) -> None:
    (project / new).parent.mkdir(parents=True, exist_ok=True)
    (project / old).rename(project / new)


def test_renamed_articles_keep_every_old_url_across_builds(make_project):
    project = make_project({"content/articles/vpn/connect.md": VPN})
    site = project / "site"
    build_site(project, now=NOW)
    assert catalogue(site)["articles"][0]["path"] == "articles/kb0001-connect/"
    move(project, "content/articles/vpn/connect.md", "content/articles/remote/vpn-connect.md")
    build_site(project, now=NOW)
    assert redirect_target(site, "articles/kb0001-connect") == "articles/kb0001-vpn-connect/"
    assert redirect_target(site, "kb/KB0001") == "articles/kb0001-vpn-connect/"
    move(project, "content/articles/remote/vpn-connect.md", "content/articles/remote/vpn.md")
    build_site(project, now=NOW)
    entry = catalogue(site)["articles"][0]
    assert entry["path"] == "articles/kb0001-vpn/"
    assert entry["redirects"] == ["articles/kb0001-connect/", "articles/kb0001-vpn-connect/"]
    for old in ("articles/kb0001-connect", "articles/kb0001-vpn-connect"):
        assert redirect_target(site, old) == "articles/kb0001-vpn/"


def test_an_alias_taken_out_keeps_redirecting(make_project):
    project = make_project({"content/articles/vpn/connect.md": article("KB0001", "VPN", aliases="[/old/vpn/]")})
    build_site(project, now=NOW)
    (project / "content/articles/vpn/connect.md").write_text(article("KB0001", "VPN"), encoding="utf-8")
    build_site(project, now=NOW)
    assert redirect_target(project / "site", "old/vpn") == "articles/kb0001-connect/"


def test_deleting_a_published_article_fails_naming_the_id_and_keeps_the_site(make_project):
    project = make_project({"content/articles/vpn/connect.md": VPN, "content/articles/mail/setup.md": MAIL})
    build_site(project, now=NOW)
    before = (project / "site/api/articles.json").read_bytes()
    (project / "content/articles/mail/setup.md").unlink()
    result = CliRunner().invoke(main, ["build", "--project", str(project), "--now", NOW])
    assert result.exit_code == 1
    assert result.output.splitlines()[0] == (
        "site/api/articles.json:32: error: KB0002: KB0002 (\u201cSet up email\u201d, /articles/kb0002-setup/) is no "
        "longer in content/articles/; restore it, or keep its file with 'retired: true' and 'replaced_by: <id of "
        "the article that replaces it>' so its links keep working")
    assert (project / "site/api/articles.json").read_bytes() == before


def test_making_a_published_article_a_draft_is_an_error_too(make_project):
    project = make_project({"content/articles/vpn/connect.md": VPN})
    build_site(project, now=NOW)
    (project / "content/articles/vpn/connect.md").write_text(VPN.replace("id: KB0001", "id: KB0001\ndraft: true"))
    with pytest.raises(ValidationFailed) as failed:
        build_site(project, now=NOW)
    assert "KB0001" in failed.value.diagnostics[0].message and "is now a draft" in failed.value.diagnostics[0].message


def test_a_retired_article_points_its_old_urls_to_the_replacement(make_project):
    project = make_project({"content/articles/vpn/connect.md": VPN,
                            "content/articles/vpn/old.md": article("KB0003", "Old VPN client", aliases="[/vpn-old/]")})
    build_site(project, now=NOW)
    move(project, "content/articles/vpn/old.md", "content/articles/retired/old-client.md")
    (project / "content/articles/retired/old-client.md").write_text(
        article("KB0003", "Old VPN client", "Gone.", retired="true", replaced_by="KB0001"), encoding="utf-8")
    build_site(project, now=NOW)
    site = project / "site"
    page = (site / "articles/kb0003-old-client/index.html").read_text(encoding="utf-8")
    assert "This article (KB0003) has been retired" in page
    assert '<a href="../kb0001-connect/">Connect to the VPN</a>' in page
    for old in ("kb/KB0003", "articles/kb0003-old", "vpn-old"):
        assert redirect_target(site, old) == "articles/kb0003-old-client/"
    retired = catalogue(site)["retired"]
    assert [(r["id"], r["replaced_by"], r["redirects"]) for r in retired] == [
        ("KB0003", "KB0001", ["articles/kb0003-old/", "vpn-old/"])]
    assert [a["id"] for a in catalogue(site)["articles"]] == ["KB0001"]
    # Deleting the retired article's file now is an error as well: its old URLs would break.
    (project / "content/articles/retired/old-client.md").unlink()
    with pytest.raises(ValidationFailed, match="1 error"):
        build_site(project, now=NOW)


@pytest.mark.parametrize("meta, message", [
    ({"retired": "true"}, "a retired article needs 'replaced_by'"),
    ({"replaced_by": "KB0001"}, "only a retired article has a replacement"),
    ({"retired": "true", "replaced_by": "KB0009"}, "no article has the id 'KB0009'"),
    ({"retired": "true", "replaced_by": "KB0003"}, "KB0003 does not lead to a published article"),
])
def test_retirement_needs_a_replacement_that_is_published(make_project, meta, message):
    project = make_project({"content/articles/vpn/connect.md": VPN,
                            "content/articles/x.md": article("KB0003", "Loop", retired="true", replaced_by="KB0004"),
                            "content/articles/y.md": article("KB0004", "Loop back", retired="true", replaced_by="KB0003"),
                            "content/articles/old.md": article("KB0005", "Old", **meta)})
    with pytest.raises(ValidationFailed) as failed:
        build_site(project, now=NOW)
    messages = [d.format() for d in failed.value.diagnostics]
    assert any(line.startswith("content/articles/old.md:2: error: replaced_by: ") and message in line
               for line in messages), messages


def test_ci_compares_with_previous_file_and_a_missing_one_is_an_error(make_project, tmp_path):
    project = make_project({"content/articles/vpn/connect.md": VPN, "content/articles/mail/setup.md": MAIL})
    build_site(project, now=NOW)
    published = tmp_path / "previous.json"
    shutil.copy(project / "site/api/articles.json", published)
    shutil.rmtree(project / "site")
    move(project, "content/articles/mail/setup.md", "content/articles/mail/mail.md")
    build_site(project, tmp_path / "fresh", now=NOW, previous=published)
    assert redirect_target(tmp_path / "fresh", "articles/kb0002-setup") == "articles/kb0002-mail/"
    (project / "content/articles/mail/mail.md").unlink()
    result = CliRunner().invoke(main, ["check", "-p", str(project), "--previous", str(published), "--now", NOW])
    assert result.exit_code == 1 and f"{published}:32:1: error[deleted-article]: KB0002: KB0002" in result.output
    assert CliRunner().invoke(main, ["check", "-p", str(project), "--previous", str(tmp_path / "nope.json")]).exit_code == 2
    with pytest.raises(KbgenError, match="does not exist"):
        build_site(project, tmp_path / "again", now=NOW, previous=tmp_path / "nope.json")


def test_an_unreadable_previous_catalogue_is_reported_and_its_rule_can_be_relaxed(make_project):
    project = make_project({"content/articles/vpn/connect.md": VPN})
    (project / "site/api").mkdir(parents=True)
    (project / "site/.kbgen-site").write_text("")
    (project / "site/api/articles.json").write_text('{"format": 1, "generator": "kbgen", "articles": [{"id": "KB9"}, 3]}')
    result = CliRunner().invoke(main, ["check", "-p", str(project), "--now", NOW, "--format", "json"])
    found = [(f["rule"], f["file"], f["message"]) for f in json.loads(result.output)]
    assert ("previous-catalogue", "site/api/articles.json", "articles.0: expected text, got empty") in found
    assert ("previous-catalogue", "site/api/articles.json", "articles.1: an entry is not a mapping") in found
    (project / "site/api/articles.json").write_text("not json")
    result = CliRunner().invoke(main, ["check", "-p", str(project), "--now", NOW])
    assert "site/api/articles.json:1:1: error[previous-catalogue]: not a kbgen catalogue: Expecting value" in result.output
    config = project / "site_config.yml"
    config.write_text(config.read_text() + "severity:\n  previous-catalogue: warning\n")
    build_site(project, now=NOW)
    assert catalogue(project / "site")["articles"][0]["id"] == "KB0001"


def test_deleted_article_can_be_dropped_on_purpose_by_relaxing_its_rule(make_project):
    project = make_project({"content/articles/vpn/connect.md": VPN, "content/articles/mail/setup.md": MAIL})
    build_site(project, now=NOW)
    (project / "content/articles/mail/setup.md").unlink()
    config = project / "site_config.yml"
    config.write_text(config.read_text() + "severity:\n  deleted-article: warning\n")
    result = build_site(project, now=NOW)
    assert [d.rule for d in result.diagnostics] == ["deleted-article"]
    assert [a["id"] for a in catalogue(project / "site")["articles"]] == ["KB0001"]


def check_lines(project: Path, *args: str) -> list[str]:
    result = CliRunner().invoke(main, ["check", "-p", str(project), "--now", NOW, *args])
    return result.output.splitlines()


def test_links_to_sections_and_permanent_links_are_checked(make_project):
    body = ("[a](../vpn/connect.md#stepz) [b](/kb/KB0001/#if-it-fails) [c](/kb/kb0001/)\n"
            "[d](/kb/KB0099/) [e](https://help.example.com/kb/KB0001/#nope) [f](#intro)\n"
            "[g](/articles/kb0001-connect/#steps) [h](/articles/kb0001-conect/) [i](../old.md)\n\n"
            "## Intro\n")
    project = make_project({
        "content/articles/vpn/connect.md": VPN,
        "content/articles/mail/setup.md": article("KB0002", "Mail", body, related="[KB0003]"),
        "content/articles/old.md": article("KB0003", "Old", retired="true", replaced_by="KB0001"),
        "content/articles/dup.md": article("KB0004", "Dup", "## A {#x}\n\n## B {#x}\n")},
        config=MINIMAL_CONFIG + "site_url: https://help.example.com/\nseverity:\n  no-owner: info\n"
               "  stale: info\n  no-summary: info\n  no-services: info\n")
    lines = [line for line in check_lines(project) if "[no-" not in line and "[stale]" not in line]
    assert lines == [
        "content/articles/dup.md:7:1: error[duplicate-anchor]: anchor: {#x} is also on line 5; give each heading its own id",
        "content/articles/mail/setup.md:2:1: warning[link-to-retired]: related: KB0003 is retired; list KB0001 instead",
        "content/articles/mail/setup.md:6:5: warning[missing-anchor]: link: link '../vpn/connect.md#stepz': KB0001 has "
        "no section 'stepz' (did you mean \"steps\"?)",
        "content/articles/mail/setup.md:6:63: error[broken-link]: link: link '/kb/kb0001/': no article has the id "
        "'kb0001' (ids in URLs are case-sensitive: /kb/KB0001/)",
        "content/articles/mail/setup.md:7:5: error[broken-link]: link: link '/kb/KB0099/': no article has the id 'KB0099'",
        "content/articles/mail/setup.md:7:22: warning[missing-anchor]: link: link 'https://help.example.com/kb/KB0001/#nope': "
        "KB0001 has no section 'nope'",
        "content/articles/mail/setup.md:8:42: error[broken-link]: link: link '/articles/kb0001-conect/': no article is "
        "published at /articles/kb0001-conect/ (did you mean \"/articles/kb0001-connect/\"?)",
        "content/articles/mail/setup.md:8:72: warning[link-to-retired]: link: link to KB0003, which is retired; link to "
        "KB0001 instead",
        "4 articles, 0 announcements checked: 4 errors, 4 warnings, 10 infos",
    ]


def test_a_hostile_previous_catalogue_costs_little_and_breaks_nothing(make_project, tmp_path):
    project = make_project({"content/articles/vpn/connect.md": VPN})
    hostile = {
        "deep.json": "[" * 100_000 + "]" * 100_000,
        "types.json": json.dumps({"format": 1, "generator": "kbgen", "articles": {"id": "KB0001"}, "retired": 3}),
        "paths.json": json.dumps({"format": 1, "generator": "kbgen", "articles": [
            {"id": "KB0001", "path": "../../etc/", "redirects": []},
            {"id": "KB0001", "path": "articles/kb0001-x/", "redirects": ["search/", "status.json", "a/../b/"]}]}),
        "many.json": json.dumps({"format": 1, "generator": "kbgen", "retired": [], "articles": [
            {"id": f"KB{i:06d}", "title": "t" * 50, "path": f"articles/kb{i:06d}-x/", "redirects": []}
            for i in range(50_000)]}, indent=1),
    }
    for name, text in hostile.items():
        (tmp_path / name).write_text(text)
        started = time.process_time()  # CPU time: other jobs on a loaded machine do not count
        result = CliRunner().invoke(main, ["check", "-p", str(project), "--previous", str(tmp_path / name),
                                           "--now", NOW, "--format", "json"])
        assert time.process_time() - started < 30, name
        assert result.exception is None or isinstance(result.exception, SystemExit), (name, result.exception)
        rules = {f["rule"] for f in json.loads(result.output)}
        assert rules & {"previous-catalogue", "deleted-article"}, name
    many = json.loads(CliRunner().invoke(main, ["check", "-p", str(project), "--previous", str(tmp_path / "many.json"),
                                                "--now", NOW, "--format", "json"]).output)
    gone = [f for f in many if f["rule"] == "deleted-article"]
    assert len(gone) == 50_000 and [f["line"] for f in gone[:2]] == [7, 13]


def test_the_catalogue_assembled_from_kept_entries_is_json_dumps_of_the_whole():
    """The catalogue is written from each entry's text (kept in the plan memo between builds):
    the bytes equal serialising the whole catalogue at once, for any text in the entries."""
    from kbgen.model import SiteConfig
    from kbgen.permalinks.catalogue import FORMAT, catalogue_bytes

    odd = 'Quotes " and \\ back, line\nbreak, tab\t, \u00e9t\u00e9, \u2028, \x00, emoji \U0001f600'
    articles = [{"id": f"KB{n}", "title": odd, "services": ["vpn", odd], "sections": [{"level": 2, "title": odd}],
                 "redirects": [], "updated": None, "nested": {"a": [], "b": {}}} for n in (3, 1, 2)]
    retired = [{"id": "KB9", "replaced_by": "KB1", "redirects": ["old/"]}]
    for config in (SiteConfig(site_name=odd, site_url="https://example.org/kb"), SiteConfig(site_name="Help")):
        for published, gone in ((articles, retired), (articles, []), ([], [])):
            whole = {"format": FORMAT, "generator": "kbgen", "site_name": config.site_name,
                     "site_url": config.site_url or None, "articles": sorted(published, key=lambda e: e["id"]),
                     "retired": gone}
            expected = (json.dumps(whole, indent=1, sort_keys=True, ensure_ascii=False) + "\n").encode("utf-8")
            assert catalogue_bytes(config, published, gone) == expected


def test_what_a_build_keeps_of_its_catalogue_is_what_reading_the_file_gives():
    """The build that writes a catalogue keeps what the next build will read from it, worked out
    from the entries (no parse of the whole file): the same entries, ids' lines included, for
    any text in the entries, with and without retired ones, and none when an entry would be
    refused (the file is then read as any other)."""
    from kbgen.model import PreviousFile, SiteConfig
    from kbgen.permalinks.catalogue import (catalogue_of_texts, entry_text, read_back, read_catalogue,
                                            written_entries)

    odd = 'Quotes " and \\ "id": "KB7", \u00e9t\u00e9, tab\t, emoji \U0001f600'
    published = [{"id": f"KB{n}", "title": odd, "path": f"articles/kb{n}-x/", "redirects": [f"old/{n}/"] * n,
                  "sections": [{"anchor": "id", "level": 2, "title": odd}] * n, "short_path": f"kb/KB{n}/"}
                 for n in (3, 1, 2, 10)]
    gone = [{"id": "KB9", "replaced_by": "KB1", "path": "articles/kb9-y/", "redirects": ["old/", "x/"], "title": ""},
            {"id": "KB4", "replaced_by": "KB9", "path": "articles/kb4-z/", "redirects": []}]
    for config in (SiteConfig(site_name=odd, site_url="https://example.org/kb"), SiteConfig(site_name="Help")):
        for articles, retired in ((published, gone), (published, []), ([], gone), ([], [])):
            pairs = [[(e["id"], (entry_text(e), read_back(entry_text(e), is_retired))) for e in entries]
                     for entries, is_retired in ((articles, False), (retired, True))]
            content = catalogue_of_texts(config, *[[(i, pair[0]) for i, pair in found] for found in pairs])
            kept = written_entries(content, *[[pair for _, pair in sorted(found)] for found in pairs])
            assert kept == read_catalogue(PreviousFile("site/api/articles.json", content))[0].entries
    refused = entry_text({"id": "KB5", "path": "../../outside/"})
    assert read_back(refused, False) is None
    assert written_entries(catalogue_of_texts(SiteConfig(site_name="Help"), [("KB5", refused)], []),
                           [(refused, None)], []) is None


def test_a_build_keeps_its_catalogue_read_back(make_project):
    """After builds that rename, retire and alias articles, the memo holds, under the bytes of
    the catalogue just written, exactly what reading that file back gives."""
    from kbgen.build import MEMO_FILE
    from kbgen.memo import PlanMemo, _name
    from kbgen.model import PreviousFile
    from kbgen.permalinks.catalogue import PREVIOUS_NAMESPACE, catalogue_digest, read_catalogue
    from kbgen.site.cache import cache_dir

    project = make_project({"content/articles/vpn/connect.md": VPN, "content/articles/mail/setup.md": MAIL,
                            "content/articles/vpn/old.md": article("KB0003", "Old \"VPN\" client", aliases="[/vpn-old/]")})
    site = project / "site"
    build_site(project, now=NOW)
    move(project, "content/articles/vpn/old.md", "content/articles/retired/old-client.md")
    (project / "content/articles/retired/old-client.md").write_text(
        article("KB0003", "Old VPN client", "Gone.", retired="true", replaced_by="KB0001"), encoding="utf-8")
    move(project, "content/articles/mail/setup.md", "content/articles/mail/set-up.md")
    for _ in range(2):
        build_site(project, now=NOW)
        content = (site / "api/articles.json").read_bytes()
        memo = PlanMemo(cache_dir(site) / MEMO_FILE)
        entries, problems = memo.held(_name(PREVIOUS_NAMESPACE, (catalogue_digest(content),)))
        assert (entries, problems) == (read_catalogue(PreviousFile("x", content))[0].entries, ())
        assert {entry.id for entry in entries} == {"KB0001", "KB0002", "KB0003"}
