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
