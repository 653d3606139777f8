"""Round 17: shared mechanisms (rendering, YAML, mappings, serve, templates) against hostile input."""
from __future__ import annotations

import time

import pytest


def _best_cpu(run, times: int = 3) -> float:
    """The least CPU time of ``times`` calls of ``run`` (a loaded machine only adds time)."""
    best = float("inf")
    for _ in range(times):
        started = time.process_time()
        run()
        best = min(best, time.process_time() - started)
    return max(best, 0.01)


# ------------------------------------------------------------- many short blocks: linear rendering

def test_many_paragraphs_each_opening_a_comment_render_in_linear_time(monkeypatch):
    """Each paragraph opens a comment that a blank line ends before its '-->': Python-Markdown
    took every block off the front of a list (and several processors put it back), moving all
    the blocks after it, so a megabyte of such paragraphs cost the square of their number."""
    import markdown
    from markdown.blockparser import BlockParser

    from kbgen.site.linear import Blocks

    given: list[type] = []
    parse_blocks = BlockParser.parseBlocks
    monkeypatch.setattr(BlockParser, "parseBlocks", lambda self, parent, blocks: (
        given.append(type(blocks)), parse_blocks(self, parent, blocks))[1])
    markdown.markdown("a\n\n- b\n\n    c\n\n> d", extensions=["extra", "sane_lists", "kbgen.site.linear"])
    assert given and set(given) == {Blocks}  # the page and each nested chunk (list item, quote)
    monkeypatch.undo()

    def render(copies: int) -> None:
        body = "Lead <!-- note\n\nrest of it --> tail\n\n" * copies
        page = markdown.markdown(body, extensions=["extra", "sane_lists", "kbgen.site.linear"])
        assert page.count("<p>") == 2 * copies

    assert _best_cpu(lambda: render(40_000), 2) < 8 * _best_cpu(lambda: render(10_000), 2)
    blocks = Blocks(["a", "b", "c"])
    blocks.insert(0, "z")
    assert (blocks.pop(0), blocks[0], blocks.pop(1), blocks.pop(), list(blocks)) == ("z", "a", "b", "c", ["a"])


# ------------------------------------------------------------- an invalid large YAML: libyaml's marks

_LARGE_INVALID = {
    "deep flow, a ': ' after it": ("m: " + "[" * 90 + ", ".join(f"v{i}" for i in range(30_000)) + "]" * 90 + "\n",
                                   "odd: a: b\n", "a value holds ': '"),
    "a long list, a backquote": ("".join(f"key{i}: value {i}\n" for i in range(12_000)), "odd: `x`\n",
                                 "a value cannot start with '`'"),
    "a long list, an unknown alias": ("".join(f"key{i}: value {i}\n" for i in range(12_000)), "odd: *missing\n",
                                      "'*missing' is an alias"),
}


@pytest.mark.parametrize("valid, broken, said", _LARGE_INVALID.values(), ids=_LARGE_INVALID.keys())
def test_a_large_invalid_yaml_is_told_at_its_line_about_as_fast_as_a_valid_one_is_read(valid, broken, said):
    """libyaml refused the text and PyYAML's pure-Python parser read it all again for its words
    (5 s a megabyte): a large text's problem is now told from libyaml's own marks, in the same
    words, at the same line."""
    from kbgen import yaml_load

    text = valid + broken
    assert len(text) > yaml_load.MAX_REREAD
    problems = yaml_load.load_yaml(text, first_line=2)[2]
    assert [(p.line, said in p.message) for p in problems] == [(valid.count("\n") + 2, True)]
    assert yaml_load.load_yaml(valid)[2] == []
    assert _best_cpu(lambda: yaml_load.load_yaml(text)) < 1.5 * _best_cpu(lambda: yaml_load.load_yaml(valid))
