"""Planning only what changed: after each kind of change, the articles whose page and redirects
are planned again are those whose declared inputs changed, and the site still equals a clean
build byte for byte (``Site.build`` compares every build with one, see ``test_incremental``).
"""
from __future__ import annotations

import os

import pytest

import kbgen.site.core as core
from conftest import article
from kbgen.build import build_site
from kbgen.errors import ValidationFailed
from kbgen.site.cache import FORMAT, MANIFEST, cache_dir, manifest_text, manifest_value
from kbgen.site.model import Inputs
from kbgen.site.reuse import names_of
from test_incremental import INCIDENT, NOW, Site, pages, tree

ALL = {"KB0001", "KB0002", "KB0003", "KB0004", "KB0005"}


@pytest.fixture
def site(make_project, tmp_path, monkeypatch) -> Site:
    """The project of ``test_incremental``; ``site.planned`` lists the articles whose page each
    build planned (reset by every :meth:`Site.build`, which plans a clean build after it)."""
    made = Site(make_project, tmp_path)
    made.planned = []
    original = core.article_page
    monkeypatch.setattr(core, "article_page", lambda ctx, pub, a: made.planned.append(a.id) or original(ctx, pub, a))
    return made


def incremental(site: Site, now: str = NOW) -> tuple[set[str], object]:
    """One incremental build: the articles it planned and its result; then the site is compared
    with a clean build."""
    site.planned.clear()
    result = build_site(site.project, site.out, now)
    found = set(site.planned)
    site.build(now)  # nothing changed since: equal to a clean build
    return found, result


def test_names_spell_every_kind_of_input():
    inputs = Inputs.of(articles=["KB1"], announcements=["INC-1"], config=["language"], lists={"tops": ["KB1"]},
                       templates=["core/page.html"], moment=True, listed=["KB2"])
    assert names_of(inputs) == ["a:KB1", "n:INC-1", "c:language", "L:tops", "t:core/page.html", "m", "l:KB2"]
    assert names_of(Inputs()) == []


def test_an_unchanged_rebuild_plans_no_article_and_a_body_edit_only_the_edited_one(site):
    site.build()
    assert incremental(site)[0] == set()
    site.edit("content/articles/vpn/slow.md", "Restart.", "Restart the client.")
    found, result = incremental(site)
    assert found == {"KB0002"} and pages(result) == {"articles/kb0002-slow/index.html"}
    site.edit("content/articles/office/toner.md", "Some text.", "Other text.")  # two edits in a row
    assert incremental(site)[0] == {"KB0004"}


def test_a_title_edit_plans_the_articles_that_list_it_as_related(site):
    site.build()
    site.edit("content/articles/office/toner.md", "Replace the toner", "Change the toner")
    found, result = incremental(site)
    assert {"KB0004", "KB0003"} <= found and not found & {"KB0001", "KB0002", "KB0005"}  # KB0003 shows it as related
    assert "Change the toner" in (site.out / "articles/kb0003-printer/index.html").read_text(encoding="utf-8")
    assert {"kb/KB0004/index.html", "services/print/index.html", "tags/office/index.html"} <= set(result.changed)


def test_tags_services_and_aliases_added_and_removed_give_the_clean_site(site):
    site.build()
    site.edit("content/articles/vpn/slow.md", "tags: [network]", "tags: [network, wireless]")
    assert "KB0002" in incremental(site)[0]
    site.edit("content/articles/vpn/slow.md", "services: [vpn]", "services: [print]")
    found, _ = incremental(site)
    assert {"KB0002", "KB0001"} <= found  # KB0001's related list was topped up from vpn's articles
    site.edit("content/articles/vpn/slow.md", "title: VPN is slow", "title: VPN is slow\naliases: [old/slow/]")
    found, result = incremental(site)
    assert "KB0002" in found and "old/slow/index.html" in result.changed
    site.edit("content/articles/vpn/slow.md", "\naliases: [old/slow/]", "")
    assert "KB0002" in incremental(site)[0]  # the old URL still leads there (kbgen.permalinks), as in a clean build


def test_an_announcement_plans_the_articles_it_puts_a_note_on(site):
    site.build()
    site.write("content/announcements/inc2.md", INCIDENT.replace("INC-1", "INC-2").replace("[vpn]", "[print]"))
    found, _ = incremental(site)
    assert {"KB0003", "KB0004"} <= found
    site.edit("content/announcements/inc.md", "title: VPN drops", "title: VPN drops often")
    banner = incremental(site)[1]
    assert {"articles/kb0001-connect/index.html", "articles/kb0005-hours/index.html"} <= pages(banner)
    (site.project / "content/announcements/inc2.md").unlink()
    assert {"KB0003", "KB0004"} <= incremental(site)[0]


def test_a_link_to_an_anchor_breaking_and_coming_back_is_said_and_the_site_is_clean(site):
    site.edit("content/articles/vpn/connect.md", "(../office/printer.md)", "(slow.md#check)")
    site.build()

    def missing(result) -> list[str]:
        return [d.path for d in result.diagnostics if d.rule == "missing-anchor"]
    site.edit("content/articles/vpn/slow.md", "## Check", "## Look")
    found, result = incremental(site)
    assert missing(result) == ["content/articles/vpn/connect.md"] and found == {"KB0001", "KB0002"}  # KB0001 links to it
    found, result = incremental(site)
    assert missing(result) == ["content/articles/vpn/connect.md"] and found == set()  # said again
    site.edit("content/articles/vpn/slow.md", "## Look", "## Check")
    found, result = incremental(site)
    assert missing(result) == [] and found == {"KB0001", "KB0002"}


def test_an_article_made_invalid_keeps_the_site_and_its_fix_plans_it(site):
    site.build()
    before = tree(site.out)
    site.edit("content/articles/vpn/slow.md", "title: VPN is slow", "title: [VPN is slow")
    with pytest.raises(ValidationFailed):
        build_site(site.project, site.out, NOW)
    assert tree(site.out) == before
    site.edit("content/articles/vpn/slow.md", "title: [VPN is slow", "title: VPN is slower")
    assert "KB0002" in incremental(site)[0]


def test_a_touched_file_a_config_change_and_a_page_removed_by_hand(site):
    site.build()
    os.utime(site.project / "content/articles/vpn/slow.md")
    assert incremental(site)[0] == set()  # same text: nothing changed
    site.write("site_config.yml", (site.project / "site_config.yml").read_text() + "featured: [KB0003]\n")
    found, result = incremental(site)
    assert found == ALL and result.rendered == 1  # records are named with the config: all planned, the home page made
    site.edit("site_config.yml", "site_name: Test Help", "site_name: Help Desk")
    found, result = incremental(site)
    assert result.rendered == result.pages  # the frame of every page: each unit planned again
    (site.out / "kb/KB0003/index.html").unlink()
    found, result = incremental(site)
    assert found == {"KB0003"} and "kb/KB0003/index.html" in result.changed


def test_the_manifest_keeps_each_units_input_names_and_an_older_one_is_ignored(site):
    site.build()
    manifest = manifest_value((cache_dir(site.out) / MANIFEST).read_text(encoding="utf-8"))
    unit = manifest["units"]["article KB0002"]
    assert unit[0] == ["articles/kb0002-slow.md"] and unit[1] == ["kb/KB0002/index.html"]
    names = {manifest["names"][place]: manifest["values"][place] for place in unit[2]}
    assert {"a:KB0002", "c:language", "t:core/article.html", "L:articles linked from KB0002"} <= set(names)
    assert all(names.values())  # each with its digest: every list of an article's page has a stand-in
    manifest["format"] = FORMAT - 1
    (cache_dir(site.out) / MANIFEST).write_text(manifest_text(manifest), encoding="utf-8")
    found, result = incremental(site)
    assert found == ALL and result.mode == "clean"


def test_the_memo_keeps_units_entries_unasked_while_units_are_kept_and_no_other_entry(tmp_path):
    from kbgen.memo import PlanMemo

    memo = PlanMemo(tmp_path / "memo")
    memo.get("unit body", ("a",), lambda: 1)
    memo.get("other", ("a",), lambda: 2)
    memo.save()
    kept = PlanMemo(tmp_path / "memo")
    kept.keep_unused = True  # as a build that kept units unplanned
    assert kept.get("unit body", ("b",), lambda: 3) == 3
    kept.save()
    third = PlanMemo(tmp_path / "memo")
    assert third.get("unit body", ("a",), lambda: "made again") == 1  # kept for when its unit is planned
    assert third.get("unit body", ("b",), lambda: "made again") == 3
    assert third.get("other", ("a",), lambda: "made again") == "made again"  # not asked for: dropped, as ever
    third.save()  # nothing kept unplanned: what was not asked for is dropped
    assert PlanMemo(tmp_path / "memo").get("unit body", ("c",), lambda: "none") == "none"


def test_editing_one_article_again_and_again_keeps_the_memo_bounded(site):
    """A unit planned anew leaves behind the memo entries it asked for last time (its old body):
    while other units are kept, only theirs stay, so N edits do not grow the memo with N."""
    import random

    def memo_bytes() -> int:
        return sum(path.stat().st_size for path in (cache_dir(site.out).parent / f".{site.out.name}.kbgen-cache"
                                                    / "memo").rglob("*") if path.is_file())

    build_site(site.project, site.out, NOW)
    sizes, body = [], ""
    for edit in range(8):
        # text that does not compress away: each version of the body is ~4 KB on disk
        body = "".join(random.Random(edit).choice("abcdefghijklmnopqrstuvwxyz ") for _ in range(4000 + edit))  # size differs
        site.write("content/articles/vpn/slow.md", article("KB0002", "VPN is slow", f"## Check\n\n{body}\n",
                                                           services="[vpn]", tags="[network]"))
        result = build_site(site.project, site.out, NOW)
        assert "articles/kb0002-slow/index.html" in pages(result) and result.mode == "patch"
        sizes.append(memo_bytes())
    assert sizes[-1] - sizes[1] < len(body), sizes  # six more edits: not six more bodies


def test_a_page_whose_linked_file_is_removed_is_planned_and_made_again(site):
    """What a kept page's links find is named by its inputs (an article's assets by its record,
    other articles by the link stand-in, theme files by the frame), so a linked file removed plans
    its unit; publishing checks kept pages' lookups again as well (``rerender_for_late_files``)."""
    site.build()
    os.remove(site.project / "content/articles/vpn/diagram.png")
    found, result = incremental(site)  # equal to a clean build (incremental compares)
    assert found == {"KB0001"} and "articles/kb0001-connect/index.html" in pages(result)


def test_adding_renaming_and_removing_an_article_plans_only_the_articles_that_link_to_or_list_it(site):
    site.build()
    site.write("content/articles/desk/lunch.md", article("KB0006", "Lunch hours", type="explainer"))
    assert incremental(site)[0] == {"KB0006"}  # no link, list or service of another article reads it
    site.write("content/articles/vpn/split.md", article("KB0007", "Split tunnelling", services="[vpn]"))
    # KB0001 and KB0002 top up their related articles from the whole of vpn's (short) list
    assert incremental(site)[0] == {"KB0007", "KB0001", "KB0002"}
    site.edit("content/articles/vpn/slow.md", "Restart.", "Restart, or see [the toner](../office/toner.md).")
    assert incremental(site)[0] == {"KB0002"}
    os.rename(site.project / "content/articles/office/toner.md", site.project / "content/articles/office/ink.md")
    site.edit("content/articles/vpn/slow.md", "office/toner.md", "office/ink.md")
    found, result = incremental(site)  # KB0003 lists KB0004 as related, whose page moved
    assert found == {"KB0004", "KB0003", "KB0002"} and "articles/kb0004-ink/index.html" in pages(result)
    site.edit("content/articles/desk/lunch.md", "type: explainer", "type: explainer\nretired: true\nreplaced_by: KB0005")
    assert incremental(site)[0] == set()  # its page now points on (not an article unit's); no unit named it


def test_an_article_added_beyond_where_its_services_related_lists_stop_reading_plans_only_itself(make_project, tmp_path,
                                                                                               monkeypatch):
    files = {f"content/articles/vpn/a{n}.md": article(f"KB00{n}", f"Topic {n}", services="[vpn]") for n in range(11, 16)}
    made = Site(make_project, tmp_path, files)
    made.planned = []
    original = core.article_page
    monkeypatch.setattr(core, "article_page", lambda ctx, pub, a: made.planned.append(a.id) or original(ctx, pub, a))
    made.build()
    made.write("content/articles/vpn/a16.md", article("KB0016", "Topic 16", services="[vpn]"))
    assert incremental(made)[0] == {"KB0016"}  # each of the five found three related among the first four ids
    made.write("content/articles/vpn/a10.md", article("KB0010", "Topic 10", services="[vpn]"))
    assert incremental(made)[0] == {"KB0010", "KB0011", "KB0012", "KB0013", "KB0014", "KB0015", "KB0016"}


@pytest.mark.parametrize("damage", ["a stat of two numbers", "a stat of text", "a stat too large for a number",
                                    "a place past the names",
                                    "a place of text", "look-ups not pairs"])
def test_a_manifest_entry_or_unit_of_the_wrong_shape_makes_a_clean_build(site, damage):
    """Each entry and unit is read into its types one by one (a wrong shape is never trusted,
    never a traceback): a manifest holding one of the wrong shape, written with its checksum made
    again, is ignored and the build is a clean one."""
    from kbgen.site.cache import load_manifest

    site.build()
    path = cache_dir(site.out.resolve()) / MANIFEST
    data = manifest_value(path.read_text(encoding="utf-8"))
    entry = data["entries"]["kb/KB0002/index.html"]
    page = data["entries"]["articles/kb0002-slow/index.html"]
    first = sorted(data["units"])[0]
    if damage == "a stat of two numbers":
        entry[1] = entry[1][:2]
    elif damage == "a stat of text":
        entry[1] = ["a", "b", "c"]
    elif damage == "a stat too large for a number":
        entry[1] = [float("inf"), 1, 2]  # written as Infinity; 1e999 reads the same
    elif damage == "a place past the names":
        data["units"][first][2].append(len(data["names"]) + 5)
    elif damage == "a place of text":
        data["units"][first][2].append("0")
    else:
        page[4] = [["x.md"]]
    path.write_text(manifest_text(data), encoding="utf-8")
    assert load_manifest(site.out.resolve()) is None
    site.edit("content/articles/vpn/slow.md", "Restart.", "Restart now.")
    found, result = incremental(site)
    assert found == ALL and result.mode == "clean"
