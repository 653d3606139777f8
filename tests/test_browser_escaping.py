"""No text from site_config.yml or front matter runs as script, in any page, and it shows as
written: checked by loading the built pages in headless Chromium.

Each field carries a payload that, if it ever ran, would record its number in ``window.__xss``
(an image error handler, a script element, an SVG load handler, breaking out of a title, an
attribute or a tag). Material's own templates print site_name, the description, the copyright
and page titles without escaping; kbgen hands them over escaped.
"""
from __future__ import annotations

import pytest
import yaml

from kbgen.site.urls import doc_url, tag_doc_path

pytestmark = pytest.mark.browser
NOW = "2026-11-23T09:00:00+00:00"


def payload(n: int) -> str:
    """Markup that records ``n`` in ``window.__xss`` if the browser ever runs it."""
    run = f"(window.__xss=window.__xss||[]).push({n})"
    return (f'</title>"><img src=x onerror="{run}"><script>{run}</script>'
            f"'><svg onload={run}> #{n}")


def front(meta: dict, body: str = "Some text.") -> str:
    return "---\n" + yaml.safe_dump(meta, allow_unicode=True) + "---\n" + body + "\n"


CONFIG = {
    "site_name": payload(1), "description": payload(2), "organisation": payload(3),
    # a site_url with '"', '<' or '>' is refused (test_hostile_audit); a "'" is a URL's own character
    "site_url": "https://help.example/'-(window.__xss=[4])-'/",
    "timezone": "Europe/London",
    "contact": [
        {"kind": "phone", "label": payload(5), "value": "+44 20 7946 0000", "hours": payload(7),
         "remote_note": payload(8)},
        # an email value that is no one address (a quote, '?bcc=') is refused (test_hostile_round6)
        {"kind": "email", "label": payload(6), "value": "help@example.com"},
        # a chat or portal value that is a script URL is refused (test_hostile_round10); a free-text
        # channel may say anything, and is shown as text
        {"kind": "other", "label": "Portal", "value": "javascript:(window.__xss=window.__xss||[]).push(9)"},
    ],
    "services": [{"id": "vpn", "name": payload(10), "description": payload(11), "group": payload(12)}],
}
FILES = {
    "content/articles/vpn.md": front({"id": "KB0001", "title": payload(13), "summary": payload(14),
                                      "tags": [payload(15)], "services": ["vpn"]}),
    "content/articles/desk.md": front({"id": "KB0002", "title": payload(16), "type": "explainer"}),
    "content/announcements/inc.md": front({
        "id": "INC-1", "title": payload(17), "type": "incident", "services": ["vpn"], "impact": "major",
        "state": "identified", "start": "2026-11-23 08:00",
        "updates": [{"at": "2026-11-23 08:30", "state": "identified", "text": payload(18)}]}),
    "content/announcements/ntc.md": front({"id": "NTC-1", "title": payload(19), "type": "notice",
                                           "start": "2026-11-10 09:00"}, "Faster now."),
    "content/announcements/mnt.md": front({"id": "MNT-1", "title": payload(20), "type": "maintenance",
                                           "services": ["vpn"], "state": "scheduled",
                                           "start": "2026-11-24 10:00", "end": "2026-11-24 12:00"}),
}
PAGES = ["", "articles/kb0001-vpn/", doc_url(tag_doc_path(payload(15))), "articles/kb0002-desk/", "services/", "services/vpn/", "tags/", "life/",
         "contact/", "status/", "announcements/", "announcements/inc-1/", "announcements/mnt-1/",
         "announcements/ntc-1/", "improvements/", "search/", "kb/KB0001/", "404.html"]


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory):
    from kbgen.build import build_site

    root = tmp_path_factory.mktemp("hostile")
    (root / "site_config.yml").write_text(yaml.safe_dump(CONFIG, allow_unicode=True), encoding="utf-8")
    for rel, text in FILES.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text, encoding="utf-8")
    return build_site(root, root / "site", NOW).site_dir


def visit(page, url: str) -> None:
    page.goto(url)
    if "/kb/" in url:  # a short link redirects: wait for the article it leads to, or the page is torn down mid-check
        page.wait_for_url("**/articles/**")
    page.wait_for_load_state("load")
    page.wait_for_timeout(150)  # let kbgen's scripts re-render the banner and notes


@pytest.mark.parametrize("path", PAGES)
def test_no_payload_runs_on_any_page(page, serve_dir, hostile_site, path):
    base = serve_dir(hostile_site)
    visit(page, base + path)
    assert page.evaluate("window.__xss") is None
    assert "#1" in page.title()  # the site name, as text


def test_payloads_show_as_text(page, serve_dir, hostile_site):
    base = serve_dir(hostile_site)
    visit(page, base + "articles/kb0001-vpn/")
    assert page.locator("article h1").inner_text().strip() == payload(13)
    assert payload(1) in page.locator(".md-header__topic").first.inner_text()
    assert payload(3) in page.locator(".md-copyright").inner_text()
    assert payload(10) in page.locator(".kbgen-meta__services").inner_text()
    assert payload(5) in page.locator(".kbgen-footer").inner_text()
    assert payload(17) in page.locator(".kbgen-status-note").first.inner_text()
    visit(page, base)
    assert payload(2) in page.locator(".kbgen-hero__intro").inner_text()
    assert page.get_attribute('meta[name="description"]', "content") == payload(2)
    assert payload(17) in page.locator("#kbgen-banner").inner_text()
    assert page.locator(".kbgen-contact--other a").count() == 0  # a script URL is never a link
    assert "javascript:" in page.locator(".kbgen-contact--other").first.inner_text()
    visit(page, base + "status/")
    assert payload(18) in page.locator(".kbgen-timeline").first.inner_text()
    assert page.evaluate("window.__xss") is None


def test_search_results_do_not_run_payloads(page, serve_dir, hostile_site):
    base = serve_dir(hostile_site)
    visit(page, base + "search/?q=img+src+onerror")
    page.wait_for_timeout(500)
    visit(page, base)
    page.locator("#kbgen-q-home").fill("svg onload title")
    page.wait_for_timeout(800)
    assert page.evaluate("window.__xss") is None


def test_special_characters_in_the_site_name_show_literally(page, serve_dir, make_project, tmp_path):
    from kbgen.build import build_site

    project = make_project(config="site_name: 'R&D <Help> Desk'\norganisation: 'R&D <Help> Desk'\n")
    site = build_site(project, tmp_path / "out", NOW).site_dir
    base = serve_dir(site)
    visit(page, base)
    assert page.title() == "R&D <Help> Desk"
    assert "R&D <Help> Desk" in page.locator(".md-header__topic").first.inner_text()
    assert page.locator(".md-header__button.md-logo").get_attribute("title") == "R&D <Help> Desk"
    assert "© R&D <Help> Desk" in page.locator(".md-copyright").inner_text()
    visit(page, base + "contact/")
    assert page.title() == "Contact us - R&D <Help> Desk"
