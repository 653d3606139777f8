"""The search benchmark's query sets: the frozen check is measured only on request and never
fitted on, earlier checks are development data, and every check is a set of its own."""
from __future__ import annotations

import csv
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
sys.path.insert(0, str(BENCH))

import search_fit  # noqa: E402
import search_quality  # noqa: E402

FROZEN = "check-v23"
FROZEN_FILE = BENCH / "queries-own-check-v23.tsv"
#: The kinds an unanswerable row of a check may name (see search_quality's docstring).
KINDS = {"sense", "not-done", "out-of-scope", "off-kb", "chat", "nonsense"}


def rows_of(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8") as handle:
        return [row for row in csv.reader(handle, delimiter="\t")][1:]


def test_frozen_check_is_read_only_on_request():
    plain = search_quality.query_sets(SimpleNamespace(queries=None, frozen=False))
    frozen = search_quality.query_sets(SimpleNamespace(queries=None, frozen=True))
    assert FROZEN not in plain and FROZEN in frozen
    assert "check-v22" in plain, "the previous frozen check is development data now"
    assert set(plain) < set(frozen)


def test_fitting_never_reads_the_frozen_check(monkeypatch):
    """The no-answer model is fitted on development queries only: no frozen query is ranked."""
    seen: list[str] = []

    class Recorder:
        def evidence(self, query):
            seen.append(query)
            return None

    monkeypatch.setattr(search_quality, "build_engine", lambda kb, overrides=None: (Recorder(), {}))
    search_fit.development_rows(ROOT)
    frozen = {row[0] for row in rows_of(FROZEN_FILE)}
    assert seen and not frozen & set(seen)


def test_frozen_check_rows_are_well_formed():
    rows = rows_of(FROZEN_FILE)
    styles = {row[2] for row in rows}
    assert styles == {"written", "subject"}
    for query, relevant, style, kind in rows:
        assert query.strip() == query and query
        if relevant == "-":
            assert kind in KINDS, query
        else:
            assert not kind and all(part.startswith("KB") and part[2:].isdigit() for part in relevant.split())
    unanswerable = [row for row in rows if row[1] == "-"]
    assert {row[3] for row in unanswerable} == KINDS, "every kind of unanswerable query is represented"


def test_frozen_check_repeats_no_row_of_another_set():
    """Nor a development query or ticket subject of the evaluation data, when it is present."""
    others = set()
    for path in BENCH.glob("queries-*.tsv"):
        if path != FROZEN_FILE:
            others |= {row[0].strip().lower() for row in rows_of(path) if row}
    dev = search_quality.EVAL / "search" / "queries-dev.tsv"
    if dev.exists():
        others |= {row[0].strip().lower() for row in rows_of(dev) if row}
    if (search_quality.TICKETS / "coverage.csv").exists():
        others |= {query.lower() for query, _, _ in search_quality.ticket_subjects()}
    repeated = [row[0] for row in rows_of(FROZEN_FILE) if row[0].strip().lower() in others]
    assert not repeated


def test_frozen_check_names_only_articles_of_the_knowledge_base():
    kb = search_quality.EVAL / "kb"
    if not kb.is_dir():
        pytest.skip("evaluation data not present (../shared/eval is beside the repository in CI, not in a plain clone)")
    ids = set()
    for page in kb.rglob("*.md"):
        for line in page.read_text(encoding="utf-8").splitlines():
            if line.startswith("id:"):
                ids.add(line.split(":", 1)[1].strip())
                break
    named = {part for row in rows_of(FROZEN_FILE) if row[1] != "-" for part in row[1].split()}
    assert named and named <= ids


class RankedEngine:
    """An engine stand-in whose results are a fixed list of article ids."""

    def __init__(self, ids):
        self.ids = ids

    def search(self, query, limit=10):
        return [SimpleNamespace(id=ref) for ref in self.ids[:limit]]


def test_rank_of_is_the_first_relevant_position():
    engine = RankedEngine(["KB0200", "KB0201", "KB0202"])
    assert search_fit.rank_of(engine, "a printer jam on level four", ["KB0202", "KB0201"]) == 2
    assert search_fit.rank_of(engine, "a printer jam on level four", ["KB0999"]) is None


def test_why_counts_the_flagged_answerable_written_questions(capsys):
    """The --why summary counts only answerable written rows below the cut, by where their
    article ranked, and how many leave the rarest word unanswered or are largely unknown."""
    import numpy as np

    def row(answerable, style, rank, heaviest, unknown):
        evidence = {name: 0.5 for name in search_fit.WHY_FEATURES}
        evidence.update(heaviest=heaviest, unknown=unknown)
        return {"set": "mine", "style": style, "answerable": answerable, "rank": rank, "evidence": evidence}

    rows = [row(True, "written", 1, 0.0, 0.4), row(True, "written", 3, 1.0, 0.0), row(True, "written", None, 0.0, 0.0),
            row(True, "written", 1, 1.0, 0.0), row(True, "subject", 1, 0.0, 0.0), row(False, "written", None, 0.0, 0.9)]
    probabilities = np.array([[0.1, 0.2, 0.3, 0.9, 0.1, 0.1]])
    search_fit.why(rows, probabilities, 0.5)
    out = capsys.readouterr().out
    assert "answerable written flagged       3" in out
    assert "{'first': 1, '2-3': 1, 'lower or absent': 1}" in out
    assert "rarest word unanswered by the best result 2" in out
    assert "weight unknown 1, of 3" in out


def test_settings_variant_is_measured_beside_kbgen(tmp_path, monkeypatch, capsys):
    """--settings JSON adds one line per variant to every set; a variant that changes nothing
    measures exactly what kbgen measures."""
    from conftest import require_eval

    kb = require_eval()
    queries = tmp_path / "mine.tsv"
    queries.write_text("query\trelevant\tstyle\tkind\n"
                       "my second screen goes dark whenever the laptop is docked\tKB0060\twritten\t\n"
                       "toner low on the copier by the lifts\tKB0079\tsubject\t\n"
                       "best recipe for sourdough bread\t-\twritten\tout-of-scope\n", encoding="utf-8")
    monkeypatch.setattr(sys, "argv", ["search_quality.py", "--kb", str(kb), "--queries", str(queries),
                                      "--settings", "{}"])
    search_quality.main()
    lines = capsys.readouterr().out.splitlines()
    kbgen = next(line for line in lines if line.lstrip().startswith("kbgen "))
    variant = next(line for line in lines if line.lstrip().startswith("with {}"))
    assert "written(1) MRR" in kbgen and "subject(1) MRR" in kbgen
    assert variant.split("with {}", 1)[1].strip() == kbgen.split("kbgen", 1)[1].strip()


@pytest.mark.parametrize("half", [None, "a", "b"])
def test_tuning_tools_never_read_the_frozen_check(monkeypatch, half):
    """search_rank.py, search_vocab.py and search_assoc.py tune through `search_rank.all_sets`:
    it reads every development set (the previous check included) and never the frozen one."""
    import search_rank
    read: list[Path] = []
    real = search_quality.read_queries
    monkeypatch.setattr(search_quality, "read_queries", lambda path: read.append(Path(path)) or real(path))
    sets = search_rank.all_sets(half)
    assert FROZEN not in sets and "check-v22" in sets
    assert FROZEN_FILE not in read and read
    if half:
        assert all(search_quality.half_of(row[0]) == half for rows in sets.values() for row in rows)


def test_the_rescorer_is_refitted_on_the_sets_it_shipped_with():
    """A set that joins the development sets later (the frozen check after its round) changes
    no weight of `search_rerank.py --write` unless asked (--all-sets)."""
    import search_rerank

    rows = [{"set": name} for name in search_quality.query_sets(SimpleNamespace(queries=None, frozen=True))]
    rows.append({"set": "check-v23"})
    kept = {r["set"] for r in search_rerank.fitting_rows(rows)}
    assert "check-v18" in kept and kept <= set(search_rerank.FITTED_SETS)
    assert FROZEN not in kept and "check-v21" not in kept and "check-v22" not in kept and "check-v23" not in kept
    assert len(search_rerank.fitting_rows(rows, all_sets=True)) == len(rows)
