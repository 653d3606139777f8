"""Group cleaned tickets by the problem they describe.

Two kinds of export call for two groupings. When most tickets carry a description or a
resolution note (rich text), the pipeline below finds dense groups. When most carry only a short
subject line, :mod:`.linkage` groups the subjects by average linkage instead (see
:func:`is_short_export`); form-generated subjects are grouped by their template there, with the
values after their labels left out.

Rich-text pipeline: collapse near-duplicates (same normalised text) -> TF-IDF on subject, description
and resolution note (word 1-2-grams plus character 3-5-grams, which absorb typos) -> truncated
SVD -> HDBSCAN on the distinct texts. HDBSCAN needs no number of clusters: its parameter is
the smallest group worth calling recurring (``min_size``), and tickets in no dense group are
noise, which is where one-off requests belong. Noise points (and, for large exports, texts
outside the deterministic sample) then join the nearest cluster when they are as close to it
as its own members are; texts reported repeatedly that are still left over form clusters of
their own when their near-identical variants add up to ``min_size`` reports. Nothing here
knows about topics or products.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from itertools import chain
from typing import Callable, Sequence

import numpy as np

from .clean import drop_filler
from .linkage import link_groups, merge_by_word
from .model import Ticket, TicketCluster
from .neighbours import hdbscan_labels
from .shared import BRACKETED, SharedWords, placeholder_kinds
from .titles import STOP, Vocabulary, cluster_title, usable
from .trend import TrendWindow, is_spike, median_hours, trend_window
from .vectors import TextVectors, chunked
from .workers import PARALLEL_MIN, cpu_count, map_distinct, one_blas_thread

MIN_SIZE_SCALE = 0.18
MIN_SIZE_FLOOR = 4
SAMPLE_MAX = 6000
MIN_SAMPLES_FACTOR = 1.5
REPEAT_DISTANCE = 0.3
JOIN_PERCENTILE = 5
JOIN_MARGIN = 0.1
GIANT_SHARE = 0.6
GIANT_DEPTH = 3
REPEATS_MAX = 5000
SHORT_SHARE = 0.5
"""An export is short when fewer than this share of its tickets say more than their subject."""
SHORT_WORDS = 4
"""Words a description or resolution note needs to count as saying more than the subject."""
SHORT_MIN_SCALE = 0.05
SHORT_MIN_FLOOR = 5
_NORMALISE = re.compile(r"[^0-9a-z]+")


@dataclass(frozen=True)
class Grouping:
    """The raw result of clustering.

    Attributes:
        labels: a label per ticket (-1 = no cluster).
        vectors: one unit vector per distinct text.
        texts: the distinct texts.
        owner: for each ticket, the index of its distinct text.
        min_size: the smallest recurring problem (tickets) the grouping used.
    """

    labels: np.ndarray
    vectors: np.ndarray
    texts: tuple[str, ...]
    owner: np.ndarray
    min_size: int = 10


def auto_min_size(distinct: int) -> int:
    """The default smallest recurring problem for an export with ``distinct`` distinct texts.

    A fixed number does not carry across export sizes: most real problems of a 500-ticket
    export have fewer than 10 reports, while in 30,000 tickets ten similar one-off requests
    happen by chance. Topic sizes grow with the export but so does the number of problems,
    so the size grows with the square root of the export (10 at 3,000 distinct texts, 18 at
    10,000, 58 at 100,000), never below ``MIN_SIZE_FLOOR``. Distinct texts, not tickets, are
    counted: exact re-reports add no evidence of another problem.

    Args:
        distinct: number of distinct (normalised) ticket texts.

    Returns:
        ``max(MIN_SIZE_FLOOR, round(MIN_SIZE_SCALE * sqrt(distinct)))``.
    """
    return max(MIN_SIZE_FLOOR, round(MIN_SIZE_SCALE * distinct ** 0.5))


def ticket_text(ticket: Ticket) -> str:
    """The text a (cleaned) ticket is grouped by: subject twice, description, resolution note.

    Comments are left out: on real desks they are mostly status chatter ("spoke to user").
    """
    subject = ticket.subject if not ticket.subject.lower().startswith(("chat with", "conversation with")) else ""
    body = drop_filler(f"{subject}. {subject}. {ticket.description}")
    return BRACKETED.sub(" ", f"{body}. {ticket.close_notes}")


def _prepared(tickets: Sequence[Ticket], workers: int | None = None) -> tuple[list[str], list[str]]:
    """Each ticket's :func:`ticket_text` and its normalised form; re-reported texts are prepared
    once, a large export's distinct texts in ``workers`` forked processes (default: the CPUs this
    process may use; the same texts in the same order)."""
    pairs = map_distinct(_prepare_slice, [(t.subject, t.description, t.close_notes) for t in tickets],
                         PARALLEL_PREPARE, workers)
    return [p[0] for p in pairs], [p[1] for p in pairs]


PARALLEL_PREPARE = PARALLEL_MIN
"""Distinct texts from which their preparation is shared by forked workers."""


def _prepare_slice(distinct: Sequence[tuple[str, str, str]], start: int, end: int) -> list[tuple[str, str]]:
    """:func:`ticket_text` and its normalised form for some distinct (subject, description, close notes)."""
    out = []
    for subject, description, close_notes in distinct[start:end]:
        text = ticket_text(Ticket("", subject, description, close_notes=close_notes))
        out.append((text, _normalised(text)))
    return out


def _normalised(text: str) -> str:
    return _NORMALISE.sub(" ", text.lower()).strip()


def _dedupe(texts: Sequence[str], keys: Sequence[str] | None = None) -> tuple[list[str], np.ndarray]:
    """Distinct texts (by normalised form, or by ``keys`` when given: the texts' normalised forms made
    beforehand) and, for each input, the index of its distinct text."""
    index: dict[str, int] = {}
    unique: list[str] = []
    owner = np.empty(len(texts), dtype=np.int64)
    for position, text in enumerate(texts):
        key = _normalised(text) if keys is None else keys[position]
        if key not in index:
            index[key] = len(unique)
            unique.append(text)
        owner[position] = index[key]
    return unique, owner


def embed(texts: Sequence[str], fit_on: Sequence[str] | None = None, dims: int = 150,
          workers: int | None = None) -> np.ndarray:
    """Unit-length LSA vectors of texts (TF-IDF words and character n-grams, then SVD).

    Args:
        texts: texts to embed.
        fit_on: texts to fit the vocabulary and SVD on (default: ``texts``).
        dims: SVD dimensions (fewer when the data is small).
        workers: processes that share the rows of a large export (default: the CPUs this
            process may use; see :func:`.vectors.chunked`).

    Returns:
        An array of shape ``(len(texts), k)`` with rows of unit length (float32), made a chunk of
        texts at a time: the sparse TF-IDF rows of all texts are never held at once.
    """
    from sklearn.decomposition import TruncatedSVD
    from sklearn.preprocessing import normalize

    fit_on = list(texts if fit_on is None else fit_on)
    model = TextVectors(2 if len(fit_on) >= 20 else 1)
    fitted = model.fit_transform(fit_on)
    k = max(1, min(dims, fitted.shape[0] - 1, fitted.shape[1] - 1))
    # One BLAS thread for the fit and every projection (workers.one_blas_thread, as analyse holds it
    # for the whole run; held here too for callers of embed alone, such as the benchmarks).
    with one_blas_thread():
        svd = TruncatedSVD(k, n_iter=2, random_state=0).fit(fitted)
        if fit_on is texts or list(texts) == fit_on:
            return normalize(svd.transform(fitted)).astype(np.float32)
        del fitted
        return chunked(texts, lambda part: normalize(svd.transform(model.transform(part))), k,
                       workers=cpu_count() if workers is None else workers)


def _sample(count: int, limit: int) -> np.ndarray:
    if count <= limit:
        return np.arange(count)
    return np.unique(np.linspace(0, count - 1, limit).round().astype(np.int64))


def _hdbscan(vectors: np.ndarray, min_size: int, depth: int = 0) -> np.ndarray:
    """HDBSCAN labels. ``min_samples`` above ``min_cluster_size`` smooths the density estimate,
    so variants of one problem stay one cluster and loose one-offs stay noise."""
    size = max(min_size, 2)
    if len(vectors) < size * 2:
        return np.full(len(vectors), -1)
    samples = min(len(vectors) - 1, round(MIN_SAMPLES_FACTOR * size))
    labels = hdbscan_labels(vectors, size, samples)  # scikit-learn's HDBSCAN, core distances by BLAS
    return _split_giant(vectors, labels, min_size, depth)


def _split_giant(vectors: np.ndarray, labels: np.ndarray, min_size: int, depth: int) -> np.ndarray:
    """Look inside a cluster that swallowed most of the export.

    HDBSCAN's excess-of-mass selection can prefer one huge parent over its children when the
    texts are noisy (a small export in messy wording became 2 clusters, one of 83% of it). A
    cluster holding more than ``GIANT_SHARE`` of the points is clustered again on its own; when
    that finds at least two groups they replace it (its leftovers become noise, for the
    nearest-cluster step). Bounded: each level works on at most half as many points.
    """
    counts = np.bincount(labels[labels >= 0]) if (labels >= 0).any() else np.zeros(0, np.int64)
    if depth >= GIANT_DEPTH or not len(counts) or counts.max() <= GIANT_SHARE * len(vectors):
        return labels
    giant = int(counts.argmax())
    members = np.flatnonzero(labels == giant)
    inner = _hdbscan(vectors[members], min_size, depth + 1)
    if len(set(inner.tolist()) - {-1}) < 2:
        return labels
    labels = labels.copy()
    labels[members] = np.where(inner >= 0, inner + labels.max() + 1, -1)
    return labels


def _assign_rest(vectors: np.ndarray, sample: np.ndarray, sample_labels: np.ndarray) -> np.ndarray:
    """Labels for all vectors: clustered sample points keep theirs; every other point (noise,
    or not in the sample) joins the nearest cluster centre when it is at least as close as the
    cluster's 5th-percentile member, or when it is at least as close as the cluster's farthest
    member and clearly closer to that cluster than to any other (cosine margin ``JOIN_MARGIN``);
    else it stays unclustered. The second rule keeps reports in unusual wording (synonyms,
    typos, a missing description) with their problem: they are less dense, not less clear."""
    labels = np.full(len(vectors), -1)
    labels[sample] = sample_labels
    found = sorted(set(sample_labels.tolist()) - {-1})
    if not found:
        return labels
    centroids = np.stack([vectors[sample[sample_labels == c]].mean(axis=0) for c in found])
    centroids /= np.linalg.norm(centroids, axis=1, keepdims=True)
    member_sims = [vectors[sample[sample_labels == c]] @ centroids[i] for i, c in enumerate(found)]
    floors = np.array([np.percentile(s, JOIN_PERCENTILE) for s in member_sims])
    lowest = np.array([s.min() for s in member_sims])
    rest = np.flatnonzero(labels < 0)
    for start in range(0, len(rest), 20000):
        chunk = rest[start:start + 20000]
        sims = vectors[chunk] @ centroids.T
        best = sims.argmax(axis=1)
        top = sims[np.arange(len(chunk)), best]
        second = np.partition(sims, -2, axis=1)[:, -2] if sims.shape[1] > 1 else np.zeros(len(chunk))
        keep = (top >= floors[best]) | ((top >= lowest[best]) & (top - second >= JOIN_MARGIN))
        labels[chunk[keep]] = np.array(found)[best[keep]]
    return labels


def _group_repeats(vectors: np.ndarray, labels: np.ndarray, counts: np.ndarray, min_size: int) -> np.ndarray:
    """Unclustered texts reported more than once form a cluster when they and their
    near-identical variants (cosine >= 1 - REPEAT_DISTANCE) add up to ``min_size`` reports.

    HDBSCAN sees each distinct text once, so a problem reported many times in a few wordings
    would otherwise be lost as noise.
    """
    from sklearn.cluster import AgglomerativeClustering

    left = np.flatnonzero((labels < 0) & (counts > 1))
    left = left[np.argsort(-counts[left], kind="stable")][:REPEATS_MAX]
    if len(left) == 0 or counts[left].sum() < min_size:
        return labels
    groups = np.zeros(1, dtype=np.int64) if len(left) == 1 else AgglomerativeClustering(
        n_clusters=None, metric="cosine", linkage="average",
        distance_threshold=REPEAT_DISTANCE).fit_predict(vectors[left])
    labels = labels.copy()
    next_label = labels.max() + 1
    for group in sorted(set(groups.tolist())):
        members = left[groups == group]
        if counts[members].sum() >= min_size:
            labels[members] = next_label
            next_label += 1
    return labels


def is_short_export(tickets: Sequence[Ticket]) -> bool:
    """True when most tickets are only a subject line (short-description exports)."""
    if not tickets:
        return False
    rich = sum(len(t.description.split()) >= SHORT_WORDS or len(t.close_notes.split()) >= SHORT_WORDS
               for t in tickets)
    return rich < SHORT_SHARE * len(tickets)


def short_min_size(distinct: int) -> int:
    """The default smallest recurring problem of a short-description export: five tickets up to
    about 10,000 distinct subjects (small topics are real topics there), then growing slowly
    (16 at 100,000) so that a huge export does not report thousands of five-ticket groups."""
    return max(SHORT_MIN_FLOOR, round(SHORT_MIN_SCALE * distinct ** 0.5))


# "Label: value" pairs of a form-generated subject: a label is one to three capitalised words and
# a colon; the value runs to the next label.
FORM_LABEL = re.compile(r"(?:\b[A-Z][A-Za-z/.-]*[ \t]){0,2}\b[A-Z][A-Za-z/.-]*:")


# Where and how to call back, appended to a subject: "- Maple Hall", "rm B214", "x4-5521", "ext 2231".
_PLACE_SUFFIX = re.compile(r"(?:[ \t]+[-–—][ \t]+(?:[A-Z][\w'’.&/-]*[ \t]?){1,4}"
                           r"|[ \t]+(?i:rm|room|bldg|ext|x)\.?[ \t]?[A-Z]?[\d-]{2,8}[A-Za-z]?)[ \t]*$")


def form_template(subject: str, values: bool = True) -> str:
    """A form-generated subject (two labels or more) as its template: the text before the labels,
    the labels, and only the values that are sentences (two lower-case words or more, such as
    "Issue: cannot log in"); names, ids and departments typed into the form are left out.
    Other subjects are returned unchanged. ``values=False`` leaves out the labels too."""
    labels = list(FORM_LABEL.finditer(subject))
    if len(labels) < 2:
        return subject
    parts = [subject[:labels[0].start()]]
    for index, label in enumerate(labels):
        end = labels[index + 1].start() if index + 1 < len(labels) else len(subject)
        value = subject[label.end():end]
        parts.append((label.group(0) if values else "") + (value if len(re.findall(r"\b[a-z]{2,}\b", value)) >= 2
                                                          else ""))
    return " ".join(" ".join(parts).split())


def subject_text(subject: str) -> str:
    """The words a short subject is grouped by: placeholders dropped; for a form-generated subject
    (two labels or more) only its template, so a form groups with its kind, never by the name or
    department typed into it; and without a trailing place or call-back number ("- Maple Hall",
    "rm B214"), which says where a problem happened, not what it is."""
    subject = form_template(subject)
    subject = BRACKETED.sub(" ", drop_filler(subject)).strip(" -")
    suffix = _PLACE_SUFFIX.search(subject) if re.search(r"[a-z]", subject) else None
    if suffix and not any(w.lower().replace("'", "") in STOP for w in re.findall(r"[\w']+", suffix.group(0))):
        subject = subject[:suffix.start()]
    return " ".join(subject.split())


def group_tickets(tickets: Sequence[Ticket], min_size: int | None = None,
                  progress: Callable[[str], None] | None = None, short: bool | None = None) -> Grouping:
    """Cluster cleaned tickets.

    Args:
        tickets: cleaned, redacted tickets.
        min_size: the smallest number of distinct tickets that makes a recurring problem
            (default: :func:`auto_min_size` of the export).
        progress: called with a stage name as each stage starts.
        short: :func:`is_short_export` of ``tickets`` when the caller has read it already.

    Returns:
        A label per ticket (``-1`` for unclustered) and the vectors of the distinct texts.
    """
    step = progress or (lambda name: None)
    step("grouping duplicates")
    short = is_short_export(tickets) if short is None else short
    if short:
        return _group_short(tickets, min_size, step)
    texts, keys = _prepared(tickets)
    unique, owner = _dedupe(texts, keys)
    size = min_size or auto_min_size(len(unique))
    if len(unique) < 2:
        return Grouping(np.full(len(tickets), -1), np.zeros((len(unique), 1), np.float32), tuple(unique), owner, size)
    sample = _sample(len(unique), SAMPLE_MAX)
    step("vectorising")
    vectors = embed(unique, fit_on=[unique[i] for i in sample] if len(sample) < len(unique) else None)
    step("clustering")
    # On a sample of the distinct texts a problem has proportionally fewer members.
    sample_size = max(MIN_SIZE_FLOOR, round(size * len(sample) / len(unique)))
    labels = _assign_rest(vectors, sample, _hdbscan(vectors[sample], sample_size))
    labels = _group_repeats(vectors, labels, np.bincount(owner, minlength=len(unique)), size)
    return Grouping(labels[owner], vectors, tuple(unique), owner, size)


def _group_short(tickets: Sequence[Ticket], min_size: int | None, step: Callable[[str], None]) -> Grouping:
    """Average-linkage groups of subject lines (see :mod:`.linkage`); templates apart."""
    unique, owner = _dedupe([subject_text(t.subject) or t.subject for t in tickets])
    size = min_size or short_min_size(len(unique))
    step("vectorising")
    matrix = vectorise(unique)
    step("clustering")
    counts = np.bincount(owner, minlength=len(unique))
    templates = _templates(tickets, owner, counts, size)
    # A bare one-word subject ("Login", "Error") names a word, not a problem: linked with longer
    # subjects it would swallow every problem of that word. It joins the group most of whose
    # tickets use that word (see ``_bare_groups``), or a group of its own word.
    bare = np.array([len(u.split()) == 1 for u in unique]) & ~templates
    free = np.flatnonzero(~templates & ~bare)
    groups = np.full(len(unique), -1, dtype=np.int64)
    if len(free):
        linked = link_groups(matrix[free], counts[free]) if len(free) > 1 else np.zeros(1, dtype=np.int64)
        groups[free] = merge_by_word([unique[i] for i in free], counts[free], linked)
    groups[templates] = groups.max() + 1 + np.arange(int(templates.sum()))
    if bare.any():
        groups[bare] = _bare_groups(unique, counts, groups, np.flatnonzero(bare))
    tickets_per_group = np.bincount(groups, weights=counts)
    labels = np.where(tickets_per_group[groups] >= size, groups, -1)
    return Grouping(labels[owner], matrix, tuple(unique), owner, size)


BARE_SHARE = 0.6
"""Share of a group's tickets that must use a bare subject's word for the bare subject to join it:
the word is then what the group is about ("PASSWORD" joins the password resets), not one word of
many ("Login" stays out of a group where a few subjects say "login failed")."""
_TOKEN = re.compile(r"[^\W\d_]+")


def _bare_groups(unique: Sequence[str], counts: np.ndarray, groups: np.ndarray, bare: np.ndarray) -> np.ndarray:
    """The group of each bare one-word subject: the group (of at least as many tickets) that uses its
    word most, when ``BARE_SHARE`` of that group's tickets do; else a new group per word."""
    words = {i: unique[i].lower().strip(".,:;!?-") for i in bare.tolist()}
    wanted = set(words.values())
    linked = np.flatnonzero(groups >= 0)
    size = np.bincount(groups[linked], weights=counts[linked]) if len(linked) else np.zeros(0)
    using: dict[str, Counter] = {w: Counter() for w in wanted}
    for i in linked.tolist():
        for word in {t.lower() for t in _TOKEN.findall(unique[i])} & wanted:
            using[word][int(groups[i])] += int(counts[i])
    bare_count = Counter()
    for i, word in words.items():
        bare_count[word] += int(counts[i])
    target: dict[str, int] = {}
    fresh = int(groups.max()) + 1 if len(linked) else 0
    for word in sorted(wanted):
        best = max(using[word], key=lambda g: (using[word][g] / size[g], -g), default=None)
        if best is not None and using[word][best] >= BARE_SHARE * size[best] and size[best] >= bare_count[word]:
            target[word] = best
        else:
            target[word], fresh = fresh, fresh + 1
    return np.array([target[words[i]] for i in bare.tolist()], dtype=np.int64)


# A placeholder of a person's name, id or contact: a text filled in per person.
PERSON_SLOT = re.compile(r"\[(?:%s)\]" % "|".join(placeholder_kinds("person", "contact")))


def _templates(tickets: Sequence[Ticket], owner: np.ndarray, counts: np.ndarray, size: int) -> np.ndarray:
    """Distinct texts that are templates filled in per person: a form (two labels or more) or a
    fixed text around a redacted name, sent ``size`` times or more. Each is a group of its own,
    never merged with people's own words ("NEW BADGE, EMAIL & PAGER - [name]" is not a pager
    problem)."""
    filled = np.zeros(len(counts), dtype=np.int64)
    for ticket, index in zip(tickets, owner.tolist()):
        filled[index] += bool(PERSON_SLOT.search(ticket.subject) or len(FORM_LABEL.findall(ticket.subject)) >= 2)
    return (counts >= size) & (filled * 2 >= counts)


def vectorise(texts: Sequence[str]):
    """L2-normalised sparse TF-IDF rows: word 1-2-grams and character 3-5-grams."""
    from scipy.sparse import csr_matrix

    try:
        return TextVectors(2 if len(texts) >= 20 else 1).fit_transform(texts)
    except ValueError:  # no term reaches min_df (a tiny or empty export)
        return csr_matrix((len(texts), 1), dtype=np.float32)


def collapse_reexports(tickets: Sequence[Ticket]) -> tuple[list[Ticket], dict[str, tuple[str, ...]]]:
    """One ticket per logical ticket when the same tickets come in several export files.

    Tickets from different files with the same subject (letters and digits only) opened in the
    same minute are one ticket exported twice (ServiceNow and Jira copies of one incident, say).
    The k-th such ticket of one file pairs with the k-th of each other file; the copy with a
    resolution note and the longest description represents them.

    Returns:
        The representatives (in input order) and, per representative id, the ids of its copies.
    """
    if len({t.source for t in tickets}) < 2:
        return list(tickets), {}  # one export file: no ticket can be in it twice
    groups: dict[tuple, list[Ticket]] = {}
    for ticket in tickets:
        if ticket.opened is None:
            groups[("id", ticket.ticket_id, id(ticket))] = [ticket]
            continue
        subject = _NORMALISE.sub("", ticket.subject.lower().encode("ascii", "ignore").decode())
        groups.setdefault((ticket.opened.replace(second=0, microsecond=0), subject), []).append(ticket)
    chosen: set[int] = set()
    copies: dict[str, tuple[str, ...]] = {}
    for members in groups.values():
        by_source: dict[str, list[Ticket]] = {}
        for ticket in members:
            by_source.setdefault(ticket.source, []).append(ticket)
        for k in range(max(len(v) for v in by_source.values())):
            same = [v[k] for v in by_source.values() if len(v) > k]
            best = max(same, key=lambda t: (bool(t.close_notes), len(t.description), -same.index(t)))
            chosen.add(id(best))
            if len(same) > 1:
                copies[best.ticket_id] = tuple(t.ticket_id for t in same if t is not best)
    return [t for t in tickets if id(t) in chosen], copies


def _terms(member_words: Sequence[set[str]], all_counts: Counter, total: int, shared: SharedWords,
           top: int = 8) -> tuple[str, ...]:
    """Words far more frequent in the cluster than overall (a simple class TF-IDF); only words
    enough distinct people use (``shared``), so no one's name or id. ``member_words``: each
    member's distinct words (see ``_WORD``)."""
    counts = Counter(chain.from_iterable(member_words))
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

    floor = max(2, 0.1 * len(member_words))  # one person's surname in two tickets of a big cluster is no term
    scored = [(n / len(member_words) * np.log(total / all_counts[w]), w) for w, n in counts.items()
              if w not in ENGLISH_STOP_WORDS and n >= floor and shared.allows(w) and usable(w)]
    return tuple(w for _, w in sorted(scored, key=lambda item: (-item[0], item[1]))[:top])


def _fallback_title(terms: Sequence[str]) -> str:
    """The title of a cluster whose subjects share no word that may be written (a name or an id
    withheld from every shared sequence): its most distinctive term, else a generic title."""
    return terms[0][:1].upper() + terms[0][1:] if terms else "Recurring problem"


_WORD = re.compile(r"[a-z][a-z'-]{2,}")
"""The words of a lower-cased grouping text that terms are chosen from."""


def summarise(tickets: Sequence[Ticket], grouping: Grouping, min_size: int | None = None,
              window: TrendWindow | None = None, shared: SharedWords | None = None,
              vocabulary: Vocabulary | None = None) -> tuple[TicketCluster, ...]:
    """Turn labels into :class:`TicketCluster` records with size, trend and resolve time.

    Args:
        tickets: the cleaned tickets, in the order they were grouped.
        grouping: the result of :func:`group_tickets`.
        min_size: groups with fewer tickets are dropped (their tickets stay unclustered);
            default: the size the grouping used.
        window: the export's last 14 days (default: computed from ``tickets``).
        shared: the words titles and terms may hold (default: counted from ``tickets``).
        vocabulary: the subjects' words (default: counted from ``tickets``; a run counts them once
            for every stage).

    Returns:
        Clusters sorted by size (largest first), with ids ``c001``, ``c002`` ...
    """
    min_size = min_size or grouping.min_size
    owner = grouping.owner.tolist()
    by_label: dict[int, list[int]] = {}
    for position, label in enumerate(grouping.labels.tolist()):
        if label >= 0:
            by_label.setdefault(label, []).append(position)
    groups = sorted((m for m in by_label.values() if len(m) >= min_size),
                    key=lambda m: (-len(m), tickets[m[0]].ticket_id))
    window = window or trend_window(tickets)
    vocabulary = Vocabulary.of(t.subject for t in tickets) if vocabulary is None else vocabulary
    shared = SharedWords.of(tickets) if shared is None else shared
    distinct_words = [set(_WORD.findall(text.lower())) for text in grouping.texts]  # each distinct text read once
    all_counts = Counter(chain.from_iterable(distinct_words[k] for k in owner))
    clusters = []
    for number, members in enumerate(groups, 1):
        people = [tickets[i] for i in members]
        recent = sum(1 for t in people if window.is_recent(t))
        with_date = sum(1 for t in people if t.opened and (window.end is None or t.opened <= window.end))
        terms = _terms([distinct_words[owner[i]] for i in members], all_counts, len(owner), shared)
        clusters.append(TicketCluster(
            id=f"c{number:03d}", title=cluster_title([t.subject for t in people], vocabulary, _fallback_title(terms),
                                                     allowed=shared.allows),
            tickets=tuple(t.ticket_id for t in people), size=len(people), recent=recent,
            spike=is_spike(recent, with_date, window.base_rate), median_hours_to_resolve=median_hours(people),
            terms=terms))
    return tuple(clusters)
