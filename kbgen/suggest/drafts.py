"""Draft articles for gaps: KCS-style Markdown a writer can finish.

A draft has valid kbgen front matter (``draft: true``, ``source_tickets``) and a body in four
parts: the issue in the users' words (representative subjects), the environment, the
resolution steps agents wrote in their resolution notes, and the cause when a note names one.
Every piece of ticket text is escaped: no HTML, no links, no template syntax survives.

Planning (:func:`plan_drafts`) is pure; :func:`write_drafts` clears the drafts of an earlier
run from the output folder and writes the new ones, so re-running never duplicates.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

import numpy as np
import yaml

from ..errors import one_line
from ..model import Article, SiteConfig
from ..scaffold import next_ids
from ..site.urls import slugify
from ..source import MAX_CONTENT_BYTES, read_text, split_front_matter
from ..yaml_load import UNWRITABLE
from .model import Ticket, TicketCluster
from .shared import BRACKETED, PEOPLE_MIN, SharedWords
from .titles import Vocabulary

_ENTITY_START = re.compile(r"&(?=#?\w{1,32};)")
_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>!|~])")
_SCRIPT_SCHEME = re.compile(r"(?i)\b(java|vb)\s*script\s*:|\bdata\s*:\s*text/html")
_CAUSE = re.compile(r"(?i)\b(?:because|due to|caused by|root cause|cause was|was (?:missing|expired|"
                    r"corrupt|full|disabled|not)|were (?:missing|not)|not (?:in|yet|assigned|licensed)|"
                    r"stale|expired)\b")


@dataclass(frozen=True)
class Draft:
    """A planned draft article.

    Attributes:
        cluster_id: the cluster it was written for.
        path: where it will be written.
        article_id: its id (next free id, or the id of an earlier draft of the same file).
        title: the proposed title.
        text: the whole file (front matter and body).
    """

    cluster_id: str
    path: Path
    article_id: str
    title: str
    text: str


#: Longest ticket text quoted in one place (a subject, a note, a word), in characters before
#: escaping: a long resolution note is a few hundred; a pasted log or a one-word subject of
#: 200 KB was quoted whole, twice, and made a draft too large to load (:data:`DRAFT_BYTES`).
QUOTE_MAX = 600

#: Most UTF-8 bytes one escaped quote takes: escaping multiplies text full of ``{`` or Markdown
#: punctuation (``{`` becomes six characters) and a 4-byte character counts four, so 600
#: characters could take 3,600 bytes and the ~26 quotes of a draft more than :data:`DRAFT_BYTES`.
#: Plain prose takes about one byte a character and is never cut by this.
QUOTE_BYTES = 2 * QUOTE_MAX


def escape_text(text: str, limit: int | None = QUOTE_MAX) -> str:
    """Ticket text made inert for Markdown and HTML output, at most ``limit`` characters of it
    and :data:`QUOTE_BYTES` bytes once escaped (cut at a space where there is one, and marked
    with an ellipsis); ``limit`` None keeps it whole (a path the report names, which must stay
    the path it is).

    ``<`` and ``>`` become entities and so does an ``&`` that would start one (a plain "A & B"
    stays readable, never ``&amp;``), Markdown punctuation that could start markup is
    backslash-escaped, template delimiters (``{{``, ``{%``) are broken up and ``javascript:``
    schemes defused, so the text renders as the words it contains and nothing else. Characters no
    content file may hold (:data:`~kbgen.yaml_load.UNWRITABLE`: a terminal's escape ``ESC``, a
    bell, a lone surrogate) become spaces: a subject carrying a terminal title sequence was quoted
    raw, and the draft kbgen wrote failed ``kbgen check`` and the build.
    """
    text = UNWRITABLE.sub(" ", text)
    if limit is None:
        return _escape(re.sub(r"\s+", " ", text).strip())
    text = re.sub(r"\s+", " ", text[:limit * 8]).strip()  # white space runs count once
    escaped = _escape(_cut(text, limit))
    while len(escaped.encode("utf-8")) > QUOTE_BYTES:  # shrinks each time: a few rounds at most
        limit = min(limit - 1, limit * QUOTE_BYTES // len(escaped.encode("utf-8")))
        escaped = _escape(_cut(text, limit))
    return escaped


def _cut(text: str, limit: int) -> str:
    """``text`` within ``limit`` characters, cut at a space in its second half where there is
    one, and marked with an ellipsis when cut."""
    if len(text) <= limit:
        return text
    cut = text[:limit]
    return (cut.rsplit(" ", 1)[0] if " " in cut[limit // 2:] else cut) + "\u2026"


def _escape(text: str) -> str:
    text = _ENTITY_START.sub("&amp;", text).replace("<", "&lt;").replace(">", "&gt;")
    text = _SCRIPT_SCHEME.sub(lambda m: m.group(0).replace(":", "&#58;"), text)
    text = text.replace("{", "&#123;").replace("}", "&#125;").replace("$", "&#36;")
    text = _MD_SPECIAL.sub(r"\\\1", text)
    text = re.sub(r"^(\d+)([.)])", r"\1\\\2", text)
    return re.sub(r"^([#+>-])", r"\\\1", text)


def plain_title(text: str, limit: int = 90) -> str:
    """A title safe in front matter and headings: letters, digits and light punctuation only."""
    text = _SCRIPT_SCHEME.sub(" ", re.sub(r"<[^<>]{0,200}>", " ", text))
    text = re.sub(r"[^\w\s.,:;?!'&/-]", " ", text)
    text = re.sub(r"\s+", " ", text).strip(" -:;,.")
    text = text[:limit].rsplit(" ", 1)[0] if len(text) > limit else text
    return (text[:1].upper() + text[1:]) or "Suggested article"


QUOTE_MIN = int(PEOPLE_MIN)
"""Tickets that must share a subject (letters and digits, any case) before a draft quotes it."""


def _subjects(members: Sequence[Ticket], vocabulary: Vocabulary, shared: SharedWords, limit: int = 6) -> list[str]:
    """The members' most frequent subjects, in their words; only subjects that several tickets share
    word for word (one person's name or id makes a subject unique) and whose every word enough
    distinct people use (``shared``), so that no name or id that redaction missed is quoted."""
    counts = Counter(re.sub(r"\s+", " ", t.subject.strip()) for t in members if len(t.subject.split()) >= 2)
    repeats = Counter(re.sub(r"[^a-z0-9]+", " ", t.subject.lower()).strip() for t in members)
    seen, picked = set(), []
    for subject, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        key = re.sub(r"[^a-z0-9]+", " ", subject.lower()).strip()
        if repeats[key] < QUOTE_MIN or not vocabulary.quotable(subject, shared.allows):
            continue
        if key and key not in seen and not BRACKETED.search(subject):
            seen.add(key)
            picked.append(subject)
        if len(picked) == limit:
            break
    return picked


def _notes(members: Sequence[Ticket], shared: SharedWords) -> list[tuple[str, int]]:
    """Distinct resolution notes, most frequent first, each word not shared widely enough masked;
    notes of single tickets are left out when several notes recur (they are usually about
    something else)."""
    counts = Counter(shared.mask(t.close_notes.strip()) for t in members if len(t.close_notes.split()) >= 3)
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    recurring = [item for item in ranked if item[1] >= max(2, 0.03 * len(members))]
    return recurring if len(recurring) >= 2 else ranked


def _environment(members: Sequence[Ticket], cluster: TicketCluster, shared: SharedWords) -> list[str]:
    categories = Counter(t.category for t in members if t.category and t.category.lower() not in ("other", "general")
                         and shared.allows(t.category))
    lines = [f"Category in the tickets: {', '.join(escape_text(c) for c, _ in categories.most_common(3))}"] \
        if categories else []
    terms = [escape_text(t) for t in cluster.terms[:8] if shared.allows(t)]
    if terms:
        lines.append(f"Words the tickets share: {', '.join(terms)}")
    return lines or ["Not stated in the tickets."]


def draft_body(cluster: TicketCluster, members: Sequence[Ticket], vocabulary: Vocabulary | None = None,
               shared: SharedWords | None = None) -> str:
    """The KCS-style Markdown body of a draft (all ticket text escaped; only words ``shared``
    allows, counted from ``members`` when not given)."""
    vocabulary = vocabulary or Vocabulary.of(t.subject for t in members)
    shared = SharedWords.of(members) if shared is None else shared
    issue = [f"- {escape_text(s)}" for s in _subjects(members, vocabulary, shared)] or \
        [f"- {escape_text(cluster.title)} (the members' own subjects hold names or ids, so none is quoted)"]
    notes = _notes(members, shared)
    steps = [f"{n}. {escape_text(note)} ({count} ticket{'s' if count != 1 else ''})"
             for n, (note, count) in enumerate(notes[:6], 1)] or ["No resolution notes in the tickets yet."]
    causes = [f"- {escape_text(note)}" for note, _ in notes if _CAUSE.search(note)][:3] or ["- Not yet known."]
    trend = f"{cluster.recent} of {cluster.size} tickets in the last 14 days" + (" (new problem)" if cluster.spike else "")
    return "\n".join([
        f"<!-- Suggested by kbgen suggest from {cluster.size} tickets ({trend}). Check every step, "
        "write it for employees, then remove draft: true to publish. -->",
        "", "## Issue", "", "In the users' words:", "", *issue,
        "", "## Environment", "", *[f"- {line}" for line in _environment(members, cluster, shared)],
        "", "## Resolution", "", "Steps agents took, most frequent first:", "", *steps,
        "", "## Cause", "", *causes, ""])


def guess_services(text: str, config: SiteConfig, articles: Sequence[Article] = ()) -> tuple[str, ...]:
    """The service a draft belongs to, guessed from its words.

    Each service is described by its name and description plus the titles, summaries and
    keywords of the published articles filed under it; the service whose description is most
    similar (TF-IDF cosine) to the tickets' text wins. Empty when nothing matches.
    """
    if not config.services:
        return ()
    from sklearn.feature_extraction.text import TfidfVectorizer

    profiles = []
    for service in config.services:
        filed = [f"{a.title} {a.summary} {' '.join(a.keywords)}" for a in articles
                 if service.id in a.services and not a.draft]
        profiles.append(" ".join([service.name, service.description, *filed]))
    vectorizer = TfidfVectorizer(sublinear_tf=True, stop_words="english")
    try:
        matrix = vectorizer.fit_transform(profiles + [text])
    except ValueError:
        return ()
    scores = (matrix[:-1] @ matrix[-1].T).toarray().ravel()
    best = int(np.argmax(scores))
    return (config.services[best].id,) if scores[best] > 0 else ()


def _id_width(articles: Sequence[Article], prefix: str) -> int:
    widths = [len(a.id) - len(prefix) for a in articles if re.fullmatch(re.escape(prefix) + r"\d+", a.id)]
    return max(widths) if widths else 4


def earlier_drafts(out_dir: Path) -> dict[Path, str]:
    """Files an earlier ``kbgen suggest`` wrote into ``out_dir`` (``draft: true`` and
    ``source_tickets`` in the front matter), with their ids."""
    found = {}
    for path in sorted(out_dir.glob("*.md")) if out_dir.is_dir() else []:
        text, _ = read_text(path, path.name)
        parsed = split_front_matter(text, path.name)[0] if text else None
        meta = parsed.meta.data if parsed else None
        if isinstance(meta, dict) and meta.get("draft") is True and meta.get("source_tickets") and meta.get("id"):
            found[path.resolve()] = str(meta["id"])
    return found


def plan_drafts(gaps: Sequence[TicketCluster], tickets: Sequence[Ticket],
                articles: Sequence[Article], config: SiteConfig, out_dir: Path, project_dir: Path,
                vocabulary: Vocabulary | None = None, shared: SharedWords | None = None) -> list[Draft]:
    """Plan one draft per gap cluster.

    Args:
        gaps: the gap clusters.
        tickets: cleaned, redacted tickets.
        articles: every article of the project (published and drafts).
        config: the site config (id prefix, services).
        out_dir: the folder drafts go to.
        project_dir: the project folder.
        vocabulary: the export's words (for the subjects a draft quotes).
        shared: the ticket words a draft may hold (default: counted from ``tickets``).

    Returns:
        The drafts, ids reused from earlier drafts of the same file name, new ids above every other.
    """
    by_id = {t.ticket_id: t for t in tickets}
    vocabulary = vocabulary or Vocabulary.of(t.subject for t in tickets)
    shared = SharedWords.of(tickets) if shared is None else shared
    previous = earlier_drafts(out_dir)
    earlier = {path.name: article_id for path, article_id in previous.items()}
    taken = {a.id for a in articles if (project_dir / a.source.path).resolve() not in previous}
    width = _id_width(articles, config.id_prefix)
    fresh = iter(next_ids(taken | set(earlier.values()), config.id_prefix, width, len(gaps)))
    # Files in the folder that are not earlier drafts (e.g. a draft a writer already published
    # in place) are never overwritten.
    names = {p.name for p in out_dir.glob("*.md") if p.resolve() not in previous} if out_dir.is_dir() else set()
    drafts = []
    for cluster in gaps:
        members = [by_id[i] for i in cluster.tickets if i in by_id]
        title = plain_title(cluster.title)
        name = f"{slugify(title) or cluster.id}.md"
        name = name if name not in names else f"{slugify(title) or 'suggested'}-{cluster.id}.md"
        names.add(name)
        article_id = earlier[name] if name in earlier and earlier[name] not in taken else next(fresh)
        text_for_services = " ".join(f"{t.subject} {t.description}" for t in members[:200])
        meta = {"id": article_id, "title": title,
                "summary": plain_title(f"What to do when: {cluster.title}", 200),
                "type": "troubleshooting", "services": list(guess_services(text_for_services, config, articles)),
                "draft": True}
        drafts.append(Draft(cluster.id, out_dir / name, article_id, title,
                            _draft_text(meta, cluster.tickets, title, draft_body(cluster, members, vocabulary, shared))))
    return drafts


#: Largest draft written: what ``kbgen check`` reads of one Markdown file (:data:`MAX_CONTENT_BYTES`),
#: less room for the writer's own words. A cluster of thousands of tickets listed every id and
#: made a draft that check refused as too large.
DRAFT_BYTES = MAX_CONTENT_BYTES - 16 * 1024


def _draft_text(meta: dict, tickets: Sequence[str], title: str, body: str) -> str:
    """The draft's file: front matter with as many of ``tickets`` (in order) as keep the file
    within :data:`DRAFT_BYTES` (a comment says how many were left out), then the body. An id's
    invisible and line-breaking characters are written as escapes (``\\u202e``): an export's
    id holding a bidi override made a draft ``kbgen check`` refused, and the project with it."""
    def text(count: int) -> str:
        listed = {**meta, "source_tickets": [one_line(ticket_id[:200]) for ticket_id in tickets[:count]]}
        front = yaml.safe_dump(listed, sort_keys=False, allow_unicode=True, width=100)
        left = (f"<!-- source_tickets lists the first {count:,} of {len(tickets):,} tickets (a draft stays under "
                f"{DRAFT_BYTES // 1024} KiB); --clusters FILE writes them all. -->\n\n") if count < len(tickets) else ""
        return f"---\n{front}---\n\n# {title}\n\n{left}{body}"

    low, high = 1, _most_ids(tickets, DRAFT_BYTES)  # no more fit; bisection below (each id grows the file)
    if len(text(high).encode("utf-8")) <= DRAFT_BYTES:
        return text(high)
    while low < high:
        middle = (low + high + 1) // 2
        low, high = (middle, high) if len(text(middle).encode("utf-8")) <= DRAFT_BYTES else (low, middle - 1)
    return text(low)


def _most_ids(tickets: Sequence[str], budget: int) -> int:
    """An upper bound on how many of ``tickets`` (in order) a draft of ``budget`` bytes can list:
    each takes at least its own bytes and "- " and a line break in the YAML list (quoting and
    escapes only add), so the bisection dumps YAML a few times over at most that many ids, never
    once over all of an export's thousands."""
    used = 0
    for count, ticket_id in enumerate(tickets):
        used += len(one_line(ticket_id[:200]).encode("utf-8")) + 3
        if used > budget:
            return max(count, 1)
    return len(tickets)


def write_drafts(drafts: Sequence[Draft], out_dir: Path) -> None:
    """Remove drafts of an earlier run from ``out_dir``, then write ``drafts``."""
    for path in earlier_drafts(out_dir):
        path.unlink(missing_ok=True)
    out_dir.mkdir(parents=True, exist_ok=True)
    for draft in drafts:
        draft.path.write_text(draft.text, encoding="utf-8")
