"""The export-wide guard of ``kbgen suggest``: a word redaction replaced anywhere is never written.

Redaction catches a name where a cue points at it ("for <Name>") and misses the same name written
alone elsewhere ("<Name> - mail", reversed in capitals, without its accents, possessive). These
tests check that such a name, once redaction replaced it somewhere in the export, reaches no
title, term, missing term or draft, while words that are also names but that the export uses as
ordinary words or products stay. All names, systems and phrasings are invented for these tests.
"""
from __future__ import annotations

import csv
import datetime as dt
import html
import json
import re

import pytest

from conftest import article
from kbgen.build import load_project
from kbgen.suggest.model import Ticket
from kbgen.suggest.pipeline import SuggestOptions, analyse, redact_export, run_suggest
from kbgen.suggest.shared import SharedWords
from kbgen.suggest.withheld import GuardedWords, Withheld, fold, removed_values


def _pairs(rows: list[tuple[str, str, int]]) -> tuple[list[Ticket], list[Ticket], list[int]]:
    """``(original subject, redacted subject, copies)`` as the three lists :meth:`Withheld.of` reads."""
    return ([Ticket(f"A{k}", o) for k, (o, _, _) in enumerate(rows)],
            [Ticket(f"A{k}", r) for k, (_, r, _) in enumerate(rows)], [n for _, _, n in rows])


# --- reading what redaction replaced -------------------------------------------------------------

def test_removed_values_are_read_back_in_order_with_their_kind():
    assert removed_values("printer for Wenna Tregarth in room 4", "printer for [name] in room 4") == \
        [("name", "Wenna Tregarth")]
    assert removed_values("Ask Oriel Banfi (obanfi@corp.test) about prtsrv-07",
                          "Ask [name] ([email]) about [host]") == \
        [("name", "Oriel Banfi"), ("email", "obanfi@corp.test"), ("host", "prtsrv-07")]
    assert removed_values("Dagny Orrell", "[name]") == [("name", "Dagny Orrell")]
    assert removed_values("no change here", "no change here") == []


def test_a_writers_bracketed_word_is_not_a_placeholder_and_a_rewritten_field_gives_up():
    assert removed_values("[vpn] for Wenna Tregarth", "[vpn] for [name]") == [("name", "Wenna Tregarth")]
    assert removed_values("something else entirely", "other text [name]") == []


def test_a_placeholder_already_in_the_original_is_no_removed_value():
    """An export redacted before (a ``--redacted-out`` file fed back, another tool's markers)."""
    assert removed_values("password expired for [name]", "password expired for [name]") == []
    assert removed_values("mail [email] bounced for Wenna", "mail [email] bounced for [name]") == [("name", "Wenna")]
    assert removed_values("Hi, this is <NAME> Tregarth", "Hi, this is [name]")[0][1].split() == ["Tregarth"]
    assert removed_values("for [REDACTED] now", "for [name] now") == []


def test_an_export_redacted_before_does_not_make_the_placeholder_word_a_name():
    rows = [("password expired for [name]", "password expired for [name]", 12),
            ("Hi, this is [name], vpn down", "Hi, this is [name], vpn down", 12),
            ("[name] - outlook not syncing", "[name] - outlook not syncing", 12),
            ("mail to [email] bounced", "mail to [email] bounced", 6),
            ("Hi, this is <NAME> Tregarth, vpn down", "Hi, this is [name], vpn down", 2),
            ("display name wrong in the address book", "display name wrong in the address book", 4),
            ("username not accepted", "username not accepted", 4)]
    withheld = _withheld(rows)
    assert not {"name", "email"} & withheld.names
    assert "tregarth" in withheld.names
    for word in ("name", "Display", "username", "filename", "email"):
        assert not withheld.blocks(word, {"display", "user", "file", "mail"}.__contains__), word


def test_removed_values_is_linear_on_a_long_hostile_field():
    original = "for Wenna x " * 10_000
    redacted = "for [name] x " * 10_000
    assert len(removed_values(original, redacted)) == 10_000


def test_a_hostile_export_is_read_in_bounded_time():
    import time

    long_word = "Wenna" * 20_000
    label = "Wenna " * 20_000  # a hostile category, read as a label
    originals = [Ticket("1", "for Wenna Tregarth " * 5_000 + long_word), Ticket("2", "x" * 100_000, category=label)]
    redacted = [Ticket("1", "for [name] " * 5_000 + long_word), Ticket("2", "x" * 100_000, category=label)]
    start = time.process_time()
    callers = {"Wenna " * 20_000 + "x": 1, "a'" * 50_000: 1, "Tregarth" * 12_000 + " 7": 1}
    withheld = Withheld.of(originals, redacted, callers=callers)
    withheld.blocks(long_word.lower() + "namex", lambda word: True)  # a word past GLUE_MAX: not cut letter by letter
    # each ticket votes once: "wenna" is a name in one ticket and a (hostile) label in the other
    assert "tregarth" in withheld.names
    assert time.process_time() - start < 5


# --- deciding by the export's own use ------------------------------------------------------------

def _withheld(rows, known=()) -> Withheld:
    originals, redacted, counts = _pairs(rows)
    return Withheld.of(originals, redacted, counts, known=set(known).__contains__)


NAMES_MISSED_ALONE = [
    ("laptop for Wenna Tregarth", "laptop for [name]", 3),
    ("outlook for Dagny Orrell", "outlook for [name]", 2),
    ("Wenna Tregarth - outlook", "Wenna Tregarth - outlook", 4),   # missed: beside another name part
    ("Wenna - vpn down", "Wenna - vpn down", 6),                   # missed: alone, in a name slot
    ("Dagny Orrell - vpn down", "[name] - vpn down", 3),
    ("laptop for TREGARTH WENNA", "laptop for TREGARTH WENNA", 2),  # reversed, capitals
    ("vpn down", "vpn down", 40),
    ("outlook keeps asking for password", "outlook keeps asking for password", 30),
]


def test_a_name_redaction_caught_somewhere_is_withheld_where_it_was_missed():
    withheld = _withheld(NAMES_MISSED_ALONE)
    assert {"wenna", "tregarth", "dagny", "orrell"} <= withheld.names
    assert not {"outlook", "vpn", "down", "laptop"} & withheld.names


@pytest.mark.parametrize("written", ["Wenna", "WENNA", "wenna", "Wenna's", "Tregarth’s", "wennas",
                                     "NameWenna", "namewenna", "wenna-tregarth", "TregarthWenna"])
def test_a_withheld_name_is_refused_in_any_case_possessive_stemmed_or_glued(written):
    withheld = _withheld(NAMES_MISSED_ALONE)
    assert withheld.blocks(written, {"name", "outlook"}.__contains__), written


def test_a_name_without_its_accents_is_the_same_name():
    withheld = _withheld([("printer for Siobhán Kerrow", "printer for [name]", 2),
                          ("Siobhán Kerrow - printer", "[name] - printer", 3),
                          ("Siobhan - printer", "Siobhan - printer", 5), ("printer jam", "printer jam", 20)])
    assert fold("Siobhán") == fold("SIOBHAN") == "siobhan"
    for written in ("siobhan", "Siobhán", "SIOBHÁN", "kerrow"):
        assert withheld.blocks(written), written
    assert not withheld.blocks("printer")


def test_everyday_words_and_products_marked_once_are_still_written():
    """A surname that is an everyday word, a given name that is a verb, a product redaction wrongly
    took for a name: their ordinary uses outnumber the name uses, so they stay."""
    rows = [
        ("printer for Idris Long", "printer for [name]", 2),
        ("report takes long to load", "report takes long to load", 25),
        ("Will Penhale cannot print", "[name] cannot print", 1),
        ("the vpn will not connect", "the vpn will not connect", 30),
        ("Outlook Tamsin crashes", "[name] crashes", 1),               # a product taken for a name once
        ("Outlook crashes on start", "Outlook crashes on start", 30),
        ("cannot open Outlook", "cannot open Outlook", 10),
        ("Won Haddow printer", "[name] printer", 1),                 # a name that is a contraction's half
        ("printer won't print", "printer won't print", 20),
        ("Ask at Quenby Libraries", "Ask at [name]", 3),               # an institution taken for a name
        ("library app down", "library app down", 20),
    ]
    withheld = _withheld(rows, known={"outlook"})
    assert not {"long", "will", "outlook", "won"} & withheld.names
    assert {"idris", "penhale", "libraries"} <= withheld.names
    for word in ("long", "Will", "Outlook", "loading", "announcement", "printer", "won't", "library"):
        assert not withheld.blocks(word, {"report", "printer", "library"}.__contains__), word


def test_a_name_that_is_also_a_product_is_withheld_when_the_export_uses_it_as_a_name():
    """A given name that is also a product's name, used in this export only as a name."""
    rows = [("printer for Zephyr Quenby", "printer for [name]", 3),
            ("Zephyr - printer jam", "Zephyr - printer jam", 6),
            ("[name] - printer jam", "[name] - printer jam", 4),
            ("printer jam", "printer jam", 20)]
    assert "zephyr" in _withheld(rows).names


def test_the_share_of_name_uses_is_two_thirds_on_both_sides_of_the_threshold():
    """A word with ordinary uses just above a third of its uses is written; just below, withheld."""
    rows = [("laptop for Ansel Drury", "laptop for [name]", 6),       # "drury": 6 removals ...
            ("the drury app hangs", "the drury app hangs", 4),         # ... and 4 ordinary uses: 0.6
            ("laptop for Pell Vantor", "laptop for [name]", 7),        # "vantor": 7 removals ...
            ("the vantor app hangs", "the vantor app hangs", 3),       # ... and 3 ordinary uses: 0.7
            ("vpn down", "vpn down", 30)]
    withheld = _withheld(rows)
    assert "drury" not in withheld.names
    assert "vantor" in withheld.names
    assert {"ansel", "pell"} <= withheld.names


def test_a_name_written_alone_at_a_subjects_start_is_withheld():
    """A given name written alone to open a subject, capitalised, in capitals or before a
    separator, counts half for a name like any capitalised word the KB does not write."""
    rows = [("laptop for Kerensa Trevail", "laptop for [name]", 7),
            ("Kerensa: printer jam", "Kerensa: printer jam", 5),
            ("KERENSA printer jam", "KERENSA printer jam", 3),
            ("Kerensa outlook not syncing", "Kerensa outlook not syncing", 4),
            ("printer jam", "printer jam", 30)]
    assert "kerensa" in _withheld(rows).names


def test_a_product_opening_many_subjects_is_written_though_redaction_took_it_for_a_name_twice():
    rows = [("Brindle Quillon will not scan", "[name] will not scan", 2),
            ("Brindle sends blank pages", "Brindle sends blank pages", 24),
            ("Brindle: scanner offline", "Brindle: scanner offline", 10),
            ("BRINDLE SCANNER OFFLINE", "BRINDLE SCANNER OFFLINE", 6)]
    withheld = _withheld(rows)
    assert "brindle" not in withheld.names
    assert not withheld.blocks("Brindle")


def test_a_category_is_a_label_not_a_name_slot():
    """A product that is a ticket's category stands alone on its line, as a signature's name does;
    its team mailbox makes it a candidate. The category's use is ordinary, not a name's."""
    people = ["Wenna Tregarth", "Dagny Orrell", "Oriel Banfi", "Cadan Rowe"]
    subjects = ["Quillet crashes on save", "Quillet template missing", "macro blocked in Quillet"]
    tickets = [Ticket(f"B{k}", subjects[k % 3], category="Quillet",
                      description=f"Hello,\n{subjects[k % 3]} today. I already wrote to quillet-templates@corp.test.\nThanks,\n{people[k % 4]}")
               for k in range(48)]
    redacted, withheld = redact_export(tickets)
    assert all("[name]" in t.description and "[email]" in t.description for t in redacted), "a probe that can fail"
    assert "quillet" not in withheld.names


def test_identifiers_redaction_replaced_are_never_written_but_their_words_are():
    rows = [("printing via prtsrv-07 fails", "printing via [host] fails", 1),
            ("mail obanfi@corp.test bounced", "mail [email] bounced", 1),
            ("badge EMP88231 rejected", "badge [employee-id] rejected", 1),
            ("scanner STOPPED again", "scanner [code] again", 1),          # a word taken for a code once
            ("scanner stopped", "scanner stopped", 12)]
    withheld = _withheld(rows)
    assert not withheld.blocks("stopped") and not withheld.blocks("STOPPED")
    for written in ("prtsrv-07", "PRTSRV-07", "emp88231", "obanfi@corp.test"):
        assert withheld.blocks(written), written
    for kept in ("printing", "prtsrv", "mail", "badge", "rejected"):
        assert not withheld.blocks(kept), kept


def test_a_caller_column_holding_a_name_makes_its_words_name_parts_but_not_a_service_account():
    originals = [Ticket("1", "Wenna - outlook"), Ticket("2", "backup job failed")]
    withheld = Withheld.of(originals, originals, [2, 20], callers={"Wenna Tregarth": 5, "svc_backup01": 20})
    assert {"wenna", "tregarth"} <= withheld.names
    assert "backup" not in withheld.names


def test_the_guard_composes_with_the_shared_words_rule():
    shared = SharedWords({"wenna": 9.0, "outlook": 9.0, "name": 9.0, "fixed": 9.0}, frozenset({"printer"}))
    guarded = GuardedWords.guarding(shared, _withheld(NAMES_MISSED_ALONE))
    assert guarded.allows("outlook") and guarded.allows("printer") and guarded.allows("[name]")
    assert not guarded.allows("Wenna") and not guarded.allows("namewenna")
    assert guarded.mask("Wenna fixed outlook") == "… fixed outlook"


# --- the whole run ---------------------------------------------------------------------------------

FIRST = ["Wenna", "Dagny", "Oriel", "Siobhán", "Tamsin", "Kerensa", "Jory", "Morwenna", "Idris", "Cadan"]
LAST = ["Tregarth", "Orrell", "Banfi", "Kerrow", "Penhale", "Trevail", "Hocking", "Jago", "Long", "Rowe"]
PROBLEMS = ["outlook not syncing", "vpn drops every hour", "printer jams on tray 2", "scanner sends blank pages",
            "laptop battery swelling", "takes long to load the rota"]


def _subjects() -> list[str]:
    """A subjects-only export: each problem filed by many people, each person's name written by
    cue ("for <Name>", caught) in some tickets and alone or reversed (missed) in others."""
    rows = []
    for k in range(240):
        first, last = FIRST[k % 10], LAST[(k // 10) % 10]
        problem = PROBLEMS[k % 6]
        shape = (k + k // 10) % 5  # every person in every shape
        if shape == 0:
            rows.append(f"{problem} for {first} {last}")
        elif shape == 1:
            rows.append(f"{first} - {problem}")
        elif shape == 2:
            rows.append(f"{last.upper()} {first.upper()} {problem}")
        elif shape == 3:
            rows.append(f"{first} {last} - {problem}")
        else:
            rows.append(problem)
    return rows


@pytest.fixture
def kb_project(make_project):
    return make_project({"content/articles/printer.md": article("KB0001", "Clear a printer paper jam",
                                                                "Open the tray and remove the paper.")})


def _written(result) -> str:
    text = "\n".join([result.markdown, json.dumps(result.data, ensure_ascii=False), *(d.text for d in result.drafts)])
    return html.unescape(text.replace("\\", ""))


def _output_words(result) -> set[str]:
    return {fold(w) for w in re.findall(r"[^\W\d_]+", _written(result))}


def test_names_missed_in_a_subjects_only_export_reach_no_output(kb_project):
    start = dt.datetime(2025, 3, 3, 9, tzinfo=dt.timezone.utc)
    tickets = [Ticket(f"INC{1000 + k}", s, opened=start + dt.timedelta(hours=3 * k)) for k, s in enumerate(_subjects())]
    redacted, withheld = redact_export(tickets)
    corpus, _ = load_project(kb_project)
    guarded = analyse(redacted, corpus, SuggestOptions(min_size=4), withheld=withheld)
    unguarded = analyse(redacted, corpus, SuggestOptions(min_size=4))
    names = {fold(p) for n in FIRST + LAST for p in [n] if n != "Long"}
    assert names & _output_words(unguarded), "the probe must be able to fail: some name reaches the unguarded output"
    assert not names & _output_words(guarded)
    # the topics are still named, and every title is readable
    words = _output_words(guarded)
    for kept in ("outlook", "vpn", "printer", "scanner", "battery", "long"):
        assert kept in words, kept
    assert all(r.cluster.title.strip() for r in guarded.rows)


def test_run_suggest_withholds_names_in_everything_it_writes(kb_project, tmp_path):
    export = tmp_path / "subjects.csv"
    with open(export, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["number", "opened_at", "short_description"])
        for k, subject in enumerate(_subjects()):
            writer.writerow([f"INC{1000 + k}", f"2025-03-{1 + k % 28:02d} 09:00:00", subject])
    json_path = tmp_path / "report.json"
    result = run_suggest([export], kb_project, SuggestOptions(min_size=4, json_path=json_path,
                                                              out=tmp_path / "drafts"))
    text = json_path.read_text(encoding="utf-8") + result.markdown
    text += "".join(p.read_text(encoding="utf-8") for p in (tmp_path / "drafts").glob("*.md"))
    written = {fold(w) for w in re.findall(r"[^\W\d_]+", html.unescape(text))}
    assert not {fold(n) for n in FIRST + LAST if n != "Long"} & written


def test_a_cluster_whose_shared_words_are_all_withheld_is_titled_by_its_best_term():
    from kbgen.suggest.cluster import _fallback_title
    from kbgen.suggest.titles import Vocabulary, cluster_title

    subjects = ["Wenna Tregarth"] * 6
    refused = cluster_title(subjects, Vocabulary.of(subjects), _fallback_title(("rota", "loading")),
                            allowed=lambda word: word.lower() not in {"wenna", "tregarth"})
    assert refused == "Rota"
    assert _fallback_title(()) == "Recurring problem"


def test_a_name_with_an_apostrophe_is_read_with_the_case_of_the_whole_word():
    """The part after the apostrophe of "Tua'ilemafua" is written in small letters but is not a
    word in small letters; a contraction ("won't") is."""
    rows = [("laptop for Sefo Tua'ilemafua", "laptop for [name]", 3),
            ("TUA'ILEMAFUA SEFO - vpn down", "[name] - vpn down", 2),
            ("Tua'ilemafua - vpn down", "Tua'ilemafua - vpn down", 4),
            ("vpn won't connect", "vpn won't connect", 20)]
    withheld = _withheld(rows)
    assert "ilemafua" in withheld.names
    for written in ("Tua'ilemafua", "ilemafua", "TUA'ILEMAFUA"):
        assert withheld.blocks(written), written
    assert not withheld.blocks("won't")
