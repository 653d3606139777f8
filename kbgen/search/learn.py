"""Words people use for an article, learnt from a ticket export (``search.learn_from``).

Writers name an article in their words; employees search in theirs, and a ticket subject is
the closest record of those words ("GP portal down", "need notepad++ on my laptop"). When a
service desk closes a ticket with an article (its resolution note cites the id, ``KB0042``),
the words of that ticket's subject are words people used for that article. At build time the
export is read with ``kbgen suggest``'s importers, redacted with its redaction, and every word
that enough distinct tickets citing one article used is added to that article's search
keywords (a boosted field, as if the writer had listed it).

What may be learnt, and why (personal data must never reach the site):

- only the subject's words, after redaction (names, e-mail addresses, phone numbers and ids
  become placeholders, which are dropped);
- only words of letters: a word with a digit is a number, an id, an asset tag or a code
  (``INC0012345``, ``ZRH-DB-07``), which identify a ticket or a machine, not a topic;
- only words at least ``learn_min_tickets`` distinct tickets citing the article used (a word
  of one ticket says nothing general about the article, and may be someone's);
- only words at least :data:`kbgen.suggest.shared.PEOPLE_MIN` distinct people of the citing
  tickets used, or that the knowledge base uses itself (suggest's second guard: a name
  redaction missed is one person's word);
- never a caller's first name or surname of the export, nor a stop word of search.

The result depends only on the export's content and the articles: same files, same words.
"""
from __future__ import annotations

import os
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Mapping, Sequence

from ..errors import Diagnostic, Severity
from ..files import outside_project

CONFIG_FILE = "site_config.yml"
#: The index field learnt words join: keywords, the writer's own list of what people call the
#: article (boosted, and naming the article as its title does).
LEARNT_FIELD = "keywords"
#: Distinct citing tickets a word needs by default (the k of k-anonymity suggest uses, 3).
DEFAULT_MIN_TICKETS = 3
#: Most words learnt per article, the most used first: an article cited by thousands of
#: tickets would otherwise collect every word of the desk's vocabulary.
MAX_WORDS = 40
#: How much more often the tickets citing an article use a word than the tickets citing other
#: articles do before it is learnt for that article: words every topic's tickets use
#: ("working", "issue", "user") tell articles apart no better than chance.
MIN_LIFT = 2.0
#: A citation: a run of letters, digits and hyphens (an article id such as KB0042 or FAQ-12),
#: checked against the project's article ids.
_TOKEN = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,40}")
#: A redaction placeholder such as ``[name]`` or ``[employee-id]``: not a word of the subject.
_PLACEHOLDER = re.compile(r"\[[a-z-]{1,40}\]")


@dataclass(frozen=True)
class Learned:
    """What an export taught search.

    Attributes:
        words: article id -> learnt words (lower case, sorted).
        diagnostics: problems reading the export (file and row) or the setting.
        tickets: tickets read.
        citing: tickets whose resolution note cites a published article.
    """

    words: Mapping[str, tuple[str, ...]]
    diagnostics: tuple[Diagnostic, ...] = ()
    tickets: int = 0
    citing: int = 0

    def inputs(self) -> tuple[str, ...]:
        """The learnt words as ``id: word word`` lines (what the index is made from)."""
        return tuple(f"{article}: {' '.join(words)}" for article, words in sorted(self.words.items()))


NOTHING = Learned({})


def learned_words(corpus) -> Learned:
    """What ``search.learn_from`` of a loaded project teaches (nothing when it is not set).

    The export is read once per content: the result is kept while the files, the setting and
    the published articles stay the same.
    """
    config = corpus.config.search
    names = tuple(config.get("learn_from") or ())
    if not names:
        return NOTHING
    project = Path(corpus.project_dir)
    stats = tuple(_stat(project / name) for name in names)
    columns = tuple(sorted(corpus.config.section("tickets").get("columns", {}).items()))
    return _learn(str(project), names, stats, columns,
                  int(config.get("learn_min_tickets", DEFAULT_MIN_TICKETS)), tuple(corpus.published))


def learn_checks(corpus, now=None) -> list[Diagnostic]:
    """The component check: every problem reading ``search.learn_from`` (build and check)."""
    return list(learned_words(corpus).diagnostics)


def _stat(path: Path) -> tuple[int, int, int, int] | None:
    """What keys a kept reading of an export: its size, modification time, inode and change time
    (an export rewritten to the same size with its modification time set back has moved its
    change time)."""
    try:
        status = path.stat()
    except OSError:
        return None
    return status.st_size, status.st_mtime_ns, status.st_ino, status.st_ctime_ns


@lru_cache(maxsize=1)  # the project being built; a serve session keeps no older copies
def _learn(project: str, names: tuple[str, ...], stats: tuple, columns: tuple, min_tickets: int,
           articles: tuple) -> Learned:
    """:func:`learned_words` for hashable arguments (``stats`` only keys the cache; ``articles``:
    the published articles)."""
    from ..suggest.importers import load_tickets
    from ..suggest.shared import kb_texts

    diagnostics = _missing(Path(project), names, stats)
    if diagnostics:
        return Learned({}, tuple(diagnostics))
    result = load_tickets([Path(project) / name for name in names], "auto", dict(columns) or None)
    diagnostics = [replace(d, path=_display(d.path, project)) for d in result.diagnostics]
    if any(d.severity is Severity.ERROR for d in diagnostics):
        return Learned({}, tuple(diagnostics), len(result.tickets))
    words, citing = learn_from_tickets(result.tickets, [a.id for a in articles], min_tickets, kb_texts(articles))
    if not citing:  # a setting that silently does nothing would look like one that works
        example = articles[0].id if articles else "KB0042"
        diagnostics.append(Diagnostic(CONFIG_FILE, _config_line(Path(project), 0), "search.learn_from",
                                      f"no resolution note of the {len(result.tickets):,} tickets cites a published "
                                      f"article's id (such as {example}); nothing was learnt", Severity.WARNING))
    return Learned(words, tuple(diagnostics), len(result.tickets), citing)


def _missing(project: Path, names: Sequence[str], stats: Sequence) -> list[Diagnostic]:
    """An error at the setting's line for every export that cannot be read or is outside the project."""
    problems = []
    inside = project.resolve()
    for index, (name, stat) in enumerate(zip(names, stats)):
        path = project / name
        if outside_project(path, inside) is not None:  # "../x.csv", "/abs/x.csv", a link leading out, a loop
            problems.append(Diagnostic(CONFIG_FILE, _config_line(project, index), f"search.learn_from.{index}",
                                       f'ticket export "{name}" is outside the project: kbgen reads and publishes '
                                       "only files inside it; copy the export in (a git-ignored folder keeps it "
                                       "out of the repository)"))
        elif stat is None or not path.is_file():
            problems.append(Diagnostic(CONFIG_FILE, _config_line(project, index), f"search.learn_from.{index}",
                                       f'ticket export "{name}" not found (paths are relative to the project '
                                       "folder)"))
    return problems


def _config_line(project: Path, index: int) -> int:
    """The site_config.yml line of ``search.learn_from`` (item ``index`` when it is a list)."""
    from ..source import MAX_CONFIG_BYTES, parse_yaml, read_text

    text, _ = read_text(project / CONFIG_FILE, CONFIG_FILE, MAX_CONFIG_BYTES)
    doc, _ = parse_yaml(text, CONFIG_FILE) if text else (None, [])
    return doc.line_of("search", "learn_from", index) if doc else 0


def _display(path: str, project: str) -> str:
    """An export's path as shown in diagnostics: relative to the project when inside it."""
    try:
        return os.path.relpath(path, project) if os.path.isabs(path) else path
    except ValueError:
        return path


def cited_articles(text: str, ids: Mapping[str, str]) -> list[str]:
    """Ids of articles a resolution note cites, in order of first mention (``ids``: upper-case
    id -> id, so "kb0042" cites KB0042)."""
    found: dict[str, None] = {}
    for token in _TOKEN.findall(text):
        article = ids.get(token.upper())
        if article:
            found.setdefault(article, None)
    return list(found)


def subject_words(subjects: Sequence[str], stop: frozenset[str]) -> list[set[str]]:
    """The words of redacted subjects that may be learnt: search's own words (lower case,
    accents and apostrophes dropped), without placeholders, form prefixes (``RE:``, ``FW:``),
    stop words, single letters (a drive letter, an initial) and words with a digit."""
    from ..suggest.clean import clean_subject
    from .runtime import call

    texts = [_PLACEHOLDER.sub(" ", clean_subject(s)) for s in subjects]
    return [{w for w in words if len(w) > 1 and w not in stop and not any(ch.isdigit() for ch in w)}
            for words in call("linesWords", texts)]


def learn_from_tickets(tickets: Sequence, ids: Iterable[str], min_tickets: int = DEFAULT_MIN_TICKETS,
                       kb_texts: Iterable[str] = ()) -> tuple[dict[str, tuple[str, ...]], int]:
    """Learn words from imported (not yet redacted) tickets; see the module docstring.

    Returns:
        article id -> learnt words (sorted), and the number of tickets citing an article.
    """
    from ..suggest.model import caller_pseudonyms
    from ..suggest.pii_host_scheme import may_name_machine
    from ..suggest.redact import learn_lexicon, redact_tickets
    from ..suggest.shared import SharedWords
    from .runtime import call

    by_upper = {i.upper(): i for i in ids}
    cites = [cited_articles(t.close_notes, by_upper) for t in tickets]
    citing = [k for k, c in enumerate(cites) if c]
    if not citing:
        return {}, 0
    lexicon = learn_lexicon(tickets)  # the names of the whole export
    names = {n.lower() for n in lexicon.first_names | lexicon.surnames}
    # The citing tickets are redacted as ``kbgen suggest`` redacts them, with the second pass over the
    # export's machine-naming schemes learnt from every ticket's named machines (the names of those
    # schemes no cue pointed at, which one ticket alone cannot know). A ticket with no token a scheme
    # can name (``may_name_machine``) adds nothing to that pass, so only the citing tickets and those
    # that may name a machine are redacted. Only citing tickets are counted: their subjects are all that
    # is learnt, and counting people among them alone can only make the people guard stricter.
    needed = sorted(set(citing) | {k for k, t in enumerate(tickets)
                                   if any(f and may_name_machine(f) for f in (t.subject, t.description, t.close_notes,
                                                                              *t.comments))})
    done = dict(zip(needed, redact_tickets([tickets[k] for k in needed], lexicon=lexicon)))
    cited = [tickets[k] for k in citing]
    redacted = [replace(done[k], person=person) for k, person in zip(citing, caller_pseudonyms(cited))]
    kb_texts = list(kb_texts)
    shared = SharedWords.of(redacted, kb_texts)
    kb_words = {w for words in call("linesWords", kb_texts) for w in words}
    words = subject_words([t.subject for t in redacted], frozenset(call("stopWords")) | names)
    per_article: dict[str, Counter] = defaultdict(Counter)
    tickets_of: Counter = Counter()
    anywhere: Counter = Counter()
    for k, found in zip(citing, words):
        anywhere.update(found)
        for article in cites[k]:
            tickets_of[article] += 1
            per_article[article].update(found)
    candidates = {}
    for article, counter in sorted(per_article.items()):
        others = len(citing) - tickets_of[article]
        candidates[article] = sorted((w for w, n in counter.items() if n >= min_tickets and shared.allows(w)
                                      and n * others >= MIN_LIFT * (anywhere[w] - n) * tickets_of[article]),
                                     key=lambda w: (-counter[w], w))
    wrong = _misspellings(set().union(*candidates.values()), kb_words)
    out = {}
    for article, words in candidates.items():
        kept = [w for w in words if w not in wrong][:MAX_WORDS]
        if kept:
            out[article] = tuple(sorted(kept))
    return out, len(citing)


def _misspellings(words: set[str], known: Iterable[str]) -> set[str]:
    """The words one edit from a word the knowledge base uses and not used by it themselves: a
    misspelling several people made ("pasword") is the word they meant, which search corrects
    anyway; as a word of the index it would stop that correction."""
    from .runtime import call

    return set(call("misspellings", sorted(words), sorted(known))) if words else set()


def with_learned(docs: Sequence, learned: Learned) -> list:
    """Index documents with each article's learnt words added to its keywords."""
    if not learned.words:
        return list(docs)
    out = []
    for doc in docs:
        words = learned.words.get(doc.id)
        if words:
            text = "\n".join(filter(None, (doc.fields.get(LEARNT_FIELD, ""), *words)))
            doc = replace(doc, fields={**doc.fields, LEARNT_FIELD: text})
        out.append(doc)
    return out
