"""Anchor context: the sentence (or table row) of another article that links to an article is
indexed as that article's ``links`` field, so words only the linking writer used find it."""
from __future__ import annotations

import time

from kbgen.build import load_project
from kbgen.search.engine import SearchEngine
from kbgen.search.index import SearchIndex
from kbgen.search.inlinks import MOST, SIDE, _sentence, link_sentences
from conftest import article


def corpus_of(make_project, files):
    corpus, problems = load_project(make_project(files))
    assert corpus is not None, problems
    return corpus


#: A hub article describes two others where it links to them, in words neither target uses.
FILES = {
    "content/articles/hub.md": article(
        "KB0301", "Where to start",
        "If the kettle-shaped gizmo on your desk flashes amber, see [Reset the dock](dock.md).\n\n"
        "| Symptom | Page |\n|---|---|\n| squiggly lines across the wallboard | [Projector help](projector.md) |\n"),
    "content/articles/dock.md": article("KB0302", "Reset the dock", "Unplug the dock and plug it back in."),
    "content/articles/projector.md": article("KB0303", "Projector help", "Check the cable to the projector."),
    "content/articles/lonely.md": article("KB0304", "Printer toner", "Order toner from the portal."),
}


def test_the_linking_sentence_and_table_row_are_the_targets(make_project):
    found = link_sentences(corpus_of(make_project, FILES))
    assert set(found) == {"KB0302", "KB0303"}
    assert "kettle-shaped gizmo" in found["KB0302"][0] and "wallboard" not in found["KB0302"][0]
    assert "squiggly lines across the wallboard" in found["KB0303"][0]


def test_words_only_a_linking_article_uses_find_the_target(make_project):
    def ids(files, query):
        engine = SearchEngine.load(SearchIndex.build(corpus_of(make_project, files)).files())
        return [r.id for r in engine.search(query)]
    # the linking page matches its own words too; the target now matches them as well
    assert "KB0302" in ids(FILES, "gizmo flashes amber")[:2]
    assert "KB0303" in ids(FILES, "squiggly wallboard")[:2]
    unlinked = dict(FILES, **{"content/articles/hub.md": FILES["content/articles/hub.md"].replace("](dock.md)", "]")})
    assert "KB0302" not in ids(unlinked, "gizmo flashes amber")
    assert "KB0304" not in ids(FILES, "gizmo flashes amber")


def test_links_to_itself_from_drafts_to_files_and_other_sites_add_nothing(make_project):
    files = {
        "content/articles/a.md": article(
            "KB0311", "Alpha", "See [this page](a.md), [the site](https://example.com/b.md), "
            "and [a file](notes.txt)."),
        "content/articles/b.md": article("KB0312", "Beta", "Beta text."),
        "content/articles/c.md": article("KB0313", "Gamma", "Draft words: see [Beta](b.md).", draft="true"),
        "content/articles/notes.txt": "plain",
    }
    assert link_sentences(corpus_of(make_project, files)) == {}


def test_a_page_linked_from_everywhere_keeps_a_bounded_field(make_project):
    files = {f"content/articles/p{n}.md": article(f"KB{400 + n:04d}", f"Page {n}", f"Word{n} see [home](home.md).")
             for n in range(MOST + 6)}
    files["content/articles/home.md"] = article("KB0399", "Home", "Start here.")
    found = link_sentences(corpus_of(make_project, files))["KB0399"]
    assert len(found) == MOST
    assert found == sorted(found, key=lambda s: int(s.split()[0][4:]))  # in the linking articles' order


def test_a_long_paragraph_gives_only_the_words_near_the_link():
    text = "word " * 5000 + "[x](y.md)" + " more" * 5000
    start = text.index("(y.md)")
    sentence = _sentence(text, start, start + 6)
    assert len(sentence) <= 2 * SIDE + 10
    started = time.process_time()
    for _ in range(200):
        _sentence(text, start, start + 6)
    assert time.process_time() - started < 1.0  # bounded work per link, not the paragraph's length


def test_a_cached_build_after_editing_a_linking_sentence_equals_a_clean_build(make_project, tmp_path):
    """The target's document changes when another article's sentence about it does: an
    incremental build indexes the new words for the target, byte for byte as a clean build."""
    from kbgen.build import build_site

    now = "2026-11-23T09:00:00+00:00"
    project = make_project(FILES)
    out = tmp_path / "site"
    build_site(project, out, now)
    hub = project / "content/articles/hub.md"
    hub.write_text(hub.read_text(encoding="utf-8").replace("kettle-shaped gizmo", "teapot-shaped doohickey"),
                   encoding="utf-8")
    build_site(project, out, now)
    build_site(project, tmp_path / "clean", now, use_cache=False)
    files = {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted((out / "search").rglob("*"))}
    clean = {p.relative_to(tmp_path / "clean").as_posix(): p.read_bytes()
             for p in sorted((tmp_path / "clean" / "search").rglob("*"))}
    assert files == clean
    engine = SearchEngine.load({path: data for path, data in files.items()})
    assert "KB0302" in [r.id for r in engine.search("teapot doohickey")][:2]
