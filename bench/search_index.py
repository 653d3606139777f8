"""The search index's part of a build: a clean build and one edit, this kbgen against a baseline.

    python3 bench/search_index.py [--articles 3000 10000] [--repeat 3] [--baseline main]
                                  [--documents build|eval] [--gzip-levels]

Documents: ``build`` (default) are bench/build.py's synthetic articles, the project the build
goals are measured on (a small vocabulary); ``eval`` recombines the sentences of
``../shared/eval/kb`` with made-up product names, as bench/search_speed.py does, so the
vocabulary grows with the site. Each measurement runs in its own process (the baseline's
code exported with `git archive`, nothing checked out), the two versions alternating, and
prints medians of CPU seconds (the machine is shared: CPU, not wall time):

- clean: ``SearchIndex.from_documents`` and ``files()`` with an empty plan memo;
- body edit, title edit, added article: the same with the memo the clean build left (and
  with each earlier edit's), after appending a sentence with a new word to one article's body,
  changing another's title, or adding an article at the end. Every edit's files are
  compared with a clean build of the edited documents (not timed): they must be equal;
- the search index's share of the memo (pickled MB) and the files' total size.

``--gzip-levels`` also prints, for this kbgen's shards at the largest size, the total
compressed bytes and the time to compress them at gzip levels 1, 6 and 9.
"""
from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = Path(__file__).resolve().parent

#: The measuring process: argv = documents kind, count, bench folder, project folder, mode
#: (see below), code folder.
#: ("edits", or "levels": compress this kbgen's shards at levels 1, 6, 9); prints JSON lines.
WORKER = r"""
import dataclasses, gzip, json, pickle, sys, time
from pathlib import Path
kind, count, bench, code = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[6]
sys.path[:0] = [code, bench]  # and not the editable install's finder, which would win
sys.meta_path[:] = [f for f in sys.meta_path if not getattr(f, "__module__", "").startswith("__editable__")]
import kbgen
from kbgen.memo import PlanMemo
from kbgen.search.index import SearchIndex, article_document
from kbgen.search.settings import SearchSettings

def documents():
    if kind == "eval":
        import search_speed
        return search_speed.synthetic_documents(count)
    import build
    from kbgen.build import load_project
    project = Path(sys.argv[4])
    if not project.exists():
        build.make_project(project, count)
    corpus, _ = load_project(project)
    names = {s.id: s.name for s in corpus.config.services}
    return [article_document(a, f"articles/{a.id.lower()}/", names) for a in corpus.published]

def timed(docs, memo):
    start = time.process_time()
    files = SearchIndex.from_documents(docs, SearchSettings(), memo).files()
    return time.process_time() - start, files

def edited(doc, **fields):
    return dataclasses.replace(doc, fields=dict(doc.fields, **fields))

def levels(docs):
    import kbgen.search.index as index
    plain = []
    index._gzip_dump = lambda value: plain.append(index._dump(value)) or b""
    SearchIndex.from_documents(docs, SearchSettings()).files()
    for level in (1, 6, 9):
        start = time.process_time()
        size = sum(len(gzip.compress(data, compresslevel=level, mtime=0)) for data in plain)
        print(json.dumps({"level": level, "shards": len(plain), "json MB": round(sum(map(len, plain)) / 1e6, 2),
                          "gzip MB": round(size / 1e6, 3), "CPU s": round(time.process_time() - start, 2)}))

docs = documents()
if sys.argv[5] == "levels":
    levels(docs)
    raise SystemExit(0)
out = {"kbgen": kbgen.__file__}
memo = PlanMemo()
out["clean"], files = timed(docs, memo)
out["bytes"] = sum(len(v) for v in files.values())
search = {k: v for k, v in memo.used.items()}
out["memo_mb"] = len(pickle.dumps(search, protocol=pickle.HIGHEST_PROTOCOL)) / 1e6
edits = [("body edit", len(docs) // 3, lambda d: edited(d, body=d.fields["body"] + " Toner smudges zqxwv.")),
         ("title edit", len(docs) // 2, lambda d: edited(d, title="Paper jams in the tray", phrases="Paper jams in the tray\n" + d.fields["phrases"])),
         ("added article", None, None)]
for name, number, change in edits:
    previous = PlanMemo()
    kept = pickle.loads(pickle.dumps(memo.used))  # as the next build reads it
    if hasattr(previous, "hold"):
        previous.hold(kept)
    else:  # a baseline before round 14, whose memo was one table read whole
        previous.stored = kept
    docs = list(docs)
    if number is None:
        docs.append(dataclasses.replace(docs[0], id="ZZ99999", url="articles/zz99999/"))
    else:
        docs[number] = change(docs[number])
    out[name], files = timed(docs, previous)
    if files != SearchIndex.from_documents(docs, SearchSettings()).files():
        raise SystemExit(f"{name}: the files differ from a clean build")
    memo = previous
print(json.dumps(out))
"""

def code_tree(source: Path, revision: str | None, folder: Path) -> Path:
    """The package as installed (``kbgen`` with the theme inside) in ``folder``: of the working
    tree ``source``, or of ``revision`` exported with `git archive` (nothing checked out)."""
    folder.mkdir(parents=True)
    if revision:
        archive = subprocess.run(["git", "archive", revision, "kbgen", "theme"], cwd=source,
                                 capture_output=True, check=True)
        subprocess.run(["tar", "-x", "-C", str(folder)], input=archive.stdout, check=True)
    else:
        for name in ("kbgen", "theme"):
            shutil.copytree(source / name, folder / name, ignore=shutil.ignore_patterns("__pycache__"))
    (folder / "theme").rename(folder / "kbgen" / "theme")
    return folder


def worker(code: Path, kind: str, count: int, project: Path, mode: str) -> list[str]:
    """The lines a worker prints, run with ``code`` first on the path."""
    done = subprocess.run([sys.executable, "-c", WORKER, kind, str(count), str(BENCH), str(project), mode, str(code)],
                          capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(done.stderr[-2000:])
    return done.stdout.strip().splitlines()


def measure(code: Path, kind: str, count: int, project: Path) -> dict:
    """One clean build and the edits after it (see the module docstring)."""
    result = json.loads(worker(code, kind, count, project, "edits")[-1])
    if not result["kbgen"].startswith(str(code)):
        raise SystemExit(f"measured {result['kbgen']}, not the code in {code}")
    return result


def report(count: int, runs: dict[str, list[dict]]) -> None:
    """One table row per version, then this / baseline."""
    keys = ("clean", "body edit", "title edit", "added article")
    print(f"\n{count} articles (CPU s, medians of {len(runs['this kbgen'])}) | " + " | ".join(keys)
          + " | memo MB | files MB")
    medians = {}
    for name, results in runs.items():
        medians[name] = {k: statistics.median(r[k] for r in results) for k in (*keys, "memo_mb", "bytes")}
        m = medians[name]
        print(f"{name:<14} | " + " | ".join(f"{m[k]:.2f}" for k in keys)
              + f" | {m['memo_mb']:.1f} | {m['bytes'] / 1e6:.2f}")
    base, this = medians.get("baseline"), medians["this kbgen"]
    if base:
        print("this / baseline | " + " | ".join(f"{this[k] / base[k]:.2f}x" for k in keys))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, nargs="+", default=[3000, 10000])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--baseline", default="main", help="git revision to compare with ('' for none)")
    parser.add_argument("--documents", choices=("build", "eval"), default="build")
    parser.add_argument("--gzip-levels", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="kbgen-search-index-") as tmp:
        trees = {"this kbgen": code_tree(ROOT, None, Path(tmp) / "this")}
        if args.baseline:
            trees = {"baseline": code_tree(ROOT, args.baseline, Path(tmp) / "baseline"), **trees}
        for count in args.articles:
            project = Path(tmp) / f"project-{count}"
            runs: dict[str, list[dict]] = {name: [] for name in trees}
            for _ in range(args.repeat):
                for name, code in trees.items():
                    runs[name].append(measure(code, args.documents, count, project))
            report(count, runs)
        if args.gzip_levels:
            count = max(args.articles)
            print(f"\ngzip levels, this kbgen's shards at {count} articles:")
            for line in worker(trees["this kbgen"], args.documents, count, Path(tmp) / f"project-{count}", "levels"):
                print("  " + line)


if __name__ == "__main__":
    main()
