"""``kbgen suggest`` on a small messy short-description export, the way real desks export them.

The export (written here, with invented words and values) holds placeholders, tests, machine
alerts and job failures, a form that embeds people's names, generic and per-application password
resets, a topic the KB answers, a topic the KB lacks, a small topic of six tickets, one-offs and
two far-outlier dates. The tests assert behaviour: what is set aside, what is grouped with what,
what is proposed, and that nothing written names a person.
"""
from __future__ import annotations

import csv
import datetime as dt
import html
import json
import random
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import article
from kbgen.cli import main

NAMES = ["Daniel Fischer", "Olga Petrova", "Kenji Mori", "Amara Nwosu", "Lucia Ferreira", "Tobias Lindgren",
         "Priya Raman", "Grace Adeyemi", "Marek Novak", "Hannah Schultz", "Samuel Ortega", "Ingrid Solberg"]
APPS = ["Rostra", "Kelvix", "Plumline"]


def _subjects(rng: random.Random) -> list[tuple[str, str]]:
    """(subject, family) pairs of the export."""
    rows = []
    rows += [(s, "password") for s in ["Password reset"] * 30 + ["password reset"] * 15 + ["PW reset"] * 6
             + ["have forgotten the password"] * 5]
    rows += [(f"{app} password reset", "app-password") for app in APPS for _ in range(6)]
    rows += [(s, "printer") for s in ["printer jammed", "Printer jammed again", "paper jam in printer",
                                      "printer jam tray 2", "PRINTER JAMMED"] * 4]
    rows += [(s, "gap") for s in ["label maker tape stuck", "Label maker not feeding tape", "label maker tape jam",
                                  "LABEL MAKER BROKEN", "label maker prints blank labels"] * 3]
    rows += [(s, "small") for s in ["wall clock in boardroom wrong", "boardroom wall clock wrong time",
                                    "wall clock boardroom is slow"] * 2]
    rows += [(f"Access Request: {name} has submitted the access form", "form") for name in NAMES]
    rows += [(s, "placeholder") for s in ["Resolved"] * 8 + ["hang up"] * 4 + ["Name"] * 3 + ["duplicate"] * 2]
    rows += [(s, "test") for s in ["test", "testing 123", "Test ticket please ignore", "tst"]]
    rows += [(f"Low disk space on archv{n:02d} - {90 + n}% used", "alert") for n in range(1, 8)]
    rows += [(f"LEDGER_NIGHTLY FAILED RC={n} AT 02:1{n}:07", "alert") for n in range(1, 6)]
    rows += [(s, "oneoff") for s in ["kettle in kitchen tripped", "need a longer HDMI cable", "whiteboard eraser gone",
                                     "door sign misspelt", "chair wheel broken", "fridge light out",
                                     "plant needs watering", "blinds stuck half way"]]
    rng.shuffle(rows)
    return rows


@pytest.fixture(scope="module")
def messy(tmp_path_factory):
    """Run suggest once on the messy export; return outputs and the family of every ticket."""
    root = tmp_path_factory.mktemp("messy")
    rng = random.Random(4)
    start = dt.datetime(2024, 3, 1, 8)
    rows, family = [], {}
    for n, (subject, kind) in enumerate(_subjects(rng)):
        number = f"INC{5000 + n}"
        opened = start + dt.timedelta(hours=3 * n)
        rows.append({"number": number, "opened_at": opened.strftime("%Y-%m-%d %H:%M:%S"), "short_description": subject,
                     "caller_id": rng.choice(NAMES)})
        family[number] = kind
    rows[3]["opened_at"], rows[7]["opened_at"] = "2026-07-01 09:00:00", "2027-01-15 10:00:00"
    export = root / "export.csv"
    with open(export, "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    project = root / "kb"
    files = {
        "content/articles/reset.md": article("KB0001", "Reset your password", "Reset a forgotten password on the "
                                             "password reset page.", summary="Reset a password you forgot.",
                                             tags="[password, reset]"),
        "content/articles/printer.md": article("KB0002", "Clear a printer paper jam", "Open the tray and remove the "
                                               "jammed paper.", summary="Printer jammed? Clear the paper jam."),
        "content/articles/access.md": article("KB0003", "Request access to a system", "Submit the access request "
                                              "form; your manager approves it.", summary="How to request access."),
    }
    for rel, text in files.items():
        (project / rel).parent.mkdir(parents=True, exist_ok=True)
        (project / rel).write_text(text, encoding="utf-8")
    (project / "site_config.yml").write_text("site_name: Messy Help\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["suggest", str(export), "--project", str(project), "--json",
                                       str(root / "r.json"), "--clusters", str(root / "c.json")],
                                catch_exceptions=False)
    assert result.exit_code == 0, result.output
    data = json.loads((root / "r.json").read_text(encoding="utf-8"))
    drafts = [p.read_text(encoding="utf-8") for p in sorted((project / "content/articles/_suggested").glob("*.md"))]
    return {"stdout": result.stdout, "data": data, "family": family, "drafts": drafts,
            "clusters": json.loads((root / "c.json").read_text(encoding="utf-8"))}


def _family_of(cluster: dict, family: dict[str, str]) -> str:
    kinds = [family[t] for t in cluster["tickets"]]
    return max(set(kinds), key=kinds.count)


def test_non_problems_are_set_aside_and_counted(messy):
    assert "Set aside (not a person's problem): 17 placeholders, 12 machine alerts and status mail, 4 tests." \
        in messy["stdout"]
    aside = {t for ids in messy["clusters"]["set_aside"].values() for t in ids}
    assert {messy["family"][t] for t in aside} == {"placeholder", "alert", "test"}
    assert aside <= set(messy["clusters"]["clusters"]["unclustered"])


def test_the_gap_comes_first_and_nothing_about_passwords_is_new(messy):
    gaps = [c for c in messy["data"]["clusters"] if c["verdict"] == "gap"]
    assert _family_of(gaps[0], messy["family"]) == "gap"
    for cluster in messy["data"]["clusters"]:
        if _family_of(cluster, messy["family"]) in ("password", "app-password", "printer"):
            assert cluster["verdict"] != "gap", cluster["title"]


def test_form_subjects_group_by_template_and_small_topics_stand_alone(messy):
    by_family = {}
    for cluster in messy["data"]["clusters"]:
        by_family.setdefault(_family_of(cluster, messy["family"]), []).append(cluster)
    assert [c["size"] for c in by_family["form"]] == [len(NAMES)]
    assert [c["size"] for c in by_family["small"]] == [6]
    assert all(_family_of(c, messy["family"]) != "oneoff" for c in messy["data"]["clusters"])


def test_titles_are_shared_words_never_one_tickets_subject(messy):
    for cluster in messy["data"]["clusters"]:
        title = cluster["title"]
        assert not re.search(r"\d|\[", title), title
        assert 1 <= len(title.split()) <= 3
    assert "Access Request" in {c["title"] for c in messy["data"]["clusters"]}


def test_nothing_written_names_a_person_or_double_escapes(messy):
    written = "\n".join([messy["stdout"], json.dumps(messy["data"]), *messy["drafts"]])
    plain = html.unescape(written.replace("\\", ""))
    for name in NAMES:
        for part in name.split():
            assert part not in plain, part
    assert "&amp;" not in messy["stdout"]


def test_the_trend_window_ignores_the_outlier_dates(messy):
    assert "2 tickets dated far later (2026-07-01, 2027-01-15) ignored as outliers" in messy["stdout"]
    window = messy["data"]["window"]
    assert window["end"].startswith("2024-") and len(window["outliers"]) == 2
    assert any(c["recent"] > 0 for c in messy["data"]["clusters"])


def test_drafts_quote_only_everyday_words(messy):
    assert messy["drafts"]
    for text in messy["drafts"]:
        issue = text.split("## Issue", 1)[1].split("## Environment", 1)[0]
        assert "[name]" not in issue and not re.search(r"\d{4,}", issue)


def test_since_still_filters(tmp_path):
    export = tmp_path / "e.csv"
    rows = ["number,opened_at,short_description"] + [f"INC{i},2024-03-{1 + i % 20:02d} 09:00:00,label maker tape stuck"
                                                      for i in range(30)]
    export.write_text("\n".join(rows) + "\n", encoding="utf-8")
    project = tmp_path / "kb"
    project.mkdir()
    (project / "site_config.yml").write_text("site_name: X\n", encoding="utf-8")
    out = tmp_path / "r.json"
    result = CliRunner().invoke(main, ["suggest", str(export), "--project", str(project), "--since", "2024-03-15",
                                       "--json", str(out)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert json.loads(out.read_text(encoding="utf-8"))["tickets"] == sum(1 + i % 20 >= 15 for i in range(30))


def test_keep_alerts_keeps_everything(tmp_path):
    export = tmp_path / "e.csv"
    rows = ["number,opened_at,short_description"] + [f"INC{i},2024-03-01 0{i % 9}:00:00,Resolved" for i in range(8)]
    rows += [f"INC9{i},2024-03-02 09:00:00,label maker tape stuck" for i in range(8)]
    export.write_text("\n".join(rows) + "\n", encoding="utf-8")
    project = tmp_path / "kb"
    project.mkdir()
    (project / "site_config.yml").write_text("site_name: X\n", encoding="utf-8")
    kept = CliRunner().invoke(main, ["suggest", str(export), "--project", str(project), "--keep-alerts",
                                     "--clusters", str(tmp_path / "c.json")], catch_exceptions=False)
    assert kept.exit_code == 0 and "Set aside" not in kept.stdout
    clusters = json.loads(Path(tmp_path / "c.json").read_text(encoding="utf-8"))["clusters"]
    assert sorted(len(v) for k, v in clusters.items() if k != "unclustered") == [8, 8]
