"""The per-page shortcuts of the clean build's renderer give what the long way gives.

Each shortcut (the sanitiser set up once, URL schemes found in one pass, the table of contents'
unused string left unmade, links worked out on strings, messages without arguments made once)
is compared with the long way on many inputs; whole sites are compared with ``mkdocs build``
in ``tests/test_render_parity.py``.
"""
from __future__ import annotations

import posixpath
from pathlib import Path
import random
import re

import markdown
from markupsafe import Markup, escape

from kbgen.messages import ENGLISH, Messages
from kbgen.site.safety import clean_html, skip_toc_string, url_schemes
from kbgen.site.urls import site_relpath

#: The rule the scheme search replaces: a letter, then up to 31 scheme characters, before a ':'.
BOUNDED_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]{0,31}(?=:)")


def test_url_schemes_are_what_the_bounded_search_finds() -> None:
    rng = random.Random(11)
    alphabet = "ab1+.-:: <>\"'Zx9"
    for _ in range(20_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 60)))
        if rng.random() < 0.3:  # runs around the 32-character bound
            text = rng.choice("a1") * rng.randint(28, 40) + ":" + text
        assert url_schemes(text) == {word.lower() for word in BOUNDED_SCHEME.findall(text)}, text


def test_url_schemes_search_is_linear() -> None:
    import time

    started = time.process_time()
    url_schemes("a" * 400_000 + "+" * 400_000)
    assert time.process_time() - started < 2


def test_clean_html_keeps_a_page_scheme_and_drops_script_urls() -> None:
    html = '<a href="msteams:chat">t</a><a href="javascript:alert(1)">j</a><a href="x-y.z:1">o</a>'
    assert clean_html(html) == '<a href="msteams:chat">t</a><a>j</a><a href="x-y.z:1">o</a>'
    assert clean_html('<a href="javascript:alert(1)">j</a>', raw_html=False) == "<a>j</a>"


def _toc_markdown(skip: bool) -> markdown.Markdown:
    md = markdown.Markdown(extensions=["toc", "md_in_html", "kbgen.site.safety"],
                           extension_configs={"toc": {"permalink": True}})
    if skip:
        skip_toc_string(md)
    return md


def test_toc_string_is_left_unmade_and_the_page_and_headings_stay_clean() -> None:
    text = ("[TOC]\n\n## Hello <img src=x onerror=alert(1)> there\n\ntext <b onclick=x()>b</b>\n\n"
            "## Second <script>alert(2)</script>\n\n[TOC]\n")
    long_way, short = _toc_markdown(False), _toc_markdown(True)
    for _ in range(2):  # the instance is reused between pages
        expected = long_way.reset().convert(text)
        assert short.reset().convert(text) == expected
        assert short.toc_tokens == long_way.toc_tokens
        assert short.toc == ""
        assert "onerror" not in expected and "onclick" not in expected and "<script" not in expected
        assert 'class="toc"' in expected  # the marker's copy is part of the page, cleaned with it
        assert "onerror" not in repr(short.toc_tokens)


def test_site_relpath_is_posix_relpath_for_site_paths() -> None:
    rng = random.Random(5)
    parts = ["a", "b", "kb", "articles", ".", "x-y", "services", "", "index.html"]
    for _ in range(20_000):
        path, start = ("/".join(rng.choice(parts) for _ in range(rng.randint(1, 5))).lstrip("/") or "."
                       for _ in range(2))
        assert site_relpath(path, start) == posixpath.relpath(path, start), (path, start)


def test_messages_without_arguments_are_the_same_made_once_or_each_time() -> None:
    messages = Messages("en")
    for key, value in ENGLISH.items():
        if isinstance(value, tuple):
            continue
        try:
            first = messages.html(key)
        except (KeyError, IndexError):  # a message that needs its arguments
            continue
        assert messages.html(key) is first
        assert first == Markup(escape(value)).format(count=None)  # the long way
    assert messages.html("count.articles", count=1) != messages.html("count.articles", count=2)


def test_article_links_are_rewritten_alike_from_any_working_folder(make_project, tmp_path, monkeypatch) -> None:
    """A link to an article's source, or to a path outside the articles (even above the site),
    becomes the same page link whatever folder the build runs from (``posixpath.relpath`` made
    both paths absolute with the working folder)."""
    from conftest import article
    from kbgen.build import build_site

    body = "See [the other](../email/b.md), [a file](../../x/guide.pdf) and [far away](../../../../outside.pdf)."
    project = make_project({"content/articles/vpn/a.md": article("KB0001", "Alpha", body, services="[vpn]"),
                            "content/articles/email/b.md": article("KB0002", "Beta", services="[email]")},
                           config="site_name: Help\nservices:\n  - id: vpn\n    name: VPN\n"
                                  "  - id: email\n    name: Email\n")
    pages = []
    for index, folder in enumerate((tmp_path, Path("/"))):
        monkeypatch.chdir(folder)
        out = tmp_path / f"site-{index}"
        build_site(project, out, now="2026-03-01T09:00:00Z", use_cache=False, workers=1)
        pages.append(next(out.glob("articles/**/kb0001*/index.html")).read_text(encoding="utf-8"))
    assert pages[0] == pages[1]
    for link in ("../kb0002-b/", "../x/guide.pdf", "../outside.pdf"):
        assert f'href="{link}"' in pages[0]
