"""How far a typed word is from a word meant, counting typing slips (for redaction's cue words).

A slip hits a key beside the one meant, on the keyboard layouts users type on; a letter far from it
makes another word. Used by :mod:`.pii_secrets` to read cue words typed with a slip ("passwrod",
"tokne") without reading other words as cues ("taken" is no "token").
"""
from __future__ import annotations

# A typing slip hits a key beside the one meant; a letter far from it on the keyboard (a vowel for
# another: "taken" for "token") makes another word, not a slip. Neighbours on the layouts
# users type on (QWERTY, QWERTZ, AZERTY): same row one key apart, or the staggered keys above and below.
_KEY_ROWS = (("qwertyuiop", "asdfghjkl", "zxcvbnm"), ("qwertzuiop", "asdfghjkl", "yxcvbnm"),
             ("azertyuiop", "qsdfghjklm", "wxcvbn"))


def _key_neighbours() -> frozenset[tuple[str, str]]:
    """Pairs of letters whose keys touch on one of ``_KEY_ROWS``' layouts (both orders)."""
    pairs = set()
    for rows in _KEY_ROWS:
        for upper, lower in zip(rows, rows[1:]):
            for i, key in enumerate(lower):
                pairs.update((key, upper[k]) for k in (i, i + 1) if k < len(upper))
        for row in rows:
            pairs.update(zip(row, row[1:]))
    return frozenset(pairs | {(b, a) for a, b in pairs})


_NEIGHBOURS = _key_neighbours()


def slip_distance(a: str, b: str) -> int:
    """Optimal-string-alignment distance of two short words (bounded: the words are short); a letter
    typed for one whose key is not beside it costs two (``_NEIGHBOURS``)."""
    previous2, previous = None, list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        current = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1 if (a[i - 1], b[j - 1]) in _NEIGHBOURS else 2
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if previous2 is not None and i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                current[j] = min(current[j], previous2[j - 2] + 1)
        previous2, previous = previous, current
    return previous[-1]
