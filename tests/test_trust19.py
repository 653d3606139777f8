"""Round 19, trust leftovers: one reading of a one-line abbreviation definition for the check and
the renderer; a raw NUL in a JSON key told like an escaped one; what ``kbgen suggest`` reads, attacked."""
from __future__ import annotations

import random

import pytest


# ------------------------------------------------------------- abbreviation definitions, one reading

_PIECES = ["*[", "]", ":", " ", "\t", "ABC", "Title", "\\", "]:", "] :", "> ", "- ", "1. ", "x", "''", "*", "["]


def test_the_check_counts_a_run_of_definitions_as_the_renderer_takes_it():
    """On random lines, a definition the check counts as continuing a run (costing no pass) is one
    the renderer's run taker (:func:`kbgen.site.linear.abbreviations_at_once`) takes with the line
    before: both ask :func:`kbgen.site.linear.one_line_definition`."""
    from kbgen.body_check import _ABBREVIATION_START, _abbreviations
    from kbgen.site.linear import one_line_definition

    rng = random.Random(19)
    for _ in range(3_000):
        lines = ["*[" + "".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 6))) for _ in range(rng.randint(2, 6))]
        counted = set(_abbreviations("\n".join(lines)))
        for number in range(1, len(lines)):
            here, before = (one_line_definition(lines[n]) is not None for n in (number, number - 1))
            if here and before:
                assert number not in counted, lines
            elif here:
                assert number in counted or _ABBREVIATION_START.match(lines[number - 1]), lines


@pytest.mark.parametrize("blank", ["*[]: text", "*[ ]: text", "*[\t] : text", "*[]:"])
def test_a_definition_without_a_name_is_no_definition_and_costs_no_pass(blank):
    """Python-Markdown declines a definition whose name is blank and reads the rest of its block as
    a paragraph: the check counted such lines among the definitions that cost a pass."""
    import markdown

    from conftest import cpu_seconds
    from kbgen.body_check import MAX_ABBREVIATIONS, limit_diagnostics

    page = "".join(f"{blank}\n" for _ in range(MAX_ABBREVIATIONS * 3))
    assert limit_diagnostics("a.md", page, 5) == []
    assert cpu_seconds(lambda: markdown.markdown(page, extensions=["extra", "kbgen.site.linear"])) < 5
    mixed = "".join(f"*[A{i}]: B{i}\n{blank}\n" for i in range(MAX_ABBREVIATIONS * 3))
    assert limit_diagnostics("a.md", mixed, 5) == []


def test_one_line_definition_reads_as_python_markdown():
    from kbgen.site.linear import one_line_definition

    assert one_line_definition("*[HTML]: Hyper Text") == ("HTML", "Hyper Text")
    assert one_line_definition("*[HTML] :  Hyper Text ") == ("HTML", "Hyper Text")
    assert one_line_definition("*[HTML]:") is None  # the title on the next line
    assert one_line_definition("*[ ]: Hyper") is None
    assert one_line_definition("*[H\\TML]: Hyper") is None  # a backslash in the name
    assert one_line_definition("text *[HTML]: Hyper") is None


# ------------------------------------------------------------- a raw NUL in a JSON key

@pytest.mark.parametrize("order", ["written first", "changed first"])
@pytest.mark.parametrize("outside", ["", "\x00"], ids=["NULs in strings", "a NUL between tokens too"])
def test_a_key_made_equal_to_another_by_a_raw_nul_never_overwrites_it(tmp_path, order, outside):
    """``"id": "T0003"`` beside ``"i<NUL>d": "X"`` (a raw NUL byte): the NULs removed before
    reading, the second key was ``id`` and its value the ticket's id. Now it is read as an escaped
    NUL is: the key as written keeps its value, the other is told as a key given twice."""
    from kbgen.suggest.importers import load_tickets

    pairs = ['"id": "T0003"', '"i\x00d": "X"']
    if order == "changed first":
        pairs.reverse()
    export = tmp_path / "t.json"
    export.write_text(f'[{outside}{{"id": "T0001", "subject": "s", "description": "d"}},{outside} {{' + ", ".join(pairs)
                      + ', "subject": "s\x00", "description": "d"}]' + outside, encoding="utf-8")
    result = load_tickets([export], "json", {"id": "id", "title": "subject", "body": "description"})
    assert [t.ticket_id for t in result.tickets] == ["T0001", "T0003"]
    told = [(d.line, d.message) for d in result.diagnostics if "given twice" in d.message]
    assert told == [(2, "record 2: key id is given twice: 'i\\x00d' is id once its NUL or half surrogate is "
                        "removed; its value is dropped, id's kept")]
    assert "s\x00" not in {t.subject for t in result.tickets}


def test_a_raw_nul_in_json_lines_is_read_like_an_escaped_one(tmp_path):
    from kbgen.suggest.importers import load_tickets

    export = tmp_path / "t.jsonl"
    export.write_text('{"id": "T1", "subject": "s", "description": "d"}\n'
                      '{"id": "T2", "i\x00d": "X", "subject": "s", "description": "d"}\n', encoding="utf-8")
    result = load_tickets([export], "json", {"id": "id", "title": "subject", "body": "description"})
    assert [t.ticket_id for t in result.tickets] == ["T1", "T2"]
    assert any("given twice" in d.message and d.line == 2 for d in result.diagnostics)


def test_strings_and_nuls_are_found_in_linear_time():
    import time

    from kbgen.suggest.importers.reading import _escape_raw_nuls

    for text in ('"' + '\\"' * 200_000 + "\x00", '"a' * 200_000 + "\x00", "\\" * 400_000 + '"\x00', "\x00" * 400_000,
                 '"\x00"' * 130_000, '"' + "\\\x00" * 200_000 + '"', '\x00"' + "a" * 400_000):
        start = time.process_time()
        _escape_raw_nuls(text)
        assert time.process_time() - start < 2


def test_a_long_string_beside_a_raw_nul_is_read_in_bounded_memory():
    """A file with one raw NUL and a 10 MB string: the scan for strings took about 120 bytes per
    character of the longest string (1.2 GB), a regular expression's frame per character."""
    import tracemalloc

    from kbgen.suggest.importers.reading import _escape_raw_nuls

    text = '[{"subject": "printer\x00 jam", "description": "' + "word " * 2_000_000 + '"}]'
    tracemalloc.start()
    try:
        escaped = _escape_raw_nuls(text)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert escaped == text.replace("\x00", "\\u0000")
    assert peak < 4 * len(text) + 1_000_000


def test_a_raw_nul_right_after_a_backslash_is_dropped_and_the_escape_read(tmp_path):
    """As when every NUL was removed before reading: the escape the NUL interrupts is read whole,
    and the warning names a raw NUL, not an escaped one."""
    from kbgen.suggest.importers.reading import read_json

    diagnostics = []
    raw = '[{"subject": "caf\\\x00u00e9 \\\x00\x00"quoted\\"", "description": "a\x00b"}]\x00'
    assert read_json("t.json", raw.encode("utf-8"), diagnostics) == [{"subject": 'café "quoted"', "description": "ab"}]
    messages = [d.message for d in diagnostics]
    assert len(messages) == 1 and "a raw NUL byte" in messages[0], messages
