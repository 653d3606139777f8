"""Anchor context: the sentence (or table row) of another article that links to an article is
indexed as that article's ``links`` field, so words only the linking writer used find it."""
from __future__ import annotations

import re

from kbgen.build import load_project
from kbgen.search.engine import SearchEngine
from kbgen.search.index import SearchIndex
from kbgen.search.inlinks import MOST, SIDE, first_sentences, link_sentences
from conftest import article, cpu_seconds


def corpus_of(make_project, files):
    corpus, problems = load_project(make_project(files))
    assert corpus is not None, problems
    return corpus


#: A hub article describes two others where it links to them, in words neither target uses.
FILES = {
    "content/articles/hub.md": article(
        "KB0301", "Where to start",
        "If the lampshade-shaped gizmo on your desk flashes amber, see [Reset the dock](dock.md).\n\n"
        "| Symptom | Page |\n|---|---|\n| squiggly lines across the wallboard | [Projector help](projector.md) |\n"),
    "content/articles/dock.md": article("KB0302", "Reset the dock", "Unplug the dock and plug it back in."),
    "content/articles/projector.md": article("KB0303", "Projector help", "Check the cable to the projector."),
    "content/articles/lonely.md": article("KB0304", "Printer toner", "Order toner from the portal."),
}


def test_the_linking_sentence_and_table_row_are_the_targets(make_project):
    found = link_sentences(corpus_of(make_project, FILES))
    assert set(found) == {"KB0302", "KB0303"}
    assert "lampshade-shaped gizmo" in found["KB0302"][0] and "wallboard" not in found["KB0302"][0]
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


def test_a_long_paragraph_gives_only_whole_words_near_the_link_in_linear_time():
    def line(count: int) -> str:
        return " ".join(f"word [w{n}](p{n}.md)" for n in range(count))
    (_, sentence), *_ = first_sentences("lead " * 5000 + "[x](y.md)" + " more" * 5000)
    assert len(sentence) <= 2 * SIDE + 1 and set(sentence.split()) == {"lead", "x", "more"}

    small, large = line(500), line(2000)
    assert cpu_seconds(lambda: first_sentences(large)) < 8 * max(cpu_seconds(lambda: first_sentences(small)), 1e-3)  # fourfold: linear 4x, quadratic 16x


#: Hidden text must reach no index field: a comment or tag attribute longer than the window
#: around a link, a link inside either, and a comment over several lines (the body field too).
PAD = "filler " * 40
HIDDEN = {
    "long comment holding a link": f"Intro. <!-- note {PAD} plumquartz see [d](dock.md) -->",
    "long comment before a link": f"Intro <!-- note plumquartz {PAD} --> then see [the dock](dock.md).",
    "long attribute holding a link": f'<span title="{PAD} plumquartz [d](dock.md)">x</span> see [the dock](dock.md)',
    "comment over lines": "Intro.\n<!--\nplumquartz see [d](dock.md)\n# plumquartz\n-->\nSee [the dock](dock.md).",
}


def test_hidden_text_reaches_neither_the_links_nor_the_body_field(make_project):
    for name, body in HIDDEN.items():
        files = dict(FILES, **{"content/articles/hub.md": article("KB0301", "Where to start", body)})
        engine = SearchEngine.load(SearchIndex.build(corpus_of(make_project, files)).files())
        assert engine.search("plumquartz") == [] and engine.search("filler") == [], name
        assert [r.id for r in engine.search("dock")][:1] == ["KB0302"], name  # the link itself still counts


def test_a_reference_definition_adds_no_sentence_and_each_linker_one(make_project):
    files = dict(FILES, **{
        "content/articles/hub.md": article("KB0301", "Where to start", "Use [the page][r] now.\n\n[r]: dock.md"),
        "content/articles/many.md": article(
            "KB0305", "Many", "The cobalt lever jams, see [a](dock.md). The pewter knob too: [b](dock.md)."),
        "content/articles/twin.md": article("KB0306", "Twin", "The cobalt lever jams, see [a](dock.md)."),
        "content/articles/bare.md": article("KB0307", "Bare", "[](dock.md)\n\nThe amber lamp blinks, see [a](dock.md)."),
    })
    found = link_sentences(corpus_of(make_project, files))
    # one sentence per linker, the same sentence once, an empty one skipped for the next
    assert found["KB0302"] == ["The cobalt lever jams, see a", "The amber lamp blinks, see a"]


def test_a_neighbouring_link_or_a_long_link_text_leaves_no_path_words():
    body = ("see [the dock](dock.md) " + "w " * 90 + "[b](secret-internal-path.md) and "
            + "[" + "long " * 60 + "text](far-away-path.md) then [c](cove.md)")
    assert len(first_sentences(body)) == 4
    for _, sentence in first_sentences(body):
        assert not {"secret", "internal", "path", "md", "far"} & set(sentence.replace("-", " ").replace(".", " ").split())


def test_a_linked_article_is_not_hashed_again_on_an_unchanged_build(make_project, tmp_path, monkeypatch):
    import kbgen.search.index as index_module
    from kbgen.memo import PlanMemo

    corpus = corpus_of(make_project, FILES)
    memo = PlanMemo(tmp_path / "memo")
    first = SearchIndex.build(corpus, memo=memo)
    memo.save()
    hashed = []
    original = index_module._fields_digest
    monkeypatch.setattr(index_module, "_fields_digest", lambda doc, names: hashed.append(doc.id) or original(doc, names))
    again = SearchIndex.build(corpus, memo=PlanMemo(tmp_path / "memo"))
    assert hashed == [] and again.files() == first.files()


def test_a_cached_build_after_editing_a_linking_sentence_equals_a_clean_build(make_project, tmp_path):
    """The target's document changes when another article's sentence about it does: an
    incremental build indexes the new words for the target, byte for byte as a clean build."""
    from kbgen.build import build_site

    now = "2026-11-23T09:00:00+00:00"
    project = make_project(FILES)
    out = tmp_path / "site"
    build_site(project, out, now)
    hub = project / "content/articles/hub.md"
    hub.write_text(hub.read_text(encoding="utf-8").replace("lampshade-shaped gizmo", "teapot-shaped doohickey"),
                   encoding="utf-8")
    build_site(project, out, now)
    build_site(project, tmp_path / "clean", now, use_cache=False)
    files = {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted((out / "search").rglob("*"))}
    clean = {p.relative_to(tmp_path / "clean").as_posix(): p.read_bytes()
             for p in sorted((tmp_path / "clean" / "search").rglob("*"))}
    assert files == clean
    engine = SearchEngine.load({path: data for path, data in files.items()})
    assert "KB0302" in [r.id for r in engine.search("teapot doohickey")][:2]


def test_masking_keeps_length_and_lines_and_leaves_a_stray_angle_bracket_as_text():
    from kbgen.search.plaintext import mask_hidden

    text = "keep <b>bold</b> <!-- gone\nstill gone --> kept\nif a <b then\n\nc> d also kept <!-- open to the end"
    masked = mask_hidden(text)
    assert len(masked) == len(text) and masked.count("\n") == text.count("\n")
    # an unclosed `<!--` is text on the page: it and the words after it stay
    assert masked.split() == ["keep", "bold", "kept", "if", "a", "<b", "then", "c>", "d", "also", "kept",
                              "<!--", "open", "to", "the", "end"]


def test_a_comment_opener_shown_as_code_hides_nothing():
    """Markup is looked for outside code: a `<!--` written in a code span or a fence shows the
    characters, so the words after it stay in the body field (they were blanked to the end)."""
    from kbgen.search.index import markdown_text

    span = markdown_text("Opening words.\n\nType `<!--` to start a note.\n\nThen restart the label spooler.")[0]
    fence = markdown_text("Opening words.\n\n```html\n<!-- a sample\n```\n\nThen restart the label spooler.")[0]
    assert "spooler" in span and "spooler" in fence
    assert "tucked" not in markdown_text("Shown.\n\n<!-- tucked away\nover lines -->\n\nAfter.")[0]


def test_a_quoted_attribute_holding_a_closing_bracket_is_masked_whole():
    """A tag ends at its own ``>``, not at one inside a quoted attribute value: the value's
    words are hidden on the page, so they reach neither the body field nor a linking sentence."""
    from kbgen.search.index import markdown_text
    from kbgen.search.plaintext import mask_hidden

    text = 'Tap <abbr title="a > b marmalith">the knob</abbr> then see [the dock](dock.md).'
    masked = mask_hidden(text)
    assert len(masked) == len(text) and "marmalith" not in masked and "knob" in masked
    assert "marmalith" not in markdown_text(f"Intro.\n\n{text}\n")[0]
    ((_, sentence),) = first_sentences(text)
    assert "marmalith" not in sentence and "knob" in sentence


def test_masking_is_linear_on_angle_brackets_nothing_closes():
    """Openers whose quoted values run on, or that a blank line cuts off, are text, and the
    scan stays linear: fourfold text costs far less than sixteenfold time."""
    from kbgen.search.plaintext import mask_hidden

    def text(count: int) -> str:
        return "<a b='x> " * count + "\n\n" + "<q r " * count + ">"

    assert "r" in mask_hidden("<q r\n\nkept> after").split()
    small, large = text(2000), text(8000)
    assert cpu_seconds(lambda: mask_hidden(large)) < 8 * max(cpu_seconds(lambda: mask_hidden(small)), 1e-3)


def test_an_unchanged_body_is_not_read_again_and_an_edited_one_is(make_project, tmp_path, monkeypatch):
    """The linking sentences of a body are kept in the build's memo by the body's digest: a
    build after editing one article reads that one body for links, not every body."""
    import kbgen.search.inlinks as inlinks
    from kbgen.build import build_site

    now = "2026-11-23T09:00:00+00:00"
    project = make_project(FILES)
    out = tmp_path / "site"
    build_site(project, out, now)
    read: list[str] = []
    original = inlinks._first_sentences
    monkeypatch.setattr(inlinks, "_first_sentences", lambda body: read.append(body) or original(body))
    build_site(project, out, now)
    assert read == []
    hub = project / "content/articles/hub.md"
    hub.write_text(hub.read_text(encoding="utf-8").replace("flashes amber", "blinks orange"), encoding="utf-8")
    build_site(project, out, now)
    assert len(read) == 1 and "blinks orange" in read[0]


def test_one_sentence_is_made_per_target_a_body_links_to(monkeypatch):
    """Three links to one page make one sentence (the first with words around it); each
    other page linked gets its own."""
    import kbgen.search.inlinks as inlinks

    made = []
    original = inlinks._around
    monkeypatch.setattr(inlinks, "_around", lambda text, start, end: made.append(text) or original(text, start, end))
    body = ("Start with [the dock](dock.md) when the lamp flickers.\n\nAgain [dock](dock.md).\n\n"
            "Also [here](dock.md) and, for the wallboard, [projector](projector.md).")
    assert [target for target, _ in inlinks._first_sentences(body)] == ["dock.md", "projector.md"]
    assert len(made) == 2


def test_a_link_the_site_renders_is_read_as_one_by_the_index():
    """The index reads links with the grammar the link checker uses: a target holding
    parentheses or a text holding brackets is a link (its text indexed, no path words, and
    a linking sentence made), and a link shown as code stays as written."""
    from kbgen.search.index import markdown_text

    body = markdown_text("Read [the [v2] manual](manuals/quokka(2024).md) first, or `[raw](wombat.md)`.")[0]
    assert "manual" in body and "quokka" not in body and "manuals/" not in body
    assert "wombat.md" in body
    ((target, sentence),) = first_sentences("If the kettle whistles, see [the [v2] manual](quokka(2024).md) now.")
    assert target == "quokka(2024).md" and sentence.startswith("If the kettle whistles") and "quokka" not in sentence


def test_a_link_target_in_angle_brackets_is_a_link_not_a_tag():
    """``[text](<a path with spaces.md>)`` renders as a link: its text is indexed (no empty
    brackets, no path words) and it gets a linking sentence."""
    from kbgen.search.index import markdown_text

    line = "When the tram display freezes, read [the reset card](<cards/tram reset card.md>) first."
    body = markdown_text(f"Intro.\n\n{line}\n")[0]
    assert "reset card first" in body and "](" not in body and "cards/" not in body
    ((target, sentence),) = first_sentences(line)
    assert target == "cards/tram reset card.md" and sentence.startswith("When the tram display freezes")
    assert "hidden" not in markdown_text("<!-- hidden [a](<b c.md>) -->\n\nShown.")[0]


def test_a_comment_longer_than_the_longest_tag_hides_only_itself():
    """A comment ends at its ``-->`` however long it is: the words after it stay indexed."""
    from kbgen.markup import MAX_TAG
    from kbgen.search.index import markdown_text

    body = markdown_text("Intro.\n\n<!-- draft " + "scribble " * (MAX_TAG // 8) + "-->\n\nThe gazebo heater clicks.")[0]
    assert "gazebo" in body and "scribble" not in body and "draft" not in body


def test_angle_brackets_the_page_shows_keep_their_words():
    """A ``<`` and ``>`` that open no tag (a comparison, a tag shown as code) are text on the
    page, so the words between them stay in the body field."""
    from kbgen.search.index import markdown_text

    body = markdown_text("Intro.\n\nIf load < kettle > spindle, and 4 <9 or 8> 1, type `<kbd>` now.")[0]
    assert {"kettle", "spindle", "9", "8", "kbd"} <= set(re.findall(r"\w+", body))


def test_a_line_of_spaces_is_a_blank_line_a_tag_cannot_span():
    from kbgen.search.plaintext import mask_hidden

    assert "r" in mask_hidden("<q r\n \t \nkept> after").split()
