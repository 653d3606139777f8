"""A page converted with only the extensions its text can need reads exactly as with all of them.

Each text below uses one extension's syntax (or something close to it, or several together);
the instance :class:`MarkdownByNeed` picks must give the output of the instance with every
extension kbgen configures, and plain text must get the small instance.
"""
from __future__ import annotations

import textwrap

import markdown
import pytest

from kbgen.site import markdown_needs
from kbgen.site.markdown_needs import MarkdownByNeed, extension_names, needed, unused_patterns
from kbgen.site.render import MARKDOWN_EXTENSIONS

#: What MkDocs makes of kbgen's list: its own toc, tables and fenced_code first.
NAMES = list(dict.fromkeys(["toc", "tables", "fenced_code"] + extension_names(MARKDOWN_EXTENSIONS)))
CONFIGS = {next(iter(item)): next(iter(item.values())) for item in MARKDOWN_EXTENSIONS if isinstance(item, dict)}

TEXTS = {
    "plain": "# Title\n\nSome *emphasis*, **strong** and a [link](other.md#part).\n\n1. one\n2. two\n",
    "headings twice": "## Steps\n\ntext\n\n## Steps\n\n### Steps {not attributes\n",
    "abbreviation": "The HTML spec.\n\n*[HTML]: Hyper Text Markup Language\n",
    "abbreviation used without definition": "HTML here, *[not a definition* here.\n",
    "admonition": '!!! note "Title"\n    Body text.\n',
    "attribute list": "## Heading {#custom .cls}\n\nParagraph.\n{: .lead }\n",
    "definition list": "Term\n:   Definition\n\n  : indented colon\n",
    "colon in text": "Time: 10:00, ratio 1:2\n\n: at the start\n",
    "footnote": "Text[^1] and[^n].\n\n[^1]: One.\n[^n]: Named.\n",
    "table": "| a | b |\n|---|---|\n| 1 | 2 |\n",
    "pipe in text": "Use a | b or c || d.\n",
    "details": '??? note "More"\n    Hidden.\n\n???+ tip\n    Open.\n',
    "question marks": "Really??? Yes!!! No.\n",
    "fenced code": "```python\nprint('hi')\n```\n\n~~~\nplain\n~~~\n",
    "fence with attributes": "```{.python .numbered}\nx = 1\n```\n",
    "inline code": "Run `ls -la` or `#!python print(1)`.\n",
    "indented code": "Text\n\n    indented code\n    more\n",
    "nested list": "- item\n\n    continued paragraph\n\n    - nested\n",
    "keys": "Press ++ctrl+alt+del++ or ++enter++.\n",
    "plus signs": "C++ and a+b++ are not keys.\n",
    "tasks": "- [ ] to do\n- [x] done\n- [X] done too\n",
    "brackets": "An [x] alone, [ ] too, and [X].\n",
    "raw html": '<div class="box" markdown>\n**Bold** inside.\n</div>\n\n<br>\n',
    "autolink": "See <https://example.com> and <me@example.com>.\n",
    "escapes": "A \\| pipe, \\* star, \\+ plus and \\\\ backslash.\n",
    "entities": "Fish &amp; chips &copy; &#169;.\n",
    "entity without other syntax": "Ampersands & semicolons; &nbsp;x and &#x41;\n",
    "line breaks": "one  \ntwo\t\nthree \r\nfour \n\tfive\n",
    "underscores": "snake_case, __strong__ and _em_ with no star\n",
    "stars": "*a* **b** ***c*** and 2 * 3\n",
    "images": "![alt](pic.png) and ![ref][r] and ![r]\n\n[r]: b.png\n",
    "brackets without links": "text [not a link] here, [ref] [] ][\n\n[ref]: https://example.com\n",
    "everything": textwrap.dedent("""\
        ## Steps {#steps}

        | a | b |
        |---|---|
        | `x` | ++ctrl++ |

        - [x] done[^1]

        !!! warning
            ```bash
            echo hi
            ```

        Term
        :   Definition with HTML.

        *[HTML]: Hyper Text Markup Language

        [^1]: Note.
        """),
}


@pytest.fixture(scope="module")
def full() -> markdown.Markdown:
    return markdown.Markdown(extensions=NAMES, extension_configs=CONFIGS)


@pytest.fixture(scope="module")
def by_need() -> MarkdownByNeed:
    return MarkdownByNeed(NAMES, CONFIGS, lambda md: None)


@pytest.mark.parametrize("name", sorted(TEXTS))
def test_the_needed_extensions_convert_as_all_of_them(full, by_need, name):
    text = TEXTS[name]
    expected = full.reset().convert(text)
    md, _ = by_need.for_text(text)
    assert md.convert(text) == expected
    assert md.toc_tokens == full.toc_tokens


def test_instances_are_shared_and_state_does_not_leak(full, by_need):
    for name in sorted(TEXTS) * 2:  # the same instances again, after other texts
        md, _ = by_need.for_text(TEXTS[name])
        assert md.convert(TEXTS[name]) == full.reset().convert(TEXTS[name]), name
    assert len(by_need.instances) < len(TEXTS)


def test_plain_text_needs_only_toc_and_html_or_escapes_need_everything():
    assert needed(TEXTS["plain"], NAMES) == ("toc",)
    assert needed(TEXTS["raw html"], NAMES) == tuple(NAMES)
    assert needed(TEXTS["escapes"], NAMES) == tuple(NAMES)
    assert "tables" in needed(TEXTS["table"], NAMES) and "footnotes" not in needed(TEXTS["table"], NAMES)


def test_an_unknown_extension_is_always_enabled():
    assert needed("plain", ["toc", "some.other.extension"]) == ("toc", "some.other.extension")


def test_a_page_leaves_out_the_inline_patterns_it_cannot_trigger(by_need):
    md, _ = by_need.for_text("Plain words only.\n")
    assert "em_strong" not in md.inlinePatterns and "link" not in md.inlinePatterns
    md, _ = by_need.for_text(TEXTS["stars"])
    assert "em_strong" in md.inlinePatterns and "link" not in md.inlinePatterns
    assert unused_patterns("a [b](c) *d* `e` & <f> \\ g  \n") == ()


def test_a_parser_marker_in_the_text_gets_every_pattern_and_extension():
    """Python-Markdown deletes STX/ETX before parsing, which can make a trigger of them: such a
    text must be rendered as a full instance would (two spaces, a marker, a line end is a break)."""
    text = "first  \x02\nsecond"
    assert markdown_needs.unused_patterns(text) == ()
    names = ["tables", "admonition"]
    assert markdown_needs.needed("!\x02!! note\n    body", names) == tuple(names)


def test_pattern_sets_per_process_are_capped(monkeypatch):
    """Beyond MAX_PATTERN_SETS distinct sets, a page is rendered with every pattern (bounded
    memory on a site of very varied pages); the output is the same either way."""
    monkeypatch.setattr(markdown_needs, "MAX_PATTERN_SETS", 3)
    made = []
    by_need = markdown_needs.MarkdownByNeed([], {}, made.append)
    texts = ["".join(c for c, keep in zip("[*_&<`", f"{n:06b}") if keep == "1") + " plain" for n in range(64)]
    texts = [t for t in texts if "<" not in t]
    for text in texts * 2:
        by_need.for_text(text)
    with_patterns = [key for key in by_need.instances if key[1]]
    assert len(with_patterns) == 3
    assert any(not key[1] for key in by_need.instances)
    for text in texts:
        full = markdown.Markdown().convert(text)
        md, _ = by_need.for_text(text)
        assert md.convert(text) == full
