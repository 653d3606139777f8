"""What a person sees: the built demo-like site in real headless Chromium."""
from __future__ import annotations

import pytest

from kbgen.build import build_site
from conftest import article

pytestmark = pytest.mark.browser
NOW = "2026-03-01T09:00:00+00:00"


@pytest.fixture
def site_url(make_project, serve_dir, tmp_path):
    project = make_project({
        "content/articles/vpn/connect.md": article(
            "KB0001", "Connect to the VPN from a hotel", "## Steps\n\n1. Open the app.\n",
            summary="Hotel Wi-Fi blocks the VPN until you accept its terms.", services="[vpn]"),
        "content/articles/desk/priorities.md": article(
            "KB0002", "How we prioritise tickets", "Impact and urgency.", type="explainer", services="[email]"),
    })
    build_site(project, tmp_path / "out", NOW)
    return serve_dir(tmp_path / "out")


def test_home_to_service_to_article_with_contact_footer(page, site_url):
    page.goto(site_url)
    assert page.locator("input.kbgen-search-input").first.is_visible()
    assert "How we prioritise tickets" in page.locator("#life-on-the-service-desk + p + ul").inner_text()
    page.get_by_role("link", name="Remote access").first.click()
    page.wait_for_url("**/services/vpn/")
    page.get_by_role("link", name="Connect to the VPN from a hotel").click()
    page.wait_for_url("**/articles/kb0001-connect/")
    assert page.locator("article h1").inner_text().strip() == "Connect to the VPN from a hotel"
    footer = page.locator(".kbgen-footer")
    assert "+44 20 7946 0000" in footer.inner_text() and "help@example.com" in footer.inner_text()
    assert footer.get_by_role("link", name="+44 20 7946 0000").get_attribute("href") == "tel:+442079460000"


def test_short_link_reaches_the_article_and_copy_reply_builds_a_snippet(page, site_url):
    page.goto(site_url + "kb/KB0001/")
    page.wait_for_url("**/articles/kb0001-connect/")
    button = page.locator("[data-kbgen-copy=snippet]")
    button.click()
    copied = button.get_attribute("data-copied")
    assert copied.startswith("This article should help: Connect to the VPN from a hotel (KB0001)")
    assert copied.endswith(site_url + "kb/KB0001/")
