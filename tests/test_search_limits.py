"""Every text path of search is linear: huge words, bodies and queries take bounded time."""
from __future__ import annotations

import time

from kbgen.search.engine import SearchEngine
from kbgen.search.index import IndexDocument, SearchIndex, markdown_text
from kbgen.search.settings import SearchSettings

MB = 1_000_000


def document(body: str, title: str = "Reset your password") -> IndexDocument:
    fields = {"title": title, "keywords": "", "summary": "How to reset it.", "tags": "", "headings": "",
              "body": body, "phrases": title}
    return IndexDocument("KB0001", "articles/kb0001/", title, "How to reset it.", "", fields)


def seconds(run) -> float:
    start = time.perf_counter()
    run()
    return time.perf_counter() - start


def build(body: str) -> SearchEngine:
    return SearchEngine.load(SearchIndex.from_documents([document(body)], SearchSettings()).files())


def markdown_then_index(text: str) -> SearchEngine:
    body, _ = markdown_text(text)
    return build(body)


def test_a_one_megabyte_word_is_indexed_and_searched_quickly():
    word = "ab" * (MB // 2)
    assert seconds(lambda: build(word)) < 10
    engine = build(word)
    assert seconds(lambda: engine.search(word)) < 10
    assert seconds(lambda: engine.search("x-" * (MB // 2))) < 10  # one long hyphenated compound


def test_a_five_megabyte_body_costs_about_linear_time():
    sentence = "Open the VPN client, sign in with your password and wait. "
    small = seconds(lambda: build(sentence * (MB // len(sentence))))
    large = seconds(lambda: build(sentence * (5 * MB // len(sentence))))
    assert large < 10
    assert large < 5 * small * 3 + 0.5  # linear (5x) with slack; a quadratic path would be ~25x


def test_hostile_markdown_lines_are_linear():
    for line in ("[" * MB, "<" * MB, "# " + " " * MB + "x", "!!! " + "a" * MB + "!", "[a](" + "(" * MB):
        assert seconds(lambda: markdown_then_index(line)) < 10, line[:10]


def test_a_five_megabyte_query_is_answered_from_its_opening():
    engine = build("Open the VPN client and sign in with your password.")
    query = "password " * (5 * MB // 9)
    assert seconds(lambda: engine.search(query)) < 10
    assert engine.search(query)[0].id == "KB0001"
