"""The account vocabulary of other languages read as English words (``kbgen.suggest.concepts``)."""
from __future__ import annotations

import pytest

from kbgen.suggest.concepts import FUNCTION_WORDS, english_words, fold, join_phrases
from kbgen.suggest.kb_vocabulary import terms_of
from kbgen.suggest.shared import stem


def test_concept_words_read_as_english_with_or_without_accents():
    assert english_words(stem("wachtwoord")) == {"password"}
    assert english_words("hasła") == english_words("hasla") == {"password"}
    assert stem("locked") in english_words("zablokowane")
    assert "forgot" in english_words("oublié") and "forgot" in english_words("oublie")


def test_english_words_and_words_outside_the_concept_field_stand_for_nothing():
    for word in ("password", "printer", "locked", "drucker", "expire", "favor"):
        assert english_words(stem(word)) == frozenset()


def test_a_multi_word_name_of_the_concept_is_one_token_and_function_words_are_dropped():
    assert join_phrases("mot de passe oublié") == "motdepasse oublié"
    assert "password" in english_words(terms_of("Mot de passe oublié")[0])
    assert "minha" not in terms_of("Esqueci minha senha") and "senha" in terms_of("Esqueci minha senha")
    assert not FUNCTION_WORDS & {"die", "am", "an", "min", "favor", "is", "the"}


def test_fold_drops_accents_and_letters_without_a_decomposition():
    assert fold("Łódź") == "lodz" and fold("Straße") == "strasse" and fold("Ørsted") == "orsted"


def test_another_language_shows_by_function_words_or_letters_english_does_not_write():
    from kbgen.suggest.concepts import other_language, written_in_another_language

    assert written_in_another_language("Scanner funktioniert nicht")
    assert written_in_another_language("nyomtató hiba") and written_in_another_language("принтер")
    for subject in ("scanner not working", "Kronos", "[name] - printer jam", "menu board blank"):
        assert not written_in_another_language(subject)
    assert other_language(["imprimante ne marche pas svp", "drukarka nie działa", "printer"])
    assert not other_language(["drukarka nie działa", "printer", "printer jam"]) and not other_language([])


def test_a_language_the_kb_writes_itself_is_not_another_language():
    from kbgen.suggest.concepts import written_in_another_language

    german_kb = {"drucker", "nicht", "funktioniert"}
    assert written_in_another_language("Drucker funktioniert nicht")
    assert not written_in_another_language("Drucker funktioniert nicht", german_kb.__contains__)


def test_a_tool_marker_in_capitals_is_no_word_of_a_language():
    """Markers other redaction tools write (in capitals: <EMAIL_ADDRESS>) are left out before the
    words are lower-cased, as kbgen's own placeholders are: their words are the KB's English and
    would make a subject in another language look like one the KB writes."""
    from kbgen.suggest.concepts import text_words

    assert text_words("<EMAIL_ADDRESS> zorvath kelimu [name] <NAME>") == {"zorvath", "kelimu"}


def test_a_tools_capital_markers_are_dropped_before_words_are_lower_cased():
    """A marker another tool wrote (``<EMAIL_ADDRESS>``, ``<PERSON>``) is no word of the ticket: read
    after lower-casing it became "email" and "address", words a KB writes."""
    terms = terms_of("Plotter cabinet at <PERSON> desk sends to <EMAIL_ADDRESS>")
    assert not {"email", "address", "person"} & set(terms)
    assert "plotter" in terms and "cabinet" in terms


@pytest.mark.parametrize("word, concept", [
    ("unustanud", "forgot"), ("aizmirsa", "forgot"), ("pamiršo", "forgot"), ("insejna", "forgot"),
    ("lähtestada", "reset"), ("atiestatīju", "reset"), ("atkūriau", "reset"),
    ("lukustama", "lock"), ("bloķēja", "lock"), ("užblokavo", "lock"), ("uzblokavo", "lock"), ("imsakkra", "lock"),
    ("salasõnaga", "password"), ("paroolid", "password"), ("paskyros", "account"),
    ("sisselogimisel", "login"), ("pieteikšanās", "login"), ("prisijungiau", "login"), ("nebegaliojo", "expired"),
])
def test_the_baltic_and_maltese_account_words_are_read_by_their_stems(word, concept):
    """The field covers the EU's official languages: Estonian, Latvian, Lithuanian and Maltese inflect
    by endings, so the field lists their dictionary stems and reads every ending, with or without
    accents."""
    assert stem(concept) in english_words(stem(word))


def test_every_listed_stem_reads_a_longer_word_that_starts_with_it():
    """The bounds of the stem lookup come from the list itself: no listed stem, the shortest or the
    longest, is cut off when a word runs on past it (an inflected or compound form)."""
    from kbgen.suggest.concepts import _stems

    assert all(english_words(stem_ + "qzx") == reads for stem_, reads in _stems().items())


@pytest.mark.parametrize("word", ["parool", "parole", "konts", "kont", "bloke", "luku"])
def test_a_stem_never_reads_an_ordinary_word_of_another_listed_language(word):
    """Estonian "parool" is a Dutch word, Latvian "parole" an English one, "konts" stems to Dutch
    "kont": none is read as the field; nor is a word shorter than a listed stem."""
    assert english_words(stem(word)) == frozenset()


def test_a_lockout_is_read_open_closed_hyphenated_or_with_its_object():
    from kbgen.suggest.concepts import LOCKED_OUT

    for text in ("lock-out every monday", "locked out", "lock-out", "the portal keeps locking us out", "locks them out"):
        assert LOCKED_OUT.search(text), text
    for text in ("cabinet locked", "blocked out", "locked the shed, out now", "file locked for editing"):
        assert not LOCKED_OUT.search(text), text
