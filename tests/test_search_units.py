"""Search units: analysis, index format, ranking rules, thresholds and settings."""
from __future__ import annotations

import json

import pytest

from kbgen.content import load_corpus
from kbgen.search import index as index_module
from kbgen.search.analysis import (STOP_WORDS, Settings, Synonyms, Vocabulary, analyse_query,
                                   edit_distance_at_most, index_terms, normalize, query_words,
                                   typo_candidates, words)
from kbgen.search.engine import SearchEngine, round4
from kbgen.search.index import SearchIndex, markdown_text, shard_of
from kbgen.search.settings import SearchSettings, builtin_synonyms
from kbgen.search.stemmer import stem
from conftest import EVAL_KB, article, require_eval

STOP = frozenset(STOP_WORDS)


def test_normalize_and_words_fold_case_accents_and_apostrophes():
    assert normalize("Can’t Café") == "cant cafe"
    assert words("Outlook won't start (error 0x80)!") == ["outlook", "wont", "start", "error", "0x80"]


def test_stemmer_matches_lunr_js_on_known_differences_from_lunr_py():
    # lunr.py's Porter variant gives "lai" and "try"; lunr.js gives these.
    assert (stem("lay"), stem("try"), stem("passwords"), stem("yelling")) == ("lay", "tri", "password", "yell")


def test_index_terms_drop_stop_words_fold_adverbs_and_join_compounds():
    assert index_terms("How do I connect to the Wi-Fi quickly", STOP) == [
        "connect", "wi", "fi", "quick", "wifi"]


def test_query_words_keep_a_compound_only_when_the_index_knows_it():
    vocab = Vocabulary(["email", "wifi"], [3, 2], 10)
    assert query_words("wi-fi e-mail sign-in", vocab) == ["wifi", "email", "sign", "in"]


def test_edit_distance_counts_a_transposition_as_one():
    assert edit_distance_at_most("drvie", "drive", 2) == 1
    assert edit_distance_at_most("abcdef", "ghijkl", 2) == 3


def test_typos_are_corrected_on_the_surface_word_then_stemmed():
    vocab = Vocabulary(sorted(["outlook", "password", "drive", "print"]), [5, 9, 4, 3], 20)
    settings = Settings()
    assert typo_candidates("outlok", vocab, settings) == [("outlook", 1)]
    assert typo_candidates("pasword", vocab, settings) == [("password", 1)]
    assert typo_candidates("prnt", vocab, settings) == [("print", 1)]
    assert typo_candidates("cat", vocab, settings) == []  # too short to correct


def test_exact_words_are_not_expanded_and_an_unknown_last_word_is_completed():
    vocab = Vocabulary(sorted(["print", "printer", "outlook"]), [3, 6, 5], 20)
    slots = analyse_query("print", vocab, Synonyms([]), STOP, Settings())
    assert [(c.term, c.boost) for c in slots[0].clauses] == [("print", 1.0)]
    slots = analyse_query("outl", vocab, Synonyms([]), STOP, Settings())
    assert [(c.term, c.boost) for c in slots[0].clauses] == [("outlook", 0.6)]


def test_synonym_phrases_cover_every_word_of_the_phrase():
    vocab = Vocabulary(sorted(["sign", "log", "vpn"]), [4, 2, 3], 20)
    synonyms = Synonyms([["log in", "sign in"], ["vpn", "remote access"]])
    slots = analyse_query("cant vpn log in", vocab, synonyms, STOP, Settings(symptom_boost=0.0))
    assert [(s.text, s.weight > 0) for s in slots] == [("vpn", True), ("log", True), ("cant vpn log in", False)]
    assert {c.term for c in slots[1].clauses} == {"log", "sign"}
    assert [c.term for c in slots[2].clauses] == ["vpn+log", "log+vpn"]  # neighbours as a phrase


def test_a_typo_is_never_corrected_to_another_word_of_the_query():
    vocab = Vocabulary(sorted(["page", "paper"]), [4, 2], 20)
    slots = analyse_query("pager pages", vocab, Synonyms([]), STOP, Settings())
    assert [(c.term, c.credit) for c in slots[0].clauses] == [("paper", 0.5)]


def test_stop_word_only_queries_have_no_slots():
    vocab = Vocabulary(["vpn"], [1], 2)
    assert analyse_query("how do i", vocab, Synonyms([]), STOP, Settings()) == []


def test_shipped_synonyms_include_the_it_basics():
    flat = {term for group in builtin_synonyms() for term in group}
    assert {"2fa", "mfa", "authenticator", "vpn", "globalprotect", "wifi", "wireless", "outlook",
            "laptop", "log in", "sign in", "pw", "password"} <= flat


def test_markdown_text_drops_title_link_targets_and_admonition_markers_keeps_code():
    text, headings = markdown_text("# Title\n\n## Steps\n\nSee [the guide](x.md) at https://a.example.\n\n"
                                   "!!! note\n    Be careful.\n\n```\ncode here\n```\n")
    assert headings == ["Steps"]
    assert "the guide" in text and "x.md" not in text and "https" not in text
    assert "note" not in text and "code here" in text  # commands in code blocks are searched


def test_shard_hash_is_stable():
    assert [shard_of(t, 7) for t in ("vpn", "password", "wifi")] == [shard_of(t, 7) for t in ("vpn", "password", "wifi")]
    assert shard_of("abc", 1) == 0


def test_round4_rounds_half_up_like_javascript():
    assert round4(1.23445) == pytest.approx(1.2345) and round4(2.00004) == 2.0


@pytest.fixture(scope="module")
def eval_files():
    corpus, _ = load_corpus(require_eval(EVAL_KB))
    return SearchIndex.build(corpus).files()


def test_the_index_is_a_serialised_lunr_index(eval_files):
    shard = json.loads(eval_files["search/lunr-0.json"])
    assert shard["version"] == "2.3.9" and shard["pipeline"] == []
    assert shard["fields"] == ["title", "keywords", "summary", "tags", "headings", "body", "phrases"]
    term, posting = shard["invertedIndex"][0]
    assert set(posting) == {"_index", *shard["fields"]}
    terms = [t for t, _ in shard["invertedIndex"]]
    assert terms == sorted(terms)
    ref, elements = shard["fieldVectors"][0]
    assert "/" in ref and elements[0::2] == sorted(elements[0::2])
    manifest = json.loads(eval_files["search/manifest.json"])
    assert manifest["documents"] == 127 and manifest["shards"] == 1


def test_one_document_per_article_and_a_compact_index(eval_files):
    size = sum(len(v) for v in eval_files.values())
    assert size < 127 * 8000  # lunr.py with one document per page: about 12 kB per article


def test_split_index_ranks_exactly_like_the_single_one(eval_files, monkeypatch):
    corpus, _ = load_corpus(EVAL_KB)
    monkeypatch.setattr(index_module, "SPLIT_ABOVE", 10_000)
    monkeypatch.setattr(index_module, "SHARD_BYTES", 40_000)
    split = SearchIndex.build(corpus).files()
    assert json.loads(split["search/manifest.json"])["shards"] > 5
    assert all(v[:2] == b"\x1f\x8b" for k, v in split.items() if k.endswith(".gz"))
    one, many = SearchEngine.load(eval_files), SearchEngine.load(split)
    for query in ("outlok keeps asking for password", "2fa new phone", "printer says offline"):
        assert one.search(query) == many.search(query)


def test_typo_and_synonym_queries_find_the_article(make_project):
    project = make_project({
        "content/articles/a.md": article("KB0001", "Connect to the GlobalProtect client",
                                         "Open the client and sign in.", summary="Remote access from home."),
        "content/articles/b.md": article("KB0002", "Outlook keeps asking for your password",
                                         "Remove saved credentials.", summary="Stop password prompts."),
        "content/articles/c.md": article("KB0003", "Printer is offline", "Restart the printer.",
                                         keywords="[toner, paper jam]"),
    })
    corpus, _ = load_corpus(project)
    engine = SearchEngine.load(SearchIndex.build(corpus).files())
    assert engine.search("vpn")[0].id == "KB0001"
    assert engine.search("outlok pasword")[0].id == "KB0002"
    assert engine.search("paper jam")[0].id == "KB0003"  # keywords are searched
    assert engine.search("printer")[0].url == "articles/kb0003-c/"
    weak = engine.search("voicemail greeting")
    assert weak == [] or weak[0].weak


def test_exact_match_beats_typo_neighbour(make_project):
    project = make_project({
        "content/articles/a.md": article("KB0001", "Reset your PIN", "Choose a new PIN."),
        "content/articles/b.md": article("KB0002", "Pink screen on the monitor", "Check the cable."),
    })
    corpus, _ = load_corpus(project)
    engine = SearchEngine.load(SearchIndex.build(corpus).files())
    assert [r.id for r in engine.search("pin")][:1] == ["KB0001"]


def test_site_synonyms_extend_the_shipped_list(make_project):
    config = "site_name: T\nsearch:\n  synonyms:\n    - [ledger, finance app]\n"
    project = make_project({"content/articles/a.md": article("KB0001", "Ledger password reset", "Text.")},
                           config=config)
    corpus, problems = load_corpus(project)
    assert corpus is not None, problems
    settings = SearchSettings.from_config(corpus.config.search)
    assert ["ledger", "finance app"] in settings.synonyms and len(settings.synonyms) > 40
    engine = SearchEngine.load(SearchIndex.build(corpus).files())
    assert engine.search("finance app")[0].id == "KB0001"


def test_bad_search_config_is_reported_with_file_line_and_key(make_project):
    config = "site_name: T\nsearch:\n  synonyms: [[vpn]]\n  min_coverage: 3\n"
    corpus, problems = load_corpus(make_project({}, config=config))
    assert corpus is None
    text = "\n".join(p.format() for p in problems)
    assert "site_config.yml:3: error: search.synonyms.0: a synonym group is a list of at least two terms" in text
    assert "site_config.yml:4: error: search.min_coverage: must be between 0 and 1, got 3" in text


def test_readme_documents_the_search_keys_and_command_options():
    from click.testing import CliRunner

    from kbgen.cli import main
    from kbgen.schema import reference_table
    from kbgen.search.settings import SEARCH_SCHEMA
    from conftest import ROOT

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert reference_table(SEARCH_SCHEMA).strip() in readme
    help_text = CliRunner().invoke(main, ["search", "--help"]).output
    for option in ("--project", "--site", "--limit", "--json", "--batch", "--hide-weak"):
        assert option in help_text and f"`{option}" in readme


def test_the_index_files_are_byte_for_byte_reproducible(eval_files, monkeypatch):
    corpus, _ = load_corpus(EVAL_KB)
    assert SearchIndex.build(corpus).files() == eval_files
    monkeypatch.setattr(index_module, "SPLIT_ABOVE", 10_000)
    assert SearchIndex.build(corpus).files() == SearchIndex.build(corpus).files()


def test_a_known_phrase_is_answered_fully_only_as_a_phrase():
    vocab = Vocabulary(sorted(["mail", "list", "distribut"]), [9, 5, 1], 20)
    synonyms = Synonyms([["mailing list", "distribution list"]])
    slots = analyse_query("mailing list", vocab, synonyms, STOP, Settings())
    credits = {c.term: c.credit for c in slots[0].clauses}
    assert credits["mail"] == 0.5 and credits["mail+list"] == 1.0
    assert credits["distribut+list"] == Settings().synonym_credit


def test_the_no_answer_help_links_the_explainer_on_how_to_reach_us(make_project):
    from kbgen.search.planner import reach_us_explainer

    project = make_project({
        "content/articles/a.md": article("KB0001", "What to have ready when you contact us", "x", type="explainer"),
        "content/articles/b.md": article("KB0002", "Service hours and ways to reach us", "x", type="explainer"),
        "content/articles/c.md": article("KB0003", "How to reach the VPN", "x"),
    })
    corpus, _ = load_corpus(project)
    assert reach_us_explainer(corpus).id == "KB0002"


def test_ticket_subject_filler_is_not_part_of_the_question():
    vocab = Vocabulary(sorted(["vpn", "connect"]), [4, 9], 20)
    slots = analyse_query("RE: FW: URGENT - user unable to connect vpn pls", vocab, Synonyms([]),
                          STOP, Settings(phrase_boost=0.0, symptom_boost=0.0))
    assert [s.text for s in slots] == ["user", "connect", "vpn"]


def test_an_unknown_word_weighs_less_only_among_enough_known_words():
    known = ["click", "link", "type", "password", "pin", "reset", "brows", "websit"]
    vocab = Vocabulary(sorted(known), [3, 4, 2, 9, 2, 5, 3, 4], 20)
    settings = Settings(phrase_boost=0.0, symptom_boost=0.0)
    filler = analyse_query("clicked zqxv link typed password browser website", vocab, Synonyms([]),
                           STOP, settings)
    topic = analyse_query("zqxv pin reset", vocab, Synonyms([]), STOP, settings)
    assert len(filler) - 1 >= settings.unknown_context
    assert filler[1].weight == pytest.approx(vocab.idf("zqxv") * settings.unknown_weight)
    assert topic[0].weight == pytest.approx(vocab.idf("zqxv"))


def test_neighbouring_words_also_match_as_a_pair_in_the_other_order():
    vocab = Vocabulary(sorted(["calendar", "share"]), [4, 9], 20)
    slots = analyse_query("calendar sharing", vocab, Synonyms([]), STOP, Settings())
    assert [(c.term, c.boost) for c in slots[-1].clauses] == [
        ("calendar+share", 1.0), ("share+calendar", Settings().swapped_phrase_boost)]


def test_an_unknown_error_code_or_adverb_only_qualifies_the_question():
    vocab = Vocabulary(sorted(["outlook", "error", "delet", "email"]), [3, 4, 2, 9], 20)
    settings = Settings(phrase_boost=0.0)
    for query in ("outlook error 0x8004010f", "accidentaly deleted email"):
        slots = analyse_query(query, vocab, Synonyms([]), STOP, settings)
        unknown = [s for s in slots if not s.clauses]
        assert [s.weight for s in unknown] == pytest.approx(
            [vocab.idf("zzz") * settings.unknown_weight ** 2]), query


def test_query_words_are_respelt_the_way_the_index_spells_them():
    vocab = Vocabulary(sorted(["laptop", "password", "pass", "word", "screen", "share", "slow",
                               "servic", "desk", "servicedesk"]), [5, 9, 2, 1, 6, 4, 3, 8, 7, 1], 20)
    respelt = query_words("lap top pass word screenshare sloooow service desk@contoso.com", vocab, STOP)
    assert respelt == ["laptop", "password", "screen", "share", "slow", "service", "desk"]


def test_a_reported_fault_prefers_articles_whose_title_reports_one(make_project):
    project = make_project({
        "content/articles/add-printer.md": article("KB0001", "Add a printer", body="Add a printer."),
        "content/articles/printer-fault.md": article("KB0002", "Printer not working",
                                                     body="Check the queue and the printer."),
    })
    corpus, _ = load_corpus(project)
    engine = SearchEngine.from_corpus(corpus)
    assert [r.id for r in engine.search("printer")][0] == "KB0001"
    assert [r.id for r in engine.search("printer cant")][0] == "KB0002"
    assert not any(c.term == "+fault" for s in engine.analyse("print") for c in s.clauses)


def test_a_short_word_is_corrected_only_when_one_term_is_one_letter_off():
    settings = Settings()
    assert typo_candidates("vpm", Vocabulary(["vpn", "wifi"], [3, 2], 20), settings) == [("vpn", 1)]
    assert typo_candidates("vpm", Vocabulary(["vpn", "vpx"], [3, 2], 20), settings) == []


def test_a_typo_of_a_word_only_the_synonym_list_knows_is_respelt():
    vocab = Vocabulary(sorted(["globalprotect", "protect", "vpn"]), [3, 2, 5], 20)
    synonyms = Synonyms([["vpn", "globalprotect", "global protect"]])
    slots = analyse_query("globel protect", vocab, synonyms, STOP, Settings(phrase_boost=0.0))
    assert slots[0].text == "global"
    assert "globalprotect" in {c.term for c in slots[0].clauses}
