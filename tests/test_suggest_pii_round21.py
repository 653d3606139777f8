"""Round 21 probes (written before the rules): name particles read by one test, particle phrases the
export writes as things, and usernames, staff numbers and phone numbers found by their structure.

All names, products, places and phrasings are invented for these tests.
"""
from __future__ import annotations

import datetime as dt
import time

import pytest

from kbgen.suggest.model import Ticket
from kbgen.suggest.pipeline import redact_export
from kbgen.suggest.pii_names import is_particle, particle_things
from kbgen.suggest.redact import learn_lexicon, redact_ticket

START = dt.datetime(2026, 5, 4, 8, tzinfo=dt.timezone.utc)
BACKGROUND = ["scanner jams on page two", "calendar invites arrive late", "wifi weak in the annex",
              "headset microphone muted", "expense form rejects receipts"]


def _tickets(subjects: list[str]) -> list[Ticket]:
    every = subjects + [s for s in BACKGROUND for _ in range(5)]
    return [Ticket(f"INC{30000 + k}", s, opened=START + dt.timedelta(hours=k)) for k, s in enumerate(every)]


def _redacted_subjects(subjects: list[str]) -> dict[str, str]:
    redacted, _ = redact_export(_tickets(subjects))
    return {s: r.subject for s, r in zip(subjects, redacted)}


# ----------------------------------------------------------------------------- one particle test

@pytest.mark.parametrize("word", ["van", "VAN", "Ní", "NÍ", "ni", "Te", "bint", "dos", "Mac", "uí", "Uí", "ó"])
def test_particles_in_any_case_and_accent(word):
    assert is_particle(word)


@pytest.mark.parametrize("word", ["UI", "ui", "O", "o", "vanilla", "Dell", "mach", "tea", "Donovan", ""])
def test_no_particle(word):
    assert not is_particle(word)


def test_withheld_and_lexicon_read_particles_through_the_one_test():
    import kbgen.suggest.redact as redact
    import kbgen.suggest.withheld as withheld
    assert withheld.is_particle is is_particle and redact.is_particle is is_particle
    assert not hasattr(withheld, "PARTICLES")


def test_login_and_name_part_rules_read_particles_through_the_one_test():
    import kbgen.suggest.pii_accounts as accounts
    assert accounts.is_particle is is_particle and not hasattr(accounts, "_PARTICLES")
    assert accounts.name_parts("Saoirse Ní Bhraonáin") == ("Saoirse", "Bhraonáin")
    assert accounts.name_parts("Jan van der Brugge") == ("Jan", "Brugge")
    assert accounts.name_parts("Anh Le") == ("Anh", "Le")  # last, a particle is the surname


# ----------------------------------------------------------------------------- particle phrases as things

def test_particle_phrase_after_an_article_or_a_place_preposition_is_a_thing():
    assert ("mac", "studio") in particle_things("we need a Mac Studio for the editing suite")
    assert ("den", "bosch") in particle_things("the depot in Den Bosch has no signal")
    assert ("van", "lierop") not in particle_things("ask Ruud van Lierop about the key")
    assert not particle_things("spoke to van Lierop's deputy")  # a possessive: a person
    assert not particle_things("x" * 100_000)


def test_a_product_after_mac_at_a_subjects_end_is_kept_when_the_export_writes_it_as_a_thing():
    subjects = ["fans loud on a Mac Studio in the edit suite", "ordering the Mac Studio for design",
                "keyboard lag - Mac Studio", "display goes dark // Mac Studio"]
    out = _redacted_subjects(subjects)
    assert out["keyboard lag - Mac Studio"] == "keyboard lag - Mac Studio"
    assert out["display goes dark // Mac Studio"] == "display goes dark // Mac Studio"


def test_a_town_with_its_particle_is_kept_when_written_as_a_place_elsewhere():
    subjects = ["printers down at the office in Den Bosch", "badge reader broken - Den Bosch",
                "Den Bosch site VPN drops"]
    out = _redacted_subjects(subjects)
    assert out["badge reader broken - Den Bosch"] == "badge reader broken - Den Bosch"


def test_a_capitals_department_after_de_la_is_kept_when_the_export_writes_its_noun():
    subjects = ["no puedo abrir la carpeta de contratación", "impresora de contratación sin papel",
                "la contratación no recibe correos", "acceso a carpeta - DE LA CONTRATACION"]
    out = _redacted_subjects(subjects)
    assert out["acceso a carpeta - DE LA CONTRATACION"] == "acceso a carpeta - DE LA CONTRATACION"


def test_particle_surnames_alone_at_a_subjects_end_stay_redacted():
    subjects = ["badge reader broken - Den Bosch", "in Den Bosch again", "laptop battery swollen - van Lierop",
                "monitor dead // NÍ GIOLLAPHEADAIR", "no vpn: de la Fuentemayor", "printer - DE LA PAZ"]
    out = _redacted_subjects(subjects)
    assert "Lierop" not in out["laptop battery swollen - van Lierop"]
    assert "GIOLLAPHEADAIR" not in out["monitor dead // NÍ GIOLLAPHEADAIR"]
    assert "Fuentemayor" not in out["no vpn: de la Fuentemayor"]
    assert "PAZ" not in out["printer - DE LA PAZ"]


def test_a_particle_phrase_qualifying_a_noun_after_an_article_is_no_thing():
    # "the Ter Horst account": the article belongs to the noun after the phrase, as with a family's name
    assert ("ter", "horst") not in particle_things("please reopen the Ter Horst account today")
    assert ("ter", "horst") not in particle_things("ask the Ter Horst household")
    assert ("mac", "studio") in particle_things("ordering a Mac Studio for the edit suite")
    assert ("ter", "horst") in particle_things("the lights at the Ter Horst depot")  # a place noun after it


def test_a_thing_phrase_is_kept_only_alone_at_a_subjects_end_never_in_running_text():
    def ticket(k, subject, description):
        return Ticket(f"INC{k}", subject, description, opened=START)
    redacted, _ = redact_export([ticket(1, "the Ter Horst account is locked", "please unlock the Ter Horst account"),
                                 ticket(2, "ask the Ter Horst team", "the Ter Horst household cannot print"),
                                 ticket(3, "call back", "call with Ter Horst tomorrow about the dock"),
                                 ticket(4, "slow disk", "Ter Horst says the disk is slow"),
                                 ticket(5, "fans loud on a Mac Studio", "fans loud"),
                                 ticket(6, "keyboard lag - Mac Studio", "lag")] + _tickets([]))
    assert "Horst" not in redacted[2].description
    assert "Horst" not in redacted[3].description
    assert redacted[5].subject == "keyboard lag - Mac Studio"


def test_a_person_written_with_a_place_word_after_is_still_a_person_in_other_tickets():
    # the thing evidence is about the phrase as written: "van Lierop's desk" is no thing (a possessive)
    subjects = ["chair broken at van Lierop's desk", "docking station - van Lierop"]
    out = _redacted_subjects(subjects)
    assert "Lierop" not in out["docking station - van Lierop"]


def test_particle_phrase_reading_is_linear_on_hostile_text():
    text = ("de " * 30_000) + "Van " * 10_000
    began = time.process_time()
    particle_things(text)
    particle_things("in de la " * 12_000)
    assert time.process_time() - began < 2.0


def test_lexicon_learns_particle_things_and_drops_callers_surnames():
    tickets = [Ticket("INC1", "new desk in Den Bosch", caller="Anna Bosch"),
               Ticket("INC2", "ordering a Mac Studio", caller="Piet Jansen")]
    lexicon = learn_lexicon(tickets)
    assert ("mac", "studio") in lexicon.particle_things
    assert ("den", "bosch") not in lexicon.particle_things  # a caller's surname is a person's
    assert "Studio" in redact_ticket(Ticket("INC3", "screen - Mac Studio"), lexicon).subject


# ----------------------------------------------------------------------------- accounts by the export's scheme

from kbgen.suggest.pii_account_scheme import learn_account_schemes, redact_scheme_accounts, shape_keys  # noqa: E402
from kbgen.suggest.redact import redact_tickets  # noqa: E402

_PEOPLE = [("Oona", "Kettleby"), ("Tarik", "Brannagh"), ("Wen", "Osterholt"), ("Ilse", "Marrowind"),
           ("Pavo", "Stiglund"), ("Rhea", "Quennell"), ("Mads", "Ferrisby"), ("Noor", "Haldane")]


def _scheme_export() -> list[Ticket]:
    """An export whose accounts follow "<initial>.<surname>" and whose staff numbers "QX<4 digits>": the
    labelled ones first, then the same accounts where no label or command says what they are."""
    tickets = []
    for k, (first, last) in enumerate(_PEOPLE):
        user, staff = f"{first[0].lower()}.{last.lower()}", f"QX{4100 + 37 * k}"
        tickets.append(Ticket(f"INC{500 + k}", "account locked", f"Username: {user}\nStaff number: {staff}\n"
                              "locked after the password change"))
        tickets.append(Ticket(f"INC{600 + k}", "rota swap", f"please move the shifts of {user} to the night list"))
        tickets.append(Ticket(f"INC{700 + k}", "kiosk", f"[{user}] joined the kiosk channel; badge {staff} ok"))
    for k in range(12):  # things of account-like shapes that are no person's, written as often
        tickets.append(Ticket(f"INC{800 + k}", "firmware", "controller firmware v3.12.0-rc2 on gw-core-01, "
                              "service account svc-backup, see KB0012345 and report.final.pdf"))
    return tickets


def test_accounts_and_staff_numbers_of_the_exports_scheme_are_found_where_no_cue_says_so():
    redacted = redact_tickets(_scheme_export(), workers=1)
    text = "\n".join(t.description for t in redacted)
    for first, last in _PEOPLE:
        assert f"{first[0].lower()}.{last.lower()}" not in text
    assert "QX41" not in text
    assert "v3.12.0-rc2" in text and "svc-backup" in text and "KB0012345" in text and "report.final.pdf" in text


def test_no_scheme_from_fewer_than_three_anchors_or_from_a_shape_the_rules_mostly_keep():
    pairs = [("Username: a.bexley", "Username: [username]"), ("Username: c.dorrin", "Username: [username]")]
    assert not learn_account_schemes(pairs, frozenset())
    keeps = [(f"build b.{w}", f"build b.{w}") for w in ("quarry", "lantern", "meadow", "copper", "thistle",
                                                              "harbor", "orchard", "saddle")]
    labelled = [(f"Login: e.{w}", "Login: [username]") for w in ("fenwick", "garrow", "hollis")]
    schemes = learn_account_schemes(labelled + keeps, frozenset())
    assert "a1 . a+" not in schemes  # 8 kept tokens of that shape per 3 anchors: no scheme


def test_a_call_or_an_index_is_no_account_of_an_initial_dot_surname_scheme():
    tickets = _scheme_export() + [
        Ticket("INC900", "script", "the loop calls g.splitrows() and then h.cells[2] before it stops"),
        Ticket("INC903", "new person", "please add v.tallowmere to the night list")]
    text = "\n".join(t.description for t in redact_tickets(tickets, workers=1)[-2:])
    for kept in ("g.splitrows()", "h.cells[2]"):
        assert kept in text
    assert "tallowmere" not in text  # a new account of the scheme is still found


def test_a_placeholder_glued_to_a_tokens_letters_is_no_anchor():
    pairs = [(f"zq-{w}", "zq-[username]") for w in ("ana12", "bo34", "cy56", "di78")]
    assert not learn_account_schemes(pairs, frozenset())


def test_shape_keys_refuse_words_numbers_and_short_codes():
    assert shape_keys("keyboard") == () and shape_keys("4417230") == () and shape_keys("ab-cd") == ()
    assert "a1 . a+" in shape_keys("j.morrow") and "tx 95" in shape_keys("tx40317")


def test_everyday_words_and_shared_tokens_stay():
    schemes = learn_account_schemes([(f"Username: q.{w}", "Username: [username]")
                                     for w in ("larkin", "moberly", "nesbit", "orwin")], frozenset({"print"}))
    out = redact_scheme_accounts("q.print failed, q.tavish called", schemes, frozenset({"print"}))
    assert out == "q.print failed, [username] called"


def test_account_scheme_is_linear_on_hostile_text():
    schemes = learn_account_schemes([(f"Username: q.{w}", "Username: [username]")
                                     for w in ("larkin", "moberly", "nesbit", "orwin")], frozenset())
    began = time.process_time()
    for text in ("a." * 50_000, "a-" * 50_000, "x" * 100_000, ("q.abcdefgh " * 9_000)):
        redact_scheme_accounts(text, schemes, frozenset())
        learn_account_schemes([(text, text.replace("q.", "[username]", 3))], frozenset())
    assert time.process_time() - began < 10.0


# ----------------------------------------------------------------------------- phones by the export's grouping

from kbgen.suggest.pii_account_scheme import phone_grouping  # noqa: E402
from kbgen.suggest.pii_shapes import is_phone  # noqa: E402


@pytest.mark.parametrize("number", ["+356 (0) 79 21 43 65", "+33 (0)6 12 34 56 78", "0049 (0) 30 1234 5678"])
def test_a_trunk_zero_in_brackets_after_the_country_code_is_read_as_written_at_home(number):
    assert is_phone(number)


@pytest.mark.parametrize("value,grouping", [("79 21 43 65", "2 2 2 2"), ("+356 (0) 79 21 43 65", "2 2 2 2"),
                                            ("612-4471", "3-4"), ("0049 30 1234 5678", "2 4 4")])
def test_phone_grouping_of_the_national_part(value, grouping):
    assert phone_grouping(value) == grouping


@pytest.mark.parametrize("value", ["12 03 2024", "2031-11-04", "10:45", "10.0.19045", "12 34", "1 2 3"])
def test_dates_times_versions_and_short_numbers_have_no_grouping(value):
    assert phone_grouping(value) is None


def _phone_export(decoys: list[str]) -> list[Ticket]:
    """Phones written with their country code (found by the rules), the same grouping written bare."""
    tickets = []
    for k in range(6):
        tickets.append(Ticket(f"INC{900 + k}", "new SIM", f"Mobile: +356 79 {k}1 {k}2 {k}3\nplease port the number"))
        tickets.append(Ticket(f"INC{950 + k}", "call back", f"transfer 99 {k}4 {k}5 {k}6 to the new handset"))
    tickets += [Ticket(f"INC{990 + k}", "order", d) for k, d in enumerate(decoys)]
    return tickets


def test_numbers_in_the_exports_phone_grouping_are_phones_where_no_label_says_so():
    redacted = redact_tickets(_phone_export([]), workers=1)
    text = "\n".join(t.description for t in redacted)
    assert not any(f"99 {k}4 {k}5 {k}6" in text for k in range(6))


def test_a_grouping_the_export_mostly_keeps_is_no_phones():
    # parcel numbers in the phones' grouping (valid numbers of its region), more than twice as many as the phones
    decoys = [f"parcel 21 {a} {b} 40 arrived" for a in range(10, 20) for b in range(20, 24)]
    redacted = redact_tickets(_phone_export(decoys), workers=1)
    text = "\n".join(t.description for t in redacted)
    assert "parcel 21 10 20 40 arrived" in text and "parcel 21 19 23 40 arrived" in text


@pytest.mark.parametrize("decoy", ["licences for 2027 2028 and 2029 2030", "budget 1800 3600 approved",
                                   "between 300-4000 seats", "quota 2100 2200 GB", "offsets 4096 8192 set",
                                   "sizes 40 42 44 46 in stock", "marks 15 25 35 45 posted",
                                   "moved 2150 2160 mailboxes", "latency 7900 8000 ms", "seen by 2150 2160 users"])
def test_numbers_of_the_grouping_that_are_no_valid_phone_or_that_count_or_measure_stay(decoy):
    # each bare grouping (four and four, two by four) also written as phones of the region
    tickets = _phone_export([])
    tickets += [Ticket(f"INC{700 + k}", "desk", f"Desk phone: +356 {n}") for k, n in
                enumerate(["2140 5566", "2141 5567", "2142 5568"])]
    tickets.append(Ticket("INC999", "numbers", decoy))
    text = redact_tickets(tickets, workers=1)[-1].description
    assert "[phone]" not in text


def test_phone_groupings_are_linear_on_hostile_text():
    schemes = learn_account_schemes([(f"Mobile: +356 79 {k}1 {k}2 {k}3", "Mobile: [phone]") for k in range(4)],
                                    frozenset())
    began = time.process_time()
    for text in ("12 " * 33_000, "1-" * 50_000, "+356 (0) " * 10_000, "99 99 99 99 " * 8_000, "99 12 34 56 MB" * 7_000):
        redact_scheme_accounts(text, schemes, frozenset())
        learn_account_schemes([(text, "[phone] " + text)], frozenset())
    assert time.process_time() - began < 10.0
