"""The employee's experience in real headless Chromium: axe-core finds no serious or critical
violation (light and dark, desk and phone), phones, keyboard, print, the offline copy opened
from file://, no request to any host but the test server, and a German site without English.

Screenshots of every page at 1280x900 and 390x844 are saved in ``tests/artifacts/`` (git
ignored) for a person to look at. axe-core comes from ``tests/node`` (``npm ci``, pinned);
without node/npm the accessibility tests skip and say so.
"""
from __future__ import annotations

import functools
import http.server
import re
import shutil
import subprocess
import threading
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from kbgen.build import build_site
from kbgen.messages import ENGLISH
from conftest import ROOT, QuietHandler, article

pytestmark = pytest.mark.browser
NODE_DIR = ROOT / "tests" / "node"
AXE = NODE_DIR / "node_modules" / "axe-core" / "axe.min.js"
ARTIFACTS = ROOT / "tests" / "artifacts"
#: During the demo's email incident (it is open on the morning of 17 November 2026).
DURING_INCIDENT = "2026-11-17T10:00:00+00:00"
DESK, PHONE = (1280, 900), (390, 844)
#: The pages the issue names: home, an article, status, search (page and dropdown), contact, 404.
PAGES = {"home": "", "article": "articles/kb0010-vpn-wont-connect/", "status": "status/",
         "search-page": "search/?q=vpn+hotel", "contact": "contact/", "404": "404.html"}


@pytest.fixture(scope="session")
def axe_source() -> str:
    """axe-core's script, installed from tests/node's lock file if it is not there yet."""
    if not AXE.exists():
        npm = shutil.which("npm")
        if npm is None or shutil.which("node") is None:
            pytest.skip("node and npm are not installed: axe-core (npm package) cannot be installed")
        subprocess.run([npm, "ci", "--prefix", str(NODE_DIR), "--no-audit", "--no-fund", "--silent"],
                       check=True, timeout=300)
    return AXE.read_text(encoding="utf-8")


def serve(folder: Path) -> tuple[str, http.server.ThreadingHTTPServer]:
    handler = functools.partial(QuietHandler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return f"http://127.0.0.1:{server.server_address[1]}/", server


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """The repository's own demo site, built during its email incident, served on localhost."""
    out = tmp_path_factory.mktemp("demo") / "site"
    build_site(ROOT, out, DURING_INCIDENT)
    url, server = serve(out)
    yield url
    server.shutdown()
    server.server_close()


class Visit:
    """A browser context that records every request and lets only the test server through."""

    def __init__(self, browser, size=DESK, scheme="light", allowed=("127.0.0.1",)):
        self.requests: list[str] = []
        self.context = browser.new_context(viewport={"width": size[0], "height": size[1]}, color_scheme=scheme)
        self.context.route("**/*", functools.partial(self._route, allowed=allowed))
        self.page = self.context.new_page()

    def _route(self, route, request, allowed):
        self.requests.append(request.url)
        parts = urlsplit(request.url)
        if parts.scheme in ("file", "data", "blob") or parts.hostname in allowed:
            route.continue_()
        else:
            route.abort()

    def foreign(self) -> list[str]:
        """Requests to anything but the test server or the disk."""
        return [u for u in self.requests if urlsplit(u).scheme not in ("file", "data", "blob")
                and urlsplit(u).hostname != "127.0.0.1"]

    def close(self) -> None:
        self.context.close()


@pytest.fixture
def visit(browser):
    opened = []

    def open_(*args, **kwargs) -> Visit:
        opened.append(Visit(browser, *args, **kwargs))
        return opened[-1]
    yield open_
    for item in opened:
        item.close()


def open_page(page, url: str, name: str) -> None:
    """Go to one of PAGES and wait until its scripts have done their work."""
    page.goto(url)
    if name == "search-page":
        page.wait_for_selector(".kbgen-search-results--page[data-ready]", state="attached")
    if name == "search-dropdown":
        page.fill("#kbgen-q-header", "printer offline")
        page.wait_for_selector(".kbgen-header-search .kbgen-search-results[data-ready] .kbgen-result")


def axe_problems(page, axe_source: str) -> list[str]:
    """Serious and critical axe-core violations on the page, one line each."""
    page.add_script_tag(content=axe_source)
    result = page.evaluate("() => axe.run(document, {resultTypes: ['violations']})")
    return [f"{v['impact']} {v['id']}: {[n['target'] for n in v['nodes'][:3]]} {v['nodes'][0]['failureSummary'][:160]}"
            for v in result["violations"] if v["impact"] in ("serious", "critical")]


def screenshot(page, name: str) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


@pytest.mark.parametrize("size, scheme", [(DESK, "light"), (PHONE, "light"), (PHONE, "dark")],
                         ids=["desk-light", "phone-light", "phone-dark"])
def test_axe_finds_no_serious_violation_and_nothing_leaves_localhost(visit, demo, axe_source, size, scheme):
    v = visit(size, scheme)
    problems = {}
    for name, path in list(PAGES.items()) + [("search-dropdown", PAGES["article"])]:
        open_page(v.page, demo + path, name)
        assert v.page.evaluate("document.body.getAttribute('data-md-color-scheme')") == (
            "slate" if scheme == "dark" else "default")
        found = axe_problems(v.page, axe_source)
        if found:
            problems[name] = found
        screenshot(v.page, f"{name}-{size[0]}x{size[1]}-{scheme}")
    assert problems == {}
    assert v.foreign() == [] and len(v.requests) > 20


def test_phone_one_search_box_readable_name_and_help_within_two_screens(visit, demo):
    v = visit(PHONE)
    page = v.page
    for name, path in PAGES.items():
        open_page(page, demo + path, name)
        assert page.evaluate("document.documentElement.scrollWidth") <= PHONE[0], name
    page.goto(demo)
    assert page.locator("input.kbgen-search-input:visible").count() == 1
    title = page.locator(".md-header__topic").first.locator(".md-ellipsis")
    assert title.inner_text().strip() == "Fernhill IT Help"
    assert title.evaluate("e => e.scrollWidth <= e.clientWidth")  # not cut to "Fernhill IT…"
    two_screens = 2 * PHONE[1]
    for selector in ("#kbgen-q-home", ".kbgen-home-status", ".kbgen-home-contact .kbgen-contact--phone"):
        box = page.locator(selector).bounding_box()
        assert box["y"] + box["height"] <= two_screens, selector
    channels = page.locator(".kbgen-footer .kbgen-contact")
    boxes = [channels.nth(i).bounding_box() for i in range(channels.count())]
    assert len(boxes) == 6 and len({round(b["x"]) for b in boxes}) == 1  # one per line, stacked
    assert all(later["y"] >= earlier["y"] + earlier["height"] for earlier, later in zip(boxes, boxes[1:]))
    phone = page.locator(".kbgen-footer .kbgen-contact--phone .kbgen-contact__value").bounding_box()
    assert phone["height"] < 40  # the number is on one line
    page.goto(demo + PAGES["article"])
    header_search = page.locator("#kbgen-q-header").bounding_box()
    assert header_search["width"] > 300  # on a row of its own, wide enough to type into


def test_the_status_line_names_the_open_incident_and_stays_correct_after_the_build(browser, demo):
    context = browser.new_context()
    page = context.new_page()
    page.clock.set_fixed_time("2026-11-17T10:30:00Z")  # still open: the line names the incident
    page.goto(demo)
    line = page.locator(".kbgen-home-status")
    assert line.get_attribute("data-kbgen-overall") == "degraded"
    assert "Email delivery delays in Outlook and on phones" in line.inner_text()
    assert line.get_by_role("link", name=ENGLISH["home.status-details"]).get_attribute("href") == "status/"
    context.close()
    context = browser.new_context()
    page = context.new_page()
    page.clock.set_fixed_time("2026-11-17T12:00:00Z")  # resolved at 11:05: the script says so
    page.goto(demo)
    line = page.locator(".kbgen-home-status")
    page.wait_for_function("document.documentElement.hasAttribute('data-kbgen-status-checked')")
    assert line.get_attribute("data-kbgen-overall") == "operational"
    assert line.locator(".kbgen-overall__text").inner_text() == ENGLISH["overall.operational"]
    assert "Email delivery delays" not in line.inner_text()
    context.close()


def test_keyboard_skip_link_visible_focus_slash_and_escape(visit, demo):
    page = visit(DESK).page
    page.goto(demo + PAGES["article"])
    page.keyboard.press("Tab")
    skip = page.locator(".kbgen-skip")
    assert page.evaluate("document.activeElement.classList.contains('kbgen-skip')")
    box = skip.bounding_box()
    assert box["y"] >= 0 and skip.inner_text() == ENGLISH["a11y.skip"]  # shown when focused
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "kbgen-content"
    page.keyboard.press("Tab")
    focused = page.evaluate("""() => { const s = getComputedStyle(document.activeElement);
        return [document.activeElement.tagName, s.outlineStyle, parseFloat(s.outlineWidth)]; }""")
    assert focused[1] != "none" and focused[2] >= 2, focused  # a visible focus ring
    page.locator("body").click(position={"x": 5, "y": 300})
    page.keyboard.press("/")
    assert page.evaluate("document.activeElement.id") == "kbgen-q-header"
    page.keyboard.type("printer offline")
    results = page.locator(".kbgen-header-search .kbgen-search-results")
    page.wait_for_selector(".kbgen-header-search .kbgen-search-results[data-ready] .kbgen-result")
    page.keyboard.press("Escape")
    assert results.is_hidden()
    assert page.get_attribute("#kbgen-q-header", "aria-expanded") == "false"
    page.goto(demo)
    page.keyboard.press("/")
    assert page.evaluate("document.activeElement.id") == "kbgen-q-home"


def test_an_article_prints_without_navigation_buttons_or_banners(visit, demo):
    page = visit(DESK).page
    page.goto(demo + PAGES["article"])
    page.emulate_media(media="print")
    for selector in (".md-header", ".kbgen-copy", ".kbgen-banner-box", ".kbgen-footer", ".md-sidebar--primary",
                     ".kbgen-skip"):
        assert page.locator(selector).first.evaluate("e => getComputedStyle(e).display") == "none", selector
    assert page.locator("article h1").is_visible()
    after = page.locator(".md-content a[href*='status']").first.evaluate(
        "e => getComputedStyle(e, '::after').content")
    assert demo + "status/" in after  # the link's address is printed
    screenshot(page, "article-print")


def test_offline_copy_works_from_file_without_fetch(visit, tmp_path):
    out = tmp_path / "copy" / "site"
    result = build_site(ROOT, out, DURING_INCIDENT, offline=True)
    assert result.archive == tmp_path / "copy" / "site.zip" and result.archive.is_file()
    v = visit(DESK, allowed=())
    page = v.page
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto((out / "index.html").as_uri())
    assert page.locator(".kbgen-offline-note").is_visible()
    page.fill("#kbgen-q-home", "vpn hotel")
    page.wait_for_selector(".kbgen-hero .kbgen-search-results[data-ready] .kbgen-result")
    first = page.locator(".kbgen-hero .kbgen-result__link").first
    assert first.get_attribute("href").endswith("/index.html")
    first.click()
    page.wait_for_url("**/articles/kb0011-*/index.html")
    page.get_by_role("link", name="Contact us").first.click()
    page.wait_for_url("**/contact/index.html")
    assert "Tech Bar, London" in page.locator("article").inner_text()
    page.goto((out / "status" / "index.html").as_uri())
    assert page.locator(".kbgen-overall").is_visible()
    page.fill("#kbgen-q-header", "zzqx frobnicate")
    page.wait_for_selector(".kbgen-header-search .kbgen-search-results[data-ready]", state="attached")
    assert ENGLISH["search.no-answer-title"] in page.locator(".kbgen-header-search .kbgen-no-answer").inner_text()
    assert errors == [] and v.foreign() == []
    assert {urlsplit(u).scheme for u in v.requests} == {"file"}


# --- a German site: no English left -------------------------------------------------------------

GERMAN_CONFIG = """\
site_name: IT-Hilfe Beispiel
organisation: Beispiel GmbH
description: Schnelle Antworten auf Fragen rund um die IT.
timezone: Europe/Berlin
language: de
contact:
  - kind: phone
    label: Telefon des Service Desks
    value: +49 30 1234 5678
    hours: Montag bis Freitag, 8 bis 18 Uhr
    remote_note: Aus dem Ausland dieselbe Nummer wählen.
  - kind: email
    label: E-Mail an den Service Desk
    value: hilfe@beispiel.example
services:
  - id: vpn
    name: Fernzugriff
    description: Das VPN für unterwegs.
  - id: mail
    name: Postfach
featured: [KB0001]
"""
GERMAN_FILES = {
    "content/articles/vpn.md": article(
        "KB0001", "VPN verbindet nicht", "## Schritte\n\n1. App öffnen.\n2. Neu verbinden.\n\n"
        "Siehe [Postfach voll](mail.md).\n", summary="Wenn das VPN keine Verbindung aufbaut.",
        services="[vpn]", reviewed="2026-03-03", tags="[Netzwerk]"),
    "content/articles/mail.md": article(
        "KB0002", "Postfach voll", "Alte Nachrichten löschen.", summary="Platz schaffen im Postfach.",
        services="[mail]", type="troubleshooting", created="2026-01-10"),
    "content/articles/wir.md": article(
        "KB0003", "So erreichen Sie uns", "Rufen Sie an.", summary="Alle Wege zu uns.", type="explainer"),
    "content/announcements/stoerung.md": (
        "---\nid: INC-1\ntitle: Postfach langsam\ntype: incident\nservices: [mail]\nimpact: minor\n"
        "state: investigating\nstart: 2026-03-01 08:00\n---\nNachrichten kommen verspätet an.\n"),
}
#: English words that German text never uses (function words): one of them on a German page is
#: an interface string that was not translated.
ENGLISH_WORDS = {"the", "and", "your", "you", "we", "is", "are", "with", "for", "this", "that", "not",
                 "our", "by", "of", "to", "all", "no", "has", "have", "here", "there", "what", "how"}


def english_fragments() -> set[str]:
    """The fixed text of every English message with two or more words (placeholders cut out)."""
    texts = [t for message in ENGLISH.values() for t in (message if isinstance(message, tuple) else (message,))]
    pieces = {piece.strip(" .,:;()–") for text in texts for piece in re.split(r"\{[a-z_]+\}", text)}
    german_too = {"Status", "Chat", "Portal", "FAQ"}
    return {piece for piece in pieces if len(piece.split()) >= 2 and piece not in german_too}


def visible_words(page) -> str:
    """What a person or a screen reader gets: the text, and labels, placeholders and titles."""
    return page.evaluate("""() => document.body.innerText + "\\n" + [...document.querySelectorAll(
        '[aria-label], [placeholder], [title], [alt]')].map(e => [e.getAttribute('aria-label'),
        e.getAttribute('placeholder'), e.getAttribute('title'), e.getAttribute('alt')].join(' ')).join('\\n')
        + "\\n" + document.title""")


def english_left(page, fragments: set[str]) -> list[str]:
    """English function words and catalog phrases among what the page shows and says."""
    text = visible_words(page)
    words = set(re.findall(r"[A-Za-z]+", text.lower()))
    return sorted(words & ENGLISH_WORDS) + sorted(f for f in fragments if f in text)


def test_the_english_detector_finds_english(visit, demo):
    page = visit(DESK).page
    page.goto(demo)
    found = english_left(page, english_fragments())
    assert {"the", "and", "your"} <= set(found) and ENGLISH["home.life-intro"].rstrip(".") in found


def test_a_german_site_has_no_english_left(visit, make_project, tmp_path, request):
    try:  # axe checks a few German pages too, when node/npm are there; the language check always runs
        axe_source = request.getfixturevalue("axe_source")
    except pytest.skip.Exception:
        axe_source = None
    project = make_project(GERMAN_FILES, config=GERMAN_CONFIG)
    build_site(project, tmp_path / "de", "2026-03-01T09:00:00+01:00")
    url, server = serve(tmp_path / "de")
    try:
        v = visit(DESK)
        page = v.page
        page.clock.set_fixed_time("2026-03-01T09:30:00+01:00")
        pages = ["", "articles/kb0001-vpn/", "articles/kb0003-wir/", "status/", "contact/", "services/",
                 "services/vpn/", "tags/", "tags/netzwerk/", "life/", "improvements/", "announcements/",
                 "announcements/inc-1/", "search/?q=drucker+papierstau", "404.html"]
        fragments, leftovers = english_fragments(), {}
        for path in pages:
            page.goto(url + path)
            if path.startswith("search/"):
                page.wait_for_selector(".kbgen-search-results--page[data-ready]", state="attached")
            if path.startswith("articles/kb0001"):
                page.locator("[data-kbgen-copy=snippet]").click()
                page.wait_for_function(  # the label changes once the clipboard promise settles
                    "document.querySelector('[data-kbgen-copy=snippet]').innerText !== 'Antwort kopieren'")
                assert page.locator("[data-kbgen-copy=snippet]").inner_text() == "Kopiert"
                assert page.get_attribute("[data-kbgen-copy=snippet]", "data-copied").startswith(
                    "Dieser Artikel sollte helfen: VPN verbindet nicht (KB0001)")
            assert page.evaluate("document.documentElement.lang") == "de", path
            found = english_left(page, fragments)
            if found:
                leftovers[path] = found
            if path in ("", "status/", "search/?q=drucker+papierstau") and axe_source:
                assert axe_problems(page, axe_source) == [], path
                screenshot(page, f"german-{path.split('/')[0] or 'home'}")
        assert leftovers == {}
        page.goto(url)
        assert "Postfach langsam" in page.locator(".kbgen-home-status").inner_text()
        assert "Zuletzt geprüft am 3. März 2026" in page.goto(url + "articles/kb0001-vpn/").text()
        assert v.foreign() == []
    finally:
        server.shutdown()
        server.server_close()
