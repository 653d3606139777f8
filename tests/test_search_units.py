"""Search units: the engine's analysis (run through V8), index format, ranking rules, settings."""
from __future__ import annotations

import json
import math

import pytest

from kbgen.build import load_project
from kbgen.search import index as index_module
from kbgen.search.engine import SearchEngine
from kbgen.search.index import FORMAT, SearchIndex, markdown_text
from kbgen.search.runtime import call
from kbgen.search.settings import SearchSettings, builtin_synonyms
from conftest import EVAL_KB, article

needs_eval = pytest.mark.skipif(not EVAL_KB.exists(), reason="evaluation data (../shared/eval) not present")
THRESHOLD = {"minCoverage": 0.55, "minScore": 1.0, "coveragePower": 1.0}


def engine_over(vocabulary: dict[str, int], synonyms=(), documents: int = 20, **settings) -> SearchEngine:
    """An engine over an empty index whose vocabulary is ``{term: document frequency}``."""
    terms = sorted(vocabulary)
    manifest = {"format": FORMAT, "documents": documents, "shards": 1, "docsPerChunk": 400,
                "shardFile": "terms-{n}.json", "docsFile": "docs-{n}.json",
                "synonyms": [list(g) for g in synonyms], "settings": settings, "threshold": THRESHOLD,
                "terms": terms, "df": [vocabulary[t] for t in terms]}
    return SearchEngine.load({"search/manifest.json": json.dumps(manifest).encode(),
                              "search/terms-0.json": b"{}", "search/docs-0.json": b"[]"})


def engine_of(make_project, files: dict[str, str]) -> SearchEngine:
    """An engine over the index of a project made of ``files``."""
    corpus, _ = load_project(make_project(files))
    return SearchEngine.load(SearchIndex.build(corpus).files())


def idf(n: int, documents: int = 20) -> float:
    return math.log(1 + abs((documents - n + 0.5) / (n + 0.5)))


def clauses(slot: dict) -> list[tuple[str, float]]:
    return [(c["term"], c["boost"]) for c in slot["clauses"]]


def test_words_fold_case_accents_apostrophes_and_compatibility_forms():
    assert call("words", "Can’t Café") == ["cant", "cafe"]
    assert call("words", "Outlook won't start (error 0x80)!") == ["outlook", "wont", "start", "error", "0x80"]
    assert call("words", "ＶＰＮ ４０４ naïve") == ["vpn", "404", "naive"]
    assert call("words", "हिन्दी") == ["हिन्दी"]  # combining vowel signs stay inside the word


def test_stemmer_is_lunr_js_porter_variant():
    # lunr.py's Porter variant gives "lai" and "try"; lunr.js (and kbgen) give these.
    assert call("terms", ["lay", "try", "passwords", "yelling", "slowly"]) == ["lay", "tri", "password", "yell", "slow"]


def test_british_and_american_spellings_are_one_term():
    british = ["prioritise", "organised", "analyse", "colours", "favourite", "catalogue", "centre"]
    american = ["prioritize", "organized", "analyze", "colors", "favorite", "catalog", "center"]
    assert call("terms", british) == call("terms", american)
    # short words keep their spelling: the stem before the ending has too few letters
    assert call("terms", ["raise", "noise", "hour", "four"]) == ["rais", "nois", "hour", "four"]


def test_an_american_spelling_finds_a_british_article(make_project):
    engine = engine_of(make_project, {
        "content/articles/a.md": article("KB0001", "How we prioritise tickets", "Impact and urgency."),
        "content/articles/b.md": article("KB0002", "Colour printing", "Print in colour on any floor."),
    })
    assert [r.id for r in engine.search("how are tickets prioritized")][:1] == ["KB0001"]
    assert [r.id for r in engine.search("color print")][:1] == ["KB0002"]
    # the word itself, answering fully: not a typo correction that answers a part of it
    slots = {slot["text"]: slot["clauses"] for slot in engine.analyse("prioritized color")}
    assert slots["prioritized"][0] == {"term": "priorit", "boost": 1, "credit": 1}
    assert slots["color"][0] == {"term": "color", "boost": 1, "credit": 1}


def test_document_terms_drop_stop_words_fold_adverbs_and_join_compounds():
    assert call("documentTerms", "How do I connect to the Wi-Fi quickly") == ["connect", "wi", "fi", "quick", "wifi"]


def test_a_word_is_cut_at_64_characters():
    assert call("documentTerms", "x" * 200) == ["x" * 64]


def test_a_compound_stays_one_word_only_when_the_index_knows_it():
    engine = engine_over({"email": 3, "wifi": 2, "sign": 4})
    assert [s["text"] for s in engine.analyse("wi-fi e-mail sign-in")[:3]] == ["wifi", "email", "sign"]


def test_typos_are_corrected_on_the_surface_word_then_stemmed():
    engine = engine_over({"outlook": 5, "password": 9, "drive": 4, "print": 3, "cat": 1}, phraseBoost=0)
    assert clauses(engine.analyse("outlok")[0])[:1] == [("outlook", 0.8)]
    assert clauses(engine.analyse("pasword")[0]) == [("password", 0.8)]
    assert clauses(engine.analyse("prnt x")[0]) == [("print", 0.8)]
    assert engine.analyse("drvie x")[0]["clauses"][0]["term"] == "drive"  # a transposition is one edit


def test_exact_words_are_not_expanded_and_an_unknown_last_word_is_completed():
    engine = engine_over({"print": 3, "printer": 6, "outlook": 5})
    assert clauses(engine.analyse("print")[0]) == [("print", 1.0)]
    assert clauses(engine.analyse("outl")[0]) == [("outlook", 0.6)]


def test_synonym_phrases_cover_every_word_of_the_phrase():
    engine = engine_over({"sign": 4, "log": 2, "vpn": 3}, [["log in", "sign in"], ["vpn", "remote access"]],
                         symptomBoost=0)
    slots = engine.analyse("cant vpn log in")
    assert [(s["text"], s["weight"] > 0) for s in slots] == [("vpn", True), ("log", True), ("cant vpn log in", False)]
    assert {c["term"] for c in slots[1]["clauses"]} == {"log", "sign"}
    assert [c["term"] for c in slots[2]["clauses"]] == ["vpn+log", "log+vpn"]  # neighbours as a pair


def test_a_typo_is_never_corrected_to_another_word_of_the_query():
    engine = engine_over({"page": 4, "paper": 2})
    assert [(c["term"], c["credit"]) for c in engine.analyse("pager pages")[0]["clauses"]] == [("paper", 0.5)]


def test_stop_word_only_empty_and_symbol_queries_have_no_slots():
    engine = engine_over({"vpn": 1})
    for query in ("how do i", "", "   \t ", "!!! ??? ...", "🙂🙂"):
        assert engine.analyse(query) == [], query


def test_shipped_synonyms_include_the_it_basics():
    flat = {term for group in builtin_synonyms() for term in group}
    assert {"2fa", "mfa", "authenticator", "vpn", "globalprotect", "wifi", "wireless", "outlook",
            "laptop", "log in", "sign in", "password"} <= flat


def test_every_synonym_group_states_the_phenomenon_it_handles():
    from importlib import resources

    text = resources.files("kbgen.search").joinpath("synonyms.txt").read_text(encoding="utf-8")
    blocks = [block.splitlines() for block in text.strip().split("\n\n")][1:]  # after the header
    assert len(blocks) > 5
    for block in blocks:  # a family: comment lines saying what it handles, then its groups
        assert block[0].startswith("# ") and not block[-1].startswith("#"), block[0]


def test_markdown_text_drops_title_link_targets_and_admonition_markers_keeps_code():
    text, headings = markdown_text("# Title\n\n## Steps ##\n\nSee [the guide](x.md) at https://a.example.\n\n"
                                   "!!! note\n    Be careful.\n\n```\ncode here\n```\n")
    assert headings == ["Steps"]
    assert "the guide" in text and "x.md" not in text and "https" not in text
    assert "note" not in text and "code here" in text  # commands in code blocks are searched


def test_the_index_ranks_typo_synonym_and_keyword_queries(make_project):
    engine = engine_of(make_project, {
        "content/articles/a.md": article("KB0001", "Connect to the GlobalProtect client",
                                         "Open the client and sign in.", summary="Remote access from home."),
        "content/articles/b.md": article("KB0002", "Outlook keeps asking for your password",
                                         "Remove saved credentials.", summary="Stop password prompts."),
        "content/articles/c.md": article("KB0003", "Printer is offline", "Restart the printer.",
                                         keywords="[toner, paper jam]"),
    })
    assert engine.search("vpn")[0].id == "KB0001"
    assert engine.search("outlok pasword")[0].id == "KB0002"
    assert engine.search("paper jam")[0].id == "KB0003"  # keywords are searched
    assert engine.search("printer")[0].url == "articles/kb0003-c/"
    weak = engine.search("voicemail greeting")
    assert weak == [] or weak[0].weak


def test_exact_match_beats_typo_neighbour(make_project):
    engine = engine_of(make_project, {
        "content/articles/a.md": article("KB0001", "Reset your PIN", "Choose a new PIN."),
        "content/articles/b.md": article("KB0002", "Pink screen on the monitor", "Check the cable."),
    })
    assert [r.id for r in engine.search("pin")][:1] == ["KB0001"]


def test_site_synonyms_extend_the_shipped_list(make_project):
    config = "site_name: T\nsearch:\n  synonyms:\n    - [ledger, finance app]\n"
    project = make_project({"content/articles/a.md": article("KB0001", "Ledger password reset", "Text.")},
                           config=config)
    corpus, problems = load_project(project)
    assert corpus is not None, problems
    settings = SearchSettings.from_config(corpus.config.search)
    assert ["ledger", "finance app"] in settings.synonyms and len(settings.synonyms) > 30
    engine = SearchEngine.load(SearchIndex.build(corpus).files())
    assert engine.search("finance app")[0].id == "KB0001"


def test_bad_search_config_is_reported_with_file_line_and_key(make_project):
    config = "site_name: T\nsearch:\n  synonyms: [[vpn]]\n  min_coverage: 3\n"
    corpus, problems = load_project(make_project({}, config=config))
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


def test_a_known_phrase_is_answered_fully_only_as_a_phrase():
    engine = engine_over({"mail": 9, "list": 5, "distribut": 1}, [["mailing list", "distribution list"]])
    credits = {c["term"]: c["credit"] for c in engine.analyse("mailing list")[0]["clauses"]}
    assert credits["mail"] == 0.5 and credits["mail+list"] == 1.0
    assert credits["distribut+list"] == 0.9


def test_the_no_answer_help_links_the_explainer_on_how_to_reach_us(make_project):
    from kbgen.search.planner import reach_us_explainer

    project = make_project({
        "content/articles/a.md": article("KB0001", "What to have ready when you contact us", "x", type="explainer"),
        "content/articles/b.md": article("KB0002", "Service hours and ways to reach us", "x", type="explainer"),
        "content/articles/c.md": article("KB0003", "How to reach the VPN", "x"),
    })
    corpus, _ = load_project(project)
    assert reach_us_explainer(corpus).id == "KB0002"


def test_ticket_subject_filler_is_not_part_of_the_question():
    engine = engine_over({"vpn": 4, "connect": 9}, phraseBoost=0, symptomBoost=0)
    slots = engine.analyse("RE: FW: URGENT - user unable to connect vpn pls")
    assert [s["text"] for s in slots] == ["user", "connect", "vpn"]


def test_another_languages_function_words_are_not_part_of_the_question():
    """German, French, Spanish, Dutch and Italian greetings, pronouns and auxiliaries mixed
    into a question say nothing about its topic."""
    engine = engine_over({"password": 4, "expir": 3, "printer": 5}, phraseBoost=0, symptomBoost=0)
    assert [s["text"] for s in engine.analyse("Hallo, mein password expired, bitte")] == ["password", "expired"]
    assert [s["text"] for s in engine.analyse("bonjour, je ne trouve pas le printer")] == ["trouve", "printer"]


def test_the_shipped_list_answers_another_languages_it_words():
    """The shipped list's other-language family: a German or French word for what the site
    names answers as a synonym, and a word one letter from one of them is not respelt into it
    when it is an English word of another meaning (no such word is in the family)."""
    engine = engine_over({"password": 4, "expir": 3, "printer": 5, "lend": 2}, builtin_synonyms(), phraseBoost=0)
    passwort, expired = engine.analyse("Passwort abgelaufen")
    assert "password" in {c["term"] for c in passwort["clauses"]}
    assert "expir" in {c["term"] for c in expired["clauses"]}
    assert "printer" in {c["term"] for c in engine.analyse("imprimante")[0]["clauses"]}
    flat = {term for group in builtin_synonyms() for term in group}
    assert not {"lent", "vole", "portable", "red", "carte"} & flat


def test_english_words_are_not_respelt_into_another_languages_synonym():
    """An English word the index lacks, one letter from a word of the other-language family,
    is not respelt into it: it would answer a question about a film with a phone article."""
    terms = {"phone": 5, "slow": 4, "broken": 4, "account": 4, "meeting": 4, "holiday": 3,
             "contractor": 4, "stolen": 3, "laptop": 5}
    engine = engine_over(terms, builtin_synonyms(), phraseBoost=0)
    for word in ["movie", "lent", "lotto", "congest", "handy", "reunion", "temp",
                 "pinched"]:
        matched = {c["term"] for step in engine.analyse(word) for c in step["clauses"]}
        assert not matched & set(terms), (word, matched)


def test_english_and_it_words_are_not_other_language_stop_words():
    """An Active Directory OU, a Nest device or Monday hours stay searchable words."""
    engine = engine_over({"ou": 3, "nest": 3, "mon": 2, "la": 2}, phraseBoost=0)
    assert [s["text"] for s in engine.analyse("move pc to another ou")][-1] == "ou"
    for word in ["nest", "mon", "la"]:
        assert [s["text"] for s in engine.analyse(word)] == [word]


def test_a_password_query_is_not_answered_by_a_badge_pass():
    """No other-language phrase in the shipped list: "mot de passe" made every password query
    also ask for "pass" (a building pass) and "de"."""
    engine = engine_over({"password": 4, "pass": 6, "de": 3, "badge": 5}, builtin_synonyms(), phraseBoost=0)
    assert not {"pass", "de"} & {c["term"] for c in engine.analyse("password")[0]["clauses"]}


def test_the_shipped_list_knows_everyday_and_regional_words():
    engine = engine_over({"contractor": 3, "calendar": 4, "printer": 6, "steal": 2, "deleg": 2},
                         builtin_synonyms(), phraseBoost=0)
    for word, term in (("freelancer", "contractor"), ("diary", "calendar"), ("copier", "printer"),
                       ("nicked", "steal"), ("secretary", "deleg")):
        assert term in {c["term"] for c in engine.analyse(word)[0]["clauses"]}, word


def test_an_unknown_word_weighs_less_only_among_enough_known_words():
    known = {"click": 3, "link": 4, "type": 2, "password": 9, "pin": 2, "reset": 5, "brows": 3, "websit": 4}
    engine = engine_over(known, phraseBoost=0, symptomBoost=0)
    filler = engine.analyse("clicked zqxv link typed password browser website")
    topic = engine.analyse("zqxv pin reset")
    assert filler[1]["weight"] == pytest.approx(idf(0) * 0.5)
    assert topic[0]["weight"] == pytest.approx(idf(0))


def test_neighbouring_words_also_match_as_a_pair_in_the_other_order():
    engine = engine_over({"calendar": 4, "share": 9})
    assert clauses(engine.analyse("calendar sharing")[-1]) == [("calendar+share", 1.0), ("share+calendar", 0.5)]


def test_an_unknown_code_or_adverb_only_qualifies_the_question():
    engine = engine_over({"outlook": 3, "error": 4, "delet": 2, "email": 9}, phraseBoost=0)
    for query in ("outlook error 0x8004010f", "accidentaly deleted email", "outlook error ٣٤٥"):
        unknown = [s for s in engine.analyse(query) if not s["clauses"]]
        assert [s["weight"] for s in unknown] == pytest.approx([idf(0) * 0.25]), query


def test_query_words_are_respelt_the_way_the_index_spells_them():
    vocabulary = {"laptop": 5, "password": 9, "pass": 2, "word": 1, "screen": 6, "share": 4, "slow": 3,
                  "servic": 8, "desk": 7, "servicedesk": 1}
    engine = engine_over(vocabulary, phraseBoost=0)
    slots = engine.analyse("lap top pass word screenshare sloooow service desk@contoso.com")
    assert [s["text"] for s in slots] == ["laptop", "password", "screen", "share", "slow", "service", "desk"]


def test_a_reported_fault_prefers_articles_whose_title_reports_one(make_project):
    project = make_project({
        "content/articles/add-printer.md": article("KB0001", "Add a printer", body="Add a printer."),
        "content/articles/printer-fault.md": article("KB0002", "Printer not working",
                                                     body="Check the queue and the printer."),
    })
    corpus, _ = load_project(project)
    # the fault rule alone (the re-scorer, which weighs how broad each article is, left out)
    engine = SearchEngine.load(SearchIndex.build(corpus, settings=SearchSettings(rerank=None)).files())
    assert [r.id for r in engine.search("printer")][0] == "KB0001"
    assert [r.id for r in engine.search("printer cant")][0] == "KB0002"
    rescored = SearchEngine.from_corpus(corpus)
    assert [r.id for r in rescored.search("printer cant")][0] == "KB0002"
    assert not any(c["term"] == "+fault" for s in engine.analyse("print") for c in s["clauses"])


def test_a_short_word_is_corrected_only_when_one_term_is_one_letter_off():
    assert clauses(engine_over({"vpn": 3, "wifi": 2}).analyse("vpm")[0]) == [("vpn", 0.8)]
    assert engine_over({"vpn": 3, "vpx": 2}).analyse("vpm")[0]["clauses"] == []


def test_a_typo_of_a_word_only_the_synonym_list_knows_is_respelt():
    engine = engine_over({"globalprotect": 3, "protect": 2, "vpn": 5}, [["vpn", "globalprotect", "global protect"]],
                         phraseBoost=0)
    slots = engine.analyse("globel protect")
    assert slots[0]["text"] == "global"
    assert "globalprotect" in {c["term"] for c in slots[0]["clauses"]}


def test_a_word_of_the_synonym_list_is_not_split_into_two_index_words():
    """An unknown compound made of two index words is split ("screenshare"), but not one the
    synonym list knows: it names what its parts do not, and keeps its group."""
    vocabulary = {"laptop": 5, "note": 3, "book": 4, "screen": 6, "share": 4}
    engine = engine_over(vocabulary, [["laptop", "notebook"]], phraseBoost=0)
    slots = engine.analyse("notebook screenshare")
    assert [s["text"] for s in slots] == ["notebook", "screen", "share"]
    assert ("laptop", 1.0) in clauses(slots[0])
    assert [s["text"] for s in engine_over(vocabulary, phraseBoost=0).analyse("notebook")] == ["note", "book"]


def test_one_word_named_everywhere_does_not_outweigh_several_words(make_project):
    """A term's weight grows ever more slowly (w / (1 + w / weightSaturation)): an article
    naming one query word in every field stops outranking one that answers two of its words
    as the saturation tightens (a small site's weights are small, so the test tightens it)."""
    files = {
        "content/articles/door.md": article(
            "KB0001", "Door reader", "The door. The door reader. Door door door.",
            summary="Door problems at the door.", keywords="[door, doors, door reader]"),
        "content/articles/room.md": article(
            "KB0002", "Server room", "The server room door and the server racks.",
            summary="Who may enter the server room.", keywords="[server]"),
    }
    for n in range(3, 11):
        files[f"content/articles/other{n}.md"] = article(
            f"KB{n:04d}", f"Other topic {n}", ("A server. " if n < 7 else "") + "Nothing.")
    corpus, _ = load_project(make_project(files))

    def ranked(**overrides):
        settings = SearchSettings(overrides=overrides, rerank=None)  # saturation alone, not re-scored
        return [(r.id, r.score) for r in SearchEngine.load(SearchIndex.build(corpus, settings=settings).files())
                .search("door server")]

    unsaturated, default, tight = ranked(weightSaturation=0), ranked(), ranked(weightSaturation=5)
    assert unsaturated[0][0] == "KB0001" and tight[0][0] == "KB0002"
    assert default[0][1] < unsaturated[0][1]  # on by default


@pytest.fixture(scope="module")
def eval_files():
    if not EVAL_KB.exists():
        pytest.skip("evaluation data (../shared/eval) not present")
    corpus, _ = load_project(EVAL_KB)
    return SearchIndex.build(corpus).files()


def test_the_index_holds_postings_by_term(eval_files):
    manifest = json.loads(eval_files["search/manifest.json"])
    assert manifest["format"] == FORMAT and manifest["documents"] == 127 and manifest["shards"] == 1
    shard = json.loads(eval_files["search/terms-0.json"])
    postings = shard["globalprotect"]
    docs = json.loads(eval_files["search/docs-0.json"])
    assert "KB0040" in [docs[d][0] for d in postings[0::3]]
    assert all(w > 0 for w in postings[1::3]) and postings[0::3] == sorted(postings[0::3])
    where = dict(zip((docs[d][0] for d in postings[0::3]), postings[2::3]))
    assert where["KB0040"] == 3 and set(where.values()) <= {1, 2, 3}  # named in its title
    assert manifest["terms"] == sorted(manifest["terms"]) and "+" not in "".join(manifest["terms"])


def test_one_document_per_article_and_a_compact_index(eval_files):
    assert sum(len(v) for v in eval_files.values()) < 127 * 3000  # lunr.py: about 12 kB per article


def test_split_index_ranks_exactly_like_the_single_one(eval_files, monkeypatch):
    corpus, _ = load_project(EVAL_KB)
    monkeypatch.setattr(index_module, "SPLIT_ABOVE", 10_000)
    monkeypatch.setattr(index_module, "SHARD_BYTES", 20_000)
    split = SearchIndex.build(corpus).files()
    assert json.loads(split["search/manifest.json"])["shards"] > 5
    assert all(v[:2] == b"\x1f\x8b" for k, v in split.items() if k.endswith(".gz"))
    one, many = SearchEngine.load(eval_files), SearchEngine.load(split)
    for query in ("outlok keeps asking for password", "2fa new phone", "printer says offline"):
        assert one.search(query) == many.search(query)


def test_the_index_files_are_byte_for_byte_reproducible(eval_files, monkeypatch):
    corpus, _ = load_project(EVAL_KB)
    assert SearchIndex.build(corpus).files() == eval_files
    monkeypatch.setattr(index_module, "SPLIT_ABOVE", 10_000)
    assert SearchIndex.build(corpus).files() == SearchIndex.build(corpus).files()


def test_acronyms_of_the_phrases_articles_are_about_are_learnt():
    from kbgen.search.vocabulary import learn_acronyms

    lines = ["Register for self-service password reset", "self-service password reset", "Reset your password",
             "Cancel a request", "cancel a request"]
    learnt = learn_acronyms(lines, index_terms={"regist", "password", "reset", "cancel", "request"})
    assert ["sspr", "self service password reset"] in learnt
    assert not any(group[0] in ("car", "regist") for group in learnt)  # too short, or a word of the index


def test_an_acronym_the_site_defines_finds_its_article(make_project):
    project = make_project({
        "content/articles/a.md": article("KB0001", "Register for self-service password reset",
                                         "## Why self-service password reset\n\nRegister once.", tags="[password]"),
        "content/articles/b.md": article("KB0002", "Change your password", "Open settings."),
    })
    corpus, _ = load_project(project)
    engine = SearchEngine.from_corpus(corpus)
    assert engine.search("SSPR registration")[0].id == "KB0001"


def test_irregular_verb_forms_share_their_verbs_term():
    assert call("terms", ["forgot", "forgotten", "forget", "frozen", "sent", "stuck", "left"]) == [
        "forget", "forget", "forget", "freez", "send", "stuck", "left"]
