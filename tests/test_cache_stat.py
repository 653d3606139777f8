"""What the caches take a file's stat for: an edit that keeps a file's size and sets its
modification time back (``touch -r``, ``cp -p``, a checkout with the time put back) is still
seen, through the change time; a file whose change time moved and whose text did not is hashed
again, not parsed (a content file) or found as written by its digest (a site file); files kbgen
moved or linked into place are reused.

Every build here goes through :class:`test_incremental.Site`, which checks the incremental site
against a clean build byte for byte.
"""
from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from kbgen import content_cache
from kbgen.build import build_site
from kbgen.site.cache import FORMAT, MANIFEST, cache_dir
from test_incremental import NOW, Site

ARTICLE = "content/articles/vpn/slow.md"
PAGE = "articles/kb0002-slow/index.html"


@pytest.fixture
def site(make_project, tmp_path) -> Site:
    return Site(make_project, tmp_path)


@pytest.fixture
def trusting(monkeypatch):
    """No doubt window: a file is trusted whenever its stat is the one the cache holds, however
    recently it changed, so only the stat can show an edit (the window would hide what the stat
    misses: a test with it could not fail)."""
    monkeypatch.setattr(content_cache, "RACY_SECONDS", -10.0 ** 9)


def rewrite_keeping_size_and_time(path: Path, old: bytes, new: bytes) -> None:
    """Change a file in place (same inode, same size), then set its times back to what they
    were, as ``touch -r`` or ``cp -p`` do."""
    assert len(old) == len(new)
    before = os.stat(path)
    data = path.read_bytes()
    assert old in data, old
    with open(path, "r+b") as handle:
        handle.write(data.replace(old, new))
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    after = os.stat(path)
    assert (after.st_size, after.st_mtime_ns, after.st_ino) == (before.st_size, before.st_mtime_ns, before.st_ino)


def test_a_content_edit_that_keeps_size_mtime_and_inode_is_seen(site, trusting):
    site.build()
    site.build()  # the file's record and stat as a second build keeps them
    rewrite_keeping_size_and_time(site.project / ARTICLE, b"Restart.", b"Reboot!!")
    result = site.build()  # equal to a clean build (Site.build checks it)
    assert PAGE in result.changed
    assert "Reboot!!" in (site.out / PAGE).read_text(encoding="utf-8")


def test_a_file_whose_change_time_moved_and_text_did_not_is_hashed_not_parsed(site, trusting, monkeypatch):
    import kbgen.content as content

    site.build()
    parsed, read = [], []
    parse, read_text = content._parse_file, content.read_text
    monkeypatch.setattr(content, "_parse_file", lambda *args: parsed.append(args[3]) or parse(*args))
    monkeypatch.setattr(content, "read_text", lambda path, display, *rest: read.append(display)
                        or read_text(path, display, *rest))
    build_site(site.project, site.out, NOW)
    assert read == [] and parsed == []  # unchanged stat: not even read
    for path in (site.project / "content").rglob("*.md"):  # copied over itself: same text, new inode and times
        copy = path.with_name(path.name + ".copy")
        shutil.copy2(path, copy)
        os.replace(copy, path)
    result = build_site(site.project, site.out, NOW)  # (Site.build would parse all in its clean build)
    assert ARTICLE in read and parsed == [] and result.rendered == 0
    read.clear()
    build_site(site.project, site.out, NOW)
    assert read == []  # the new stats were kept


def test_a_page_edited_by_hand_with_its_size_and_time_kept_is_made_again(site):
    site.build()
    rewrite_keeping_size_and_time(site.out / PAGE, b"VPN is slow", b"VPN is SLOW")
    result = site.build()
    assert PAGE in result.changed and b"VPN is SLOW" not in (site.out / PAGE).read_bytes()


def test_an_asset_edited_with_its_size_and_time_kept_is_copied_again(site):
    site.build()
    rewrite_keeping_size_and_time(site.project / "content/articles/vpn/diagram.png", b"fake", b"real")
    result = site.build()
    assert "articles/vpn/diagram.png" in result.changed
    assert (site.out / "articles/vpn/diagram.png").read_bytes().endswith(b"real")


def test_a_stray_file_added_with_its_folder_time_set_back_is_removed(site):
    site.build()
    folder = site.out / "articles"
    before = os.stat(folder)
    (folder / "stray.html").write_text("not kbgen's")
    os.utime(folder, ns=(before.st_atime_ns, before.st_mtime_ns))
    result = site.build()
    assert "articles/stray.html" in result.changed and not (folder / "stray.html").exists()


@pytest.mark.parametrize("change", ["patch", "swap"])
def test_files_moved_or_linked_into_place_are_reused_by_the_next_build(site, change):
    """A patch renames each changed file into the site, a swap links the unchanged ones into a
    new folder and removes the old one: both move those files' change times. The manifest keeps
    the stats taken after that, so the next build reuses every file."""
    site.build()
    if change == "patch":
        site.edit(ARTICLE, "Restart.", "Restart the client.")
    else:  # every page changes, the theme's files do not: they are linked
        site.edit("site_config.yml", "site_name: Test Help", "site_name: Help Desk")
    done = site.build()
    assert done.mode == change and PAGE in done.changed
    again = site.build()
    assert again.changed == () and again.rendered == 0


def test_a_manifest_of_the_earlier_format_gives_a_clean_build(site):
    """An earlier manifest (round 20's held three-number stats and no digests): this code ignores it (a clean build that
    equals a clean one), never a traceback."""
    site.build()
    path = cache_dir(site.out.resolve()) / MANIFEST
    header, index, rest, end = path.read_text(encoding="utf-8").split("\n")
    value = json.loads(rest)
    value["entries"] = {name: [key, stat[:3], *more] for name, (key, stat, *more) in value["entries"].items()}
    value["entries"] = {name: item[:5] for name, item in value["entries"].items()}  # no digest either
    path.write_text("\n".join((header.replace(f'"format":{FORMAT}', f'"format":{FORMAT - 1}'), index, json.dumps(value),
                               end)),
                    encoding="utf-8")
    result = site.build()
    assert result.mode == "clean" and result.rendered == result.pages


def test_a_learn_from_export_rewritten_with_its_size_and_time_kept_is_read_again(make_project, trusting):
    """``search.learn_from``'s reading is kept in the process (``kbgen serve``) by the export's
    stat: an export rewritten to the same size with its time set back is read again."""
    from conftest import MINIMAL_CONFIG, article
    from kbgen.build import load_project
    from kbgen.search.learn import learned_words
    from test_search_learn import CITING, export

    root = make_project({"content/articles/pay.md": article("KB0002", "View your payslip", "In the HR portal."),
                         "tickets.csv": export(CITING)},
                        config=MINIMAL_CONFIG + "search:\n  learn_from: tickets.csv\n")
    assert "zorblex" in learned_words(load_project(root)[0]).words["KB0002"]
    rewrite_keeping_size_and_time(root / "tickets.csv", b"see kb0002", b"see kb0009")  # cites no article now
    assert not learned_words(load_project(root)[0]).words


def test_a_site_whose_change_times_alone_moved_is_hashed_not_made_again(site, monkeypatch):
    """``chmod -R`` (as ``chown -R``, a ``cp -al`` snapshot or access times put back) moves the
    change time of every file and folder of the site, nothing else: each file's bytes are hashed
    and found as written, no page is rendered, nothing is written, and the new stats are kept
    (the build after hashes nothing and lists no folder)."""
    from kbgen.site import cache

    site.build()
    for path in [site.out, *site.out.rglob("*")]:
        os.chmod(path, os.stat(path).st_mode & 0o7777 ^ 0o040)  # group read flipped: the change time moves
    before = {path: path.read_bytes() for path in site.out.rglob("*") if path.is_file()}
    hashed, listed = [], []
    digest, scandir = cache.file_digest, os.scandir
    monkeypatch.setattr(cache, "file_digest", lambda path: hashed.append(path) or digest(path))
    monkeypatch.setattr(cache.os, "scandir",  # the site's folders listed for stray files
                        lambda path=".": (listed.append(path) if isinstance(path, (str, os.PathLike))
                                          and os.fspath(path).startswith(str(site.out)) else None) or scandir(path))
    result = site.build()  # equal to a clean build (Site.build checks it)
    assert result.rendered == 0 and result.changed == ()
    assert sorted(hashed) == sorted(map(str, before)) and listed  # every file once
    assert {path: path.read_bytes() for path in site.out.rglob("*") if path.is_file()} == before
    hashed.clear()
    listed.clear()
    again = build_site(site.project, site.out, NOW)
    assert again.rendered == 0 and again.changed == () and hashed == [] and listed == []


def test_a_page_edited_in_place_with_its_mode_changed_too_is_made_again(site):
    """A page whose change time moved because its bytes changed (size, modification time and
    inode put back) is not forgiven by the digest, even beside a ``chmod`` of every file."""
    site.build()
    for path in site.out.rglob("*.html"):
        os.chmod(path, 0o600)
    rewrite_keeping_size_and_time(site.out / PAGE, b"VPN is slow", b"VPN is SLOW")
    result = site.build()
    assert PAGE in result.changed and result.rendered >= 1
    assert b"VPN is SLOW" not in (site.out / PAGE).read_bytes()
