"""Section anchors: written ids kept, made-up ones unique per page, and the renderer (Python-
Markdown with MkDocs' extensions) giving each heading exactly the id kbgen decided."""
from __future__ import annotations

import re
import time

import markdown

from kbgen.anchors import duplicate_ids, headings, page_ids, plain_text, slug, strip_title, with_anchors
from kbgen.site.render import MARKDOWN_EXTENSIONS

BODY = """# The title

Intro with an <a id="top-of-steps"></a> anchor and a footnote[^why].

## Steps

1. Do it.

## Steps {#steps}

## Café & VPN: ¿step 1? ##

Other heading
-------------

```
## not a heading
```

## Related articles

## 🎉

## Use **Company Portal** and [the app](x.md) {.big}

Πρόσβαση στο VPN
================

[^why]: Because.
"""


def rendered_ids(text: str) -> list[str]:
    """The ids Python-Markdown (MkDocs' extensions) gives the headings of the text."""
    names = [e if isinstance(e, str) else next(iter(e)) for e in MARKDOWN_EXTENSIONS]
    configs = {name: config for e in MARKDOWN_EXTENSIONS if isinstance(e, dict) for name, config in e.items()}
    html = markdown.markdown(text, extensions=names, extension_configs=configs)
    return re.findall(r"<h[1-6][^>]* id=\"([^\"]+)\"", html)


def test_written_ids_win_and_made_up_ones_are_unique_and_avoid_kbgens_own():
    found = [(h.level, h.title, h.anchor, h.explicit) for h in headings(BODY)]
    assert found == [
        (2, "Steps", "steps-2", False),  # "steps" is written on a later heading
        (2, "Steps", "steps", True),
        (2, "Café & VPN: ¿step 1?", "cafe-vpn-step-1", False),
        (2, "Other heading", "other-heading", False),
        (2, "Related articles", "related-articles-2", False),  # the template's related list has it
        (2, "🎉", "section", False),
        (2, "Use Company Portal and the app", "use-company-portal-and-the-app", False),
        (1, "Πρόσβαση στο VPN", "προσβαση-στο-vpn", False),
    ]


def test_the_renderer_uses_exactly_the_anchors_kbgen_decided():
    page = strip_title(with_anchors(BODY))
    assert rendered_ids(page) == [h.anchor for h in headings(BODY)]
    assert {"top-of-steps", "fn:why", "fnref:why"} <= page_ids(BODY)


def test_writing_ids_keeps_line_numbers_and_is_stable():
    assert with_anchors(BODY).count("\n") == BODY.count("\n")
    once = with_anchors(BODY)
    assert with_anchors(once) == once  # every heading now has a written id
    assert [h.anchor for h in headings(once)] == [h.anchor for h in headings(BODY)]


def test_duplicate_written_ids_are_found_with_their_lines():
    repeats = duplicate_ids("## A {#x}\n\ntext\n\n## B {#x}\n")
    assert [(repeat.line, first.line) for repeat, first in repeats] == [(4, 0)]


def test_slugs_and_plain_text():
    assert slug("Wi-Fi & VPN: Café") == "wi-fi-vpn-cafe"
    assert slug("  ") == "section"
    assert plain_text("Use `kbgen` *now* &amp; ![logo](x.png) [here](y.md) <b>bold</b>") == "Use kbgen now & logo here bold"
    assert plain_text("snake_case stays") == "snake_case stays"


def test_hostile_text_is_scanned_in_linear_time():
    pieces = ["## " + "{" * 50_000, 'id="' * 50_000, "{: " * 50_000, "[^" * 50_000, "#" * 50_000,
              "x\n" * 50_000 + "=" * 10]
    for text in pieces:
        started = time.perf_counter()
        page_ids(text)
        with_anchors(text)
        assert time.perf_counter() - started < 2, text[:20]


def test_repeated_names_number_on_past_written_ids_and_scale_linearly():
    text = "## Steps\n\n## Steps {#steps-2}\n\n## Steps\n\n## Other\n\n## Steps\n\n<a id=\"steps-4\"></a>\n"
    assert [h.anchor for h in headings(text)] == ["steps", "steps-2", "steps-3", "other", "steps-5"]
    many = headings("## Same\n" * 5000)  # each repeat continues from the last number, not from 1
    assert [h.anchor for h in many[:3]] + [many[-1].anchor] == ["same", "same-2", "same-3", "same-5000"]


def test_a_link_whose_text_holds_a_code_span_shows_as_its_text():
    from kbgen.anchors import shown_text
    assert shown_text("Use [`tool`](x.md) now") == "Use tool now"
    assert shown_text("See ![`icon`](i.png) here") == "See icon here"


def test_a_backslash_escape_in_a_heading_shows_the_character():
    from kbgen.anchors import shown_text
    assert shown_text(r"Stars \*here\* and `\*code`") == r"Stars *here* and \*code"


def test_a_setext_heading_starting_with_a_code_span_is_a_heading():
    from kbgen.anchors import headings
    found = headings("Intro.\n\n`tool` setup\n---\n\nText.\n")
    assert [(h.level, h.shown) for h in found] == [(2, "tool setup")]


def test_an_indented_setext_underline_makes_no_heading():
    from kbgen.anchors import headings
    assert headings("Intro.\n\nplain words\n  ---\n\nText.\n") == []
    assert headings("Intro.\n\n```\ncode\n```\n---\n") == []


def test_an_indented_atx_heading_is_a_heading_on_the_page_with_the_id_the_index_gives():
    """A heading indented one to three spaces (a heading to CommonMark, text to Python-Markdown)
    is written from the line's start, so the page shows it with the id kbgen gave it, a
    writer's own ``{#id}`` included."""
    body = "Intro line.\n\n  ## Glaze the pot {#glazing}\n\nDip it.\n\n   ### Fire the kiln\n\nWait.\n"
    found = headings(body)
    assert [(h.anchor, h.explicit) for h in found] == [("glazing", True), ("fire-the-kiln", False)]
    assert rendered_ids(with_anchors(body)) == ["glazing", "fire-the-kiln"]


def test_a_setext_underline_with_trailing_tabs_is_read_as_the_page_reads_it():
    """The renderer expands tabs before it reads an underline: a tab after '===' still makes
    the line above a heading, on the page and for kbgen."""
    body = "Intro line.\n\nKiln log\n===\t\n\nText.\n\nShelf plan\n---\t \t\n\nMore.\n"
    assert [h.anchor for h in headings(body)] == ["kiln-log", "shelf-plan"]
    assert rendered_ids(with_anchors(body)) == ["kiln-log", "shelf-plan"]


def test_a_setext_heading_right_after_another_heading_is_one_as_on_the_page():
    """A heading ends a block, so a setext heading on the next line (after an ATX heading or
    another setext underline, with no blank line between) starts a block and is a heading."""
    body = "Intro line.\n\n## Kiln\nShelves\n-------\nGlazes\n======\nText.\n"
    assert [h.anchor for h in headings(body)] == ["kiln", "shelves", "glazes"]
    assert rendered_ids(with_anchors(body)) == ["kiln", "shelves", "glazes"]
    paragraph = "Intro line.\nShelves\n-------\n"  # inside a paragraph: the page shows no heading
    assert headings(paragraph) == [] and rendered_ids(with_anchors(paragraph)) == []


def test_an_underline_after_an_atx_heading_is_text_and_starts_no_heading_below():
    """A '===' or '---' right after an ATX heading is no underline (the page shows it as text
    or a rule), so the line after it is no heading either."""
    body = "Intro line.\n\n## Reel\n===\nSpool\n---\n\nText.\n"
    assert [h.anchor for h in headings(body)] == ["reel"]
    assert rendered_ids(with_anchors(body)) == ["reel"]


def test_a_setext_heading_right_after_a_rule_is_one_as_on_the_page():
    """A thematic break splits the block it stands in: the line after it starts a block, and a
    setext underline under that line makes it a heading."""
    body = "Intro line.\n\nSome words\nmore words\n* * *\nSpindle\n=======\n\nText.\n"
    assert [h.anchor for h in headings(body)] == ["spindle"]
    assert rendered_ids(with_anchors(body)) == ["spindle"]
