"""Coverage: does the knowledge base already answer a cluster of tickets, in its own words?

Each cluster is described by its distinctive terms (words and word pairs the members use far more
than the export does, weighted by share times inverse frequency). The knowledge base is described
by its own vocabulary: for every published article the terms of its title, summary, tags,
keywords and headings (strong) and of its body (weak), reduced to a simple stem so "printing"
meets "print". Three signals follow:

* ``known``: the share of the cluster's term weight that the KB uses anywhere. Low when people
  write about something the KB never names (a device, a system, a service it lacks).
* ``term_share``: for the best article, the share of the term weight it uses (strong fields
  count fully, the body half).
* ``score`` (TF-IDF cosine of the members' text and the article, word 1-2-grams) and, as support,
  the site's own search: the share of member subjects whose strong top answer is the article it
  gives most often or an article on the same subject among its three favourites (``answered``).
  An answer is strong when its score per query word reaches a share of what articles score for
  their own titles: search answers every query with something, and an answer carried by one
  incidental word ("blocked", "frozen") or by a typo correction ("pager" read as "paper") scores
  low per word. Answers spread over unrelated articles support none of them.

**covered** when the best article uses most of the cluster's words (or search answers most
subjects and the text is close); **gap** when no article uses even half of the words and search
answers few subjects; otherwise **partial**: an update of the named article, which the report
gives with the cluster's words the KB lacks ("add clinbook to KB0013"). A covered cluster whose
own distinctive words are largely unknown to the KB (the names of in-house applications) is
an update too: the article answers it, but people using those words will not find it.
A covered cluster that is a spike becomes partial: the article exists, yet tickets
surge, so it misses what is new. A cluster whose head word (the word most members use, weighted
by how rare it is in the export) is a word the KB never uses is a gap whatever else matches,
unless the words left say what an article says (the update above) or search leads from that word
alone to the article (a synonym the search knows: "WLAN" for Wi-Fi); a word that the whole export
spells one way many times is no typo, so search reading it as a KB word one letter away is no
evidence. ``uncovered`` (0..1) ranks proposals: people helped times how
uncovered they are.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, replace
from typing import Callable, Sequence

import numpy as np

from ..errors import KbgenError
from ..model import Article, Corpus
from .model import Ticket, TicketCluster
from .concepts import (OTHER_LANGUAGE_MEMBERS, letter_triples, names_the_field, other_language, text_words,
                       words_of_other_languages)
from .kb_vocabulary import SHORTENING, KbVocabulary, article_text, each_once, terms_of
from .shared import GENERIC_TITLES, best_titled, kb_texts, nearly_all, stem
from .titles import usable
from .aside_names import HEAD_SHARE, fill_one_slot, member_uses, proper_name, words_set_aside, slot_names
from .sign_in import (account_kind, account_problem, beside_signing_in, modelled_account, names_a_file, opens_a_file,
                      reads_as_account, searched_account, sign_in_articles)
from .queries import query_text

COVERED_TERMS = 0.55
"""Share of the cluster's term weight the best article must use to cover it."""
GAP_TERMS = 0.45
"""Below this share, and with little search support, no article answers the cluster."""
COVERED_ANSWERED = 0.5
"""Share of subjects search answers with one of its three favourite articles that covers a cluster
when the text is at least ``COVERED_SCORE`` close (TF-IDF cosine) to the best article; below it,
with a low term share, the cluster is a gap."""
COVERED_SCORE = 0.1
SEARCH_ALONE = 0.75
"""Share of subjects search must answer to keep a cluster from being a gap when neither the
article's words (term share under ``GAP_TERMS``) nor its text (cosine under ``COVERED_SCORE``)
are close: search answers the one word a subject shares with an article on something else."""
HEAD_CONFINED = 0.5
"""Share of the export's tickets writing a cluster's head word that may be the cluster's own for the
word to count as spread across the export (a low export IDF: a cause, an adverb, a modifier many
problems share, "slow", "again"). Only a spread head beside what search answers strongly is no
topic the KB lacks; a head written almost only by this cluster names the new thing (see
:func:`_unknown_head`)."""
UPDATE_MISSING = 0.3
"""A covered cluster whose words unknown to the KB carry this share of its weight (the names of
in-house systems, say) is an update: the article answers it but people will not find it."""
NAMED_MEMBERS = 0.5
"""Share of members that must use the answering article's own words for a cluster to be an
update that only lacks the names people use (see ``_answered_but_for_names``)."""
QUERIES_PER_CLUSTER = 25
QUERY_BUDGET = 1500
"""Most searches per run: large exports have hundreds of clusters, and search is only a supporting
signal; each cluster gets a share of the budget by size, at least ``QUERIES_MIN``, largest first,
until the budget is spent (the smallest clusters of a huge export are judged by words alone)."""
QUERIES_MIN = 3
ANSWER_SET = 3
STRONG_ANSWER = 0.35
"""Share of the typical per-word score of an article's own title that a search answer needs per
query word to count as support (see the module docstring)."""
COHERENT_ARTICLES = 0.08
"""TF-IDF cosine from which two articles are on one subject (nine in ten pairs of articles of a
knowledge base score below 0.05): only answers on the favourite's subject add to its support."""
FOREIGN_KNOWN = 0.3
"""Share of a gap's term weight the KB uses, in words most members write (``_core_known``), below
which a gap written in another language may be the KB's topic in words it does not read: it is
ranked as ``OTHER_LANGUAGE_RANK`` of its size."""
OTHER_LANGUAGE_RANK = 0.25
TERMS = 12
SPELLING_WORDS = 1000
"""Fewest distinct words of the KB from which its letter triples judge a sentence's spelling
(``concepts.ALIEN_LETTERS``): a KB of a few articles lacks many of its own language's triples."""


@dataclass(frozen=True)
class Coverage:
    """How well the published articles answer one cluster.

    Attributes:
        cluster_id: the cluster's id.
        verdict: covered | partial | gap | language (a cluster written in a language the KB does
            not write, whose words it hardly uses: it cannot say whether an article answers it).
        article_id: the best matching article ('' when none).
        article_title: its title.
        score: TF-IDF cosine of the cluster's text and that article (0..1).
        term_share: share of the cluster's term weight that article uses (0..1).
        consensus: share of member subjects whose confident search answer is that article
            (None when no search was available).
        answered: share whose confident answer is one of the three most frequent answers.
        missing: the cluster's distinctive words the KB does not use (what an update adds),
            most distinctive first.
        known: share of the cluster's term weight the KB uses anywhere.
        uncovered: how far the KB is from answering the cluster (0 = answered, 1 = unknown),
            times ``OTHER_LANGUAGE_RANK`` for a gap in another language: what proposals are ranked by.
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
    known: float = 0.0
    uncovered: float = 1.0

    @property
    def other_language(self) -> bool:
        """A gap written in another language whose words the KB hardly uses (verdict
        ``language``): it may be covered in the KB's language (ranked lower, and the report says so)."""
        return self.verdict == "language"


def cluster_text(ticket: Ticket) -> str:
    """A member ticket's problem in the user's words (subject and description); a form-generated
    subject counts with its title and sentence values only."""
    from .cluster import form_template

    return f"{form_template(ticket.subject, values=False)}. {ticket.description}"


def cluster_terms(members: Sequence[str], frequency: Counter, total: int, top: int = TERMS) -> dict[str, float]:
    """Distinctive terms of a cluster: in-cluster share times inverse export frequency."""
    counts: Counter = Counter()
    for text, count in Counter(members).items():
        counts.update(each_once(terms_of(text), count))
    floor = max(2, math.ceil(0.1 * len(members)))
    weights = {t: n / len(members) * math.log((1 + total) / (1 + frequency[t]))
               for t, n in counts.items() if n >= floor and frequency[t] < total}
    best = sorted(weights, key=lambda t: (-weights[t], t))[:top]
    return {t: weights[t] for t in best if weights[t] > 0}


def verdict_for(term_share: float, score: float, answered: float | None, missing_share: float = 0.0) -> str:
    """covered, partial or gap from the signals (see the module docstring)."""
    support = answered if answered is not None else 0.0
    if term_share >= COVERED_TERMS or (support >= COVERED_ANSWERED and score >= COVERED_SCORE):
        return "partial" if missing_share >= UPDATE_MISSING else "covered"
    if term_share < GAP_TERMS and (support < COVERED_ANSWERED or score < COVERED_SCORE and support < SEARCH_ALONE):
        return "gap"
    return "partial"


def uncovered(term_share: float, answered: float | None) -> float:
    """How far the KB is from answering a cluster: 1 minus the best of its coverage signals."""
    return round(1.0 - max(term_share, 0.8 * (answered or 0.0)), 3)


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
    unit: list[float] = []

    def answer(query: str) -> str | None:
        key = " ".join(query.lower().split())
        if key not in answers:
            if not unit:
                unit.append(_title_score_per_word(engine, corpus.published))
            results = _search(engine, query, 1) if key else []
            strong = results and not results[0].weak and \
                results[0].score >= STRONG_ANSWER * unit[0] * _query_words(query)
            answers[key] = results[0].id if strong else None
        return answers[key]
    return answer


def _search(engine, query: str, limit: int) -> list:
    """The engine's results for ``query``: no match is an empty list, which any text gives
    (empty, punctuation, emoji). A failure is the engine's (V8 stopped, a damaged index), not
    the query's: it is an error with its context, never read as "no article answers".

    Raises:
        KbgenError: the search engine failed.
    """
    try:
        return engine.search(query, limit)
    except Exception as error:  # noqa: BLE001 - said with its context (the query is ticket text: only its size)
        raise KbgenError(f"suggest: the site search failed while judging which problems the articles answer "
                         f"(a query of {len(query)} characters): {type(error).__name__}: {error}") from None


_QUERY_WORD = re.compile(r"[^\W\d_]{2,}")


def _query_words(query: str) -> int:
    return max(1, len(_QUERY_WORD.findall(query)))


def _title_score_per_word(engine, articles: Sequence[Article]) -> float:
    """The median score per word that an article gets when its own title is the query: the scale
    of a strong answer, whatever scale the search engine uses."""
    per_word = []
    for article in articles:
        found = next((r.score for r in _search(engine, article.title, 5) if r.id == article.id), None)
        if found:
            per_word.append(found / _query_words(article.title))
    return float(np.median(per_word)) if per_word else 0.0


def _queries(members: Sequence[Ticket], limit: int = QUERIES_PER_CLUSTER) -> list[str]:
    """The most reported distinct subjects of a cluster (two words or more), most first."""
    counts = Counter(query_text(t.subject) for t in members)
    counts = Counter({q: n for q, n in counts.items() if len(q.split()) >= 2})
    return [s for s, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:limit]]


def _search_support(people: Sequence[Ticket], search, position: dict[str, int],
                    limit: int = QUERIES_PER_CLUSTER) -> tuple[Counter, int]:
    queries = _queries(people, limit)
    weights = Counter(query_text(t.subject) for t in people)  # query_text is cached per subject
    answers: Counter = Counter()
    for query in queries:
        found = search(query)
        if found in position:
            answers[found] += weights[query]
    return answers, sum(weights[q] for q in queries)


def _in_kb_words(subject: str, aside: frozenset[str], kb: KbVocabulary) -> str:
    """A subject as :func:`query_text` makes it, without the words set aside (compared by stem); empty
    when a word left is one the KB never uses (what the member asks about is then something the KB
    does not name, whatever search answers for the rest)."""
    words = [w for w in query_text(subject).split() if _term(w) not in aside]
    return "" if any(_term(w) and not kb.knows(_term(w)) for w in words) else " ".join(words)


def _term(word: str) -> str:
    """A query word as a cluster term (``terms_of``), or '' for a function word or a symbol."""
    terms = terms_of(word)
    return terms[0] if terms else ""


def _answered_in_kb_words(people: Sequence[Ticket], aside: frozenset[str], context: CoverageContext,
                          limit: int) -> int | None:
    """The article that the site's search gives, strongly and for most of the cluster's members
    (``COVERED_ANSWERED`` of all of them, answers on one subject counted together as in
    :func:`_support`), once each subject is asked in the KB's own words (``aside``, see
    :func:`words_set_aside`: "<system> pwd reset" asks "pwd reset"), or None. This is how a reader who
    knows the KB would look: an in-house system's name, a code or a word of another language tells
    search nothing, and the problem left is either one an article answers for every system (an
    update: add the names to its keywords) or one search scatters over unrelated articles or cannot
    answer with confidence (a gap). The share is of every member, not of the subjects sampled: a
    few sampled subjects of a larger cluster pointing at an article say nothing of the rest, and a
    member asking about a word the KB lacks counts against. None when no sampled subject reads
    otherwise in the KB's words (search was asked that already)."""
    if not aside or limit <= 0:
        return None
    asked_as = [replace(t, subject=_in_kb_words(t.subject, aside, context.kb)) for t in people]
    changed = {query_text(a.subject) for a, t in zip(asked_as, people) if query_text(a.subject) != query_text(t.subject)}
    if not changed.intersection(_queries(asked_as, limit)):
        return None
    answers, _ = _search_support(asked_as, context.search, context.position, limit)
    support = _support(answers, len(people), context)
    return int(np.argmax(support)) if support.max(initial=0.0) >= COVERED_ANSWERED else None


NAMED_WEIGHT = 0.75
"""Share of the unknown words' weight that proper names must carry for the title test to be waived
(a side word the KB lacks, "behalf" of "on behalf of", does not make a system's problem a topic)."""


def _answered_but_for_names(members: Sequence[str], weights: dict[str, float], kb: KbVocabulary,
                            frequency: Counter | None = None, total: int = 0,
                            names_only: bool = False) -> int | None:
    """The article that answers a cluster once the one or two words the KB has never seen are set
    aside ("ClinBook password reset": the KB answers password resets, it just never names
    ClinBook), or None. The words left must say most of what some article's title says, two
    articles may share the answer ("reset" and "locked out"), and most members must use a word of
    their titles, summaries, tags, keywords or headings, so a topic the KB lacks ("pager battery",
    "course site") does not pass on a side word ("battery", "site"). When every unknown word is a
    rare proper name (see ``proper_name``: an in-house system, "LineTrack password not accepted"),
    the title test is waived: what the cluster asks is the generic problem the article's own
    vocabulary states, of a system the KB has never heard of (names must carry ``NAMED_WEIGHT`` of
    the unknown words' weight). ``names_only``: see :func:`beside_signing_in`."""
    unknown = [t for t in weights if " " not in t and not kb.knows(t)]
    slot = slot_names(members, unknown, frequency, total)
    if slot:  # several systems' names in one phrase: the phrase's own unknown words stay in it;
        # the names carry most of the weight (the more people have the problem, the less its words weigh)
        phrase = {t: w for t, w in weights.items() if not slot.intersection(t.split())}
        kind = _kind_of_problem(members, phrase, kb)
        kind = account_kind(members, phrase, kb, names_only) if kind is None else kind
        if kind is not None:
            return kind
    if not unknown or len(unknown) > 2 and not fill_one_slot(members, unknown):
        return None
    rest = {t: w for t, w in weights.items() if not any(u in t.split() for u in unknown)}
    if sum(rest.values()) < 0.15 * sum(weights.values()):
        return None
    said = {t for term in rest for word in term.split() for t in kb.spellings(word)}
    named = sum(weights[u] for u in unknown if frequency and proper_name(u, members, frequency, total))
    names = named >= NAMED_WEIGHT * sum(weights[u] for u in unknown)
    if not names and not any(len(title & said) >= max(0.5 * len(title), min(2, len(title)))
                             for title in kb.titles if title):
        return None  # the words left must say most of what some article's title says
    shares = [kb.share(i, rest) for i in range(len(kb.articles))]
    best = int(np.argmax(shares))
    second = max(range(len(kb.articles)), key=lambda i: (kb.pair_share(best, i, rest), -i))
    if kb.pair_share(best, second, rest) < COVERED_TERMS:
        return None
    strong = {t for t in rest if t in kb.strong[best] | kb.strong[second]}
    using = sum(1 for text in members if strong & set(terms_of(text)))
    return best if using >= NAMED_MEMBERS * len(members) else None


SUBJECT_WORDS = 8
"""Most words of a cluster's median member for it to be read as subject lines only."""


def _subject_lines(members: Sequence[str]) -> bool:
    """True when the members are subject lines (median ``SUBJECT_WORDS`` words at most): a cluster
    with descriptions has words enough for its coverage signals, and more of them are known."""
    lengths = sorted(len(text.split()) for text in members)
    return bool(lengths) and lengths[len(lengths) // 2] <= SUBJECT_WORDS


def _kind_of_problem(members: Sequence[str], rest: dict[str, float], kb: KbVocabulary) -> int | None:
    """The article on the cluster's kind of problem, for the problem of several systems the KB
    never names that take turns in one phrase ("<system> keeps refusing my password", "<system> sign
    in reports bad credentials"), or for a cluster every word of which the KB uses ("a fresh temporary
    password needed"): a word nearly every member uses (``shared.KIND_MEMBERS``) that the KB puts in the
    titles of ``GENERIC_TITLES`` articles or more is a kind of problem the KB answers for every
    system; of the articles titled with it, the one using most of the other words. The export's
    frequency weights cannot say it: the more people have the problem, the less weight its word
    gets. A topic the KB lacks has a word the KB never uses (a device or a system it never names). None when no such
    word."""
    kinds = [w for w in rest if " " not in w and kb.title_counts.get(w, 0) >= GENERIC_TITLES]
    kinds = [w for w in kinds if nearly_all(members, lambda text, w=w: w in terms_of(text))]
    if not kinds:
        return None
    return best_titled([i for i, title in enumerate(kb.titles) if title & set(kinds)], rest, kb)


def assess_coverage(clusters: Sequence[TicketCluster], tickets: Sequence[Ticket],
                    articles: Sequence[Article],
                    search: Callable[[str], str | None] | None = None,
                    clustered: int | None = None, inputs: "CoverageInputs | None" = None) -> dict[str, Coverage]:
    """The coverage verdict of every cluster against the published articles.

    Args:
        clusters: the clusters found.
        tickets: the cleaned tickets (members are looked up by id).
        articles: published articles (drafts excluded by the caller).
        search: the site search's confident answer to a query (see :func:`search_answers`);
            a supporting signal only.
        clustered: tickets in all clusters of the run, when ``clusters`` is a part of them (the
            search budget is shared by size over all).
        inputs: :func:`coverage_inputs` of these tickets, articles and search, when the caller
            assesses several sets of clusters of one run (made here otherwise).

    Returns:
        A :class:`Coverage` per cluster id; every cluster is a gap when there are no articles.
    """
    if not articles:
        return {c.id: Coverage(c.id, "gap") for c in clusters}
    inputs = inputs or coverage_inputs(tickets, articles, search)
    result = {}
    limits = query_limits(clusters, clustered)
    for cluster in clusters:
        people = [inputs.by_id[i] for i in cluster.tickets if i in inputs.by_id]
        result[cluster.id] = _assess(cluster, people, [inputs.text_of[t.ticket_id] for t in people], inputs.context,
                                     limits[cluster.id])
    return result


@dataclass(frozen=True)
class CoverageInputs:
    """What every cluster of a run is assessed against (see :func:`coverage_inputs`)."""

    context: "CoverageContext"
    by_id: dict[str, Ticket]
    text_of: dict[str, str]


def coverage_inputs(tickets: Sequence[Ticket], articles: Sequence[Article],
                    search: Callable[[str], str | None] | None = None,
                    synonyms: Sequence[Sequence[str]] = ()) -> CoverageInputs:
    """The whole export's side of :func:`assess_coverage`: each ticket's text, the export's term
    frequencies, the KB's vocabulary and the articles' TF-IDF vectors (made once per run)."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.preprocessing import normalize

    by_id = {t.ticket_id: t for t in tickets}
    prepared: dict[tuple[str, str], str] = {}
    texts = []
    for ticket in tickets:  # re-reported texts are prepared once
        key = (ticket.subject, ticket.description)
        if key not in prepared:
            prepared[key] = cluster_text(ticket)
        texts.append(prepared[key])
    text_of = {t.ticket_id: text for t, text in zip(tickets, texts)}
    frequency: Counter = Counter()
    for text, count in Counter(texts).items():
        frequency.update(each_once(terms_of(text), count))
    kb = KbVocabulary.of(articles, frequency, synonyms)
    written = frozenset(w for text in kb_texts(articles) for w in text_words(text))
    # a small KB holds too few of its language's letter triples to tell another language's spelling
    reads, letters = _kb_reads(written, kb), letter_triples(written) if len(written) >= SPELLING_WORDS else frozenset()
    foreign = words_of_other_languages(Counter(t.subject for t in tickets), reads, letters)
    article_texts = [article_text(a) for a in articles]
    vectorizer = TfidfVectorizer(sublinear_tf=True, stop_words="english", ngram_range=(1, 2),
                                 token_pattern=r"(?u)\b[^\W\d_][\w'-]*[^\W_]\b", dtype=np.float32)
    sample = [texts[i] for i in range(0, len(texts), max(1, len(texts) // 5000))]
    vectorizer.fit(article_texts + sample)
    matrix = normalize(vectorizer.transform(article_texts))
    context = CoverageContext(kb, matrix, vectorizer, frequency, len(texts), search,
                       {a.id: i for i, a in enumerate(articles)}, reads, letters, foreign,
                       frozenset(stem(w) for w in foreign))
    return CoverageInputs(context, by_id, text_of)


def _kb_reads(written: frozenset[str], kb: KbVocabulary) -> Callable[[str], bool]:
    """Whether the KB writes a lower-case word: any of its words (``written``), function words included
    ("not", "my"), or a word it uses in any of its forms (``KbVocabulary.knows``: "printing",
    "pasword"); a word of four letters or fewer only as written, never as a shortening (two or three
    letters are a shortening of some KB word as often as not: "dut", "na")."""
    seen: dict[str, bool] = {}

    def reads(word: str) -> bool:
        if word not in seen:
            term = stem(word)
            seen[word] = word in written or term in kb.anywhere or (len(word) > SHORTENING and kb.knows(term))
        return seen[word]
    return reads


def query_limits(clusters: Sequence[TicketCluster], clustered: int | None = None) -> dict[str, int]:
    """Searches each cluster may make (see ``QUERY_BUDGET``); ``clustered``: tickets in all clusters
    of the run (default: in these)."""
    total = clustered or sum(c.size for c in clusters) or 1
    remaining, limits = QUERY_BUDGET, {}
    for cluster in sorted(clusters, key=lambda c: (-c.size, c.id)):
        want = max(QUERIES_MIN, min(QUERIES_PER_CLUSTER, round(QUERY_BUDGET * cluster.size / total)))
        limits[cluster.id] = min(want, remaining)
        remaining -= limits[cluster.id]
    return limits


@dataclass(frozen=True)
class CoverageContext:
    """What every cluster is compared with: the KB's vocabulary and vectors, the export's term
    frequencies, search, and which articles are on one subject (:meth:`coherent`)."""

    kb: KbVocabulary
    matrix: object
    vectorizer: object
    frequency: Counter
    total: int
    search: Callable[[str], str | None] | None
    position: dict[str, int]
    reads: Callable[[str], bool] = lambda word: False
    """Whether the KB writes a lower-case word (see ``_kb_reads``)."""
    letters: frozenset[str] = frozenset()
    """The letter triples of the KB's words (``concepts.letter_triples``)."""
    foreign: frozenset[str] = frozenset()
    """The export's words of a language the KB does not write (``concepts.words_of_other_languages``)."""
    foreign_terms: frozenset[str] = frozenset()
    """The same, stemmed as cluster terms are."""

    def coherent(self, first: int, second: int) -> float:
        """Cosine of two articles' vectors (asked for a few pairs per cluster: the whole
        articles-by-articles matrix would take 400 MB at 10,000 articles)."""
        return float((self.matrix[first] @ self.matrix[second].T)[0, 0])


def _support(answers: Counter, asked: int, context: CoverageContext) -> np.ndarray:
    """Per article, the share of subjects that search answers with it, for the favourite answer and
    the articles on its subject among the three favourites (scattered answers support nothing)."""
    support = np.zeros(len(context.kb.articles))
    ranked = sorted(answers, key=lambda a: (-answers[a], a))
    if not asked or not ranked:
        return support
    favourite = context.position[ranked[0]]
    for article in ranked[:ANSWER_SET]:
        index = context.position[article]
        if index == favourite or context.coherent(favourite, index) >= COHERENT_ARTICLES:
            support[index] = answers[article] / asked
    return support


def _head_word(people: Sequence[Ticket], context: CoverageContext) -> str | None:
    """The word most members put in their subjects, weighted by how rare it is in the export."""
    from .cluster import form_template

    counts: Counter = Counter()
    for ticket in people:
        counts.update({t for t in terms_of(form_template(ticket.subject, values=False)) if " " not in t})
    floor = max(2, HEAD_SHARE * len(people))
    scored = [(n * math.log((1 + context.total) / (1 + context.frequency[t])), t) for t, n in counts.items()
              if n >= floor and len(t) > 2 and not any(c.isdigit() for c in t)]
    if not scored:
        return None
    return max(scored)[1]


def _writers(members: Sequence[str], term: str) -> int:
    """How many members' texts (:func:`cluster_text`, as :func:`coverage_inputs` prepared them) use
    ``term``: counted as the export's term frequencies are (``CoverageContext.frequency``), so the two
    compare in one unit (a member's subject template alone leaves out the words of its description)."""
    return sum(1 for text in members if term in terms_of(text))


def _unknown_head(people: Sequence[Ticket], members: Sequence[str], best: int, context: CoverageContext,
                  may_search: bool = True, searched: bool = False) -> bool:
    """True when the cluster's head word is unknown to the KB and search does not lead from it
    alone to the article (or one on its subject). A head that the export writes far less often than
    a KB word one typing slip away is that word misspelt ("pasword"); otherwise search reading it
    as that word ("pager" as "paper") is a typo correction, not evidence. ``searched``: search answers
    most members' whole subjects strongly (:func:`_searched`); then a head spread across the export
    (``HEAD_CONFINED``) is a modifier of what they ask, not a topic, and is no unknown head."""
    head = _head_word(people, context)
    if head is None:
        return False
    if context.kb.knows(head) or head in context.foreign_terms:
        return False  # a word of another language says nothing the KB could lack
    if searched and _writers(members, head) < HEAD_CONFINED * context.frequency[head]:
        return False
    near = context.kb.near_words(head)
    if any(context.kb.misspells(head, w) for w in near):
        return False
    if context.search is None or near or not may_search:
        return True
    answer = context.search(head)
    return answer is None or context.coherent(best, context.position[answer]) < COHERENT_ARTICLES


def _searched(answered: float | None) -> bool:
    """True when search answers ``SEARCH_ALONE`` of the members strongly, on one subject (``answered``,
    see :func:`_support`). A strong answer scores per query word a share of what articles score for
    their own titles (``STRONG_ANSWER``), so one incidental word in a subject of several cannot
    carry it alone; but a two-word KB title inside a longer subject can ("paper jam" inside "<new
    machine> overheats paper jam"), so it only spares a head word spread across the export (see
    :func:`_unknown_head`): a head the cluster alone writes still makes a gap, which an update
    naming it may turn into a partial, never a covered."""
    return answered is not None and answered >= SEARCH_ALONE


def _core_known(members: Sequence[str], weights: dict[str, float], kb: KbVocabulary) -> float:
    """Share of the cluster's term weight that the KB uses and most members (``HEAD_SHARE``) write:
    what the KB could read of the problem itself. The words a minority adds beside it (a site, a
    building, a mobile sign-off, a name) are known to the KB as often as not and say nothing
    of the problem: counted, they made a request written in another language look like one the KB
    reads (a request in another language with a room or a site some members append in the KB's
    language)."""
    total = sum(weights.values()) or 1.0
    known = [t for t in weights if kb.knows(t)]
    if not known:
        return 0.0
    uses = member_uses(members, set(known))
    floor = HEAD_SHARE * len(members)
    return sum(weights[t] for t in known if uses[t] >= floor) / total


def _spoken_in_field(distinct: Counter, kb: KbVocabulary) -> bool:
    """True when most members (``distinct``: each member text and its count) (``OTHER_LANGUAGE_MEMBERS``) name the account concept in another
    language (a password or a lockout in Croatian or German, say). The other words of such a subject are
    that language's words (a verb, "please", "new", "again"), which a KB written in one language
    never uses whatever they mean: left in, they made the request look like a topic nobody wrote
    about, and only the concept word is evidence the KB can read (language-independent: no list of
    those verbs is needed)."""
    named = sum(n for text, n in distinct.items() if names_the_field(terms_of(text), kb.anywhere.__contains__))
    return named >= OTHER_LANGUAGE_MEMBERS * sum(distinct.values()) > 0


def _article_head(article) -> str:
    """An article's title, summary, keywords and tags: what it says it is about (its body may name a
    kind of file in passing)."""
    return " ".join([article.title, article.summary, *article.keywords, *article.tags])


def _assess(cluster: TicketCluster, people: Sequence[Ticket], members: Sequence[str], context: CoverageContext,
            limit: int = QUERIES_PER_CLUSTER) -> Coverage:
    from sklearn.preprocessing import normalize

    kb = context.kb
    distinct = Counter(members)
    rows = normalize(context.vectorizer.transform(list(distinct)))
    centre = normalize(np.asarray(rows.T @ np.array(list(distinct.values()), dtype=np.float32)).reshape(1, -1))
    scores = np.asarray(context.matrix @ centre.ravel()).ravel()
    weights = cluster_terms(members, context.frequency, context.total)
    # a password that opens a file (a document, an archive, an attachment) is no one's sign-in: neither
    # the account field's words in another language nor any sign-in reading below answers it with
    # the KB's sign-in articles. Read in the subjects, which name what the trouble is with (a
    # description's "see attachment" is how the ticket was sent, not its object)
    a_file = opens_a_file([t.subject for t in people])
    # the KB's own articles on a file (a file's password, a protected document): they answer it
    file_articles = frozenset(i for i, a in enumerate(kb.articles) if names_a_file(_article_head(a))) \
        if a_file else frozenset()
    spoken = (not a_file or bool(file_articles)) and _spoken_in_field(distinct, kb)
    if spoken:  # the KB cannot read the words beside the concept word: they say nothing it could answer
        # a pair is judged whole: a word of another language beside a short word that is also a word
        # of the KB's language (a pronoun or a preposition spelt the same) is no pair the KB reads
        weights = {t: w for t, w in weights.items() if kb.knows(t)} or weights
    # words of a language the KB does not write say nothing it could answer or lack, wherever they
    # stand (a pair is judged whole); when nothing else is left the cluster keeps them (see below)
    weights = {t: w for t, w in weights.items() if not context.foreign_terms.intersection(t.split(" "))} or weights
    shares = np.array([kb.share(i, weights) for i in range(len(kb.articles))])
    answered = consensus = None
    support = np.zeros(len(kb.articles))
    # a cluster with words to set aside splits its searches between the subjects as written and as
    # asked in the KB's words (see _answered_in_kb_words), so both stay inside its share of QUERY_BUDGET
    aside = words_set_aside(members, context) if context.search is not None and limit > 1 else frozenset()
    if context.search is not None:
        answers, asked = _search_support(people, context.search, context.position, limit - limit // 2 if aside else limit)
        support = _support(answers, asked, context)
        if asked:
            answered = float(support.sum())
    best = int(np.argmax(shares + scores + 0.5 * support))
    if context.search is not None and support.any():
        consensus = round(float(support[best]), 3)
    total = sum(weights.values()) or 1.0
    known = sum(w for t, w in weights.items() if kb.knows(t)) / total
    missing_share = sum(w for t, w in weights.items() if " " not in t and not kb.knows(t)) / total
    verdict = verdict_for(float(shares[best]), float(scores[best]), answered, missing_share)
    # the KB's sign-in articles share the word "password" with a file's password, never its answer; an
    # article that itself names a kind of file (a file's password, a protected document) is its answer
    not_for_files = frozenset(sign_in_articles(kb)) - file_articles if a_file else frozenset()
    if best in not_for_files:
        verdict = "gap"
    signing_in = not a_file and account_problem(members, kb)
    if verdict != "gap" and not spoken and not signing_in and \
            _unknown_head(people, members, best, context, limit > 0, _searched(answered)):
        verdict = "gap"
    if verdict == "gap":
        names_only = signing_in and beside_signing_in(members, context)
        named = _answered_but_for_names(members, weights, kb, context.frequency, context.total, names_only)
        if named is None and limit > 0 and context.search is not None:
            named = _answered_in_kb_words(people, aside, context, limit // 2)
        if named is None and _subject_lines(members) and all(kb.knows(t) for t in weights if " " not in t):
            named = _kind_of_problem(members, weights, kb)  # every word known: the kind decides
        if named is None and not a_file:
            named = account_kind(members, weights, kb, names_only)  # signing in fails alike for every system
        if named is None and not a_file and (signing_in or reads_as_account(members)):
            # search answers most members with one sign-in article: a cluster written with the field's
            # words, or with words that read as them by their letters (a misspelling the export repeats)
            named = searched_account(support, kb, SEARCH_ALONE)
        if named is None and not a_file:  # the fitted model reads the members' subjects as sign-in trouble
            named = modelled_account([t.subject for t in people], members, weights, support, kb)
        if named is not None and named not in not_for_files:
            verdict, best = "partial", named
    if verdict == "covered" and cluster.spike:
        verdict = "partial"  # a surge despite an article: the article misses what is new
    missing = tuple(t for t in weights if " " not in t and not kb.knows(t) and usable(t))
    article = kb.articles[best]
    foreign = verdict == "gap" and _core_known(members, weights, kb) < FOREIGN_KNOWN and other_language(
        [t.subject for t in people], context.reads, context.foreign, context.letters)
    if foreign:
        verdict = "language"  # the KB cannot read it, so it cannot say it lacks it: not proposed as new
    rank = uncovered(float(shares[best]), answered) * (OTHER_LANGUAGE_RANK if foreign else 1.0)
    return Coverage(cluster.id, verdict, article.id, article.title, round(float(scores[best]), 3),
                    round(float(shares[best]), 3), consensus, None if answered is None else round(answered, 3),
                    missing, round(known, 3), round(rank, 3))
