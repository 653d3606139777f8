"""The one-scan prefilter of redaction's cue rules (kbgen/suggest/prefilter.py): it must report
exactly the rules whose hints occur, so that a rule runs wherever the substring tests ran it."""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from kbgen.suggest import redact
from kbgen.suggest.pii_names import _Known
from kbgen.suggest.pii_patterns import _CUE_RULES
from kbgen.suggest.prefilter import HintIndex


def _naive(hints: list[tuple[str, ...]], low: str) -> frozenset[int]:
    """The definition the index must meet: a rule is reported when any of its hints is a substring."""
    return frozenset(i for i, rule_hints in enumerate(hints) if any(h in low for h in rule_hints))


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
                          [" ", "\n", "a", "Z", "7", "é", "ö", "kl", "te", "x"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=25))
def test_index_of_the_cue_rules_equals_the_substring_tests(pieces):
    low = "".join(pieces).lower()
    hints = [rule.hints for rule in _CUE_RULES]
    assert redact._CUE_HINTS.rules_in(low) == _naive(hints, low)


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
