"""What ``search.learn_from`` is worth: words learnt from one part of a ticket export, queried
with the subjects of the other part.

Usage: python bench/search_learn.py [--min-tickets N] [--cite first|all] [--frozen]

The dev tickets of ../shared/eval/tickets/dev/servicenow.csv do not cite articles, so this
script plays the agent: a ticket of a topic the knowledge base covers (coverage.csv) gets a
resolution note citing the topic's first article (``--cite all``: every article listed for
the topic). The export is split by the day a ticket was opened: the older half is the
learning export (``search.learn_from``), the distinct subjects of the newer half are the
queries (labelled as in bench/search_quality.py). Both engines are built from a copy of
../shared/eval/kb; the second has learnt words. Every other query set is measured with the
learnt words too: they must not fall.
"""
from __future__ import annotations

import argparse
import csv
import shutil
import sys
import tempfile
from pathlib import Path
from types import SimpleNamespace

sys.path.insert(0, str(Path(__file__).resolve().parent))
import search_quality as quality  # noqa: E402


def table(name: str) -> list[dict]:
    with (quality.TICKETS / name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def split_export(cite: str) -> tuple[list[str], list[dict], list[dict], dict]:
    """Columns, the older half with citations, the newer half, number -> (verdict, articles)."""
    topic_of = {r["servicenow"]: r["topic"] for r in table("truth.csv")}
    verdict = {r["topic"]: (r["verdict"], r["articles"].split()) for r in table("coverage.csv")}
    rows = table("servicenow.csv")
    columns = list(rows[0])
    rows.sort(key=lambda r: (r["opened_at"], r["number"]))
    older, newer = rows[:len(rows) // 2], rows[len(rows) // 2:]
    label = {r["number"]: verdict.get(topic_of.get(r["number"], "-"), ("gap", [])) for r in rows}
    cited = []
    for row in older:
        kind, articles = label[row["number"]]
        if kind == "covered" and articles:
            ids = articles[:1] if cite == "first" else articles
            row = dict(row, close_notes=(row["close_notes"] + "\nKnowledge article: " + " ".join(ids)).strip())
        cited.append(row)
    return columns, cited, newer, label


def subjects(rows: list[dict], label: dict) -> list[tuple[str, list[str], str]]:
    """Distinct subjects of some tickets, labelled as search_quality.ticket_subjects does."""
    seen: dict[str, tuple[list[str], str]] = {}
    for row in rows:
        kind, articles = label[row["number"]]
        subject = row["short_description"].strip()
        if kind == "partial" or not subject or subject in seen:
            continue
        seen[subject] = (articles, "subject") if kind == "covered" else ([], "unanswerable")
    return [(q, rel, style) for q, (rel, style) in sorted(seen.items())]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--min-tickets", type=int, default=3)
    parser.add_argument("--cite", choices=("first", "all"), default="first")
    parser.add_argument("--frozen", action="store_true", help="also measure the frozen check v3")
    args = parser.parse_args()
    columns, older, newer, label = split_export(args.cite)
    sets = {"held-out subjects": subjects(newer, label)}
    sets.update(quality.query_sets(SimpleNamespace(queries=None, frozen=args.frozen)))
    with tempfile.TemporaryDirectory() as tmp:
        kb = Path(tmp) / "kb"
        shutil.copytree(quality.EVAL / "kb", kb)
        plain, _ = quality.build_engine(kb)
        with (kb / "tickets.csv").open("w", encoding="utf-8", newline="") as handle:
            writer = csv.DictWriter(handle, columns, quoting=csv.QUOTE_ALL)
            writer.writeheader()
            writer.writerows(older)
        with (kb / "site_config.yml").open("a", encoding="utf-8") as handle:
            handle.write(f"search:\n  learn_from: tickets.csv\n  learn_min_tickets: {args.min_tickets}\n")
        from kbgen.build import load_project
        from kbgen.search.learn import learned_words

        corpus, _ = load_project(kb)
        learned = learned_words(corpus)
        print(f"learning export: {learned.tickets} tickets, {learned.citing} cite an article; "
              f"{sum(map(len, learned.words.values()))} words learnt for {len(learned.words)} articles "
              f"(--min-tickets {args.min_tickets}, --cite {args.cite})")
        for article, words in sorted(learned.words.items())[:8]:
            print(f"  {article}: {' '.join(words)}")
        taught, _ = quality.build_engine(kb)
        for name, rows in sets.items():
            print(f"== {name}: {len(rows)} queries")
            print(quality.line("kbgen", quality.metrics(rows, quality.run_engine(plain, rows)[0])))
            print(quality.line("with learnt words", quality.metrics(rows, quality.run_engine(taught, rows)[0])))


if __name__ == "__main__":
    main()
