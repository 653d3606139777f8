"""Words a cluster shares: its title, its distinctive terms, and which ticket words are safe to show.

A title is written from what the members have in common, never copied from one ticket: the word
sequence (one to three words) that the most members use, weighted by how distinctive its words
are in the export and by how often it opens the subject (people put the topic first: "VPN
request generated through the web form..."), in the capitalisation most members use ("VPN not
connecting", "Password reset").
A word can only reach a title when a good share of the members use it, so one person's name, an
id or a typo never does; words with digits and personal-data placeholders are left out.

:class:`Vocabulary` is the export's vocabulary (how distinctive a word is). Every word a title,
a term list or a quoted subject holds must also pass :class:`~kbgen.suggest.shared.SharedWords`
(used by enough distinct people, or by the knowledge base).
"""
from __future__ import annotations

import functools
import math
import re
from collections import Counter
from dataclasses import dataclass
from typing import Callable, Iterable, Sequence

_TOKEN = re.compile(r"\[[a-z-]+\]|[^\W_][\w'’&+.-]*[^\W_]|[^\W\d_]")
_PLAIN = re.compile(r"[^\W\d_][\w'’-]*[^\W\d_]|[^\W\d_]")
STOP = frozenset("""a an the and or of for to in on at by with from into onto is are was were be been being it its this
that these those i me my we our you your he she they them his her their please pls plz can cannot cant could
would should will wont not no yes do does did doesnt didnt dont isnt wasnt im ive also still just again very
re fw fwd urgent asap help hi hello thanks thank issue issues problem problems has have had get gets got
need needs want wants keep keeps per via as than then when while after before since why who what how where
which""".split())
"""Words that do not start or end a title (function words and help-request filler)."""
FORM_WORDS = frozenset({"web", "online", "form", "forms", "portal", "submitted", "generated", "through", "completed",
                        "request", "requests"})
"""Words of web forms' own titles ("WEB HELP REQUEST", "generated through the online portal"): they
name the channel a ticket came through, not a problem."""
MIN_SHARE = 0.1
"""Share of a cluster's members that must use a word before it may appear in the title."""


@dataclass(frozen=True)
class Vocabulary:
    """The export's words and their document frequencies (lower case).

    Attributes:
        frequency: word -> number of distinct tickets using it.
        tickets: number of tickets counted.
    """

    frequency: dict[str, int]
    tickets: int
    lowercase: frozenset[str] = frozenset()
    """Words the export writes in lower case somewhere (names and ids hardly ever are)."""

    @classmethod
    def of(cls, texts: Iterable[str]) -> "Vocabulary":
        """Count the words of each text once."""
        frequency: Counter = Counter()
        lowercase: set[str] = set()
        counted = Counter(texts)
        for text, count in counted.items():
            words = _PLAIN.findall(text)
            frequency.update({w.lower(): count for w in words})
            lowercase.update(w for w in words if w.islower())
        return cls(dict(frequency), sum(counted.values()), frozenset(lowercase))

    def idf(self, word: str) -> float:
        """Inverse document frequency of a word in the export (0 for a word in every ticket)."""
        return math.log((1 + self.tickets) / (1 + self.frequency.get(word.lower(), 0)))

    def quotable(self, text: str, allowed: Callable[[str], bool]) -> bool:
        """True when a text holds no placeholder, no long number, and only words ``allowed``
        accepts (shared widely enough) that the export also writes in lower case, none a
        capitalised gazetteer name: a name redaction missed is written capitalised, and rarely
        anything else."""
        from .pii_names import gazetteer

        if "[" in text or re.search(r"\d{4,}", text):
            return False
        words = _PLAIN.findall(text)
        gaz = gazetteer()
        return bool(words) and all(allowed(w) and (not self.lowercase or w.lower() in self.lowercase)
                                   and not (w[:1].isupper() and gaz.is_name(w)) for w in words)


def _tokens(subject: str) -> list[str]:
    return [t for t in _TOKEN.findall(subject)]


@functools.lru_cache(maxsize=1 << 16)
def usable(word: str) -> bool:
    """A word that may appear in a title or a list of terms: no placeholder, no digit, and no word
    the name gazetteer knows (a name redaction missed must not reach a title)."""
    from .pii_names import gazetteer

    return not word.startswith("[") and not any(c.isdigit() for c in word) and not gazetteer().is_name(word)


def _casing(counts: Counter) -> str:
    """The capitalisation most members use, ALL-CAPS spellings counted only when nothing else is;
    a short word written in capitals by a third of the members is an acronym ("VPN")."""
    capitals = sum(n for w, n in counts.items() if w.isupper())
    short = max(counts, key=lambda w: (counts[w], w))
    if len(short) <= 4 and capitals * 3 >= sum(counts.values()):
        return short.upper()
    mixed = [(n, w) for w, n in counts.items() if not (w.isupper() and len(w) > 3)]
    chosen = max(mixed or [(n, w) for w, n in counts.items()], key=lambda item: (item[0], item[1]))
    return chosen[1]


def cluster_title(subjects: Sequence[str], vocabulary: Vocabulary, fallback: str = "Recurring problem",
                  allowed: Callable[[str], bool] = lambda word: True) -> str:
    """A title from the word sequence the members share most.

    Args:
        subjects: the member tickets' (redacted, cleaned) subjects, one per ticket.
        vocabulary: the export's vocabulary (for how distinctive a word is).
        fallback: used when no word is shared widely enough.
        allowed: the words that may be written at all (``SharedWords.allows``).

    Returns:
        One to three words, first letter capitalised.
    """
    distinct = Counter(subjects)
    total = len(subjects)
    floor = max(2, MIN_SHARE * total)
    spellings: dict[str, Counter] = {}
    grams: Counter = Counter()
    openings: Counter = Counter()
    for subject, count in distinct.items():
        tokens = _tokens(subject)
        for token in tokens:
            spellings.setdefault(token.lower(), Counter())[token] += count
        lowered = [t.lower() for t in tokens if usable(t) and allowed(t)]
        seen = set()
        for n in range(1, 4):
            for i in range(len(lowered) - n + 1):
                gram = tuple(lowered[i:i + n])
                if gram not in seen and _good_gram(gram):
                    seen.add(gram)
                    openings[gram] += count * (i == 0)
        for gram in seen:
            grams[gram] += count
    best, best_score = None, 0.0
    for gram, count in grams.items():
        if count < floor:
            continue
        content = sorted((min(vocabulary.idf(w), 8.0) for w in gram if w not in STOP), reverse=True)
        weight = content[0] + 0.5 * sum(content[1:])
        opening = 1 + 0.5 * openings[gram] / count
        score = (count / total) ** 2 * weight * (1 + 0.1 * (len(gram) - 1)) * opening
        if score > best_score or (score == best_score and best is not None and gram < best):
            best, best_score = gram, score
    if best is None:
        return fallback
    words = [_casing(spellings[w]) for w in best]
    title = " ".join(words)
    return title[:1].upper() + title[1:]


def _good_gram(gram: tuple[str, ...]) -> bool:
    return all(usable(w) for w in gram) and gram[0] not in STOP and gram[-1] not in STOP and \
        any(len(w) > 2 for w in gram)
