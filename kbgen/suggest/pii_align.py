"""One alignment of a field's original words with its redacted words, shared by the second passes.

The host pass (:mod:`.pii_host_scheme`) and the account pass (:mod:`.pii_account_scheme`) both read
what the first pass replaced: each placeholder of a redacted field stands for some words of the
original. :func:`differences` finds, once per field, the stretches where the two lists of words
differ; each pass then reads its own placeholders from them. The host pass only swaps a token for
``[host]`` (no whitespace is added or removed), so the account pass reads the same stretches in the
host pass's output (:func:`stretches_for` checks that the word counts still agree).

The alignment is linear in the words: equal words advance both lists, a difference is resolved within a
bounded window (:func:`_resync`), never by a global alignment (quadratic on long fields of repeated words).
"""
from __future__ import annotations

from typing import NamedTuple

_SYNC_WINDOW = 8
"""Words either list may run ahead of the other between two agreeing stretches: a redaction replaces a
value of a few words by one placeholder (or one by a few), never more; a wider gap is left unaligned."""
_SYNC_WORDS = 3
"""Agreeing words that resume the alignment after a difference (one shared word may be a repeated one)."""


class Alignment(NamedTuple):
    """The stretches where a field's original and redacted words differ: ``(i, i2, j, j2)`` each, the
    original's words ``i:i2`` written as the redacted words ``j:j2``; and the two texts' word counts."""

    stretches: tuple[tuple[int, int, int, int], ...]
    before: int
    after: int


def _agree(before: list[str], after: list[str], a: int, b: int) -> bool:
    """Whether the lists agree from ``before[a]``/``after[b]``: both end there, or ``_SYNC_WORDS`` words are
    equal, or fewer up to the next placeholder or the end (another redaction may follow a word later)."""
    if a == len(before) and b == len(after):
        return True
    for k in range(_SYNC_WORDS):
        if a + k == len(before) and b + k == len(after):
            return k > 0
        if b + k < len(after) and "[" in after[b + k] and k > 0:
            return True
        if a + k >= len(before) or b + k >= len(after) or before[a + k] != after[b + k]:
            return False
    return True


def _resync(before: list[str], after: list[str], i: int, j: int) -> tuple[int, int]:
    """The nearest (by words skipped) point past a difference at ``before[i]``/``after[j]`` where the two
    lists agree again (``_agree``); ``(i + 1, j + 1)`` when none is within ``_SYNC_WINDOW`` words."""
    for total in range(2, 2 * _SYNC_WINDOW + 1):
        for di in range(max(1, total - _SYNC_WINDOW), min(total, _SYNC_WINDOW + 1)):
            a, b = i + di, j + total - di
            if a <= len(before) and b <= len(after) and _agree(before, after, a, b):
                return a, b
    return i + 1, j + 1


def differences(before: list[str], after: list[str]) -> Alignment:
    """The alignment of the words ``before`` (an original field) with ``after`` (its redaction)."""
    stretches = []
    i = j = 0
    while i < len(before) and j < len(after):
        if before[i] == after[j]:
            i, j = i + 1, j + 1
            continue
        i2, j2 = _resync(before, after, i, j)
        stretches.append((i, i2, j, j2))
        i, j = i2, j2
    return Alignment(tuple(stretches), len(before), len(after))


def stretches_for(before: list[str], after: list[str],
                  known: Alignment | None = None) -> tuple[tuple[int, int, int, int], ...]:
    """The differing stretches of ``before`` and ``after``: those of ``known`` (an alignment of the same
    original with an earlier redaction of as many words), else aligned here."""
    if known is None or known.before != len(before) or known.after != len(after):
        known = differences(before, after)
    return known.stretches
