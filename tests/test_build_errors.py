"""Bad input: every problem reported at once as path:line: error: key: message, old site kept."""
from __future__ import annotations

from click.testing import CliRunner

from kbgen.cli import main
from conftest import article

NOW = "2026-03-01T09:00:00+00:00"


def run_build(project, *extra):
    return CliRunner().invoke(main, ["build", "--project", str(project), "--now", NOW, "--quiet", *extra])


def test_every_problem_is_reported_at_once_with_file_line_and_key(make_project):
    project = make_project({
        "content/articles/a.md": article("KB0001", "A", services="[vpn, vnp]"),
        "content/articles/b.md": article("KB0002", "B"),
        "content/articles/b2.md": article("KB0002", "B duplicate"),
        "content/articles/c.md": "---\nid: KB0003\ntitle: C\ntype: howto\ntagz: [x]\n---\nBody\n",
        "content/articles/d.md": "---\ntitle: No id\n---\nBody\n",
        "content/articles/e.md": "---\nid: KB0005\ntitle: [unclosed\n---\n",
        "content/articles/f.md": article("KB0006", "F", "See [missing](nowhere.md).\n\nAnd [ok](a.md)."),
        "content/articles/g.md": b"---\nid: KB0007\ntitle: caf\xe9\n---\n",
        "content/articles/h.md": "",
        "content/articles/i.md": article("KB0009", "I", draft="maybe"),
    })
    result = run_build(project)
    assert result.exit_code == 1
    assert result.output.splitlines() == [
        "content/articles/a.md:4: error: services.1: unknown service 'vnp' (did you mean \"vpn\"?); known: vpn, email",
        "content/articles/b2.md:2: error: id: duplicate id 'KB0002': also used by content/articles/b.md",
        "content/articles/c.md:4: error: type: 'howto' is not one of how-to, troubleshooting, faq, explainer (did you mean \"how-to\"?)",
        "content/articles/c.md:5: error: tagz: unknown key (did you mean \"tags\"?); article keys are: id, title, summary, type, tags, services, keywords, owner, created, reviewed, review_every_days, draft, retired, replaced_by, related, aliases, source_tickets",
        "content/articles/d.md:2: error: id: is required",
        "content/articles/e.md:3: error: a '[' opened on this line is not closed; close it, or put the value in quotes",
        "content/articles/f.md:5: error: link: link to a missing article 'nowhere.md'",
        "content/articles/g.md:3: error: file is not valid UTF-8 text (byte 0xe9); save it as UTF-8",
        "content/articles/h.md:1: error: file is empty",
        "content/articles/i.md:4: error: draft: expected true or false, got text",
        "10 error(s), 0 warning(s); nothing was written",
    ]


def test_config_errors_name_the_key_and_suggest(make_project):
    project = make_project(config="site_nam: X\ntimezone: Mars/Base\nservices:\n  - id: Bad Id\n    name: x\n")
    result = run_build(project)
    assert result.exit_code == 1
    assert result.output.splitlines()[:3] == [
        "site_config.yml:1: error: site_nam: unknown key (did you mean \"site_name\"?); site_config.yml keys are: "
        "site_name, site_url, organisation, description, timezone, language, id_prefix, contact, services, featured, "
        "review, reply_template, markdown, feedback, search, status, tickets, severity",
        "site_config.yml:1: error: site_name: is required",
        "site_config.yml:2: error: timezone: 'Mars/Base' is not an IANA time zone such as Europe/London",
    ]
    assert "services.0.id: 'Bad Id' must be up to 64 lower-case letters" in result.output
    assert "Traceback" not in result.output


def test_missing_config_is_a_clear_error(make_project):
    result = run_build(make_project(config=None))
    assert result.exit_code == 1
    assert "site_config.yml: error: not found in" in result.output


def test_failed_build_leaves_the_previous_site_exactly_as_it_was(make_project):
    project = make_project({"content/articles/a.md": article("KB0001", "A")})
    assert run_build(project).exit_code == 0
    before = {p.relative_to(project / "site"): p.read_bytes() for p in (project / "site").rglob("*") if p.is_file()}
    (project / "content/articles/b.md").write_text(article("KB0001", "Clash"))
    result = run_build(project)
    assert result.exit_code == 1
    after = {p.relative_to(project / "site"): p.read_bytes() for p in (project / "site").rglob("*") if p.is_file()}
    assert after == before
    assert not [p for p in project.iterdir() if p.name.startswith(".kbgen-build")]


def test_refuses_to_overwrite_a_folder_that_is_not_a_kbgen_site(make_project, tmp_path):
    project = make_project({"content/articles/a.md": article("KB0001", "A")})
    precious = tmp_path / "precious"
    precious.mkdir()
    (precious / "thesis.txt").write_text("do not delete")
    result = run_build(project, "--out", str(precious))
    assert result.exit_code == 1
    assert "is not a site kbgen built" in result.output
    assert (precious / "thesis.txt").read_text() == "do not delete"


def test_unsafe_links_and_links_to_drafts_are_errors(make_project):
    project = make_project({
        "content/articles/a.md": article("KB0001", "A", "[x](javascript:alert(1)) and [d](d.md)"),
        "content/articles/d.md": article("KB0002", "D", draft="true"),
        "content/articles/r.md": article("KB0003", "R", related="[KB0999]"),
    })
    lines = run_build(project).output.splitlines()
    assert lines[:3] == [
        "content/articles/a.md:5: error: link: link to KB0002, which is a draft and will not be published",
        "content/articles/a.md:5: error: link: unsafe link 'javascript:alert(1)': script URLs are not allowed",
        "content/articles/r.md:2: error: related: no article has the id 'KB0999'",
    ]


def test_aliases_cannot_escape_the_site_or_take_kbgens_own_paths(make_project, tmp_path):
    project = make_project({
        "content/articles/a.md": article("KB0001", "A", aliases="[../../outside/, /kb/KB0002/, /old/a/]"),
        "content/articles/b.md": article("KB0002", "B", aliases="[old/a]"),
        "content/articles/c.md": article("kb0002", "Same id in lower case"),
    })
    result = run_build(project)
    assert result.exit_code == 1
    assert result.output.splitlines() == [
        "content/articles/a.md:4: error: aliases.0: '../../outside/' is not a site path such as /old/vpn-help/ "
        "(once its %-escapes are decoded: letters of any script, digits, spaces and '.', '-', '_' between slashes; no '%', '?', '#' or invisible character, which no request path reaches; no '..', no segment starting with '.')",
        "content/articles/a.md:4: error: aliases.1: '/kb/KB0002/' is inside /kb/, which kbgen writes itself",
        "content/articles/c.md:2: error: id: duplicate id 'kb0002': also used by content/articles/b.md "
        "(as 'KB0002'; ids that differ only in case, '-' or '_' share a page)",
        "3 error(s), 0 warning(s); nothing was written",
    ]
    assert not (tmp_path / "outside").exists()
    project2 = make_project({
        "content/articles/a.md": article("KB0001", "A", aliases="[/old/a/]"),
        "content/articles/b.md": article("KB0002", "B", aliases="[old/a]"),
    }, name="two")
    assert run_build(project2).output.splitlines()[0] == (
        "content/articles/b.md:2: error: aliases: alias 'old/a/' is already used by KB0001 (content/articles/a.md)")
