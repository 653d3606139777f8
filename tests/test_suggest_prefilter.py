"""The one-scan prefilter of redaction's cue rules (kbgen/suggest/prefilter.py): it must report
exactly the rules whose hints occur, so that a rule runs wherever the substring tests ran it, and
wherever a hint is written in another case of the same letters as the rules' ``re.IGNORECASE``
reads them (the fold is checked against the regular-expression engine itself)."""
from __future__ import annotations

import re
import sys
import unicodedata

import pytest
from hypothesis import given, settings, strategies as st

from kbgen.suggest import redact
from kbgen.suggest.pii_names import _Known
from kbgen.suggest.pii_patterns import _CUE_RULES
from kbgen.suggest.prefilter import HintIndex, regex_fold


def _naive(hints: list[tuple[str, ...]], text: str) -> frozenset[int]:
    """The definition the index must meet: a rule is reported when any of its hints is a substring of
    the lower-cased text, or folded (``regex_fold``) a substring of the folded text."""
    low, folded = text.lower(), regex_fold(text)
    return frozenset(i for i, rule_hints in enumerate(hints)
                     if any(h in low or regex_fold(h) in folded for h in rule_hints))


def _naive_cues(text: str, known: _Known) -> str:
    """Redaction's cue pass as it was written before the prefilter: a substring test per hint."""
    low = text.lower()
    digits = any(c.isdigit() for c in text)
    for rule in _CUE_RULES:
        if rule.digits and not digits:
            continue
        if any(hint in low for hint in rule.hints):
            text = rule.pattern.sub(redact._cue_replacer(rule.kind, known, False), text)
    return text


def test_overlapping_and_nested_hints_are_all_reported():
    hints = [("ext",), ("text",), ("x",), ("kl.", "kl "), ("tél",), ("abc",)]
    index = HintIndex(hints)
    # "text" holds "ext" and "x"; "kl." and "tél" at the very end; "abc" absent
    assert index.rules_in("send a text to kl.") == {0, 1, 2, 3}
    assert index.rules_in("mon tél") == {4}
    assert index.rules_in("") == frozenset()
    assert index.rules_in("nothing here") == frozenset()


def test_rule_without_hints_is_never_reported_and_empty_hint_refused():
    assert HintIndex([(), ("a",)]).rules_in("a") == {1}
    assert HintIndex([]).rules_in("anything") == frozenset()
    with pytest.raises(ValueError):
        HintIndex([("",)])


# Texts built from the cue rules' own hints glued to filler, so hints overlap, touch and repeat.
_PIECES = st.sampled_from(sorted({h for rule in _CUE_RULES for h in rule.hints}) +
                          [" ", "\n", "a", "Z", "7", "é", "ö", "kl", "te", "x", "İ", "ı", "ſ", "\u212a", "٣", "Σ"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=25))
def test_index_of_the_cue_rules_equals_the_substring_tests(pieces):
    text = "".join(pieces)
    hints = [rule.hints for rule in _CUE_RULES]
    assert redact._CUE_HINTS.rules_in(text) == _naive(hints, text)
    assert redact._CUE_HINTS.rules_in(text) >= _naive(hints, text.lower())  # never fewer than lower() alone


_EVERY_CHARACTER = "".join(chr(code) for code in range(sys.maxunicode + 1) if not 0xD800 <= code <= 0xDFFF)


def _hint_letters() -> list[str]:
    return sorted({c for rule in _CUE_RULES for h in rule.hints for c in h})


def test_fold_puts_together_exactly_what_the_regex_engine_matches_ignoring_case():
    """For every character of the cue rules' hints, the characters ``(?i)`` + it matches in all of
    Unicode are exactly those ``regex_fold`` folds to the same character (digits aside: below)."""
    folded = regex_fold(_EVERY_CHARACTER)
    assert len(folded) == len(_EVERY_CHARACTER)  # one character for one: positions stay
    classes: dict[str, set[str]] = {}
    for char, fold in zip(_EVERY_CHARACTER, folded):
        if not char.isdecimal():
            classes.setdefault(fold, set()).add(char)
    for letter in _hint_letters():
        if letter.isdecimal():
            continue
        matched = {m.group(0) for m in re.finditer("(?i)" + re.escape(letter), _EVERY_CHARACTER)}
        assert matched == classes[regex_fold(letter)], letter


def test_fold_writes_every_decimal_digit_as_the_ascii_digit_the_rules_read_with_backslash_d():
    digits = [m.group(0) for m in re.finditer(r"\d", _EVERY_CHARACTER)]
    assert len(digits) > 500  # every script's digits
    assert all(regex_fold(d) == str(unicodedata.decimal(d)) for d in digits)


@pytest.mark.parametrize("text", [
    "UİD: qarnveld",        # Turkish capital dotted I: lower() gives "i" and a combining dot
    "uſername: qarnveld7",  # long s, which (?i) matches with "s"
])
def test_a_cue_in_another_case_of_its_letters_runs_its_rule(text):
    # both were kept before the fold: the hint scan read lower(), the rule reads re.IGNORECASE
    assert redact._redact_cues(text, _Known(redact.Lexicon())) != text


def test_a_rule_hinted_by_digits_runs_on_any_scripts_digits():
    digit_rules = {i for i, rule in enumerate(_CUE_RULES) if "7" in rule.hints}
    assert digit_rules and digit_rules <= redact._CUE_HINTS.rules_in("kod ٤٧٢٩")


@pytest.mark.parametrize("text", [
    "Please unlock the account for user qv.morrow7 asap",
    "USERNAME: tb-hallgrim22",
    "Benutzer: kfendrel4, Durchwahl 4471",
    "call me back on 0612 884 213, ext 5520",
    "Employee ID 4471982 cannot log on",
    "My badge no is 88120455",
    "Send the dock to my home address: 14 Larkspur Road, Tevington TV4 9QX",
    "Login failed for DOMAIN\\pquillan",
    "Mon numéro de poste : 6621",
    "her account (wdrayle3) is locked",
    "Usuário: mrocha.lima",
])
def test_cue_pass_redacts_as_the_substring_tests_did(text):
    # invented texts, each holding the cue of a different rule (cues in capitals, accented, at the end)
    assert redact._redact_cues(text, _Known(redact.Lexicon())) == _naive_cues(text, _Known(redact.Lexicon()))
    assert redact._redact_cues(text, _Known(redact.Lexicon())) != text
