"""Vocabulary learnt from the site itself: term association as a weak extra field, measured on
both fixed halves of every set.

Usage: python bench/search_assoc.py [--kb DIR] [--variant JSON ...]

An article lacks a word of a question when the question names a symptom and the article its
product ("the wheel wobbles" and "axle bearing"), or tells the story around it. Words that
co-occur, across the site's articles, with what an article is about are evidence of that
article's vocabulary: this bench adds to every article a field of the words most associated
with its topic words (those of its title, keywords, tags, summary and headings) that it does not
use itself, weighed as the variant says, and measures the written, subject and unanswerable
figures of every set on halves a and b (`search_quality.half_of`) against kbgen.

Association of a word w with a topic word t: normalised pointwise mutual information over
articles, npmi = log(p(w,t) / (p(w) p(t))) / -log p(w,t), counting an article once per word
(any field), both words in at least `min_together` articles together. An article's score for w
is the mean of the `best` highest npmi over its topic words (a topic word w never co-occurs with
counts 0: one topic word of many is the evidence, not all of them); the `top`
best words scoring at least `min_score` form the field. Candidates are the words of the articles
sharing a topic word (`candidates` "any"), or only those articles' topic words ("topic").
"""
from __future__ import annotations

import argparse
import json
import math
import statistics
import sys
from collections import defaultdict
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import search_quality as sq  # noqa: E402
import search_rank as sr  # noqa: E402

DEFAULT = {"boost": 0.3, "top": 10, "min_together": 2, "min_score": 0.3, "topic": 2, "best": 3, "candidates": "any"}


def associations(where: dict[str, dict[int, int]], documents: int, variant: dict) -> dict[int, list[str]]:
    """The associated words of every article number (module docstring)."""
    words = {t: set(docs) for t, docs in where.items() if "+" not in t and t.isalpha()}
    topic: dict[int, set[str]] = defaultdict(set)
    has: dict[int, set[str]] = defaultdict(set)
    for term, docs in words.items():
        for ref in docs:
            has[ref].add(term)
            if where[term][ref] >= variant["topic"]:
                topic[ref].add(term)
    n = float(documents)
    npmi_cache: dict[tuple[str, str], float] = {}

    def npmi(w: str, t: str) -> float:
        key = (w, t)
        if key not in npmi_cache:
            both = len(words[w] & words[t])
            if both < variant["min_together"] or both == n:
                npmi_cache[key] = 0.0
            else:
                pxy, px, py = both / n, len(words[w]) / n, len(words[t]) / n
                npmi_cache[key] = math.log(pxy / (px * py)) / -math.log(pxy)
        return npmi_cache[key]
    out = {}
    for ref in range(documents):
        topics = topic.get(ref, set())
        if not topics:
            continue
        pool = topic if variant["candidates"] == "topic" else has
        candidates = {w for t in topics for w in _neighbours(t, words, pool)} - has[ref]
        scored = sorted(((statistics.mean(sorted((npmi(w, t) for t in topics), reverse=True)[:variant["best"]]), w)
                         for w in candidates), reverse=True)
        out[ref] = [w for s, w in scored[:variant["top"]] if s >= variant["min_score"]]
    return out


def _neighbours(term: str, words: dict[str, set[int]], pool: dict[int, set[str]]) -> set[str]:
    return {w for ref in words[term] for w in pool.get(ref, ())}


def engine_with(kb: Path, variant: dict | None):
    """kbgen's engine over the KB, with the associated-words field when variant is given."""
    from kbgen.build import load_project
    from kbgen.search import index as ix
    from kbgen.search.engine import SearchEngine
    from kbgen.search.settings import SearchSettings
    from kbgen.search.inlinks import link_sentences, with_link_sentences
    from kbgen.search.learn import learned_words, with_learned

    corpus, _ = load_project(kb)
    settings = SearchSettings.from_config(corpus.config.search)
    names = {s.id: s.name for s in corpus.config.services}
    from kbgen.site.urls import article_doc_path, doc_url
    docs = [ix.article_document(a, doc_url(article_doc_path(a)), names) for a in corpus.published]
    docs = with_learned(with_link_sentences(docs, link_sentences(corpus)), learned_words(corpus))
    base = ix.SearchIndex.from_documents(docs, settings)
    if variant is None:
        return SearchEngine.load(base.files())
    where = sq.where_of(base.files())
    extra = associations(where, len(docs), variant)
    docs = [replace(d, fields={**d.fields, "related": " ".join(extra.get(i, []))}) for i, d in enumerate(docs)]
    saved = ix.FIELDS, ix.FIELD_NAMES
    try:
        ix.FIELDS = saved[0] + (("related", variant["boost"]),)
        ix.FIELD_NAMES = saved[1] + ("related",)
        built = ix.SearchIndex.from_documents(docs, settings)
    finally:
        ix.FIELDS, ix.FIELD_NAMES = saved
    return SearchEngine.load(built.files())


def figures(engine, sets) -> dict[str, dict]:
    return {name: sq.metrics(rows, sq.run_engine(engine, rows)[0]) for name, rows in sets.items()}


def summary(figs: dict[str, dict]) -> str:
    def mean(style, key):
        values = [f[style][key] for f in figs.values() if style in f]
        return statistics.mean(values) if values else float("nan")
    dev = figs.get("eval-dev", {}).get("written", {}).get("MRR@10", float("nan"))
    return (f"written MRR {mean('written', 'MRR@10'):.4f} R@3 {mean('written', 'R@3'):.4f} flagged "
            f"{mean('written', 'weak'):.3f} | subjects MRR {mean('subject', 'MRR@10'):.4f} | "
            f"unanswerable flagged {mean('unanswerable', 'no-answer'):.3f} | eval-dev {dev:.3f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kb", type=Path, default=sq.EVAL / "kb")
    parser.add_argument("--variant", type=json.loads, action="append", default=[])
    args = parser.parse_args()
    halves = {h: sr.all_sets(h) for h in ("a", "b")}
    engines = {"kbgen": engine_with(args.kb, None)}
    for v in args.variant or [{}]:
        engines[json.dumps(v)] = engine_with(args.kb, {**DEFAULT, **v})
    for label, engine in engines.items():
        for half, sets in halves.items():
            print(f"{label:<45} {half}: {summary(figures(engine, sets))}")


if __name__ == "__main__":
    main()
