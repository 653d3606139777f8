"""Vocabulary the site teaches search: the acronyms of the phrases its articles are about.

Ticket subjects abbreviate the organisation's own phrases ("SSPR" for self-service password
reset) that no shipped list can know. When a phrase of four or five words names what articles are about (it is in a title, summary, tag, keyword or
heading) at least twice, and its initials are no word of the index (so "car" never becomes
"cancel a request"), the initials and the phrase become a synonym group. Words come from the search engine's own
tokeniser, so the phrase is matched as queries are.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from typing import Iterable, Sequence

from .runtime import call

#: Acronyms of this many letters: shorter ones collide with ordinary words ("car" is not
#: "cancel a request"), longer ones are rare.
LETTERS = range(4, 6)
#: A phrase must name articles this often (one mention may be a passing turn of phrase).
MIN_COUNT = 2
#: At most this many acronyms are learnt (the most frequent phrases), to bound the manifest.
MAX_ACRONYMS = 300
#: Fields whose lines name what an article is about.
TOPIC_FIELDS = ("title", "summary", "keywords", "tags", "headings")


def topic_lines(fields: Iterable[dict[str, str]]) -> list[str]:
    """The lines of every article's topic fields (keywords and tags are one phrase each)."""
    lines: list[str] = []
    for doc in fields:
        for name in TOPIC_FIELDS:
            lines += [line for line in doc.get(name, "").split("\n") if line.strip()]
    return lines


def learn_acronyms(lines: Sequence[str], index_terms: set[str]) -> list[list[str]]:
    """Synonym groups ``[acronym, phrase]`` learnt from the topic lines of every article (see
    the module docstring); a phrase starts and ends with a word that is no stop word.

    Args:
        lines: topic lines (:func:`topic_lines`).
        index_terms: the terms of the index (an acronym may not be one).
    """
    split = call("linesWords", list(lines))
    stop = set(call("stopWords"))
    phrases: Counter = Counter()
    for words in split:
        for size in LETTERS:
            for start in range(len(words) - size + 1):
                phrase = tuple(words[start:start + size])
                if phrase[0] not in stop and phrase[-1] not in stop:
                    phrases[phrase] += 1
    by_initials: dict[str, list[tuple[int, tuple[str, ...]]]] = defaultdict(list)
    for phrase, count in phrases.items():
        initials = "".join(word[0] for word in phrase)
        if count >= MIN_COUNT and initials.isalpha() and initials not in stop:
            by_initials[initials].append((count, phrase))
    candidates = sorted(by_initials)
    for initials, stemmed in zip(candidates, call("terms", candidates)):
        if stemmed in index_terms:
            del by_initials[initials]
    learnt = []
    for initials, found in by_initials.items():
        if len({phrase for _, phrase in found}) == 1:  # one phrase only: no guessing between two
            count, phrase = found[0]
            learnt.append((-count, initials, " ".join(phrase)))
    return [[initials, phrase] for _, initials, phrase in sorted(learnt)[:MAX_ACRONYMS]]
