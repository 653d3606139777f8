"""What agents and readers do in the browser (Debian Chromium through Playwright): the Copy
buttons put the right text on the clipboard, by mouse and by keyboard, and say so to screen
readers; short links and moved URLs keep the #section; retired articles point on; "Was this
helpful?" answers."""
from __future__ import annotations

import pytest
from playwright.sync_api import expect

from kbgen.build import build_site
from conftest import MINIMAL_CONFIG, article

pytestmark = pytest.mark.browser
NOW = "2026-03-01T09:00:00+00:00"
BODY = "Intro.\n\n## Before you start\n\nCharge it.\n\n## Steps {#steps}\n\n" + "1. Do it.\n\n" * 40 + "## After\n\nDone."
CONFIG = MINIMAL_CONFIG + "feedback:\n  email: kb-owners@example.com\n"


@pytest.fixture
def site(make_project, serve_dir, tmp_path):
    """A built site (moved and retired articles included) and its base URL."""
    project = make_project({
        "content/articles/vpn/connect.md": article("KB0001", "Connect to the VPN", BODY,
                                                   summary="Three steps.", services="[vpn]", related="[KB0002]"),
        "content/articles/vpn/old.md": article("KB0002", "Old VPN client", "Old."),
        "content/articles/mail/setup.md": article("KB0003", "Email", "Read [the steps](../vpn/connect.md#steps)."),
    }, config=CONFIG)
    out = tmp_path / "out"
    build_site(project, out, NOW)
    (project / "content/articles/vpn/connect.md").rename(project / "content/articles/vpn/vpn.md")
    (project / "content/articles/mail/setup.md").write_text(article("KB0003", "Email", "Read the VPN article."))
    (project / "content/articles/vpn/old.md").write_text(
        article("KB0002", "Old VPN client", "Old.", retired="true", replaced_by="KB0001"))
    (project / "content/articles/vpn/vpn.md").write_text(
        article("KB0001", "Connect to the VPN", BODY, summary="Three steps.", services="[vpn]"))
    build_site(project, out, NOW)
    return serve_dir(out)


@pytest.fixture
def tab(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900},
                                  permissions=["clipboard-read", "clipboard-write"])
    page = context.new_page()
    yield page
    context.close()


def clipboard(page) -> str:
    return page.evaluate("navigator.clipboard.readText()")


def test_copy_link_and_both_replies_reach_the_clipboard(tab, site):
    tab.goto(site + "articles/kb0001-vpn/")
    live = tab.locator("[data-kbgen-live]")
    assert live.get_attribute("role") == "status" and live.get_attribute("aria-live") == "polite"
    tab.get_by_role("button", name="Copy link", exact=True).first.click()
    assert clipboard(tab) == site + "kb/KB0001/"
    assert live.inner_text() == f"Copied to the clipboard: {site}kb/KB0001/"
    tab.get_by_role("button", name="Copy reply", exact=True).click()
    assert clipboard(tab) == f"This article should help: Connect to the VPN (KB0001)\nThree steps.\n{site}kb/KB0001/"
    markdown = tab.locator("[data-kbgen-copy=markdown]")
    markdown.click()
    expect(markdown).to_have_text("Copied")
    assert clipboard(tab) == (f"This article should help: [Connect to the VPN]({site}kb/KB0001/) (KB0001)\n"
                              f"Three steps.\n{site}kb/KB0001/")
    expect(markdown).to_have_text("Copy reply (Markdown)")  # back after a moment


def test_each_section_has_a_copy_link_button_that_works_from_the_keyboard(tab, site):
    tab.goto(site + "articles/kb0001-vpn/")
    buttons = tab.locator(".kbgen-copy--section")
    assert buttons.count() == 3  # Before you start, Steps, After: not the related articles list
    section = tab.get_by_role("button", name="Copy link to the section Steps")
    section.focus()
    assert tab.evaluate("document.activeElement.getAttribute('data-anchor')") == "steps"
    outline = tab.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    tab.keyboard.press("Enter")
    assert clipboard(tab) == site + "kb/KB0001/#steps"
    assert outline != "none"
    tab.keyboard.press("Shift+Tab")
    tab.keyboard.press("Tab")
    tab.keyboard.press("Space")
    assert clipboard(tab) == site + "kb/KB0001/#steps"


def test_short_links_and_moved_urls_keep_the_section(tab, site):
    tab.goto(site + "kb/KB0001/#steps")
    tab.wait_for_url("**/articles/kb0001-vpn/#steps")
    assert tab.evaluate("window.scrollY") > 200
    tab.goto(site + "articles/kb0001-connect/#after")
    tab.wait_for_url("**/articles/kb0001-vpn/#after")
    assert tab.locator("h2#after").is_visible()


def test_a_retired_article_points_to_its_replacement(tab, site):
    tab.goto(site + "kb/KB0002/")
    tab.wait_for_url("**/articles/kb0002-old/")
    assert "has been retired" in tab.locator(".kbgen-retired").inner_text()
    assert tab.locator("meta[name=robots]").get_attribute("content") == "noindex"
    tab.get_by_role("link", name="Connect to the VPN").click()
    tab.wait_for_url("**/articles/kb0001-vpn/")


def test_was_this_helpful_yes_thanks_and_no_opens_the_prefilled_mail(tab, site):
    tab.goto(site + "articles/kb0001-vpn/")
    box = tab.get_by_role("region", name="Feedback on this article")
    assert "Was this helpful?" in box.inner_text()
    no = box.get_by_role("link", name="No (tell us what was missing or wrong)")
    href = no.get_attribute("href")
    assert href.startswith("mailto:kb-owners@example.com?subject=Feedback%20on%20KB0001%3A%20Connect%20to%20the%20VPN")
    assert "Last%20reviewed%3A%20not%20reviewed%20yet" in href
    box.get_by_role("button", name="Yes").click()
    thanks = box.locator(".kbgen-feedback__thanks")
    assert thanks.inner_text() == "Thank you! Glad it helped."
    assert thanks.get_attribute("role") == "status"
    assert not box.get_by_role("button", name="Yes").is_visible()
    assert tab.evaluate("document.activeElement.className") == "kbgen-feedback__thanks"
    # Yes sent nothing and stored nothing.
    assert tab.evaluate("localStorage.length + sessionStorage.length") == 0 and tab.context.cookies() == []
