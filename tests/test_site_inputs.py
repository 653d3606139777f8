"""Each planned page is a pure function of the inputs it declares.

For a series of edits (retitle, re-service, add, delete, draft an article; edit, add an
announcement; change config; move the clock), a page whose input digest is unchanged must
have byte-identical Markdown, and so must a file. This is the property a build cache relies
on; the last test shows the check catches a page that reads something it did not declare.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import json

import pytest

from conftest import MINIMAL_CONFIG, article
from kbgen.build import load_project
from kbgen.components import COMPONENTS
from kbgen.model import PreviousFile
from kbgen.site.inputs import digest
from kbgen.site.model import Inputs
from kbgen.site.plan import plan_site
from kbgen.site.render import page_source

NOW = dt.datetime(2026, 11, 23, 9, 0, tzinfo=dt.timezone.utc)
CONFIG = MINIMAL_CONFIG + """\
  - id: print
    name: Printing
    group: Office
"""
FILES = {
    "content/articles/vpn/connect.md": article(
        "KB0001", "Connect to the VPN", "See [the printer](../office/printer.md).\n",
        summary="From anywhere.", services="[vpn]", tags="[remote, network]", related="[KB0004]"),
    "content/articles/vpn/slow.md": article("KB0002", "VPN is slow", services="[vpn]", tags="[network]"),
    "content/articles/office/printer.md": article("KB0003", "Add a printer", services="[print]", tags="[Network]"),
    "content/articles/desk/priorities.md": article("KB0004", "How we prioritise", type="explainer",
                                                   services="[email]", summary="Impact and urgency."),
    "content/articles/desk/hours.md": article("KB0005", "Our hours", type="explainer"),
    "content/announcements/inc.md": "---\nid: INC-1\ntitle: VPN drops\ntype: incident\nservices: [vpn]\n"
                                    "impact: major\nstate: identified\nstart: 2026-11-23 08:00\n---\nWe are on it.\n",
    "content/announcements/mnt.md": "---\nid: MNT-1\ntitle: Email upgrade\ntype: maintenance\n"
                                    "services: [email]\nstate: scheduled\nstart: 2026-11-24 10:00\n"
                                    "end: 2026-11-24 12:00\n---\nSlow mail.\n",
    "content/announcements/ntc.md": "---\nid: NTC-1\ntitle: Faster Wi-Fi\ntype: notice\nstart: 2026-11-10 09:00\n"
                                    "---\nTwice as fast.\n",
}


def edit(path: str, old: str, new: str):
    return lambda files: {**files, path: files[path].replace(old, new)}


EDITS = {
    "retitle an article": edit("content/articles/vpn/slow.md", "VPN is slow", "The VPN is slow"),
    "retitle an explainer": edit("content/articles/desk/hours.md", "Our hours", "Opening hours"),
    "move an article to another service": edit("content/articles/vpn/slow.md", "[vpn]", "[print]"),
    "retag an article": edit("content/articles/office/printer.md", "[Network]", "[printers]"),
    "rename an article's file": lambda f: {**{k: v for k, v in f.items() if not k.endswith("slow.md")},
                                           "content/articles/vpn/slower.md": f["content/articles/vpn/slow.md"]},
    "add an article": lambda f: {**f, "content/articles/vpn/new.md": article("KB0006", "A new VPN app",
                                                                            services="[vpn]")},
    "delete an article": lambda f: {k: v for k, v in f.items() if not k.endswith("slow.md")},
    "draft an article": edit("content/articles/vpn/slow.md", "services:", "draft: true\nservices:"),
    "retitle an announcement": edit("content/announcements/inc.md", "VPN drops", "VPN drops often"),
    "add an announcement": lambda f: {**f, "content/announcements/inc2.md": f["content/announcements/inc.md"]
                                      .replace("INC-1", "INC-2").replace("[vpn]", "[print]")},
    "resolve an incident": edit("content/announcements/inc.md", "state: identified", "state: resolved\n"
                                "end: 2026-11-23 08:30"),
    "retire an article": edit("content/articles/vpn/slow.md", "services:", "retired: true\nreplaced_by: KB0001\nservices:"),
    "edit the body of an article another lists as related": edit("content/articles/vpn/slow.md", "Some text.",
                                                                 "Some other text."),
    "change the summary of an article another lists as related": edit(
        "content/articles/vpn/slow.md", "title: VPN is slow", "title: VPN is slow\nsummary: Speed it up."),
    "respell a tag its first article names the tag page by": edit("content/articles/office/printer.md",
                                                                    "[Network]", "[NETWORK]"),
    "retype an article a service lists": edit("content/articles/vpn/slow.md", "title: VPN is slow",
                                              "title: VPN is slow\ntype: faq"),
    "add a section heading": edit("content/articles/vpn/connect.md", "See [the printer]", "## Steps\n\nSee [the printer]"),
}




def planned(make_project, files: dict[str, str], name: str, now: dt.datetime = NOW, config: str = CONFIG):
    corpus, diagnostics = load_project(make_project(files, config=config, name=name))
    assert corpus is not None, [d.format() for d in diagnostics]
    return plan_site(corpus, now, COMPONENTS)


def outputs(plan) -> dict[str, tuple[str, object]]:
    """Each page's and file's input digest with what it is."""
    found = {path: (digest(plan, page.all_inputs()), page_source(plan, page)) for path, page in plan.pages.items()}
    found.update({path: (digest(plan, file.inputs), file.content) for path, file in plan.files.items()})
    for late in plan.late:  # files made while pages render (the search index)
        found.update({path: (digest(plan, late.inputs), content) for path, content in late.make().items()})
    found["<frame>"] = (digest(plan, plan.frame_inputs), repr(sorted(plan.extra.items())))
    return found


def undeclared(before: dict, after: dict) -> list[str]:
    """Paths whose digest stayed the same while their output changed (an undeclared input)."""
    return [path for path in sorted(before.keys() & after.keys())
            if before[path][0] == after[path][0] and before[path][1] != after[path][1]]


@pytest.mark.parametrize("name", sorted(EDITS))
def test_a_page_with_the_same_inputs_is_the_same(make_project, name):
    before = outputs(planned(make_project, FILES, "before"))
    after = outputs(planned(make_project, EDITS[name](FILES), "after"))
    assert undeclared(before, after) == []
    same = [p for p in before.keys() & after.keys() if before[p][0] == after[p][0]]
    changed = [p for p in before.keys() & after.keys() if before[p][0] != after[p][0]]
    assert same and (changed or before.keys() != after.keys()), "the edit should leave some pages alone and touch some"


def test_config_and_clock_changes_are_declared(make_project):
    base = outputs(planned(make_project, FILES, "base"))
    renamed = CONFIG.replace("name: Printing", "name: Printers & copiers")
    replied = CONFIG + 'reply_template: "See {title}: {url}"\n'
    feedback = CONFIG + "site_url: https://help.example.com/\nfeedback:\n  email: kb@example.com\n"
    for name, plan in [("config", planned(make_project, FILES, "renamed", config=renamed)),
                       ("reply_template", planned(make_project, FILES, "replied", config=replied)),
                       ("feedback", planned(make_project, FILES, "feedback", config=feedback)),
                       ("clock", planned(make_project, FILES, "later", now=NOW + dt.timedelta(hours=30)))]:
        after = outputs(plan)
        assert undeclared(base, after) == [], name
        assert any(base[p][0] == after[p][0] for p in base.keys() & after.keys()), name
    clock = outputs(planned(make_project, FILES, "later2", now=NOW + dt.timedelta(hours=30)))
    # Articles no announcement touches do not depend on the clock.
    assert base["articles/kb0003-printer.md"] == clock["articles/kb0003-printer.md"]


def test_the_check_catches_an_undeclared_input(make_project):
    plan = planned(make_project, FILES, "before")
    home = plan.pages["index.md"]
    plan.pages["index.md"] = dataclasses.replace(home, inputs=Inputs())  # claims to read nothing
    before = outputs(plan)
    after_plan = planned(make_project, EDITS["retitle an explainer"](FILES), "after")
    after_plan.pages["index.md"] = dataclasses.replace(after_plan.pages["index.md"], inputs=Inputs())
    assert undeclared(before, outputs(after_plan)) == ["index.md"]


def test_what_the_previous_site_published_is_declared(make_project):
    """Redirects and the catalogue depend on the previous site's catalogue: a page made from it
    changes only when the old paths it declares change."""
    project = make_project(FILES, config=CONFIG, name="previous")
    corpus, _ = load_project(project)

    def with_catalogue(paths: list[str]):
        entry = {"id": "KB0002", "path": "articles/kb0002-slow/", "redirects": paths, "short_path": "kb/KB0002/",
                 "title": "VPN is slow"}
        data = {"format": 1, "generator": "kbgen", "articles": [entry], "retired": []}
        previous = {"api/articles.json": PreviousFile("site/api/articles.json", json.dumps(data).encode())}
        return outputs(plan_site(dataclasses.replace(corpus, previous=previous), NOW, COMPONENTS))

    before, after = with_catalogue(["old/slow/"]), with_catalogue(["old/slow/", "older/slow/"])
    assert undeclared(before, after) == []
    assert "old/slow/index.html" in before and "older/slow/index.html" in after
    assert before["api/articles.json"][0] != after["api/articles.json"][0]
    assert before["articles/kb0001-connect.md"] == after["articles/kb0001-connect.md"]


def test_joining_inputs_equals_making_them_from_both_parts():
    """``a | b`` keeps a part only one side names as it is (no sorting again): it must equal
    ``Inputs.of`` over both sides' parts, the later side's list winning a shared name."""
    import itertools
    import random

    chooser = random.Random(12)
    names = ["KB0003", "KB0001", "KB0002", "svc", "a", "b"]

    def some() -> Inputs:
        pick = lambda: chooser.sample(names, chooser.randint(0, 3))  # noqa: E731
        lists = {chooser.choice(["x", "y", "z"]): tuple(pick()) for _ in range(chooser.randint(0, 2))}
        return Inputs.of(pick(), pick(), pick(), lists, pick(), chooser.random() < 0.3, pick())

    samples = [some() for _ in range(40)] + [Inputs()]
    for first, second in itertools.product(samples, repeat=2):
        lists = {**dict(first.lists), **dict(second.lists)}
        expected = Inputs.of(first.articles + second.articles, first.announcements + second.announcements,
                             first.config + second.config, lists, first.templates + second.templates,
                             first.moment or second.moment, first.listed + second.listed)
        assert first | second == expected


def test_a_body_edit_leaves_the_lists_showing_the_article_alone(make_project):
    """Service and tag pages show an article as a list item: a body edit changes none of their
    inputs (they are not planned again), a title edit changes every one of them. (The first
    article of a tag, whose spelling names the tag page, is read whole: not edited here.)"""
    def digests(files, name):
        plan = planned(make_project, files, name)
        return {path: digest(plan, page.all_inputs()) for path, page in plan.pages.items()}
    before = digests(FILES, "before")
    lists = ["services/vpn.md", "tags/network.md"]
    assert set(lists) <= before.keys(), sorted(before)
    body = digests(edit("content/articles/vpn/slow.md", "Some text.", "Some other text.")(FILES), "body")
    title = digests(edit("content/articles/vpn/slow.md", "VPN is slow", "The VPN is slow")(FILES), "title")
    assert [path for path in lists if body[path] != before[path]] == []
    assert [path for path in lists if title[path] == before[path]] == []
