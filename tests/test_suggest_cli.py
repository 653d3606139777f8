"""``kbgen suggest`` through click's CliRunner: exit codes, messages, files written, re-runs."""
from __future__ import annotations

import csv
import datetime as dt
import json
from pathlib import Path

from click.testing import CliRunner

from conftest import article
from kbgen.cli import main
from kbgen.build import load_project

PROBLEMS = {
    "printer jammed paper tray": "Cleared the paper path and restarted the printer.",
    "vpn gateway unreachable from hotel": "Switched the VPN portal to the backup gateway.",
    "distribution list membership change": "Added the user to the distribution list in Exchange.",
}


def _export(path: Path, hostile: str = "") -> Path:
    """A generic CSV export: three recurring problems, 12 tickets each, and a few one-offs."""
    start = dt.datetime(2026, 1, 1, 9)
    rows, n = [], 0
    for problem, note in PROBLEMS.items():
        for i in range(12):
            n += 1
            opened = start + dt.timedelta(days=n)
            extra = hostile if i == 0 else ""
            rows.append({"Key": f"HD-{n}", "Subject": f"{problem} {['pls', 'again', 'help'][i % 3]}{extra}",
                         "Details": f"Hello, {problem} since {['Monday', 'today', 'lunch'][i % 3]}. "
                                    f"Call me on +44 20 7946 0{n:03d}. Thanks, Jane Smith",
                         "Created": opened.strftime("%Y-%m-%d %H:%M:%S"),
                         "Resolution": note})
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return path


MAP = "id=Key,title=Subject,body=Details,opened=Created,close_notes=Resolution"


def _project(make_project) -> Path:
    return make_project({"content/articles/printer.md": article(
        "KB0007", "Printer jammed - clear the paper tray", "When the printer is jammed, clear the paper tray and "
        "restart the printer.", summary="Clear a paper jam.")})


def _suggest(*args: str):
    return CliRunner().invoke(main, ["suggest", *args], catch_exceptions=False)


def test_report_json_and_drafts(make_project, tmp_path):
    project = _project(make_project)
    export = _export(tmp_path / "tickets.csv")
    result = _suggest(str(export), "--project", str(project), "--format", "csv", "--map", MAP,
                      "--min-size", "5", "--json", str(tmp_path / "r.json"), "--redacted-out", str(tmp_path / "r.jsonl"),
                      "--clusters", str(tmp_path / "c.json"))
    assert result.exit_code == 0, result.output
    groups = json.loads((tmp_path / "c.json").read_text(encoding="utf-8"))["clusters"]
    assert sorted(t for members in groups.values() for t in members) == sorted(f"HD-{n}" for n in range(1, 37))
    assert "# Suggested articles from tickets" in result.stdout
    data = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    assert [c["size"] for c in data["clusters"]] == [12, 12, 12]
    verdicts = {c["title"].split()[0].lower(): c["verdict"] for c in data["clusters"]}
    assert verdicts["printer"] == "covered" and verdicts["distribution"] == "gap"
    drafts = sorted((project / "content/articles/_suggested").glob("*.md"))
    assert len(drafts) == sum(c["verdict"] == "gap" for c in data["clusters"]) >= 1
    corpus, diagnostics = load_project(project)
    assert corpus is not None and diagnostics == []
    assert {a.id for a in corpus.articles} >= {"KB0007", "KB0008"}
    redacted = (tmp_path / "r.jsonl").read_text(encoding="utf-8")
    assert "7946" not in redacted and "Jane Smith" not in redacted
    assert "7946" not in result.stdout and "Jane Smith" not in "".join(p.read_text() for p in drafts)


def test_rerun_reuses_draft_ids_and_files(make_project, tmp_path):
    project = _project(make_project)
    export = _export(tmp_path / "tickets.csv")
    args = [str(export), "--project", str(project), "--format", "csv", "--map", MAP, "--min-size", "5"]
    assert _suggest(*args).exit_code == 0
    first = {p.name: p.read_text(encoding="utf-8") for p in (project / "content/articles/_suggested").glob("*.md")}
    assert len(first) >= 1
    assert _suggest(*args).exit_code == 0
    second = {p.name: p.read_text(encoding="utf-8") for p in (project / "content/articles/_suggested").glob("*.md")}
    assert first == second


def test_hostile_ticket_text_is_escaped(make_project, tmp_path):
    project = _project(make_project)
    export = _export(tmp_path / "tickets.csv", hostile=" <script>alert(1)</script> [x](javascript:alert(1)) {{ x }}")
    out = tmp_path / "drafts"
    result = _suggest(str(export), "--project", str(project), "--format", "csv", "--map", MAP, "--min-size", "5",
                      "--out", str(out), "--json", str(tmp_path / "r.json"))
    assert result.exit_code == 0, result.output
    texts = [result.stdout, (tmp_path / "r.json").read_text()] + [p.read_text() for p in out.glob("*.md")]
    for text in texts:
        assert "<script" not in text and "javascript:" not in text and "{{" not in text


def test_import_errors_are_diagnostics_and_exit_non_zero(make_project, tmp_path):
    project = _project(make_project)
    empty = tmp_path / "empty.csv"
    empty.write_text("", encoding="utf-8")
    result = _suggest(str(empty), "--project", str(project))
    assert result.exit_code == 1
    assert f"{empty}" in result.stderr and "error" in result.stderr
    assert "Traceback" not in result.output
    assert not (project / "content/articles/_suggested").exists()


def test_bad_options_are_usage_errors(make_project, tmp_path):
    project = _project(make_project)
    export = _export(tmp_path / "tickets.csv")
    assert _suggest(str(export), "--project", str(project), "--map", "title").exit_code == 2
    assert "Invalid value for '--map': 'title' is not FIELD=COLUMN" in _suggest(str(export), "--project", str(project),
                                                             "--map", "title").stderr
    assert _suggest(str(tmp_path / "missing.csv")).exit_code == 2
    assert _suggest(str(export), "--format", "excel").exit_code == 2


def test_invalid_project_stops_before_writing(make_project, tmp_path):
    project = make_project({"content/articles/bad.md": "---\ntitle: no id\n---\nText\n"})
    result = _suggest(str(_export(tmp_path / "t.csv")), "--project", str(project), "--format", "csv", "--map", MAP)
    assert result.exit_code == 1
    assert "content/articles/bad.md" in result.stderr
    assert not (project / "content/articles/_suggested").exists()


def test_since_keeps_only_recent_tickets(make_project, tmp_path):
    project = _project(make_project)
    result = _suggest(str(_export(tmp_path / "t.csv")), "--project", str(project), "--format", "csv",
                      "--map", MAP, "--min-size", "5", "--since", "2026-01-26", "--json", str(tmp_path / "r.json"))
    assert result.exit_code == 0, result.output
    assert json.loads((tmp_path / "r.json").read_text())["tickets"] == 12


def test_a_published_file_in_the_drafts_folder_is_never_overwritten(make_project, tmp_path):
    project = _project(make_project)
    args = [str(_export(tmp_path / "t.csv")), "--project", str(project), "--format", "csv", "--map", MAP,
            "--min-size", "5"]
    assert _suggest(*args).exit_code == 0
    folder = project / "content/articles/_suggested"
    draft = sorted(folder.glob("*.md"))[0]
    published = draft.read_text(encoding="utf-8").replace("draft: true\n", "")
    draft.write_text(published, encoding="utf-8")
    assert _suggest(*args).exit_code == 0
    assert draft.read_text(encoding="utf-8") == published
    corpus, diagnostics = load_project(project)
    assert corpus is not None and diagnostics == []



COLUMNS_CONFIG = """\
site_name: Test Help
tickets:
  columns:
    id: Key
    title: Subject
    body: Details
    opened: Created
    close_notes: Resolution
"""


def test_columns_from_site_config_are_used_without_map(make_project, tmp_path):
    project = make_project({"content/articles/printer.md": article("KB0007", "Printer jammed - clear the paper tray",
                                                                   "Clear the paper tray.")}, config=COLUMNS_CONFIG)
    result = _suggest(str(_export(tmp_path / "t.csv")), "--project", str(project), "--min-size", "5",
                      "--json", str(tmp_path / "r.json"))
    assert result.exit_code == 0, result.output
    data = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    assert data["tickets"] == 36 and [c["size"] for c in data["clusters"]] == [12, 12, 12]


def test_an_unknown_field_under_tickets_columns_is_a_config_error(make_project, tmp_path):
    config = COLUMNS_CONFIG.replace("    body: Details\n", "    bodyy: Details\n    caller: ''\n")
    project = make_project({}, config=config)
    result = _suggest(str(_export(tmp_path / "t.csv")), "--project", str(project))
    assert result.exit_code == 1
    assert "site_config.yml:6: error: tickets.columns.bodyy: not a ticket field" in result.stderr
    assert "tickets.columns.caller: must not be empty" in result.stderr


def test_report_names_what_was_set_aside_and_keep_alerts_keeps_it(make_project, tmp_path):
    project = _project(make_project)
    export = _export(tmp_path / "t.csv")
    lines = export.read_text(encoding="utf-8").splitlines()
    extra = [f'HD-9{i},Resolved,,2026-01-20 10:0{i}:00,' for i in range(4)]
    extra += [f'HD-8{i},Disk space on fsrv0{i} is low,,2026-01-20 03:0{i}:00,' for i in range(5)]
    export.write_text("\n".join(lines + extra) + "\n", encoding="utf-8")
    base = [str(export), "--project", str(project), "--format", "csv", "--map", MAP, "--min-size", "4",
            "--clusters", str(tmp_path / "c.json")]
    result = _suggest(*base)
    assert result.exit_code == 0, result.output
    assert "Set aside (not a person's problem): 4 placeholders, 5 machine alerts and status mail." in result.stdout
    aside = json.loads((tmp_path / "c.json").read_text(encoding="utf-8"))["set_aside"]
    assert sorted(aside) == ["alert", "placeholder"] and len(aside["alert"]) == 5
    kept = _suggest(*base, "--keep-alerts")
    assert "Set aside" not in kept.stdout
    assert json.loads((tmp_path / "c.json").read_text(encoding="utf-8"))["set_aside"] == {}
