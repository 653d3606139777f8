"""No script runs from anything a writer types: hostile articles and announcements, loaded,
hovered and clicked in headless Chromium (never grepped), with raw HTML allowed and forbidden."""
from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from markupsafe import Markup
from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from kbgen.build import build_site, load_project
from kbgen.components import COMPONENTS
from kbgen.site.plan import plan_site
from kbgen.site.publish import publish
from conftest import MINIMAL_CONFIG, article

pytestmark = pytest.mark.browser
NOW = "2026-03-01T09:00:00+00:00"

#: Raw HTML and attribute lists a writer may type; each would call alert() if it ran.
RAW_PAYLOADS = """\
## Heading <img src=x onerror="alert('t1')">

## Heading &lt;img src=x onerror=alert('t2')&gt;

<a href="javascript:alert('h1')">h1</a>
<a href="java&#x09;script:alert('h2')">h2</a>
<a href="&#x6A;avascript&colon;alert('h3')">h3</a>
<a href=" &#14;JaVaScRiPt:alert('h4')">h4</a>
<a href="&#0000106&#0000097vascript:alert('h5')">h5</a>
<a href="data:text/html,<script>alert('h6')</script>">h6</a>
<img src="x" onerror="alert('h7')">
<div onmouseover="alert('h8')" class="hover-me">hover h8</div>
<iframe srcdoc="<script>parent.alert('h9')</script>"></iframe>
<script>alert('h10')</script>
<svg onload="alert('h11')"><animate attributeName="href" values="javascript:alert('h12')"/></svg>
<form action="javascript:alert('h13')"><button>h13</button></form>
<button formaction="javascript:alert('h14')">h14</button>
<object data="javascript:alert('h15')"></object>
<embed src="javascript:alert('h16')">
<details open ontoggle="alert('h17')"><summary>h17</summary>x</details>
<input autofocus onfocus="alert('h18')">
<meta http-equiv="refresh" content="0;url=javascript:alert('h19')">
<base href="javascript:alert('h20')//">
<a/onmouseover="alert('h21')">h21</a>
<math><maction actiontype="statusline" xlink:href="javascript:alert('h22')">h22</maction></math>

A paragraph to hover
{: onmouseover="alert('a1')" }

[a2 link](https://example.com/){: onclick="alert('a2');return false" }

[a3 link](https://example.com/){: href="javascript:alert('a3')" }
"""

#: Markdown links to script URLs: errors in `kbgen check`, and never emitted by the renderer.
LINK_PAYLOADS = """\
[m1](javascript&#58;alert('m1')) [m2](&#106;avascript:alert('m2')) [m3](&#x6A;avascript&colon;alert('m3'))
[m4]( JaVaScRiPt:alert('m4')) [m5][ref] ![m6](javascript:alert('m6')) [m7](<java\tscript:alert('m7')>)
[m8](vbscript:alert('m8')) [m9](data:text/html;base64,PHNjcmlwdD5hbGVydCgnbTknKTwvc2NyaXB0Pg==)

[ref]: java&#x0A;script:alert('m5')
"""

ANNOUNCEMENT = "---\nid: NTC-1\ntitle: Notice\ntype: notice\nstart: 2026-02-01 09:00\n---\n"

#: Run in the page: every attribute that could still run script, as the browser parsed it.
DOM_AUDIT = """() => {
  const bad = [];
  for (const el of document.querySelectorAll('*')) {
    for (const attr of el.attributes) {
      const name = attr.name.toLowerCase();
      if (name.startsWith('on') || name === 'srcdoc') bad.push(el.tagName + ' ' + name);
      if (['href', 'src', 'action', 'formaction', 'data', 'xlink:href', 'values', 'content'].includes(name)) {
        let scheme = '';
        try { scheme = new URL(attr.value, location.href).protocol; } catch (e) {}
        if (['javascript:', 'vbscript:'].includes(scheme) || /javascript:/i.test(attr.value.replace(/\\s/g, '')))
          bad.push(el.tagName + ' ' + name + '=' + attr.value);
      }
    }
  }
  for (const s of document.querySelectorAll('script')) {
    if (!s.src && /alert\\(/.test(s.textContent)) bad.push('inline script');
  }
  return bad;
}"""


def _goto(page, url: str) -> None:
    """Load ``url``. A click's navigation still under way (to a host the test machine cannot reach:
    Chromium then shows its error page) can interrupt the load on a slow machine; it is made again."""
    for attempt in range(3):
        try:
            page.goto(url)
            return
        except PlaywrightError as error:
            if "interrupted by another navigation" not in str(error) or attempt == 2:
                raise
            page.wait_for_timeout(500)


def exercise(page, url: str) -> list[str]:
    """Load ``url``, hover and click everything in the content; return every dialog opened
    and every script-bearing attribute left in the DOM."""
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    _goto(page, url)
    page.wait_for_load_state("load")
    page.wait_for_timeout(300)
    found = page.evaluate(DOM_AUDIT)
    targets = page.locator(".md-content a, .md-content button, .md-content div, .md-content p, "
                           ".md-content summary, .md-content input, .md-content h2, .md-content img")
    for index in range(targets.count()):
        target = targets.nth(index)
        if not target.is_visible():
            continue
        try:
            target.hover(timeout=2000)
            target.click(timeout=2000, no_wait_after=True)
        except PlaywrightTimeout:  # an earlier click hid it (a feedback answer, a copied button)
            continue
        page.wait_for_timeout(30)
        if page.url.split("#")[0] != url.split("#")[0]:
            _goto(page, url)
    page.wait_for_timeout(200)
    return dialogs + found


@pytest.mark.parametrize("raw_html", [True, False], ids=["raw-html-allowed", "raw-html-forbidden"])
def test_no_script_runs_from_raw_html_or_attribute_lists(make_project, serve_dir, tmp_path, page, raw_html):
    config = MINIMAL_CONFIG + ("" if raw_html else "markdown:\n  raw_html: false\n")
    project = make_project({"content/articles/hostile.md": article("KB0001", "Hostile", RAW_PAYLOADS),
                            "content/announcements/notice.md": ANNOUNCEMENT + RAW_PAYLOADS}, config=config)
    result = build_site(project, tmp_path / "site", NOW)
    assert {d.rule for d in result.diagnostics} >= {"script"}  # warned about, then removed
    base = serve_dir(tmp_path / "site")
    for path in ("articles/kb0001-hostile/", "announcements/ntc-1/", ""):
        assert exercise(page, base + path) == [], path


def test_a_page_keeps_its_ordinary_html_when_raw_html_is_allowed(make_project, serve_dir, tmp_path, page):
    body = ('<kbd>Ctrl</kbd> <abbr title="Virtual private network">VPN</abbr> '
            '<video controls src="clip.mp4" width="320"></video> <a href="msteams://l/chat/0/0">Chat</a>')
    project = make_project({"content/articles/a.md": article("KB0001", "A", body)})
    build_site(project, tmp_path / "site", NOW)
    page.goto(serve_dir(tmp_path / "site") + "articles/kb0001-a/")
    content = page.locator(".md-content")
    assert content.locator("kbd").inner_text() == "Ctrl"
    assert content.locator("video").get_attribute("src") == "clip.mp4"
    assert content.locator("a", has_text="Chat").get_attribute("href") == "msteams://l/chat/0/0"


def test_markdown_links_to_encoded_script_urls_are_errors_and_never_rendered(make_project, serve_dir, tmp_path,
                                                                          page):
    project = make_project({"content/articles/a.md": article("KB0001", "A", LINK_PAYLOADS),
                            "content/announcements/n.md": ANNOUNCEMENT + LINK_PAYLOADS})
    corpus, diagnostics = load_project(project)
    unsafe = [d for d in diagnostics if d.key == "link" and "unsafe link" in d.message]
    assert len(unsafe) == 2 * 9 and corpus is None
    # Past the check (as if it were skipped), the renderer still emits none of them.
    (project / "content/articles/a.md").write_text(article("KB0001", "A", "Safe."))
    (project / "content/announcements/n.md").unlink()
    corpus, _ = load_project(project)
    plan = plan_site(corpus, dt.datetime(2026, 3, 1, 9, tzinfo=dt.timezone.utc), COMPONENTS)
    path = plan.article_pages["KB0001"]
    planned = plan.pages[path]
    plan.pages[path] = dataclasses.replace(planned, context={
        **planned.context, "body": planned.context["body"] + Markup("\n\n" + LINK_PAYLOADS)})
    publish(plan, tmp_path / "site")  # the path kbgen build takes
    assert exercise(page, serve_dir(tmp_path / "site") + "articles/kb0001-a/") == []
