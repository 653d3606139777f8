"""`kbgen search`: the same ranking as the site, as text, JSON and batch JSON lines."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest
from click.testing import CliRunner

from kbgen.build import build_site
from kbgen.cli import main
from conftest import article

NOW = "2026-03-01T09:00:00+00:00"


@pytest.fixture
def project(make_project):
    return make_project({
        "content/articles/vpn.md": article("KB0001", "VPN won't connect", "## Fix it\n\nRestart GlobalProtect.",
                                           summary="Fix GlobalProtect connection errors.", services="[vpn]"),
        "content/articles/mail.md": article("KB0002", "Outlook keeps asking for your password",
                                            "Remove saved credentials.", summary="Stop password prompts.",
                                            services="[email]"),
    })


def run(*args: str, input: str | None = None):
    return CliRunner().invoke(main, ["search", *args], input=input, catch_exceptions=False)


def test_json_prints_results_best_first(project):
    result = run("vpn wont connect", "--project", str(project), "--json")
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    assert [r["id"] for r in rows][:1] == ["KB0001"]
    assert set(rows[0]) == {"id", "title", "url", "summary", "score"}
    assert rows[0]["url"] == "articles/kb0001-vpn/" and rows[0]["title"] == "VPN won't connect"
    assert all(a["score"] >= b["score"] for a, b in zip(rows, rows[1:]))


def test_text_output_shows_rank_id_title_service_and_url(project):
    result = run("outlok password", "--project", str(project), "--limit", "1")
    assert result.exit_code == 0
    assert result.output.splitlines()[0].startswith(" 1. KB0002  Outlook keeps asking for your password [Email]")
    weak = run("voicemail password expiry", "--project", str(project))
    assert weak.output.startswith("No good answer.")
    assert "articles/kb0002-mail/" in result.output


def test_no_good_answer_marks_results_weak_or_hides_them(project):
    assert json.loads(run("voicemail pin reset", "--project", str(project), "--json").output) == []
    weak = json.loads(run("voicemail password expiry", "--project", str(project), "--json").output)
    assert weak and all(r["weak"] is True for r in weak)
    assert json.loads(run("voicemail password expiry", "--project", str(project), "--json",
                          "--hide-weak").output) == []
    strong = json.loads(run("outlook password", "--project", str(project), "--json").output)
    assert "weak" not in strong[0]


def test_batch_reads_stdin_and_prints_one_json_line_per_query(project):
    result = run("--batch", "-", "--project", str(project), "--limit", "1",
                 input="vpn wont connect\n\noutlook password\n")
    lines = [json.loads(line) for line in result.output.splitlines()]
    assert [line["query"] for line in lines] == ["vpn wont connect", "outlook password"]
    assert [line["results"][0]["id"] for line in lines] == ["KB0001", "KB0002"]


def test_batch_from_file(project, tmp_path):
    queries = tmp_path / "queries.txt"
    queries.write_text("globalprotect\n", encoding="utf-8")
    result = run("--batch", str(queries), "--project", str(project))
    assert json.loads(result.output)["results"][0]["id"] == "KB0001"


def test_reads_the_built_site_index_when_present(project, tmp_path):
    build_site(project, project / "site", NOW)
    (project / "content/articles/vpn.md").unlink()  # the built index still has it
    rows = json.loads(run("globalprotect", "--project", str(project), "--json").output)
    assert rows[0]["id"] == "KB0001"
    other = json.loads(run("globalprotect", "--project", str(project), "--site", str(tmp_path / "none"),
                           "--json").output)
    assert all(r["id"] != "KB0001" for r in other)


def test_needs_a_query_or_a_batch(project):
    result = CliRunner().invoke(main, ["search", "--project", str(project)])
    assert result.exit_code == 2 and "give a QUERY or --batch FILE" in result.output


def test_project_errors_are_diagnostics_not_tracebacks(make_project):
    project = make_project({"content/articles/a.md": "---\nid: KB0001\n---\nNo title.\n"})
    result = CliRunner().invoke(main, ["search", "x", "--project", str(project)])
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert "a.md" in result.output and "title" in result.output


def test_an_unreadable_site_index_falls_back_to_the_project(project):
    index = project / "site" / "search"
    index.mkdir(parents=True)
    (index / "manifest.json").write_text('{"format": 0}', encoding="utf-8")
    rows = json.loads(run("globalprotect", "--project", str(project), "--json").output)
    assert rows[0]["id"] == "KB0001"


def test_a_damaged_shard_of_a_built_index_is_an_error_not_a_traceback(project):
    build_site(project, project / "site", NOW)
    for shard in (project / "site" / "search").glob("terms-*"):
        shard.write_bytes(b"\x1f\x8b broken")
    result = CliRunner().invoke(main, ["search", "vpn", "--project", str(project)])
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert "search index is damaged" in result.output and "kbgen build" in result.output


#: What ``kbgen search`` on a built site must not import (its start-up is most of its 300 ms
#: budget): the site builder's libraries, numpy, and the features it does not run.
NOT_FOR_SEARCH = ("numpy", "sklearn", "mkdocs", "material", "markdown", "jinja2", "icalendar", "feedgen", "yaml",
                  "kbgen.search.index", "kbgen.site.core", "kbgen.suggest", "kbgen.status")


def test_searching_a_built_site_imports_only_what_the_search_needs(project):
    build_site(project, project / "site", NOW)
    script = ("import sys\nfrom kbgen.cli import main\n"
              f"main(['search', 'globalprotect', '--project', {str(project)!r}], standalone_mode=False)\n"
              f"print([m for m in {NOT_FOR_SEARCH!r} if m in sys.modules])\n")
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert "KB0001" in result.stdout.splitlines()[0]
    assert result.stdout.strip().splitlines()[-1] == "[]"
    in_memory = script.replace("'globalprotect'", f"'globalprotect', '--site', {str(project / 'none')!r}")
    result = subprocess.run([sys.executable, "-c", in_memory], capture_output=True, text=True, check=True)
    assert "yaml" in result.stdout.strip().splitlines()[-1]  # an index built from the project needs them
