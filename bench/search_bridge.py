"""Would site-learnt word associations tell the right article among the first ten? (an experiment)

Usage: python bench/search_bridge.py [--kb DIR] [--cache JSON] [--min-together N] [--fields topic|all]

Round 21 (issue 10), not a feature: the engine is unchanged. Most written questions whose right
article is not first have it among the first ten, and lack, in that article, a word the site
uses elsewhere (``search_vocab.py``: a symptom word against the article's product word, a
colloquial verb). The question measured: is the association, over the site's own articles,
between such a missing query word and what a result is about evidence the re-scorer could use?

For every result of ``search_rerank.py``'s collected rows (its --cache file), "bridged" is the
share of the query's word weight (the engine's slots) that the result lacks but that is
associated with a word it is about: the best normalised PMI (over articles, counting an article
once per word; both words in at least ``--min-together`` articles together) between the missing
word and one of the result's terms named in its title, keywords, tags, summary or headings
(``--fields all``: any of its terms), weighted by that npmi when positive. The re-scorer is then
fitted with and without it (``search_rerank.fit``, half a of the pinned sets) and both are judged
on half b and by leaving one set out, as search_rerank.py prints them.
"""
from __future__ import annotations

import argparse
import math
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import search_quality as sq  # noqa: E402
import search_rank as sr  # noqa: E402
import search_rerank as rr  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kb", type=Path, default=sq.EVAL / "kb")
    parser.add_argument("--cache", type=Path, required=True, help="search_rerank.py --cache file")
    parser.add_argument("--min-together", type=int, default=2)
    parser.add_argument("--fields", choices=("topic", "all"), default="topic")
    args = parser.parse_args()
    import json

    rows = rr.fitting_rows(json.loads(args.cache.read_text(encoding="utf-8")))
    engine, files = sq.build_engine(args.kb, {"rerank": False})
    post, number = sr.postings(files), sr.doc_numbers(files)
    documents = len(number)
    docs_of = {t: set(d) for t, d in post.items() if "+" not in t}
    about: dict[int, set[str]] = defaultdict(set)
    for t, d in post.items():
        if "+" in t:
            continue
        for ref, (_, where) in d.items():
            if args.fields == "all" or where >= 2:
                about[ref].add(t)
    cache: dict[tuple[str, str], float] = {}

    def npmi(a: str, b: str) -> float:
        key = (a, b) if a < b else (b, a)
        if key not in cache:
            da, db = docs_of.get(a, set()), docs_of.get(b, set())
            both = len(da & db)
            if both < args.min_together or both == documents:
                cache[key] = 0.0
            else:
                p = both / documents
                cache[key] = math.log(p / (len(da) / documents * len(db) / documents)) / -math.log(p)
        return cache[key]

    for row in rows:
        slots = [s for s in engine.analyse(row["query"]) if s["weight"] > 0 and s["text"]]
        total = sum(s["weight"] for s in slots) or 1.0
        for doc_id, evidence in zip(row["ids"], row["evidence"]):
            ref = number[doc_id]
            bridged = 0.0
            for s in slots:
                own = [c["term"] for c in s["clauses"] if c["term"] in docs_of]
                if not own or any(ref in post.get(t, {}) for t in own):
                    continue
                best = max((npmi(t, u) for t in own for u in about[ref]), default=0.0)
                bridged += s["weight"] * max(0.0, best)
            evidence["bridged"] = bridged / total
    for features in (rr.FEATURES, rr.FEATURES + ("bridged",)):
        train = [r for r in rows if r["half"] == "a"]
        weights = rr.fit(train, features, rr.C)
        print(f"features: {', '.join(features)}")
        print("  weights: " + ", ".join(f"{f} {w:+.3f}" for f, w in zip(features, weights)))
        rr.table("half b (held out), fitted on half a", [r for r in rows if r["half"] == "b"], features,
                 lambda _: weights)
        names = sorted({r["set"] for r in rows})
        loso = {n: rr.fit([r for r in train if r["set"] != n], features, rr.C) for n in names}
        rr.table("leave one set out", rows, features, lambda n: loso[n])


if __name__ == "__main__":
    main()
