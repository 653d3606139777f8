"""Round 9 of the robustness audit: code spans found as Python-Markdown finds them (an escaped
backtick opens none), serve's answer to paths that are no UTF-8, quiet exits into a closed pipe,
forks after native thread pools started, and the findings of attacking suggest's exports, the
agents' replies, check's output on hostile file names, redirects, announcements and feeds."""
from __future__ import annotations

import pytest

from conftest import article

NOW = "2026-03-01T09:00:00+00:00"


# ------------------------------------------------------------------ item 1: escaped backticks

#: A missing article linked around code: written plain, after an escaped backtick (a literal
#: '`', which opens no code span), after an escaped backslash (a real span opens after it), and
#: inside code that an unpaired run leaves open until a shorter run closes it.
@pytest.mark.parametrize("body, broken", [
    ("Type \\` then see [gone](missing-a.md) and `code`.", True),
    ("Type \\`\\` then [gone](missing-a.md) `x`.", True),
    ("Use `one` then \\` and [gone](missing-a.md) then `two`.", True),
    ("Type \\\\`[gone](missing-a.md)` in a shell.", False),  # '\\\\' is a backslash, then code
    ("Shell `a\\` [gone](missing-a.md) `b`.", True),  # code knows no escapes: '\\`' closes it
    ("Run ``` x [gone](missing-a.md) `` y.", False),  # a shorter run closes a longer one
    ("Half `open\n\n[gone](missing-a.md) `closed`.", True),  # a blank line ends every span
    ("Plain `[gone](missing-a.md)` in code.", False),
])
def test_a_link_after_an_escaped_backtick_is_checked(make_project, body, broken):
    from kbgen.build import load_project

    project = make_project({"content/articles/a.md": article("KB0001", "A", body)})
    found = [d.format() for d in load_project(project)[1] if "missing-a.md" in d.message]
    assert bool(found) == broken, found


def test_check_and_the_site_agree_on_every_code_span():
    """Random mixes of backtick runs, backslashes, links and paragraph breaks: the check finds a
    link exactly when the site's Markdown (with kbgen's bounded inline processor) renders it."""
    import random

    import markdown

    from kbgen.links import find_links

    pieces = ["`", "``", "```", "\\", "\\\\", "w", " ", "[t](n.md)", "\n", "\n\n"]
    rng = random.Random(9)
    for _ in range(3000):
        text = "p " + "".join(rng.choice(pieces) for _ in range(rng.randint(1, 14)))
        text = text.replace("\n`", "\n.`").replace("\n ", "\n.")  # no fences, no indented code
        html = markdown.markdown(text, extensions=["fenced_code", "kbgen.site.linear"])
        assert html.count('href="n.md"') == sum(link.target == "n.md" for link in find_links(text)), text


def test_code_spans_stay_linear_with_many_unclosed_escaped_runs():
    import time

    from kbgen.links import code_spans

    text = ("\\` `` \\\\``` " * 40_000) + "\n\n" + ("` " * 100_000)
    started = time.process_time()
    code_spans(text)
    assert time.process_time() - started < 5.0
