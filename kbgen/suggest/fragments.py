"""One topic, one proposal: merge the fragments that short subject lines split a topic into.

People name one problem in several ways ("Fax", "fax machine", "fax not receiving", "Dragon
dictation"), and grouping short subjects leaves such a topic in pieces; each piece ranks lower
than the whole and takes a slot of its own in the report. Fragments are merged after coverage,
so that what the knowledge base says keeps different things apart:

* two clusters the KB lacks (both gaps) are one topic when most tickets of the smaller one use the
  larger one's head word (the word most of its members put in their subjects, weighted by how
  rare it is in the export) and that word is rare in the export;
* two clusters answered by the same article are one topic on the same condition.

A gap never merges with a cluster the KB answers: a label printer is not the printer an article
covers. Each cluster joins at most one larger cluster, and a cluster that others joined joins
nothing itself, so merges cannot chain from topic to topic. A cluster of bare one-word subjects
("Fax", "Login") may join the topic its word names, but no cluster joins it (a bare word would
gather every problem of that word); a form filled in per person joins only pieces of forms.
"""
from __future__ import annotations

import math
from collections import Counter
from typing import Mapping, Sequence

from .cluster import FORM_LABEL, PERSON_SLOT, form_template
from .coverage import Coverage
from .kb_vocabulary import terms_of
from .model import Ticket, TicketCluster
from .shared import one_word

FRAGMENT_SHARE = 0.5
"""Share of a cluster's tickets that must use the larger cluster's head word to join it."""
HEAD_SHARE = 0.3
"""Share of a cluster's members that must use a word for it to be the cluster's head word."""
RARE_HEAD = 0.05
"""Most share of the export's tickets a head word may be used by (common words name no topic)."""


def _words(ticket: Ticket) -> set[str]:
    return {t for t in terms_of(form_template(ticket.subject, values=False)) if " " not in t}


def merge_fragments(clusters: Sequence[TicketCluster], coverage: Mapping[str, Coverage],
                    tickets: Sequence[Ticket]) -> dict[str, str]:
    """Which cluster each fragment joins: ``{fragment id: cluster id}`` (clusters that stay whole are
    left out).

    Args:
        clusters: the clusters, any order.
        coverage: their coverage verdicts.
        tickets: the cleaned tickets (members looked up by id).
    """
    by_id = {t.ticket_id: t for t in tickets}
    words = {t.ticket_id: _words(t) for t in tickets}
    frequency = Counter(w for ws in words.values() for w in ws)
    total = max(1, len(tickets))
    shares = {}
    for cluster in clusters:
        members = [i for i in cluster.tickets if i in by_id]
        counts = Counter(w for i in members for w in words[i])
        shares[cluster.id] = {w: n / max(1, len(members)) for w, n in counts.items()}
    heads = {c.id: _head(shares[c.id], frequency, total) for c in clusters}
    # A bare one-word subject names a word, not a problem: a cluster of them may join a topic that
    # word names, but no topic joins it (it would gather every problem of the word). A form filled in
    # per person is a request of its own (see ``cluster._templates``): it joins only pieces of the
    # same form, never people's own words.
    apart, bare = set(), set()
    for cluster in clusters:
        members = [by_id[i] for i in cluster.tickets if i in by_id]
        if _mostly(members, _bare):
            bare.add(cluster.id)
        elif _mostly(members, _filled(members)):
            apart.add(cluster.id)
    for cluster_id in bare:
        heads[cluster_id] = None
    joined: dict[str, str] = {}
    hubs: list[str] = []  # largest first: a fragment joins the largest cluster it belongs to
    for cluster in sorted(clusters, key=lambda c: (c.id in bare, -c.size, c.id)):  # bare words join last
        target = next((h for h in hubs if (cluster.id in apart) == (h in apart)
                       and _same_topic(cluster, h, coverage, heads, shares)), None)
        if target is None:
            hubs.append(cluster.id)
        else:
            joined[cluster.id] = target
    return joined


def _bare(ticket: Ticket) -> bool:
    """A subject of one word (``shared.one_word``)."""
    return one_word(ticket.subject)


def _filled(members: Sequence[Ticket]):
    """Whether a member is a form filled in per person: two labels or more, or one fixed text around
    a redacted name that a quarter of the members share."""
    same = Counter(t.subject for t in members)
    return lambda t: len(FORM_LABEL.findall(t.subject)) >= 2 or \
        bool(PERSON_SLOT.search(t.subject)) and same[t.subject] * 4 >= len(members)


def _mostly(members: Sequence[Ticket], test) -> bool:
    """True when at least half of the members pass ``test``."""
    return sum(map(test, members)) * 2 >= max(1, len(members))


def _head(shares: Mapping[str, float], frequency: Counter, total: int) -> str | None:
    """The word most members use, weighted by rarity; None when no rare word is shared widely."""
    scored = [(share * math.log((1 + total) / (1 + frequency[w])), w) for w, share in shares.items()
              if share >= HEAD_SHARE and frequency[w] <= RARE_HEAD * total and len(w) > 2
              and not any(c.isdigit() for c in w)]
    return max(scored)[1] if scored else None


def _same_topic(fragment: TicketCluster, hub: str, coverage: Mapping[str, Coverage], heads: Mapping[str, str | None],
                shares: Mapping[str, Mapping[str, float]]) -> bool:
    """True when ``fragment`` is a piece of the larger cluster ``hub`` (see the module docstring)."""
    mine, theirs = coverage.get(fragment.id), coverage.get(hub)
    if mine is None or theirs is None or heads[hub] is None:
        return False
    if (mine.verdict in ("gap", "language")) != (theirs.verdict in ("gap", "language")):
        return False  # a piece of a problem the KB lacks (or cannot read) is no piece of a covered one
    if mine.verdict != "gap" and mine.article_id != theirs.article_id:
        return False
    return shares[fragment.id].get(heads[hub], 0.0) >= FRAGMENT_SHARE
