"""kbgen suggest on the development export: behaviour that must hold on it (shapes, no personal data).

One run of the whole pipeline (ServiceNow CSV, 3,000 tickets, against the evaluation KB) is shared
by the tests. Its figures (ARI, AMI, coverage verdicts, redaction recall) are development numbers
and are printed by ``bench/suggest.py`` and ``bench/redact.py``, not asserted here.
"""
from __future__ import annotations

import csv
import html
import json
import re
import shutil
from collections import Counter

import pytest

from conftest import EVAL_KB, SHARED
from kbgen.build import load_project
from kbgen.suggest.pipeline import SuggestOptions, run_suggest

DEV = SHARED / "eval" / "tickets" / "dev"
pytestmark = pytest.mark.skipif(not (DEV / "servicenow.csv").exists(), reason="evaluation data not present")


def _read_csv(name: str) -> list[dict[str, str]]:
    with open(DEV / name, newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    root = tmp_path_factory.mktemp("suggest-dev")
    project = root / "kb"
    shutil.copytree(EVAL_KB, project)
    options = SuggestOptions(json_path=root / "report.json", redacted_out=root / "redacted.jsonl")
    result = run_suggest([DEV / "servicenow.csv"], project, options)
    topic_of = {row["servicenow"]: row["topic"] for row in _read_csv("truth.csv")}
    return {"result": result, "project": project, "root": root, "topic_of": topic_of}


def _majority_topic(cluster, topic_of) -> str:
    return Counter(topic_of[t] for t in cluster.tickets).most_common(1)[0][0]


def test_the_dev_export_has_no_placeholders_or_alerts_to_set_aside(run):
    assert run["result"].set_aside == {}
    assert run["result"].window is not None and run["result"].window.outliers == ()


def test_every_cluster_has_a_title_of_shared_words_and_a_verdict(run):
    for row in run["result"].rows:
        assert row.coverage.verdict in ("covered", "partial", "gap")
        assert row.cluster.title and not re.search(r"\d|\[", row.cluster.title)
    scores = [r.cluster.size * r.coverage.uncovered for r in run["result"].rows]
    assert scores == sorted(scores, reverse=True)


def test_json_report_has_the_documented_shape(run):
    data = json.loads((run["root"] / "report.json").read_text(encoding="utf-8"))
    assert data["tickets"] == 3000
    first = data["clusters"][0]
    assert {"id", "title", "size", "tickets", "spike", "covered_by", "verdict", "draft"} <= set(first)
    assert all(len(c["tickets"]) == c["size"] for c in data["clusters"])
    assert all(0 <= c["uncovered"] <= 1 for c in data["clusters"])


def test_drafts_load_as_valid_draft_articles(run):
    corpus, diagnostics = load_project(run["project"])
    assert corpus is not None and not diagnostics
    suggested = [a for a in corpus.articles if a.slug.startswith("_suggested/")]
    assert len(suggested) == len(run["result"].drafts) >= 1
    assert all(a.draft and a.source_tickets and a.type == "troubleshooting" for a in suggested)
    assert {a.id for a in suggested}.isdisjoint({a.id for a in corpus.published})
    assert all(set(a.source_tickets) <= set(run["topic_of"]) for a in suggested)
    assert all("## Issue" in a.body and "## Resolution" in a.body for a in suggested)


def test_no_planted_personal_data_in_any_output(run):
    outputs = [run["result"].markdown, (run["root"] / "report.json").read_text(encoding="utf-8")]
    outputs += [d.text for d in run["result"].drafts]
    text = html.unescape("\n".join(outputs).replace("\\", ""))
    spans = [json.loads(line) for line in (DEV / "pii.jsonl").read_text(encoding="utf-8").splitlines()]
    leaked = [s["text"] for s in spans if s["text"] in text
              if re.search(r"(?<!\w)" + re.escape(s["text"]) + r"(?!\w)", text)]
    assert leaked == []
