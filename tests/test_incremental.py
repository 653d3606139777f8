"""Incremental builds: after every kind of change, the site equals a clean build byte for byte,
and only what depends on the change is written. A bad or foreign cache is ignored safely.

Each step edits the project, builds into the same folder (using the cache beside it), builds
again from scratch with ``use_cache=False`` into a fresh folder, and compares the two trees.
"""
from __future__ import annotations

import json
import os
import pickle
import time
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import MINIMAL_CONFIG, article
from kbgen.build import MEMO_FILE, RECORDS_FILE, build_site
from kbgen.cli import main
from kbgen.errors import ValidationFailed
from kbgen.site.cache import MANIFEST, cache_dir, manifest_text, manifest_value

NOW = "2026-11-23T09:00:00+00:00"
LATER = "2026-11-23T10:30:00+00:00"
CONFIG = MINIMAL_CONFIG + """\
  - id: print
    name: Printing
"""
INCIDENT = """\
---
id: INC-1
title: VPN drops
type: incident
services: [vpn]
impact: major
state: identified
start: 2026-11-23 08:00
---
We are on it.
"""
WINDOW = """\
---
id: MNT-1
title: Email upgrade
type: maintenance
services: [email]
state: scheduled
start: 2026-12-20 10:00
end: 2026-12-20 12:00
---
Mail may be slow.
"""
NOTICE = """\
---
id: NTC-1
title: Faster Wi-Fi
type: notice
start: 2026-11-10 09:00
---
Twice as fast.
"""
FILES = {
    "content/articles/vpn/connect.md": article(
        "KB0001", "Connect to the VPN", "See [the printer guide](../office/printer.md).\n\n"
        "![Diagram](diagram.png)\n", summary="From anywhere.", services="[vpn]", tags="[remote, network]"),
    "content/articles/vpn/slow.md": article("KB0002", "VPN is slow", "## Check\n\nRestart.\n", services="[vpn]",
                                            tags="[network]"),
    "content/articles/office/printer.md": article("KB0003", "Add a printer", services="[print]", tags="[office]"),
    "content/articles/office/toner.md": article("KB0004", "Replace the toner", services="[print]",
                                                tags="[office]"),
    "content/articles/desk/hours.md": article("KB0005", "Our hours", type="explainer"),
    "content/articles/vpn/diagram.png": b"\x89PNG\r\n\x1a\nfake",
    "content/announcements/inc.md": INCIDENT,
    "content/announcements/mnt.md": WINDOW,
    "content/announcements/ntc.md": NOTICE,
}
ARTICLE_PAGES = ("articles/kb0001-connect/index.html", "articles/kb0002-slow/index.html",
                 "articles/kb0003-printer/index.html", "articles/kb0004-toner/index.html")


def tree(folder: Path) -> dict[str, bytes]:
    """Every file of a folder by relative path."""
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def zip_entries(path: Path) -> list[tuple[str, tuple, bytes]]:
    """Name below the top folder, time and bytes of every entry of a zip."""
    with zipfile.ZipFile(path) as archive:
        return [(info.filename.split("/", 1)[1], info.date_time, archive.read(info)) for info in archive.infolist()]


class Site:
    """A project built into one folder again and again, each build checked against a clean one."""

    def __init__(self, make_project, tmp_path: Path, files: dict[str, str | bytes] = FILES) -> None:
        self.project = make_project(files, config=CONFIG)
        self.root = tmp_path
        self.out = tmp_path / "site"
        self.clean_builds = 0

    def write(self, path: str, text: str | bytes) -> None:
        target = self.project / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))

    def edit(self, path: str, old: str, new: str) -> None:
        text = (self.project / path).read_text(encoding="utf-8")
        assert old in text, (path, old)
        self.write(path, text.replace(old, new))

    def build(self, now: str = NOW, **options):
        """Build incrementally, then check the result equals a clean build that follows the same
        previous site (its catalogue keeps old URLs working); returns the result."""
        self.clean_builds += 1
        catalogue = self.out / "api" / "articles.json"
        previous = self.root / f"previous-{self.clean_builds}" / "articles.json"
        if catalogue.is_file():
            previous.parent.mkdir()
            previous.write_bytes(catalogue.read_bytes())
        result = build_site(self.project, self.out, now, **options)
        clean = self.root / f"clean-{self.clean_builds}"
        offline = options.get("offline", False)
        build_site(self.project, clean, now, use_cache=False, previous=previous if previous.is_file() else None,
                   offline=offline)
        assert tree(self.out) == tree(clean)
        if offline:
            assert zip_entries(result.archive) == zip_entries(clean.parent / f"{clean.name}.zip")
        return result


@pytest.fixture
def site(make_project, tmp_path) -> Site:
    return Site(make_project, tmp_path)


def pages(result) -> set[str]:
    """The HTML pages a build wrote or removed."""
    return {path for path in result.changed if path.endswith(".html")}


@pytest.mark.slow
def test_every_kind_of_change_gives_the_clean_site_and_touches_only_what_depends_on_it(site):
    first = site.build()
    assert first.mode == "clean" and first.rendered == first.pages

    again = site.build()
    assert again.changed == () and again.rendered == 0 and again.mode == "patch"

    site.edit("content/articles/vpn/slow.md", "Restart.", "Restart the client.")
    edited = site.build()
    assert pages(edited) == {"articles/kb0002-slow/index.html"} and edited.mode == "patch"
    assert any(path.startswith("search/") for path in edited.changed)

    site.edit("content/articles/office/toner.md", "Replace the toner", "Change the toner")
    retitled = pages(site.build())
    assert {"articles/kb0004-toner/index.html", "services/print/index.html", "tags/office/index.html",
            "kb/KB0004/index.html"} <= retitled
    assert not retitled & {"articles/kb0002-slow/index.html", "tags/network/index.html", "services/vpn/index.html"}

    os.rename(site.project / "content/articles/office/printer.md", site.project / "content/articles/office/printers.md")
    site.edit("content/articles/vpn/connect.md", "office/printer.md", "office/printers.md")
    renamed = pages(site.build())
    assert {"articles/kb0003-printer/index.html", "articles/kb0003-printers/index.html",
            "articles/kb0001-connect/index.html"} <= renamed  # KB0001 links to it
    assert "articles/kb0002-slow/index.html" not in renamed

    toner = site.project / "content/articles/office/toner.md"
    kept = tree(site.out)
    toner.unlink()
    with pytest.raises(ValidationFailed):  # a published article may not vanish: its links would break
        build_site(site.project, site.out, NOW)
    assert tree(site.out) == kept
    site.write("content/articles/office/toner.md", article("KB0004", "Change the toner", services="[print]",
                                                           retired="true", replaced_by="KB0003"))
    retired = pages(site.build())
    assert {"articles/kb0004-toner/index.html", "services/print/index.html", "tags/office/index.html"} <= retired
    assert "Add a printer" in (site.out / "articles/kb0004-toner/index.html").read_text(encoding="utf-8")
    assert "articles/kb0002-slow/index.html" not in retired

    site.write("content/articles/vpn/old.md", article("KB0007", "Old client", services="[vpn]"))
    site.write("site_config.yml", CONFIG + "severity:\n  deleted-article: warning\n")  # deleting is allowed
    site.build()
    (site.project / "content/articles/vpn/old.md").unlink()
    deleted = pages(site.build())
    assert "articles/kb0007-old/index.html" in deleted and not (site.out / "articles/kb0007-old").exists()
    assert "articles/kb0003-printers/index.html" not in deleted  # another service's article

    site.write("content/articles/vpn/split.md", article("KB0006", "Split tunnelling", services="[vpn]",
                                                        tags="[network]"))
    added = pages(site.build())
    assert {"articles/kb0006-split/index.html", "services/vpn/index.html", "tags/network/index.html"} <= added
    assert "articles/kb0005-hours/index.html" not in added


@pytest.mark.slow
def test_announcements_and_the_clock_rewrite_only_their_pages(site):
    site.build()
    site.edit("content/announcements/mnt.md", "Mail may be slow.", "Mail may be slow for an hour.")
    body = pages(site.build())
    assert "announcements/mnt-1/index.html" in body
    assert not body & set(ARTICLE_PAGES)  # the window is weeks away: no banner or note changes

    site.edit("content/announcements/inc.md", "state: identified", "state: monitoring")
    state = site.build()
    assert "announcements/inc-1/index.html" in state.changed and "status/index.html" in state.changed
    assert not set(state.changed) & set(ARTICLE_PAGES)  # same banner and note text

    site.edit("content/announcements/inc.md", "title: VPN drops", "title: VPN drops often")
    banner = pages(site.build())
    assert set(ARTICLE_PAGES) <= banner  # the banner on every page names it

    site.write("content/announcements/inc2.md", INCIDENT.replace("INC-1", "INC-2").replace("[vpn]", "[print]"))
    assert "announcements/inc-2/index.html" in pages(site.build())
    (site.project / "content/announcements/ntc.md").unlink()
    removed = site.build()
    assert "announcements/ntc-1/index.html" in removed.changed

    later = pages(site.build(LATER))
    assert "status/index.html" in later
    assert "articles/kb0005-hours/index.html" not in later  # nothing on it depends on the moment


@pytest.mark.slow
def test_a_tag_added_or_removed_rewrites_its_page_and_the_tags_index(site):
    site.build()
    site.edit("content/articles/vpn/slow.md", "tags: [network]", "tags: [network, Wireless]")
    added = pages(site.build())
    assert {"tags/wireless/index.html", "tags/index.html"} <= added
    assert "Wireless" in (site.out / "tags/wireless/index.html").read_text(encoding="utf-8")
    assert not added & {"tags/office/index.html", "tags/remote/index.html", "articles/kb0003-printer/index.html"}

    site.edit("content/articles/office/printer.md", "tags: [office]", "tags: [office, wireless]")
    shared = pages(site.build())  # a second article on the tag: its page lists both, its name stays
    assert "tags/wireless/index.html" in shared
    assert "Add a printer" in (site.out / "tags/wireless/index.html").read_text(encoding="utf-8")

    site.edit("content/articles/office/printer.md", "tags: [office, wireless]", "tags: [office]")
    site.edit("content/articles/vpn/slow.md", "tags: [network, Wireless]", "tags: [network]")
    removed = site.build()
    assert {"tags/wireless/index.html", "tags/index.html"} <= set(removed.changed)
    assert not (site.out / "tags/wireless").exists()


def test_an_article_edit_keeps_the_status_feeds_and_an_announcement_edit_makes_them_again(site, monkeypatch):
    import kbgen.status.feeds as feeds

    site.build()
    made = []
    original = feeds.atom_feed
    monkeypatch.setattr(feeds, "atom_feed", lambda *args: made.append(args[1]) or original(*args))
    site.edit("content/articles/vpn/slow.md", "Restart.", "Restart the client.")
    build_site(site.project, site.out, NOW)
    assert made == []  # the feeds depend on no article
    site.edit("content/announcements/ntc.md", "Twice as fast.", "Three times as fast.")
    build_site(site.project, site.out, NOW)
    assert len(made) == 1
    build_site(site.project, site.out, LATER)  # the feeds are written at the build moment
    assert len(made) == 2
    site.build(LATER)  # and equal a clean build's


@pytest.mark.slow
def test_config_theme_assets_and_stray_files(site):
    site.build()
    site.write("content/articles/vpn/diagram.png", b"\x89PNG\r\n\x1a\nother picture")
    assert "articles/vpn/diagram.png" in site.build().changed

    site.write("theme/assets/kbgen.css", "body { color: black; }\n")
    themed = site.build()
    assert themed.rendered == themed.pages  # the theme is part of every page

    site.write("site_config.yml", CONFIG.replace("site_name: Test Help", "site_name: Help Desk"))
    renamed = site.build()
    assert renamed.rendered == renamed.pages and renamed.mode == "swap"

    (site.out / "stray.html").write_text("not kbgen's")
    (site.out / "articles" / "left-over").mkdir()
    (site.out / "articles" / "left-over" / "index.html").write_text("old")
    assert {"stray.html", "articles/left-over/index.html"} <= set(site.build().changed)

    page = site.out / "articles/kb0002-slow/index.html"
    page.write_text("edited by hand")
    assert "articles/kb0002-slow/index.html" in site.build().changed


@pytest.mark.slow
def test_an_offline_copy_is_built_through_the_cache(site):
    site.build()
    first = site.build(offline=True)  # every page changes: its links point at index.html files
    assert first.rendered == first.pages and first.archive == site.out.parent / "site.zip"
    assert (site.out / "search/manifest.json.js").is_file()
    site.edit("content/articles/vpn/slow.md", "Restart.", "Restart the client.")
    edited = site.build(offline=True)
    assert pages(edited) == {"articles/kb0002-slow/index.html"} and edited.mode == "patch"
    assert any(path.startswith("search/") and path.endswith(".json.js") for path in edited.changed)
    online = site.build()
    assert online.rendered == online.pages and not list(site.out.rglob("*.json.js"))


@pytest.mark.slow
def test_a_build_after_another_published_site_uses_the_cache_and_keeps_its_urls(site):
    site.build()
    published = site.root / "published" / "articles.json"
    published.parent.mkdir()
    published.write_bytes((site.out / "api/articles.json").read_bytes())
    site.build()  # the site in --out now has a catalogue of its own
    os.rename(site.project / "content/articles/office/printer.md", site.project / "content/articles/office/printers.md")
    site.edit("content/articles/vpn/connect.md", "office/printer.md", "office/printers.md")
    result = build_site(site.project, site.out, NOW, previous=published)
    assert result.mode != "clean" and 0 < result.rendered < result.pages
    build_site(site.project, site.root / "fresh", NOW, use_cache=False, previous=published)
    assert tree(site.out) == tree(site.root / "fresh")
    assert "kb0003-printers/" in (site.out / "articles/kb0003-printer/index.html").read_text(encoding="utf-8")


def test_no_cache_ignores_the_cache(site):
    site.build()
    page = site.out / "articles/kb0002-slow/index.html"
    before = page.read_bytes()
    times = os.stat(page)
    page.write_bytes(before.replace(b"VPN is slow", b"VPN is SLOW"))  # same size, same inode
    os.utime(page, ns=(times.st_atime_ns, times.st_mtime_ns))
    # the manifest's entry made to hold the edited file's stat (its change time moved): the cache
    # trusts the manifest, so only --no-cache makes the page again
    manifest = cache_dir(site.out.resolve()) / MANIFEST
    header, index, rest, end = manifest.read_text(encoding="utf-8").split("\n")
    entries = json.loads(rest)
    found = os.stat(page)
    entries["entries"]["articles/kb0002-slow/index.html"][1] = [found.st_size, found.st_mtime_ns, found.st_ino,
                                                                found.st_ctime_ns]
    manifest.write_text("\n".join((header, index, json.dumps(entries, separators=(",", ":")), end)), encoding="utf-8")
    assert build_site(site.project, site.out, NOW).rendered == 0
    assert b"VPN is SLOW" in page.read_bytes()
    result = CliRunner().invoke(main, ["build", "--project", str(site.project), "--out", str(site.out),
                                       "--now", NOW, "--no-cache"])
    assert result.exit_code == 0, result.output
    assert "rendered" in result.output and page.read_bytes() == before


@pytest.mark.parametrize("damage", ["garbage", "truncated", "foreign version", "other site", "wrong shapes",
                                    "one line", "a line lost"])
def test_a_corrupt_or_foreign_manifest_is_ignored(site, damage):
    site.build()
    manifest = cache_dir(site.out.resolve()) / MANIFEST
    data = manifest_value(manifest.read_text())
    if damage == "garbage":
        manifest.write_bytes(b"\x00\xff not json")
    elif damage == "truncated":
        manifest.write_text(manifest.read_text()[:100])
    elif damage == "foreign version":
        manifest.write_text(manifest_text({**data, "kbgen": "0.0.1"}))
    elif damage == "other site":
        manifest.write_text(manifest_text({**data, "site": "/somewhere/else"}))
    elif damage == "one line":
        manifest.write_text(json.dumps(data))
    elif damage == "a line lost":
        manifest.write_text("\n".join(manifest.read_text().split("\n")[1:]))
    else:
        manifest.write_text(manifest_text({**data, "entries": [1, 2, 3], "folders": "x"}))
    site.edit("content/articles/vpn/slow.md", "Restart.", "Restart now.")
    result = site.build()
    assert result.rendered == result.pages  # nothing trusted: every page rendered again


@pytest.mark.parametrize("damage, checksum", [("pages of another unit", "kept"), ("names emptied", "kept"),
                                               ("names emptied", "made again"),
                                               ("pages of another unit", "made again"),
                                               ("a name of no known kind", "made again"),
                                               ("an empty name", "made again")])
def test_a_damaged_page_index_gives_a_clean_build(site, damage, checksum):
    """A unit's index no longer what planning wrote (its pages not its article's, no input
    named, a name no planning writes) is not trusted: the build is a clean one, exits 0 and
    names no article."""
    site.build()
    manifest = cache_dir(site.out.resolve()) / MANIFEST
    data = manifest_value(manifest.read_text())
    units = data["units"]
    first, second = sorted(units)[:2]
    if damage == "pages of another unit":
        units[first][0] = units[second][0]
    elif damage == "names emptied":
        units[first][2] = []
    else:  # one more input name for the unit, of a kind no planning writes, or empty
        data["names"].append("z:foo" if damage == "a name of no known kind" else "")
        data["values"].append("0" * 32)
        units[first][2].append(len(data["names"]) - 1)
    # made again: damaged consistently, the index itself must look wrong
    manifest.write_text(manifest_text(data, check=None if checksum == "made again" else data["check"]))
    site.edit("content/articles/vpn/slow.md", "Restart.", "Restart now.")
    clean = site.root / "clean-damaged"
    build_site(site.project, clean, NOW, use_cache=False, previous=site.out / "api" / "articles.json")
    result = CliRunner().invoke(main, ["build", "--project", str(site.project), "--out", str(site.out), "--now", NOW])
    assert result.exit_code == 0 and result.exception is None, result.output
    assert "Traceback" not in result.output and "error" not in result.output.lower()
    assert tree(site.out) == tree(clean)


class _Payload:
    """A pickle that would create a file when loaded, if the unpickler let it."""

    def __init__(self, target: Path) -> None:
        self.target = target

    def __reduce__(self):
        return (os.system, (f"touch {self.target}",))


@pytest.mark.parametrize("cache_file", [RECORDS_FILE, MEMO_FILE])
@pytest.mark.parametrize("damage", ["garbage", "payload", "foreign"])
def test_a_corrupt_or_hostile_records_cache_or_memo_is_ignored(site, damage, cache_file):
    site.build()
    kept = cache_dir(site.out.resolve()) / cache_file
    files = sorted(kept.iterdir()) if kept.is_dir() else [kept]  # the memo is a folder of files
    assert files and all(path.is_file() for path in files)
    marker = site.root / "pwned"
    for path in files:
        if damage == "garbage":
            path.write_bytes(b"not a pickle at all")
        elif damage == "payload":
            path.write_bytes(pickle.dumps({"format": 2, "records": _Payload(marker), "values": _Payload(marker)}))
        else:
            path.write_bytes(pickle.dumps({"format": 99, "kbgen": "0", "config": "", "records": {}, "seen": {},
                                           "values": {}}))
    site.edit("content/articles/vpn/slow.md", "VPN is slow", "The VPN is slow")
    result = site.build()
    assert "articles/kb0002-slow/index.html" in result.changed
    assert not marker.exists()


def test_unchanged_files_are_not_read_again(site, monkeypatch):
    import kbgen.content as content

    site.build()
    parsed = []
    original = content._parse_file
    monkeypatch.setattr(content, "_parse_file", lambda *args: parsed.append(args[3]) or original(*args))
    past = os.stat(site.project / "content/articles/vpn/slow.md").st_mtime - 60
    for path in (site.project / "content").rglob("*.md"):
        os.utime(path, (past, past))  # old enough to trust their size and time
    build_site(site.project, site.out, NOW)
    build_site(site.project, site.out, NOW)
    assert parsed == []
    site.edit("content/articles/vpn/slow.md", "Restart.", "Restart it.")
    build_site(site.project, site.out, NOW)
    assert parsed == ["content/articles/vpn/slow.md"]


def test_an_unchanged_article_is_not_checked_again_after_another_is_added(site, monkeypatch):
    import kbgen.content as content

    build_site(site.project, site.out, NOW)
    build_site(site.project, site.out, NOW)  # nothing changed: every check is kept from the memo
    checked = []
    original = content.body_diagnostics
    monkeypatch.setattr(content, "body_diagnostics", lambda path, *args: checked.append(path) or original(path, *args))
    site.write("content/articles/vpn/new.md", article("KB0777", "A new article"))
    build_site(site.project, site.out, NOW)  # links are checked again; the bodies' own checks are kept
    assert checked == ["content/articles/vpn/new.md"]


def test_an_added_article_checks_again_only_the_links_that_name_its_path(site, monkeypatch):
    """An article's link findings are kept by its record and by what each of its links leads to:
    adding an article checks the links of that article alone, and making an article a draft checks
    again the articles that link to its file (and only those), not every article."""
    import kbgen.build
    import kbgen.content as content

    build_site(site.project, site.out, NOW)
    checked: list[str] = []
    original = content._check_links
    monkeypatch.setattr(content, "_check_links", lambda article, *args: checked.append(article.source.path)
                        or original(article, *args))

    def rebuilt() -> list[str]:
        checked.clear()
        build_site(site.project, site.out, NOW)
        return sorted(checked)
    site.write("content/articles/vpn/new.md", article("KB0777", "A new article"))
    assert rebuilt() == ["content/articles/vpn/new.md"]
    site.edit("content/articles/office/toner.md", "Some text.", "See [the new one](../vpn/new.md).")
    assert rebuilt() == ["content/articles/office/toner.md"]
    site.write("content/articles/desk/other.md", article("KB0778", "Another article"))
    assert rebuilt() == ["content/articles/desk/other.md"]
    site.edit("content/articles/vpn/new.md", "title:", "draft: true\ntitle:")  # toner links to a draft now
    # the build fails: its checks between the files that loaded run again, outside the caches
    monkeypatch.setattr(kbgen.build, "_checks_between_files", lambda *args: [])
    with pytest.raises(ValidationFailed) as failed:
        rebuilt()
    assert sorted(checked) == ["content/articles/office/toner.md", "content/articles/vpn/new.md"]
    assert [d.path for d in failed.value.diagnostics if d.rule == "link-to-draft"] == ["content/articles/office/toner.md"]


def test_the_permalink_checks_find_again_only_the_links_that_looked_up_what_changed(site, monkeypatch):
    """The permanent-link checks keep an article's findings with every look-up its links made:
    adding an article finds the links of that article alone, an article linking to it by
    ``/kb/<id>/`` is found again when its id changes, and the others are not."""
    import kbgen.build
    import kbgen.permalinks.checks as checks
    from kbgen.rules import BROKEN_LINK

    build_site(site.project, site.out, NOW)
    found: list[str] = []
    original = checks._link_findings
    monkeypatch.setattr(checks, "_link_findings", lambda index, article: found.append(article.source.path)
                        or original(index, article))

    def rebuilt() -> list[str]:
        found.clear()
        build_site(site.project, site.out, NOW)
        return sorted(found)
    site.write("content/articles/vpn/new.md", article("KB0777", "A new article"))
    assert rebuilt() == ["content/articles/vpn/new.md"]
    site.edit("content/articles/office/toner.md", "Some text.", "See [the new one](/kb/KB0777/).")
    assert rebuilt() == ["content/articles/office/toner.md"]
    site.write("content/articles/desk/other.md", article("KB0778", "Another article"))
    assert rebuilt() == ["content/articles/desk/other.md"]
    site.edit("content/articles/vpn/new.md", "KB0777", "KB0779")  # toner's link leads nowhere now
    monkeypatch.setattr(kbgen.build, "_checks_between_files", lambda *args: [])
    with pytest.raises(ValidationFailed) as failed:
        rebuilt()
    assert sorted(found) == ["content/articles/office/toner.md", "content/articles/vpn/new.md"]
    assert [d.path for d in failed.value.diagnostics if "KB0777" in d.message and d.rule == BROKEN_LINK.name] == [
        "content/articles/office/toner.md"]


def test_after_one_edit_the_search_index_analyses_one_article_and_the_same_index_results(site, monkeypatch):
    import kbgen.search.index as index

    site.build()
    analysed, documents = [], []
    original_call, original_document = index.call, index.article_document
    monkeypatch.setattr(index, "call", lambda name, *args: (
        analysed.extend(doc["title"] for doc in args[0]) if name == "analyseDocuments" else None,
        original_call(name, *args))[1])
    monkeypatch.setattr(index, "article_document", lambda article, *args: (
        documents.append(article.id), original_document(article, *args))[1])
    site.edit("content/articles/vpn/slow.md", "Restart.", "Restart the client.")
    site.build()  # the clean build beside it analyses every article
    assert analysed[0] == "VPN is slow" and len(analysed) == 1 + 5
    assert documents[0] == "KB0002" and len(documents) == 1 + 5


def test_the_plan_memo_keeps_what_planners_made_and_only_that(tmp_path):
    from kbgen.memo import PlanMemo

    memo = PlanMemo(tmp_path / "memo")
    made = []
    assert memo.get("page", ("a", "1"), lambda: made.append(1) or b"one") == b"one"
    assert memo.get("page", ("a", "1"), lambda: made.append(2) or b"other") == b"one"
    memo.get("page", ("b",), lambda: "b")
    memo.save()
    again = PlanMemo(tmp_path / "memo")
    assert again.get("page", ("a", "1"), lambda: made.append(3) or b"new") == b"one" and made == [1]
    again.save()  # only ("a", "1") was used: ("b",) is dropped
    assert PlanMemo(tmp_path / "memo").get("page", ("b",), lambda: "made again") == "made again"
    asked = []
    values = again.get_many("page", [("a", "1"), ("c",), ("d",)], lambda indexes: asked.append(indexes) or ["c", "d"])
    assert values == [b"one", "c", "d"] and asked == [[1, 2]]


def test_a_page_that_fails_to_render_names_itself_and_keeps_the_site(site, monkeypatch):
    from kbgen.errors import KbgenError
    from kbgen.site.mkdocs_pages import MkDocsRenderer

    site.build()
    before = tree(site.out)
    site.edit("content/articles/vpn/slow.md", "Restart.", "Restart again.")
    original = MkDocsRenderer.render

    def broken(self, job):
        if job.path.endswith("kb0002-slow.md"):
            raise ValueError("an extension choked")
        return original(self, job)
    monkeypatch.setattr(MkDocsRenderer, "render", broken)
    with pytest.raises(KbgenError, match="rendering failed: ValueError: an extension choked") as failed:
        build_site(site.project, site.out, NOW, workers=1)
    assert failed.value.path == "content/articles/vpn/slow.md"
    assert tree(site.out) == before


def test_a_malformed_now_writes_nothing(site):
    from kbgen.errors import KbgenError

    with pytest.raises(KbgenError, match="--now"):
        build_site(site.project, site.out, "yesterday")
    assert not site.out.exists() and not cache_dir(site.out.resolve()).exists()


@pytest.mark.slow
def test_what_the_memo_keeps_of_an_article_follows_its_title_aliases_services_links_and_reply(site):
    """Article pages and the catalogue reuse per-article parts kept in the plan memo: every
    field they are made from, edited in turn, shows exactly as in a clean build."""
    site.build()
    toner = "content/articles/office/toner.md"
    site.edit(toner, "title: Replace the toner", "title: Swap the toner cartridge")
    site.build()
    assert "Swap the toner cartridge" in (site.out / "articles/kb0004-toner/index.html").read_text(encoding="utf-8")
    site.edit(toner, "services: [print]", "services: [vpn, print]\naliases: [old/toner/]")
    site.build()
    entry = {e["id"]: e for e in json.loads((site.out / "api/articles.json").read_text(encoding="utf-8"))["articles"]}
    assert entry["KB0004"]["services"] == ["vpn", "print"] and entry["KB0004"]["redirects"] == ["old/toner/"]
    site.edit(toner, "aliases: [old/toner/]", "aliases: [old/toner/, faq/toner.html]\nsummary: Quick swap.")
    site.build()
    assert (site.out / "faq/toner.html").is_file()
    os.rename(site.project / "content/articles/office/printer.md", site.project / "content/articles/office/add.md")
    site.edit("content/articles/vpn/connect.md", "office/printer.md", "office/add.md")
    site.build()  # the page linking to the renamed article follows it
    site.write("site_config.yml", CONFIG + "reply_template: 'Try {title}: {url}'\n")
    site.build()
    page = (site.out / "articles/kb0002-slow/index.html").read_text(encoding="utf-8")
    assert '["Try ", "VPN is slow", ": ", null]' in page


@pytest.mark.parametrize("namespace", ["link findings", "unit body", "", "unit ", "a\0"])
def test_a_memo_entry_is_named_the_same_by_the_usual_path_and_the_general_one(namespace):
    """The usual keys (texts) are named by a shorter path than other keys: both give one name
    for a key, and keys that differ (a part holding a NUL, a text subclass, not a tuple) get
    different names."""
    from markupsafe import Markup

    from kbgen.memo import _general_name, _name

    keys = [(), ("a" * 64, "https://help.example.com/"), ("x",), ("a\0b",), ("a", "b"), ("\u00e9\udcff", ""),
            ("",), ("", ""), (Markup("x"),), ["x"], ("x", 1)]
    names = [_name(namespace, key) for key in keys]
    assert names == [_general_name(namespace, key) for key in keys]
    assert len(set(names)) == len(keys)


def test_the_plan_memo_rewrites_only_the_files_whose_entries_changed(tmp_path, monkeypatch):
    import kbgen.content_cache as shards_module  # save_shards writes every cache's files
    from kbgen.memo import PlanMemo, _name, _shard_of

    memo = PlanMemo(tmp_path / "memo")
    for number in range(400):
        memo.get("value", (str(number),), lambda number=number: number)
    memo.save()
    holding = {_shard_of(_name("value", (str(number),))) for number in range(400)}
    assert len(list((tmp_path / "memo").iterdir())) == len(holding)  # a file per shard holding some
    written = []
    original = shards_module.save_atomically
    monkeypatch.setattr(shards_module, "save_atomically", lambda path, value: written.append(path) or original(path, value))
    again = PlanMemo(tmp_path / "memo")
    for number in range(400):
        assert again.get("value", (str(number),), lambda: "made again") == int(number)
    again.get("value", ("new",), lambda: "new")
    again.save()
    assert len(written) == 1  # the one file that holds the new entry
    third = PlanMemo(tmp_path / "memo")
    assert third.get("value", ("new",), lambda: "made again") == "new"
    assert third.get("value", ("7",), lambda: "made again") == 7


def test_a_body_edit_leaves_the_pages_that_list_the_article_as_related_unmade(site, monkeypatch):
    """KB0002 lists KB0001 among its related articles (topped up from their service): an edit
    of KB0001's body does not even make KB0002's Markdown again; its summary does."""
    import kbgen.site.publish as publishing

    site.build()
    made = []
    original = publishing.SiteBuild.job
    monkeypatch.setattr(publishing.SiteBuild, "job", lambda self, page: made.append(page.path) or original(self, page))
    site.edit("content/articles/vpn/connect.md", "![Diagram]", "Then sign in.\n\n![Diagram]")
    build_site(site.project, site.out, NOW)
    monkeypatch.undo()
    site.build()  # nothing left to do, and equal to a clean build
    assert "Connect to the VPN" in (site.out / "articles/kb0002-slow/index.html").read_text(encoding="utf-8")
    assert "articles/kb0001-connect.md" in made and "articles/kb0002-slow.md" not in made
    site.edit("content/articles/vpn/connect.md", "summary: From anywhere.", "summary: From home or a hotel.")
    pages_after = pages(site.build())
    assert "articles/kb0002-slow/index.html" in pages_after
    assert "From home or a hotel." in (site.out / "articles/kb0002-slow/index.html").read_text(encoding="utf-8")


def test_a_rebuild_starts_workers_only_when_many_pages_render_and_spawns_them(site, monkeypatch):
    import kbgen.site.publish as publishing
    from kbgen.site.pool import RenderPool

    started = []
    original = RenderPool.start
    def start(self, fork=True):  # the starts that start workers (start does nothing twice)
        before = self.executor
        result = original(self, fork)
        if before is None and self.executor is not None:
            started.append(fork)
        return result
    monkeypatch.setattr(RenderPool, "start", start)
    site.build(workers=2)  # (each site.build also makes a clean build beside it: a forked pool)
    assert started == [True, True]  # a clean build forks its workers before anything else
    site.edit("content/articles/vpn/slow.md", "Restart.", "Restart the client.")
    started.clear()
    result = site.build(workers=2)
    assert result.rendered == 1 and started == [True]  # one page: rendered here, no workers
    monkeypatch.setattr(publishing, "IN_PROCESS", 1)
    site.edit("site_config.yml", "site_name: ", "site_name: New ")  # every page renders again
    started.clear()
    result = site.build(workers=2)
    assert result.rendered == result.pages and started == [False, True]  # spawned: the build has threads by now


def test_a_rebuild_compiles_no_template_and_the_compiled_ones_do_not_pile_up(site, monkeypatch):
    import jinja2

    site.build()
    site.edit("content/articles/vpn/slow.md", "Restart.", "Restart the client.")
    build_site(site.project, site.out, NOW, workers=1)
    compiled = cache_dir(site.out.resolve()) / "templates"
    kept = sorted(path.name for path in compiled.iterdir())
    assert kept
    made = []
    original = jinja2.Environment.compile
    monkeypatch.setattr(jinja2.Environment, "compile", lambda self, *args, **kw: made.append(args[1:2]) or original(self, *args, **kw))
    site.edit("content/articles/vpn/slow.md", "Restart the client.", "Restart the VPN client.")
    result = build_site(site.project, site.out, NOW, workers=1)
    assert result.rendered == 1 and made == []
    assert sorted(path.name for path in compiled.iterdir()) == kept


def test_the_cache_unpickler_refuses_a_foreign_class_every_time(tmp_path):
    """Classes the unpickler allowed are looked up once; one it refused stays refused."""
    from kbgen.content_cache import load_restricted
    from kbgen.model import SourceRef

    marker = tmp_path / "pwned"
    for _ in range(2):
        assert load_restricted(pickle.dumps([SourceRef("a.md", 3)])) == [SourceRef("a.md", 3)]
        with pytest.raises(pickle.UnpicklingError):
            load_restricted(pickle.dumps(_Payload(marker)))
        with pytest.raises(pickle.UnpicklingError):
            load_restricted(pickle.dumps(Path("x")))
    assert not marker.exists()


def _findings(project: Path, out: Path, **options) -> list[tuple]:
    """A build's diagnostics as comparable tuples (those that failed it, if it failed)."""
    try:
        found = build_site(project, out, NOW, **options).diagnostics
    except ValidationFailed as exc:
        found = exc.diagnostics
    return [(d.path, d.line, d.key, d.message, d.severity.value) for d in found]


def test_link_findings_of_an_unchanged_article_follow_what_its_links_lead_to(make_project, tmp_path):
    """An article's link findings are kept in the memo while it and what it reads of the other
    articles are unchanged: each change below touches only the target, never the linking
    article, and the findings must equal a clean build's every time."""
    files = dict(FILES)
    files["content/articles/desk/hours.md"] = article(
        "KB0005", "Our hours", "See [checks](../vpn/slow.md#check), [toner](/kb/KB0004/) and "
        "[the printer](../office/printer.md).\n", type="explainer")
    project = make_project(files, config=CONFIG)
    out = tmp_path / "site"
    steps = [
        ("content/articles/vpn/slow.md", "## Check", "## Verify"),  # the section a link names is gone
        ("content/articles/vpn/slow.md", "## Verify", "## Check"),  # and back
        ("content/articles/office/toner.md", "services:", "retired: true\nreplaced_by: KB0003\nservices:"),
        ("content/articles/office/printer.md", "services:", "draft: true\nservices:"),  # an error: fails
    ]
    seen = [_findings(project, out)]
    for number, (path, old, new) in enumerate(steps):
        target = project / path
        target.write_text(target.read_text(encoding="utf-8").replace(old, new, 1), encoding="utf-8")
        found = _findings(project, out)
        assert found == _findings(project, tmp_path / f"clean-{number}", use_cache=False,
                                  previous=out / "api" / "articles.json")
        seen.append(found)
    messages = [" ".join(m for where, _, _, m, _ in found if where.endswith("hours.md")) for found in seen]
    assert "no section 'check'" in messages[1] and "no section" not in messages[2]
    assert "KB0004, which is retired" in messages[3]
    assert "KB0003, which is a draft" in messages[4]


def test_an_edit_rewrites_only_the_records_file_of_the_edited_article(site, monkeypatch):
    """The records are kept in shards by file path: one edit rewrites the one shard holding
    the edited file (the others stay as they were)."""
    from kbgen import content_cache

    # the files were just written (their change time is now, whatever their modification time):
    # trusted from the build after the one that read them, not only once the doubt window is over
    monkeypatch.setattr(content_cache, "RACY_SECONDS", 0.0)
    site.build()
    folder = cache_dir(site.out.resolve()) / RECORDS_FILE
    before = {path.name: path.stat().st_mtime_ns for path in folder.iterdir()}
    time.sleep(0.01)
    site.edit("content/articles/vpn/slow.md", "VPN is slow", "The VPN is slow")
    site.build()
    after = {path.name: path.stat().st_mtime_ns for path in folder.iterdir()}
    assert before.keys() == after.keys()
    assert sum(before[name] != after[name] for name in before) == 1


def test_an_edit_that_keeps_the_size_and_the_time_is_still_seen(site, monkeypatch):
    """A file changed just after a build read it, to the same size, with its modification time
    set back to what it was (a coarse clock: the same second): its stat is the one the cache
    holds, but it was written within the cache's doubt window of being read, so its text is
    hashed again and the change reaches the site (equal to a clean build)."""
    from kbgen import content_cache

    # a window wider than any pause a loaded machine makes between writing the file and the build
    monkeypatch.setattr(content_cache, "RACY_SECONDS", 3600.0)
    path = site.project / "content/articles/vpn/slow.md"
    site.build()
    before = os.stat(path)
    text = path.read_text(encoding="utf-8")
    assert "Restart." in text
    with open(path, "r+b") as handle:  # in place: same inode, same size
        handle.write(text.replace("Restart.", "Reboot!!").encode("utf-8"))
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    after = os.stat(path)
    assert (after.st_size, after.st_mtime_ns, after.st_ino) == (before.st_size, before.st_mtime_ns, before.st_ino)
    result = site.build()
    assert "articles/kb0002-slow/index.html" in result.changed
    assert "Reboot!!" in (site.out / "articles/kb0002-slow/index.html").read_text(encoding="utf-8")


def _dying_chunk(setup_file, jobs):
    """A render worker's task that ends its process without an answer (as a worker killed for
    its memory would)."""
    os._exit(1)


class _Recorder:
    """Progress that records what it is told, in order."""

    def __init__(self) -> None:
        self.events: list[str] = []
        self.shown: list = []

    def stage(self, name: str, total: int | None = None) -> None:
        self.events.append(name)

    def advance(self, count: int = 1) -> None:
        self.events.append("advance")

    def warn(self, diagnostic) -> None:
        self.events.append(diagnostic.format())

    def close(self) -> None:
        pass


def test_a_render_worker_that_dies_leaves_its_pages_to_the_build_which_warns_as_it_starts(site, monkeypatch):
    import kbgen.site.pool as pool
    import kbgen.site.publish as publishing

    monkeypatch.setattr(publishing, "IN_PROCESS", 1)  # the few pages of the fixture render in the pool
    original = pool._render_chunk
    monkeypatch.setattr(pool, "_render_chunk", _dying_chunk)  # forked workers inherit it
    progress = _Recorder()
    result = build_site(site.project, site.out, NOW, workers=2, progress=progress, strict=True)  # the site is whole
    assert result.rendered == result.pages and result.mode == "clean"
    said = [d for d in result.diagnostics if "render worker ended without answering" in d.message]
    assert len(said) == 1 and said[0].path == "" and said[0].format().startswith("warning: a render worker")
    assert f"{result.pages} pages are rendered in this process instead" in said[0].message
    rendering = progress.events[progress.events.index("rendering pages"):]
    assert rendering[1] == said[0].format()  # said as the fallback starts, before its first page
    monkeypatch.setattr(pool, "_render_chunk", original)
    unbroken = site.root / "unbroken"  # the same site from workers that do not die
    build_site(site.project, unbroken, NOW, use_cache=False, workers=2)
    assert tree(site.out) == tree(unbroken)


def test_a_page_a_dead_worker_held_that_fails_here_too_fails_the_build_naming_them(site, monkeypatch):
    import kbgen.site.pool as pool
    import kbgen.site.publish as publishing
    from kbgen.errors import KbgenError
    from kbgen.site.mkdocs_pages import MkDocsRenderer

    site.build()
    before = tree(site.out)
    site.edit("site_config.yml", "site_name: ", "site_name: New ")  # every page again
    monkeypatch.setattr(publishing, "IN_PROCESS", 1)
    monkeypatch.setattr(pool, "_render_chunk", _dying_chunk)
    original = MkDocsRenderer.render

    def broken(self, job):
        if job.path.endswith("kb0002-slow.md"):
            raise MemoryError("no room")
        return original(self, job)
    monkeypatch.setattr(MkDocsRenderer, "render", broken)
    with pytest.raises(KbgenError, match="failed too .*MemoryError: no room") as failed:
        build_site(site.project, site.out, NOW, workers=2)
    assert "content/articles/vpn/slow.md" in failed.value.message
    assert "content/articles/vpn/connect.md" in failed.value.message  # every page the workers held
    assert tree(site.out) == before


def test_a_section_renamed_in_the_edited_article_breaks_the_link_to_it_on_every_build(site):
    """The linking article is unchanged: its finding comes from the target's new headings, and
    is said again by the next build (nothing changed then), until the link is mended."""
    site.edit("content/articles/vpn/connect.md", "(../office/printer.md)", "(slow.md#check)")
    assert not [d for d in site.build().diagnostics if d.rule == "missing-anchor"]

    def missing(result) -> list[str]:
        return [d.path for d in result.diagnostics if d.rule == "missing-anchor"]
    site.edit("content/articles/vpn/slow.md", "## Check", "## Look")
    renamed = site.build()
    assert missing(renamed) == ["content/articles/vpn/connect.md"]
    assert pages(renamed) == {"articles/kb0002-slow/index.html"}  # the link's page is the same HTML
    assert missing(site.build()) == ["content/articles/vpn/connect.md"]  # nothing changed: said again
    site.edit("content/articles/vpn/connect.md", "(slow.md#check)", "(slow.md#look)")
    assert missing(site.build()) == []


def test_an_edit_that_makes_an_article_invalid_keeps_the_site_and_the_fix_gives_the_clean_site(site):
    """An invalid edit fails with the file's error, nothing written, and the cache left as
    the last good build left it: the fix rebuilds through the cache to the clean site."""
    site.build()
    before = tree(site.out)
    site.edit("content/articles/vpn/slow.md", "title: VPN is slow", "title: [VPN is slow")
    with pytest.raises(ValidationFailed) as failed:
        build_site(site.project, site.out, NOW)
    assert any(d.path == "content/articles/vpn/slow.md" for d in failed.value.diagnostics)
    assert tree(site.out) == before
    with pytest.raises(ValidationFailed):  # still invalid: said again, not taken from a cache
        build_site(site.project, site.out, NOW)
    site.edit("content/articles/vpn/slow.md", "title: [VPN is slow", "title: VPN is slower")
    fixed = site.build()
    assert fixed.mode != "clean" and fixed.rendered < fixed.pages and "articles/kb0002-slow/index.html" in pages(fixed)
    assert "VPN is slower" in (site.out / "articles/kb0002-slow/index.html").read_text(encoding="utf-8")


def test_the_warnings_of_an_unchanged_article_are_said_by_every_build(site):
    """Findings kept in the caches are reported again on each rebuild, not only when made."""
    site.edit("content/articles/office/toner.md", "Some text.", "![A picture](missing.png)")
    first = site.build()

    def broken(result) -> list[str]:
        return [d.path for d in result.diagnostics if d.rule == "missing-file"]
    assert broken(first) == ["content/articles/office/toner.md"]
    site.edit("content/articles/vpn/slow.md", "Restart.", "Restart the client.")
    assert broken(site.build()) == ["content/articles/office/toner.md"]
    assert broken(site.build()) == ["content/articles/office/toner.md"]  # nothing changed at all


def test_the_plan_memo_reads_a_file_only_when_an_entry_it_may_hold_is_asked_for(tmp_path, monkeypatch):
    """Saving reads no file none of the build's entries falls in: it removes it unread."""
    import kbgen.memo as memo_module
    from kbgen.memo import SHARDS, PlanMemo

    memo = PlanMemo(tmp_path / "memo")
    for number in range(3 * SHARDS):  # enough entries for nearly every file to hold some
        memo.get("value", (str(number),), lambda number=number: number)
    memo.save()
    read = []
    original = memo_module.read_shard
    monkeypatch.setattr(memo_module, "read_shard", lambda path, format: read.append(path) or original(path, format))
    again = PlanMemo(tmp_path / "memo")
    assert read == []
    assert again.get("value", ("7",), lambda: "made again") == 7
    assert len(read) == 1
    again.save()  # the other entries are dropped, their files unread
    assert len(read) == 1 and len(list((tmp_path / "memo").iterdir())) == 1
    third = PlanMemo(tmp_path / "memo")
    assert third.get("value", ("8",), lambda: "made again") == "made again"
    assert third.get("value", ("7",), lambda: "made again") == 7


def test_a_memo_file_removed_after_it_was_read_is_written_whole_again(tmp_path):
    """A file that vanished between reading an entry and saving (another process cleaning the
    cache, a disk tidy-up) is written again with the entries this build used, not empty."""
    from kbgen.memo import PlanMemo

    memo = PlanMemo(tmp_path / "memo")
    assert memo.get("value", ("kept",), lambda: "first") == "first"
    memo.save()
    again = PlanMemo(tmp_path / "memo")
    assert again.get("value", ("kept",), lambda: "made again") == "first"
    for path in (tmp_path / "memo").iterdir():
        path.unlink()
    again.save()
    assert PlanMemo(tmp_path / "memo").get("value", ("kept",), lambda: "made again") == "first"


def test_the_plan_memo_drops_unused_entries_when_two_threads_use_one_at_once(tmp_path):
    """The search index's thread and the planners may make one entry at the same moment: it is
    noted once, so a file whose other entries went unused is still written without them."""
    import sys
    import threading
    from kbgen.memo import PlanMemo

    memo = PlanMemo(tmp_path / "memo")
    for number in range(2000):
        memo.get("value", (str(number),), lambda number=number: number)
    memo.save()
    again = PlanMemo(tmp_path / "memo")
    barrier = threading.Barrier(2)

    def ask() -> None:
        for number in range(0, 2000, 2):  # the odd entries go unused
            again.get("value", (str(number), "new"), lambda: barrier.wait(timeout=10) and None)
            again.get("value", (str(number),), lambda: "made again")
    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    try:
        threads = [threading.Thread(target=ask) for _ in range(2)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    finally:
        sys.setswitchinterval(interval)
    again.save()
    third = PlanMemo(tmp_path / "memo")
    assert all(third.get("value", (str(number),), lambda: "dropped") == "dropped" for number in range(1, 2000, 2))


def test_two_clean_builds_of_one_project_keep_the_same_memo_bytes(site):
    """The memo is written in a fixed order, whatever order the build's threads used it in."""
    first, second = site.root / "first", site.root / "second"
    build_site(site.project, first, NOW)
    build_site(site.project, second, NOW)
    kept = tree(cache_dir(first) / MEMO_FILE)
    assert kept and kept == tree(cache_dir(second) / MEMO_FILE)


def _said(project: Path, out: Path, *options: str) -> tuple[int, list[str]]:
    """The ``kbgen build`` command's exit code and what it said, but for its last line's
    counts, folder and seconds (a clean build renders more pages, elsewhere)."""
    result = CliRunner().invoke(main, ["build", "--project", str(project), "--out", str(out), "--now", NOW, *options])
    lines = [line for line in result.output.splitlines() if not line.startswith("Built ")]
    return result.exit_code, lines


@pytest.mark.slow
def test_an_edit_or_rename_that_makes_a_check_fail_says_what_a_clean_build_says(site):
    """Checks kept per record between builds: an edit that brings in a check's error (a link to a
    missing article, an id another article has, a link broken by renaming its target's file) or
    warning (an image that is not beside the articles, then added and removed again) and the
    edit that mends it each make the incremental build say exactly what a clean build of the
    same project says (same exit code, same messages), and an unchanged project says it again."""
    articles = site.project / "content" / "articles"
    steps = [
        lambda: site.edit("content/articles/vpn/slow.md", "Restart.", "Restart. See [gone](../nowhere/gone.md)."),
        lambda: None,  # nothing changed: the error is said again, from the kept findings
        lambda: site.edit("content/articles/vpn/slow.md", " See [gone](../nowhere/gone.md).", ""),
        lambda: site.edit("content/articles/office/toner.md", "id: KB0004", "id: KB0003"),
        lambda: site.edit("content/articles/office/toner.md", "id: KB0003", "id: KB0004"),
        lambda: (articles / "office/printer.md").rename(articles / "office/printers.md"),  # connect.md's link breaks
        lambda: None,
        lambda: (articles / "office/printers.md").rename(articles / "office/printer.md"),
        lambda: site.edit("content/articles/vpn/slow.md", "Restart.", "Restart.\n\n![Map](map.png)"),  # not there
        lambda: site.write("content/articles/vpn/map.png", b"\x89PNG\r\n\x1a\nfake"),  # the warning goes
        lambda: (articles / "vpn/map.png").unlink(),  # and comes back
    ]
    codes = []
    for number, step in enumerate([lambda: None, *steps]):
        step()
        catalogue, previous = site.out / "api" / "articles.json", site.root / f"said-previous-{number}.json"
        options = ["--previous", str(previous)] if catalogue.is_file() else []
        if catalogue.is_file():
            previous.write_bytes(catalogue.read_bytes())
        incremental = _said(site.project, site.out)
        assert incremental == _said(site.project, site.root / f"said-clean-{number}", "--no-cache", *options), number
        codes.append(incremental[0])
        if number in (1, 2, 4, 6, 7):
            assert any("error" in line for line in incremental[1]), (number, incremental)
        said_missing = any("map.png" in line for line in incremental[1])
        assert said_missing == (number in (9, 11)), (number, incremental)
    assert codes == [0, 1, 1, 0, 1, 0, 1, 1, 0, 0, 0, 0]


def test_the_unchecked_line_of_a_manifest_gives_only_its_own_keys(site):
    """The manifest's third line has no checksum of its own: a page-index or header key written
    there (a file edited by hand or damaged) makes the whole manifest untrusted, rather than
    standing in for the checked page index."""
    site.build()
    text = (cache_dir(site.out.resolve()) / MANIFEST).read_text()
    assert manifest_value(text) is not None
    header, index, rest, end = text.split("\n")
    units = json.loads(index)[1]
    for key, value in (("units", {k: units[k] for k in sorted(units)[1:]}), ("kbgen", "0.0.1")):
        forged = "\n".join((header, index, json.dumps({**json.loads(rest), key: value}), end))
        assert manifest_value(forged) is None, key
