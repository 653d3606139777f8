"""Which words of the tickets ``kbgen suggest`` may write: only words too widely shared to point at anyone.

Redaction recognises names by cues, the caller column and a gazetteer, and will always miss some
(a given name of a language the gazetteer lacks, a surname typed in lower case). This is the
second guard, and it does not try to recognise names: a word taken from ticket text reaches a
cluster title, a cluster's terms, a draft or the report only when

* at least :data:`PEOPLE_MIN` distinct people used it: distinct callers when the export has a
  caller column (one person's ten tickets count once), while a ticket with no caller counts as
  :data:`ANONYMOUS_WEIGHT` of a person (three tickets without a caller may all be one person's,
  so such words need five tickets); or
* the knowledge base itself uses it (title, summary, tags, keywords or body of a published
  article): what is published already cannot reveal a ticket's author.

A name that slipped through in one person's tickets, or in a conversation between two, therefore
never reaches the output, while the name of an in-house system that twenty people write about
does. Words are compared in lower case and by their light stem ("printers" counts for "printer"),
so a term written as a stem (the coverage's "words the KB lacks") is judged like the word.

An everyday-word list of the language (e.g. ``wordfreq``) is deliberately not an exemption: the
names redaction misses most often are exactly those that are also common words or frequent
tokens ("Kim", "Park", "Grace", "Will"), and a frequency list would wave them through.
"""
from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable, Iterable, Sequence

from .model import Ticket

if TYPE_CHECKING:
    from .kb_vocabulary import KbVocabulary

WRITTEN_PLACEHOLDER = re.compile(r"\[[a-z][a-z-]{1,20}\]")
"""What redaction writes in place of a value (``[name]``, ``[employee-id]``), the first form of
:data:`PLACEHOLDER`."""

PLACEHOLDER = re.compile(rf"{WRITTEN_PLACEHOLDER.pattern}|<[A-Z][A-Z_]{{1,20}}>")
"""A personal-data placeholder, the one definition every stage drops them by: what redaction
writes (``[name]``, ``[employee-id]``: a lower-case kind) and the markers of tools that redacted
an export before kbgen read it (``<NAME>``, ``<EMAIL_ADDRESS>``). A writer's bracketed word
(``[VPN]``, ``[Urgent]``) is text to triage and coverage, not a placeholder (grouping drops it:
see :data:`BRACKETED`). Bounded repeats: linear on any text."""

PLACEHOLDER_KINDS: dict[str, str] = {
    "name": "person", "username": "person", "employee-id": "person",
    "email": "contact", "phone": "contact",
    "ip": "system", "host": "system", "mac": "system",
    "password": "secret", "code": "secret",
    "card": "payment", "address": "postal",
}
"""The kinds redaction writes as ``[kind]`` placeholders, each with what it stood for: a person's
name or id, a way to reach someone, a system's address, a secret, a payment card, a postal
address. The one list: each user derives the subset it needs (:func:`placeholder_kinds`)."""


def placeholder_kinds(*roles: str) -> tuple[str, ...]:
    """The placeholder kinds (see :data:`PLACEHOLDER_KINDS`) standing for any of ``roles``; all of them with none."""
    return tuple(kind for kind, role in PLACEHOLDER_KINDS.items() if not roles or role in roles)


BRACKETED = re.compile(r"\[[A-Za-z_ -]{2,20}\]|<[A-Z][A-Z_]{1,20}>")
"""A placeholder, or a short bracketed tag a writer or a mail rule puts before a subject to say
where or for whom (``[Harbour depot]``, ``[EXTERNAL]``): grouping drops both, since the same
problem is filed under many sites, and a draft never quotes a subject that carries one. Bounded
repeats: linear on any text."""

WORDS = re.compile(r"[^\W\d_]+")
"""A word as triage and the language rules read it: a run of letters of any script (digits and
punctuation split words)."""


def words_of(text: str) -> tuple[str, ...]:
    """The lower-case words (:data:`WORDS`) of two letters or more of a text, in order."""
    return tuple(w.lower() for w in WORDS.findall(text) if len(w) > 1)


PEOPLE_MIN = 3.0
"""Distinct people who must use a word before suggest writes it. One person's tickets (their own
name, a colleague's, a host they alone use) or two people's exchange are the shapes in which a
name survives redaction; three distinct callers is the smallest group in which a word no longer
points at one person or one pair (k-anonymity with k = 3). It is also the three tickets a quoted
subject needs (``drafts.QUOTE_MIN``)."""
ANONYMOUS_WEIGHT = 0.6
"""A ticket without a caller counts as this much of a person: without the caller column three
tickets may be one person's follow-ups, so a word needs five such tickets (5 x 0.6 = 3)."""
MASK = "…"
"""What stands in a quoted note for a word that is not shared widely enough."""
_WORD = re.compile(r"\[[a-z-]+\]|[^\W_]+(?:[-'’.&+/][^\W_]+)*")
"""A word: letters and digits, with the joiners of compounds inside ("seo-yeon", "o'neill",
"wi-fi", "v2.1", "at&t"). A compound is judged as a whole: a rare compound of common parts (a
hyphenated given name) is rare."""


@dataclass(frozen=True)
class SharedWords:
    """How many distinct people use each word of an export, and the words the KB uses.

    Attributes:
        people: lower-case word (and its stem) -> distinct people using it (see the module).
        known: lower-case words (and stems) of the published articles.
    """

    people: dict[str, float]
    known: frozenset[str] = frozenset()

    @classmethod
    def of(cls, tickets: Sequence[Ticket], known_texts: Iterable[str] = ()) -> "SharedWords":
        """Count each word once per caller (tickets without a caller: once per ticket).

        The words of subject, description, resolution note and category count (the fields suggest
        writes from); comments are not counted, which can only make the rule stricter. A sparse
        ticket-by-word matrix does the counting, each distinct text tokenised once.
        """
        import numpy as np
        from scipy import sparse
        from sklearn.feature_extraction.text import CountVectorizer

        texts = ["\n".join((t.subject, t.description, t.close_notes, t.category)) for t in tickets]
        row_of: dict[str, int] = {}
        rows = np.array([row_of.setdefault(text, len(row_of)) for text in texts], dtype=np.int64)
        known = frozenset(w for text in known_texts for w in _forms(text))
        if not row_of:
            return cls({}, known)
        vectorizer = CountVectorizer(token_pattern=_WORD.pattern, binary=True, dtype=np.int32)
        try:
            words = vectorizer.fit_transform(list(row_of))
        except ValueError:  # no word in any ticket
            return cls({}, known)
        vocabulary = vectorizer.get_feature_names_out().tolist()
        forms = sorted({stem(w) for w in vocabulary} | set(vocabulary))
        column = {w: k for k, w in enumerate(forms)}
        to_forms = sparse.csr_matrix(
            (np.ones(2 * len(vocabulary), dtype=np.int32),
             ([k for k in range(len(vocabulary)) for _ in (0, 1)],
              [column[f] for w in vocabulary for f in (w, stem(w))])), shape=(len(vocabulary), len(forms)))
        used = ((words @ to_forms) > 0).astype(np.int32).tocsr()
        people = _people_matrix([t.person for t in tickets], rows, len(row_of))
        counts = np.asarray(((people @ used) > 0).sum(axis=0), dtype=np.float64).ravel()
        anonymous = np.bincount(rows[[not t.person for t in tickets]], minlength=len(row_of)).astype(np.float64)
        counts += ANONYMOUS_WEIGHT * (anonymous @ used)
        return cls({w: float(n) for w, n in zip(forms, counts.tolist()) if n > 0}, known)

    def allows(self, text: str) -> bool:
        """True when suggest may write ``text``: every word of it is shared widely enough (a
        placeholder such as ``[name]`` always may be written); False for a text with no word."""
        words = _WORD.findall(text)
        return bool(words) and all(self._allows_word(w) for w in words)

    def _allows_word(self, word: str) -> bool:
        if word.startswith("["):
            return True
        low = word.lower()
        return low in self.known or self.people.get(low, 0.0) >= PEOPLE_MIN - 1e-9 or stem(low) in self.known

    def mask(self, text: str) -> str:
        """``text`` with each word that may not be written replaced by :data:`MASK`."""
        return _WORD.sub(lambda m: m.group(0) if self._allows_word(m.group(0)) else MASK, text)


def _people_matrix(people: Sequence[str], rows, texts: int):
    """A person-by-text matrix: 1 where a person (a caller pseudonym) wrote a ticket with that text."""
    import numpy as np
    from scipy import sparse

    named = [k for k, person in enumerate(people) if person]
    index: dict[str, int] = {}
    person_rows = [index.setdefault(people[k], len(index)) for k in named]
    matrix = sparse.csr_matrix((np.ones(len(named), dtype=np.int32), (person_rows, rows[named])),
                               shape=(len(index), texts))
    return matrix


def _forms(text: str) -> list[str]:
    """The lower-case words of a text and their stems."""
    words = [w for w in _WORD.findall(text.lower()) if not w.startswith("[")]
    return words + [stem(w) for w in words]


def kb_texts(articles) -> Iterable[str]:
    """The published text of articles that may be compared with ticket words (not owners)."""
    for article in articles:
        yield " ".join([article.title, article.summary, " ".join(article.tags), " ".join(article.keywords),
                        article.body])


@functools.lru_cache(maxsize=1 << 17)
def stem(word: str) -> str:
    """A light English stem: plural and -ing/-ed endings removed ("printing" -> "print",
    "passwords" -> "password", "libraries" -> "library", "resetting" -> "reset")."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 5 and word.endswith("ing"):
        return _undouble(word[:-3])
    if len(word) > 4 and word.endswith("ed") and not word.endswith("eed"):
        return _undouble(word[:-2])
    if len(word) > 4 and word.endswith(("ches", "shes", "sses", "xes")):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def _undouble(word: str) -> str:
    """"resett" -> "reset", "stopp" -> "stop": the consonant doubled before -ing/-ed."""
    return word[:-1] if len(word) > 3 and word[-1] == word[-2] and word[-1] not in "aeiouls" else word


GENERIC_TITLES = 3
"""Articles whose titles must use a word for it to be one of the KB's kinds of problem (passwords,
sign-in, access: a KB writes several articles on each, for every system alike)."""
KIND_MEMBERS = 0.8
"""Share of a cluster's members that must use the kind-of-problem word."""


def one_word(subject: str) -> bool:
    """True when a subject is one word or none ("Fax", "Login"): a thing named, no problem stated
    (``fragments``: such a cluster joins a topic but none joins it)."""
    return len(subject.split()) <= 1


def nearly_all(members: Sequence[str], says: Callable[[str], bool]) -> bool:
    """True when nearly every member (``KIND_MEMBERS``) says it (``says`` of its text); each
    distinct text is read once."""
    said = sum(n for text, n in Counter(members).items() if says(text))
    return said >= KIND_MEMBERS * len(members) > 0


def best_titled(titled: list[int], rest: dict[str, float], kb: "KbVocabulary") -> int:
    """The article of ``titled`` that uses most of the phrase's words ``rest`` (the first on a tie)."""
    return max(titled, key=lambda i: (kb.share(i, rest), -i))
