"""The export-wide guard (round 19): a name redaction caught a few times and that is written alone far
more often, counted ticket by ticket, read once per distinct field.

All names, products and phrasings are invented for these tests.
"""
from __future__ import annotations

import datetime as dt
import html
import json
import re
import time

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


def test_a_name_caught_a_few_times_and_written_alone_far_more_often_is_withheld():
    """Caught three times, written alone (capitalised, in capitals) twelve times: more than twice as
    often as caught, so the half-and-half reading of a capitalised word alone let it through."""
    rows = _background() + _caught("Ysolde", "Marrack")
    rows += [_same(f"Ysolde {p}") for p in PROBLEMS[:8]]
    rows += [_same(f"YSOLDE {p.upper()}") for p in PROBLEMS[8:]]
    rows += [_same(f"{p} (Marrack)") for p in PROBLEMS[:7]]
    withheld = _withheld(rows)
    assert {"ysolde", "marrack"} <= withheld.names
    for written in ("Ysolde", "YSOLDE", "ysolde's", "Marrack"):
        assert withheld.blocks(written), written
    assert not {"outlook", "printer", "vpn", "scanner", "teams", "wifi", "hi"} & withheld.names


def test_a_name_without_its_accents_written_alone_is_withheld():
    rows = _background() + _caught("Siân", "Pengelly")
    rows += [_same(f"Sian - {p}") for p in PROBLEMS[1:9]] + [_same(f"SIAN {p.upper()}") for p in PROBLEMS[9:]]
    rows += [_same(f"{p} PENGELLY SIAN") for p in PROBLEMS[:2]]  # reversed, in capitals
    withheld = _withheld(rows)
    assert {"sian", "pengelly"} <= withheld.names
    for written in ("Siân", "SIAN", "sian", "Pengelly"):
        assert withheld.blocks(written), written


def test_names_that_are_ordinary_words_are_still_written():
    """A given name that is an everyday word, caught three times as a name: the export writes it in
    small letters inside sentences, so it is not read as a proper noun."""
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


def test_a_product_the_knowledge_base_writes_is_not_a_proper_noun_name():
    """Redaction read "<Product> <Surname>" as a name in three texts; the KB writes the product."""
    rows = _background() + [(f"Quillet Penrice {p}", f"[name] {p}", 1) for p in ("crashes", "hangs", "freezes")]
    rows += [_same(f"Quillet {p}", 3) for p in ("macro blocked", "template missing", "crashes on save")]
    assert "quillet" not in _withheld(rows, known={"quillet"}).names
    assert "quillet" in _withheld(rows).names, "a probe that can fail: unknown to the KB, it is read as a name"


def test_a_ticket_repeating_a_word_votes_once():
    """A (hostile) ticket writing a name in small letters a thousand times weighs as one ticket."""
    rows = _background() + _caught("Morvoren", "Keast") + [_same(f"Keast: {p}") for p in PROBLEMS[:2]]
    rows.append(_same("morvoren " * 1000 + "printer"))
    assert "morvoren" in _withheld(rows).names


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
    capitals) is written whole, with the rest of the name it was read in, wherever it stands: not
    a part of a person's name written alone."""
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
    withheld = _withheld(rows)
    assert time.process_time() - start < 3
    assert {"wenna", "tregarth"} <= withheld.names


def test_given_names_caught_a_few_times_and_written_alone_reach_no_output(make_project):
    """The whole run on a subjects-only export: each person's name caught by a cue in three
    tickets and written alone ("<Name>: <problem>") in sixteen more, with real redaction."""
    people = [("Ysolde", "Marrack"), ("Kenwyn", "Trethowan"), ("Demelza", "Pascoe")]
    subjects = [f"{PROBLEMS[k]} for {first} {last}" for first, last in people for k in range(3)]
    subjects += [f"{first}: {PROBLEMS[k % 6]}" for first, _ in people for k in range(16)]
    subjects += [p for p in PROBLEMS[:6] for _ in range(20)]
    start = dt.datetime(2025, 3, 3, 9, tzinfo=dt.timezone.utc)
    tickets = [Ticket(f"INC{1000 + k}", s, opened=start + dt.timedelta(hours=3 * k)) for k, s in enumerate(subjects)]
    redacted, withheld = redact_export(tickets)
    assert sum("[name]" in t.subject for t in redacted) == 9, "the cue is caught, the names alone are not"
    project = make_project({"content/articles/printer.md": article("KB0001", "Clear a printer paper jam",
                                                                   "Open the tray and remove the paper.")})
    corpus, _ = load_project(project)
    names = {fold(part) for person in people for part in person}
    for guard, leaks in ((None, True), (withheld, False)):
        result = analyse(redacted, corpus, SuggestOptions(min_size=4), withheld=guard)
        text = html.unescape(result.markdown + json.dumps(result.data, ensure_ascii=False))
        written = {fold(w) for w in re.findall(r"[^\W\d_]+", text)}
        assert bool(names & written) is leaks, (guard, names & written)
