"""Rendering stays linear (kbgen/site/linear.py) and renders every ordinary page as before."""
from __future__ import annotations

import markdown
import pytest

from kbgen.build import load_project
from kbgen.site.linear import pieces_of, unclosed_openers
from kbgen.site.render import MARKDOWN_EXTENSIONS
from conftest import ROOT, cpu_seconds


def converter(linear: bool) -> markdown.Markdown:
    names, configs = [], {}
    for entry in MARKDOWN_EXTENSIONS:
        name, config = next(iter(entry.items())) if isinstance(entry, dict) else (entry, {})
        names.append(name)
        configs[name] = config
    return markdown.Markdown(extensions=names + (["kbgen.site.linear"] if linear else []), extension_configs=configs)


def render(text: str, linear: bool = True) -> str:
    return converter(linear).convert(text)


SAMPLES = [
    "[a](b.md) [c [d]](e) ![i](p.png \"t\") [r][ref] [s]\n\n[ref]: https://x\n[s]: https://y",
    "A [bracket that never closes, and (a parenthesis too.\n\nf(x) = (a + b) and `code [` here",
    "``code with ` inside`` and a lone ` backtick and ```three```",
    "# One\n# Two\ntext under two\n## Three\n!!! note \"N\"\n    body\n??? tip\n    more",
    "- [ ] task\n- [x] done\n\n1. one\n2. two\n    - nested\n\n> quote\n> > nested quote",
    "| a | b |\n|:--|--:|\n| 1 | 2 |\n\nTerm\n:   Definition\n\n*[HTML]: Hyper Text\nHTML here",
    "Text<sup>1</sup> <a href=\"x(y\" title='[z'>link</a> <br/> a < b and c > d <!-- comment -->",
    "Footnote[^1] and *em* **strong** ***both*** _u_ ++ctrl+alt+del++\n\n[^1]: The note.",
    "<div markdown=\"1\">\n**inside**\n</div>\n\n```python\nx = '[unclosed'\n```\n\n    indented [code",
    "Para\n{: .cls #id }\n\n## Heading {: #custom }\n\n<details><summary>S</summary>D</details>",
    "Unclosed <a title='x and <b and <![CDATA[ and <!-- never closed\n\n<i>closed</i> <a b='<c d='",
]


@pytest.mark.parametrize("text", SAMPLES)
def test_ordinary_markdown_renders_exactly_as_without_the_bounds(text):
    assert render(text) == render(text, linear=False)


def test_every_demo_article_renders_exactly_as_without_the_bounds():
    corpus, _ = load_project(ROOT)
    bodies = [a.body for a in corpus.articles] + [a.body for a in corpus.announcements]
    assert len(bodies) > 20
    for body in bodies:
        assert render(body) == render(body, linear=False)


def test_unclosed_openers_are_found_outside_code_and_tags_only():
    assert unclosed_openers("[a](b) [c `[` d (e") == [7, 16]
    assert unclosed_openers("[[[[[[x]]]]]]") == [4, 5, 7, 8]
    assert unclosed_openers("<a title='(x'>y</a> ` ``") == [20, 22, 23]


def test_long_texts_are_cut_at_line_ends():
    text = "".join(f"line {i}\n" for i in range(5000))
    pieces = pieces_of(text, 1000)
    assert "".join(pieces) == text and all(len(p) <= 1000 and p.endswith("\n") for p in pieces[:-1])


def _seconds(text: str) -> float:
    return cpu_seconds(lambda: render(text), runs=2)


HOSTILE = ["[", "[a](", "[a](<", "`a", "<a b='", "<a", "<!--", "<![CDATA[", "(", "## Same\n", "!!! note\n    x\n",
           "*a", "[^", "&amp;"]


@pytest.mark.slow
@pytest.mark.parametrize("unit", HOSTILE)
def test_hostile_texts_render_in_linear_time(unit):
    small, large = unit * (8_000 // len(unit)), unit * (32_000 // len(unit))
    first, second = _seconds(small), _seconds(large)
    assert second < 1.0 or second / max(first, 0.01) < 8, (first, second)  # quadratic would be 16x


def test_a_long_tag_is_still_a_tag():
    text = f'<img alt="inline" src="data:image/png;base64,{"A" * 20000}">\n\nText <b>bold</b>'
    assert render(text) == render(text, linear=False)
    assert "&lt;img" not in render(text)
