"""Search in real headless Chromium: the site's search box ranks as `kbgen search` does."""
from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from kbgen.build import build_site
from kbgen.search.engine import SearchEngine
from conftest import EVAL_KB, MINIMAL_CONFIG, SHARED, article, require_eval

pytestmark = pytest.mark.browser
NOW = "2026-03-01T09:00:00+00:00"
DEV_QUERIES = SHARED / "eval" / "search" / "queries-dev.tsv"
CHECK_QUERIES = Path(__file__).resolve().parent.parent / "bench" / "queries-check.tsv"


@pytest.fixture(scope="module")
def eval_site(tmp_path_factory):
    out = tmp_path_factory.mktemp("eval") / "site"
    build_site(require_eval(EVAL_KB), out, NOW)
    return out


@pytest.fixture
def eval_url(eval_site, serve_dir):
    return serve_dir(eval_site)


def results(page, scope: str = ".kbgen-search-results") -> list[str]:
    page.wait_for_selector(f"{scope}[data-ready]", state="attached")
    return page.eval_on_selector_all(f"{scope} .kbgen-result", "els => els.map(e => e.dataset.id)")


def type_query(page, selector: str, query: str) -> None:
    page.click(selector)
    page.keyboard.type(query)
    page.wait_for_function(
        "([sel, q]) => { const box = document.querySelector(sel).closest('form').nextElementSibling;"
        " return box && box.dataset.query === q && box.dataset.ready; }", arg=[selector, query])


def test_typing_on_the_home_page_puts_the_right_article_first(page, eval_url):
    page.goto(eval_url)
    type_query(page, ".kbgen-hero .kbgen-search-input", "vpn wont connect from hotel")
    first = page.locator(".kbgen-hero .kbgen-search-results .kbgen-result").first
    assert first.get_attribute("data-id") in ("KB0117", "KB0122")
    assert first.locator(".kbgen-result__service").inner_text() == "Remote access (VPN)"
    assert first.locator(".kbgen-result__summary").inner_text()
    assert first.locator("mark").count() > 0  # matches are highlighted


@pytest.mark.parametrize("query, expected", [("outlok keeps asking for password", "KB0070"),
                                             ("restore deleted file from shared drvie", "KB0095"),
                                             ("install globalprotect", "KB0040"),
                                             ("register my ipad on the wireless", "KB0081"),
                                             ("globalprot", "KB0040")])  # a word being typed
def test_typo_and_synonym_queries_in_the_header_box(page, eval_url, query, expected):
    page.goto(eval_url + "articles/kb0001-account-locked-out/")
    type_query(page, "#kbgen-q-header", query)
    assert results(page, ".kbgen-header-search .kbgen-search-results")[0] == expected


def test_keyboard_only_search_opens_the_chosen_result(page, eval_url):
    page.goto(eval_url)
    page.keyboard.press("Tab")
    for _ in range(30):  # tab to the home page search box
        if page.evaluate("document.activeElement && document.activeElement.id") == "kbgen-q-home":
            break
        page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "kbgen-q-home"
    page.keyboard.type("printer says offline")
    page.wait_for_selector(".kbgen-hero .kbgen-search-results[data-ready] .kbgen-result")
    page.keyboard.press("ArrowDown")
    active = page.get_attribute("#kbgen-q-home", "aria-activedescendant")
    assert page.get_attribute(f"#{active}", "aria-selected") == "true"
    expected = page.get_attribute(f"#{active}", "data-id").lower()
    page.keyboard.press("Enter")
    page.wait_for_url(f"**/articles/{expected}-*/")


def test_deep_link_opens_the_search_page_with_results(page, eval_url):
    page.goto(eval_url + "search/?q=2fa+new+phone")
    assert page.input_value("#kbgen-q-page") == "2fa new phone"
    ids = results(page, ".kbgen-search-results--page")
    assert "KB0056" in ids[:3]


def test_the_header_form_works_without_typing_ahead(page, eval_url):
    page.goto(eval_url + "contact/")
    page.fill("#kbgen-q-header", "paper jam tray 2")
    page.press("#kbgen-q-header", "Enter")
    page.wait_for_url("**/search/?q=paper+jam+tray+2")
    assert results(page, ".kbgen-search-results--page")[0] == "KB0073"


def test_no_good_answer_offers_contact_channels_and_the_explainer(page, make_project, serve_dir, tmp_path):
    project = make_project({
        "content/articles/vpn.md": article("KB0001", "Connect to the VPN", "Open GlobalProtect.", services="[vpn]"),
        "content/articles/reach.md": article("KB0002", "How to reach us from anywhere", "Call or chat.",
                                             type="explainer", summary="Every way to contact the service desk."),
    }, config=MINIMAL_CONFIG)
    build_site(project, tmp_path / "out", NOW)
    url = serve_dir(tmp_path / "out")
    page.goto(url + "search/?q=voicemail+greeting")
    box = page.locator(".kbgen-search-results--page")
    page.wait_for_selector(".kbgen-search-results--page[data-ready]", state="attached")
    assert box.get_attribute("data-weak") == "true"
    text = box.locator(".kbgen-no-answer").inner_text()
    assert "could not find a good answer" in text
    assert "+44 20 7946 0000" in text and "help@example.com" in text
    phone = box.locator(".kbgen-no-answer a[href^='tel:']")
    assert phone.get_attribute("href") == "tel:+442079460000"
    explainer = box.get_by_role("link", name="How to reach us from anywhere")
    explainer.click()
    page.wait_for_url("**/articles/kb0002-reach/")


@pytest.mark.parametrize("query_file", [DEV_QUERIES, CHECK_QUERIES], ids=["dev", "check"])
def test_dev_queries_rank_the_same_in_the_browser_and_the_cli(page, eval_url, eval_site, query_file):
    """The dev set and kbgen's own check set (typos, split words, codes, ticket subjects)."""
    with query_file.open(encoding="utf-8") as handle:
        queries = [row[0] for row in list(csv.reader(handle, delimiter="\t"))[1:]]
    engine = SearchEngine.load(eval_site)
    expected = []
    for query in queries:
        results = engine.search(query, 5)
        expected.append([[[r.id, r.score] for r in results], bool(results and results[0].weak)])
    page.goto(eval_url + "search/")
    got = page.evaluate("""async (queries) => {
        const out = [];
        for (const q of queries) {
            const answer = await window.kbgenSearch.search(q, 5);
            out.push([answer.results.map(r => [r.id, r.score]), answer.weak]);
        }
        return out;
    }""", queries)
    mismatches = [(q, e, g) for q, e, g in zip(queries, expected, got) if e != g]
    assert not mismatches, json.dumps(mismatches[:5])


def test_browser_terms_match_the_python_stemmer_on_the_whole_vocabulary(page, eval_url, eval_site):
    from kbgen.search.analysis import term, words

    text = " ".join(p.read_text(encoding="utf-8") for p in sorted((EVAL_KB / "content").rglob("*.md")))
    vocabulary = sorted(set(words(text)))
    page.goto(eval_url + "search/")
    page.wait_for_function("!!(window.kbgenSearch && window.lunr)")
    got = page.evaluate("ws => ws.map(w => window.kbgenSearch.analyseTerm(w))", vocabulary)
    assert got == [term(w) for w in vocabulary]


def test_lunr_js_loads_the_index_file_as_it_is(page, eval_url):
    page.goto(eval_url + "search/")
    page.wait_for_function("!!(window.kbgenSearch && window.lunr)")
    refs = page.evaluate("""async () => {
        const index = lunr.Index.load(await (await fetch('lunr-0.json')).json());
        return index.query(q => q.term('globalprotect', {usePipeline: false})).map(r => r.ref);
    }""")
    manifest = json.loads((page.request.get(eval_url + "search/docs-0.json")).body())
    assert "KB0040" in [manifest[int(ref)][0] for ref in refs]


def test_a_result_links_to_the_section_whose_heading_matches(page, eval_url):
    page.goto(eval_url)
    type_query(page, ".kbgen-hero .kbgen-search-input", "locked out stop it happening again")
    first = page.locator(".kbgen-hero .kbgen-search-results .kbgen-result").first
    assert first.get_attribute("data-id") == "KB0001"
    href = first.locator(".kbgen-result__section").get_attribute("href")
    assert href.endswith("articles/kb0001-account-locked-out/#stop-it-happening-again")
