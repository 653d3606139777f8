"""Which words of a cluster name something rather than say a problem: the names of in-house
systems, sites and codes that a cluster's members write beside what they ask about, read by their
shape (capitals inside a line, CamelCase, a digit), their rarity in the export and whether the KB
and the KB's language use them (see ``coverage``: its search in the KB's words, its "answered but
for the names" update, and the sign-in rule of ``sign_in`` all set these words aside)."""
from __future__ import annotations

import functools
import re
from collections import Counter
from typing import TYPE_CHECKING, Sequence

from .kb_vocabulary import terms_of
from .shared import stem

if TYPE_CHECKING:
    from .coverage import CoverageContext

HEAD_SHARE = 0.5
"""Share of members that must use a word for it to be the cluster's head word. The head overrides
what the other signals say (see ``_unknown_head``), so it must be what most members write: a word
a third of them use is one wording among several ("file overwritten" beside "deleted file")."""


def word_uses(members: Sequence[str]) -> Counter:
    """How many members write each single-word term (a member counts a term once; each distinct
    text is read once, an export repeating its subjects)."""
    uses: Counter = Counter()
    for text, n in Counter(members).items():
        uses.update({t: n for t in terms_of(text) if " " not in t})
    return uses


def member_uses(members: Sequence[str], among: frozenset[str] | set[str]) -> Counter:
    """How many members write each of the terms ``among`` (:func:`word_uses`, kept to those terms)."""
    return Counter({term: n for term, n in word_uses(members).items() if term in among})


def fill_one_slot(members: Sequence[str], unknown: Sequence[str]) -> bool:
    """True when the unknown words take turns in the members' text, one at a time, none in most of
    them: the names of several systems in one phrase ("<system> sign in problem")."""
    unknown_set = set(unknown)
    per_text = [len(unknown_set & set(terms_of(text))) for text in members]
    counts = member_uses(members, unknown_set)
    return max(per_text, default=0) <= 1 and max(counts.values(), default=0) <= HEAD_SHARE * len(members)


def words_set_aside(members: Sequence[str], context: CoverageContext) -> frozenset[str]:
    """The words of a cluster's members that its search in the KB's words leaves out: words the KB
    never uses (``KbVocabulary.knows``) or of a language the KB does not write
    (``concepts.words_of_other_languages``) that fewer than ``HEAD_SHARE`` of the members write and
    that are written like a name or a code (:func:`_aside_shape`: the names of in-house systems
    taking turns, a site, a code, a greeting in another language), and rare proper names the KB
    lacks however many members write them (``proper_name``: one system's name in every subject).
    A word the KB lacks that the members write in lower case is part of what they ask about, however
    few write it, and stays in: search cannot answer it with confidence, which is the evidence of a
    gap ("pottery" of "pottery wheel timer")."""
    uses = word_uses(members)
    floor = HEAD_SHARE * len(members)
    return frozenset(t for t, n in uses.items() if (t in context.foreign_terms or not context.kb.knows(t)) and
                     ((n < floor and _aside_shape(t, members, context))
                      or proper_name(t, members, context.frequency, context.total)))


def _aside_shape(term: str, members: Sequence[str], context: CoverageContext) -> bool:
    """True when a word the KB lacks tells search nothing: of another language, a code (a digit in
    it), or written as a name at least as often as in lower case (``_name_shape``; a capitalised
    word only ever opening its line shows neither and is taken for a name, as names lead subjects)."""
    if term in context.foreign_terms or any(c.isdigit() for c in term):
        return True
    named, plain = _name_shape(term, members)
    return named >= plain


NAME_SHAPED = 0.6
"""Share of a word's informative occurrences that must be written as a name (capital letter inside
a line, CamelCase, or capitals in a line that is not) for the word to be a proper name."""


RARE_NAME = 0.05
"""Most share of the export's texts a proper name may be used by: a system's name is written by
the people who use that system; a word in more texts is part of the desk's ordinary language."""


_TOKEN = re.compile(r"[^\W\d_][\w'-]*")


def proper_name(term: str, members: Sequence[str], frequency: Counter, total: int) -> bool:
    """True when the members write ``term`` as a proper name (a system, a product, a place) and
    the export uses it rarely. People capitalise names wherever they stand ("reset password
    LineTrack", "KANBANX pw") and write ordinary words in lower case inside a line; the first word
    of a line and lines typed in capitals say nothing either way."""
    named, plain = _name_shape(term, members)
    return named >= 2 and named >= NAME_SHAPED * (named + plain) and frequency[term] <= RARE_NAME * total


def _name_shape(term: str, members: Sequence[str]) -> tuple[int, int]:
    """How often the members write ``term`` as a name (capital inside a line, CamelCase, capitals in
    a line that is not) and how often in lower case (inside a line, or opening it: a name is
    capitalised wherever it stands; see :func:`proper_name`)."""
    return _name_shapes(tuple(members)).get(term, (0, 0))


@functools.lru_cache(maxsize=16)
def _name_shapes(members: tuple[str, ...]) -> dict[str, tuple[int, int]]:
    """:func:`_name_shape` of every term of ``members``, in one pass over each distinct text: the
    rules ask it of every word a cluster's members write, so asking it word by word would read a
    cluster of n texts n times (seconds for a cluster of a few thousand)."""
    shapes: dict[str, list[int]] = {}
    for text, count in Counter(members).items():
        line = text.split(". ", 1)[0]
        shouting = line.upper() == line
        for position, token in enumerate(_TOKEN.findall(line)):
            shape = shapes.setdefault(stem(token.lower()), [0, 0])
            inner = any(c.isupper() for c in token[1:]) and any(c.islower() for c in token)
            if inner or (not shouting and token.isupper() and len(token) > 1):
                shape[0] += count
            elif not shouting:
                shape[0] += count * (position > 0 and token[0].isupper())
                shape[1] += count * token[0].islower()
    return {term: (named, plain) for term, (named, plain) in shapes.items()}


def slot_names(members: Sequence[str], unknown: Sequence[str], frequency: Counter | None,
                total: int) -> frozenset[str]:
    """The unknown words that name several systems taking turns in one phrase ("<system> keeps
    refusing my password"): the unknown words fewer than half the members write (``HEAD_SHARE``),
    two or more, one at a time (``fill_one_slot``), rare in the export (``RARE_NAME``) and written
    as names (``_name_shape``): capitalised inside a line twice or more between them, none of them
    more often in lower case than as a name (a name that opens its subject shows no capital of its
    own, so each cannot be told alone). Devices written in lower case ("label", "wristband" printer)
    are no names: the KB's article on the kind does not answer a device it never names. The
    unknown words most members write are the phrase's own ("refusing") and stay in it. Empty when
    there are no such names."""
    if not frequency:
        return frozenset()
    uses = member_uses(members, set(unknown))
    turns = [u for u in unknown if uses[u] < HEAD_SHARE * len(members)]
    if len(turns) < 2 or not fill_one_slot(members, turns):
        return frozenset()
    shapes = [_name_shape(u, members) for u in turns]
    rare = all(frequency[u] <= RARE_NAME * total for u in turns)
    named = sum(n for n, _ in shapes) >= 2 and all(plain <= n for n, plain in shapes)
    return frozenset(turns) if rare and named else frozenset()
