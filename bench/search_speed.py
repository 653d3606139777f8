"""Search speed: `kbgen search` start-up and --batch, and time to first result in headless
Chromium on a synthetic 10,000-article site, with the bytes one query fetches.

Usage: python bench/search_speed.py [--articles 10000] [--runs 3] [--project DIR] [--baseline REV]
                                   [--cli-only]

The synthetic site is only what search needs (the index files and a minimal page that loads
kbgen-search-engine.js and kbgen-search.js like the real theme), not a full MkDocs build.
Articles are made by recombining sentences of the evaluation knowledge base with made-up
product names, so the vocabulary grows with the site. Two baselines run in the same run on
the same articles: the previous kbgen (git revision --baseline, default main: lunr.js with
its own analysis, read with `git archive`, nothing checked out), and this index as one
unsplit file (what loading a whole prebuilt index costs). Medians; ratios baseline/kbgen.
"""
from __future__ import annotations

import argparse
import random
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
EVAL_KB = ROOT.parent / "shared" / "eval" / "kb"
QUERIES = ["outlok keeps asking for password", "vpn wont connect from hotel", "2fa new phone",
           "printer says offline", "restore deleted file from shared drvie"]
VERBOSE = False
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run"]
PAGE = """<!doctype html><html><head><meta charset="utf-8"><title>Search</title>
<link rel="preload" href="../search/manifest.json" as="fetch" crossorigin="anonymous">
<link rel="stylesheet" href="../assets/kbgen-search.css"></head><body>
<form class="kbgen-search-form" action="./" data-kbgen-page><input type="search" name="q"
class="kbgen-search-input"></form>
<script src="../assets/kbgen-search-engine.js" defer></script>
<script src="../assets/kbgen-search.js" data-kbgen-base=".." defer></script></body></html>"""


def synthetic_documents(count: int, seed: int = 7):
    """IndexDocuments recombined from the evaluation articles."""
    from kbgen.build import load_project
    from kbgen.search.index import article_document

    corpus, _ = load_project(EVAL_KB)
    names = {s.id: s.name for s in corpus.config.services}
    base = [article_document(a, "", names) for a in corpus.published]
    sentences = [s for d in base for s in re.split(r"(?<=[.!?])\s+", d.fields["body"]) if len(s) > 20]
    rng = random.Random(seed)
    syllables = ["ka", "lo", "mi", "ran", "tek", "zu", "vor", "pi", "dex", "nul", "sa", "qo"]
    docs = []
    for number in range(count):
        model = base[number % len(base)]
        product = "".join(rng.choice(syllables) for _ in range(3))
        body = " ".join(rng.sample(sentences, 14)) + f" {product} {product}desk {product}hub."
        fields = dict(model.fields, body=body, title=f"{model.title} in {product.title()}",
                      keywords=product)
        docs.append(model.__class__(f"KB{number:05d}", f"articles/kb{number:05d}/", fields["title"],
                                    model.summary, model.service, fields, model.sections))
    return docs


def write_site(folder: Path, files: dict[str, bytes]) -> None:
    for path, data in files.items():
        target = folder / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    assets = folder / "assets"
    assets.mkdir(exist_ok=True)
    for name in ("kbgen-search-engine.js", "kbgen-search.js", "kbgen-search.css"):
        shutil.copy(ROOT / "theme" / "assets" / name, assets / name)
    (folder / "search" / "index.html").write_text(PAGE, encoding="utf-8")


#: A minimal static file server for node (keep-alive, like a real web server), used when node
#: is installed: Python's http.server needs several ms of CPU per request, which would be
#: measured as search time.
NODE_SERVER = """
const http = require('http'), fs = require('fs'), path = require('path');
const [root, port] = process.argv.slice(1);
const types = {'.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json'};
http.createServer((req, res) => {
  let file = path.join(root, decodeURIComponent(new URL(req.url, 'http://x').pathname));
  if (file.endsWith('/')) file += 'index.html';
  fs.readFile(file, (err, data) => {
    if (err) { res.writeHead(404); res.end(); return; }
    res.writeHead(200, {'Content-Type': types[path.extname(file)] || 'application/octet-stream',
                        'Content-Length': data.length});
    res.end(data);
  });
}).listen(Number(port), '127.0.0.1');
"""


def serve(folder: Path) -> tuple[str, subprocess.Popen]:
    """A static server in its own process: node's if installed, else Python's http.server."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    node = shutil.which("node")
    command = ([node, "-e", NODE_SERVER, str(folder), str(port)] if node else
               [sys.executable, "-m", "http.server", str(port), "--bind", "127.0.0.1",
                "--protocol", "HTTP/1.1", "--directory", str(folder)])
    server = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(100):
        with socket.socket() as client:
            if client.connect_ex(("127.0.0.1", port)) == 0:
                break
        time.sleep(0.05)
    return f"http://127.0.0.1:{port}/", server


def measure_browser(browser, base: str, query: str) -> dict:
    """One cold page load of /search/?q=...: ms from load event to first result, bytes fetched."""
    from urllib.parse import quote_plus

    context = browser.new_context()
    page = context.new_page()
    sizes: dict[str, int] = {}
    page.on("response", lambda r: sizes.__setitem__(r.url, int(r.headers.get("content-length", 0))))
    page.add_init_script("""new MutationObserver((_, obs) => {
        if (document.querySelector('.kbgen-result')) { window.__first = performance.now(); obs.disconnect(); }
    }).observe(document, {childList: true, subtree: true});""")
    page.goto(base + "search/?q=" + quote_plus(query))
    page.wait_for_function("window.__first !== undefined", timeout=60000)
    timing = page.evaluate("""() => { const nav = performance.getEntriesByType('navigation')[0];
        const marks = {};
        performance.getEntriesByType('mark').forEach(m => { marks[m.name] = m.startTime; });
        return {first: window.__first, load: nav.loadEventEnd, marks: marks}; }""")
    first_id = page.eval_on_selector(".kbgen-result", "e => e.dataset.id")
    context.close()
    index_bytes = sum(v for k, v in sizes.items() if "/search/" in k and not k.endswith("/"))
    script_bytes = sum(v for k, v in sizes.items() if "/assets/" in k)
    if VERBOSE:
        print("   ", query, {k: round(v) for k, v in timing["marks"].items()}, "load", round(timing["load"]),
              "first", round(timing["first"]))
    return {"after_load_ms": max(0.0, timing["first"] - timing["load"]), "from_start_ms": timing["first"],
            "index_bytes": index_bytes, "script_bytes": script_bytes, "first": first_id}


def browser_figures(folder: Path, runs: int) -> dict:
    from playwright.sync_api import sync_playwright

    base, server = serve(folder)
    rows = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        for _ in range(runs):
            rows += [measure_browser(browser, base, q) for q in QUERIES]
        browser.close()
    server.terminate()
    server.wait()
    return {key: statistics.median(r[key] for r in rows)
            for key in ("after_load_ms", "from_start_ms", "index_bytes", "script_bytes")} | {
        "max_index_bytes": max(r["index_bytes"] for r in rows)}


def cli_latency(project: Path, runs: int, site: Path | None, batch: Path | None = None,
                code: Path = ROOT) -> float:
    """Median ms of `kbgen search` (one query, or --batch FILE) including start-up, running
    the kbgen found in ``code``."""
    command = [sys.executable, "-c", "import sys; sys.path.insert(0, sys.argv.pop(1)); "
               "from kbgen.cli import main; main()", str(code)]
    args = command + ["search", "--project", str(project)]
    args += ["--batch", str(batch)] if batch else ["outlook password"]
    args += ["--site", str(site)] if site else ["--site", str(project / "no-site")]
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        done = subprocess.run(args, check=True, capture_output=True, cwd=ROOT)
        assert done.stdout.startswith(b" 1. " if not batch else b"{"), done.stdout[:200]
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def batch_file(folder: Path, count: int = 200) -> Path:
    """``count`` queries from kbgen's own query sets, one per line."""
    import csv

    rows = []
    for name in ("queries-own-dev.tsv", "queries-own-check-v1.tsv"):
        with (ROOT / "bench" / name).open(encoding="utf-8") as handle:
            rows += [row[0] for row in list(csv.reader(handle, delimiter="\t"))[1:]]
    path = folder / "batch.txt"
    path.write_text("\n".join((rows * (count // len(rows) + 1))[:count]) + "\n", encoding="utf-8")
    return path


#: Builds the previous kbgen's index of the same synthetic articles (run with its code first
#: on sys.path): argv = code folder, article count, output folder, evaluation KB.
OLD_INDEX = """
import sys
code, count, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
sys.path.insert(0, code); sys.path.insert(0, code + "/bench")
from pathlib import Path
import search_speed as old
old.EVAL_KB = Path(sys.argv[4])
from kbgen.search.index import SearchIndex
from kbgen.search.settings import SearchSettings
files = SearchIndex.from_documents(old.synthetic_documents(count), SearchSettings()).files()
for path, data in files.items():
    (Path(out) / path).parent.mkdir(parents=True, exist_ok=True)
    (Path(out) / path).write_bytes(data)
"""


def previous_kbgen(revision: str, folder: Path) -> Path | None:
    """The source tree of another revision, exported with `git archive` (None if unknown)."""
    archive = subprocess.run(["git", "archive", revision], cwd=ROOT, capture_output=True)
    if archive.returncode != 0:
        return None
    folder.mkdir(parents=True)
    subprocess.run(["tar", "-x", "-C", str(folder)], input=archive.stdout, check=True)
    return folder


def old_site(code: Path, count: int, folder: Path) -> None:
    """The previous kbgen's index and assets for the same synthetic articles, with its page."""
    subprocess.run([sys.executable, "-c", OLD_INDEX, str(code), str(count), str(folder), str(EVAL_KB)], check=True)
    assets = folder / "assets"
    assets.mkdir(exist_ok=True)
    for source in (code / "theme" / "assets").glob("*.js"):
        shutil.copy(source, assets / source.name)
    shutil.copy(code / "theme" / "assets" / "kbgen-search.css", assets / "kbgen-search.css")
    scripts = "".join(f'<script src="../assets/{name}" defer></script>'
                      for name in ("lunr.js", "kbgen-search-engine.js") if (assets / name).exists())
    page = PAGE.replace('<script src="../assets/kbgen-search-engine.js" defer></script>', scripts)
    (folder / "search" / "index.html").write_text(page, encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--project", type=Path, default=ROOT, help="project for the CLI latency")
    parser.add_argument("--verbose", action="store_true", help="print each page's timeline")
    parser.add_argument("--baseline", default="main", help="git revision of the previous kbgen")
    parser.add_argument("--cli-only", action="store_true", help="only the CLI timings (no 10,000-article site)")
    args = parser.parse_args()
    global VERBOSE
    VERBOSE = args.verbose
    from kbgen import build
    from kbgen.search import index as index_module
    from kbgen.search.index import SearchIndex
    from kbgen.search.settings import SearchSettings

    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        site = tmp_path / "site"
        build.build_site(args.project, site, None)
        old = previous_kbgen(args.baseline, tmp_path / "old")
        old_built = tmp_path / "old-site"
        if old:  # the previous kbgen reads its own index format
            subprocess.run([sys.executable, "-c", "import sys; sys.path.insert(0, sys.argv[1]); "
                            "from pathlib import Path; from kbgen.build import build_site; "
                            "build_site(Path(sys.argv[2]), Path(sys.argv[3]), None)",
                            str(old), str(args.project), str(old_built)], check=True, capture_output=True)
        batch = batch_file(tmp_path)
        runs = max(5, args.runs)
        print(f"kbgen search on {args.project.name or args.project}, median of {runs} runs incl. start-up "
              f"(previous kbgen: {args.baseline}):")
        for label, kwargs in (("one query, built site's index", {"site": site}),
                              ("one query, index built in memory", {"site": None}),
                              ("--batch of 200 queries, built site", {"site": site, "batch": batch})):
            ours = cli_latency(args.project, runs, **kwargs)
            line = f"  {label:<36} {ours:6.0f} ms"
            if old:
                kwargs = dict(kwargs, site=old_built if kwargs["site"] else None)
                before = cli_latency(args.project, runs, code=old, **kwargs)
                line += f"   previous {before:6.0f} ms   ratio previous/kbgen {before / ours:.2f}"
            print(line)
        if args.cli_only:
            return

        docs = synthetic_documents(args.articles)
        start = time.perf_counter()
        split = SearchIndex.from_documents(docs, SearchSettings()).files()
        build_s = time.perf_counter() - start
        index_module.SPLIT_ABOVE = float("inf")
        whole = SearchIndex.from_documents(docs, SearchSettings()).files()
        print(f"\n{args.articles} synthetic articles: index built in {build_s:.1f} s; "
              f"{len(split)} files, {sum(map(len, split.values())) / 1e6:.1f} MB split+gzip; "
              f"as one file {sum(map(len, whole.values())) / 1e6:.1f} MB")
        write_site(tmp_path / "split", split)
        write_site(tmp_path / "whole", whole)
        figures = {"kbgen (split)": browser_figures(tmp_path / "split", args.runs)}
        if old:
            old_site(old, args.articles, tmp_path / "previous")
            figures["previous kbgen"] = browser_figures(tmp_path / "previous", args.runs)
        figures["one file"] = browser_figures(tmp_path / "whole", 1)
        ours = figures["kbgen (split)"]
        for name, fig in figures.items():
            print(f"  {name:<16} first result {fig['after_load_ms']:.0f} ms after load "
                  f"({fig['from_start_ms']:.0f} ms from navigation); index bytes per query "
                  f"{fig['index_bytes'] / 1e6:.2f} MB (max {fig['max_index_bytes'] / 1e6:.2f}); "
                  f"scripts {fig['script_bytes'] / 1e3:.0f} kB")
            if fig is not ours:
                print(f"    ratio {name}/kbgen: time after load {fig['after_load_ms'] / max(ours['after_load_ms'], 1):.2f}x, "
                      f"from navigation {fig['from_start_ms'] / ours['from_start_ms']:.2f}x, "
                      f"index bytes {fig['index_bytes'] / ours['index_bytes']:.2f}x")


if __name__ == "__main__":
    main()
