"""The theme in headless Chromium: the 404 page, a site opened as a file, copied links."""
from __future__ import annotations

import functools
import http.server
import threading

import pytest

from kbgen.build import build_site
from conftest import MINIMAL_CONFIG, QuietHandler, article

pytestmark = pytest.mark.browser
NOW = "2026-03-01T09:00:00+00:00"
FILES = {"content/articles/vpn/connect.md": article("KB0001", "Connect to the VPN from a hotel", "Open the app.",
                                                    summary="Accept the hotel's terms first.", services="[vpn]")}


class NotFoundPageHandler(QuietHandler):
    """A static server that answers a missing page with the site's 404.html, as hosts do."""

    def send_error(self, code, message=None, explain=None):
        page = self.directory + "/404.html"
        if code != 404:
            return super().send_error(code, message, explain)
        with open(page, "rb") as handle:
            body = handle.read()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture
def site(make_project, tmp_path):
    build_site(make_project(FILES), tmp_path / "site", NOW)
    return tmp_path / "site"


def test_the_404_page_is_styled_and_its_search_works(site, page):
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0),
                                             functools.partial(NotFoundPageHandler, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    failed: list[str] = []
    page.on("requestfailed", lambda request: failed.append(request.url))
    try:
        base = f"http://127.0.0.1:{server.server_address[1]}/"
        response = page.goto(base + "no/such/page/")
        assert response.status == 404
        page.wait_for_load_state("networkidle")
        assert failed == []
        sheets = page.evaluate("() => [...document.styleSheets].map(s => s.href || '')")
        assert base + "assets/kbgen.css" in sheets
        assert page.evaluate("() => getComputedStyle(document.querySelector('.kbgen-search-input')).boxSizing")
        page.click("#kbgen-q-header")
        page.keyboard.type("hotel vpn")
        page.wait_for_selector(".kbgen-result[data-id=KB0001]")
        page.keyboard.press("Enter")
        page.wait_for_url("**/search/?q=hotel+vpn")
    finally:
        server.shutdown()
        server.server_close()


def test_a_site_opened_as_a_file_says_it_needs_kbgen_serve(site, page, serve_dir):
    page.goto((site / "articles/kb0001-connect/index.html").as_uri())
    notice = page.locator(".kbgen-file-notice")
    notice.wait_for()
    assert notice.is_visible()
    assert "kbgen serve" in notice.inner_text() and "http://127.0.0.1:8000/" in notice.inner_text()
    page.goto(serve_dir(site) + "articles/kb0001-connect/")
    page.wait_for_load_state("load")
    assert page.locator(".kbgen-file-notice").count() == 0


def test_copy_buttons_use_site_url_when_it_is_set(make_project, tmp_path, page, serve_dir):
    config = MINIMAL_CONFIG + "site_url: https://help.example.com/it/\n"
    build_site(make_project(FILES, config=config), tmp_path / "site", NOW)
    page.goto(serve_dir(tmp_path / "site") + "articles/kb0001-connect/")
    link = page.locator("[data-kbgen-copy=link]")
    link.click()
    assert link.get_attribute("data-copied") == "https://help.example.com/it/kb/KB0001/"
    reply = page.locator("[data-kbgen-copy=snippet]")
    reply.click()
    assert reply.get_attribute("data-copied") == (
        "This article should help: Connect to the VPN from a hotel (KB0001)\n"
        "Accept the hotel's terms first.\nhttps://help.example.com/it/kb/KB0001/")
