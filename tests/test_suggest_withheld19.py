"""The export-wide guard (round 19): removals counted per occurrence, the words left in the text
counted ticket by ticket, each distinct field read once; a product redaction misread beside its
vendor in a few tickets is still written (no "proper noun written alone" rule).

All names, products and phrasings are invented for these tests.
"""
from __future__ import annotations

import datetime as dt
import html
import itertools
import json
import re
import time

import pytest

from conftest import article
import kbgen.suggest.withheld as withheld_module
from kbgen.build import load_project
from kbgen.suggest.model import Ticket
from kbgen.suggest.pipeline import SuggestOptions, analyse, redact_export
from kbgen.suggest.withheld import Withheld, fold

PROBLEMS = ["outlook keeps asking for password", "printer jams on tray 2", "vpn drops every hour",
            "scanner sends blank pages", "laptop battery swelling", "teams camera not detected",
            "shared drive mapping lost", "calendar invites missing", "monitor flickers after update",
            "keyboard keys sticking", "docking station not charging", "wifi slow on floor 3"]


def _withheld(rows, known=(), callers=None) -> Withheld:
    """``rows``: ``(original subject, redacted subject, copies)``, one distinct ticket each."""
    originals = [Ticket(f"T{k}", o) for k, (o, _, _) in enumerate(rows)]
    redacted = [Ticket(f"T{k}", r) for k, (_, r, _) in enumerate(rows)]
    return Withheld.of(originals, redacted, [n for _, _, n in rows], callers, set(known).__contains__)


def _same(subject: str, copies: int = 1) -> tuple[str, str, int]:
    return subject, subject, copies


def _background() -> list[tuple[str, str, int]]:
    """Ordinary subjects, in small letters and capitalised at the start, many times each."""
    return [_same(p, 8) for p in PROBLEMS] + [_same(p.capitalize(), 5) for p in PROBLEMS]


def _caught(first: str, last: str) -> list[tuple[str, str, int]]:
    """Three distinct texts where a cue let redaction remove the whole name."""
    return [(f"{PROBLEMS[0]} for {first} {last}", f"{PROBLEMS[0]} for [name]", 1),
            (f"{PROBLEMS[3]} for {first} {last}", f"{PROBLEMS[3]} for [name]", 1),
            (f"Hi, this is {first} {last}, {PROBLEMS[5]}", f"Hi, this is [name], {PROBLEMS[5]}", 1)]


def test_names_that_are_ordinary_words_are_still_written():
    """A given name that is an everyday word, caught three times as a name: the export writes it in
    small letters inside sentences far more often."""
    rows = _background()
    for first, last, uses in (("Rusty", "Penhallow", ["rusty hinge on cabinet door", "bike rack rusty again",
                                                       "Rusty screws on the desk mount"]),
                              ("Summer", "Tremayne", ["summer rota not published", "aircon weak in summer",
                                                      "Summer holiday calendar missing"]),
                              ("Grant", "Kitto", ["grant access to shared drive", "please grant me admin rights",
                                                  "Grant folder access for new starter"])):
        rows += _caught(first, last) + [_same(u, 4) for u in uses]
        rows += [_same(f"{first} {p}") for p in PROBLEMS[6:8]]  # a few written alone too
    withheld = _withheld(rows)
    assert not {"rusty", "summer", "grant"} & withheld.names
    assert {"penhallow", "tremayne", "kitto"} <= withheld.names
    for word in ("rusty", "Summer", "GRANT", "grants"):
        assert not withheld.blocks(word, {"rusty", "summer", "grant"}.__contains__), word


def test_a_product_misread_as_a_name_in_one_text_is_still_written():
    """One text redaction misread, copied four times, is one error; the product's forty uses stay."""
    rows = _background() + [("Quorrel Benbow will not scan", "[name] will not scan", 4)]
    rows += [_same(f"Quorrel {p}", 2) for p in ("sends blank pages", "scanner offline", "stuck on warmup")]
    rows += [_same(f"QUORREL {p}", 2) for p in ("SCANNER OFFLINE", "JOB QUEUE FULL")]
    rows += [_same(f"Quorrel: {p}", 4) for p in ("duplex fails", "toner low", "paper feed")]
    withheld = _withheld(rows)
    assert "quorrel" not in withheld.names
    assert not withheld.blocks("Quorrel")


def test_a_word_removed_beside_another_name_part_is_a_name_in_that_tickets_other_uses():
    """In a ticket where redaction removed "<First> <Last>", a missed spelling of the same name in
    the ticket (in small letters, at the end) is that person's name, not an ordinary use."""
    rows = _background()
    for p in PROBLEMS[:3]:
        rows.append((f"{p} for Lowenna Pascoe, thanks lowenna", f"{p} for [name], thanks lowenna", 1))
    withheld = _withheld(rows)
    assert {"lowenna", "pascoe"} <= withheld.names


def test_each_distinct_field_is_read_once(monkeypatch):
    """The same subject filed by many callers (distinct tickets) is read back once."""
    calls = []
    real = withheld_module.removed_values
    monkeypatch.setattr(withheld_module, "removed_values", lambda old, new: calls.append(old) or real(old, new))
    originals = [Ticket(f"T{k}", "laptop for Ysolde Marrack", caller=f"caller {k}") for k in range(50)]
    redacted = [Ticket(f"T{k}", "laptop for [name]", caller="[name]") for k in range(50)]
    withheld = Withheld.of(originals, redacted)
    assert calls == ["laptop for Ysolde Marrack"]
    assert {"ysolde", "marrack"} <= withheld.names


def test_a_hostile_export_of_many_distinct_proper_nouns_is_read_in_bounded_time():
    names = [f"Name{chr(97 + k % 26)}{chr(97 + k // 26 % 26)}" for k in range(600)]
    originals, redacted = [], []
    for k, name in enumerate(names * 20):
        originals.append(Ticket(f"T{k}", f"laptop {k} for {name} Keast and {name}"))
        redacted.append(Ticket(f"T{k}", f"laptop {k} for [name] and {name}"))
    start = time.process_time()
    withheld = Withheld.of(originals, redacted)
    assert "keast" in withheld.names
    assert time.process_time() - start < 10


def test_a_place_misread_as_a_name_in_several_texts_is_written_where_it_is_written_whole():
    """A site's name that redaction took for a person's in a few texts ("- <Word> <Word> spa", in
    capitals) is still written where the export writes it whole."""
    rows = _background()
    rows += [(f"{p} - Tolvan Quay spa", f"{p} - [name] spa", 1) for p in PROBLEMS[:3]]
    rows += [(f"{p.upper()} - BRENNOCK BATHS", f"{p.upper()} - [name]", 1) for p in PROBLEMS[3:6]]
    rows += [_same(f"Tolvan Quay spa // {p}") for p in PROBLEMS] + [_same(f"{p} - Tolvan Quay spa") for p in PROBLEMS[3:]]
    rows += [_same(f"Brennock baths // {p}") for p in PROBLEMS] + [_same(f"{p} - Brennock baths") for p in PROBLEMS[6:]]
    withheld = _withheld(rows)
    assert not {"tolvan", "quay", "brennock", "baths"} & withheld.names
    for word in ("Tolvan", "Quay", "Brennock", "baths"):
        assert not withheld.blocks(word), word



def test_a_word_of_thousands_of_joined_parts_is_read_in_linear_time():
    """Each part of a word between apostrophes or hyphens was a use whose neighbours were all the
    others: 20,000 parts took 10 s (an apostrophe's as well, since round 18)."""
    rows = _caught("Wenna", "Tregarth")
    for joiner in ("-", "'", "’"):
        rows.append(_same(f"Wenna{joiner}" * 20_000 + "x"))
    rows.append(_same(" ".join(["Wenna-Tregarth-" * 300] * 60)))
    start = time.process_time()
    _withheld(rows)
    assert time.process_time() - start < 3


def _ticket_rows() -> list[tuple[str, str, str]]:
    """Ordinary tickets (subject, description, close notes), many of each problem."""
    return [(p.capitalize() if k % 2 else p, f"User reports {p}. Please help.", "Fixed, user confirmed.")
            for k in range(120) for p in [PROBLEMS[k % 6]]]


def _product_export(case: str) -> tuple[list[tuple[str, str, str]], str]:
    """An export that writes a product alone in many subjects, and where redaction misread
    "<Product> <Word>" (a product and its edition, a templated escalation note, a place) as a
    person's name in two or three close notes."""
    rows = _ticket_rows()
    if case == "edition":
        subjects = ["Quennet enrolment fails on new laptop", "Quennet profile not installing",
                    "Cannot enrol in Quennet", "Quennet: device stuck pending"]
        notes = ["escalated to Quennet Pro", "escalated to Quennet Pro today", "escalated to Quennet Pro yesterday"]
        product = "quennet"
    elif case == "template":
        subjects = ["Dravlo jams on tray 2", "Dravlo prints blank pages", "Dravlo offline on floor 3",
                    "Scan to email fails on the Dravlo"]
        notes = ["forwarded to Dravlo Print"] * 2  # one templated note in two tickets
        product = "dravlo"
    else:
        subjects = ["Penvose Bay office printer offline", "VPN fails in Penvose Bay office", "Bay printer queue stuck"]
        notes = ["escalated to Penvose Bay", "escalated to Penvose Bay support"]
        product = "penvose"
    rows += [(subjects[k % len(subjects)], "See the subject.", "Fixed on site.") for k in range(24)]
    rows += [(f"Escalation {k}", f"Case {k}, see the notes.", note) for k, note in enumerate(notes)]
    return rows, product


def _redacted_product_export(case: str):
    rows, product = _product_export(case)
    start = dt.datetime(2025, 3, 3, 9, tzinfo=dt.timezone.utc)
    tickets = [Ticket(f"INC{10000 + k}", s, description=d, close_notes=c, opened=start + dt.timedelta(hours=3 * k))
               for k, (s, d, c) in enumerate(rows)]
    redacted, withheld = redact_export(tickets)
    assert sum("[name]" in t.close_notes for t in redacted) >= 2, "a probe that can fail: redaction misreads the note"
    return redacted, withheld, product


@pytest.mark.parametrize("case", ["edition", "template", "place"])
def test_a_product_misread_beside_another_word_in_a_few_notes_is_still_written(case):
    """A capitalised word written alone is not read as a name because redaction once read it in a
    name of two words: the product written alone in two dozen subjects stays in the output."""
    _, withheld, product = _redacted_product_export(case)
    assert product not in withheld.names
    assert not withheld.blocks(product.capitalize())


def test_a_product_misread_in_a_templated_note_reaches_titles_and_missing_terms(make_project):
    """The whole run: the product the KB does not cover is written in the report as without the
    misread note (in a draft's title or a missing term)."""
    redacted, withheld, product = _redacted_product_export("template")
    project = make_project({"content/articles/vpn.md": article("KB0001", "Reconnect the VPN",
                                                               "Open the VPN client and sign in again.")})
    corpus, _ = load_project(project)
    result = analyse(redacted, corpus, SuggestOptions(min_size=4), withheld=withheld)
    text = html.unescape(result.markdown + json.dumps(result.data, ensure_ascii=False))
    assert product in {fold(w) for w in re.findall(r"[^\W\d_]+", text)}


def test_a_name_removed_many_times_in_one_ticket_outweighs_one_plain_use_elsewhere():
    """Removals count per occurrence, the words left in the text per ticket: a name redaction
    removed four times (beside its surname) in one ticket and written once in small letters in
    another ("cc <given>") is still withheld."""
    originals = [Ticket("1", "laptop for Morwenna Tresize", description="Morwenna Tresize called about the laptop.",
                        comments=("Spoke to Morwenna Tresize again", "Morwenna Tresize confirmed fixed")),
                 Ticket("2", "printer jam", description="cc morwenna")]
    redacted = [Ticket("1", "laptop for [name]", description="[name] called about the laptop.",
                       comments=("Spoke to [name] again", "[name] confirmed fixed")),
                Ticket("2", "printer jam", description="cc morwenna")]
    assert {"morwenna", "tresize"} <= Withheld.of(originals, redacted).names


def test_a_word_of_100k_distinct_names_joined_by_hyphens_is_read_in_linear_time():
    """Each of a word's joined parts was looked at beside all the others: 10,000 distinct names
    joined by hyphens took 13.5 s and 813 MB; a part is now looked at beside its neighbours."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    names = ["Q" + "".join(p) for p in itertools.islice(itertools.product(letters, repeat=4), 100_000)]
    originals = [Ticket("T0", "printer for " + " ".join(names)), Ticket("T1", "-".join(names))]
    redacted = [Ticket("T0", "printer for [name]"), Ticket("T1", "-".join(names))]
    start = time.process_time()
    withheld = Withheld.of(originals, redacted)
    assert time.process_time() - start < 20
    assert len(withheld.names) == 100_000


def test_a_hyphenated_given_name_is_still_read_beside_the_surname():
    """Bounding the look keeps a name of a few parts whole: "Anne-Marie Doe" as before."""
    rows = _background() + _caught("Tamsin-Jory", "Keverne")
    rows += [_same(f"{p} - Tamsin-Jory Keverne".replace("Keverne", "keverne")) for p in PROBLEMS[:2]]
    assert {"tamsin", "jory", "keverne"} <= _withheld(rows).names
