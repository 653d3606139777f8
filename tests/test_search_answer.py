"""Search's "no good answer" verdict (the evidence, the shipped model, the settings) and the
cut that keeps an irrelevant tail out of result lists."""
from __future__ import annotations

import json
import math

import pytest
from py_mini_racer import MiniRacer

from kbgen.build import load_project
from kbgen.search.engine import SearchEngine
from kbgen.search.index import SearchIndex
from kbgen.search.runtime import engine_source
from kbgen.search.settings import SearchSettings, no_answer_model
from conftest import MINIMAL_CONFIG, article

EVIDENCE = {"coverage", "named", "titled", "exact", "unknown", "guessed", "heaviest", "phrase", "strength", "score",
            "mass", "namedMass", "matched"}


@pytest.fixture(scope="module")
def js():
    with MiniRacer() as ctx:
        ctx.eval(engine_source())
        yield ctx


def plausible(js, scores: list[float], weak: bool = False, most: int = 10) -> int:
    ranked = {"scored": [{"score": s} for s in scores], "weak": weak}
    return js.eval(f"KbgenSearch.plausible({json.dumps(ranked)}, {most})")


def test_lists_show_results_near_the_best_score_only(js):
    assert plausible(js, [10, 9, 5, 2.5, 2.0, 1.9, 1.0]) == 5  # 2.0 is a fifth of the best
    assert plausible(js, [10, 1, 0.5, 0.4, 0.3]) == 3  # never fewer than three when there are
    assert plausible(js, [10, 1]) == 2 and plausible(js, []) == 0
    assert plausible(js, [10] * 30) == 10 and plausible(js, [10] * 30, most=8) == 8


def test_no_good_answer_shows_only_three_closest_matches(js):
    assert plausible(js, [10] * 30, weak=True) == 3
    assert plausible(js, [10, 1], weak=True) == 2


@pytest.fixture
def vpn_project(make_project):
    return make_project({
        "content/articles/vpn.md": article(
            "KB0001", "Connect to the VPN", "Open GlobalProtect and sign in.\n\n## Certificates\n\nRenew yearly.",
            summary="Connect to the company network from home.", services="[vpn]"),
        "content/articles/print.md": article(
            "KB0002", "Printer offline", "Restart the printer. Ask the service desk about the VPN if remote.",
            summary="Fix a printer that shows offline."),
    }, config=MINIMAL_CONFIG)


def engine_of(project, **settings) -> SearchEngine:
    corpus, problems = load_project(project)
    assert corpus is not None, problems
    return SearchEngine.load(SearchIndex.build(corpus, settings=SearchSettings(**settings)).files())


def test_evidence_says_where_and_how_the_best_result_answers(vpn_project):
    engine = engine_of(vpn_project)
    named = engine.evidence("connect vpn")
    assert set(named) == EVIDENCE
    assert named["titled"] == named["named"] == named["exact"] == named["heaviest"] == 1
    assert named["unknown"] == 0 and named["phrase"] == 1 and named["coverage"] == 1
    passing = engine.evidence("restart remote")  # KB0002's body only: answered in passing
    assert passing["named"] == passing["titled"] == 0 and passing["exact"] == pytest.approx(0.6)
    unknown = engine.evidence("vpn zqxwvy")
    assert 0.5 < unknown["unknown"] < 1 and unknown["titled"] == 1  # titled: a share of the known words
    corrected = engine.evidence("printr offline")
    assert corrected["exact"] < corrected["named"]  # a correction answers, but not exactly
    assert engine.evidence("vpn conect")["guessed"] > 0 == corrected["guessed"]  # "printr" is respelt
    assert engine.evidence("zqxwvy") is None  # nothing matched at all


def test_amounts_of_evidence_do_not_shrink_with_a_longer_question(vpn_project):
    """Shares fall as words the site never uses are added around a question; the amounts
    the best result answers (mass, namedMass, matched) stay, so a long question answered in
    the same words is not judged weaker for its length."""
    engine = engine_of(vpn_project)
    short = engine.evidence("connect vpn")
    long = engine.evidence("good grief, our zqxwvy qwzzyx said connect vpn for the plonkwerk")
    assert long["coverage"] < short["coverage"] and long["unknown"] > 0
    assert (long["mass"], long["namedMass"], long["matched"]) == (short["mass"], short["namedMass"], short["matched"])
    assert short["matched"] == pytest.approx(math.log(3))  # ln(1 + two words answered)
    passing = engine.evidence("restart remote")  # answered only in KB0002's body: nothing named
    assert passing["namedMass"] == 0 < passing["mass"]


def test_context_words_weigh_less_than_topic_words(vpn_project):
    """Words telling when and around whom something happened ("this morning", "a colleague")
    weigh contextWeight of their weight in a query, and nothing at 0."""
    weights = {slot["text"]: slot["weight"] for slot in engine_of(vpn_project).analyse("printer morning")}
    idf = {slot["text"]: slot["weight"] for slot in engine_of(
        vpn_project, overrides={"contextWeight": 1.0}).analyse("printer morning")}
    assert weights["printer"] == idf["printer"] and weights["morning"] == pytest.approx(idf["morning"] / 2)
    dropped = engine_of(vpn_project, overrides={"contextWeight": 0.0}).analyse("printer morning")
    assert [slot["text"] for slot in dropped if slot["weight"] > 0] == ["printer"]  # pairs weigh 0


def test_the_verdict_is_the_manifests_model(vpn_project):
    model = {"features": ["unknown"], "weights": [-10.0], "bias": 1.0, "min_confidence": 0.5}
    engine = engine_of(vpn_project, model=model, min_score=0)
    assert engine.manifest["threshold"]["model"] == {"features": ["unknown"], "weights": [-10.0],
                                                     "bias": 1.0, "cut": 0.0}
    assert not engine.search("vpn")[0].weak
    assert all(r.weak for r in engine.search("vpn zqxwvy"))  # 1 - 10 x unknown < 0


def test_min_confidence_moves_the_cut_and_min_coverage_is_a_floor(vpn_project):
    model = {"features": ["coverage"], "weights": [4.0], "bias": -2.0, "min_confidence": 0.5}
    strict = engine_of(vpn_project, model=model, min_confidence=0.9, min_score=0)
    assert strict.manifest["threshold"]["model"]["cut"] == round(math.log(0.9 / 0.1), 6)
    assert strict.search("connect vpn")[0].weak  # 4 - 2 = 2 < log(9)
    assert not engine_of(vpn_project, model=model, min_score=0).search("connect vpn")[0].weak
    floor = engine_of(vpn_project, model=None, min_coverage=0.9, min_score=0)
    assert "model" not in floor.manifest["threshold"]
    assert floor.search("vpn restart")[0].weak and not floor.search("connect vpn")[0].weak


def test_the_shipped_model_weighs_evidence_the_engine_computes():
    model = no_answer_model()
    assert set(model["features"]) <= EVIDENCE and len(model["weights"]) == len(model["features"])
    assert all(math.isfinite(w) for w in model["weights"] + [model["bias"]])
    assert 0 < model["min_confidence"] < 1
    signs = dict(zip(model["features"], model["weights"]))
    assert signs.get("unknown", -1) < 0 < signs.get("titled", 1)  # as each comment says


def test_min_confidence_is_validated_in_site_config(make_project):
    from kbgen.build import load_project as load

    project = make_project(config=MINIMAL_CONFIG + "search:\n  min_confidence: 1.5\n")
    corpus, problems = load(project)
    text = "\n".join(p.format() for p in problems)
    assert "search.min_confidence: must be between 0.01 and 0.99, got 1.5" in text


def test_an_engine_freed_in_the_middle_of_a_call_never_waits_for_the_runtime(vpn_project):
    from kbgen.search import runtime
    from kbgen.search.engine import _close

    engine = engine_of(vpn_project)
    started = runtime.runtime()
    with started._lock:  # garbage collection may run the finalizer while a call holds the lock
        _close(engine._id)
    assert engine._id in started._discarded
    assert runtime.call("stopWords") and not started._discarded  # freed at the next call
