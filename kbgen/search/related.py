"""Related terms the site teaches search: words its writers use beside one another.

A reader names a problem in other words than the article that answers it, yet the two often
share one word and the article's writer puts the others beside it: "locked" is said beside
"password" and "account", "jam" beside "paper" and "tray". Within one topic line (a title, a
summary, a keyword, a tag or a heading: each names one topic) two terms that occur together
far more often than chance (pointwise mutual information over the lines) are related. A
query word's related terms are added at a low boost and rank only (the engine gives them no
credit, so they answer nothing for coverage or the no-answer evidence).
"""
from __future__ import annotations

import math
from collections import Counter
from itertools import combinations
from typing import Sequence

from .runtime import call

#: A pair must share this many distinct lines (one line says nothing general).
MIN_PAIR = 2
#: ... and this many distinct articles (one article repeating its title in its headings
#: would otherwise teach its own words as related).
MIN_ARTICLES = 2
#: Related terms kept per term (the strongest): a bound on the manifest and on query terms.
PER_TERM = 3
#: Lowest pointwise mutual information (natural log) kept: below it a pair is about as
#: frequent as chance makes it.
MIN_PMI = 1.0


def related_terms(lines: Sequence[tuple[int, str]]) -> dict[str, list]:
    """``{term: [related term, strength, ...]}`` from (article number, topic line) pairs;
    strength is the pair's PMI over the largest PMI kept for the term (at most 1), rounded."""
    stop = set(call("stopWords"))
    split = call("linesWords", [text for _, text in lines])
    words = sorted({w for line in split for w in line if w not in stop and len(w) > 1 and w.isalpha()})
    term_of = dict(zip(words, call("terms", words)))
    units = [(article, frozenset(term_of[w] for w in line if w in term_of)) for (article, _), line in zip(lines, split)]
    units = [(a, u) for a, u in units if u]
    single: Counter = Counter()
    pairs: Counter = Counter()
    articles: dict[tuple[str, str], set[int]] = {}
    for article, unit in units:
        single.update(unit)
        for a, b in combinations(sorted(unit), 2):
            pairs[a, b] += 1
            articles.setdefault((a, b), set()).add(article)
    total = len(units)
    scored: dict[str, list[tuple[float, str]]] = {}
    for (a, b), n in pairs.items():
        if n < MIN_PAIR or len(articles[a, b]) < MIN_ARTICLES:
            continue
        pmi = math.log(total * n / (single[a] * single[b]))
        if pmi >= MIN_PMI:
            scored.setdefault(a, []).append((pmi, b))
            scored.setdefault(b, []).append((pmi, a))
    out = {}
    for t in sorted(scored):
        best = sorted(scored[t], key=lambda x: (-x[0], x[1]))[:PER_TERM]
        out[t] = [v for pmi, other in best for v in (other, round(pmi / best[0][0], 3))]
    return out
