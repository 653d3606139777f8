"""Coverage: does a published article already answer a cluster of tickets?

Two independent signals, both in the users' own words:

* ``consensus``: the subjects of the member tickets are typed into the site's own search
  (:mod:`kbgen.search`, the ranking employees get). The share of subjects whose confident
  top answer is the same article says how many of these people would have helped themselves.
* ``score``: cosine similarity (TF-IDF word 1-2-grams; an article's title, summary and
  keywords weigh more than its body) between the cluster's mean ticket vector and the article.

``gap`` when neither signal finds an article (few subjects answered by the best article, fewer
than half by the best three together, and a low score): propose a new article. ``covered``
when most subjects find one of the three articles search gives most often (many problems are
answered by a small set, such as a how-to, a request form and a replacement article) and the
text is close.
Otherwise ``partial``: propose an update of the named article. A covered cluster that is a
spike (a new problem) is partial too: people raise tickets at a surging rate although the
article exists, so it does not answer what is new. When the search package is
not available, the score and the share of the cluster's distinctive words the article uses
decide instead.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from typing import Callable, Sequence

import numpy as np

from ..model import Article, Corpus
from .model import Ticket, TicketCluster

COVERED_SCORE = 0.15
PARTIAL_SCORE = 0.10
COVERED_TERMS = 0.45
GAP_TERMS = 0.3
COVERED_CONSENSUS = 0.5
GAP_CONSENSUS = 0.3
GAP_SCORE = 0.15
CONSENSUS_FLOOR_SCORE = 0.10
QUERIES_PER_CLUSTER = 100
ANSWER_SET = 3
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
        consensus: share of member subjects whose confident search answer is that article
            (None when no search was available).
        answered: share whose confident answer is one of the three most frequent answers.
        missing: the cluster's distinctive words the article does not use (what an update
            would add), most distinctive first.
    """

    cluster_id: str
    verdict: str
    article_id: str = ""
    article_title: str = ""
    score: float = 0.0
    term_share: float = 0.0
    consensus: float | None = None
    answered: float | None = None
    missing: tuple[str, ...] = ()


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
    counts: Counter = Counter()
    for text, count in Counter(members).items():
        counts.update({w: count for w in _words(text)})
    floor = max(2, math.ceil(0.1 * len(members)))
    weights = {w: n / len(members) * math.log(total / document_frequency[w])
               for w, n in counts.items() if n >= floor and document_frequency[w] < total}
    best = sorted(weights, key=lambda w: (-weights[w], w))[:top]
    return {w: weights[w] for w in best}


def verdict_for(score: float, term_share: float, consensus: float | None = None,
                answered: float | None = None) -> str:
    """covered, partial or gap from the signals (see the module docstring)."""
    if consensus is not None:
        spread = answered if answered is not None else consensus
        if consensus < GAP_CONSENSUS and spread < COVERED_CONSENSUS and score < GAP_SCORE:
            return "gap"
        covered = (answered if answered is not None else consensus) >= COVERED_CONSENSUS
        return "covered" if covered and score >= CONSENSUS_FLOOR_SCORE else "partial"
    if score >= COVERED_SCORE and term_share >= COVERED_TERMS:
        return "covered"
    if score >= PARTIAL_SCORE and term_share >= GAP_TERMS:
        return "partial"
    return "gap"


def search_answers(corpus: Corpus) -> Callable[[str], str | None] | None:
    """A function giving the confident top answer (article id) of the site search for a
    query, or None when the best result is weak; None when the search package is missing."""
    try:
        from ..search.engine import SearchEngine
        from ..search.index import SearchIndex
    except ImportError:
        return None
    try:
        engine = SearchEngine.load(SearchIndex.build(corpus).files())
    except Exception:  # noqa: BLE001 - coverage falls back to text similarity, never a traceback
        return None
    answers: dict[str, str | None] = {}

    def answer(query: str) -> str | None:
        key = " ".join(query.lower().split())
        if key not in answers:
            try:
                results = engine.search(query, 1) if key else []
            except Exception:  # noqa: BLE001 - one odd subject must not stop the report
                results = []
            answers[key] = results[0].id if results and not results[0].weak else None
        return answers[key]
    return answer


def _queries(members: Sequence[Ticket]) -> list[str]:
    subjects = [t.subject for t in members if len(t.subject.split()) >= 2]
    step = max(1, len(subjects) // QUERIES_PER_CLUSTER)
    return subjects[::step][:QUERIES_PER_CLUSTER]


def assess_coverage(clusters: Sequence[TicketCluster], tickets: Sequence[Ticket],
                    articles: Sequence[Article],
                    search: Callable[[str], str | None] | None = None) -> dict[str, Coverage]:
    """The coverage verdict of every cluster against the published articles.

    Args:
        clusters: the clusters found.
        tickets: the cleaned tickets (members are looked up by id).
        articles: published articles (drafts excluded by the caller).
        search: the site search's confident answer to a query (see :func:`search_answers`);
            without it the verdict rests on text similarity alone.

    Returns:
        A :class:`Coverage` per cluster id; every cluster is a gap when there are no articles.
    """
    if not articles:
        return {c.id: Coverage(c.id, "gap") for c in clusters}
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.preprocessing import normalize

    by_id = {t.ticket_id: t for t in tickets}
    texts = [cluster_text(t) for t in tickets]
    frequency: Counter = Counter()
    for text, count in Counter(texts).items():
        frequency.update({w: count for w in _words(text)})
    article_texts = [article_text(a) for a in articles]
    article_words = [_words(text) for text in article_texts]
    position = {a.id: i for i, a in enumerate(articles)}
    vectorizer = TfidfVectorizer(sublinear_tf=True, stop_words="english", ngram_range=(1, 2),
                                 token_pattern=r"(?u)\b[^\W\d_][\w'-]*[^\W_]\b", dtype=np.float32)
    sample = [texts[i] for i in range(0, len(texts), max(1, len(texts) // 5000))]
    vectorizer.fit(article_texts + sample)
    matrix = normalize(vectorizer.transform(article_texts))
    result = {}
    for cluster in clusters:
        people = [by_id[i] for i in cluster.tickets if i in by_id]
        members = [cluster_text(t) for t in people]
        distinct = Counter(members)
        weights = np.array(list(distinct.values()), dtype=np.float32)
        rows = normalize(vectorizer.transform(list(distinct)))
        centre = normalize(np.asarray(rows.T @ weights).reshape(1, -1))
        scores = np.asarray(matrix @ centre.ravel()).ravel()
        terms = distinctive_terms(members, frequency, len(texts))
        total = sum(terms.values()) or 1.0
        share_of = lambda i: sum(v for w, v in terms.items() if w in article_words[i]) / total  # noqa: E731
        consensus = answered = None
        if search is not None:
            queries = _queries(people)
            answers = Counter(a for a in map(search, queries) if a in position)
            ranked = sorted(answers, key=lambda a: (-answers[a], -scores[position[a]], a))
            consensus = answers[ranked[0]] / len(queries) if ranked else 0.0
            answered = sum(answers[a] for a in ranked[:ANSWER_SET]) / len(queries) if ranked else 0.0
            best = position[ranked[0]] if ranked else int(np.argmax(scores))
        else:
            candidates = np.argsort(-scores, kind="stable")[:3]
            best = max(candidates, key=lambda i: (verdict_rank(scores[i], share_of(i)), scores[i]))
        score, share = float(scores[best]), share_of(best)
        verdict = verdict_for(score, share, consensus, answered)
        if verdict == "covered" and cluster.spike:
            verdict = "partial"  # a surge despite an article: the article misses what is new
        result[cluster.id] = Coverage(cluster.id, verdict, articles[best].id,
                                      articles[best].title, round(score, 3), round(share, 3),
                                      None if consensus is None else round(consensus, 3),
                                      None if answered is None else round(answered, 3),
                                      tuple(w for w in terms if w not in article_words[best]))
    return result


def verdict_rank(score: float, term_share: float) -> int:
    """2 for covered, 1 for partial, 0 for gap: used to pick the best of close candidates."""
    return {"covered": 2, "partial": 1, "gap": 0}[verdict_for(float(score), term_share)]
