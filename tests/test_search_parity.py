"""One engine: `kbgen search` and the site's search script give the same answers.

The CLI ranks in V8 through mini-racer; the site runs kbgen-search.js in the page. Here the
page's script (loader, shard fetching, result rows) runs in a second, separate V8 context with
a stand-in for the browser's fetch and DOM, on the same index files, so this runs in every
test run without a browser; tests/test_search_browser.py repeats it in Chromium.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from kbgen.cli import main
from kbgen.build import load_project
from kbgen.search import index as index_module
from kbgen.search.engine import SearchEngine
from kbgen.search.index import SearchIndex
from kbgen.search.runtime import engine_source
from conftest import ROOT
from search_fuzz import generated_queries

#: The parts of a browser kbgen-search.js uses, for a page with no search form. fetch serves
#: the index files as a server that inflates gzip would.
BROWSER_STANDIN = r"""
var window = globalThis, FILES = {};
var performance = { mark: function () {} };
var document = { currentScript: null, readyState: "complete", addEventListener: function () {},
                 querySelectorAll: function () { return []; } };
window.location = { search: "" };
function URLSearchParams() {}
URLSearchParams.prototype.get = function () { return null; };
function TextDecoder() {}
TextDecoder.prototype.decode = function (bytes) {
  var s = "";
  for (var i = 0; i < bytes.length; i += 8192) s += String.fromCharCode.apply(null, bytes.subarray(i, i + 8192));
  return decodeURIComponent(escape(s));
};
function fetch(path) {
  var text = FILES[path.replace(/^\.\//, "")];
  if (text === undefined) return Promise.resolve({ ok: false, status: 404 });
  var binary = unescape(encodeURIComponent(text)), bytes = new Uint8Array(binary.length);
  for (var i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return Promise.resolve({ ok: true, arrayBuffer: function () { return Promise.resolve(bytes.buffer); } });
}
function searchAll(queries, limit) {
  var out = [], chain = Promise.resolve();
  queries.forEach(function (q) {
    chain = chain.then(function () { return kbgenSearch.search(q, limit); }).then(function (a) {
      out.push([a.results.map(function (r) { return [r.id, r.score]; }), a.weak]);
    });
  });
  return chain.then(function () { return JSON.stringify(out); });
}
"""


def browser_answers(files: dict[str, bytes], queries: list[str], limit: int) -> list:
    """[[[id, score], ...], weak] per query from kbgen-search.js in its own V8 context."""
    import gzip

    from py_mini_racer import MiniRacer

    script = (ROOT / "theme" / "assets" / "kbgen-search.js").read_text(encoding="utf-8")
    texts = {path: (gzip.decompress(data) if data[:2] == b"\x1f\x8b" else data).decode("utf-8")
             for path, data in files.items()}
    with MiniRacer() as ctx:
        ctx.eval(BROWSER_STANDIN)
        ctx.eval(f"FILES = {json.dumps(texts)};")
        ctx.eval(engine_source())
        ctx.eval(script)
        # The stand-in's fetch resolves at once, so every query is answered in the microtasks
        # that run when this evaluation ends.
        ctx.eval(f"var ANSWERS = null; searchAll({json.dumps(queries)}, {limit}).then(function (t) {{ ANSWERS = t; }});")
        answers = ctx.eval("ANSWERS")
    assert isinstance(answers, str), "the page script did not answer"
    return json.loads(answers)


def cli_answers(site: Path, queries: list[str], limit: int) -> list:
    """The same from `kbgen search --batch` (blank lines give no answer: [])."""
    result = CliRunner().invoke(main, ["search", "--batch", "-", "--project", str(ROOT), "--site", str(site),
                                       "--json", "--limit", str(limit)],
                                input="".join(q + "\n" for q in queries), catch_exceptions=False)
    assert result.exit_code == 0, result.output
    lines = iter(json.loads(line) for line in result.output.splitlines())
    out = []
    for query in queries:
        if not query.strip():
            out.append([[], False])
            continue
        rows = next(lines)["results"]
        out.append([[[r["id"], r["score"]] for r in rows], bool(rows and rows[0].get("weak"))])
    return out


def write(files: dict[str, bytes], folder: Path) -> Path:
    for path, data in files.items():
        (folder / path).parent.mkdir(parents=True, exist_ok=True)
        (folder / path).write_bytes(data)
    return folder


@pytest.fixture(scope="module")
def demo_corpus():
    corpus, problems = load_project(ROOT)
    assert corpus is not None, problems
    return corpus


def test_generated_queries_cover_the_hard_cases():
    queries = generated_queries(ROOT, 5200)
    text = "".join(queries)
    assert len(queries) == 5200 and "" in queries and "\u3000" in queries
    for sample in ("٣", "０", "🙂", "密", "!!!", "é"):
        assert sample in text, sample
    assert any(len(q) == 500 for q in queries) and not any("\n" in q or "\r" in q for q in queries)


def test_the_cli_and_the_browser_script_agree_on_5000_generated_queries(demo_corpus, tmp_path):
    files = SearchIndex.build(demo_corpus).files()
    queries = generated_queries(ROOT, 5200)
    cli = cli_answers(write(files, tmp_path), queries, 5)
    browser = browser_answers(files, queries, 5)
    mismatches = [(q, c, b) for q, c, b in zip(queries, cli, browser) if c != b]
    assert not mismatches, json.dumps(mismatches[:5], ensure_ascii=False)
    assert sum(1 for answer in cli if answer[0]) > 3000  # most queries find something


def test_a_split_index_gives_the_same_answers_in_both(demo_corpus, tmp_path, monkeypatch):
    monkeypatch.setattr(index_module, "SPLIT_ABOVE", 5_000)
    monkeypatch.setattr(index_module, "SHARD_BYTES", 4_000)
    files = SearchIndex.build(demo_corpus).files()
    assert json.loads(files["search/manifest.json"])["shards"] > 5
    queries = generated_queries(ROOT, 600, seed=7)
    assert cli_answers(write(files, tmp_path), queries, 10) == browser_answers(files, queries, 10)


def test_the_library_engine_is_the_cli_engine(demo_corpus):
    engine = SearchEngine.load(SearchIndex.build(demo_corpus).files())
    results = engine.search("vpn wont connect", 3)
    assert results and all(r.id.startswith("KB") for r in results)
    assert results[0].score >= results[-1].score and isinstance(results[0].weak, bool)


def test_re_scored_answers_agree_in_both_and_differ_from_plain_scores(demo_corpus, tmp_path):
    from dataclasses import replace

    from kbgen.search.settings import SearchSettings

    settings = SearchSettings.from_config(demo_corpus.config.search)
    files = SearchIndex.build(demo_corpus, settings=settings).files()
    plain = SearchIndex.build(demo_corpus, settings=replace(settings, rerank=None)).files()
    assert "rerank" in json.loads(files["search/manifest.json"])
    queries = generated_queries(ROOT, 600, seed=11)
    rescored = cli_answers(write(files, tmp_path), queries, 10)
    assert rescored == browser_answers(files, queries, 10)
    before = browser_answers(plain, queries, 10)
    assert sum(a != b for a, b in zip(rescored, before)) > 20  # the re-scorer is at work on these
    assert [a[1] for a in rescored] == [b[1] for b in before]  # "no good answer" is not re-scored
    assert [sorted(r[0] for r in a[0]) for a in rescored if len(a[0]) < 10] == \
        [sorted(r[0] for r in b[0]) for a, b in zip(rescored, before) if len(a[0]) < 10]  # a short list re-ordered only
