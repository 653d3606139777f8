"""One scan of a text that tells which of many rules can match it.

Redaction's cue rules (:data:`kbgen.suggest.pii_patterns._CUE_RULES`) each run only where one of
their hints (lower-case substrings: a cue word's stem, a separator) occurs. Testing every hint of
every rule with ``in`` reads a text about 250 times; a :class:`HintIndex` reads it once, with an
Aho-Corasick automaton (``pyahocorasick``, in C) of all rules' hints, and answers with the rules
whose hints it met: every rule whose hint occurs anywhere (overlapping hints included).

A rule's pattern ignores case as Python's ``re`` does, which is not what ``str.lower`` does: ``(?i)uid``
matches "UİD" (whose ``lower()`` is "ui" + a combining dot), "ıd" matches "id" (Turkish dotless i), "ſ"
(long s) matches "s", and ``\\d`` matches any script's decimal digits where the digit hints are ASCII.
So a hint is looked for in the lower-cased text and also in the text folded as the regular
expressions fold it (:func:`regex_fold`): each character stands for the class of characters that
``re.IGNORECASE`` treats as one, each decimal digit for its ASCII digit. A rule runs wherever the
``in`` tests on the lower-cased text ran it, and also wherever its hint is only written in another
case of the same letters.
"""
from __future__ import annotations

import re
import unicodedata
from typing import Callable, Mapping, Sequence

import ahocorasick


def re_case_tables() -> tuple[Callable[[int], int], Mapping[int, tuple[int, ...]]]:
    """How Python's ``re`` compares characters ignoring case, read from its own (private) tables: the
    one-to-one lower case of a code point (``_sre.unicode_tolower``) and the extra code points it
    matches with a lower case ("ı" with "i", "ſ" with "s": ``re._casefix._EXTRA_CASES``, kept in
    ``sre_compile`` before CPython 3.11). The one place kbgen reads ``re``'s internals; a test checks
    that :func:`regex_fold` still agrees with ``re.IGNORECASE``, so a change of them fails there."""
    from _sre import unicode_tolower
    try:
        from re._casefix import _EXTRA_CASES as extra  # CPython 3.11 and later
    except ImportError:  # pragma: no cover - CPython 3.10 keeps the same table in sre_compile
        from sre_compile import _ignorecase_fixes as extra
    return unicode_tolower, extra


_simple_lower, _EXTRA_CASES = re_case_tables()


def _fold_char(code: int) -> str:
    """One character as :func:`regex_fold` writes it: its ASCII digit if it is a decimal digit, else
    the smallest character of its case-insensitive class (its one-to-one lower case and the extra
    characters ``re`` matches with it: "ı" and "i", "ſ" and "s", "ς" and "σ")."""
    char = chr(code)
    if char.isdecimal():
        return str(unicodedata.decimal(char))
    lower = _simple_lower(code)
    return chr(min((lower, *_EXTRA_CASES.get(lower, ()))))


class _Folds(dict):
    """The translation table of :func:`regex_fold`, each character's entry made when first met; at most
    ``_FOLDS_KEPT`` kept (a hostile export of every code point cannot grow it without end: some 10 MB
    when full). Once a hostile export has filled it, a character not kept is folded again at each
    occurrence (a call of :func:`_fold_char`, about 0.5 µs against 0.05 µs from the table, measured
    on 20,000 CJK characters): the fold stays linear, some ten times slower on such characters."""

    def __missing__(self, code: int) -> str:
        folded = _fold_char(code)
        if len(self) < _FOLDS_KEPT:
            self[code] = folded
        return folded


_FOLDS_KEPT = 1 << 16


_FOLDS = _Folds()


def regex_fold(text: str) -> str:
    """``text`` with every character replaced by one representative of the characters that Python's
    case-insensitive regular expressions match with it, decimal digits by ASCII digits; one character
    for one, so ASCII text is simply lower-cased."""
    return text.lower() if text.isascii() else text.translate(_FOLDS)


class HintIndex:
    """The rules (by their index in ``hints``) of which at least one hint occurs in a text."""

    def __init__(self, hints: Sequence[Sequence[str]]) -> None:
        """Index every rule's hints.

        Args:
            hints: for each rule, its hints (non-empty lower-case strings); a rule with no hint is
                never reported, as a rule whose hints are all absent.
        """
        rules_of: dict[str, set[int]] = {}
        for index, rule_hints in enumerate(hints):
            for hint in rule_hints:
                if not hint:
                    raise ValueError(f"rule {index}: an empty hint would match every text")
                for form in {_BLANKS.sub(" ", hint), _BLANKS.sub(" ", regex_fold(hint))}:  # as the texts read
                    rules_of.setdefault(form, set()).add(index)
        self._automaton = ahocorasick.Automaton()
        for hint, rules in rules_of.items():
            self._automaton.add_word(hint, frozenset(rules))
        if rules_of:
            self._automaton.make_automaton()

    def rules_in(self, text: str) -> frozenset[int]:
        """The indices of the rules one of whose hints occurs in ``text`` lower-cased, or in ``text``
        as :func:`regex_fold` folds it (the same text when ``text`` is ASCII), each read with every run
        of spaces and tabs written as one space (a hint "is my" is met in "is\\tmy" and "is  my"; no
        hint met in the text as written is lost, hints being squeezed alike)."""
        if not text or not len(self._automaton):
            return frozenset()
        blanks = "\t" in text or "  " in text  # the rules read any run of blanks where a hint has one space
        low = _BLANKS.sub(" ", text.lower()) if blanks else text.lower()  # every hint met before is met after
        found = [rules for _, rules in self._automaton.iter(low)]
        if not text.isascii():
            folded = _BLANKS.sub(" ", regex_fold(text)) if blanks else regex_fold(text)
            if folded != low:
                found += [rules for _, rules in self._automaton.iter(folded)]
        return frozenset().union(*found)


_BLANKS = re.compile(r"[ \t]+")
"""A run of spaces and tabs: the cue rules read ``[ \\t]+`` between words, the hints one space."""
