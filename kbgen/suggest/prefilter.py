"""One scan of a text that tells which of many rules can match it.

Redaction's cue rules (:data:`kbgen.suggest.pii_patterns._CUE_RULES`) each run only where one of
their hints (lower-case substrings: a cue word's stem, a separator) occurs. Testing every hint of
every rule with ``in`` reads a text about 250 times; a :class:`HintIndex` reads it once, with an
Aho-Corasick automaton (``pyahocorasick``, in C) of all rules' hints, and answers with the rules
whose hints it met. The answer is the same set as the ``in`` tests give (a hint found anywhere,
overlapping hints included), so which rules run does not change; only the cost of finding out.
"""
from __future__ import annotations

from typing import Sequence

import ahocorasick


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
                rules_of.setdefault(hint, set()).add(index)
        self._automaton = ahocorasick.Automaton()
        for hint, rules in rules_of.items():
            self._automaton.add_word(hint, frozenset(rules))
        if rules_of:
            self._automaton.make_automaton()

    def rules_in(self, low: str) -> frozenset[int]:
        """The indices of the rules one of whose hints occurs in ``low`` (the text, lower-cased)."""
        if not low or not len(self._automaton):
            return frozenset()
        return frozenset().union(*[rules for _, rules in self._automaton.iter(low)])
