"""The status feature in a built site: pages, notes, banner, escaping, and the live banner in Chromium."""
from __future__ import annotations

import datetime as dt
import json

import pytest

from conftest import article
from kbgen.build import build_site

NOW = "2026-11-23T09:00:00+00:00"
EVIL = '<img src=x onerror="alert(1)">'
FILES = {
    "content/articles/vpn.md": article("KB0001", "Connect to the VPN", services="[vpn]"),
    "content/articles/mail.md": article("KB0002", "Read your email", services="[email]"),
    "content/announcements/active.md": f"""\
---
id: INC-7
title: VPN drops {EVIL}
type: incident
services: [vpn]
impact: major
state: identified
start: 2026-11-23 08:00
updates:
  - at: 2026-11-23 08:30
    state: identified
    text: Gateway overloaded {EVIL}
---
Use the web apps meanwhile.
""",
    "content/announcements/window.md": """\
---
id: MNT-3
title: Email upgrade
type: maintenance
services: [email]
state: scheduled
start: 2026-11-23 10:00
end: 2026-11-23 14:00
updates:
  - at: 2026-11-20 10:00
    state: scheduled
    text: Planned.
---
Mail may be slow.
""",
    "content/announcements/notice.md": """\
---
id: NTC-1
title: Faster Wi-Fi
type: notice
services: [vpn]
start: 2026-11-10 09:00
---
Twice as fast now.
""",
}


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    root = tmp_path_factory.mktemp("status-site")
    from conftest import MINIMAL_CONFIG
    (root / "site_config.yml").write_text(MINIMAL_CONFIG)
    for rel, text in FILES.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text)
    result = build_site(root, root / "site", NOW)
    return result.site_dir


def read(site, path: str) -> str:
    return (site / path).read_text(encoding="utf-8")


def test_pages_and_files_exist(site):
    for path in ["status/index.html", "announcements/inc-7/index.html", "announcements/mnt-3/index.html",
                 "announcements/ntc-1/index.html", "improvements/index.html", "feeds/announcements.xml",
                 "feeds/maintenance.ics", "status.json"]:
        assert (site / path).is_file(), path
    status = read(site, "status/index.html")
    assert "Partial outage" in status and "as of Mon 23 Nov 2026, 09:00 GMT" in status
    assert 'href="../announcements/inc-7/"' in status and 'href="../feeds/maintenance.ics"' in status
    assert '<a href="status/" class="md-nav__link">' in read(site, "index.html")  # the nav entry


def test_front_matter_text_is_escaped_everywhere(site):
    for path in ["status/index.html", "announcements/inc-7/index.html", "articles/kb0001-vpn/index.html",
                 "index.html"]:
        html = read(site, path)
        assert EVIL not in html, path
        assert "&lt;img src=x onerror=" in html, path


def test_notes_above_affected_articles_and_service_status(site):
    vpn = read(site, "articles/kb0001-vpn/index.html")
    assert "Known issue: VPN drops" in vpn and 'href="../../announcements/inc-7/"' in vpn
    mail = read(site, "articles/kb0002-mail/index.html")
    # The window opens at 10:00: its note is there (for the script) and shown since it is within 24 hours.
    note = mail[mail.index("Planned maintenance: Email upgrade") - 400:]
    assert "kbgen-status-note" in note and "Known issue" not in mail
    service = read(site, "services/vpn/index.html")
    assert 'data-kbgen-service="vpn">Partial outage<' in service


def test_banner_is_built_with_relative_links(site):
    article_html = read(site, "articles/kb0001-vpn/index.html")
    assert '<div id="kbgen-banner"' in article_html
    assert 'href="../../announcements/inc-7/"' in article_html.split('id="kbgen-banner"')[1].split("</div>")[0]
    # No build time in what every page carries (each build would change every page); the
    # open and coming announcements are a file of their own, loaded by the page.
    assert " as of " not in article_html
    assert '<script src="../../status/live.js" defer></script>' in article_html
    script = read(site, "status/live.js")
    assert script.startswith("window.kbgenStatus = ") and script.endswith(";\n")
    data = json.loads(script[len("window.kbgenStatus = "):-2])
    assert [e["id"] for e in data["entries"]] == ["INC-7", "MNT-3"]
    home = read(site, "index.html")
    assert 'href="./announcements/inc-7/"' in home


def test_improvements_and_nav(site):
    improvements = read(site, "improvements/index.html").split('class="kbgen-list kbgen-improvements"')[1]
    improvements = improvements.split("</ul>")[0]
    assert "Faster Wi-Fi" in improvements and "Twice as fast now." in improvements
    assert "Email upgrade" not in improvements and "VPN drops" not in improvements
    assert '<a href="../../status/" class="md-nav__link">' in read(site, "articles/kb0001-vpn/index.html")


def test_no_banner_markup_without_live_announcements(make_project, tmp_path):
    project = make_project({"content/announcements/notice.md": FILES["content/announcements/notice.md"]})
    result = build_site(project, tmp_path / "out", NOW)
    html = (result.site_dir / "index.html").read_text()
    assert "kbgen-banner" not in html and "md-banner" not in html


def test_bad_announcement_keeps_the_old_site(make_project, tmp_path):
    project = make_project(FILES)
    out = tmp_path / "out"
    build_site(project, out, NOW)
    before = (out / "status/index.html").read_text()
    (project / "content/announcements/window.md").write_text(
        FILES["content/announcements/window.md"].replace("end: 2026-11-23 14:00", "end: 2026-11-23 09:00"))
    from kbgen.errors import ValidationFailed
    with pytest.raises(ValidationFailed) as failure:
        build_site(project, out, NOW)
    assert "content/announcements/window.md:8: error: end: is before (or at) start" in failure.value.format_message()
    assert (out / "status/index.html").read_text() == before


def _at(text: str) -> dt.datetime:
    """A moment for Playwright's clock (a datetime; plain numbers would be read as seconds)."""
    return dt.datetime.fromisoformat(text)


@pytest.mark.browser
def test_banner_follows_the_page_clock(site, page, serve_dir):
    """Built at 09:00: the incident shows; the window (10:00-14:00) shows, then disappears at 14:00."""
    base = serve_dir(site)
    page.clock.install(time=_at("2026-11-23T13:58:00+00:00"))
    page.goto(base + "articles/kb0002-mail/")
    banner = page.locator("#kbgen-banner")
    page.wait_for_function("document.documentElement.hasAttribute('data-kbgen-status-checked')")
    assert banner.is_visible()
    assert banner.locator("li").all_inner_texts()[1].startswith("Maintenance now: Email upgrade")
    assert "as of" not in banner.inner_text()  # the script replaced the build-time label
    note = page.locator(".kbgen-status-note", has_text="Email upgrade")
    assert note.is_visible()
    page.clock.run_for("02:30")  # 14:00:30: the window is over
    assert banner.locator("li").count() == 1
    assert "Email upgrade" not in banner.inner_text() and "VPN drops" in banner.inner_text()
    assert not note.is_visible()


@pytest.mark.browser
def test_banner_disappears_when_everything_has_ended(make_project, page, serve_dir, tmp_path):
    project = make_project({"content/announcements/window.md": FILES["content/announcements/window.md"]})
    result = build_site(project, tmp_path / "built", "2026-11-23T09:00:00+00:00")
    base = serve_dir(result.site_dir)
    page.clock.install(time=_at("2026-11-23T09:00:00+00:00"))
    page.goto(base + "status/")
    banner = page.locator("#kbgen-banner")
    assert "Planned maintenance: Email upgrade" in banner.inner_text()
    empty = page.locator("[data-kbgen-list] [data-kbgen-empty]")
    assert empty.count() >= 1 and not empty.first.is_visible()
    page.clock.run_for("01:00:30")  # 10:00:30: in progress
    assert "Maintenance now" in banner.inner_text()
    assert page.locator("[data-kbgen-service=email]").first.inner_text() == "Under maintenance"
    assert "Planned maintenance in progress" in page.locator("[data-kbgen-overall]").inner_text()
    page.clock.fast_forward("04:00:00")  # 14:00:30
    page.clock.run_for(31_000)
    assert not banner.is_visible()
    assert empty.first.is_visible()  # the list says it is empty, as a build at 14:00 would
    assert page.locator("[data-kbgen-service=email]").first.inner_text() == "Operational"
    assert page.locator(".md-banner").is_hidden()


@pytest.mark.browser
def test_without_javascript_the_build_time_state_shows(browser, site, serve_dir):
    context = browser.new_context(java_script_enabled=False)
    try:
        tab = context.new_page()
        tab.goto(serve_dir(site) + "status/")
        banner = tab.locator("#kbgen-banner")
        assert banner.is_visible()
        assert "VPN drops" in banner.inner_text()
        assert "as of Mon 23 Nov 2026, 09:00 GMT" in tab.locator(".kbgen-overall").inner_text()
    finally:
        context.close()
