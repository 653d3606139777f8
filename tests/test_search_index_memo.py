"""The search index's global part after an edit: what the plan memo keeps is reused, what
changed is made again, and the index files are byte for byte those of a clean build."""
from __future__ import annotations

import gc
import random
from pathlib import Path

import numpy as np
import pytest

from conftest import MINIMAL_CONFIG, article
from kbgen.build import build_site
from kbgen.search import postings
from kbgen.search.index import FIELDS, K1, NAME_FIELDS, TOPIC_FIELDS, B
from kbgen.search.postings import Shards, TermTable, average_length, weigh

NOW = "2026-11-23T09:00:00+00:00"
TOPICS = ["vpn drops at home", "printer shows offline", "mailbox is full", "laptop will not start",
          "password expired on phone", "wifi slow in the office", "teams camera not found"]


def project_files(count: int) -> dict[str, str]:
    """Articles on a few topics, two of them named by one four-word phrase (an acronym)."""
    rng = random.Random(3)
    files = {}
    for number in range(1, count + 1):
        topic = TOPICS[number % len(TOPICS)]
        title = f"Self service password reset {number}" if number <= 2 else f"{topic.capitalize()} {number}"
        body = "## Steps\n\n" + " ".join(rng.choice(" ".join(TOPICS).split()) for _ in range(40)) + ".\n"
        files[f"content/articles/kb{number:04d}.md"] = article(f"KB{number:04d}", title, body,
                                                                 summary=f"When the {topic}.", tags="[help]")
    return files


@pytest.fixture(autouse=True)
def no_inherited_garbage():
    """Collect garbage before the builds fork their render workers: a search engine that an
    earlier test left in a reference cycle would otherwise be finalised in a worker, where
    its finaliser waits forever for the parent's V8 thread (which a fork does not copy)."""
    gc.collect()


def tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture
def split_index(monkeypatch):
    """A small site's index split into many shards, as a large site's is."""
    import kbgen.search.index as index

    monkeypatch.setattr(index, "SPLIT_ABOVE", 2_000)
    monkeypatch.setattr(index, "SHARD_BYTES", 600)


class Spy:
    """Counts the shards serialised and the calls into the search engine, by name."""

    def __init__(self, monkeypatch) -> None:
        import kbgen.search.index as index
        import kbgen.search.vocabulary as vocabulary

        self.packed, self.calls = 0, []
        pack, call = index._gzip_dump, index.call
        monkeypatch.setattr(index, "_gzip_dump", lambda value: (self.count(), pack(value))[1])
        for module in (index, vocabulary):
            monkeypatch.setattr(module, "call", lambda name, *args: (self.calls.append((name, args)),
                                                                     call(name, *args))[1])

    def count(self) -> None:
        self.packed += 1

    def reset(self) -> None:
        self.packed, self.calls = 0, []


def test_an_edit_remakes_only_the_shards_whose_postings_changed_and_equals_a_clean_build(
        make_project, tmp_path, split_index, monkeypatch):
    project = make_project(project_files(40), config=MINIMAL_CONFIG)
    out = tmp_path / "site"
    build_site(project, out, NOW)
    before = {path: data for path, data in tree(out).items() if path.startswith("search/terms-")}
    assert len(before) > 10
    spy = Spy(monkeypatch)
    page = project / "content/articles/kb0005.md"
    page.write_text(page.read_text(encoding="utf-8").replace("## Steps", "## Steps\n\nZyxcable."),
                    encoding="utf-8")
    build_site(project, out, NOW)
    changed = [path for path, data in before.items() if (out / path).read_bytes() != data]
    assert 0 < spy.packed == len(changed) < len(before)
    asked = [args[0] for name, args in spy.calls if name == "assignShards"]
    assert asked == [["zyxcabl"]]  # the shard of every other term is kept
    assert not [name for name, _ in spy.calls if name == "linesWords"]  # no topic line changed
    spy.reset()
    build_site(project, tmp_path / "clean", NOW, use_cache=False)
    assert spy.packed == len(before)
    assert tree(out) == tree(tmp_path / "clean")


def test_a_title_edit_learns_the_acronyms_again_and_equals_a_clean_build(make_project, tmp_path, split_index,
                                                                          monkeypatch):
    project = make_project(project_files(30), config=MINIMAL_CONFIG)
    out = tmp_path / "site"
    build_site(project, out, NOW)
    assert b'["sspr","self service password reset"]' in (out / "search/manifest.json").read_bytes()
    spy = Spy(monkeypatch)
    page = project / "content/articles/kb0002.md"
    page.write_text(page.read_text(encoding="utf-8").replace("Self service password reset 2", "Unlock 2"),
                    encoding="utf-8")
    build_site(project, out, NOW)
    split = [args[0] for name, args in spy.calls if name == "linesWords"]
    # only the edited article's topic lines are split again (the others' words are kept)
    assert len(split) == 1 and "Unlock 2" in split[0] and not any("Self service" in line for line in split[0])
    assert b"sspr" not in (out / "search/manifest.json").read_bytes()  # one article names it now
    build_site(project, tmp_path / "clean", NOW, use_cache=False)
    assert tree(out) == tree(tmp_path / "clean")


def loop_postings(tables: list[dict[str, dict[str, int]]]) -> dict[str, list]:
    """The weights as a plain loop over articles and fields computes them (what the arrays must
    equal to the last bit)."""
    import math

    names = [name for name, _ in FIELDS]
    lengths = {name: [sum(t.get(name, {}).values()) for t in tables] for name in names}
    average = {name: average_length(sum(v), len(v)) for name, v in lengths.items()}
    df: dict[str, int] = {}
    for t in tables:
        for term in set().union(*t.values()):
            df[term] = df.get(term, 0) + 1
    idf = {term: math.log(1 + abs((len(tables) - n + 0.5) / (n + 0.5))) for term, n in df.items()}
    out: dict[str, list] = {}
    for number, fields in enumerate(tables):
        weights: dict[str, float] = {}
        for name, boost in FIELDS:
            norm = K1 * (1 - B + B * lengths[name][number] / average[name])
            for term, tf in fields.get(name, {}).items():
                weights[term] = weights.get(term, 0.0) + idf[term] * (K1 + 1) * tf / (norm + tf) * boost
        for term in sorted(weights):
            named = any(term in fields.get(f, {}) for f in NAME_FIELDS)
            where = 3 if named else 2 if any(term in fields.get(f, {}) for f in TOPIC_FIELDS) else 1
            out.setdefault(term, []).extend([number, round(weights[term], 3), where])
    return out


def test_array_weights_equal_a_plain_loop_to_the_last_bit():
    rng = random.Random(11)
    words = [f"w{n}" for n in range(300)]
    names = [name for name, _ in FIELDS]
    tables = [{name: {w: rng.choice([1, 1, 1, 2, 3, 70_000]) for w in rng.sample(words, rng.randint(0, 25))}
               for name in names if rng.random() < 0.8} for _ in range(400)]
    tables.append({})  # an article with no words at all
    found = weigh([TermTable.of(t, names) for t in tables], FIELDS, K1, B, NAME_FIELDS, TOPIC_FIELDS)
    expected = loop_postings(tables)
    assert found.terms == sorted(expected)
    assert Shards(found, [0] * len(found.terms), 1).postings_of(0) == expected


def test_one_b_per_field_weighs_each_field_by_its_own_length_normalisation():
    """``b`` given per field: the same value for every field weighs exactly as one ``b``; a
    field of b 0 weighs a term alike in a short and a long field, one of b 1 favours the short."""
    names = [name for name, _ in FIELDS]
    rng = random.Random(5)
    words = [f"w{n}" for n in range(200)]
    tables = [TermTable.of({name: {w: rng.randint(1, 3) for w in rng.sample(words, rng.randint(1, 20))}
                            for name in names}, names) for _ in range(60)]
    scalar = weigh(tables, FIELDS, K1, 0.75, NAME_FIELDS, TOPIC_FIELDS)
    listed = weigh(tables, FIELDS, K1, [0.75] * len(FIELDS), NAME_FIELDS, TOPIC_FIELDS)
    assert scalar.thousandths.tolist() == listed.thousandths.tolist()
    only_title = [(name, boost if name == "title" else 0.0) for name, boost in FIELDS]
    short, long = ({"title": {"vpn": 1}}, {"title": {"vpn": 1, **{f"x{n}": 1 for n in range(9)}}})
    two = [TermTable.of(t, names) for t in (short, long, {"body": {"other": 1}})]
    for b, same in ((0.0, True), (1.0, False)):
        found = weigh(two, only_title, K1, [b] * len(FIELDS), NAME_FIELDS, TOPIC_FIELDS)
        at = found.terms.index("vpn")
        first, second = found.thousandths[found.starts[at]:found.starts[at + 1]].tolist()
        assert (first == second) is same and first >= second


def test_each_shard_holds_exactly_its_terms_postings():
    names = [name for name, _ in FIELDS]
    terms = ["café", 'quo"te', "emoji😀", "a+b", "ｗｉｄｅ", "z", "m"]
    tables = [{"body": {t: n + 1 for n, t in enumerate(terms[i:] + terms[:i])}} for i in range(len(terms))]
    found = weigh([TermTable.of(t, names) for t in tables], FIELDS, K1, B, NAME_FIELDS, TOPIC_FIELDS)
    expected = loop_postings(tables)
    shards = Shards(found, [n % 3 for n in range(len(found.terms))], 4)  # the last shard is empty
    for number in range(4):
        assert shards.postings_of(number) == {t: p for n, (t, p) in enumerate(sorted(expected.items()))
                                              if n % 3 == number}
    assert len({shards.digest(n) for n in range(4)}) == 4


def test_weights_round_as_pythons_round_even_next_to_a_tie():
    weights = [0.0625, 2.675, 1.0005, 0.0005, 123.4565, 7.0, 0.1 + 0.2, 1e-9, 49.9995]
    rng = np.random.default_rng(5)
    weights += (rng.integers(0, 10**6, 2_000) / 1000 + 0.0005).tolist()  # decimal ties
    weights += (rng.random(2_000) * 60).tolist()
    found = postings._thousandths(np.array(weights))
    assert found.tolist() == [round(round(w, 3) * 1000) for w in weights]
    assert [k / 1000.0 for k in found.tolist()] == [round(w, 3) for w in weights]


def test_frequent_phrases_counts_as_a_loop_over_every_run_of_words():
    """The array count of runs of words equals a plain loop's, on generated lines with stop
    words, short lines, repeats and lines of one word."""
    from collections import Counter

    from kbgen.search.vocabulary import LETTERS, MIN_COUNT, frequent_phrases

    rng = random.Random(5)
    vocabulary = ["vpn", "reset", "the", "a", "password", "self", "service", "printer", "of", "queue", "é-mail"]
    stop = {"the", "a", "of"}
    split = [[rng.choice(vocabulary) for _ in range(rng.randint(0, 9))] for _ in range(3000)]
    loop: Counter = Counter()
    for words in split:
        for size in LETTERS:
            for start in range(len(words) - size + 1):
                run = tuple(words[start:start + size])
                if run[0] not in stop and run[-1] not in stop:
                    loop[run] += 1
    expected = {run: count for run, count in loop.items() if count >= MIN_COUNT}
    assert expected and frequent_phrases(split, stop) == expected
    assert frequent_phrases([], stop) == {} and frequent_phrases([["vpn"]], stop) == {}


def test_a_title_gaining_a_word_leaves_other_articles_weights_alone():
    """One article's edit moves a field's average length by a little: the rounded average
    (``average_length``) keeps every posting of the other articles' untouched terms as it was,
    so only the shards holding the edited article's terms are written again."""
    rng = random.Random(3)
    words = [f"w{n}" for n in range(500)]
    names = [name for name, _ in FIELDS]
    tables = [{"title": {w: 1 for w in rng.sample(words, 5)}, "body": {w: rng.randint(1, 4) for w in rng.sample(words, 40)}}
              for _ in range(400)]
    before = weigh([TermTable.of(t, names) for t in tables], FIELDS, K1, B, NAME_FIELDS, TOPIC_FIELDS)
    edited = [dict(t) for t in tables]
    edited[7] = {**tables[7], "title": {**tables[7]["title"], "fresh": 1}}
    after = weigh([TermTable.of(t, names) for t in edited], FIELDS, K1, B, NAME_FIELDS, TOPIC_FIELDS)
    touched = set(edited[7]["title"]) | set(edited[7]["body"])
    old, new = Shards(before, [0] * len(before.terms), 1).postings_of(0), Shards(after, [0] * len(after.terms), 1).postings_of(0)
    assert {t: p for t, p in new.items() if t not in touched} == {t: p for t, p in old.items() if t not in touched}
    assert new["fresh"][:1] == [7] and old != new


def test_the_average_length_keeps_three_significant_digits():
    assert average_length(0, 10) == average_length(10, 0) == 1.0
    assert average_length(2001, 400) == 5.0  # 5.0025
    assert average_length(123_456, 100) == 1230.0
    assert average_length(1, 3) == 0.333


@pytest.mark.parametrize("terms", [3, 1 << 16, (1 << 16) + 5])
def test_rows_are_ordered_by_term_keeping_document_order_whatever_the_number_of_terms(terms):
    rows = np.random.default_rng(terms).integers(0, terms, 5000).astype(np.int64)
    # the extremes of the term numbers, however the random draw fell
    rows = np.concatenate([rows, np.array([terms - 1, 0, terms - 1, 0], dtype=np.int64)])
    order = postings._stable_order(rows, terms)
    assert order.tolist() == sorted(range(len(rows)), key=lambda row: (rows[row], row))


def test_the_code_version_covers_a_theme_kept_beside_the_package(tmp_path, monkeypatch):
    """In a working copy the theme (with the search engine whose term tables the memo keeps)
    lives outside kbgen/: editing it must still make every cache written before untrusted."""
    from importlib import resources

    from kbgen import content_cache

    theme = tmp_path / "theme"
    (theme / "assets").mkdir(parents=True)
    engine = theme / "assets" / "engine.js"
    engine.write_text("function rank() { return 1; }\n", encoding="utf-8")
    monkeypatch.setattr(resources, "files", lambda package: theme)
    content_cache.code_version.cache_clear()
    try:
        before = content_cache.code_version()
        engine.write_text("function rank() { return 2; }\n", encoding="utf-8")
        content_cache.code_version.cache_clear()
        assert content_cache.code_version() != before
    finally:
        content_cache.code_version.cache_clear()


def _same_postings(found: postings.Postings, expected: postings.Postings) -> bool:
    return found.terms == expected.terms and all(
        np.array_equal(getattr(found, name), getattr(expected, name))
        for name in ("df", "starts", "documents", "thousandths", "where"))


def _read_back(memo, folder: Path):
    """The memo as the next build reads it from its files."""
    from kbgen.memo import PlanMemo

    memo.save()
    return PlanMemo(folder)


def test_the_kept_term_numbering_gives_the_weights_of_a_fresh_one_through_edits(tmp_path):
    """Weights made with the numbering kept between builds (new terms numbered at the end, each
    table's numbers kept by its terms) equal those made afresh, after every kind of change: a
    table edited, added, removed, emptied, terms that sort before every kept one, other scripts."""
    from kbgen.memo import PlanMemo

    rng = random.Random(19)
    names = [name for name, _ in FIELDS]
    words = [f"w{n}" for n in range(400)] + ["café", "ｗｉｄｅ", "a+b", "emoji😀"]
    tables = [{"body": {w: rng.randint(1, 4) for w in rng.sample(words, 30)},
               "title": {w: 1 for w in rng.sample(words, 3)}} for _ in range(120)]
    memo = PlanMemo(tmp_path / "memo")
    for step in range(8):
        built = [TermTable.of(t, names) for t in tables]
        expected = weigh(built, FIELDS, K1, B, NAME_FIELDS, TOPIC_FIELDS)
        assert _same_postings(weigh(built, FIELDS, K1, B, NAME_FIELDS, TOPIC_FIELDS, memo), expected), step
        memo = _read_back(memo, tmp_path / "memo")
        change = step % 4
        if change == 0:  # an edit bringing a term new to the site, sorting before every other
            tables[rng.randrange(len(tables))] = {"body": {f"0new{step}": 2, "w5": 1}}
        elif change == 1:
            tables.append({"summary": {f"zz{step}": 1, "café": 3}})
        elif change == 2:
            del tables[rng.randrange(len(tables))]
        else:
            tables[rng.randrange(len(tables))] = {}
    assert memo.get(postings.NUMBERING, (), dict)["terms"], "the numbering was kept"


@pytest.mark.parametrize("kept", [
    {"terms": ["w1"], "tables": {}},  # fewer terms than the tables' numbers name
    {"terms": "not a list", "tables": {}},
    {"terms": [1, 2, 3], "tables": {}},
    {"terms": [["unhashable"]] + [f"w{n}" for n in range(10)], "tables": {}},
    {"terms": [], "tables": "nothing"},
    "not a dict",
])
def test_a_kept_numbering_that_does_not_fit_is_made_afresh(kept):
    """A damaged or foreign numbering in the memo never changes a weight nor raises."""
    from kbgen.memo import PlanMemo

    names = [name for name, _ in FIELDS]
    built = [TermTable.of({"body": {"vpn": 2, "printer": 1}}, names), TermTable.of({"title": {"mail": 1}}, names)]
    expected = weigh(built, FIELDS, K1, B, NAME_FIELDS, TOPIC_FIELDS)
    memo = PlanMemo()
    memo.get(postings.NUMBERING, (), lambda: kept)
    assert _same_postings(weigh(built, FIELDS, K1, B, NAME_FIELDS, TOPIC_FIELDS, memo), expected)


def test_a_kept_numbering_with_wrong_numbers_or_a_term_twice_is_not_trusted():
    """Tables whose kept numbers have the wrong length are numbered again; a numbering naming one
    term under two numbers (never kept by this code) is not used."""
    import hashlib

    from kbgen.memo import PlanMemo

    names = [name for name, _ in FIELDS]
    built = [TermTable.of({"body": {"vpn": 2, "printer": 1}}, names), TermTable.of({"body": {"vpn": 1}}, names)]
    expected = weigh(built, FIELDS, K1, B, NAME_FIELDS, TOPIC_FIELDS)

    def key(table: TermTable) -> bytes:
        return hashlib.blake2b(table.text.encode(), digest_size=postings.TERMS_DIGEST_BYTES).digest()
    twice = {"terms": ["printer", "vpn", "vpn"],
             "tables": {key(built[0]): np.array([0, 1], "<u4").tobytes(), key(built[1]): np.array([2], "<u4").tobytes()}}
    short = {"terms": ["printer", "vpn"], "tables": {key(built[0]): b"\0\0\0\0"}}
    past = {"terms": ["printer"],  # a number past the numbering's terms
            "tables": {key(built[0]): np.array([0, 1], "<u4").tobytes(), key(built[1]): np.array([1], "<u4").tobytes()}}
    for kept in (twice, short, past):
        memo = PlanMemo()
        memo.get(postings.NUMBERING, (), lambda: kept)
        assert _same_postings(weigh(built, FIELDS, K1, B, NAME_FIELDS, TOPIC_FIELDS, memo), expected)



def test_one_kept_table_of_the_wrong_length_among_many_is_numbered_again():
    """With most tables seen before (so the kept numbering is used, not made afresh), one table
    whose kept numbers are cut short is numbered again rather than trusted."""
    import hashlib

    from kbgen.memo import PlanMemo

    names = [name for name, _ in FIELDS]
    built = [TermTable.of({"body": {f"w{n}": n + 1, "vpn": 1, "printer": 2}}, names) for n in range(10)]
    expected = weigh(built, FIELDS, K1, B, NAME_FIELDS, TOPIC_FIELDS)
    memo = PlanMemo()
    assert _same_postings(weigh(built, FIELDS, K1, B, NAME_FIELDS, TOPIC_FIELDS, memo), expected)
    kept = memo.get(postings.NUMBERING, (), dict)
    key = hashlib.blake2b(built[3].text.encode(), digest_size=postings.TERMS_DIGEST_BYTES).digest()
    assert key in kept["tables"]
    kept["tables"][key] = kept["tables"][key][:4]
    again = PlanMemo()
    again.hold({name: value for name, value in memo.used.items()})
    assert _same_postings(weigh(built, FIELDS, K1, B, NAME_FIELDS, TOPIC_FIELDS, again), expected)

def test_the_kept_numbering_starts_afresh_when_old_terms_pile_up(monkeypatch):
    """Terms of edited articles stay numbered until the numbering holds more than twice the
    index's terms (and NUMBERING_SLACK more): then it is made afresh, the same weights."""
    from kbgen.memo import PlanMemo

    monkeypatch.setattr(postings, "NUMBERING_SLACK", 10)
    names = [name for name, _ in FIELDS]
    tables = [{"body": {f"t{n}-{k}": 1 for k in range(125)}} for n in range(8)]  # 1,000 terms
    memo, sizes = PlanMemo(), []
    for step in range(14):
        built = [TermTable.of(t, names) for t in tables]
        expected = weigh(built, FIELDS, K1, B, NAME_FIELDS, TOPIC_FIELDS)
        assert _same_postings(weigh(built, FIELDS, K1, B, NAME_FIELDS, TOPIC_FIELDS, memo), expected), step
        sizes.append(len(memo.get(postings.NUMBERING, (), dict)["terms"]))
        assert sizes[-1] <= 2 * 1000 + 10
        fresh = PlanMemo()
        fresh.hold(dict(memo.used))
        memo = fresh
        tables[step % 8] = {"body": {f"s{step}-{k}": 1 for k in range(125)}}  # one table in eight new
    assert sizes[:3] == [1000, 1125, 1250] and sizes.count(1000) >= 2, sizes  # grown, then made afresh


def test_a_clean_numbering_is_kept_for_the_next_build():
    """A build with nothing kept numbers every term in one pass and keeps that numbering: the
    next build with one table changed adds only that table's terms."""
    from kbgen.memo import PlanMemo

    names = [name for name, _ in FIELDS]
    tables = [{"body": {f"w{n}-{k}": 1 for k in range(5)}} for n in range(10)]
    memo = PlanMemo()
    weigh([TermTable.of(t, names) for t in tables], FIELDS, K1, B, NAME_FIELDS, TOPIC_FIELDS, memo)
    kept = memo.get(postings.NUMBERING, (), dict)
    assert kept["terms"] == sorted(f"w{n}-{k}" for n in range(10) for k in range(5)) and len(kept["tables"]) == 10
    fresh = PlanMemo()
    fresh.hold(dict(memo.used))
    tables[3] = {"body": {"a-new-term": 1, "w0-0": 2}}
    built = [TermTable.of(t, names) for t in tables]
    found = weigh(built, FIELDS, K1, B, NAME_FIELDS, TOPIC_FIELDS, fresh)
    assert _same_postings(found, weigh(built, FIELDS, K1, B, NAME_FIELDS, TOPIC_FIELDS))
    assert fresh.get(postings.NUMBERING, (), dict)["terms"][-1] == "a-new-term"  # numbered at the end


def test_the_acronyms_key_names_exactly_the_topic_lines():
    """The learnt acronyms are kept by the topic fields' texts joined by line ends: that text's
    non-blank lines are the topic lines, whatever blank lines, spaces and line ends the fields
    hold (so the key never stands for two different sets of lines)."""
    from kbgen.search.vocabulary import TOPIC_FIELDS, topic_lines

    rng = random.Random(19)
    pieces = ["vpn", "reset my password", "", " ", "\n", "two\nlines", "\n\n", "  padded  ", "\t"]
    for _ in range(3000):
        docs = [{name: "".join(rng.choice(pieces) for _ in range(rng.randint(0, 4)))
                 for name in TOPIC_FIELDS if rng.random() < 0.8} for _ in range(rng.randint(0, 4))]
        joined = "\n".join(doc.get(name, "") for doc in docs for name in TOPIC_FIELDS)
        assert [line for line in joined.split("\n") if line.strip()] == topic_lines(docs)


def test_a_damaged_term_in_the_kept_numbering_is_never_looked_up():
    """One table new among many (the numbering is extended, not made afresh) while the kept
    numbering holds something that is no term: made afresh, the same weights, no traceback."""
    from kbgen.memo import PlanMemo

    names = [name for name, _ in FIELDS]
    built = [TermTable.of({"body": {f"w{n}": 1, "shared": 2}}, names) for n in range(10)]
    memo = PlanMemo()
    weigh(built, FIELDS, K1, B, NAME_FIELDS, TOPIC_FIELDS, memo)
    damaged = dict(memo.get(postings.NUMBERING, (), dict))
    damaged["terms"] = [*damaged["terms"], ["no term"]]
    later = PlanMemo()
    later.get(postings.NUMBERING, (), lambda: damaged)
    built[0] = TermTable.of({"body": {"fresh": 1}}, names)
    found = weigh(built, FIELDS, K1, B, NAME_FIELDS, TOPIC_FIELDS, later)
    assert _same_postings(found, weigh(built, FIELDS, K1, B, NAME_FIELDS, TOPIC_FIELDS))


def test_a_body_edit_leaves_the_topic_words_unread_and_a_title_edit_after_it_reuses_them(
        make_project, tmp_path, monkeypatch):
    """The words of every article's topic lines are asked for only when the acronyms are learnt
    again: a body edit's build neither reads their memo file nor drops them, so a title edit after
    it splits only the edited article's lines, and both builds equal a clean build."""
    import kbgen.memo as memo
    from kbgen.site.cache import cache_dir

    project = make_project(project_files(30), config=MINIMAL_CONFIG)
    out = tmp_path / "site"
    build_site(project, out, NOW)
    name = memo._name("search topic words of lines", ())
    held = memo.shard_file(cache_dir(out.resolve()) / "memo", memo._shard_of(name))
    assert name.startswith(memo.UNIT_MARK) and held.is_file()
    read, reader = [], memo.read_shard
    monkeypatch.setattr(memo, "read_shard", lambda path, form: (read.append(path), reader(path, form))[1])
    page = project / "content/articles/kb0005.md"
    page.write_text(page.read_text(encoding="utf-8").replace("## Steps", "## Steps\n\nZyxcable."), encoding="utf-8")
    build_site(project, out, NOW)
    assert read and held not in read and held.is_file()
    assert tree(out) == tree(build_site(project, tmp_path / "clean", NOW, use_cache=False).site_dir)
    spy = Spy(monkeypatch)
    page = project / "content/articles/kb0002.md"
    page.write_text(page.read_text(encoding="utf-8").replace("Self service password reset 2", "Unlock 2"),
                    encoding="utf-8")
    build_site(project, out, NOW)
    split = [args[0] for name, args in spy.calls if name == "linesWords"]
    assert len(split) == 1 and "Unlock 2" in split[0] and not any("Self service" in line for line in split[0])
    assert tree(out) == tree(build_site(project, tmp_path / "clean2", NOW, use_cache=False).site_dir)
