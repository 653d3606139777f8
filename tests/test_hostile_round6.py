"""Round 6 of the robustness audit: ``kbgen serve`` prints paths as every command does, one
accent-folding rule, and the findings of attacking feeds, dates, names and interrupted builds
(the all-or-nothing patch publish is tested in test_hostile_round5.py beside its xfail's place)."""
from __future__ import annotations

import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from conftest import article
from test_hostile_input import run  # the CLI as a user runs it, no exception escaping
from test_serve import free_port

NOW = "2026-03-01T09:00:00+00:00"


# ------------------------------------------------------------------ item 2: serve's paths

class Lines:
    """A process's output, read on a thread (so a test can wait for one line)."""

    def __init__(self, process: subprocess.Popen) -> None:
        self.text = ""
        threading.Thread(target=self._read, args=(process,), daemon=True).start()

    def _read(self, process: subprocess.Popen) -> None:
        for line in process.stdout:
            self.text += line

    def wait_for(self, part: str, seconds: float = 120.0) -> str:
        deadline = time.monotonic() + seconds
        while part not in self.text:
            assert time.monotonic() < deadline, f"{part!r} never came: {self.text}"
            time.sleep(0.2)
        return self.text


@pytest.mark.slow
def test_serve_prints_paths_from_where_it_runs_first_build_and_rebuilds(make_project):
    """Run from the project's parent with ``--project project``: the first build's warnings and a
    rebuild's errors name ``project/content/...``, as ``kbgen build`` and ``check`` print them."""
    project = make_project({"content/articles/a.md": article("KB0001", "A", "See [x](a.md#nowhere).")})
    server = subprocess.Popen([sys.executable, "-m", "kbgen", "serve", "--project", "project", "--port",
                               str(free_port())], cwd=project.parent, stdout=subprocess.PIPE,
                              stderr=subprocess.STDOUT, text=True)
    try:
        output = Lines(server)
        output.wait_for("Serving on")
        assert ("project/content/articles/a.md:5: warning: link: link 'a.md#nowhere': this article has no "
                "section 'nowhere'\n") in output.text  # the first build's warnings were not printed at all
        (project / "content/articles/b.md").write_text("---\nid: KB0001\ntitle: Clash\n---\n")
        text = output.wait_for("Keeping the last good site")
        assert "\nproject/content/articles/b.md:2: error: id: duplicate id 'KB0001'" in "\n" + text, text
    finally:
        server.terminate()
        server.wait(timeout=15)
    assert "Traceback" not in output.text


# ------------------------------------------------------------------ item 3: one accent folding

def test_one_accent_folding_rule_for_every_stage():
    """Marks Unicode decomposes go everywhere; letters it does not decompose (a stroke, a
    ligature) are typed without the key, except in anchors, which are published and must not
    change."""
    from kbgen import anchors, fold
    from kbgen.suggest import concepts, pii_accounts, pii_gazetteer, pii_names, pii_secrets

    assert fold.without_marks("Ångström Søren") == "Angstrom Søren"
    assert fold.unaccented("Łódź Søren Æsa Œuvre straße ıi") == "Lodz Soren AEsa OEuvre strasse ii"
    assert fold.unaccented("Пароль 密码") == "Пароль 密码"  # other scripts are kept as written
    assert pii_names.unaccented is fold.unaccented and not hasattr(pii_accounts, "unaccented")  # one helper, no re-export
    assert pii_secrets.unaccented is fold.unaccented
    assert concepts.fold("HASŁO") == "haslo" and concepts.fold("Kœur") == "koeur"
    assert pii_gazetteer.fold.__wrapped__("Ørsted-Œlund") == "orsted-oelund"
    assert anchors.slug("Café på Søndag") == "cafe-pa-søndag"


# ------------------------------------------------------------------ attack round 6: findings

NOTICE = "---\nid: {id}\ntitle: N\ntype: notice\nstart: 2026-01-01T00:00:00Z\n---\nBody.\n"


def test_ids_that_share_a_page_name_are_duplicates_not_a_crash(make_project):
    """``KB-1`` and ``KB_1`` both give the page name ``kb-1``: two articles of one file name (or
    two announcements, whose pages are named by the id alone) overwrote each other's page, and
    the build stopped with 'kbgen failed unexpectedly' (exit 70) after check had passed."""
    project = make_project({"content/articles/x/a.md": article("KB-1", "A"),
                            "content/articles/y/a.md": article("KB_1", "B"),
                            "content/announcements/n1.md": NOTICE.format(id="NTC-1"),
                            "content/announcements/n2.md": NOTICE.format(id="ntc_1")})
    same = "ids that differ only in case, '-' or '_' share a page"
    built = run("build", "--project", str(project), "--now", NOW, "--quiet")
    assert built.exit_code == 1
    assert built.output.splitlines() == [
        "content/announcements/n2.md:2: error: id: duplicate id 'ntc_1': also used by "
        f"content/announcements/n1.md (as 'NTC-1'; {same})",
        f"content/articles/y/a.md:2: error: id: duplicate id 'KB_1': also used by content/articles/x/a.md (as 'KB-1'; {same})",
        "2 error(s), 0 warning(s); nothing was written"]
    checked = run("check", "--project", str(project))
    assert checked.exit_code == 1 and checked.output.count("error[invalid]: id: duplicate id") == 2


def test_a_surrogate_pair_escape_is_the_character_it_stands_for_a_lone_one_an_error(make_project):
    """JSON and JavaScript escape a character outside the first 65,536 as two ``\\u`` escapes
    (``"\\ud83d\\ude00"``); pasted into YAML's double quotes, PyYAML kept the two halves and the
    title was refused as 'the invisible character U+D83D'. A pair is now the character, in
    front matter and site_config.yml alike; a half alone is an error that says what it is."""
    from conftest import MINIMAL_CONFIG
    from kbgen.build import load_project

    pair = r"\ud83d\ude00"
    half = make_project({"content/articles/b.md": article("KB0002", r'"Half \ude00\ud83d"')}, name="half")
    assert [d.format() for d in load_project(half)[1]] == [
        "content/articles/b.md:3: error: title: holds U+DE00, half of a surrogate pair (an escape such as \\ude00 "
        "without its other half), which no page or feed can hold; write the character itself"]
    both = make_project({"content/articles/c.md": article("KB0003", rf'"Pair {pair} then \ude01"')}, name="both")
    assert [d.format() for d in load_project(both)[1]] == [  # the pair beside it is no half
        "content/articles/c.md:3: error: title: holds U+DE01, half of a surrogate pair (an escape such as \\ude01 "
        "without its other half), which no page or feed can hold; write the character itself"]
    project = make_project({"content/articles/a.md": article("KB0001", f'"Smile {pair}"', tags=f'["{pair}x"]')},
                           config=MINIMAL_CONFIG + f'description: "Help {pair}"\n')
    corpus, problems = load_project(project)
    assert problems == []
    assert corpus.config.description == "Help \U0001F600" and corpus.articles[0].tags == ("\U0001F600x",)
    assert run("build", "--project", str(project), "--now", NOW, "--quiet").exit_code == 0
    assert "Smile \U0001F600" in (project / "site/api/articles.json").read_text(encoding="utf-8")


def test_a_value_of_invisible_characters_only_is_empty(make_project):
    """A title of zero-width spaces, joiners and a byte-order mark passed as a title: a page,
    search result and feed entry with nothing to read or click. Spaces alone were refused."""
    from kbgen.build import load_project

    project = make_project({"content/articles/a.md": article("KB0001", '"\u200b\u200c\u2060\ufeff\u3000"'),
                            "content/articles/b.md": article("KB0002", '"Wi\u200bFi \u200fok"')})
    assert [d.format() for d in load_project(project)[1]] == [
        "content/articles/a.md:3: error: title: must not be empty: it holds only invisible characters (U+200B, "
        "U+200C, U+2060, U+FEFF)"]  # the ideographic space at the end is stripped like any space


# ------------------------------------------------------------------ interrupted while patching

#: A build whose first rename into the live site sends ``SIGNAL``: to the process (the kernel
#: gives it to any thread that does not block it), or to a thread other than the main one (as
#: when the search engine's thread takes it: deterministic). The child takes the test process's
#: code version (``{{version}}``, :func:`code_version_now`): it reads kbgen's files again, and a
#: file edited since the test process read them made it distrust the cache and build the site
#: anew (no patch, no signal sent).
INTERRUPTED_PATCH = """\
import os, signal, sys, threading
import kbgen.content_cache
kbgen.content_cache.code_version = lambda: "{version}"  # before the modules that import it load
for module in list(sys.modules.values()):
    if module and module.__name__.startswith("kbgen") and hasattr(module, "code_version"):
        module.code_version = kbgen.content_cache.code_version
from kbgen.cli import main, stop_cleanly_on_sigterm

# As in a shell where Ctrl+C works, whatever the test runner left this process (an ignored or
# blocked SIGINT is inherited): Python's handler, nothing blocked.
signal.signal(signal.SIGINT, signal.default_int_handler)
signal.pthread_sigmask(signal.SIG_UNBLOCK, {{signal.SIGINT, signal.SIGTERM}})
stop_cleanly_on_sigterm()
real_replace, sent = os.replace, []
other = threading.Thread(target=threading.Event().wait, daemon=True)
other.start()

def replace(source, target, *args, **kwargs):
    if str(target).startswith(sys.argv[1] + "/site/") and "/previous/" not in str(source) and not sent:
        sent.append(True)
        with open(sys.argv[1] + ".sent", "a") as note:  # which process sent it, from which thread
            note.write(f"{{os.getpid()}} {{threading.current_thread().name}}\\n")
        if "{to}" == "thread":
            signal.pthread_kill(other.ident, signal.{signal})
        else:
            os.kill(os.getpid(), signal.{signal})
    return real_replace(source, target, *args, **kwargs)

os.replace = replace
main(["build", "--project", sys.argv[1], "--now", "{now}", "--quiet"], prog_name="kbgen")
"""


def code_version_now() -> str:
    """The code version this test process's builds write in their caches."""
    from kbgen.site import cache

    return cache.code_version()


def _tree(site: Path) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in site.rglob("*") if p.is_file()}


def _interrupted_patch(make_project, signal_name: str, to: str = "process") -> tuple[Path, dict, dict]:
    """A patch interrupted by ``signal_name`` at its first rename: the project, the site before
    and the site a clean build makes."""
    from kbgen.build import build_site

    project = make_project({"content/articles/a.md": article("KB0001", "A"),
                            "content/articles/b.md": article("KB0002", "B")})
    build_site(project, project / "site", NOW, workers=1)
    before = _tree(project / "site")
    (project / "content/articles/a.md").write_text(article("KB0001", "A", "A body changed."))
    build_site(project, project.parent / "clean", NOW, use_cache=False, workers=1)
    script = INTERRUPTED_PATCH.format(signal=signal_name, now=NOW, to=to, version=code_version_now())
    result = subprocess.run([sys.executable, "-c", script, str(project)], capture_output=True, text=True, timeout=120)
    sent = Path(f"{project}.sent")
    assert sent.is_file(), ("the patch made no rename into the site: no signal was sent",
                            result.returncode, result.stdout[-2000:], result.stderr[-2000:])
    assert result.returncode != 0 and "Traceback" not in result.stderr, (result.stderr, sent.read_text())
    return project, before, _tree(project.parent / "clean")


@pytest.mark.parametrize("signal_name, to", [("SIGINT", "process"), ("SIGTERM", "process"), ("SIGTERM", "thread")])
def test_a_signal_in_the_middle_of_a_patch_leaves_a_whole_site(make_project, signal_name, to):
    """Ctrl+C or SIGTERM at the first rename of a patch: the site is the previous one or the new
    one, whole, never a mix, and the next build makes it right."""
    from kbgen.build import build_site

    project, before, clean = _interrupted_patch(make_project, signal_name, to)
    assert _tree(project / "site") in (before, clean)
    build_site(project, project / "site", NOW, workers=1)
    assert _tree(project / "site") == clean
    # a build folder a signal left (a kill -9, say) is removed by the next run
    assert not [p for p in project.iterdir() if p.name.startswith(".kbgen-build-")]


def test_signals_deferred_holds_a_signal_another_thread_takes():
    import signal

    from kbgen.site.workdirs import signals_deferred

    seen: list[str] = []
    previous = signal.signal(signal.SIGTERM, lambda *_: seen.append("handled"))
    other = threading.Thread(target=threading.Event().wait, args=(5,), daemon=True)
    other.start()
    try:
        with signals_deferred():
            signal.pthread_kill(other.ident, signal.SIGTERM)
            time.sleep(0.2)
            inside = list(seen)
        assert seen == ["handled"]  # after the block, it is handled
        assert inside == []  # not while the block ran
    finally:
        signal.signal(signal.SIGTERM, previous)


# ------------------------------------------------------------------ time zones that are no place

@pytest.mark.parametrize("zone, said", [
    ("localtime", "'localtime' is not an IANA time zone such as Europe/London"),
    ("posixrules", "'posixrules' is not an IANA time zone such as Europe/London"),
    ("right/Europe/London", "'right/Europe/London' is not an IANA time zone such as Europe/London"),
    ("europe/london", "'europe/london' is not an IANA time zone such as Europe/London (did you mean "
                      "\"Europe/London\"?)"),
])
def test_a_time_zone_that_is_the_machines_setting_is_refused(make_project, zone, said):
    """``localtime`` loaded /usr/share/zoneinfo/localtime, a link to the machine's own zone: the
    same project and ``--now`` built other dates on a laptop than in CI. ``right/`` zones count
    leap seconds (every time 27 seconds off)."""
    from conftest import MINIMAL_CONFIG
    from kbgen.build import load_project

    config = MINIMAL_CONFIG.replace("timezone: Europe/London", f"timezone: {zone}")
    lines = [d.format() for d in load_project(make_project(config=config))[1]]
    assert lines == [f"site_config.yml:2: error: timezone: {said}"]


@pytest.mark.parametrize("zone", ["Europe", "America/" + "x" * 300])
def test_a_time_zone_that_is_a_folder_or_too_long_a_name_is_an_error_not_a_crash(make_project, zone):
    """``Europe`` is a folder of zones and a name of 300 characters is longer than a file name may
    be: ZoneInfo raised IsADirectoryError or OSError, and check ended 'kbgen failed unexpectedly'."""
    from conftest import MINIMAL_CONFIG
    from kbgen.build import load_project

    config = MINIMAL_CONFIG.replace("timezone: Europe/London", f"timezone: {zone}")
    lines = [d.format() for d in load_project(make_project(config=config))[1]]
    assert len(lines) == 1 and lines[0].startswith("site_config.yml:2: error: timezone: ")
    assert lines[0].endswith(" is not an IANA time zone such as Europe/London")


# ------------------------------------------------------------------ odd dates: an incident to come

INCIDENT = ("---\nid: {id}\ntitle: VPN down\ntype: incident\nimpact: major\nstate: investigating\nservices: [vpn]\n"
            "start: {start}\n---\nBody.\n")


def test_an_incident_that_starts_after_the_build_is_said(make_project):
    """A mistyped year (2062 for 2026) or a local time read in another zone put an ongoing
    incident in the future: no page, banner or feed showed it, and neither check nor build said
    a word. Now rule ``future-incident`` says so (info: a site rebuilt for an earlier ``--now``
    rightly has incidents to come; ``severity:`` makes it a warning); one that has begun is quiet."""
    from conftest import MINIMAL_CONFIG

    files = {"content/articles/a.md": article("KB0001", "A"),
             "content/announcements/i.md": INCIDENT.format(id="INC-7", start="2062-03-01 08:00"),
             "content/announcements/j.md": INCIDENT.format(id="INC-8", start="2026-03-01 08:00")}
    said = ("start: 2062-03-01T08:00:00+00:00 is after the moment of this build (2026-03-01T09:00+00:00): the "
            "incident is shown nowhere until then; check the date and time zone (planned work is type: maintenance)")
    project = make_project(files)
    checked = run("check", "--project", str(project), "--now", NOW)
    assert f"content/announcements/i.md:8:1: info[future-incident]: {said}" in checked.output.splitlines()
    assert "j.md:8" not in checked.output
    strict = make_project(files, config=MINIMAL_CONFIG + "severity: {future-incident: warning}\n", name="strict")
    built = run("build", "--project", str(strict), "--now", NOW, "--quiet", "--strict")
    assert built.exit_code == 1 and f"content/announcements/i.md:8: warning: {said}" in built.output.splitlines()
    later = run("check", "--project", str(project), "--now", "2062-03-01T09:00:00+00:00").output
    assert "future-incident" not in later  # begun by then
    update = make_project({"content/announcements/u.md": INCIDENT.format(id="INC-9", start="2026-03-01 08:00").replace(
        "---\nBody", "updates:\n  - at: 2062-03-01 08:30\n    state: identified\n    text: Found it.\n---\nBody")},
        name="update")
    assert ("content/announcements/u.md:10:1: info[future-incident]: updates.at: 2062-03-01T08:30:00+00:00 is after "
            "the moment of this build (2026-03-01T09:00+00:00): the update is shown nowhere until then; check the "
            "date and time zone") in run("check", "--project", str(update), "--now", NOW).output.splitlines()


def test_a_review_date_after_today_is_a_stale_warning(make_project):
    """``reviewed: 2062-01-10`` (for 2026) put the next review off for decades without a word."""
    import json

    project = make_project({"content/articles/e.md": article("KB0005", "E", reviewed="2026-06-01"),
                            "content/articles/f.md": article("KB0006", "F", reviewed="2026-03-01")})
    checked = run("check", "--project", str(project), "--now", NOW, "--format", "json")
    stale = [(f["file"], f["message"]) for f in json.loads(checked.output) if f["rule"] == "stale"]
    assert stale == [("content/articles/e.md", "2026-06-01 is after today (2026-03-01): a review cannot have "
                      "happened yet, and the next would wait until 2027-06-01; write the day it was reviewed")]


def test_build_reports_every_error_check_reports(make_project):
    """A retired article replaced by a draft, and a broken link elsewhere: check says both, build
    said only the link (the next build then stopped at the other)."""
    project = make_project({"content/articles/b.md": article("KB0002", "B", draft="true"),
                            "content/articles/c.md": article("KB0003", "C", retired="true", replaced_by="KB0002"),
                            "content/articles/d.md": article("KB0004", "D", "[x](nowhere.md)")})
    built = run("build", "--project", str(project), "--now", NOW, "--quiet")
    checked = run("check", "--project", str(project), "--now", NOW)
    errors = [line.split(":")[0] for line in checked.output.splitlines() if ": error[" in line]
    assert errors == ["content/articles/c.md", "content/articles/d.md"]
    # file errors first, then the checks between files
    assert sorted(line.split(":")[0] for line in built.output.splitlines() if ": error:" in line) == errors
    assert built.exit_code == 1 and built.output.splitlines()[-1] == "2 error(s), 0 warning(s); nothing was written"


# ------------------------------------------------------------------ kbgen new: titles its file would refuse

@pytest.mark.parametrize("command", ["article", "announcement"])
@pytest.mark.parametrize("title, said", [
    ("\u202eevil", "the title holds the invisible character U+202E (RIGHT-TO-LEFT OVERRIDE), which changes how "
                   "the text around it shows; remove it"),
    ("\u200b\u2060", "the title must not be empty: it holds only invisible characters (U+200B, U+2060)"),
])
def test_kbgen_new_refuses_a_title_its_file_would_fail_on(make_project, monkeypatch, command, title, said):
    """``kbgen new article "<RLO>evil"`` wrote a file whose title check refused at once, and a
    zero-width title made ``item.md`` with an invisible title."""
    project = make_project({"content/articles/a.md": article("KB0001", "A")})
    monkeypatch.chdir(project)
    before = sorted(p.as_posix() for p in project.rglob("*"))
    result = run("new", command, title)
    assert result.exit_code == 1 and result.output.strip() == f"Error: {said}"
    assert sorted(p.as_posix() for p in project.rglob("*")) == before


# ------------------------------------------------------------------ site_url: what every URL is made from

@pytest.mark.parametrize("url, said", [
    ("https://help.example.com/kb?x=1&y=2", "has a query (?...) or a fragment (#...); the site's pages follow its path"),
    ("https://help.example.com/#top", "has a query (?...) or a fragment (#...); the site's pages follow its path"),
    ("https://agent:secret@help.example.com/", "holds a user name or password, which every page would publish"),
    ("https://help.example.com:99999/", "has a port outside 1-65535"),
    ("https://[::1/", "has no valid host (Invalid IPv6 URL)"),
])
def test_a_site_url_no_page_address_can_follow_is_an_error(make_project, url, said):
    """The sitemap read ``https://help.example.com/kb/?x=1&amp;y=2/``, every page published the
    password of ``agent:secret@``, and ``[::1`` (an unclosed IPv6 bracket) stopped the build
    writing the feed with 'kbgen failed unexpectedly' (exit 70) after check passed."""
    import json
    from conftest import MINIMAL_CONFIG

    project = make_project({"content/articles/a.md": article("KB0001", "A"),
                            "content/announcements/i.md": INCIDENT.format(id="INC-1", start="2026-03-01 08:00")},
                           config=MINIMAL_CONFIG + f"site_url: {json.dumps(url)}\n")
    result = run("build", "--project", str(project), "--now", NOW, "--quiet")
    assert (result.exit_code, result.output.splitlines()[0]) == (1, f"site_config.yml:18: error: site_url: {url!r} {said}")
    assert run("check", "--project", str(project), "--now", NOW).exit_code == 1


def test_an_ordinary_site_url_with_a_path_port_or_ipv6_host_is_kept(make_project):
    import json
    from conftest import MINIMAL_CONFIG
    from kbgen.build import load_project

    for url in ("https://help.example.com/kb/", "http://localhost:8000", "https://[::1]:8443/help/"):
        project = make_project(config=MINIMAL_CONFIG + f"site_url: {json.dumps(url)}\n", name=f"p{len(url)}")
        corpus, problems = load_project(project)
        assert [d for d in problems if d.severity.value == "error"] == [] and corpus.config.site_url.startswith(url)


# ------------------------------------------------------------------ contact channels: what a click dials or mails

@pytest.mark.parametrize("kind, value, href", [
    ("phone", "+44 (0)20 7946 0000", "tel:+442079460000"),  # the trunk 0 is not dialled from abroad
    ("phone", "+44 20 7946 0000 ext. 12", "tel:+442079460000;ext=12"),
    ("phone", "+1 800 FLOWERS", "tel:+18003569377"),
    ("phone", "4444", "tel:4444"),
    ("phone", "(555) 123-4567", "tel:5551234567"),  # a national number with its area code in brackets
    ("phone", "020 7946 0000 ext. 12", "tel:02079460000;ext=12"),
    ("phone", "x4357", "tel:4357"),  # an internal extension alone
    ("email", "first.last+it@sub.example.co.uk", "mailto:first.last+it@sub.example.co.uk"),
])
def test_a_contact_link_dials_the_number_written(make_project, kind, value, href):
    """``tel:`` kept every digit: ``+44 (0)20 ...`` dialled +440..., an extension was dialled as
    part of the number and ``+1 800 FLOWERS`` as +1800."""
    import json
    from conftest import MINIMAL_CONFIG

    old = "value: +44 20 7946 0000\n" if kind == "phone" else "value: help@example.com\n"
    project = make_project({"content/articles/a.md": article("KB0001", "A")},
                           config=MINIMAL_CONFIG.replace(old, f"value: {json.dumps(value)}\n", 1))
    assert run("build", "--project", str(project), "--now", NOW, "--quiet").exit_code == 0
    assert f'href="{href}"' in (project / "site/contact/index.html").read_text(encoding="utf-8")


@pytest.mark.parametrize("kind, value", [
    ("email", "help@example.com?bcc=spy@elsewhere.example"), ("email", "help@example.com%0Abcc:spy@x.example"),
    ("email", "desk@@example.com"), ("phone", "javascript:alert(1)"), ("phone", "+999 1"), ("phone", "tel:+44"),
])
def test_a_contact_value_that_is_no_number_or_address_is_an_error(make_project, kind, value):
    """``?bcc=`` in the service desk's address copied every mail a reader sent to someone else;
    a phone value of words became ``tel:1``."""
    import json
    from conftest import MINIMAL_CONFIG

    old = "value: +44 20 7946 0000\n" if kind == "phone" else "value: help@example.com\n"
    project = make_project({"content/articles/a.md": article("KB0001", "A")},
                           config=MINIMAL_CONFIG.replace(old, f"value: {json.dumps(value)}\n", 1))
    result = run("build", "--project", str(project), "--now", NOW, "--quiet")
    index, line = (0, 6) if kind == "phone" else (1, 11)
    assert result.exit_code == 1
    assert result.output.startswith(f"site_config.yml:{line}: error: contact.{index}.value: {value!r} is not "), result.output


def test_an_id_and_file_name_that_give_another_articles_page_are_an_error_not_a_crash(make_project):
    """An article page is named by its id and its file's name together, so two different ids can
    still meet (``KB-7`` in ``dock-fan.md`` and ``KB-7-dock`` in ``fan.md`` are both
    ``kb-7-dock-fan``): check passed and the build stopped with exit 70. Now both say which."""
    project = make_project({"content/articles/x/dock-fan.md": article("KB-7", "A"),
                            "content/articles/y/fan.md": article("KB-7-dock", "B")})
    said = ("content/articles/y/fan.md:2: error: id: id 'KB-7-dock' and this file's name give the page of "
            "content/articles/x/dock-fan.md (id 'KB-7'); change the id or rename the file")
    built = run("build", "--project", str(project), "--now", NOW, "--quiet")
    assert (built.exit_code, built.output.splitlines()) == (1, [said, "1 error(s), 0 warning(s); nothing was written"])
    checked = run("check", "--project", str(project))
    assert checked.exit_code == 1 and "give the page of content/articles/x/dock-fan.md" in checked.output
