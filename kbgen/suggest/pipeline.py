"""``run_suggest``: the whole suggest pipeline behind ``kbgen suggest``.

load (import, then redact at once: nothing later sees unredacted text) -> clean -> triage (set
aside placeholders, tests and machine mail) -> cluster -> coverage against the project's
published articles -> plan drafts -> write (drafts, report JSON, redacted export). Titles, terms,
drafts and the report hold only ticket words that enough distinct people or the knowledge base
use (:mod:`kbgen.suggest.shared`). Every input problem becomes a diagnostic; errors stop the run
before anything is written.
"""
from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Callable, Mapping, Sequence

from ..build import load_project
from ..content_cache import collector_paused
from ..errors import BadOption, Diagnostic, KbgenError, Severity, ValidationFailed
from ..model import Corpus
from .clean import clean_ticket
from .cluster import collapse_reexports, group_tickets, is_short_export, summarise
from .coverage import Coverage, assess_coverage, coverage_inputs, search_answers
from .kb_vocabulary import kb_words, site_synonyms
from .drafts import Draft, plan_drafts, write_drafts
from .fragments import merge_fragments
from .model import Ticket, TicketCluster, caller_pseudonyms, caller_template
from .ranking import ranked
from .report import ClusterReport, display_path, render_markdown, report_json
from .shared import SharedWords, kb_texts
from .sign_in import split_sign_in
from .sign_in_model import load_sign_in_model
from .trend import TrendWindow, trend_window
from .workers import PARALLEL_MIN, heap_frozen, map_distinct, one_blas_thread
from .titles import Vocabulary
from .triage import triage
from .withheld import GuardedWords, Withheld

DEFAULT_OUT = Path("content") / "articles" / "_suggested"


@dataclass(frozen=True)
class SuggestOptions:
    """What ``kbgen suggest`` was asked to do (see the CLI for each option's meaning)."""

    fmt: str = "auto"
    columns: Mapping[str, str] | None = None
    since: dt.date | None = None
    min_size: int | None = None
    top: int | None = None
    out: Path | None = None
    json_path: Path | None = None
    redacted_out: Path | None = None
    clusters_path: Path | None = None
    write: bool = True
    keep_alerts: bool = False


@dataclass(frozen=True)
class SuggestResult:
    """What a run found and wrote.

    Attributes:
        tickets: number of tickets analysed (after ``--since``).
        clusters: every recurring problem, largest first.
        rows: the reported clusters (``--top``) with coverage and draft paths.
        unclustered: ids of tickets in no cluster (set-aside tickets not included).
        drafts: the drafts planned (written unless ``write`` was False).
        markdown: the report.
        data: the JSON report.
        diagnostics: warnings from import and project loading.
        set_aside: ids of the tickets triage set aside, by kind (placeholder, alert, test).
        window: the export's last 14 days (outlier dates left out).
    """

    tickets: int
    clusters: tuple[TicketCluster, ...]
    rows: tuple[ClusterReport, ...]
    unclustered: tuple[str, ...]
    drafts: tuple[Draft, ...]
    markdown: str
    data: dict
    diagnostics: tuple[Diagnostic, ...] = field(default_factory=tuple)
    set_aside: dict[str, tuple[str, ...]] = field(default_factory=dict)
    window: TrendWindow | None = None


def parse_columns(text: str | None) -> dict[str, str] | None:
    """``--map title=Subject,body=Details`` as a dict; :class:`KbgenError` when malformed."""
    from .importers.formats import mapping_problems

    if not text:
        return None
    pairs, given, problems = {}, {}, []
    for part in filter(None, (p.strip() for p in text.split(","))):
        key, sep, value = part.partition("=")
        if not sep or not key.strip() or not value.strip():
            problems.append(f"{part!r} is not FIELD=COLUMN (e.g. title=Subject,body=Details)")
        else:
            given.setdefault(key.strip().casefold(), []).append(part)
            pairs[key.strip()] = value.strip()
    # a key given twice (in any case) is told once, naming every pair that gives it: which
    # column was meant is the writer's choice, not the last one's
    problems += [f"{parts[0].partition('=')[0].strip()!r} is given {len(parts)} times "
                 f"({', '.join(map(repr, parts))}); give it once" for parts in given.values() if len(parts) > 1]
    problems += [f"{name!r}: {message}" for name, message in mapping_problems(pairs)]
    if problems:
        raise BadOption("--map", "; ".join(problems))
    return pairs


def load_redacted(paths: Sequence[Path], options: SuggestOptions,
                  progress: Callable[[str], None] | None = None,
                  known: Callable[[str], bool] = lambda word: False) -> tuple[list[Ticket], list[Diagnostic], Withheld]:
    """Import the exports and redact every ticket; stop on import errors (``progress`` is told when
    redaction starts). Also returns what redaction showed must never be written (:class:`Withheld`;
    ``known``: True for a word the knowledge base writes).

    Raises:
        ValidationFailed: when an export has errors or no ticket could be read.
    """
    from .importers import load_tickets

    with collector_paused():  # hundreds of thousands of records, none of them garbage
        result = load_tickets([Path(p) for p in paths], options.fmt, options.columns)
        diagnostics = list(result.diagnostics)
        if any(d.severity is Severity.ERROR for d in diagnostics):
            raise ValidationFailed(diagnostics)
        (progress or (lambda name: None))("redacting")
        redacted, withheld = redact_export(result.tickets, known)
        return redacted, diagnostics, withheld


def redact_all(tickets: Sequence[Ticket]) -> list[Ticket]:
    """Redact every ticket; tickets with the same text (re-exports, copies) are redacted once.

    The category is redacted with the rest (a category field can carry a name or an id); only the
    ids, dates, source and row are the original ticket's."""
    return redact_export(tickets)[0]


def redact_export(tickets: Sequence[Ticket], known: Callable[[str], bool] = lambda word: False
                  ) -> tuple[list[Ticket], Withheld]:
    """:func:`redact_all`, and the name parts and identifiers redaction replaced anywhere in the export
    that the whole run withholds (:class:`~kbgen.suggest.withheld.Withheld`)."""
    from .redact import redact_tickets

    index: dict[tuple, int] = {}
    unique: list[Ticket] = []
    owner = []
    for ticket in tickets:
        key = (ticket.subject, ticket.description, ticket.comments, ticket.close_notes, ticket.caller, ticket.category)
        if key not in index:
            index[key] = len(unique)
            unique.append(ticket)
        owner.append(index[key])
    redacted = redact_tickets(unique)
    copies = Counter(owner)
    withheld = Withheld.of(unique, redacted, [copies[k] for k in range(len(unique))],
                           Counter(t.caller for t in tickets if t.caller), known)
    return [replace(redacted[k], ticket_id=t.ticket_id, opened=t.opened, resolved=t.resolved, source=t.source, row=t.row,
                    person=person, sender=sender)
            for t, k, person, sender in zip(tickets, owner, caller_pseudonyms(tickets),
                                            caller_pseudonyms(tickets, caller_template))], withheld


def _since(tickets: list[Ticket], since: dt.date | None) -> list[Ticket]:
    if since is None:
        return tickets
    return [t for t in tickets if t.opened is None or t.opened.date() >= since]


def _load_project(project: Path) -> tuple[Corpus, list[Diagnostic]]:
    corpus, diagnostics = load_project(project)
    if corpus is None:
        raise ValidationFailed(diagnostics, f"{project}: the project has errors; fix them to compare "
                                            "tickets with its articles")
    return corpus, diagnostics


def analyse(tickets: Sequence[Ticket], corpus: Corpus, options: SuggestOptions,
            progress: Callable[[str], None] | None = None, withheld: Withheld | None = None) -> SuggestResult:
    """Cluster redacted tickets, judge coverage and plan drafts (writes nothing).

    Args:
        tickets: redacted tickets.
        corpus: the project (articles, config).
        options: run options (``min_size``, ``top``, ``out``).
        progress: called with the name of each stage.
        withheld: the export's name parts and identifiers never to be written (from
            :func:`redact_export`; none by default).

    Returns:
        The result with the report text and JSON; drafts planned, not written.
    """
    step = progress or (lambda name: None)
    step("cleaning")
    with one_blas_thread():  # every BLAS call of suggest, its forked workers' too
        with collector_paused():  # as in loading: many records, no garbage cycles
            cleaned, copies = collapse_reexports(clean_all(tickets))
        with heap_frozen():  # the tickets, raw and cleaned, live to the end: collections skip them
            return _analyse_cleaned(tickets, cleaned, copies, corpus, options, step, withheld)


def _analyse_cleaned(tickets: Sequence[Ticket], cleaned: list[Ticket], copies: dict[str, tuple[str, ...]],
                     corpus: Corpus, options: SuggestOptions, step: Callable[[str], None],
                     withheld: Withheld | None = None) -> SuggestResult:
    """:func:`analyse` once the tickets are cleaned and re-exports collapsed."""
    logical = len(cleaned)
    published = tuple(kb_texts(corpus.published))  # made once: the shared-words rule and triage read it
    shared = SharedWords.of(cleaned, published)
    if withheld is not None:  # the export-wide guard: what redaction replaced anywhere is never written
        shared = GuardedWords.guarding(shared, withheld)
    step("setting aside")
    sorted_out = triage(cleaned, options.keep_alerts, kb_words(corpus.published, published))
    set_aside = {kind: tuple(i for t in ids for i in (t, *copies.get(t, ())))
                 for kind, ids in sorted_out.set_aside.items()}
    cleaned = list(sorted_out.kept)
    window = trend_window(cleaned)
    short = is_short_export(cleaned)  # read once: grouping, the sign-in split and the merge of fragments
    grouping = group_tickets(cleaned, options.min_size, step, short)
    if short:  # subjects alone: a shared place or device word groups two problems
        grouping = replace(grouping, labels=split_sign_in([t.subject for t in cleaned], grouping.labels,
                                                          grouping.min_size))
    step("summarising")
    vocabulary = Vocabulary.of(t.subject for t in cleaned)
    clusters = summarise(cleaned, grouping, options.min_size, window, shared, vocabulary)
    step("comparing with articles")
    search = search_answers(corpus)
    inputs = coverage_inputs(cleaned, corpus.published, search, site_synonyms(corpus)) if corpus.published else None
    coverage = assess_coverage(clusters, cleaned, corpus.published, search, inputs=inputs)
    if short:
        joined = merge_fragments(clusters, coverage, cleaned)
        if joined:
            grouping = replace(grouping, labels=_merged_labels(cleaned, clusters, joined))
            merged = summarise(cleaned, grouping, options.min_size, window, shared, vocabulary)
            clusters, coverage = _after_merge(clusters, coverage, merged,
                                              lambda changed: assess_coverage(changed, cleaned, corpus.published, search,
                                                                              sum(c.size for c in clusters), inputs))
    clusters = tuple(replace(c, tickets=tuple(i for t in c.tickets for i in (t, *copies.get(t, ())))) for c in clusters)
    coverage = {key: replace(c, missing=tuple(filter(shared.allows, c.missing))) for key, c in coverage.items()}
    order = ranked(clusters, coverage, cleaned)
    chosen = order[: options.top] if options.top else order
    out = _out_dir(corpus.project_dir, options.out)
    gaps = [c for c in chosen if coverage[c.id].verdict == "gap"]
    step("planning drafts")
    drafts = plan_drafts(gaps, cleaned, corpus.articles, corpus.config, out, corpus.project_dir,
                         vocabulary, shared)
    by_cluster = {d.cluster_id: display_path(d.path, corpus.project_dir) for d in drafts}
    rows = tuple(ClusterReport(c, coverage.get(c.id, Coverage(c.id, "gap")), by_cluster.get(c.id, ""))
                 for c in chosen)
    clustered = {i for c in clusters for i in c.tickets} | {i for ids in set_aside.values() for i in ids}
    unclustered = tuple(t.ticket_id for t in tickets if t.ticket_id not in clustered)
    counts = {kind: len(ids) for kind, ids in sorted_out.set_aside.items()}
    lone = len(cleaned) - sum(c.size for c in clusters)
    markdown = render_markdown(rows, logical, lone, corpus.config.site_name, counts, window)
    return SuggestResult(logical, clusters, rows, unclustered, tuple(drafts), markdown,
                         report_json(rows, logical, unclustered, set_aside, window), set_aside=set_aside,
                         window=window)


def _after_merge(before, coverage, after, assess):
    """The merged clusters and their coverage: clusters no fragment joined keep their verdict (under
    their new id), merged ones are judged again."""
    previous = {frozenset(c.tickets): coverage[c.id] for c in before}
    changed = [c for c in after if frozenset(c.tickets) not in previous]
    judged = assess(changed) if changed else {}
    return after, {c.id: judged[c.id] if c.id in judged else replace(previous[frozenset(c.tickets)], cluster_id=c.id)
                   for c in after}


def _merged_labels(tickets: Sequence[Ticket], clusters: Sequence[TicketCluster], joined: dict[str, str]):
    """A label per ticket after fragments joined their topic (``-1``: no cluster)."""
    import numpy as np

    number = {c.id: k for k, c in enumerate(clusters)}
    label_of = {t: number[joined.get(c.id, c.id)] for c in clusters for t in c.tickets}
    return np.array([label_of.get(t.ticket_id, -1) for t in tickets], dtype=np.int64)


def clean_all(tickets: Sequence[Ticket], workers: int | None = None) -> list[Ticket]:
    """Clean every ticket; tickets with the same text are cleaned once, a large export's distinct
    texts in ``workers`` forked processes (default: the CPUs this process may use)."""
    keys = [(t.subject, t.description, t.comments, t.close_notes) for t in tickets]
    cleaned = map_distinct(_clean_slice, keys, PARALLEL_CLEAN, workers)
    return [replace(t, subject=c[0], description=c[1], comments=c[2], close_notes=c[3]) for t, c in zip(tickets, cleaned)]


PARALLEL_CLEAN = PARALLEL_MIN
"""Distinct texts from which cleaning is shared by forked workers (fewer finish sooner alone)."""


def _clean_slice(distinct: Sequence[tuple], start: int, end: int) -> list[tuple]:
    """The cleaned fields (subject, description, comments, close notes) of some distinct texts."""
    fields = []
    for subject, description, comments, close_notes in distinct[start:end]:
        cleaned = clean_ticket(Ticket("", subject, description, comments=comments, close_notes=close_notes))
        fields.append((cleaned.subject, cleaned.description, cleaned.comments, cleaned.close_notes))
    return fields


def _out_dir(project_dir: Path, out: Path | None) -> Path:
    return Path(out) if out else Path(project_dir) / DEFAULT_OUT


def run_suggest(paths: Sequence[Path], project: Path, options: SuggestOptions = SuggestOptions(),
                progress: Callable[[str], None] | None = None) -> SuggestResult:
    """The whole pipeline: import, redact, analyse, then write drafts and files.

    Args:
        paths: ticket export files.
        project: the kbgen project whose published articles are compared.
        options: run options.
        progress: called with the name of each stage (for a progress display).

    Returns:
        What was found and written; warnings in ``diagnostics``.

    Raises:
        ValidationFailed: import errors or an invalid project (nothing is written).
        KbgenError: an output file cannot be written.
    """
    step = progress or (lambda name: None)
    load_sign_in_model()  # a damaged sign-in model is one error line before any work, never a traceback mid-run
    step("reading exports")
    corpus, project_diagnostics = _load_project(Path(project))
    if options.columns is None and corpus.config.tickets.get("columns"):
        options = replace(options, columns=dict(corpus.config.tickets["columns"]))
    known = SharedWords.of([], kb_texts(corpus.published)).known
    tickets, diagnostics, withheld = load_redacted(paths, options, step, known.__contains__)
    tickets = _since(tickets, options.since)
    result = analyse(tickets, corpus, options, step, withheld)
    if options.write:
        step("writing")
        _write_outputs(result, tickets, options, _out_dir(corpus.project_dir, options.out))
    return replace(result, diagnostics=tuple(diagnostics + [d for d in project_diagnostics
                                                             if d.severity is not Severity.INFO]))


def cluster_assignment(result: SuggestResult) -> dict:
    """Every ticket's cluster: ``{"clusters": {cluster id: [ticket ids], "unclustered": [...]},
    "set_aside": {kind: [ticket ids]}}``; set-aside tickets are listed under ``unclustered`` too."""
    groups = {c.id: list(c.tickets) for c in result.clusters}
    groups["unclustered"] = list(result.unclustered) + [i for ids in result.set_aside.values() for i in ids]
    return {"clusters": groups, "set_aside": {kind: list(ids) for kind, ids in result.set_aside.items()}}


def _write_outputs(result: SuggestResult, tickets: Sequence[Ticket], options: SuggestOptions, out: Path) -> None:
    from .redact import write_redacted_jsonl

    try:
        write_drafts(result.drafts, out)
        if options.json_path:
            Path(options.json_path).write_text(json.dumps(result.data, indent=2, sort_keys=True, ensure_ascii=False)
                                               + "\n", encoding="utf-8")
        if options.clusters_path:
            Path(options.clusters_path).write_text(json.dumps(cluster_assignment(result), indent=1, sort_keys=True)
                                                   + "\n", encoding="utf-8")
        if options.redacted_out:
            write_redacted_jsonl(tickets, Path(options.redacted_out))
    except OSError as problem:
        raise KbgenError(f"cannot write {problem.filename or ''}: {problem.strerror or problem}") from None
