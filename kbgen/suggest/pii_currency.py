"""Currency names as people write them after an amount ("1200 Euro", "40 dollars"): what a count or
an amount ends with, so a comma chain ending in one is no postal address (see :mod:`.pii_address_chain`)."""
from __future__ import annotations

import functools
import re


@functools.cache
def currency_words() -> frozenset[str]:
    """Names of currencies as people write them after an amount ("1200 Euro", "40 dollars"), in small
    letters: the last word of every English currency name Babel knows ("dollar" of "Canadian Dollar",
    "euro", "kwacha"), with its plural; the metals and units among the names are no currency one pays in.
    Babel's list, not a hand list of some currencies."""
    from babel import Locale

    nouns = set()
    for name in Locale.parse("en").currencies.values():
        word = re.sub(r"\([^)]*\)", "", name).split()[-1:] or [""]
        if len(word[0]) >= 3 and word[0].isalpha() and word[0][0].isupper():
            nouns.add(word[0].lower())
    nouns -= _NOT_CURRENCY
    return frozenset(nouns | {w + "s" for w in nouns})


_NOT_CURRENCY = frozenset("gold silver platinum palladium unit units rights currency code account value mark real".split())
"""Last words of Babel's currency names that name no money one pays in ("Special Drawing Rights"), or
that are everyday words too ("real", "mark", "value")."""
