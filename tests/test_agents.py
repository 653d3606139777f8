"""For agents: replies from reply_template (plain and Markdown), kbgen link --section/--json,
kbgen search --reply, the feedback question's links, the OpenSearch description and
kbgen report stale."""
from __future__ import annotations

import json
import xml.etree.ElementTree as ET

import pytest
from click.testing import CliRunner

from kbgen.build import build_site, load_project
from kbgen.cli import main
from kbgen.snippets import join_parts, reply_parts
from conftest import MINIMAL_CONFIG, article

NOW = "2026-03-01T09:00:00+00:00"
VPN = article("KB0007", "Fix the [VPN]", "## Before you start\n\nText.\n\n## Steps {#steps}\n\n1. Go.",
              summary="Three *quick* checks.", services="[vpn]", reviewed="2026-01-05")
URL_CONFIG = MINIMAL_CONFIG + "site_url: https://help.example.com/\n"


def run(project, *args: str):
    return CliRunner().invoke(main, [*args, "--project", str(project)])


def test_reply_template_plain_and_markdown(make_project):
    config = URL_CONFIG + 'reply_template: "Hi,\\n\\nthis guide walks you through it: {title}\\n{summary}\\n{url}"\n'
    project = make_project({"content/articles/a.md": VPN,
                            "content/articles/b.md": article("KB0008", "No summary")}, config=config)
    link = run(project, "link", "kb0007")
    assert link.output == ("Hi,\n\nthis guide walks you through it: Fix the [VPN]\nThree *quick* checks.\n"
                           "https://help.example.com/kb/KB0007/\n")
    markdown = run(project, "link", "KB0007", "--format", "snippet-markdown")
    assert markdown.output == ("Hi,\n\nthis guide walks you through it: [Fix the \\[VPN\\]](https://help.example.com/kb/KB0007/)"
                               "\nThree \\*quick\\* checks.\nhttps://help.example.com/kb/KB0007/\n")
    # A line made only of an empty placeholder is left out; a blank line the writer wrote stays.
    assert run(project, "link", "KB0008").output == ("Hi,\n\nthis guide walks you through it: No summary\n"
                                                     "https://help.example.com/kb/KB0008/\n")
    corpus, _ = load_project(project)
    parts = reply_parts(corpus.config, corpus.article("KB0007"))
    assert parts.count(None) == 1 and join_parts(parts, "U").endswith("\nU")


def test_link_to_a_section_and_json(make_project):
    project = make_project({"content/articles/a.md": VPN}, config=URL_CONFIG)
    assert run(project, "link", "KB0007", "--section", "steps", "--format", "url").output == \
        "https://help.example.com/kb/KB0007/#steps\n"
    assert run(project, "link", "KB0007", "-s", "Before you start", "--format", "url").output == \
        "https://help.example.com/kb/KB0007/#before-you-start\n"
    info = json.loads(run(project, "link", "KB0007", "--section", "steps", "--json").output)
    assert info == {
        "id": "KB0007", "title": "Fix the [VPN]", "url": "https://help.example.com/articles/kb0007-a/",
        "short_url": "https://help.example.com/kb/KB0007/", "link": "https://help.example.com/kb/KB0007/#steps",
        "section": {"anchor": "steps", "title": "Steps"},
        "reply": "This article should help: Fix the [VPN] (KB0007)\nThree *quick* checks.\n"
                 "https://help.example.com/kb/KB0007/#steps",
        "reply_markdown": "This article should help: [Fix the \\[VPN\\]](https://help.example.com/kb/KB0007/#steps) "
                          "(KB0007)\nThree \\*quick\\* checks.\nhttps://help.example.com/kb/KB0007/#steps"}
    missing = run(project, "link", "KB0007", "--section", "step")
    assert missing.exit_code == 2  # a bad option value: usage
    assert "KB0007 has no section 'step' (did you mean \"steps\"?); sections: before-you-start, steps" in missing.output


def test_without_site_url_links_are_site_relative(make_project):
    project = make_project({"content/articles/a.md": VPN})
    assert run(project, "link", "KB0007", "--format", "markdown").output == "[Fix the \\[VPN\\] (KB0007)](/kb/KB0007/)\n"
    assert run(project, "link", "KB0007", "--format", "html").output == \
        '<a href="/kb/KB0007/">Fix the [VPN] (KB0007)</a>\n'


@pytest.mark.parametrize("template, message", [
    ("Read {titel}", "unknown placeholder {titel} (did you mean \"title\"?)"),
    ("Read {title.__class__}", "unknown placeholder {title.__class__}"),
    ("Read {url!r}", "write {url} without '!' or ':' after the name"),
    ("Read {title", "expected '}' before end of string; write {{ and }} for a literal brace"),
])
def test_reply_template_placeholders_are_checked(make_project, template, message):
    project = make_project({"content/articles/a.md": VPN}, config=MINIMAL_CONFIG + f"reply_template: {json.dumps(template)}\n")
    result = run(project, "link", "KB0007")
    assert result.exit_code == 1 and f"site_config.yml:18: error: reply_template: {message}" in result.output


def test_search_reply_gives_the_reply_with_the_best_result(make_project):
    project = make_project({"content/articles/a.md": VPN,
                            "content/articles/b.md": article("KB0008", "Printer offline", "Turn it off and on.")},
                           config=URL_CONFIG)
    result = CliRunner().invoke(main, ["search", "vpn checks", "--reply", "-p", str(project)])
    assert result.output == "This article should help: Fix the [VPN] (KB0007)\nThree *quick* checks.\nhttps://help.example.com/kb/KB0007/\n"
    info = json.loads(CliRunner().invoke(main, ["search", "vpn checks", "--reply", "--json", "-p", str(project)]).output)
    assert info["id"] == "KB0007" and info["query"] == "vpn checks" and info["weak"] is False and info["score"] > 0
    assert info["reply"] == result.output.rstrip("\n")
    nothing = CliRunner().invoke(main, ["search", "zzzqqq", "--reply", "-p", str(project)])
    assert nothing.exit_code == 1 and "no article matches 'zzzqqq'" in nothing.output


FORM = URL_CONFIG + "feedback:\n  url: https://forms.example.com/kb?a={id}&t={title}&r={reviewed}&u={url}\n"


def test_feedback_no_opens_the_form_or_mail_prefilled_and_is_hidden_without_config(make_project, tmp_path):
    project = make_project({"content/articles/a.md": VPN}, config=FORM)
    build_site(project, tmp_path / "form", NOW)
    page = (tmp_path / "form/articles/kb0007-a/index.html").read_text(encoding="utf-8")
    assert ('href="https://forms.example.com/kb?a=KB0007&amp;t=Fix%20the%20%5BVPN%5D&amp;r=2026-01-05&amp;'
            'u=https%3A%2F%2Fhelp.example.com%2Farticles%2Fkb0007-a%2F" target="_blank"') in page
    assert page.index("Was this helpful?") > page.index("Go.")
    mail = make_project({"content/articles/a.md": VPN}, name="mail",
                        config=MINIMAL_CONFIG + "feedback:\n  email: kb-owners@example.com\n")
    build_site(mail, tmp_path / "mail-site", NOW)
    page = (tmp_path / "mail-site/articles/kb0007-a/index.html").read_text(encoding="utf-8")
    assert ('href="mailto:kb-owners@example.com?subject=Feedback%20on%20KB0007%3A%20Fix%20the%20%5BVPN%5D&amp;'
            'body=Article%3A%20KB0007%2C%20Fix%20the%20%5BVPN%5D%0ALast%20reviewed%3A%202026-01-05%0APage%3A%20'
            '%2Farticles%2Fkb0007-a%2F%0A%0AWhat%20was%20missing%20or%20wrong%3F%0A"') in page
    plain = make_project({"content/articles/a.md": VPN}, name="plain")
    build_site(plain, tmp_path / "plain-site", NOW)
    assert "kbgen-feedback" not in (tmp_path / "plain-site/articles/kb0007-a/index.html").read_text(encoding="utf-8")


@pytest.mark.parametrize("section, message", [
    ("  url: javascript:alert(1)", "'javascript:alert(1)' is not an http(s) URL of a form"),
    ("  url: https://x.example/{name}", "unknown placeholder {name}"),
    ("  email: nobody", "'nobody' is not one mail address"),
    ("  url: https://x.example/\n  email: a@b.example", "give either url (a form) or email (an address), one of them"),
])
def test_feedback_settings_are_checked(make_project, section, message):
    project = make_project({"content/articles/a.md": VPN}, config=MINIMAL_CONFIG + f"feedback:\n{section}\n")
    result = run(project, "build")
    assert result.exit_code == 1 and message in result.output


def test_opensearch_description_only_with_a_site_url(make_project, tmp_path):
    project = make_project({"content/articles/a.md": VPN}, config=URL_CONFIG)
    build_site(project, tmp_path / "site", NOW)
    root = ET.parse(tmp_path / "site/opensearch.xml").getroot()
    ns = {"o": "http://a9.com/-/spec/opensearch/1.1/"}
    assert root.find("o:ShortName", ns).text == "Test Help"
    assert root.find("o:Url[@type='text/html']", ns).get("template") == "https://help.example.com/search/?q={searchTerms}"
    home = (tmp_path / "site/index.html").read_text(encoding="utf-8")
    assert '<link rel="search" type="application/opensearchdescription+xml" title="Test Help" href="./opensearch.xml">' in home
    bare = make_project({"content/articles/a.md": VPN}, name="bare")
    build_site(bare, tmp_path / "bare-site", NOW)
    assert not (tmp_path / "bare-site/opensearch.xml").exists()
    assert "opensearchdescription" not in (tmp_path / "bare-site/index.html").read_text(encoding="utf-8")


def test_report_stale_groups_by_owner_oldest_first(make_project):
    project = make_project({
        "content/articles/a.md": article("KB0001", "Old VPN", owner="Network", reviewed="2025-01-01"),
        "content/articles/b.md": article("KB0002", "Older VPN", owner="Network", reviewed="2024-06-01"),
        "content/articles/c.md": article("KB0003", "Nobody's", reviewed="2026-02-01"),
        "content/articles/d.md": article("KB0004", "Fresh", owner="Desk", reviewed="2026-02-01"),
        "content/articles/e.md": article("KB0005", "Never", owner="Desk"),
    })
    result = run(project, "report", "stale", "--now", NOW)
    assert result.output.splitlines() == [
        "Review report as of 1 March 2026: 3 to review, 1 without an owner (5 published articles)",
        "",
        "Desk: 1",
        "  KB0005  Never  [never reviewed]  content/articles/e.md",
        "",
        "Network: 2",
        "  KB0002  Older VPN  [due 1 June 2025, 273 days overdue]  content/articles/b.md",
        "  KB0001  Old VPN  [due 1 January 2026, 59 days overdue]  content/articles/a.md",
        "",
        "(no owner): 1",
        "  KB0003  Nobody's  [not due until 1 February 2027]  content/articles/c.md",
    ]
    data = json.loads(run(project, "report", "stale", "--now", NOW, "--json").output)
    assert [group["owner"] for group in data["owners"]] == ["Desk", "Network", None]
    assert data["owners"][1]["articles"][0] == {
        "id": "KB0002", "title": "Older VPN", "path": "content/articles/b.md", "url": "/articles/kb0002-b/",
        "owner": "Network", "reviewed": "2024-06-01", "due": "2025-06-01", "days_overdue": 273, "stale": True}
