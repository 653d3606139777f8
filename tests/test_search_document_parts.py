"""The search documents kept in the memo by part (kbgen.search.index._documents_by_part): an edit
makes one document and puts one part anew, a link's new sentence makes no document again, a
part that is damaged, of another shape or gone is made again without a traceback, and every
build's site is byte for byte a clean build's."""
from __future__ import annotations

import gc
from pathlib import Path

import pytest

from conftest import MINIMAL_CONFIG, article
from kbgen.build import build_site
from kbgen.content_cache import read_shard, save_atomically
from kbgen.search import index

NOW = "2026-11-23T09:00:00+00:00"
WORDS = "printer queue toner wifi laptop battery mailbox calendar badge door screen cable".split()


def project_files(count: int) -> dict[str, str]:
    """Articles of a few words each, every third one linking to the one before it."""
    files = {}
    for number in range(1, count + 1):
        words = " ".join(WORDS[(number + k) % len(WORDS)] for k in range(6))
        link = f"See [the one before](kb{number - 1:04d}.md) for more.\n" if number % 3 == 0 else ""
        files[f"content/articles/kb{number:04d}.md"] = article(
            f"KB{number:04d}", f"Topic {number} {WORDS[number % len(WORDS)]}", f"## Steps\n\nCheck the {words}.\n{link}",
            summary=f"When the {WORDS[number % len(WORDS)]} fails.")
    return files


@pytest.fixture(autouse=True)
def no_inherited_garbage():
    """Collect garbage before the builds fork their render workers (see test_search_index_memo)."""
    gc.collect()


@pytest.fixture(autouse=True)
def few_parts(monkeypatch):
    """A few parts, so that each holds several of a small site's articles, as a large site's do."""
    monkeypatch.setattr(index, "DOCUMENT_PARTS", 4)


def tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def clean(project: Path, folder: Path) -> dict[str, bytes]:
    return tree(build_site(project, folder, NOW, use_cache=False).site_dir)


class Spy:
    """Counts the documents made and the parts put anew."""

    def __init__(self, monkeypatch) -> None:
        from kbgen.memo import PlanMemo

        self.made: list[str] = []
        self.put: list[tuple[str, ...]] = []
        make, put = index.article_document, PlanMemo.put
        monkeypatch.setattr(index, "article_document", lambda a, *rest: (self.made.append(a.id), make(a, *rest))[1])

        def spied_put(memo, namespace, key, value):
            if namespace == index.DOCUMENT_PART:
                self.put.append(key)
            put(memo, namespace, key, value)
        monkeypatch.setattr(PlanMemo, "put", spied_put)


def edit(project: Path, number: int, old: str, new: str) -> None:
    page = project / f"content/articles/kb{number:04d}.md"
    page.write_text(page.read_text(encoding="utf-8").replace(old, new, 1), encoding="utf-8")


def part_file(out: Path, part: int) -> tuple[Path, str]:
    """The memo file holding a part's entry, and the entry's name."""
    import kbgen.memo as memo
    from kbgen.site.cache import cache_dir

    name = memo._name(index.DOCUMENT_PART, (str(part),))
    return memo.shard_file(cache_dir(out.resolve()) / "memo", memo._shard_of(name)), name


def part_of(article_id: str) -> int:
    import zlib

    return zlib.crc32(article_id.encode()) % index.DOCUMENT_PARTS


def test_a_body_edit_makes_one_document_and_puts_one_part_anew(make_project, tmp_path, monkeypatch):
    project = make_project(project_files(40), config=MINIMAL_CONFIG)
    out = tmp_path / "site"
    build_site(project, out, NOW)
    spy = Spy(monkeypatch)
    edit(project, 5, "## Steps", "## Steps\n\nZyxcable.")
    build_site(project, out, NOW)
    assert spy.made == ["KB0005"] and spy.put == [(str(part_of("KB0005")),)]
    spy.made.clear(), spy.put.clear()
    build_site(project, out, NOW)  # nothing changed: nothing made, nothing put
    assert spy.made == [] and spy.put == []
    assert tree(out) == clean(project, tmp_path / "clean")


def test_a_new_linking_sentence_keeps_the_target_document_and_equals_a_clean_build(make_project, tmp_path,
                                                                                    monkeypatch):
    project = make_project(project_files(30), config=MINIMAL_CONFIG)
    out = tmp_path / "site"
    build_site(project, out, NOW)
    spy = Spy(monkeypatch)
    # kb0007 now links to kb0004: kb0004's links field changes, its own text does not
    edit(project, 7, "## Steps", "## Steps\n\nThe badge reader is in [the door guide](kb0004.md).")
    build_site(project, out, NOW)
    assert spy.made == ["KB0007"]
    assert set(spy.put) == {(str(part_of("KB0007")),), (str(part_of("KB0004")),)}
    assert tree(out) == clean(project, tmp_path / "clean")


def test_a_retired_article_leaves_its_part(make_project, tmp_path, monkeypatch):
    import kbgen.memo as memo

    project = make_project(project_files(30), config=MINIMAL_CONFIG)
    out = tmp_path / "site"
    build_site(project, out, NOW)
    # retired (no longer published, so no longer in the index); nothing links to it (11 is no multiple of 3)
    edit(project, 10, "summary:", "retired: true\nreplaced_by: KB0009\nsummary:")
    spy = Spy(monkeypatch)
    build_site(project, out, NOW)
    assert spy.made == [] and spy.put == [(str(part_of("KB0010")),)]
    file, name = part_file(out, part_of("KB0010"))
    kept = read_shard(file, memo.FORMAT)["values"][name]
    assert len(kept) > 1 and len(kept) == sum(1 for n in range(1, 31) if n != 10 and part_of(f"KB{n:04d}") == part_of("KB0010"))
    assert tree(out) == clean(project, tmp_path / "clean")


@pytest.mark.parametrize("damage", ["a list", "members of another shape", "garbage bytes", "the file removed"])
def test_a_damaged_or_missing_part_is_made_again(make_project, tmp_path, monkeypatch, damage):
    import kbgen.memo as memo

    project = make_project(project_files(30), config=MINIMAL_CONFIG)
    out = tmp_path / "site"
    build_site(project, out, NOW)
    part = part_of("KB0004")
    file, name = part_file(out, part)
    stored = read_shard(file, memo.FORMAT)
    assert stored is not None and isinstance(stored["values"][name], dict) and stored["values"][name]
    members = stored["values"][name]
    if damage == "a list":
        stored["values"][name] = list(members.items())
    elif damage == "members of another shape":
        stored["values"][name] = {key: (value[0], value[1]) for key, value in members.items()}
    if damage == "garbage bytes":
        file.write_bytes(b"\x80\x05not a pickle")
    elif damage == "the file removed":
        file.unlink()
    else:
        save_atomically(file, stored)
    spy = Spy(monkeypatch)
    build_site(project, out, NOW)  # never a traceback
    assert sorted(spy.made) == sorted(f"KB{n:04d}" for n in range(1, 31) if part_of(f"KB{n:04d}") == part)
    assert tree(out) == clean(project, tmp_path / "clean")
