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
