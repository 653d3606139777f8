"""Search's "no good answer" verdict (the evidence, the shipped model, the settings) and the
cut that keeps an irrelevant tail out of result lists."""
from __future__ import annotations

import json
import math
from pathlib import Path

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


# ---- the re-scorer of the first results ----

@pytest.fixture
def broad_project(make_project):
    """A focused article named for its topic and a broad overview that repeats the topic's
    words in its body many times (the overview scores higher on term frequency)."""
    overview = " ".join(["Laptops, docking stations, monitors, keyboards and mice are ordered here."] * 6
                        + ["A docking station that charges slowly needs the bigger power brick."] * 4)
    return make_project({
        "content/articles/dock.md": article(
            "KB0101", "Docking station charges slowly", "Use the power brick that came with the dock.",
            summary="The laptop charges slowly on the dock."),
        "content/articles/overview.md": article(
            "KB0102", "Equipment overview", overview, summary="Everything about laptops and accessories."),
        "content/articles/other.md": article(
            "KB0103", "Printer offline", "Restart the printer.", summary="Fix a printer that shows offline."),
    }, config=MINIMAL_CONFIG)


def ranked(engine, query, limit=10):
    return [(r.id, r.score, r.weak) for r in engine.search(query, limit=limit)]


def test_the_rescorer_lifts_the_article_named_for_the_question(broad_project):
    titled_first = {"depth": 10, "features": ["titled"], "weights": [5.0]}
    bodies_first = {"depth": 10, "features": ["titled"], "weights": [-5.0]}
    plain = engine_of(broad_project, rerank=None)
    assert "rerank" not in plain.manifest and "breadth" not in plain.manifest
    up, down = engine_of(broad_project, rerank=titled_first), engine_of(broad_project, rerank=bodies_first)
    query = "dock power brick charges"
    assert [r[0] for r in ranked(up, query)][0] == "KB0101"
    assert [r[0] for r in ranked(down, query)][0] == "KB0102"
    for engine in (plain, up, down):  # scores stay sorted, best first
        scores = [r[1] for r in ranked(engine, query)]
        assert scores == sorted(scores, reverse=True)


def test_the_best_result_keeps_its_score_and_the_verdict_is_the_querys(broad_project):
    model = {"depth": 10, "features": ["titled", "breadth"], "weights": [5.0, -1.0]}
    plain, rescored = engine_of(broad_project, rerank=None), engine_of(broad_project, rerank=model)
    for query in ("dock power brick charges", "laptops monitors", "printer", "zqxw docking", "canteen menu", ""):
        before, after = ranked(plain, query), ranked(rescored, query)
        assert sorted(r[0] for r in before) == sorted(r[0] for r in after)  # the same articles, re-ordered
        assert {r[2] for r in before} == {r[2] for r in after}  # "no good answer" as before
        assert not before or before[0][1] in [r[1] for r in after]  # the best-scored article keeps its score
        assert plain.evidence(query) == rescored.evidence(query)


def test_a_shorter_list_is_the_start_of_a_longer_one(broad_project):
    model = {"depth": 10, "features": ["titled", "titleBreadth"], "weights": [5.0, -2.0]}
    engine = engine_of(broad_project, rerank=model)
    for query in ("dock power brick charges", "laptops monitors charges slowly", "printer dock"):
        full = ranked(engine, query, 10)
        for limit in (1, 2, 3):
            assert ranked(engine, query, limit) == full[:limit]


def test_breadth_counts_words_held_named_and_titled(broad_project):
    engine = engine_of(broad_project)
    breadth = engine.manifest["breadth"]
    assert len(breadth) == 3 * engine.manifest["documents"]
    held, named, titled = breadth[0::3], breadth[1::3], breadth[2::3]
    assert all(h >= n >= t > 0 for h, n, t in zip(held, named, titled))
    assert held[1] > held[0] and held[1] > held[2]  # the overview holds the most words


def test_the_shipped_rescorer_weighs_evidence_the_engine_computes(broad_project):
    from kbgen.search.settings import rerank_model

    model = rerank_model()
    engine = engine_of(broad_project)
    assert engine.manifest["rerank"] == model and model["depth"] >= 3
    assert len(model["weights"]) == len(model["features"]) and all(math.isfinite(w) for w in model["weights"])
    known = EVIDENCE | {"breadth", "namedBreadth", "titleBreadth"}
    assert set(model["features"]) <= known
    weights = dict(zip(model["features"], model["weights"]))
    assert weights.get("titled", 1) > 0 and weights.get("exact", 1) > 0  # as rescore's comment says


def test_exp_of_uses_only_rounding_safe_arithmetic_and_is_exact_enough(js):
    for x in (-40, -30, -7.3, -1, -0.5, -1e-9, 0, 1e-9, 0.3466, 0.5, 1, 2.5, 13.1, 30, 45):
        got = js.eval(f"KbgenSearch.expOf({x})")
        want = math.exp(max(-30, min(30, x)))
        assert abs(got - want) <= 1e-13 * want


def test_ln_ends_on_every_number():
    # the halving and doubling loops of ln never end for x <= 0 or an infinite x: each value is read
    # in a process of its own, killed if it does not end (MiniRacer's own timeout refuses to run where
    # another test has left an event loop running on this thread)
    import subprocess
    import sys

    program = (
        "import json, sys\n"
        "from py_mini_racer import MiniRacer\n"
        "from kbgen.search.runtime import engine_source\n"
        "with MiniRacer() as ctx:\n"
        "    ctx.eval(engine_source())\n"
        "    print(json.dumps([ctx.eval(f'String(KbgenSearch.ln({x}))') for x in sys.argv[1:]]), flush=True)\n"
    )
    values = ["-1", "NaN", "-Infinity", "0", "Infinity", "1e308"]
    done = subprocess.run([sys.executable, "-c", program, *values], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    got = dict(zip(values, json.loads(done.stdout)))
    assert got["-1"] == "NaN" and got["NaN"] == "NaN" and got["-Infinity"] == "NaN"
    assert got["0"] == "-Infinity" and got["Infinity"] == "Infinity"
    assert abs(float(got["1e308"]) - math.log(1e308)) < 1e-12


DAMAGED_BREADTH = {"negative": [-1], "negative five": [-5], "fraction": [0.5], "huge": [1e308], "text": ["NaN"],
                   "null": [None], "nested": [[1]], "short": None, "no list": "x"}
DAMAGED_RERANK = {"no object": "x", "empty": {}, "depth negative": {"depth": -5}, "depth huge": {"depth": 10 ** 9},
                  "weights short": {"weights": [1.0]}, "weights text": {"weights": "abc"},
                  # these four also searched plainly before they were refused (the order they would
                  # change is tested with a manifest whose model re-orders, below): here, no hang, no crash
                  "unknown feature": {"features": ["titled", "breadthh"]},
                  "feature twice": {"features": ["titled", "titled"]},
                  "feature not text": {"features": ["titled", 7]},
                  "weight infinite": {"weights": [-5.0, 1e999]}}


def test_a_damaged_breadth_or_rescorer_is_not_used_and_never_hangs(broad_project, tmp_path):
    """A manifest damaged in its breadth counts or its re-scorer searches as an index without a
    re-scorer (each case in its own `kbgen search` process, killed if it does not end)."""
    import subprocess
    import sys

    model = {"depth": 10, "features": ["titled", "breadth"], "weights": [-5.0, 1.0]}
    corpus, _ = load_project(broad_project)
    files = SearchIndex.build(corpus, settings=SearchSettings(rerank=model)).files()
    plain = SearchEngine.load(SearchIndex.build(corpus, settings=SearchSettings(rerank=None)).files())
    query = "dock power brick charges"
    want = [r.id for r in plain.search(query)]
    assert [r.id for r in SearchEngine.load(files).search(query)] != want  # the re-scorer is at work here
    manifest = json.loads(files["search/manifest.json"])
    cases = [("breadth", name, manifest["breadth"][:-1] if value is None else
              value * len(manifest["breadth"]) if isinstance(value, list) else value)
             for name, value in DAMAGED_BREADTH.items()]
    cases += [("breadth", "one negative", [-1] + manifest["breadth"][1:])]
    cases += [("rerank", name, value if not isinstance(value, dict) or not value else dict(model, **value))
              for name, value in DAMAGED_RERANK.items()]
    for key, name, value in cases:
        site = tmp_path / f"{key}-{name}"
        for path, data in files.items():
            (site / path).parent.mkdir(parents=True, exist_ok=True)
            (site / path).write_bytes(data)
        (site / "search/manifest.json").write_text(json.dumps(dict(manifest, **{key: value})), encoding="utf-8")
        done = subprocess.run([sys.executable, "-m", "kbgen", "search", query, "--project", str(broad_project),
                               "--site", str(site), "--json"], capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, (name, done.stderr[-500:])
        assert [r["id"] for r in json.loads(done.stdout)] == want, name


@pytest.fixture
def many_project(make_project):
    """Thirty articles that all name one topic, scoring apart by how often; some name it
    in its title too (every fifth, so a re-scorer weighing the title moves articles across the first ten)."""
    files = {}
    for n in range(30):
        times = 30 - n
        title = f"Docking station note {n}" if n % 5 == 2 else f"Hardware note {n}"
        files[f"content/articles/a{n:02}.md"] = article(
            f"KB{200 + n:04}", title, " ".join(["The docking station is on the desk."] * times),
            summary=f"Note number {n} about desks.")
    return make_project(files, config=MINIMAL_CONFIG)


def test_every_list_starts_with_the_list_of_ten(many_project):
    # a re-scorer that sinks titled articles far (below the eleventh's plain score) and one
    # that lifts them (from below the fifth into the first five)
    for weight in (-8.0, 8.0):
        model = {"depth": 10, "features": ["titled"], "weights": [weight]}
        engine, plain = engine_of(many_project, rerank=model), engine_of(many_project, rerank=None)
        for query in ("docking station", "dock desk", "station"):
            ten = ranked(engine, query, 10)
            assert ten != ranked(plain, query, 10)  # re-scored here
            for limit in (1, 3, 5, 9):
                assert ranked(engine, query, limit) == ten[:limit], (weight, query, limit)
            for limit in (11, 20, 30):
                longer = ranked(engine, query, limit)
                assert longer[:10] == ten, (weight, query, limit)
                assert longer[10:] == ranked(plain, query, limit)[10:]  # the rest as plainly scored


def test_a_rescorer_naming_an_unknown_number_is_refused_whole(broad_project):
    """A misspelt or foreign feature name has no value in the engine, a feature listed twice
    would have its weights added: the index builder refuses such a model with a clear error (an
    engine given one in a manifest: the test below)."""
    from kbgen.search.index import DamagedRescorer
    from kbgen.search.runtime import call

    corpus, _ = load_project(broad_project)
    for features, weights, said in ((["titled", "breadthh"], [-5.0, 1.0], 'unknown feature "breadthh"'),
                                    (["titled", "titled"], [-5.0, 1.0], 'feature "titled" is listed twice'),
                                    (["titled"], [float("nan")], "not a finite number"),
                                    (["titled"], [1.0, 2.0], "two lists of one length")):
        model = {"depth": 10, "features": features, "weights": weights}
        with pytest.raises(DamagedRescorer) as caught:
            SearchIndex.build(corpus, settings=SearchSettings(rerank=model))
        assert said in caught.value.message and "rerank_model.json" in caught.value.message
        assert "Traceback" not in caught.value.report()
    assert call("rescorerProblem", {"depth": 10, "features": ["titled", "breadth"], "weights": [1.0, -1.0]}) == ""


def test_the_engine_knows_every_number_the_fit_script_can_weigh():
    # the fit script's features and the engine's list are one set: a model it writes is never refused
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
    import search_rerank
    from kbgen.search.runtime import call

    model = {"depth": 10, "features": list(search_rerank.FEATURES), "weights": [0.0] * len(search_rerank.FEATURES)}
    assert call("rescorerProblem", model) == ""
    assert search_rerank.written_model_problem(search_rerank.FEATURES, 10) == ""


def test_the_fit_script_refuses_to_write_a_model_the_engine_would_refuse(tmp_path):
    # said before any result is collected (a missing knowledge base here), the shipped model untouched
    import subprocess
    import sys

    root = Path(__file__).resolve().parent.parent
    shipped = (root / "kbgen" / "search" / "rerank_model.json").read_bytes()
    for features, said in (("titled,breadthh", 'unknown feature "breadthh" (known: coverage,'),
                           ("titled,titled", 'feature "titled" is listed twice'),
                           ("titled,unknown", 'unknown feature "unknown"')):
        done = subprocess.run([sys.executable, str(root / "bench" / "search_rerank.py"), "--kb", str(tmp_path / "none"),
                               "--features", features, "--write"], capture_output=True, text=True, timeout=120)
        assert done.returncode == 2 and said in done.stderr and "Traceback" not in done.stderr, done.stderr[-500:]
        assert "--write: the engine refuses this model, not written" in done.stderr
    assert (root / "kbgen" / "search" / "rerank_model.json").read_bytes() == shipped


@pytest.fixture
def same_title_project(make_project):
    """A small site with two articles of one title and one summary: a short one, and one whose
    body is long with steps that never name the title's words (the longer is no better answer)."""
    steps = " ".join(f"Step {n}: open the settings panel, choose the account page and confirm with the button below."
                     for n in range(12))
    return make_project({
        "content/articles/short.md": article("KB0301", "Change your display language", "Open Settings and pick a language.",
                                             summary="Pick the language of the screens."),
        "content/articles/long.md": article("KB0302", "Change your display language", steps + " Pick a language.",
                                            summary="Pick the language of the screens."),
        "content/articles/other.md": article("KB0303", "Printer offline", "Restart the printer.",
                                             summary="Fix a printer that shows offline."),
    }, config=MINIMAL_CONFIG)


def test_the_shipped_rescorer_does_not_lift_the_longer_of_two_same_titled_articles(same_title_project):
    # a title tie is decided as plainly scored (BM25 already weighs length): the re-scorer has no
    # reason of its own to prefer the article that holds more words
    plain, shipped = engine_of(same_title_project, rerank=None), engine_of(same_title_project)
    for query in ("display language", "language", "your display language"):
        assert [r.id for r in shipped.search(query)][:2] == [r.id for r in plain.search(query)][:2] == \
            ["KB0301", "KB0302"], query


def test_an_engine_given_a_damaged_rescorer_in_its_manifest_keeps_the_plain_order(broad_project):
    """A manifest whose re-scorer lists a known feature twice, or names an unknown one next to a
    known feature, is searched in the plain order, even where the known feature's weights would
    re-order the results (an engine that adds up a twice-listed feature's weights re-orders them;
    an unknown name's NaN made the whole model weigh nothing even before it was refused)."""
    query = "dock power brick charges"
    plain = ranked(engine_of(broad_project, rerank=None), query)
    for weight in (-5.0, 5.0):
        working = {"depth": 10, "features": ["titled"], "weights": [weight]}
        files = SearchIndex.build(load_project(broad_project)[0], settings=SearchSettings(rerank=working)).files()
        manifest = json.loads(files["search/manifest.json"])
        assert ranked(SearchEngine.load(files), query) != plain, weight  # these weights re-order here
        for damaged in ({"features": ["titled", "titled"], "weights": [weight / 2, weight / 2]},
                        {"features": ["titled", "titled"], "weights": [weight, 0.0]},
                        {"features": ["titled", "titledd"], "weights": [weight, 0.0]}):
            rerank = dict(working, **damaged)
            site = dict(files, **{"search/manifest.json": json.dumps(dict(manifest, rerank=rerank)).encode()})
            assert ranked(SearchEngine.load(site), query) == plain, (weight, damaged)
