"""BM25F field boosts, k1 and b chosen by coordinate ascent on one half of the tuning sets,
reported on the other half.

Usage: python bench/search_fields.py [--kb DIR] [--fit-half a|b] [--passes N] [--steps S,...]
                                     [--measure JSON]

The index weighs a term in an article as BM25 per field (k1, b) times the field's boost, summed
(kbgen/search/index.py, FIELDS, K1, B). Those numbers were set by hand in the first rounds. This
script builds the index of the eval KB once (the engine's analysis of every article is kept),
then re-weighs it with other boosts, k1 and b (one b per field: a short field such as the title
may want less length normalisation than the body) and ranks the answerable written questions
and ticket subjects of half ``--fit-half`` of every tuning set (``search_quality.half_of``; never
check v22). Coordinate ascent: each parameter in turn is multiplied by each factor of
``--steps``, a change is kept when the objective rises by more than ``MIN_GAIN``; ``--passes``
rounds over all parameters. The objective is the mean over the sets of written MRR@10 plus the
mean of subjects MRR@10 (each set weighs the same, as search_quality reports them). The chosen
parameters and the shipped ones are then measured on the other half, set by set, with the
answerable flagged and unanswerable flagged rates (the no-answer model is the shipped one).
--measure '{"title": 3, ..., "k1": 1.2, "b": {"title": 0.75}}' measures one setting on both
halves without fitting. --link-titles measures (with --measure) anchor context grown by the
linking article's title: each sentence of the ``links`` field followed by the title of the
article it was taken from (a writer's page title names its own topic, often the symptom a
reader has, and it links to the fix).
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
from pathlib import Path
from types import SimpleNamespace

sys.path.insert(0, str(Path(__file__).resolve().parent))
import search_quality as quality  # noqa: E402

from kbgen.search import index as index_module  # noqa: E402
from kbgen.search import postings as postings_module  # noqa: E402

#: The smallest rise of the objective (sum of two means of MRR) a step must bring to be kept:
#: about one question of a 150-question set moved one place, so ties and noise change nothing.
MIN_GAIN = 0.0005


#: The shipped parameters, read before any build patches the index module's constants.
SHIPPED = {"boost": dict(index_module.FIELDS), "k1": index_module.K1,
           "b": {name: index_module.B for name in index_module.FIELD_NAMES}}


def shipped() -> dict:
    """The shipped parameters: one boost per field, k1, one b per field (a fresh copy)."""
    return json.loads(json.dumps(SHIPPED))


def once(function):
    """``function`` computed on its first call only (every call here has the same input)."""
    kept = []

    def wrapper(*args, **kwargs):
        if not kept:
            kept.append(function(*args, **kwargs))
        return kept[0]
    return wrapper


def titled_link_sentences(corpus) -> dict[str, list[str]]:
    """inlinks.link_sentences with the linking article's title after each sentence."""
    from kbgen.search.inlinks import MOST, linked_sentences

    by_slug = {a.slug: a for a in corpus.published}
    out: dict[str, list[str]] = {}
    for article in sorted(corpus.published, key=lambda a: a.id):
        seen: set[str] = set()
        for slug, sentence in linked_sentences(article):
            target = by_slug.get(slug)
            if target is None or target is article or target.id in seen or not sentence:
                continue
            seen.add(target.id)
            found = out.setdefault(target.id, [])
            text = f"{sentence}. {article.title}"
            if text not in found and len(found) < MOST:
                found.append(text)
    return out


class Weighing:
    """Builds the eval KB's index with given parameters, analysing its articles once."""

    def __init__(self, kb: Path) -> None:
        self.kb = kb
        self.originals = {name: getattr(index_module, name)
                          for name in ("analyse_documents", "link_sentences", "learned_words")}
        self.kept: dict[bool, dict] = {}

    def use(self, link_titles: bool) -> None:
        """The analysis, the linking sentences and the learnt words do not depend on the
        weighing: each is computed on the first build of a variant and reused."""
        if link_titles not in self.kept:
            functions = dict(self.originals)
            if link_titles:
                functions["link_sentences"] = titled_link_sentences
            self.kept[link_titles] = {name: once(f) for name, f in functions.items()}
        for name, function in self.kept[link_titles].items():
            setattr(index_module, name, function)

    def engine(self, params: dict):
        self.use(bool(params.get("link titles")))
        fields = tuple((name, float(params["boost"][name])) for name in index_module.FIELD_NAMES)
        per_field_b = [float(params["b"][name]) for name in index_module.FIELD_NAMES]
        original = postings_module._weights

        def weights(counts, term_of, document_of, df, tables, fields_, k1, b):
            return original(counts, term_of, document_of, df, tables, fields_, k1, per_field_b)
        index_module.FIELDS, index_module.K1 = fields, float(params["k1"])
        postings_module._weights = weights
        try:
            return quality.build_engine(self.kb)[0]
        finally:
            postings_module._weights = original


def figures(engine, sets) -> dict:
    """{set: metrics} over the sets, each ranked by the engine."""
    return {name: quality.metrics(rows, quality.run_engine(engine, rows)[0]) for name, rows in sets.items()}


def summary(per_set: dict) -> dict:
    """Means over the sets: written MRR, R@1, R@3, flagged; subjects MRR; unanswerable flagged."""
    def mean(style, key):
        values = [f[style][key] for f in per_set.values() if style in f]
        return statistics.mean(values) if values else 0.0
    return {"written": mean("written", "MRR@10"), "R@1": mean("written", "R@1"), "R@3": mean("written", "R@3"),
            "written flagged": mean("written", "weak"), "subjects": mean("subject", "MRR@10"),
            "subjects flagged": mean("subject", "weak"), "unanswerable": mean("unanswerable", "no-answer")}


def objective(per_set: dict) -> float:
    s = summary(per_set)
    return s["written"] + s["subjects"]


def moved(params: dict, key: tuple, factor: float) -> dict:
    out = json.loads(json.dumps(params))
    if key[0] == "k1":
        out["k1"] = round(out["k1"] * factor, 4)
    elif key[0] == "b":
        out["b"][key[1]] = round(min(1.0, out["b"][key[1]] * factor), 4)
    else:
        out["boost"][key[1]] = round(out["boost"][key[1]] * factor, 4)
    return out


def fit(weighing: Weighing, sets, params: dict, steps, passes: int) -> dict:
    keys = [("boost", n) for n in index_module.FIELD_NAMES] + [("k1",)] + [("b", n) for n in index_module.FIELD_NAMES]
    best = objective(figures(weighing.engine(params), sets))
    print(f"start {best:.4f} {json.dumps(params)}", flush=True)
    for number in range(passes):
        changed = False
        for key in keys:
            for factor in steps:
                candidate = moved(params, key, factor)
                if candidate == params:
                    continue
                score = objective(figures(weighing.engine(candidate), sets))
                if score > best + MIN_GAIN:
                    best, params, changed = score, candidate, True
                    print(f"  pass {number + 1} {key} x{factor}: {best:.4f}", flush=True)
        if not changed:
            break
    print(f"fitted {best:.4f} {json.dumps(params)}", flush=True)
    return params


def report(label: str, per_set: dict) -> None:
    s = summary(per_set)
    print(f"  {label:<10} written MRR {s['written']:.4f} R@1 {s['R@1']:.4f} R@3 {s['R@3']:.4f} "
          f"flagged {s['written flagged']:.3f} | subjects MRR {s['subjects']:.4f} flagged {s['subjects flagged']:.3f} "
          f"| unanswerable flagged {s['unanswerable']:.3f}")


def compare(weighing: Weighing, half: str, chosen: dict) -> None:
    sets = quality.query_sets(SimpleNamespace(queries=None, frozen=False, half=half))
    before, after = figures(weighing.engine(shipped()), sets), figures(weighing.engine(chosen), sets)
    print(f"== half {half}")
    report("shipped", before)
    report("chosen", after)
    for name in sets:
        parts = []
        for style in ("written", "subject"):
            if style in before[name]:
                parts.append(f"{style} {before[name][style]['MRR@10']:.3f} -> {after[name][style]['MRR@10']:.3f}")
        print(f"    {name}: " + ", ".join(parts))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kb", type=Path, default=quality.EVAL / "kb")
    parser.add_argument("--fit-half", choices=("a", "b"), default="a")
    parser.add_argument("--passes", type=int, default=2)
    parser.add_argument("--steps", default="0.5,0.75,1.33,2")
    parser.add_argument("--measure", type=json.loads, help="measure these parameters on both halves, no fit")
    parser.add_argument("--halves", default="ab", help="the halves compared at the end (default both)")
    parser.add_argument("--link-titles", action="store_true", help="the linking article's title joins each link sentence")
    args = parser.parse_args()
    weighing = Weighing(args.kb)
    if args.measure is not None:
        chosen = shipped()
        for key, value in args.measure.items():
            if key == "k1":
                chosen["k1"] = value
            elif key == "b":
                chosen["b"].update(value)
            else:
                chosen["boost"][key] = value
        chosen["link titles"] = args.link_titles
    else:
        sets = quality.query_sets(SimpleNamespace(queries=None, frozen=False, half=args.fit_half))
        chosen = fit(weighing, sets, shipped(), [float(s) for s in args.steps.split(",")], args.passes)
    for half in args.halves:
        compare(weighing, half, chosen)


if __name__ == "__main__":
    main()
