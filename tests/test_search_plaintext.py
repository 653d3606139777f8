"""The index's plain text of a body: links read by the site's one grammar over the whole body,
markup found with the renderer's one blank-line rule, code masked a bounded number of times per body (not once per line)."""
from __future__ import annotations

import kbgen.links as links
from conftest import article
from kbgen.build import build_site
from kbgen.anchors import headings
from kbgen.markup import markup_spans
from kbgen.search import inlinks
from kbgen.search.index import markdown_text
from kbgen.search.plaintext import mask_hidden


def test_a_link_inside_a_fenced_block_is_indexed_as_written():
    """The page shows a fenced block literally, so its link's target words are what a reader
    sees; a link outside the fence still becomes its text."""
    body = ("# Title\n\nOpen [the kiln rota](kiln-rota.md) first.\n\n```markdown\n"
            "[glaze notes](pottery/glaze-notes.md)\n```\n\n~~~\n![a kiln](img/kiln.png)\n~~~\n")
    text, _ = markdown_text(body)
    assert "Open the kiln rota first." in text and "kiln-rota.md" not in text
    assert "[glaze notes](pottery/glaze-notes.md)" in text
    assert "![a kiln](img/kiln.png)" in text


def test_a_link_in_a_code_span_is_indexed_as_written_beside_a_real_link():
    text, _ = markdown_text("Type `[label](target.md)` or follow [the loom page](loom.md).\n")
    assert "`[label](target.md)`" in text and "the loom page" in text and "loom.md" not in text


def test_a_declaration_does_not_hide_text_across_a_blank_line():
    """A ``<!DOCTYPE`` or ``<![CDATA[`` is inline markup like a tag: a blank line ends its
    paragraph, so the words after it are shown and indexed; a comment still hides them."""
    for opener in ("<!DOCTYPE quilt", "<![CDATA[quilt", "<?quilt"):
        shown = mask_hidden(f"before {opener}\n\nafter words here ]]> ?> >\n")
        assert "after words here" in shown, opener
    hidden = mask_hidden("before <!-- a note\n\nstill the note --> after\n")
    assert "still the note" not in hidden and "after" in hidden


def test_a_line_of_no_break_spaces_is_not_blank_for_markup():
    """Python-Markdown ends a paragraph only at a line of spaces and tabs (the rule of
    links.BLANK_LINE), so a tag running over a line holding a no-break space is one tag."""
    hidden = mask_hidden('<span title="first\n\u00a0\nsecret tail">seen</span>\n')
    assert "secret tail" not in hidden and "seen" in hidden
    shown = mask_hidden('<span title="first\n \t\nsecret tail">seen</span>\n')
    assert "secret tail" in shown
    assert list(markup_spans("<a\n\u00a0\nb>", tags_stop_at_blank_line=True)) == [(0, 7)]
    assert list(markup_spans("<a\n \nb>", tags_stop_at_blank_line=True)) == [(0, -1)]


def test_section_anchors_of_headings_with_links_keep_their_published_ids():
    """Anchors are a stability promise: a heading whose link target holds parentheses, whose
    link text holds brackets or another link, or whose bracket is escaped keeps the id kbgen
    has always given it (the anchors' own link reading, not the site's link grammar)."""
    shapes = {"## See [the (v3) loom guide](looms(3).md) now": "see-the-v3-loom-guide-md-now",
              "## Read [the [draft] rota](rota.md)": "read-the-draft-rota-rota-md",
              "## Open [outer [inner](in.md) text](out.md)": "open-outer-inner-text-out-md",
              "## Not a link \\[x](y.md) here": "not-a-link-x-here",
              "## Logo ![the shed](shed(1).png) fix": "logo-the-shed-png-fix",
              "## Mixed [a](b(c).md) and [d](e.md)": "mixed-a-md-and-d",
              "## Follow [the rota](rota.md) today": "follow-the-rota-today"}
    found = [heading.anchor for heading in headings("\n\n".join(shapes))]
    assert found == list(shapes.values())


def test_code_is_masked_a_bounded_number_of_times_per_body(monkeypatch):
    """The index and the linking sentences mask a body's code a bounded number of times,
    however many lines hold links (each line used to be masked again)."""
    calls = []
    original = links.mask_code

    def counting(text):
        calls.append(len(text))
        return original(text)

    monkeypatch.setattr(links, "mask_code", counting)
    for module in ("kbgen.search.plaintext", "kbgen.anchors"):
        monkeypatch.setattr(f"{module}.mask_code", counting, raising=False)
    body = "".join(f"Step {n}: open [the spinner page](spinner-{n}.md) and wait.\n" for n in range(300))
    markdown_text(body)
    assert 0 < len(calls) <= 3
    calls.clear()
    sentences = list(inlinks._sentences(body, lambda link: False))
    assert len(sentences) == 300 and sentences[7][1] == "Step 7: open the spinner page and wait"
    assert len(calls) <= 4


def test_an_indented_paragraph_continuing_a_list_item_or_admonition_is_text():
    """The page renders a paragraph indented one level under a list item or an admonition as
    that container's text (blank line before it or not), so its link becomes its text in the
    index and check sees the link; one level deeper is a code block inside the item."""
    for body in ("1. Open the shed\n\n    then read [the hedge rota](hedge-rota.md)\n",
                 "!!! note\n    first\n\n    then read [the hedge rota](hedge-rota.md)\n",
                 "- Open\n    - the shed\n\n        then read [the hedge rota](hedge-rota.md)\n"):
        text, _ = markdown_text(body)
        assert "the hedge rota" in text and "hedge-rota.md" not in text, body
        assert [link.target for link in links.find_links(body)] == ["hedge-rota.md"], body
    for body in ("Intro\n\n    [as written](hedge-rota.md)\n",
                 "- Open\n\nA paragraph ends the list.\n\n    [as written](hedge-rota.md)\n",
                 "- Open\n\n        [as written](hedge-rota.md)\n"):
        assert links.find_links(body) == (), body
        assert "[as written](hedge-rota.md)" in markdown_text(body)[0], body


def test_a_fence_that_never_closes_is_no_fence():
    """An opening ``` with no closing fence after it renders as text, so the links after it
    are links (for the index and for check); a closed fence still hides its links."""
    body = "Intro\n\n```\nread [the hedge rota](hedge-rota.md)\n\n~~~~\nand [the shed](shed.md)\n~~~\n"
    assert [link.target for link in links.find_links(body)] == ["hedge-rota.md", "shed.md"]
    text, _ = markdown_text(body)
    assert "the hedge rota" in text and "hedge-rota.md" not in text and "shed.md" not in text
    closed = "````\n[x](inside.md)\n```\nstill code\n````\n[y](after.md)\n"
    assert [link.target for link in links.find_links(closed)] == ["after.md"]


def test_a_declaration_opening_a_line_hides_its_text_across_a_blank_line():
    """A ``<!DOCTYPE``, ``<![CDATA[`` or ``<?`` that opens a line (up to three spaces before it)
    is a raw block for the renderer, blank lines and all, so its words are not shown or
    indexed; the text after its ``>`` is."""
    for opener, closer in (("<!DOCTYPE quilt", ">"), ("<![CDATA[quilt", "]]>"), ("   <?quilt", "?>")):
        shown = mask_hidden(f"{opener}\n\nhidden bobbin words {closer} after\n\nlater words\n")
        assert "hidden bobbin" not in shown and "later words" in shown, opener
    assert "hidden bobbin" in mask_hidden("    <?quilt\n\nhidden bobbin words ?> after\n")


def test_the_index_reads_fences_by_the_site_rule():
    """A heading after a fence that never closes is a heading on the page (the fence is text),
    a heading-like line inside a closed fence (tildes, the same run) is code."""
    body = "Intro\n\n~~~~\n## inside the spool\n~~~~\n\n## Winding\n\n```\n## After an open fence\n"
    _, found = markdown_text(body)
    assert found == ["Winding", "After an open fence"]


def test_a_fence_closes_only_on_a_bare_run_of_its_own_length_and_indentation():
    """The site's fence reader (superfences) ends a fence at a line holding only the same run
    at the same indentation: a run with an info string, a longer or shorter run or another
    indentation is a line of the code, and a fence none of whose lines closes it is text."""
    for closer in ("```toml", "````", "  ```", "\t```"):
        body = f"Intro\n\n```\n\n## inside the loom\n\n{closer}\n\n## Warp\n"
        assert markdown_text(body)[1] == ["inside the loom", "Warp"], closer
    for closer in ("```", "```  "):
        body = f"Intro\n\n```\n\n## inside the loom\n\n{closer}\n\n## Warp\n"
        assert markdown_text(body)[1] == ["Warp"], closer
    body = "Intro\n\n```\n## inside the loom\n```yaml\n## still inside\n```\n\n## Warp\n"
    assert markdown_text(body)[1] == ["Warp"]


def test_a_top_level_fence_indented_four_columns_after_a_blank_line_is_indented_code_in_the_index():
    """Such a fence is an indented code block showing the fence: it pairs with nothing, so a
    heading after its would-be closing line is a heading, in the index as on the page (the
    margin line drops the indented opener, and the last run opens a fence that never closes)."""
    body = "Intro\n\n    ```\n    code\n\n```\n## Weft\n```\n"
    assert links.fenced_blocks(body.split("\n")) == {}
    assert markdown_text(body)[1] == ["Weft"]
    body = "Intro\n\n    ```\n    code\n    ```\n\n## Weft\n"
    assert links.fenced_blocks(body.split("\n")) == {}
    assert markdown_text(body)[1] == ["Weft"]


def test_a_tab_in_leading_whitespace_advances_to_the_next_stop_of_four():
    """A space then a tab is four columns, as the renderer expands it, not five: a line so
    indented after a blank line at the top level is indented code."""
    assert [links._indent(w + "x") for w in (" \t", "\t", "  \t ", "\t\t", "   ")] == [4, 4, 5, 8, 3]
    assert links.find_links("Intro\n\n \t[code](spool.md)\n") == ()
    assert [k.target for k in links.find_links("Intro\n\n  [text](spool.md)\n")] == ["spool.md"]


def test_a_body_is_code_masked_once_while_it_is_asked_about_in_a_row():
    """Check and planning ask for one body's code mask from several stages: it is made once
    and kept for the last few bodies only (bounded)."""
    links.mask_code.cache_clear()
    body = "Intro\n\n```\n[a](b.md)\n```\n"
    first = links.mask_code(body)
    assert links.mask_code(body) is first and links.mask_code.cache_info().hits == 1
    for n in range(2 * links.MASKED_BODIES):
        links.mask_code(f"body {n}")
    assert links.mask_code.cache_info().currsize == links.MASKED_BODIES


def test_reading_code_by_the_renderer_rules_is_linear():
    """Fences that never close (of many lengths) and deeply nested list items cost linear time:
    a fourfold text takes well under the sixteen times a quadratic scan would (CPU time, best
    of three)."""
    import time

    def text(n: int) -> str:
        fences = "\n".join("`" * (3 + i % 60) + " open" for i in range(n))
        nested = "\n\n".join("  " * (i % 80) + "- item [x](y.md)" for i in range(n))
        return fences + "\n" + nested

    def cost(n: int) -> float:
        body, best = text(n), float("inf")
        for _ in range(3):
            links.mask_code.cache_clear()  # measure the masking, not the cache
            start = time.process_time()
            links.mask_code(body)
            best = min(best, time.process_time() - start)
        return max(best, 1e-4)

    assert cost(24000) / cost(6000) < 8


def test_a_fence_indented_under_a_list_item_is_code():
    """The site's fence reader takes a fence indented under a list item (blank line before it
    or not) as code, so its link is not a link; at the top level, a fence indented four spaces
    after a blank line is an indented code block showing the fence, and what follows is text."""
    for body in ("- Open\n    ```\n    [as written](shed.md)\n    ```\n",
                 "1. Open\n\n    ~~~\n    [as written](shed.md)\n    ~~~\n"):
        assert links.find_links(body) == (), body
    body = "Intro\n\n      ```\n[the shed](shed.md)\n```\n"
    assert [link.target for link in links.find_links(body)] == ["shed.md"]


def test_the_index_ends_a_comment_where_html_and_check_end_it():
    """``<!-->`` and ``<!--->`` close at once and ``--!>`` closes a comment, as in HTML and in
    ``kbgen check``: the words after it are shown, so they are indexed; so are those after a
    ``<!--`` nothing closes, which the page shows as text."""
    from kbgen.markup import blank_comments
    for body in ("a <!--> shown tassel", "a <!---> shown tassel", "a <!-- hid --!> shown tassel",
                 "a <!-- hid --> shown tassel <!-- again --!> more"):
        assert "shown tassel" in mask_hidden(body), body
    both = "a <!-- hid --> shown <!-- again -- still --> tassel"  # check reads these alike
    assert mask_hidden(both) == blank_comments(both, both)
    # one nothing closes is text on the page: its words (and the later ones) are indexed,
    # while the tags after it are still tags
    assert mask_hidden("a <!-- open tassel\n\nlater") == "a <!-- open tassel\n\nlater"
    assert mask_hidden("a <!-- x --> b <!-- open <i>y</i>") == "a            b <!-- open    y    "


def test_ending_many_comments_the_html_way_is_linear():
    """Finding each comment's end reads the text once, not once per comment (CPU time, best of
    three, a fourfold text well under the sixteen times a quadratic scan would take)."""
    import time

    def cost(n: int) -> float:
        body, best = "x <!-- note --> y " * n, float("inf")
        for _ in range(3):
            start = time.process_time()
            mask_hidden(body)
            best = min(best, time.process_time() - start)
        return max(best, 1e-4)

    assert cost(40000) / cost(10000) < 8


def test_the_headings_field_is_read_by_the_pages_heading_reader():
    """The index's headings are the page's: setext headings and a later H1 are headings (the
    leading ``# Title`` is not, the page prints it apart), a code span's text is kept, and a
    heading's line and a setext underline are not body text."""
    body = ("# Wind the spool\n\nIntro words\n\nCheck the `bobbin` tension\n-----------------\n\n"
            "Pull gently.\n\n# Appendix thread\n\n## Run `quilt --list` again ##\n")
    text, found = markdown_text(body)
    assert found == ["Check the bobbin tension", "Appendix thread", "Run quilt --list again"]
    assert text == "Intro words Pull gently."
    assert [h.shown for h in headings(body)] == found


def _titles(body: str) -> list[str]:
    return [heading.title for heading in headings(body)]


def test_after_a_fence_that_never_closes_no_later_fence_opens():
    # superfences reads fences in one pass: the unclosed opener keeps reading to the end, so
    # the later bare runs open nothing and the heading between them is shown
    body = "Intro.\n\n```\nplain text\n\n~~~\n\n## Shown part\n\n~~~\n"
    assert _titles(body) == ["Shown part"]


def test_a_line_indented_less_than_its_fence_drops_the_fence():
    # the drop happens at the less-indented line; a fence opened after it pairs normally
    body = "Intro.\n\n- item\n\n    ```\nback at the margin\n\n## Shown\n\n```\n## Hidden\n```\n"
    assert _titles(body) == ["Shown"]


def test_only_info_strings_the_fence_reader_accepts_open_a_fence():
    for opener in ("``` one two three", "```sh $ run", "```py linenums"):
        assert _titles(f"Intro.\n\n{opener}\n## Shown\n```\n") == ["Shown"], opener
    for opener in ("```py", "``` {.py #x}", '```py title="a b"', '```py hl_lines="1 2"'):
        assert _titles(f"Intro.\n\n{opener}\n## Hidden\n```\n") == [], opener


def test_a_no_break_space_after_a_fence_run_is_content_not_a_closing_fence():
    body = "Intro.\n\n```\n## Hidden\n```\u00a0\n## Still hidden\n```\n"
    assert _titles(body) == []


def test_a_code_span_does_not_run_across_a_heading_line():
    body = "Intro.\n\nan ``` opener\n## Shown\nand a ``` closer\n"
    assert _titles(body) == ["Shown"]


def test_a_heading_inside_a_comment_is_no_heading_and_takes_no_id():
    body = "Intro\n\n<!--\n## Setup\n-->\n\n## Setup\n\nText\n"
    assert [(h.title, h.anchor) for h in headings(body)] == [("Setup", "setup")]
    assert [h.line for h in headings(body)] == [6]
    assert markdown_text(body)[1] == ["Setup"]


def test_after_an_unclosed_comment_the_headings_and_words_are_read_as_shown():
    body = "Intro <!-- open tassel\n\n## Later part\n\nwords\n"
    text, found = markdown_text(body)
    assert "tassel" in text and "words" in text
    assert found == ["Later part"]


def test_reading_a_long_refused_fence_opener_is_linear():
    """An info string of many options ending in one the reader refuses is read once (CPU time,
    best of three, a fourfold line well under the sixteen times a quadratic scan would take)."""
    import time

    def cost(n: int) -> float:
        lines, best = ["```py" + ' a="x"' * n + " $", "## Shown", "```"], float("inf")
        for _ in range(3):
            start = time.process_time()
            assert links.fenced_blocks(lines) == {}
            best = min(best, time.process_time() - start)
        return max(best, 1e-3)

    assert cost(80000) / cost(20000) < 8


def test_a_fence_right_after_indented_code_is_text_as_the_page_shows_it():
    """The renderer shows a fence on the line right after an indented code line as text (a
    code span), and a heading among its lines as a heading: the index pairs no fence there;
    after a blank line the fence is one."""
    glued = "Intro.\n\n    kiln --status\n```\n## Glaze notes\n```\n"
    assert links.fenced_blocks(glued.split("\n")) == {}
    assert [h.anchor for h in headings(glued)] == ["glaze-notes"]
    spaced = "Intro.\n\n    kiln --status\n\n```\n## Glaze notes\n```\n"
    assert links.fenced_blocks(spaced.split("\n")) == {4: 6}
    assert headings(spaced) == []


def test_an_indented_first_line_is_text_as_the_stripped_page_shows_it():
    """The page strips the body (and again after a leading title), so its first line is text
    however indented: a fence after it opens, a heading in that fence is code."""
    for start in ("", "\n", "# Title\n\n"):
        lines = (start + "    kiln --status\n```\n## Shelf head\n```").split("\n")
        first = len(start.split("\n")) - 1
        assert links.code_lines(lines) == [first + 1, first + 2, first + 3]
        assert links.fenced_blocks(lines) == {first + 1: first + 3}
        assert headings("\n".join(lines)) == []
    fence = "    ```\n## Shelf head\n```\n\nText.".split("\n")  # stripped, the first line opens a fence
    assert links.fenced_blocks(fence) == {0: 2} and headings("\n".join(fence)) == []
    later = "Intro.\n\n    kiln --status\n".split("\n")  # after a blank line further on: code
    assert links.code_lines(later) == [2]


def test_an_indented_first_line_is_indexed_and_linked_as_the_page_shows_it(make_project):
    """Full build: a body opening with an indented line shows it as text; its link is
    rewritten, its comment and tag attribute stay out of the index and the page alike."""
    root = make_project({
        "content/articles/a.md": article(
            "KB9201", "Reel care", "    See [the spool guide](b.md) <!-- quillnote --> "
            '<span title="wickattr">first</span>.\n```\n## Bobbin head\n```\n\nText here.\n'),
        "content/articles/b.md": article("KB9202", "Spool guide", "Body of b.\n")})
    build_site(root, now="2026-03-01T09:00:00+00:00")
    site = root / "site"
    page = next(site.glob("articles/kb9201-*/index.html")).read_text(encoding="utf-8")
    index = " ".join(f.read_text(encoding="utf-8") for f in (site / "search").glob("*.json"))
    assert 'href="../kb9202-' in page and "b.md" not in page
    assert "<p>See" in page and "bobbin-head" not in page
    for hidden in ("quillnote", "wickattr"):
        assert hidden not in index
    assert "spool guide" in index.lower() and "bobbin-head" not in index


def test_an_equals_line_after_an_atx_heading_is_text_in_the_index():
    """Only a setext heading's underline is a heading line: after an ATX heading the page
    shows a '===' line as text, and the index keeps it."""
    text, found = markdown_text("Intro.\n\n## Reel\n=== spare\n\nSpool\n---\n\nBody.\n")
    assert found == ["Reel", "Spool"]
    text, found = markdown_text("Intro.\n\n## Reel\n===\n\nBody.\n")
    assert "===" in text and found == ["Reel"]


def test_an_unclosed_comment_is_text_and_the_markup_after_it_is_still_hidden():
    """An unclosed ``<!--`` is text on the page, and a later tag's attribute is still hidden;
    a comment opening a block, closed by the ``-->`` of a later ``<!-->``, ends there, as the
    page ends it (inline, the page shows such a ``<!--`` and its words: not asserted, see the
    README's index leftovers)."""
    text = mask_hidden('Kiln <!-- open note <b title="private remark">hot</b> end')
    assert "<!--" in text and "hot" in text and "end" in text and "private" not in text
    text = mask_hidden("<!-- hidden remark <!--> shown after\n\nshown too")
    assert "hidden" not in text and "shown after" in text and "shown too" in text
    spans = list(markup_spans("a <!-- x <i>y</i> <!-- z", tags_stop_at_blank_line=True, comments_unbounded=True))
    assert [end == -1 for _, end in spans] == [True, False, False, True]
