"""Why the right article is not first: every written question of the tuning sets whose right
article is not ranked first, given one cause, comparing the right article with the one ranked
first.

Usage: python bench/search_misses.py [--kb DIR] [--half a|b] [--examples N]

For each query word (a slot of the engine's analysis with weight) it is known where the right
article R and the first result T hold it (through the word, a synonym, a correction or a
split): 3 in the title, keywords or tags, 2 in the summary or headings, 1 only in the body, 0
not at all. The cause is the first that fits:
- "typo beyond the corrector": a word unknown to the index within edit distance 2 (3 for
  words of 8 letters or more) of a term of R (search_vocab.cause_of_word);
- "another language or a word the site never uses": a quarter or more of the query's weight
  is words unknown to the index;
- "corrected into the wrong word": a misspelt word corrected into a term R lacks;
- "symptom vs fix wording: R lacks a word T has": a known query word R does not hold and T
  does (the site's word, in another article: a symptom against a product, a colloquial verb);
- "R lacks a word, T lacks it too": a known query word neither holds (the story, a word of a
  third article), and T wins on the rest;
- "a rare word only in R's body": R holds every word T holds, and one of the query's rarer
  half of words (by weight) only in its body while T lacks it;
- "title words swamped": R names (level 2 or 3) at least as many of the query's words as T
  and still loses: T's weights (body repeats, many fields) outweigh;
- "T names more of the query": R holds the words but T names more of them in its title,
  keywords, tags, summary or headings (both plausible: two articles both right, or the query
  names the product and not the action);
- "right article unlabelled or outside the first ten": R not among the results at all.
Counted per set and in total, with the rank R reached (2-3, 4-10, lower).
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import search_quality as sq  # noqa: E402
import search_rank as sr  # noqa: E402
import search_vocab as sv  # noqa: E402


def level(post, slot, ref) -> int:
    """Where article ``ref`` holds a query word: 3 title/keywords/tags, 2 summary/headings, 1
    body, 0 not at all (the best over the slot's clauses)."""
    return max([post.get(c["term"], {}).get(ref, (0, 0))[1] for c in slot["clauses"]] or [0])


def cause_of(engine, post, vocabulary, terms_of, corrections, query, ref, top) -> str:
    slots = [s for s in engine.analyse(query) if s["weight"] > 0 and s["text"]]
    total = sum(s["weight"] for s in slots) or 1.0
    words = [s["text"].lower() for s in slots]
    for i, slot in enumerate(slots):
        if level(post, slot, ref):
            continue
        near = words[max(0, i - 1):i] + words[i + 1:i + 2]
        if sv.cause_of_word(slot, terms_of[ref], vocabulary, near, corrections) == "misspelling beyond the fuzzy rule":
            return "typo beyond the corrector"
    if sum(s["weight"] for s in slots if not s["clauses"]) / total >= 0.25:
        return "another language or a word the site never uses"
    known = [s for s in slots if s["clauses"]]
    for slot in known:
        if not level(post, slot, ref) and any((round(c["boost"], 6), round(c["credit"], 6)) in corrections
                                              for c in slot["clauses"]):
            return "corrected into the wrong word"
    mine = [level(post, s, ref) for s in known]
    theirs = [level(post, s, top) for s in known]
    if any(m == 0 and t > 0 for m, t in zip(mine, theirs)):
        return "symptom vs fix wording: R lacks a word T has"
    if any(m == 0 for m in mine):
        return "R lacks a word, T lacks it too"
    median = sorted(s["weight"] for s in known)[len(known) // 2] if known else 0
    if any(m == 1 and t == 0 and s["weight"] >= median for s, m, t in zip(known, mine, theirs)):
        return "a rare word only in R's body"
    if sum(m >= 2 for m in mine) >= sum(t >= 2 for t in theirs):
        return "title words swamped"
    return "T names more of the query"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kb", type=Path, default=sq.EVAL / "kb")
    parser.add_argument("--half", choices=("a", "b"))
    args = parser.parse_args()
    engine, files = sq.build_engine(args.kb)
    post, number = sr.postings(files), sr.doc_numbers(files)
    vocabulary = {t for t in post if "+" not in t}
    terms_of = sv.article_terms(post)
    corrections = sq.corrections(engine.settings())
    counts: dict[str, Counter] = defaultdict(Counter)
    ranks: dict[str, Counter] = defaultdict(Counter)
    questions = 0
    for name, rows in sr.all_sets(args.half).items():
        for query, relevant, style in rows:
            if style != "written":
                continue
            questions += 1
            ids = [r.id for r in engine.search(query, limit=10)]
            if ids and ids[0] in relevant:
                continue
            rank = next((i + 1 for i, got in enumerate(ids) if got in relevant), None)
            ref = next((number[r] for r in relevant if r in number), None)
            if ref is None or not ids:
                cause = "right article unlabelled or no result"
            else:
                cause = cause_of(engine, post, vocabulary, terms_of, corrections, query, ref, number[ids[0]])
            counts[cause][name] += 1
            ranks[cause]["2-3" if rank and rank <= 3 else "4-10" if rank else "lower"] += 1
    missed = sum(sum(c.values()) for c in counts.values())
    print(f"{questions} written questions, {missed} with the right article not first")
    print("| cause | misses | R at 2-3 | 4-10 | lower | sets with most |")
    print("|---|---|---|---|---|---|")
    for cause, per_set in sorted(counts.items(), key=lambda kv: -sum(kv[1].values())):
        most = ", ".join(f"{k.replace('check-', '')} {v}" for k, v in per_set.most_common(3))
        print(f"| {cause} | {sum(per_set.values())} | {ranks[cause]['2-3']} | {ranks[cause]['4-10']} "
              f"| {ranks[cause]['lower']} | {most} |")


if __name__ == "__main__":
    main()
