"""Vocabulary the site teaches search: the acronyms of the phrases its articles are about.

Ticket subjects abbreviate the organisation's own phrases ("SSPR" for self-service password
reset) that no shipped list can know. When a phrase of four or five words names what articles are about (it is in a title, summary, tag, keyword or
heading) at least twice, and its initials are no word of the index (so "car" never becomes
"cancel a request"), the initials and the phrase become a synonym group. Words come from the search engine's own
tokeniser, so the phrase is matched as queries are.
"""
from __future__ import annotations

from collections import defaultdict
from itertools import chain
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


def learn_acronyms(lines: Sequence[str], index_terms: set[str],
                   split: Sequence[Sequence[str]] | None = None) -> list[list[str]]:
    """Synonym groups ``[acronym, phrase]`` learnt from the topic lines of every article (see
    the module docstring); a phrase starts and ends with a word that is no stop word.

    Args:
        lines: topic lines (:func:`topic_lines`).
        index_terms: the terms of the index (an acronym may not be one).
        split: the words of each line, as the engine splits them, when known already (see
            :func:`kbgen.search.index._topic_words`).
    """
    stop = set(call("stopWords"))
    by_initials: dict[str, list[tuple[int, tuple[str, ...]]]] = defaultdict(list)
    split = call("linesWords", list(lines)) if split is None else split
    for phrase, count in frequent_phrases(split, stop).items():
        initials = "".join(word[0] for word in phrase)
        if initials.isalpha() and initials not in stop:
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


def frequent_phrases(split: Sequence[Sequence[str]], stop: set[str]) -> dict[tuple[str, ...], int]:
    """Every run of :data:`LETTERS` words within a line that starts and ends with no stop word
    and occurs at least :data:`MIN_COUNT` times, with its count.

    Counted in arrays (words numbered, each run a row, equal rows counted by ``numpy.unique``):
    10,000 articles' lines have about a million runs, which a loop over tuples counted in 0.6
    s of CPU and this in 0.2 s; the counts are the same."""
    import numpy as np
    from numpy.lib.stride_tricks import sliding_window_view

    # words numbered in order of first occurrence, each line followed by -1 (no run crosses
    # the end of a line): one map over all words, not a Python loop (~1 million words)
    number = {word: i for i, word in enumerate(dict.fromkeys(chain.from_iterable(split)))}
    sizes = np.fromiter(map(len, split), dtype=np.int64, count=len(split))
    words = np.fromiter(map(number.__getitem__, chain.from_iterable(split)), dtype=np.int32, count=int(sizes.sum()))
    flat = np.full(len(words) + len(split), -1, dtype=np.int32)
    flat[np.arange(len(words)) + np.repeat(np.arange(len(split)), sizes)] = words
    words_of = list(number)
    bad_end = np.array([word in stop for word in words_of] + [True])  # [-1]: the line end
    found: dict[tuple[str, ...], int] = {}
    for size in LETTERS:
        if len(flat) < size:
            continue
        runs = sliding_window_view(flat, size)
        runs = np.ascontiguousarray(runs[~bad_end[runs[:, 0]] & ~bad_end[runs[:, -1]] & (runs >= 0).all(axis=1)])
        rows, counts = np.unique(runs.view(np.dtype((np.void, 4 * size))).ravel(), return_counts=True)
        for row, count in zip(rows[counts >= MIN_COUNT], counts[counts >= MIN_COUNT].tolist()):
            found[tuple(words_of[i] for i in np.frombuffer(row.tobytes(), dtype=np.int32).tolist())] = count
    return found
