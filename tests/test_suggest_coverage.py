"""Coverage that holds when the KB uses a cluster's words in another sense, search that answers
every query with something, misspellings, and fragments of one topic merged into one proposal.
Every article, subject and word here is invented for these tests."""
from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest

from conftest import article
from kbgen.model import Article, SourceRef
from kbgen.suggest.coverage import COVERED_ANSWERED, Coverage, assess_coverage, query_limits, verdict_for
from kbgen.suggest.kb_vocabulary import KbVocabulary, is_abbreviation
from kbgen.suggest.fragments import merge_fragments
from kbgen.suggest.model import Ticket, TicketCluster
from kbgen.suggest.shared import stem

UTC = dt.timezone.utc
ARTICLES = [
    Article("KB0001", "Your laptop was quarantined from the network", "Why a device is blocked and how to reconnect.",
            tags=("blocked", "quarantine"), body="A blocked device shows a quarantine page for every website.",
            source=SourceRef("a.md")),
    Article("KB0002", "Reset your password", "Choose a new password when you forgot it.", tags=("password", "reset"),
            body="Open the reset page and choose a new password.", source=SourceRef("b.md")),
    Article("KB0003", "Clear a paper jam", "Open the tray and remove the paper.", tags=("paper", "jam", "printer"),
            body="Remove the jammed paper from the tray.", source=SourceRef("c.md")),
]


def _tickets(subjects: dict[str, int]) -> list[Ticket]:
    start = dt.datetime(2026, 1, 5, 9, tzinfo=UTC)
    out = []
    for subject, count in subjects.items():
        out += [Ticket(f"T{len(out) + k}", subject, opened=start + dt.timedelta(hours=len(out) + k))
                for k in range(count)]
    return out


def _cluster(cid: str, tickets: list[Ticket]) -> TicketCluster:
    return TicketCluster(cid, cid, tuple(t.ticket_id for t in tickets), len(tickets))


KB_FILES = {
    "content/articles/quarantine.md": article(
        "KB0001", "Your laptop was quarantined from the network",
        "A quarantined laptop shows a block page for every website until security reconnects it.",
        summary="Why a device is blocked from the network and how to get reconnected.", tags="[blocked, quarantine]"),
    "content/articles/frozen-app.md": article(
        "KB0002", "An app is frozen or keeps crashing", "Close the frozen program in Task Manager and open it again.",
        summary="What to do when a program freezes or crashes.", tags="[frozen, crash, not responding]"),
    "content/articles/password.md": article(
        "KB0003", "Reset your password", "Open the reset page and choose a new password.",
        summary="Choose a new password when you forgot it.", tags="[password, reset, forgot]"),
    "content/articles/paper-jam.md": article(
        "KB0004", "Clear a paper jam", "Remove the jammed paper from the tray, then close the printer.",
        summary="Open the tray and remove the jammed paper.", tags="[paper, jam, printer]"),
}


def test_search_answering_an_incidental_word_does_not_cover_a_topic_the_kb_lacks(make_project):
    from kbgen.build import load_project
    from kbgen.suggest.coverage import search_answers

    corpus, _ = load_project(make_project(KB_FILES))
    groups = {"till": {"till frozen": 9, "till screen frozen": 7, "till wont boot": 5},
              "filter": {"site blocked by web filter": 7, "unblock website filter": 6, "web filter blocks site": 6},
              "app": {"excel frozen": 8, "word keeps crashing": 6, "program not responding frozen": 6},
              "password": {"i have forgotten the password": 10, "password reset please": 10}}
    tickets, clusters = [], []
    for name, subjects in groups.items():
        members = [Ticket(f"{name}{k}", s) for k, s in enumerate(s for s, n in subjects.items() for _ in range(n))]
        tickets += members
        clusters.append(_cluster(name, members))
    result = assess_coverage(clusters, tickets, corpus.published, search_answers(corpus))
    assert result["till"].verdict == "gap"  # 'till' is a word the KB never uses
    assert result["filter"].verdict == "gap"  # the KB blocks devices, not sites
    assert result["app"].verdict != "gap" and result["app"].article_id == "KB0002"
    assert result["password"].verdict != "gap" and result["password"].article_id == "KB0003"


def test_a_word_the_export_writes_far_less_often_than_a_kb_word_one_slip_away_is_that_word():
    tickets = _tickets({"password resset": 6, "password reset": 30, "reset password please": 20})
    kb = KbVocabulary.of(ARTICLES, Counter({"resset": 6, "reset": 50, "password": 56, "pager": 40, "paper": 12}))
    assert kb.knows("resset")
    assert not kb.knows("pager")  # written more often than 'paper': another word, not a slip
    cluster = _cluster("c1", tickets[:6])
    assert assess_coverage([cluster], tickets, ARTICLES)["c1"].verdict != "gap"


def test_search_alone_must_answer_nearly_all_subjects_when_words_and_text_are_far():
    assert verdict_for(0.2, 0.03, answered=COVERED_ANSWERED + 0.1) == "gap"
    assert verdict_for(0.2, 0.03, answered=0.9) == "partial"
    assert verdict_for(0.2, 0.15, answered=COVERED_ANSWERED + 0.1) == "covered"


def test_the_search_budget_goes_to_the_largest_clusters_first():
    clusters = [TicketCluster(f"c{i}", "x", (), size) for i, size in enumerate([900, 300, 40] + [5] * 2000)]
    limits = query_limits(clusters)
    assert limits["c0"] == 25 and limits["c1"] == 25 and limits["c2"] >= 3
    assert sum(limits.values()) <= 1500 and limits["c2002"] == 0


def _coverage(cid: str, verdict: str, article: str = "") -> Coverage:
    return Coverage(cid, verdict, article_id=article)


def test_fragments_of_a_gap_join_it_and_a_gap_never_joins_a_covered_cluster():
    bare = _tickets({"fax": 20})
    fax = _tickets({"fax not sending": 10, "fax not receiving": 4})
    machine = _tickets({"fax machine jammed": 8})
    printer = _tickets({"printer offline": 30})
    label = _tickets({"label printer blank labels": 9})
    for group, prefix in ((bare, "B"), (fax, "F"), (machine, "M"), (printer, "P"), (label, "L")):
        for index, ticket in enumerate(group):
            group[index] = Ticket(f"{prefix}{index}", ticket.subject)
    filler = _tickets({f"thing{n} broken": 1 for n in range(1500)})
    clusters = [_cluster("c0", bare), _cluster("c1", fax), _cluster("c2", machine), _cluster("c3", printer),
                _cluster("c4", label)]
    coverage = {"c0": _coverage("c0", "gap"), "c1": _coverage("c1", "gap"), "c2": _coverage("c2", "gap"),
                "c3": _coverage("c3", "covered", "KB0003"), "c4": _coverage("c4", "gap")}
    joined = merge_fragments(clusters, coverage, bare + fax + machine + printer + label + filler)
    assert joined == {"c0": "c1", "c2": "c1"}


def test_a_bare_word_joins_a_topic_but_no_topic_and_no_form_joins_it():
    """A cluster of one-word subjects ("login") gathers no other problem of that word, and a form
    filled in per person ("Equipment order for [name] - phone") stays a request of its own."""
    bare = [Ticket(f"B{k}", "login") for k in range(30)]
    vpn = [Ticket(f"V{k}", "vpn login failed") for k in range(8)]
    form = [Ticket(f"F{k}", "Equipment order for [name] - phone") for k in range(25)]
    desk = [Ticket(f"D{k}", "desk phone dead") for k in range(12)]
    filler = _tickets({f"thing{n} broken": 1 for n in range(1500)})
    clusters = [_cluster("c1", bare), _cluster("c2", vpn), _cluster("c3", form), _cluster("c4", desk)]
    coverage = {c.id: _coverage(c.id, "covered", "KB0009") for c in clusters}
    assert merge_fragments(clusters, coverage, bare + vpn + form + desk + filler) == {}


def test_a_generic_problem_of_a_system_the_kb_never_names_is_an_update_not_a_gap():
    """"<System> password not accepted" for in-house systems: the names are written as proper names
    and are rare in the export; the other words are what the password article says."""
    subjects = {"Ledgerly password not accepted": 6, "reset password Ledgerly": 5, "LEDGERLY PASSWORD RESET": 3,
                "printer offline": 30, "paper jam in tray 2": 25, "laptop won't boot": 30, "wifi drops": 30}
    tickets = _tickets(subjects)
    members = [t for t in tickets if "edgerly" in t.subject.lower()]
    verdict = assess_coverage([_cluster("c1", members)], tickets, ARTICLES)["c1"]
    assert verdict.verdict == "partial" and verdict.article_id == "KB0002"
    assert "ledgerly" in verdict.missing


def test_a_lower_case_word_the_kb_lacks_keeps_a_cluster_a_gap_even_beside_a_generic_word():
    """A device people write in lower case ("kiln") is a topic of its own, not a system's name."""
    subjects = {"kiln password not accepted": 6, "reset kiln password": 5, "kiln password reset": 3,
                "printer offline": 30, "paper jam in tray 2": 25, "laptop won't boot": 30, "wifi drops": 30}
    tickets = _tickets(subjects)
    members = [t for t in tickets if "kiln" in t.subject]
    from kbgen.suggest.aside_names import proper_name

    texts = [t.subject for t in members]
    assert not proper_name("kiln", texts, Counter({"kiln": 14}), len(tickets))
    assert proper_name("ledgerly", ["reset password Ledgerly", "Ledgerly locked", "LEDGERLY pw"],
                        Counter({"ledgerly": 3}), 200)


def test_shortenings_that_keep_first_and_last_letter_read_as_the_word():
    assert is_abbreviation("paswd", "password") and is_abbreviation("accnt", "account")
    assert not is_abbreviation("pager", "passenger") and not is_abbreviation("label", "laptop")


KIND_ARTICLES = ARTICLES + [
    Article("KB0010", "Change your password", "Pick a new password before the old one expires.",
            tags=("password",), body="If the page won't accept it, pick another.", source=SourceRef("d.md")),
    Article("KB0011", "Password rules", "What a strong password looks like.", tags=("password", "rules"),
            body="A password has twelve characters.", source=SourceRef("e.md")),
    Article("KB0012", "Card reader at the door", "Hold your card to the reader.", tags=("card", "door"),
            body="Hold the card still in front of the reader.", source=SourceRef("f.md")),
]


def test_systems_taking_turns_in_a_phrase_of_a_kind_the_kb_titles_many_articles_with_are_an_update():
    """"<system> keeps refusing my password" for several in-house systems: "password" is in three
    article titles, so the KB answers that kind of problem for every system, though the side word
    ("refusing") is the cluster's most telling one. A word in one title ("card") is no such kind."""
    systems = ["Ledgerly", "Quorrant", "Tallyvox", "Brindle"]
    subjects = {f"{p}{s} keeps refusing my password": 2 for s in systems for p in ("", "RE: ")}
    subjects.update({f"{p}{s} keeps refusing my card": 2 for s in ["Kestro", "Mavlin", "Pomzi", "Trundo"]
                     for p in ("", "RE: ")})
    subjects.update({"printer offline": 30, "laptop won't boot": 30, "wifi drops": 30, "paper jam": 20})
    tickets = _tickets(subjects)
    password = [t for t in tickets if t.subject.endswith("password")]
    card = [t for t in tickets if t.subject.endswith("card")]
    found = assess_coverage([_cluster("c1", password), _cluster("c2", card)], tickets, KIND_ARTICLES)
    assert found["c1"].verdict == "partial" and found["c1"].article_id in {"KB0002", "KB0010", "KB0011"}
    assert found["c2"].verdict == "gap"


def test_words_the_site_search_treats_as_the_same_are_the_kbs_words():
    """"account blocked" is "account locked" when the site's search says so (its synonym groups),
    for words the KB itself never uses."""
    kb = KbVocabulary.of(ARTICLES + [Article("KB0020", "Unlock your account", "When your account is locked.",
                                             body="An account locked after wrong passwords unlocks itself.",
                                             source=SourceRef("g.md"))],
                         synonyms=[["account locked", "account blocked", "blocked account"]])
    assert "account lock" in kb.spellings("account block")
    assert kb.spellings("account lock") >= {"account lock"}


def test_a_cluster_in_words_all_known_to_the_kb_with_a_kind_of_problem_word_is_an_update():
    """"fresh password wanted": every word is one the articles use, but spread over articles on
    other things; "password" titles three articles, so the KB answers this kind of problem."""
    articles = KIND_ARTICLES + [Article("KB0013", "Order accessories", "Keyboards and mice.", tags=("order",),
                                        body="If you wanted a fresh keyboard, order it here.", source=SourceRef("h.md"))]
    subjects = {"fresh password wanted": 8, "Fresh password wanted": 4,
                "printer offline": 30, "laptop won't boot": 30, "wifi drops": 30, "paper jam": 20}
    tickets = _tickets(subjects)
    members = [t for t in tickets if "password" in t.subject]
    found = assess_coverage([_cluster("c1", members)], tickets, articles)["c1"]
    assert found.verdict == "partial" and found.article_id in {"KB0002", "KB0010", "KB0011"}


def test_a_password_reset_written_in_another_language_is_covered_by_the_password_article():
    """The KB is written in English; people write the most common request in their own language,
    with or without its accents. Its concept words are read as the KB's words, its function words
    say nothing, so the request is answered, not proposed as a new article; a topic in another
    language outside the account vocabulary is not made known by it."""
    subjects = {"Kennwort vergessen": 6, "kennwort vergessen bitte": 4, "nie pamiętam hasła": 5, "nie pamietam hasla": 3,
                "zgłaszam awarię drukarki": 6, "printer offline": 30, "laptop won't boot": 30, "wifi drops": 30}
    tickets = _tickets(subjects)
    german = [t for t in tickets if "ennwort" in t.subject]
    polish = [t for t in tickets if "pami" in t.subject]
    other = [t for t in tickets if "awari" in t.subject]
    found = assess_coverage([_cluster("de", german), _cluster("pl", polish), _cluster("x", other)], tickets, ARTICLES)
    assert (found["de"].verdict, found["de"].article_id) == ("covered", "KB0002")
    assert (found["pl"].verdict, found["pl"].article_id) == ("covered", "KB0002")
    assert found["x"].verdict == "language"


def test_the_words_beside_an_account_word_of_another_language_say_nothing_the_kb_could_answer():
    """"wachtwoord kwijt", "kennwort erneuern": the concept word is read as the KB's "password";
    the verb beside it is that language's word, which an English KB never uses whatever it means,
    so it neither makes the request a new topic nor needs a list of its own. An English request
    with a word the KB lacks stays as it was judged before."""
    subjects = {"wachtwoord kwijt": 7, "Wachtwoord kwijt!": 3, "kennwort erneuern": 6, "Kennwort erneuern": 3,
                "laptop battery does not last": 9, "battery does not last long": 6,
                "printer offline": 30, "laptop won't boot": 30, "wifi drops": 30, "paper jam": 20}
    tickets = _tickets(subjects)
    dutch = [t for t in tickets if "wachtwoord" in t.subject.lower()]
    german = [t for t in tickets if "kennwort" in t.subject.lower()]
    english = [t for t in tickets if "battery" in t.subject]
    found = assess_coverage([_cluster("nl", dutch), _cluster("de", german), _cluster("en", english)], tickets, ARTICLES)
    assert (found["nl"].verdict, found["nl"].article_id) == ("covered", "KB0002")
    assert (found["de"].verdict, found["de"].article_id) == ("covered", "KB0002")
    # "last" is no lockout: a listed form spelt as an English word once its accent is gone ("låst")
    # made every English cluster with "last" speak the field, and its missing words vanished
    assert found["en"].verdict == "gap" and "battery" in found["en"].missing


def test_a_gap_written_in_another_language_is_not_proposed_as_new_and_an_english_gap_is():
    """A device problem written in Polish or Hungarian shares no word with the English article that
    may answer it: the KB cannot read it, so it cannot say it lacks it; it is listed apart
    ("language": an article may answer it), flagged and ranked as a quarter of its size, never
    proposed as a new article. A gap in English words the KB lacks stays a gap with its full rank,
    and so does a one-word system name (no function word, no letter English does not write)."""
    subjects = {"zgłaszam awarię drukarki": 6, "nie działa skaner": 4, "szkenner nem működik": 5,
                "kiosk till receipts faded": 9, "Kronos": 8, "printer offline": 30, "wifi drops": 30}
    tickets = _tickets(subjects)
    foreign = [t for t in tickets if t.subject in ("zgłaszam awarię drukarki", "nie działa skaner",
                                                   "szkenner nem működik")]
    english = [t for t in tickets if "kiosk" in t.subject]
    name = [t for t in tickets if t.subject == "Kronos"]
    found = assess_coverage([_cluster("f", foreign), _cluster("e", english), _cluster("k", name)], tickets, ARTICLES)
    assert [found[c].verdict for c in "fek"] == ["language", "gap", "gap"]
    assert found["f"].other_language and not found["e"].other_language and not found["k"].other_language
    assert found["f"].uncovered <= 0.25 < found["e"].uncovered


def test_the_report_lists_clusters_in_another_language_apart_from_new_articles():
    """A cluster the KB cannot read is neither a new article nor covered: the report gives it a
    section of its own, after the updates, with no draft column."""
    from kbgen.suggest.report import ClusterReport, render_markdown

    rows = [ClusterReport(TicketCluster("c1", "Kiosk till receipts faded", ("T1",) * 9, 9), Coverage("c1", "gap"), "d.md"),
            ClusterReport(TicketCluster("c2", "Nie działa skaner", ("T2",) * 7, 7), Coverage("c2", "language"))]
    text = render_markdown(rows, 16, 0, "kb")
    new, rest = text.split("## Articles to update", 1)
    assert "Kiosk till receipts faded" in new and "Nie" not in new
    language = rest.split("## In another language: an article may answer these (1)", 1)[1].split("## Already covered")[0]
    assert "Nie działa skaner" in language and "| 7 |" in language and "Draft" not in language


def test_a_short_word_the_kb_writes_beside_an_account_word_of_another_language_makes_no_pair_the_kb_reads():
    """A request in another language whose account words the field reads ("passwort", "vergessen")
    beside a short word the KB happens to write as well ("pin"): each word is read alone, but the
    pair they make is none the KB writes, so it neither counts as unknown nor keeps the request
    from the password article."""
    subjects = {"vergessen pin passwort": 9, "vergessen pin passwort!": 3, "printer offline": 30,
                "laptop won't boot": 30, "wifi drops": 30, "paper jam": 20}
    tickets = _tickets(subjects)
    german = [t for t in tickets if "vergessen" in t.subject]
    phone = Article("KB0009", "Desk phone basics", "Using the desk phone.", body="Your PIN unlocks the phone.",
                    source=SourceRef("d.md"))
    found = assess_coverage([_cluster("de", german)], tickets, [*ARTICLES, phone])
    assert (found["de"].verdict, found["de"].article_id) == ("covered", "KB0002")
    assert found["de"].known == 1.0  # every word left is one the KB reads; the pair is not among them


def test_a_word_of_another_language_is_measured_from_the_export_not_listed():
    """No list of any language: a sentence none of whose words the KB writes, spelt with letter
    triples the KB's words lack, shows another language, and so does every word whose tickets mostly
    show it, also where a person mixes it with the KB's words. An English sentence of words the KB
    never uses is spelt as the KB's words are and stays the KB's language; a word used beside the
    KB's words in every ticket is no foreign word. (The words are invented for this test.)"""
    from kbgen.suggest.concepts import ALIEN_LETTERS, alien_letters, letter_triples, subject_words, words_of_other_languages

    kb = {"reset", "please", "printer", "screen", "frozen", "the", "not", "my", "password", "account", "locked",
          "station", "label", "maker", "tape", "stuck", "store", "till", "receipt", "card", "reader", "paper"}
    letters = letter_triples(kb)
    assert alien_letters(subject_words("zorvath kelimu"), letters) >= ALIEN_LETTERS
    assert alien_letters(subject_words("label maker tape stuck"), letters) < ALIEN_LETTERS
    subjects = Counter({"zorvath kelimu": 6, "zorvath reset please": 5, "quibbo dantel": 4, "printer quibbo dantel": 3,
                        "kiosk screen frozen": 5, "label maker tape stuck": 4, "kiosk printer not working": 4})
    foreign = words_of_other_languages(subjects, kb.__contains__, letters)
    assert {"zorvath", "kelimu", "quibbo", "dantel"} <= foreign
    assert not foreign & {"kiosk", "reset", "printer", "label", "maker", "tape", "working"}
    # without the KB's letters (a KB too small to judge spelling) nothing is read from spelling alone
    assert not words_of_other_languages(subjects, kb.__contains__)


def test_a_request_mixing_another_language_with_the_kbs_words_is_judged_by_the_kbs_words():
    """A person writes the KB's word beside words of their own language ("<word> reset"): the
    foreign words say nothing the KB could answer or lack, so the request is the reset article's,
    not a new topic; the same language's sentence with no word of the KB is listed apart, never
    proposed as new. (The words are invented for this test.)"""
    subjects = {"žorvath kelimû": 6, "žorvath reset": 7, "printer offline": 30, "wifi drops": 30, "paper jam": 20}
    tickets = _tickets(subjects)
    mixed = [t for t in tickets if t.subject == "žorvath reset"]
    sentence = [t for t in tickets if t.subject == "žorvath kelimû"]
    found = assess_coverage([_cluster("m", mixed), _cluster("s", sentence)], tickets, ARTICLES)
    assert found["m"].verdict in ("covered", "partial") and found["m"].article_id == "KB0002"
    assert found["s"].verdict == "language"


def test_a_compound_is_one_word_written_closed_open_or_hyphenated():
    """People and writers split compounds differently: "locked out" is the KB's "lockout", "wifi" its
    "Wi-Fi", "log in" its "login"; a pair whose joined form the KB does not write stays a pair."""
    articles = [Article("KB0009", "Unlock your account after a lockout", "Connect to Wi-Fi and login again.",
                        body="Use the setup page.", source=SourceRef("x.md"))]
    kb = KbVocabulary.of(articles)
    assert "lockout" in kb.spellings("lock out") and kb.share(0, {"lock out": 1.0}) == 1.0
    assert "wi-fi" in kb.spellings("wifi") and kb.knows("wi fi")
    assert kb.knows("log in") and kb.knows("set up")
    assert not kb.knows("out pc") and not kb.knows("page set")


def test_two_hyphenated_spellings_of_one_closed_word_resolve_the_same_way_under_every_hash_seed():
    """When a KB writes one closed form hyphenated two ways (invented words "zor-vath", "zorv-ath"),
    the one chosen does not depend on Python's string hash seed: the same KB gives the same output."""
    import os
    import subprocess
    import sys

    script = ("from kbgen.model import Article, SourceRef; from kbgen.suggest.kb_vocabulary import KbVocabulary; "
              "a = [Article('KB1', 'Zor-vath and zorv-ath and tel-kam', 'x', body='y', source=SourceRef('x.md'))]; "
              "print(sorted(KbVocabulary.of(a)._hyphenated.items()))")
    seen = {subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True,
                           env={**os.environ, "PYTHONHASHSEED": str(seed)}).stdout for seed in range(6)}
    assert len(seen) == 1 and "zorvath" in seen.pop()


def test_systems_taking_turns_beside_a_phrase_word_the_kb_lacks_are_still_an_update():
    """"<system> keeps refusing my password": the systems' names take turns (capitalised, each
    in a few subjects), "refusing" is in every subject and no article uses it. The names carry most
    of the weight (the more people have the problem, the less "password" weighs in the export), yet
    the KB answers this kind of problem for every system. The same phrase of devices written in lower
    case is no list of names and stays a gap."""
    systems = ["Ledgerly", "Quorrant", "Tallyvox", "Brindle"]
    subjects = {f"{p}{s} keeps refusing my password": 2 for s in systems for p in ("", "Depot 4 - ")}
    subjects.update({f"depot {d} keeps refusing my badge": 3 for d in ["kiosk", "turnstile", "locker", "gatepost"]})
    subjects.update({f"password reset please {n}": 6 for n in range(8)})
    subjects.update({"printer offline": 30, "laptop won't boot": 30, "wifi drops": 30, "paper jam": 20})
    tickets = _tickets(subjects)
    named = [t for t in tickets if t.subject.endswith("password")]
    devices = [t for t in tickets if "badge" in t.subject]
    found = assess_coverage([_cluster("c1", named), _cluster("c2", devices)], tickets, KIND_ARTICLES)
    assert found["c1"].verdict == "partial" and found["c1"].article_id in {"KB0002", "KB0010", "KB0011"}
    assert set(found["c1"].missing) >= {"ledgerly", "quorrant"}
    assert found["c2"].verdict == "gap"


def test_a_side_word_a_minority_adds_does_not_make_a_request_in_another_language_readable():
    """A request written in another language with a site or a sign-off some members add in the KB's
    words ("- every page"): the KB reads the side words, not the request, so the cluster is still
    one it cannot judge ("language"), never a new article."""
    subjects = {"zgłaszam awarię skanera": 6, "nie działa skaner": 4, "zgłaszam awarię skanera - every page": 2,
                "nie działa skaner - every page": 2, "printer offline": 30, "wifi drops": 30}
    tickets = _tickets(subjects)
    foreign = [t for t in tickets if "skaner" in t.subject]
    found = assess_coverage([_cluster("f", foreign)], tickets, ARTICLES)
    assert found["f"].verdict == "language" and found["f"].other_language


def test_systems_taking_turns_in_a_sign_in_phrase_are_answered_by_an_account_article():
    """"<system> logon keeps locking me": the phrase names the account field ("locking") though no
    three article titles share that word, and a word that only means signing in ("logon"); the KB titles several articles with the field's words
    (password, account), so the phrase of several systems is the sign-in problem the KB answers for
    every system: an update of one of those articles, never a new article. The same phrase of
    devices in lower case stays a gap."""
    articles = KIND_ARTICLES + [Article("KB0014", "Unlock your account", "When your account is locked.",
                                        tags=("account",), body="An account locks after wrong passwords.",
                                        source=SourceRef("i.md"))]
    systems = ["Ledgerly", "Quorrant", "Tallyvox", "Brindle"]
    subjects = {f"{p}{s} logon keeps locking me": 2 for s in systems for p in ("", "Depot 4 - ")}
    subjects.update({f"depot {d} keeps jamming on me": 3 for d in ["kiosk", "turnstile", "locker", "gatepost"]})
    subjects.update({"printer offline": 30, "laptop won't boot": 30, "wifi drops": 30, "paper jam": 20})
    tickets = _tickets(subjects)
    named = [t for t in tickets if "logon" in t.subject]
    devices = [t for t in tickets if "jamming" in t.subject]
    found = assess_coverage([_cluster("c1", named), _cluster("c2", devices)], tickets, articles)
    assert found["c1"].verdict == "partial" and found["c1"].article_id in {"KB0002", "KB0010", "KB0011", "KB0014"}
    assert found["c2"].verdict == "gap"


ACCOUNT_ARTICLES = KIND_ARTICLES + [
    Article("KB0014", "Unlock your account", "When your account is locked.", tags=("account",),
            body="An account locks after wrong passwords.", source=SourceRef("i.md")),
    Article("KB0015", "Password expired", "Your password ran out: pick a new one.", tags=("password",),
            body="An expired password asks for a new one when you sign in.", source=SourceRef("j.md")),
    Article("KB0016", "Sign in with a new account", "Your first sign in.", tags=("account", "sign"),
            body="Sign in once your account is ready.", source=SourceRef("k.md")),
]


def test_everyday_senses_of_the_account_field_words_stay_a_gap():
    """The account field's words have everyday senses: a machine's dial locks, a vehicle's permit
    expires, a counter is reset, a sheet is signed. Named machines taking turns in such a phrase,
    with no word that only means signing in, are no sign-in problem: a gap, while the same machines'
    sign-in phrase is an update of an account article."""
    machines = {"lock": ["Harrowby", "Quintal", "Marlock", "Fennick"],
                "expire": ["Dunraven", "Oskley", "Perriwade", "Tamsett"],
                "reset": ["Brackmoor", "Elvington", "Gorsetti", "Hulvane"],
                "sign": ["Cadwick", "Ivorsen", "Jessamond", "Pollard"],
                "login": ["Wexcombe", "Yarrowfield", "Zennor", "Amblecot"]}
    phrases = {"lock": "{m} tilt dial locked solid", "expire": "{m} haulage permit expired",
               "reset": "{m} odometer reset itself", "sign": "{m} pallet sheet needs signing",
               "login": "{m} password locked, cannot log in"}
    subjects = {phrases[k].format(m=f"{p}{m}"): 2 for k, names in machines.items() for m in names
                for p in ("", "Yard 2 - ")}
    subjects.update({"printer offline": 30, "laptop won't boot": 30, "wifi drops": 30, "paper jam": 20})
    tickets = _tickets(subjects)
    words = {"lock": "tilt dial", "expire": "haulage", "reset": "odometer", "sign": "pallet", "login": "log in"}
    clusters = [_cluster(k, [t for t in tickets if w in t.subject]) for k, w in words.items()]
    found = assess_coverage(clusters, tickets, ACCOUNT_ARTICLES)
    assert {k: found[k].verdict for k in ("lock", "expire", "reset", "sign")} == dict.fromkeys(
        ("lock", "expire", "reset", "sign"), "gap")
    assert found["login"].verdict != "gap"


def _systems_taking_turns(phrase: str) -> str:
    """The verdict on one cluster of ``phrase`` ("{s} ...") with invented systems' names taking turns,
    some members forwarding it ("Fwd: ") and some typing it in lower case, beside unrelated tickets."""
    systems = ["Corvantis", "Ellowmere", "Brisquet", "Nadderly", "Wolvenrake"]
    subjects = {f"{p}{phrase.format(s=s)}": 2 for s in systems for p in ("", "Fwd: ")}
    subjects.update({phrase.format(s=s).lower(): 1 for s in systems})
    subjects.update({"printer offline": 200, "laptop won't boot": 200, "wifi drops": 200, "paper jam": 150})
    tickets = _tickets(subjects)
    members = [t for t in tickets if any(s.lower() in t.subject.lower() for s in systems)]
    return assess_coverage([_cluster("c", members)], tickets, ACCOUNT_ARTICLES)["c"].verdict


@pytest.mark.parametrize("phrase", ["{s} rota grid shows no shifts once logged in",
                                    "{s} login screen crawls on the old tablets",
                                    "{s} badge printer smears labels after I sign in",
                                    "{s} timesheet export drops columns after log in",
                                    "{s} invoice pdf comes out blank since my lockout",
                                    "{s} seating chart loses rows after the otp step"])
def test_systems_taking_turns_beside_a_sign_in_word_with_another_topic_stay_a_gap(phrase):
    """Several systems' names taking turns in one phrase that writes a sign-in word are not
    therefore a sign-in problem: when the words all of them write beside it are another topic (a
    page that stays empty, a slow screen, a printer), that topic is what the KB may lack, so the
    cluster stays a gap, even with some members typing the whole line in lower case."""
    assert _systems_taking_turns(phrase) == "gap"


@pytest.mark.parametrize("subjects", [
    ["how do I log in returned stock at the depot", "log in returned stock fails at depot desk",
     "depot desk returned stock log in stuck"],
    ["sign on payment absent from first pay", "sign-on payment not in my first pay",
     "first pay lacks the sign on payment"],
    ["paper sign-in register at the front gate is full", "front gate sign in register ran out",
     "need a new sign-in register for the front gate"]])
def test_the_everyday_senses_of_the_phrasal_verbs_stay_a_gap(subjects):
    """"log in" also means to record something, "sign on" to join, a sign-in register is a book at a
    door: a cluster whose only sign-in words are such phrases, with no word of the account field,
    is no sign-in problem and stays a gap."""
    tickets = _tickets({s: 6 for s in subjects} | {"printer offline": 90, "laptop won't boot": 90,
                                                     "wifi drops": 90, "paper jam": 60})
    members = [t for t in tickets if t.subject in subjects]
    found = assess_coverage([_cluster("c", members)], tickets, ACCOUNT_ARTICLES)
    assert found["c"].verdict == "gap"


SIGN_IN_IDS = {"KB0002", "KB0010", "KB0011", "KB0014", "KB0015", "KB0016"}
"""The articles of ``ACCOUNT_ARTICLES`` about signing in (passwords, a locked account, a new account)."""


def test_title_case_lines_do_not_make_a_lower_case_device_a_name():
    """Subject lines in Title Case capitalise every word, so they show no one's names: devices most
    members write in lower case, taking turns in a sign-in phrase, stay what the members sign in to
    though a minority writes every line in Title Case. Until round 20 the cluster stayed a gap; round 21
    changed the policy: the fitted sign-in model reads it as sign-in trouble, so it is an update of an
    account article whose words to add name every device (the Title Case lines hide none of them)."""
    devices = ["bandsaw", "glasswasher", "thermoformer", "planer"]
    subjects = {}
    for d in devices:
        subjects.update({f"The {d.capitalize()} Rejects My Login": 1, f"Fwd: The {d.capitalize()} Rejects My Login": 1,
                         f"the {d} rejects my login": 3})
    subjects.update({"printer offline": 90, "laptop won't boot": 90, "wifi drops": 90, "paper jam": 60})
    tickets = _tickets(subjects)
    members = [t for t in tickets if "rejects" in t.subject.lower()]
    found = assess_coverage([_cluster("c", members)], tickets, ACCOUNT_ARTICLES)["c"]
    assert found.verdict == "partial" and found.article_id in SIGN_IN_IDS
    assert {stem(d) for d in devices} <= set(found.missing)


def test_an_account_problem_needs_a_word_that_only_means_signing_in():
    """Nearly every member writing the account field's word the KB titles articles with is not
    enough on its own ("locked" is a cabinet as often as a sign-in): most members must also write
    a word that only means signing in (a password, a logon, the phrasal verb "log in")."""
    from kbgen.suggest.sign_in import account_problem

    kb = KbVocabulary.of(ACCOUNT_ARTICLES + [
        Article("KB0017", "Locked screen", "Unlock it.", body="x", source=SourceRef("l.md")),
        Article("KB0018", "Locked mailbox", "Unlock it.", body="x", source=SourceRef("m.md")),
        Article("KB0019", "Locked phone", "Unlock it.", body="x", source=SourceRef("n.md")),
    ])
    assert not account_problem(["supply cabinet locked"] * 5 + ["cabinet locked again"] * 3, kb)
    assert account_problem(["can't log in, locked"] * 5 + ["logon locked again"] * 3, kb)
    assert account_problem(["Kestrelweb password locked"] * 8, kb)


@pytest.mark.parametrize("subjects", [
    {"locked out after two tries": 8, "lockout twice": 4, "got locked out of the login": 3},
    {"lokcs out": 9, "lokcs out twice": 4},
    {"pwd wont reset": 10, "new pwd wont reset": 4},
    {"Rotaplex locked me out": 7, "Fwd: Rotaplex has locked us out": 5},
])
def test_a_lockout_or_a_shortened_password_is_a_sign_in_problem(subjects):
    """An account lockout ("locked out", "lockout") is losing one's way in, whatever else the line
    says, and people write the field's words carelessly: a slip ("lokcs") or a shortening ("pwd")
    is read as the KB reads it. Such a cluster is answered by an account article, never a gap."""
    background = {f"password reset for the {n} rota": 2 for n in ("north", "south", "east", "west")}
    background.update({"locked out": 80, "password reset": 80, "printer offline": 30, "laptop won't boot": 30,
                       "wifi drops": 30, "paper jam": 20})
    tickets = _tickets({**subjects, **background})
    cluster = _cluster("c", [t for t in tickets if t.subject in subjects])
    articles = ACCOUNT_ARTICLES + [Article("KB0017", "After a lockout", "Locked out? Wait, then sign in again.",
                                           tags=("lockout", "login"), body="Your login locks after wrong passwords.",
                                           source=SourceRef("l.md"))]
    found = assess_coverage([cluster], tickets, articles)["c"]
    assert found.verdict != "gap" and found.article_id in {"KB0002", "KB0010", "KB0011", "KB0014", "KB0015", "KB0016",
                                                           "KB0017"}


@pytest.mark.parametrize("subjects", [
    {"want a brand new pword": 9, "new pword wanted today": 4},
    {"paswd will not take": 8, "my paswd will not take again": 5},
])
def test_a_long_contraction_of_password_is_a_sign_in_problem(subjects):
    """A contraction longer than four letters keeps the word's first and last letters and drops its
    vowels ("pword", "paswd"): people shorten the field's words they type most, and the export may
    never write the full word often enough for a slip to be weighed against it. Such a cluster is
    answered by an account article."""
    tickets = _tickets({**subjects, "printer offline": 30, "laptop won't boot": 30, "wifi drops": 30,
                        "paper jam": 20})
    cluster = _cluster("c", [t for t in tickets if t.subject in subjects])
    found = assess_coverage([cluster], tickets, ACCOUNT_ARTICLES)["c"]
    assert found.verdict != "gap"


@pytest.mark.parametrize("slip, meant", [("passwiord", "password"), ("acclount", "account"),
                                         ("usernamre", "username")])
def test_a_field_word_typed_with_one_letter_too_many_reads_as_that_word(slip, meant):
    """A letter typed too many inside one of the account field's words (a neighbouring key hit as
    well) is a slip of it like a letter missing or two letters swapped, when the export writes the
    word itself far more often."""
    from kbgen.suggest.sign_in import _read_terms

    kb = KbVocabulary.of(ACCOUNT_ARTICLES, frequency=Counter({meant: 60, slip: 1}))
    assert meant in _read_terms(f"{slip} problem", kb)


@pytest.mark.parametrize("word, read", [("pword", True), ("paswd", True), ("forge", False), ("forte", False),
                                        ("cental", False), ("passe", False), ("accnt", True)])
def test_only_a_contraction_keeping_both_ends_reads_as_an_account_word(word, read):
    """Ordinary words of five or six letters whose letters all appear in order in a field word
    ("forge", "forte" in "forgotten"; "cental" in "credential"; "passe" in "passcode") are not
    contractions of it: a contraction keeps the last letter too and at most one vowel."""
    from kbgen.suggest.sign_in import _contracted

    assert bool(_contracted(word)) is read


@pytest.mark.parametrize("system", ["Quenbury", "Dorrowfield"])
def test_a_contraction_beside_another_topic_stays_a_gap(system):
    """A contraction read as the password does not make every line that writes it a sign-in
    problem: a report that comes out blank after the pword step is that report's problem."""
    subjects = {f"{system} payroll report blank after the pword step": 9,
                f"{system} payroll report blank after pword": 4}
    subjects.update({"password reset": 40, "printer offline": 30, "laptop won't boot": 30, "wifi drops": 30})
    tickets = _tickets(subjects)
    cluster = _cluster("c", [t for t in tickets if system in t.subject])
    assert assess_coverage([cluster], tickets, ACCOUNT_ARTICLES)["c"].verdict == "gap"


@pytest.mark.parametrize("thing", ["kiln room", "boathouse", "seed vault"])
def test_locked_out_of_a_thing_the_kb_never_names_stays_a_gap(thing):
    """"Locked out of the <thing>": the lockout makes it a matter of getting in, but the thing beside
    it is a lower-case word the KB never uses, so the account articles do not answer it: a gap."""
    subjects = {f"locked out of the {thing}": 10, f"{thing} lockout twice": 4, f"still locked out of the {thing}": 3}
    subjects.update({"password reset": 40, "printer offline": 30, "laptop won't boot": 30, "wifi drops": 30})
    tickets = _tickets(subjects)
    cluster = _cluster("c", [t for t in tickets if thing in t.subject])
    assert assess_coverage([cluster], tickets, ACCOUNT_ARTICLES)["c"].verdict == "gap"


DOOR_ARTICLES = ACCOUNT_ARTICLES + [
    Article("KB0040", "Door won't open with your badge", "Get into the building or a room.",
            tags=("door", "badge", "building"), body="If a door of the building or an office stays shut, call the porters.",
            source=SourceRef("door.md")),
    Article("KB0041", "Season and visitor passes", "Order a card for the car park or a visitor.",
            tags=("pass", "card"), body="A pass opens the car park barrier; renew it when it runs out.",
            source=SourceRef("pass.md"))]


@pytest.mark.parametrize("subjects", [
    {"locked out of the building at the weekend": 8, "locked out of the office after hours": 5,
     "still locked out of the building": 3},
    {"locks me out of the studio": 7, "door lock-out of the studio": 4, "lockout of the studio after six": 3},
])
def test_locked_out_of_a_place_is_no_account_lockout(subjects):
    """"Locked out of the <place>" is a door's lockout: whether the KB names the place (a building, an
    office) or not (a studio), the account articles do not answer it, so it is never an update of one."""
    from kbgen.suggest.sign_in import account_problem

    background = {"password reset": 80, "account locked": 60, "printer offline": 30, "laptop won't boot": 30}
    tickets = _tickets({**subjects, **background})
    cluster = _cluster("c", [t for t in tickets if t.subject in subjects])
    found = assess_coverage([cluster], tickets, DOOR_ARTICLES)["c"]
    assert found.article_id not in {"KB0002", "KB0010", "KB0011", "KB0014", "KB0015", "KB0016"}
    assert not account_problem(list(subjects), KbVocabulary.of(DOOR_ARTICLES))


def test_a_lockout_beside_an_account_word_or_of_a_named_system_is_signing_in():
    """A lockout with no object, beside another word of the account field, or out of a system's name
    (a capitalised word the KB never uses) is losing one's way into an account."""
    from kbgen.suggest.sign_in import _signs_in

    kb = KbVocabulary.of(DOOR_ARTICLES)
    for text in ("locked out twice today", "locked out of my account", "Tellerbrook locked me out",
                 "locked out of Quorrima", "locked out of the building, password too", "locked out of anything I try"):
        assert _signs_in(text, kb), text
    for text in ("locked out of the building", "locked out of the studio", "Locked Out Of The Office"):
        assert not _signs_in(text, kb), text


@pytest.mark.parametrize("subjects", [
    {"card pass expired": 8, "my card pass expired at the barrier": 5, "card pass locked": 3},
    {"ferry pass locked": 7, "ferry pass expired": 5, "ferry pass locked again": 3},
])
def test_a_pass_is_no_shortened_password(subjects):
    """A shortening that is itself an ordinary word ("pass": a card, a ticket) is never read as the
    password it may shorten, even where the KB never writes "pass": a pass that expired or locked is
    no sign-in problem."""
    from kbgen.suggest.sign_in import _read_terms, account_problem

    kb = KbVocabulary.of(ACCOUNT_ARTICLES, frequency=Counter({"password": 200, "pass": 20, "lock": 80}))
    assert "password" not in _read_terms("card pass expired", kb)
    assert not account_problem(list(subjects), kb)
    assert "password" in _read_terms("pwd expired", kb)  # a shortening without vowels is no word


def test_otp_as_on_time_performance_stays_a_gap():
    """"OTP" is also on-time performance (transport, delivery): beside a report or its figures the
    cluster's other words are a topic the account articles do not use, so it stays a gap."""
    subjects = {"otp figures wrong in the weekly report": 6, "depot otp chart blank": 4, "otp chart for the depot empty": 3}
    tickets = _tickets({**subjects, "password reset": 80, "printer offline": 30, "laptop won't boot": 30})
    cluster = _cluster("c", [t for t in tickets if t.subject in subjects])
    assert assess_coverage([cluster], tickets, ACCOUNT_ARTICLES)["c"].verdict == "gap"


@pytest.mark.parametrize("subjects", [["Hollinbrook credentials refused"] * 5 + ["Vesperline credentials refused"] * 4,
                                      ["Quadrillo otp never arrives, can't sign in"] * 5 + ["Tamberwick totp out of sync"] * 4])
def test_credentials_and_one_time_passwords_mean_signing_in(subjects):
    """Credentials and a time-based one-time password ("TOTP") mean nothing but signing in ("OTP" beside
    a sign-in word; alone it may be on-time performance), though
    neither is one of the words the KB titles its account articles with: a cluster writing them is
    about signing in (whether an account article answers it is then the KB's words' to say)."""
    from kbgen.suggest.sign_in import account_problem

    assert account_problem(subjects, KbVocabulary.of(ACCOUNT_ARTICLES))
    assert not account_problem(["Hollinbrook dial refused"] * 9, KbVocabulary.of(ACCOUNT_ARTICLES))


@pytest.mark.parametrize("phrase, signs_in", [
    ("signed in fine yesterday", True), ("stuck signing into the rota app", True),
    ("logging into the tills fails", True), ("log-in page blank", True),
    ("redesigned in March", False), ("the blog on the intranet", False)])
def test_the_phrasal_verbs_of_signing_in_are_read_in_every_tense(phrase, signs_in):
    """"sign in" and "log in" in any tense, with "into", open or hyphenated; a word that merely
    ends in the verb's letters is not one."""
    from kbgen.suggest.sign_in import SIGN_IN_PHRASE

    assert bool(SIGN_IN_PHRASE.search(phrase)) is signs_in


def _assess_groups(make_project, groups: dict[str, dict[str, int]]):
    """Coverage of one cluster per group (subject -> count) against ``KB_FILES`` with the site's search."""
    from kbgen.build import load_project
    from kbgen.suggest.coverage import search_answers

    corpus, _ = load_project(make_project(KB_FILES))
    tickets, clusters = [], []
    for name, subjects in groups.items():
        members = [Ticket(f"{name}{k}", s) for k, s in enumerate(s for s, n in subjects.items() for _ in range(n))]
        tickets += members
        clusters.append(_cluster(name, members))
    tickets += [Ticket(f"other{k}", s) for k, s in enumerate(["printer offline", "wifi drops", "laptop slow"] * 20)]
    return assess_coverage(clusters, tickets, corpus.published, search_answers(corpus))


def test_names_the_kb_never_saw_are_set_aside_before_search_answers_in_its_words(make_project):
    """In-house systems' names taking turns in "forgot the <system> password": asked without the
    names, search answers every member with the password article, so the cluster is answered by that
    article (covered, or an update adding the names), never a new article."""
    systems = ["Marlowpay", "Tessaroute", "Quibbleton", "Fernhollow"]
    groups = {"names": {f"forgot the {s} password": 3 for s in systems} | {f"{s} password reset please": 2 for s in systems}}
    found = _assess_groups(make_project, groups)["names"]
    assert found.verdict != "gap" and found.article_id == "KB0003"


def test_a_word_the_kb_lacks_that_most_members_write_keeps_the_cluster_a_gap(make_project):
    """"sorter" (a word the KB never uses, written in lower case by every member) is what the members
    ask about: set aside only the minority's words, search's answer for "frozen" does not cover it."""
    groups = {"sorter": {"sorter frozen": 6, "sorter screen frozen at the entrance": 6, "sorter frozen again": 5}}
    assert _assess_groups(make_project, groups)["sorter"].verdict == "gap"


def test_set_aside_keeps_the_head_word_and_drops_the_minority_names():
    """The words a search in the KB's words leaves out: unknown words a minority writes, never an
    unknown word most members write."""
    from kbgen.suggest.aside_names import words_set_aside
    from kbgen.suggest.coverage import coverage_inputs

    members = ["sorter frozen Marlowpay", "sorter frozen Tessaroute", "sorter frozen", "sorter frozen again"]
    tickets = [Ticket(f"t{k}", s) for k, s in enumerate(members * 3 + ["printer offline"] * 20)]
    context = coverage_inputs(tickets, [Article("KB0001", "An app is frozen", "Close the frozen app.",
                                                source=SourceRef("a.md"))]).context
    aside = words_set_aside(members, context)
    assert "sorter" not in aside and {"marlowpay", "tessaroute"} <= aside


def test_set_aside_keeps_a_minority_word_written_in_lower_case():
    """A word the KB lacks that only some members write, in lower case inside the line ("frozen on
    the loom panel"), is part of what they ask about and stays in the search; a minority's
    capitalised system name or a code is set aside."""
    from kbgen.suggest.aside_names import words_set_aside
    from kbgen.suggest.coverage import coverage_inputs

    members = ["screen frozen on the loom panel", "app screen frozen Marlowpay", "screen frozen Tessaroute",
               "screen frozen after update", "screen frozen again", "screen frozen on wx42"]
    tickets = [Ticket(f"t{k}", s) for k, s in enumerate(members * 3 + ["printer offline"] * 20)]
    context = coverage_inputs(tickets, [Article("KB0001", "An app is frozen", "Close the frozen app.",
                                                source=SourceRef("a.md"))]).context
    aside = words_set_aside(members, context)
    assert "loom" not in aside and {"marlowpay", "tessaroute", "wx42"} <= aside


def test_set_aside_keeps_a_lower_case_word_that_opens_its_line():
    """A name is capitalised wherever it stands, so a word the KB lacks written in lower case at the
    start of a line ("kettle timer stuck") is what the member asks about, not a name."""
    from kbgen.suggest.aside_names import words_set_aside
    from kbgen.suggest.coverage import coverage_inputs

    members = ["kettle timer stuck", "screen frozen Marlowpay", "screen frozen again",
               "screen frozen after update", "screen frozen today"]
    tickets = [Ticket(f"t{k}", s) for k, s in enumerate(members * 3 + ["printer offline"] * 20)]
    context = coverage_inputs(tickets, [Article("KB0001", "An app is frozen", "Close the frozen app.",
                                                source=SourceRef("a.md"))]).context
    aside = words_set_aside(members, context)
    assert "kettl" not in aside and "kettle" not in aside and "marlowpay" in aside


def test_name_shapes_of_a_large_cluster_are_read_in_one_pass():
    """Every word's shape comes from one reading of the cluster (a cluster of thousands of distinct
    system names must not be read once per word): the table holds each word's counts."""
    from kbgen.suggest.aside_names import _name_shape, _name_shapes

    members = tuple(f"login failed on Sys{n}x" for n in range(3000)) + ("login failed on the kiosk",)
    _name_shapes.cache_clear()
    shapes = _name_shapes(members)
    assert shapes["sys7x"] == (1, 0) and _name_shape("kiosk", members) == (0, 1)
    assert _name_shapes.cache_info().misses == 1


@pytest.mark.parametrize("thing", ["loom controller", "greenhouse sensor panel", "choir rota", "bike locker"])
def test_signing_in_to_a_thing_the_kb_never_names_is_never_covered_without_naming_it(thing):
    """Nearly every member writes a word that only means signing in beside a lower-case thing the
    KB never names ("<thing> login"). Until round 20 the thing kept the cluster a gap; since round 21 a
    cluster the fitted sign-in model reads as sign-in trouble is an update of a sign-in article instead
    (``sign_in.modelled_account``), which must name the thing (the words the update adds). Never covered."""
    subjects = {f"{thing} login": 12, f"{thing} login not working": 5, f"cannot log in to the {thing}": 4}
    subjects.update({f"password reset {n}": 1 for n in range(60)})
    subjects.update({"printer offline": 30, "laptop won't boot": 30, "wifi drops": 30, "paper jam": 20})
    tickets = _tickets(subjects)
    cluster = _cluster("thing", [t for t in tickets if thing in t.subject])
    found = assess_coverage([cluster], tickets, ACCOUNT_ARTICLES)["thing"]
    assert found.verdict == "gap" or found.verdict == "partial" and \
        {stem(w) for w in thing.split()} <= set(found.missing)


def test_a_few_sampled_subjects_pointing_at_an_article_do_not_cover_a_larger_cluster():
    """Eleven members, each a different problem beside a different system's name: search asked three
    of them in the KB's words answers two with one article, but that is two members of eleven, so
    the article does not answer the cluster (the share is of the members, not of the sample)."""
    from dataclasses import replace as with_

    from kbgen.suggest.aside_names import words_set_aside
    from kbgen.suggest.coverage import _answered_in_kb_words, coverage_inputs

    names = ["Marlowpay", "Tessaroute", "Quibbleton", "Fernhollow", "Dunmarsh", "Orrowick", "Pellidge",
             "Saltreave", "Ulvercroft", "Vantmoor", "Wexhallow"]
    problems = ["display blank", "display flickers", "display frozen", "keyboard sticky", "mouse lagging",
                "printer jammed", "printer offline", "scanner blurry", "speaker silent", "webcam dark", "wifi slow"]
    members = [f"{problem} on {name}" for problem, name in zip(problems, names)]
    text = "Display blank flickers frozen keyboard sticky mouse lagging printer jammed offline scanner " \
           "blurry speaker silent webcam dark wifi slow."
    kb = [Article("KB0001", "Display problems", text, source=SourceRef("a.md")),
          Article("KB0002", "Other hardware", text, source=SourceRef("b.md"))]
    tickets = [Ticket(f"m{k}", s) for k, s in enumerate(members)]
    tickets += [Ticket(f"o{k}", s) for k, s in enumerate(["password reset", "laptop slow", "vpn drops"] * 20)]
    display = {"display blank", "display flickers"}  # two of the three sampled subjects (ties alphabetical)
    context = with_(coverage_inputs(tickets, kb).context,
                    search=lambda query: "KB0001" if any(query.startswith(d) for d in display) else None)
    aside = words_set_aside(members, context)
    assert set(n.lower() for n in names) <= aside
    assert _answered_in_kb_words(tickets[:11], aside, context, 3) is None
    # the same answers for most members do cover it
    context = with_(context, search=lambda query: "KB0001")
    assert _answered_in_kb_words(tickets[:11], aside, context, 11) == 0


@pytest.mark.parametrize("template", ["{} says my acct has a lock-out", "acct lock out again on {}",
                                      "{}: acct locks me out"])
def test_a_hyphenated_lockout_beside_a_shortened_account_is_a_sign_in_problem(template):
    """A lockout however written (closed, open, hyphenated, its object between) is the account
    field's word, so systems taking turns beside it and a shortened account are a sign-in problem
    the account articles answer, not a new topic."""
    from kbgen.suggest.sign_in import account_problem

    kb = KbVocabulary.of(ACCOUNT_ARTICLES)
    systems = ["Hembrook", "Saltaire", "Wendlow", "Corriemont"]
    assert account_problem([template.format(s) for s in systems for _ in range(3)], kb)
    assert not account_problem([f"{s} gate lock stuck" for s in systems for _ in range(3)], kb)



def test_a_cluster_mixing_a_sign_in_problem_with_another_topic_at_one_place_is_split():
    """Short subjects sharing a place group "<system> login refused at the quay kiosk" with "quay
    kiosk receipt roll jammed": two problems, each large, split apart; a cluster whose sign-in side
    or other side is a few members only, and one whose members all write the sign-in word ("<system>
    ledger blank after signing in"), keep their label."""
    import numpy as np

    from kbgen.suggest.sign_in import split_sign_in

    mixed = [f"{s} login refused at the quay kiosk" for s in ("Tallow", "Brenning", "Osgrave")] * 4 + \
        ["quay kiosk receipt roll jammed"] * 12
    few = ["ferry ramp sensor stuck"] * 14 + ["Tallow password refused at ferry ramp"] * 3
    field = ["Tallow password refused at the dye shed"] * 8 + ["locked out of the dye shed pc"] * 4 + \
        ["dye shed kettle leaks"] * 8
    after = [f"{s} ledger blank after signing in" for s in ("Tallow", "Brenning", "Osgrave")] * 5
    subjects = mixed + few + after + field
    labels = np.array([0] * len(mixed) + [1] * len(few) + [2] * len(after) + [3] * len(field) + [-1], dtype=np.int64)
    split = split_sign_in(subjects + ["lone"], labels, 5)
    assert len(set(split[:12].tolist())) == 1 and len(set(split[12:24].tolist())) == 1
    assert split[0] != split[12] and split[12] == 0
    assert (split[24:24 + len(few) + len(after)] == labels[24:24 + len(few) + len(after)]).all()
    dye = split[-len(field) - 1:-1].tolist()
    assert len(set(dye[:12])) == 1 and dye[-1] == 3 and dye[0] != 3  # the lockout stays with the sign-in half
    assert split[-1] == -1


def test_a_cluster_whose_sign_in_members_only_say_when_its_problem_happens_is_not_split():
    """"<depot> rota sheet blank" beside "<depot> rota sheet blank once I log in": the other members
    share no word the sign-in members never write, so the sign-in words only say when the one
    problem happens; the cluster keeps its label (a part with a word of its own, "kettle", is split)."""
    import numpy as np

    from kbgen.suggest.sign_in import split_sign_in

    depots = ("Ashcombe", "Brindle", "Cowlick", "Dunhollow")
    one = [f"{d} rota sheet blank" for d in depots] * 6 + [f"{d} rota sheet blank once I log in" for d in depots] * 3
    two = [f"{d} rota sheet blank once I log in" for d in depots] * 3 + [f"{d} kettle tripped the fuse" for d in depots] * 3
    labels = np.array([0] * len(one) + [1] * len(two), dtype=np.int64)
    split = split_sign_in(one + two, labels, 5)
    assert (split[:len(one)] == 0).all()
    assert len(set(split[len(one):].tolist())) == 2


@pytest.mark.parametrize("subjects", [
    {"Harrowgate p/w reset needed": 8, "reset the Harrowgate p/w please": 5},
    {"p/w reset please": 9, "P/W reset": 4},
])
def test_a_password_written_as_initials_with_a_slash_is_a_sign_in_problem(subjects):
    """Two initials written with a slash ("p/w") are one abbreviation, read as written without it:
    split at the slash each letter alone was no word, and the cluster lost its only account word.
    Such a cluster is answered by an account article, never a gap."""
    tickets = _tickets({**subjects, "printer offline": 30, "laptop won't boot": 30, "wifi drops": 30,
                        "paper jam": 20})
    cluster = _cluster("c", [t for t in tickets if t.subject in subjects])
    assert assess_coverage([cluster], tickets, ACCOUNT_ARTICLES)["c"].verdict != "gap"


def test_initials_with_a_slash_join_only_where_they_shorten_a_sign_in_word():
    """Two single letters with a slash are joined only when joined they shorten a word that means
    nothing but signing in ("p/w", "u/n"); "a/c" (air conditioning), "w/o" and the empty-field
    placeholder "n/a" stay as written, and "and/or" or a path keeps its words apart."""
    from kbgen.suggest.kb_vocabulary import terms_of

    assert "pw" in terms_of("lost my p/w") and "un" in terms_of("u/n unknown")
    assert {"ac", "wo", "na"}.isdisjoint(terms_of("the a/c hums w/o stopping, room n/a"))
    assert {"andor", "abcd"}.isdisjoint(terms_of("printer and/or scanner at ab/cd"))


def test_a_word_the_kb_lacks_spread_across_the_export_beside_what_search_answers_is_no_gap(make_project):
    """A head word the KB never uses ("grr") that the export writes across many problems (a low
    export IDF: a mood, a cause, an adverb) says how, not what: when search answers nearly every
    member's whole subject strongly with one article, that article covers the cluster."""
    groups = {"jam": {"paper jam grr": 9, "printer paper jam grr": 7},
              "moods": {"wifi drops grr": 12, "laptop slow grr": 12, "monitor flickers grr": 10}}
    found = _assess_groups(make_project, groups)
    assert found["jam"].verdict == "covered" and found["jam"].article_id == "KB0004"


def test_a_word_only_the_cluster_writes_beside_a_kb_title_keeps_it_from_being_covered(make_project):
    """A two-word KB title ("paper jam") inside a longer subject lets search answer every member, but
    a thing only this cluster names ("laminator", "franker") is what the KB lacks: a gap, or an update
    naming it (partial), never covered."""
    groups = {"laminator": {"pouch laminator rollers overheat then paper jam": 6,
                            "paper jam in the pouch laminator rollers": 5, "laminator overheats, paper jam": 4},
              "franker": {"franker paper jam": 9, "paper jam franker": 7}}
    found = _assess_groups(make_project, groups)
    assert found["laminator"].verdict == "gap"
    assert found["franker"].verdict in {"gap", "partial"}


@pytest.mark.parametrize("phrase", ["{s} signon denied", "{s} login declined", "{s} username wrong",
                                    "{s} userid incorrect"])
def test_systems_taking_turns_in_a_refused_sign_in_are_answered_by_an_account_article(phrase):
    """Beside a word that only means signing in, a word of the system refusing what was typed
    ("rejected", "not accepted", "invalid", "refused") says the sign-in failed, which the account
    articles answer for every system: with in-house systems' names taking turns it is never a new
    article (the lower-case things of the Title Case test above still are)."""
    assert _systems_taking_turns(phrase) != "gap"
