"""Coverage: does a published article already answer a cluster of tickets?

Each cluster is compared with every published article in one TF-IDF space (word 1-2-grams,
fitted on the articles and the cluster texts together; an article's title, summary and
keywords count more than its body). Two signals decide the verdict:

* ``score``: cosine similarity between the cluster's mean ticket vector and the article;
* ``term_share``: the weighted share of the cluster's distinctive words (words far more frequent
  in the cluster than in the whole export, in the users' own words) that the article uses.

``covered`` needs both a high score and most of the distinctive words; ``partial`` is a
related article that misses part of the problem (propose an update); ``gap`` is a problem no
article talks about (propose a new article).
"""
from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from typing import Sequence

import numpy as np

from ..model import Article
from .model import Ticket, TicketCluster

COVERED_SCORE = 0.15
PARTIAL_SCORE = 0.10
COVERED_TERMS = 0.45
GAP_TERMS = 0.3
_WORD = re.compile(r"[a-z][a-z0-9'-]*[a-z0-9]")


@dataclass(frozen=True)
class Coverage:
    """How well the published articles answer one cluster.

    Attributes:
        cluster_id: the cluster's id.
        verdict: covered | partial | gap.
        article_id: the best matching article ('' when none).
        article_title: its title.
        score: cosine similarity with that article (0..1).
        term_share: share of the cluster's distinctive words the article uses (0..1).
    """

    cluster_id: str
    verdict: str
    article_id: str = ""
    article_title: str = ""
    score: float = 0.0
    term_share: float = 0.0


def article_text(article: Article) -> str:
    """The text an article is matched by; title, summary and keywords weigh more."""
    head = " ".join([article.title] * 3 + [article.summary] * 2 + list(article.keywords) * 2 + list(article.tags))
    return f"{head}\n{article.body}"


def cluster_text(ticket: Ticket) -> str:
    """A member ticket's problem in the user's words (subject and description)."""
    return f"{ticket.subject}. {ticket.description}"


def _words(text: str) -> set[str]:
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

    return {w for w in _WORD.findall(text.lower()) if w not in ENGLISH_STOP_WORDS}


def distinctive_terms(members: Sequence[str], document_frequency: Counter, total: int,
                      top: int = 10) -> dict[str, float]:
    """Words of a cluster weighted by in-cluster share times inverse export frequency."""
    counts = Counter(w for text in members for w in _words(text))
    floor = max(2, math.ceil(0.1 * len(members)))
    weights = {w: n / len(members) * math.log(total / document_frequency[w])
               for w, n in counts.items() if n >= floor and document_frequency[w] < total}
    best = sorted(weights, key=lambda w: (-weights[w], w))[:top]
    return {w: weights[w] for w in best}


def verdict_for(score: float, term_share: float) -> str:
    """covered, partial or gap from the two signals (see the module docstring)."""
    if score >= COVERED_SCORE and term_share >= COVERED_TERMS:
        return "covered"
    if score >= PARTIAL_SCORE and term_share >= GAP_TERMS:
        return "partial"
    return "gap"


def assess_coverage(clusters: Sequence[TicketCluster], tickets: Sequence[Ticket],
                    articles: Sequence[Article]) -> dict[str, Coverage]:
    """The coverage verdict of every cluster against the published articles.

    Args:
        clusters: the clusters found.
        tickets: the cleaned tickets (members are looked up by id).
        articles: published articles (drafts excluded by the caller).

    Returns:
        A :class:`Coverage` per cluster id; every cluster is a gap when there are no articles.
    """
    if not articles:
        return {c.id: Coverage(c.id, "gap") for c in clusters}
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.preprocessing import normalize

    by_id = {t.ticket_id: t for t in tickets}
    texts = [cluster_text(t) for t in tickets]
    frequency = Counter(w for text in texts for w in _words(text))
    article_texts = [article_text(a) for a in articles]
    article_words = [_words(text) for text in article_texts]
    vectorizer = TfidfVectorizer(sublinear_tf=True, stop_words="english", ngram_range=(1, 2),
                                 token_pattern=r"(?u)\b[^\W\d_][\w'-]*[^\W_]\b", dtype=np.float32)
    sample = [texts[i] for i in range(0, len(texts), max(1, len(texts) // 5000))]
    vectorizer.fit(article_texts + sample)
    matrix = normalize(vectorizer.transform(article_texts))
    result = {}
    for cluster in clusters:
        members = [cluster_text(by_id[i]) for i in cluster.tickets if i in by_id]
        centre = normalize(np.asarray(normalize(vectorizer.transform(members)).mean(axis=0)))
        scores = np.asarray(matrix @ centre.ravel()).ravel()
        terms = distinctive_terms(members, frequency, len(texts))
        total = sum(terms.values()) or 1.0
        candidates = np.argsort(-scores, kind="stable")[:3]
        shares = [sum(v for w, v in terms.items() if w in article_words[i]) / total for i in candidates]
        pick = max(range(len(candidates)), key=lambda k: (verdict_rank(scores[candidates[k]], shares[k]),
                                                          scores[candidates[k]]))
        best, share = candidates[pick], shares[pick]
        result[cluster.id] = Coverage(cluster.id, verdict_for(float(scores[best]), share), articles[best].id,
                                      articles[best].title, round(float(scores[best]), 3), round(share, 3))
    return result


def verdict_rank(score: float, term_share: float) -> int:
    """2 for covered, 1 for partial, 0 for gap: used to pick the best of close candidates."""
    return {"covered": 2, "partial": 1, "gap": 0}[verdict_for(float(score), term_share)]
