"""Round 15's speed mechanisms give the answers of the code they replace (no timing here): each skip
or cache is checked against the plain definition on generated words and texts."""
from __future__ import annotations

import sys
import unicodedata

from hypothesis import given, settings, strategies as st

from kbgen.fold import without_marks
from kbgen.suggest import triage_words
from kbgen.suggest.typing_slips import slip_distance

_LETTERS = st.text(alphabet="abcdefghijklmnopqrstuvwxyzäöüéß", max_size=12)


@given(_LETTERS, _LETTERS)
@settings(max_examples=400, deadline=None)
def test_a_slip_distance_is_at_least_the_difference_in_length(a: str, b: str) -> None:
    """The length test ``_is_test_word`` makes before aligning rests on this bound."""
    assert slip_distance(a, b) >= abs(len(a) - len(b))


def _test_word_by_definition(word: str) -> bool:
    """``_is_test_word`` as written before its length test and its memory."""
    if word in triage_words._TEST_CORE:
        return True
    if word.startswith("test") and (word[4:] in triage_words.EMPTY_WORDS or word[4:] in triage_words._TEST_WORDS):
        return True
    return any(slip_distance(word, core) == 1 for core in ("test", "testing")) and len(word) >= 3


@given(st.one_of(_LETTERS, st.sampled_from(["test", "tets", "tst", "tesst", "testign", "testinf", "vesting", "tester",
                                            "testticket", "rest", "text", "t", "te", "tes"])))
@settings(max_examples=400, deadline=None)
def test_test_words_are_the_ones_the_definition_gives(word: str) -> None:
    assert triage_words._is_test_word(word) == _test_word_by_definition(word)


def _marks_by_definition(text: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


@given(st.text(max_size=40))
@settings(max_examples=300, deadline=None)
def test_marks_dropped_as_the_definition_drops_them(text: str) -> None:
    assert without_marks(text) == _marks_by_definition(text)


def test_marks_dropped_from_every_character() -> None:
    """Every code point (surrogates aside), each after a letter its mark may follow."""
    chars = [chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF]
    for start in range(0, len(chars), 4096):
        text = "e".join(chars[start:start + 4096])
        assert without_marks(text) == _marks_by_definition(text)


@given(st.text(alphabet="abcdeiopstuwx", max_size=8), st.text(alphabet="abcdeiopstuwx", min_size=1, max_size=12))
@settings(max_examples=500, deadline=None)
def test_an_abbreviation_keeps_its_words_first_letter(short: str, word: str) -> None:
    """``KbVocabulary._expansions`` tries only the words of the abbreviation's first letter."""
    from kbgen.suggest.kb_vocabulary import is_abbreviation

    if is_abbreviation(short, word):
        assert short[:1] == word[:1]
