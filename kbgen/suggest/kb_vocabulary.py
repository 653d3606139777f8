"""The knowledge base's own vocabulary, as coverage reads it: the stemmed terms (words and word
pairs) of each published article, strong fields (title, summary, tags, keywords, headings) apart
from the body, and how a word the KB never writes may still be one of its words: an abbreviation
("pwd"), two letters swapped or a typing slip the export makes rarely ("resset"), a pair the site's
search treats as the same ("account blocked" / "account locked"), or the account vocabulary of
another language (``concepts``). Split from ``coverage`` (one concern per module): coverage
weighs a cluster's terms against what this vocabulary says.
"""
from __future__ import annotations

import functools
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Iterable, Sequence

from ..model import Article, Corpus
from .concepts import FUNCTION_WORDS, SIGN_IN_WORDS, english_words, join_phrases
from .shared import PLACEHOLDER, kb_texts, stem
from .titles import FORM_WORDS, STOP

MISSPELT_RATIO = 3
"""A word is a misspelling of a word one typing slip away that the export uses this many times
as often (people misspell a word now and then, never most of the time)."""
SHORTENING = 4
"""Longest word read as a shortening of any KB word ("pwd", "acct"); a longer one is read as a
contraction only (first and last letters kept, vowels dropped: ``is_abbreviation``)."""
EXPANSIONS = 3
"""Most KB words an abbreviation may stand for to be read as them ("pw": password, power,
PowerPoint); "dl" could be a dozen words of a KB (delete, delegate, delivery...) and is read as none."""
_WORD = re.compile(r"[^\W\d_](?:[^\W_]|['-])*[^\W_]")
"""A word: letters of any script (a request written in another language is read whole: "hasła",
not "has"), digits, apostrophes and hyphens inside."""
_HEADING = re.compile(r"(?m)^#{1,6}[ \t]+(.+)$")


# Two initials written with a slash ("p/w", "u/n"): split at the slash each letter alone is no word.
# Such a pair is the initials of a two-word phrase or compound ("w/o" without, "a/c" air conditioning,
# "n/a" not applicable, "s/n" serial number), so it is joined only when its letters are the initials of
# the two parts of a compound that means nothing but signing in (``_SIGN_IN_PARTS``: "p/w" password,
# "u/n" username) and of no other common phrase. Not joined, though their compounds are sign-in words:
# "u/i" (user interface), "s/o" (someone, sign-off), "p/c" (a PC, petty cash), "l/o" and "l/i" (left
# over, line item), "p/p" (pages, per procurationem): a desk writes those initials for other phrases
# as often. Linear: fixed width.
_INITIALS = re.compile(r"(?<![^\W\d_])([^\W\d_])/([^\W\d_])(?![^\W\d_])")
_SIGN_IN_PARTS = ("pass word", "user name")
"""The compounds of ``concepts.SIGN_IN_WORDS`` whose initials stand for nothing else (see above),
written as their two parts."""


def _sign_in_initials() -> dict[str, str]:
    """The initials of each sign-in compound's parts and the compound ("pw": "password")."""
    found = {"".join(part[0] for part in compound.split()): compound.replace(" ", "") for compound in _SIGN_IN_PARTS}
    assert set(found.values()) <= SIGN_IN_WORDS  # the table names the field's own words
    return found


_INITIALS_OF = _sign_in_initials()


def _initials(text: str) -> str:
    """A text with each pair of initials written with a slash joined where the pair is the initials of
    a sign-in compound's parts ("p/w" -> "pw", read as "password"); other pairs as written."""
    def join(match: re.Match) -> str:
        pair = (match.group(1) + match.group(2)).lower()
        return pair if pair in _INITIALS_OF else match.group(0)
    return _INITIALS.sub(join, text)


VOWELS = "aeiouy"
"""The vowels of the Latin-script languages' ordinary words ("y" too: "gym", "try"): a shortening
drops them ("pwd", "paswd"), an ordinary word keeps them."""


def swaps(word: str) -> set[str]:
    """The word with each pair of neighbouring letters swapped."""
    return {word[:i] + word[i + 1] + word[i] + word[i + 2:] for i in range(len(word) - 1) if word[i] != word[i + 1]}


# Bounded at 1,024 words: one entry holds ~50 KB of near words (16,384 entries grew to ~0.8 GB
# on an export of many distinct long words).
@functools.lru_cache(maxsize=1 << 10)
def slips_of(word: str) -> frozenset[str]:
    """The words ``word`` may be one typing slip of: a letter changed, two neighbouring letters
    swapped, a letter missing from ``word``, or a doubled letter typed once too often ("resset").
    A word that is ``word`` less another letter is not one ("wlan" is no slip of "lan"). The one
    rule of a slip for the KB's words (``KbVocabulary.near_words``) and the account field's
    (``sign_in``)."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    near = {word[:i] + c + word[i + 1:] for i in range(len(word)) for c in letters} | swaps(word)
    near |= {word[:i] + c + word[i:] for i in range(len(word) + 1) for c in letters}
    near |= {word[:i] + word[i + 1:] for i in range(1, len(word)) if word[i] == word[i - 1]}
    near.discard(word)
    return frozenset(near)


@functools.lru_cache(maxsize=1 << 17)
def terms_of(text: str) -> tuple[str, ...]:
    """Stemmed content words and adjacent pairs of a text (pairs joined by a space); the words
    of web forms' titles are left out (they name the channel, not the problem). Cached: subject
    lines recur across tickets and stages."""
    text = _initials(join_phrases(PLACEHOLDER.sub(" ", text).lower()))  # markers first: a tool's are capitals
    words = [stem(w) for w in _WORD.findall(text)
             if w not in STOP and w not in FORM_WORDS and w not in FUNCTION_WORDS and len(w) > 1]
    return tuple(words + [f"{a} {b}" for a, b in zip(words, words[1:])])


def each_once(terms: Sequence[str], count: int):
    """Each of the terms once, weighing ``count``: for ``Counter.update``, which counts a plain
    collection in C and walks a mapping in Python (a large export has one text per ticket)."""
    once = set(terms)
    return once if count == 1 else dict.fromkeys(once, count)


def _synonym_terms(groups: Sequence[Sequence[str]]) -> dict[str, frozenset[str]]:
    """Per pair of words ("account blocked" -> "account block"), the other pairs of the search
    synonym groups it is in. Single words are left out: the search's everyday equivalents ("boot"
    for "start up", "notebook" for "laptop") serve recall, and reading a word the KB never uses
    as a KB word would make a topic the KB lacks look answered; a pair says the same thing in
    other words. Phrases of three words or more are left out too (coverage reads words and pairs)."""
    found: dict[str, set[str]] = defaultdict(set)
    for group in groups:
        terms = set()
        for phrase in group:
            words = [stem(w) for w in _WORD.findall(phrase.lower()) if w not in STOP]
            if len(words) == 2:
                terms.add(" ".join(words))
        for term in terms:
            found[term] |= terms - {term}
    return {t: frozenset(v) for t, v in found.items() if v}


def site_synonyms(corpus: Corpus) -> list[list[str]]:
    """The synonym groups the site's search uses (kbgen's IT list unless switched off, then the
    site's own ``search.synonyms``); none when the search package cannot be read."""
    try:
        from ..search.settings import synonym_groups
    except ImportError:
        return []
    return synonym_groups(corpus.config.search)


def kb_words(articles: Sequence[Article],
             texts: Iterable[str] | None = None) -> tuple[frozenset[str], frozenset[str]]:
    """The stemmed words of the articles' titles, and of the articles anywhere (title, summary,
    tags, keywords, body; ``texts`` when the caller has made them already: ``shared.kb_texts``), a
    hyphenated word also by its parts ("wi-fi": "wi", "fi"), as triage reads subjects (what its
    fixed formulas never use)."""
    def words(texts) -> frozenset[str]:
        found = {t for text in texts for t in terms_of(text) if " " not in t}
        return frozenset(found | {stem(part) for word in found for part in word.split("-") if part})
    anywhere = words(kb_texts(articles) if texts is None else texts)
    return words(a.title for a in articles), anywhere


def is_abbreviation(short: str, word: str) -> bool:
    """True when ``short`` is how people shorten ``word``: same first letter, its letters in order,
    at most four of them, a word at least two letters longer ("pwd" -> "password", "acct" ->
    "account", "mgr" -> "manager"); five or six letters when the last letter is kept too and at
    most one vowel is left (vowels dropped from inside a word: "paswd" -> "password"; "pager" is
    a word of its own, not "passenger" shortened)."""
    if not 2 <= len(short) <= 6 or len(word) < len(short) + 2 or short[0] != word[0] or not short.isalpha():
        return False
    if len(short) > SHORTENING and (short[-1] != word[-1] or sum(c in VOWELS for c in short) > 1):
        return False  # a longer shortening keeps the last letter and drops the vowels ("paswd", "accnt")
    position = 0
    for letter in short[1:]:
        position = word.find(letter, position + 1)
        if position < 0:
            return False
    return True


def expansions(short: str, words: Iterable[str], most: int | None = EXPANSIONS) -> frozenset[str]:
    """The words of ``words`` that ``short`` may shorten (:func:`is_abbreviation`); none when it could
    shorten more than ``most`` of them (an abbreviation that may stand for many words says none: "dl").
    ``most=None``: no such limit (a closed field of a few words, ``sign_in._contracted``)."""
    found = frozenset(w for w in words if is_abbreviation(short, w))
    return found if most is None or len(found) <= most else frozenset()


@dataclass(frozen=True)
class KbVocabulary:
    """The terms each published article uses: strong fields and body."""

    articles: tuple[Article, ...]
    strong: tuple[frozenset[str], ...]
    body: tuple[frozenset[str], ...]
    anywhere: frozenset[str]
    frequency: Counter | None = None
    """How many of the export's texts use each term (to tell a misspelling from another word)."""
    synonyms: dict[str, frozenset[str]] = field(default_factory=dict)
    """Per pair of stemmed words, the other pairs of its search synonym groups."""

    @classmethod
    def of(cls, articles: Sequence[Article], frequency: Counter | None = None,
           synonyms: Sequence[Sequence[str]] = ()) -> "KbVocabulary":
        strong, body = [], []
        for article in articles:
            heads = " . ".join([article.title, article.summary, *article.tags, *article.keywords,
                                *_HEADING.findall(article.body)])
            strong.append(frozenset(terms_of(heads)))
            body.append(frozenset(terms_of(article.body)))
        anywhere = frozenset().union(*strong, *body) if articles else frozenset()
        return cls(tuple(articles), tuple(strong), tuple(body), anywhere, frequency, _synonym_terms(synonyms))

    def spellings(self, term: str) -> frozenset[str]:
        """The term and, for a word the KB never uses, the strong-field words it abbreviates (up to
        four letters) or that it misspells: two neighbouring letters swapped, or one typing slip
        away when the export writes that word far more often (see ``misspells``)."""
        cache = self._spelled
        if term not in cache:
            same = {t for t in self.synonyms.get(term, ()) if t in self.anywhere} | self._compound(term)
            translated = self._translated(term)
            if term in self.anywhere or same:  # the KB's word, or one the site's search treats as the same
                cache[term] = frozenset({term} | same)
            elif translated:  # the account vocabulary of another language (``concepts``)
                cache[term] = translated
            elif not 2 <= len(term) <= 9:
                cache[term] = frozenset({term})
            elif " " in term:  # a pair: each word in its spellings ("pw reset" -> "password reset")
                first, second = term.split(" ", 1)
                cache[term] = frozenset(f"{a} {b}" for a in self.spellings(first) for b in self.spellings(second))
            elif len(term) <= SHORTENING:
                cache[term] = frozenset({term}) | expansions(term, self._strong_by_initial.get(term[:1], ()))
            else:  # two neighbouring letters swapped ("reste", "pasowrd"), or a slip ("resset"): the word meant
                meant = {w for w in swaps(term) if w in self._strong_words}
                meant |= expansions(term, self._strong_by_initial.get(term[:1], ()))
                meant |= {w for w in self.near_words(term) if w in self._strong_words and self.misspells(term, w)}
                cache[term] = frozenset({term} | meant)
        return cache[term]

    def _compound(self, term: str) -> set[str]:
        """The KB's word for a compound written another way: closed, open or hyphenated are one
        word ("lock out" and "lockout", "wifi" and "wi-fi", "log in" and "login"); what people type
        and what a KB's writer chose differ only in the space or the hyphen."""
        closed = term.replace(" ", "").replace("-", "")
        found = {closed} if closed != term and closed in self._single_words else set()
        if self._hyphenated.get(closed, term) != term:
            found.add(self._hyphenated[closed])
        return found

    @functools.cached_property
    def _hyphenated(self) -> dict[str, str]:
        """The KB's hyphenated words by their closed form ("wifi" -> "wi-fi"); where two share one
        ("zor-vath", "zorv-ath"), the last in sorted order, whatever the hash seed."""
        return {w.replace("-", ""): w for w in sorted(self._single_words) if "-" in w}

    def _translated(self, term: str) -> frozenset[str]:
        """The term and the KB's English words for it when it (or a word of a pair) is a word of the
        account concept field in another language ("wachtwoord gesperrt" -> "password lock");
        empty otherwise."""
        words = term.split(" ")
        read = [{w} | {e for e in english_words(w) if e in self.anywhere} for w in words]
        if all(len(r) == 1 for r in read):
            return frozenset()
        if len(words) == 1:
            return frozenset(read[0])
        return frozenset(f"{a} {b}" for a in read[0] | self.spellings(words[0])
                         for b in read[1] | self.spellings(words[1]))

    @functools.cached_property
    def _strong_by_initial(self) -> dict[str, tuple[str, ...]]:
        """The strong-field words by their first letter: an abbreviation keeps its word's first letter
        (:func:`is_abbreviation`), so only the words of that letter are tried."""
        found: dict[str, list[str]] = defaultdict(list)
        for word in self._strong_words:
            found[word[:1]].append(word)
        return {initial: tuple(words) for initial, words in found.items()}

    @functools.cached_property
    def _spelled(self) -> dict[str, frozenset[str]]:
        return {}

    @functools.cached_property
    def memo(self) -> dict:
        """What the rules reading the export against this vocabulary remember of it (one dict per
        vocabulary, gone with it): a rule keeps its own entry under its own key."""
        return {}

    @functools.cached_property
    def titles(self) -> tuple[frozenset[str], ...]:
        """The words of each article's title (stemmed, no pairs)."""
        return tuple(frozenset(t for t in terms_of(a.title) if " " not in t) for a in self.articles)

    @functools.cached_property
    def title_counts(self) -> Counter:
        """How many articles' titles use each word."""
        return Counter(w for title in self.titles for w in title)

    @functools.cached_property
    def _strong_words(self) -> frozenset[str]:
        return frozenset(t for terms in self.strong for t in terms if " " not in t)

    def near_words(self, word: str) -> frozenset[str]:
        """The KB's words one typing slip away from ``word`` (a letter changed, two letters swapped,
        a letter missing from ``word``, a doubled letter typed once too often): what a search
        engine's typo correction reads ``word`` as. A KB word that is ``word`` less another letter
        does not count ("wlan" is no slip of "lan")."""
        return slips_of(word) & self._single_words

    def misspells(self, word: str, meant: str) -> bool:
        """True when the export writes ``meant`` at least ``MISSPELT_RATIO`` times as often as
        ``word`` (people misspell a word now and then, never most of the time)."""
        return self.frequency is not None and self.frequency[meant] >= MISSPELT_RATIO * max(1, self.frequency[word])

    @functools.cached_property
    def _single_words(self) -> frozenset[str]:
        return frozenset(t for t in self.anywhere if " " not in t)

    def knows(self, term: str) -> bool:
        """True when the KB uses the term, or the word it abbreviates, anywhere."""
        return any(s in self.anywhere for s in self.spellings(term))

    def share(self, index: int, weights: dict[str, float]) -> float:
        """Share of the weighted terms that article ``index`` uses (body half)."""
        return self.pair_share(index, index, weights)

    def pair_share(self, first: int, second: int, weights: dict[str, float]) -> float:
        """Share of the weighted terms that either of two articles uses (body half)."""
        total = sum(weights.values()) or 1.0
        used = 0.0
        for term, weight in weights.items():
            spelled = self.spellings(term)
            used += weight * max(self._use(spelled, first), self._use(spelled, second))
        return used / total

    def _use(self, spelled: frozenset[str], index: int) -> float:
        return 1.0 if spelled & self.strong[index] else 0.5 if spelled & self.body[index] else 0.0


def article_text(article: Article) -> str:
    """The text an article is matched by; title, summary and keywords weigh more."""
    head = " ".join([article.title] * 3 + [article.summary] * 2 + list(article.keywords) * 2 + list(article.tags))
    return f"{head}\n{article.body}"
