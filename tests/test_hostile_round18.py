"""Round 18: leftovers of round 17 and a new sweep of hostile input (URLs encoded past the
checks, markup in every shown value, YAML shapes, odd files)."""
from __future__ import annotations

import pytest


# ------------------------------------------------------------- leftovers

@pytest.mark.parametrize("value", ["2026-03-01T09:00:00+24:00", "2026-03-01T09:00:00-24:00", "2026-03-01T09:00:00+25:30"])
def test_front_matter_and_now_refuse_an_offset_of_a_day_with_one_message(value):
    """The schema said the offset lies "between -24:00 and +24:00" and ``--now`` said
    "-23:59..+23:59" for the same rule of Python's (strictly less than a day either way)."""
    from kbgen import schema
    from kbgen.errors import BadOption
    from kbgen.moment import parse_now

    with pytest.raises(schema.Invalid) as in_schema:
        schema.moment("UTC")(value)
    with pytest.raises(BadOption) as in_option:
        parse_now(value)
    assert schema.OFFSET_RANGE in str(in_schema.value) and schema.OFFSET_RANGE in in_option.value.reason


@pytest.mark.parametrize("value", ["2026-03-01T09:00:00+23:59", "2026-03-01T09:00:00-23:59", "2026-03-01T09:00:00+23:59:59"])
def test_front_matter_and_now_accept_the_widest_offsets_the_message_names(value):
    """The ends the message names are accepted by both (so the message is no stricter than the rule)."""
    from kbgen import schema
    from kbgen.moment import parse_now

    assert schema.moment("UTC")(value) == parse_now(value)


def test_a_map_key_given_twice_is_an_error_naming_both_pairs():
    """``--map id=a,id=b`` was told "given twice" without which columns, so the writer could not
    see which of the two was a typo; a key differing only in case is the same key."""
    from kbgen.errors import BadOption
    from kbgen.suggest.pipeline import parse_columns

    with pytest.raises(BadOption) as caught:
        parse_columns("id=Ref,title=Subject,ID=Number,body=Text")
    assert "'id' is given 2 times ('id=Ref', 'ID=Number'); give it once" in caught.value.reason
    assert parse_columns("id=Ref,title=Subject") == {"id": "Ref", "title": "Subject"}


def test_the_summary_of_dropped_tags_names_only_the_tags_beyond_those_told():
    """The kinds named in the summary are those of the tags not told one by one, in order."""
    from kbgen.body_check import MAX_DROPPED_TOLD, script_diagnostics

    body = "".join(f"<told{i}> " for i in range(MAX_DROPPED_TOLD)) + "<late1> <late2> <late1>\n"
    found = [d.message for d in script_diagnostics("a.md", body, 1) if "drops" in d.message]
    assert len(found) == MAX_DROPPED_TOLD + 1
    assert found[-1].endswith("and 3 more tags the page drops from here on: <late1>, <late2>")


def test_first_and_rest_hands_each_item_beyond_those_told_to_left():
    from kbgen.errors import first_and_rest

    seen: list[int] = []
    assert first_and_rest(iter(range(6)), 2, seen.append) == ([0, 1], 4, 2) and seen == [2, 3, 4, 5]
