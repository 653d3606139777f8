"""Vocabulary misses: written questions whose right article is not first, and the query words
that article lacks, each counted by cause.

Usage: python bench/search_vocab.py [--kb DIR] [--half a|b] [--examples N] [--ngram DICE ...]

For every set (check v17 included, a tuning set since the eighteenth round) and every written
question whose right article is not first, every content word of the query (as the engine
analyses it) that reaches none of the right article's terms (not through the word, a synonym,
a correction or a split) is given the first cause that fits:
- "misspelling beyond the fuzzy rule": unknown to the index, and within edit distance 2 (3 for
  words of 8 letters or more) of a term of the right article;
- "compound split or glued": unknown, and the concatenation of two terms of the right article,
  or the right article has the word glued to its neighbour in the query;
- "inflection the stemmer misses": a term of the right article shares its first five letters
  (and the word is not a correction of something else);
- "another language or the site never uses it": unknown to the index, none of the above;
- "corrected into the wrong word": the engine corrected it into a term the article lacks;
- "the site's word, not this article's": a word the index knows from other articles (a symptom
  word against the article's product word, a colloquial verb, a word of the story).
A query is counted once per cause it shows. The edit distance is the plain Levenshtein distance.
--ngram 0.5 measures, instead, a character-trigram fallback for words the index does not know
at all (:func:`ngram_fallback`).
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import search_quality as sq  # noqa: E402
import search_rank as sr  # noqa: E402


def distance(a: str, b: str, cap: int) -> int:
    """Levenshtein distance of a and b, or cap + 1 when it is larger than cap."""
    if abs(len(a) - len(b)) > cap:
        return cap + 1
    previous = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        current = [i]
        for j, y in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x != y)))
        if min(current) > cap:
            return cap + 1
        previous = current
    return previous[-1]


def cause_of_word(slot, terms: set[str], vocabulary: set[str], neighbours: list[str], corrections) -> str:
    """The first cause (module docstring) a query word missing from the right article fits."""
    word = slot["text"].lower()
    if slot["clauses"] and any((round(c["boost"], 6), round(c["credit"], 6)) in corrections
                               for c in slot["clauses"]):
        return "corrected into the wrong word"
    unknown = not slot["clauses"] or word not in vocabulary and all(
        c["term"] not in vocabulary for c in slot["clauses"])
    cap = 3 if len(word) >= 8 else 2
    if unknown and len(word) >= 4 and any(distance(word, t, cap) <= cap for t in terms if abs(len(t) - len(word)) <= cap):
        return "misspelling beyond the fuzzy rule"
    if any(word + n in terms or n + word in terms for n in neighbours) or unknown and any(
            word.startswith(t) and word[len(t):] in terms for t in terms if 2 < len(t) < len(word) - 2):
        return "compound split or glued"
    if len(word) >= 5 and any(t[:5] == word[:5] for t in terms):
        return "inflection the stemmer misses"
    if unknown:
        return "another language or the site never uses it"
    return "the site's word, not this article's"


def article_terms(post) -> dict[int, set[str]]:
    out: dict[int, set[str]] = defaultdict(set)
    for term, docs in post.items():
        for ref in docs:
            out[ref].update(term.split("+"))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kb", type=Path, default=sq.EVAL / "kb")
    parser.add_argument("--half", choices=("a", "b"))
    parser.add_argument("--examples", type=int, default=0, help="show N example words per cause")
    parser.add_argument("--ngram", type=float, action="append", default=[],
                        help="measure a trigram fallback for unknown words at this Dice threshold")
    args = parser.parse_args()
    engine, files = sq.build_engine(args.kb)
    post, number = sr.postings(files), sr.doc_numbers(files)
    if args.ngram:
        for threshold in args.ngram:
            print(f"trigram fallback at Dice >= {threshold}:")
            ngram_fallback(engine, post, number, sr.all_sets(args.half), threshold)
        return
    vocabulary = {t for t in post if "+" not in t}
    terms_of = article_terms(post)
    corrections = sq.corrections(engine.settings())
    counts: dict[str, Counter] = defaultdict(Counter)
    examples: dict[str, list] = defaultdict(list)
    for name, rows in sr.all_sets(args.half).items():
        for query, relevant, style in rows:
            if style != "written":
                continue
            ids = [r.id for r in engine.search(query, limit=10)]
            if ids and ids[0] in relevant:
                continue
            ref = number.get(relevant[0])
            if ref is None:
                continue
            slots = [s for s in engine.analyse(query) if s["weight"] > 0 and s["text"]]
            words = [s["text"].lower() for s in slots]
            found = set()
            for i, slot in enumerate(slots):
                if any(ref in post.get(c["term"], {}) for c in slot["clauses"]):
                    continue
                near = words[max(0, i - 1):i] + words[i + 1:i + 2]
                cause = cause_of_word(slot, terms_of[ref], vocabulary, near, corrections)
                found.add(cause)
                examples[cause].append(slot["text"])
            for cause in found or {"none missing (ranking)"}:
                counts[cause][name] += 1
    for cause, per_set in sorted(counts.items(), key=lambda kv: -sum(kv[1].values())):
        print(f"{sum(per_set.values()):5d} {cause}: " + " ".join(f"{k.replace('check-', '')} {v}" for k, v in per_set.items()))
        if args.examples:
            print("      e.g. " + ", ".join(w for w, _ in Counter(examples[cause]).most_common(args.examples)))


def trigrams(word: str) -> set[str]:
    padded = f"^{word}$"
    return {padded[i:i + 3] for i in range(len(padded) - 2)}


def ngram_fallback(engine, post, number, sets, threshold: float) -> None:
    """How a character-trigram fallback would read the query words the index does not know at
    all (no clause: not a word, synonym, correction, split or completion of the index): the
    vocabulary term with the highest Dice coefficient of trigrams (at least ``threshold``), and
    whether it is a term of the right article (a written question or subject) or reaches any
    article at all (an unanswerable query: a match there makes a wrong answer look answered)."""
    vocabulary = [t for t in post if "+" not in t and t.isalpha()]
    grams = {t: trigrams(t) for t in vocabulary}
    counts = Counter()
    for rows in sets.values():
        for query, relevant, style in rows:
            for slot in engine.analyse(query):
                if slot["weight"] <= 0 or slot["clauses"] or not slot["text"] or len(slot["text"]) < 4:
                    continue
                mine = trigrams(slot["text"].lower())
                best = max(vocabulary, key=lambda t: 2 * len(mine & grams[t]) / (len(mine) + len(grams[t])))
                dice = 2 * len(mine & grams[best]) / (len(mine) + len(grams[best]))
                if dice < threshold:
                    counts[f"{style}: no match"] += 1
                    continue
                if not relevant:
                    counts[f"{style}: matched (a wrong answer gains)"] += 1
                    continue
                right = {number[r] for r in relevant if r in number}
                counts[f"{style}: matched, in the right article" if right & set(post[best])
                       else f"{style}: matched, not in the right article"] += 1
    for label, n in sorted(counts.items()):
        print(f"  {n:5d} {label}")


if __name__ == "__main__":
    main()
