"""``search.learn_from``: words of ticket subjects whose resolution notes cite an article become
that article's search keywords, with suggest's redaction and privacy guards."""
from __future__ import annotations

import csv
import io

import pytest
from click.testing import CliRunner

from kbgen.build import load_project
from kbgen.cli import main
from kbgen.search.engine import SearchEngine
from kbgen.search.index import SearchIndex
from kbgen.search.learn import cited_articles, learn_from_tickets, learned_words
from kbgen.suggest.model import Ticket
from conftest import MINIMAL_CONFIG, article

COLUMNS = ["number", "opened_at", "short_description", "caller_id", "description", "close_notes"]


def export(rows: list[tuple[str, str, str]]) -> str:
    """A ServiceNow CSV of (subject, caller, resolution note) rows."""
    out = io.StringIO()
    writer = csv.writer(out, quoting=csv.QUOTE_ALL)
    writer.writerow(COLUMNS)
    for n, (subject, caller, notes) in enumerate(rows):
        writer.writerow([f"INC{1000 + n:07d}", f"2026-01-{n % 28 + 1:02d} 09:00:00", subject, caller,
                         "Please help.", notes])
    return out.getvalue()


#: Four people write about a system by its in-house name, which the articles never use.
CALLERS = ["Olivia Grant", "Tomasz Nowak", "Priya Raman", "Daniel Okafor"]
CITING = [(f"Zorblex portal down for {name.split()[0]}", name, "Fixed, see kb0002.") for name in CALLERS]


@pytest.fixture
def project(make_project):
    def make(rows, extra: str = "  learn_from: tickets.csv\n"):
        return make_project({
            "content/articles/vpn.md": article("KB0001", "Connect to the VPN", "Open GlobalProtect and sign in."),
            "content/articles/pay.md": article("KB0002", "View your payslip", "Payslips are in the HR portal."),
            "tickets.csv": export(rows),
        }, config=MINIMAL_CONFIG + "search:\n" + extra)
    return make


def test_citations_are_article_ids_in_any_case_and_whole():
    ids = {"KB0042": "KB0042", "KB0007": "KB0007"}
    assert cited_articles("See kb0042 and KB0007, then KB0042 again", ids) == ["KB0042", "KB0007"]
    assert cited_articles("KB00420 and XKB0042 are other things", ids) == []


def ticket(n: int, subject: str, caller: str, notes: str) -> Ticket:
    return Ticket(f"INC{n}", subject=subject, caller=caller, close_notes=notes)


def test_words_of_enough_citing_tickets_and_people_are_learnt_never_names_or_numbers():
    tickets = [ticket(n, f"Zorblex portal INC00{n}9 down - {name}", name, "Resolved with KB0002")
               for n, name in enumerate(CALLERS)]
    tickets += [ticket(10, "Zorblex invoice run", CALLERS[0], "KB0002"),
                ticket(11, "Printer jam", CALLERS[1], "no article")]
    words, citing = learn_from_tickets(tickets, ["KB0001", "KB0002"], min_tickets=3)
    assert citing == 5
    learnt = words["KB0002"]
    assert "zorblex" in learnt and "portal" in learnt
    assert "invoice" not in learnt and "run" not in learnt  # one ticket only
    assert not {"olivia", "grant", "tomasz", "nowak", "priya", "raman", "daniel", "okafor"} & set(learnt)
    assert not any(any(ch.isdigit() for ch in w) for w in learnt)
    assert "KB0001" not in words


def test_one_persons_word_is_never_learnt_however_many_tickets():
    tickets = [ticket(n, "Kestrelbox sync broken", "Olivia Grant", "KB0002") for n in range(6)]
    words, _ = learn_from_tickets(tickets, ["KB0002"], min_tickets=3)
    assert "kestrelbox" not in words.get("KB0002", ())


def test_min_tickets_is_the_number_of_distinct_citing_tickets():
    tickets = [ticket(n, "Zorblex portal down", name, "KB0002") for n, name in enumerate(CALLERS)]
    assert "zorblex" in learn_from_tickets(tickets, ["KB0002"], min_tickets=4)[0]["KB0002"]
    assert "KB0002" not in learn_from_tickets(tickets, ["KB0002"], min_tickets=5)[0]


def test_a_machine_of_the_exports_naming_scheme_is_never_learnt():
    # Four machines named by one scheme (a site code glued to a name) with their domain in tickets that
    # cite nothing: the export's scheme. One of its machines, written bare in the subjects of four
    # citing tickets of four people, is no cue's object there; only the pass over the whole export
    # knows it for a machine's name.
    named = [Ticket(f"INC9{n}", subject="Slow logon", caller=CALLERS[n],
                    description=f"Hostname: LON{h}.corp.example.com") for n, h in
             enumerate(["QORVANE", "TILBREK", "MASQUIN", "PELLORD"])]
    citing = [ticket(n, "Payroll export fails on LONZUNDREL again", name, "KB0002") for n, name in enumerate(CALLERS)]
    words, citing_count = learn_from_tickets(named + citing, ["KB0002"], min_tickets=3)
    assert citing_count == 4
    assert "payroll" in words["KB0002"] and "export" in words["KB0002"]
    assert not any("zundrel" in w for w in words["KB0002"])


def test_a_common_misspelling_of_a_site_word_is_not_learnt():
    tickets = [ticket(n, "Payslp missing zorblex", name, "KB0002") for n, name in enumerate(CALLERS)]
    words, _ = learn_from_tickets(tickets, ["KB0002"], 3, ["View your payslip"])
    assert "zorblex" in words["KB0002"] and "payslp" not in words["KB0002"]


def test_learnt_words_find_the_cited_article_in_search(project):
    root = project(CITING)
    corpus, problems = load_project(root)
    assert corpus is not None, problems
    assert "zorblex" in learned_words(corpus).words["KB0002"]
    engine = SearchEngine.load(SearchIndex.build(corpus).files())
    results = engine.search("zorblex")
    assert results and results[0].id == "KB0002" and not results[0].weak
    result = CliRunner().invoke(main, ["search", "zorblex", "--project", str(root), "--json"])
    assert result.exit_code == 0 and '"KB0002"' in result.output


def test_without_learn_from_nothing_is_learnt(project):
    root = project(CITING, extra="  learn_acronyms: true\n")
    corpus, _ = load_project(root)
    assert not learned_words(corpus).words
    assert not SearchEngine.load(SearchIndex.build(corpus).files()).search("zorblex")


def test_a_missing_export_is_an_error_at_the_settings_line(project):
    root = project(CITING, extra="  learn_from: [tickets.csv, missing.csv]\n")
    result = CliRunner().invoke(main, ["build", "--project", str(root)])
    assert result.exit_code != 0
    lines = (root / "site_config.yml").read_text().splitlines()
    line = next(n for n, text in enumerate(lines, 1) if "learn_from" in text)
    assert f'site_config.yml:{line}: error: search.learn_from.1: ticket export "missing.csv" not found' in result.output
    assert not (root / "site").exists()


def test_an_unreadable_export_is_reported_at_its_file_and_row(project):
    root = project(CITING)
    (root / "tickets.csv").write_text('"number","short_description"\n"INC1","Zorblex down"\n"INC2,"broken\n',
                                      encoding="utf-8")
    result = CliRunner().invoke(main, ["build", "--project", str(root)])
    assert result.exit_code != 0
    assert "tickets.csv:" in result.output and "error" in result.output


def test_learn_min_tickets_is_validated(project):
    root = project(CITING, extra="  learn_from: tickets.csv\n  learn_min_tickets: 1\n")
    _, problems = load_project(root)
    assert "search.learn_min_tickets: must be at least 2, got 1" in "\n".join(p.format() for p in problems)


def test_learning_is_deterministic_and_changes_with_the_export(project):
    root = project(CITING)
    first = SearchIndex.build(load_project(root)[0]).files()
    assert SearchIndex.build(load_project(root)[0]).files() == first
    (root / "tickets.csv").write_text(export(CITING[:2]), encoding="utf-8")
    corpus, _ = load_project(root)
    assert not learned_words(corpus).words
    assert SearchIndex.build(corpus).files() != first


def test_a_changed_export_rebuilds_the_index_of_a_cached_build(project):
    root = project(CITING)
    runner = CliRunner()
    assert runner.invoke(main, ["build", "--project", str(root)]).exit_code == 0
    terms = lambda: "".join(p.read_text(encoding="utf-8") for p in (root / "site" / "search").glob("terms-*.json"))
    assert '"zorblex"' in terms()
    (root / "tickets.csv").write_text(export(CITING[:2]), encoding="utf-8")  # now too few tickets
    assert runner.invoke(main, ["build", "--project", str(root)]).exit_code == 0
    assert '"zorblex"' not in terms()


def test_an_export_that_cites_no_article_is_a_warning_not_silence(project):
    root = project([(f"Zorblex down {n}", name, "Fixed by restarting.") for n, name in enumerate(CALLERS)])
    result = CliRunner().invoke(main, ["build", "--project", str(root)])
    assert result.exit_code == 0, result.output
    assert "warning: search.learn_from: no resolution note of the 4 tickets cites a published article's id " \
           "(such as KB0001); nothing was learnt" in result.output


def _export_with_few_citing(size: int) -> list:
    words = "printer vpn outlook laptop slow crash password reset install share drive access monitor dock".split()
    return [Ticket(f"INC{i}", subject=" ".join(words[(i + k) % len(words)] for k in range(4)),
                   caller=CALLERS[i % len(CALLERS)],
                   description="User reports " + " ".join(words[(i * 3 + k) % len(words)] for k in range(8))
                               + f". Tried a reboot at 10:{i % 60:02d}.",
                   close_notes="Resolved with KB0002" if i % 500 == 0 else "Fixed") for i in range(size)]


def test_tickets_that_name_no_machine_and_cite_nothing_are_not_redacted():
    # the second pass reads only tokens a naming scheme can hold; an export of thousands of tickets with
    # a few citing ones costs about what the citing ones cost
    import resource

    tickets = _export_with_few_citing(3000)
    learn_from_tickets(tickets[:50], ["KB0002"], 3)  # imports and models loaded
    before = resource.getrusage(resource.RUSAGE_SELF)
    learn_from_tickets(tickets, ["KB0002"], 3)
    after = resource.getrusage(resource.RUSAGE_SELF)
    assert after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime < 2.0


def test_the_tickets_left_out_change_nothing_the_second_pass_does_to_citing_ones():
    from kbgen.suggest.pii_host_scheme import may_name_machine
    from kbgen.suggest.redact import redact_tickets

    named = [Ticket(f"INC9{n}", subject="Slow logon", caller=CALLERS[n], description=f"Hostname: LON{h}.corp.example.com")
             for n, h in enumerate(["QORVANE", "TILBREK", "MASQUIN", "PELLORD"])]
    plain = _export_with_few_citing(40)
    cited = [Ticket(f"INC8{n}", subject="Payroll export fails on LONZUNDREL again", caller=name, close_notes="KB0002")
             for n, name in enumerate(CALLERS)]
    export = named + plain + cited
    needed = [t for t in export if any(f and may_name_machine(f) for f in (t.subject, t.description, t.close_notes))]
    assert len(needed) < len(export)
    whole = {t.ticket_id: t for t in redact_tickets(export, workers=1)}
    part = {t.ticket_id: t for t in redact_tickets(needed, workers=1)}
    assert all(whole[t.ticket_id] == part[t.ticket_id] for t in cited)
    assert all(whole[t.ticket_id] == part[t.ticket_id] for t in needed)
