"""Round 14 of the robustness audit: every search index file read in bounded memory, a cut-short
gzip refused, one address mechanism, UNC paths in articles, and the findings of attacking again."""
from __future__ import annotations

import gzip
import tracemalloc

import pytest
from click.testing import CliRunner

from conftest import article
from kbgen.cli import main


def _index(make_project) -> dict:
    from kbgen.build import load_valid_corpus
    from kbgen.search.index import SearchIndex

    project = make_project({"content/articles/a.md": article("KB0001", "Printer jams", "Open the tray.")})
    corpus, _ = load_valid_corpus(project)
    return dict(SearchIndex.build(corpus).files())


# ------------------------------------------------------------- an index file of millions of tiny values

@pytest.mark.parametrize("unit", [b"{},", b"[],"], ids=["objects", "lists"])
@pytest.mark.parametrize("which", ["manifest", "docs"])
def test_an_index_file_of_millions_of_empty_values_is_refused_before_it_is_built(make_project, unit, which):
    """16 MiB of ``{},`` in the manifest or a documents file took ~380 MB to read (only shards
    were bounded): every index file is refused by the count of its values before it is parsed,
    with a message naming the file."""
    from kbgen.search.engine import MAX_INDEX_FILE

    files = _index(make_project)
    payload = b"[" + unit * ((MAX_INDEX_FILE - 8) // len(unit)) + b"0]"
    name = next(n for n in files if (n.endswith("manifest.json") if which == "manifest" else "/docs-" in n))
    files[name] = payload
    tracemalloc.start()
    try:
        _refused(files, which)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 100 * 2 ** 20  # the text itself is 16 MiB; its objects were ~380 MB


def _refused(files: dict, which: str) -> None:
    from kbgen.errors import KbgenError
    from kbgen.search.engine import SearchEngine

    if which == "manifest":
        with pytest.raises(ValueError, match=r"search/manifest\.json holds more than [0-9,]+ JSON values"):
            SearchEngine.load(files)
    else:
        with pytest.raises(KbgenError, match=r"search/docs-0\.json: the search index is damaged .*JSON values"):
            SearchEngine.load(files).search("printer")


# ------------------------------------------------------------- a gzip stream cut short

def test_a_truncated_gzip_index_file_is_refused_with_its_name(make_project):
    """A gzip stream without its trailer (a copy cut short) was read as far as it went, its
    checksum never checked: it is a damaged index, named."""
    from kbgen.search.engine import read_index_text

    whole = gzip.compress(b'{"printer": [0, 1, 2]}' * 50)
    assert read_index_text(whole, "terms-0.json.gz").startswith('{"printer"')
    for cut in (4, 8, 20):
        with pytest.raises(ValueError, match=r"search/terms-0\.json\.gz is a truncated gzip stream"):
            read_index_text(whole[:-cut], "terms-0.json.gz")


# ------------------------------------------------------------- one check of an href made from a config value

@pytest.mark.parametrize("address", ["https://help.example.com@relay.example.org/",
                                     "https://relay.example.org\\@help.example.com/",
                                     "https://help.exam\u200bple.com/", "jav&#x61;script:alert(1)",
                                     "data:text/html,<b>x</b>"])
def test_safe_url_refuses_a_disguised_host_as_it_refuses_a_script(address):
    """The host check lived in ``contact_href`` only, so another href made from a config value
    (the feedback form's, a template's) could link to a host it does not show: ``safe_url`` now
    makes both checks (``links.linkable``) and every href from config goes through it."""
    from kbgen.links import safe_url

    assert safe_url(address) == "#"
    assert safe_url("https://help.example.com/kb?q=a@b") == "https://help.example.com/kb?q=a@b"


# ------------------------------------------------------------- a link to a Windows file share

@pytest.mark.parametrize("target", [r"\\fs07\handbooks\leave.docx", r"\\\\fs07\\handbooks\\leave.docx",
                                    r"<\\fs07\handbooks\leave.docx>", "\\\\fs07\\handbooks\\leave.docx"])
def test_a_file_share_link_is_a_warning_and_the_page_shows_its_text_without_a_dead_link(make_project, target):
    """A UNC path is a common intranet link, but no browser opens a file share from a web page:
    written with single backslashes (Markdown makes ``\\\\`` one, so the page linked to
    ``/fs07/handbooks/...`` on the site's host, with no message) or escaped, it is a warning
    (rule ``file-share-link``, ``severity:`` can make it an error), the build goes on, and the
    page shows the link's text with no href."""
    body = f"Open [the leave form]({target}) from the office.\n\nOr copy `\\\\fs07\\handbooks` into File Explorer."
    project = make_project({"content/articles/a.md": article("KB0001", "Leave form", body)})
    result = CliRunner().invoke(main, ["build", "--project", str(project)])
    assert result.exit_code == 0, result.output
    assert "warning: link: link '" in result.output and "is a Windows file-share path" in result.output
    page = next(project.glob("site/articles/kb0001*/index.html")).read_text(encoding="utf-8")
    assert "<a>the leave form</a>" in page and "fs07/handbooks" not in page
    assert "<code>\\\\fs07\\handbooks</code>" in page  # the path as text is shown as written
    strict = CliRunner().invoke(main, ["check", "--strict", "--project", str(project)])
    assert strict.exit_code != 0 and "warning[file-share-link]" in strict.output


# ------------------------------------------------------------- a tag the site drops without a word

@pytest.mark.parametrize("html, tag", [
    ("Sign in with ssh <login>@jumphost.example.org and press <Return>.", "login"),
    ('<meta http-equiv="refresh" content="0; url=https://relay.example.org/">', "meta"),
    ('<base href="https://relay.example.org/">', "base"),
    ("Open <ms-settings:windowsupdate> on the laptop.", "ms-settings:windowsupdate"),
])
def test_a_tag_the_site_drops_is_a_warning_naming_it(make_project, html, tag):
    """A placeholder in angle brackets (``<login>``), a ``<meta>`` refresh or a ``<base>`` was
    removed from the page with no message (the instruction read "ssh @jumphost..."): each is a
    warning, rule ``dropped-html``, at its line; autolinks, code and an unclosed '<' are not."""
    body = f"When the queue <length passes 40 it stops.\n\n{html}\n\n`<code-sample>` <https://help.example.org/a> <desk@example.org>"
    code, output = _check(make_project({"content/articles/a.md": article("KB0001", "Jump host", body)}))
    assert code == 0, output
    dropped = [line for line in output.splitlines() if "warning[dropped-html]" in line]
    assert dropped and all(":7:" in line for line in dropped), output  # the body's third line
    assert f"<{tag}> is no HTML element the site keeps" in output
    assert "code-sample" not in output and "help.example.org" not in output and "desk@" not in output
    assert "<length>" not in output  # no '>' before the next '<': the renderer shows it as text


@pytest.mark.parametrize("gap", ["\n\n", "\n  \t\n"], ids=["empty", "spaces"])
def test_a_less_than_sign_before_a_blank_line_opens_no_tag(make_project, gap):
    """"x<y" with a '>' only in a later paragraph was told as a dropped ``<y>`` (and failed
    ``check --strict``) while the page shows "x&lt;y": a tag never spans a blank line (a line
    of spaces and tabs is blank too), as the renderer reads it."""
    body = f"Sort the rows where width<height first.{gap}Then choose Menu > Options > Display."
    code, output = _check(make_project({"content/articles/a.md": article("KB0001", "Sorting", body)}))
    assert code == 0 and "dropped-html" not in output, output  # so `check --strict` passes too
    code, output = _check(make_project({"content/articles/a.md": article(
        "KB0001", "Sorting", "Sort the rows where width<height then choose Menu > Options.")}))
    assert "<height>" in output  # one paragraph: the renderer reads a tag, so it is still told


def test_markup_inside_a_comment_and_inside_a_reported_svg_is_not_told(make_project):
    """A '<' inside an HTML comment (``<!-- ask <owner> -->``) was told as a dropped tag though
    the page shows no comment; each child of an ``<svg>`` already told as removed added a
    warning of its own. One warning for the ``<svg>``, none for the comment."""
    body = ("Reset the router. <!-- check with <lead> and <script>x</script> first -->\n\n"
            '<svg viewBox="0 0 9 9"><g><rect width="3"/><blob r="2"/></g></svg> then <keyname> after.')
    code, output = _check(make_project({"content/articles/a.md": article("KB0001", "Router", body)}))
    assert code == 0, output
    assert "lead" not in output and "<script>" not in output and "<blob>" not in output and "<g>" not in output
    assert output.count("inline <svg>") == 1 and "<keyname> is no HTML element" in output  # after </svg>: told


@pytest.mark.parametrize("written, kind", [('<a href="\\\\nas2\\forms">forms</a>', "a Windows file-share path"),
                                           ('<a href="\\forms\\intake.xlsx">forms</a>', "a Windows-style path (backslash)"),
                                           ("[forms](\\forms\\intake.xlsx)", "a Windows-style path (backslash)")])
def test_a_windows_path_in_raw_html_or_markdown_is_one_rule_and_says_what_it_is(make_project, written, kind):
    """A file-share path in raw HTML was told under rule ``script``, in Markdown under
    ``file-share-link``: both are ``file-share-link``; a single leading backslash is called a
    Windows-style path, not a file share."""
    code, output = _check(make_project({"content/articles/a.md": article("KB0001", "Forms", f"Open {written} now.")}))
    assert code == 0, output
    told = [line for line in output.splitlines() if "Windows" in line]
    assert len(told) == 1 and "warning[file-share-link]" in told[0] and f"is {kind};" in told[0], output


def _check(project) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["check", "--project", str(project)])
    return result.exit_code, result.output


# ------------------------------------------------------------- a JSON export of millions of empty objects

@pytest.mark.parametrize("unit", ["{},", "[],", '{"a":[]},'])
def test_a_json_export_of_millions_of_empty_values_is_refused_before_it_is_parsed(tmp_path, unit):
    """A 30 MB export of ``{},`` took 3.5 GB and 34 s before it was found to hold no tickets: an
    export holding far more objects and lists than its size allows tickets is an error naming
    the file, at once and in bounded memory."""
    from kbgen.suggest.importers.reading import read_json

    raw = ("[" + unit * (6_000_000 // len(unit)) + "{}]").encode()
    diagnostics: list = []
    tracemalloc.start()
    try:
        assert read_json(str(tmp_path / "export.json"), raw, diagnostics) is None
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 60 * 2 ** 20, peak  # the text itself is 6 MB (24 MB as read); its objects were ~700 MB
    assert [str(d) for d in diagnostics if "JSON objects and lists" in d.message and "export.json" in str(d)]
    tickets = '[{"number": "T1", "short_description": "Badge reader rejects card", "tags": [], "meta": {}}]'
    assert read_json("ok.json", tickets.encode(), []) is not None


def test_a_minified_export_of_short_tickets_with_empty_list_fields_is_read():
    """A real export may be dense: minified, short tickets, several multi-select fields empty or
    short (``"tags":[]``), one object or list per ~14 characters (refused as damaged before, at
    one per 16). Such a file is read."""
    from kbgen.json_bounds import FEW_CONTAINERS
    from kbgen.suggest.importers.reading import read_json

    ticket = '{{"id":{0},"subject":"Fan","tags":[],"cc":[{1}],"via":{{}}}}'
    count = FEW_CONTAINERS // 3
    text = "[" + ",".join(ticket.format(n, n % 7) for n in range(count)) + "]"
    containers = text.count("{") + text.count("[")
    assert containers > FEW_CONTAINERS and len(text) / containers < 16  # dense: the ratio decides
    diagnostics: list = []
    assert read_json("dense.json", text.encode(), diagnostics) is not None, [str(d) for d in diagnostics]
    assert not [d for d in diagnostics if "JSON objects and lists" in d.message]


# ------------------------------------------------------------- in the browser

_ROUND14_BODY = """\
Open [the drop folder](\\\\fs9\\drop) or <a href="\\\\fs9\\drop" class="share">the share</a>.

<meta http-equiv="refresh" content="0;url=jav&#x61;script:alert('s1')">
<svg><set attributeName="href" to="javascript:alert('s2')"/><a><text y="20">s2</text></a></svg>
<a href="&#X6A;&#X41;VASCRIPT&#X3A;alert('s3')">s3</a> <a href="&NewLine;&Tab;javascript&colon;alert('s4')">s4</a>
<object data="data:text/html,<b onclick=alert('s5')>s5</b>"></object>

Run ssh <operator>@gateway, then [the guide](../../) stays a link.
"""


@pytest.mark.browser
def test_round_14_payloads_run_nothing_and_file_share_links_keep_only_their_text(make_project, serve_dir, tmp_path,
                                                                                  page):
    """A refresh to an encoded script URL, an SVG ``<set>`` of an href, upper-case and named
    character references and an ``<object>`` in an article and an announcement: no dialog opens
    in Chromium when everything is hovered and clicked, no refresh, ``<object>`` or ``<base>`` is
    left in the page, and the file-share links (Markdown and raw HTML) show their text with no address."""
    from test_script_browser import ANNOUNCEMENT, NOW, exercise

    from kbgen.build import build_site

    project = make_project({"content/articles/hostile.md": article("KB0001", "Hostile", _ROUND14_BODY),
                            "content/announcements/notice.md": ANNOUNCEMENT + _ROUND14_BODY})
    result = build_site(project, tmp_path / "site", NOW)
    assert sum(d.rule == "file-share-link" for d in result.diagnostics) == 4  # Markdown and raw HTML, in each file
    assert sum(d.rule == "dropped-html" for d in result.diagnostics) >= 4  # <meta>, <object>, <operator> each
    base = serve_dir(tmp_path / "site")
    for path in ("articles/kb0001-hostile/", "announcements/ntc-1/"):
        page.goto(base + path)
        hrefs = page.evaluate("() => [...document.querySelectorAll('.md-content a')]"
                              ".filter(a => /drop folder|the share|the guide/.test(a.textContent))"
                              ".map(a => a.getAttribute('href'))")
        assert len(hrefs) == 3 and hrefs[:2] == [None, None] and hrefs[2], hrefs  # the guide stays a link
        assert page.evaluate("() => document.querySelectorAll('.md-content meta, .md-content object, base').length") == 0
        assert exercise(page, base + path) == [], path


def test_a_previous_catalogue_of_millions_of_empty_objects_is_refused_before_it_is_parsed():
    """A previous site's catalogue is read up to 256 MiB: 15 MB of ``{},`` built ~600 MB of
    objects before the entries were found unusable; it is "not a kbgen catalogue" at once."""
    from kbgen.permalinks.catalogue import read_entries

    raw = ('{"generator": "kbgen", "format": 1, "articles": [' + "{}," * 5_000_000 + "{}]}").encode()
    tracemalloc.start()
    try:
        entries, problems = read_entries(raw)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert entries == () and "not a kbgen catalogue: holds 5,000,003 JSON objects and lists" in problems[0][1]
    assert peak < 60 * 2 ** 20, peak


@pytest.mark.parametrize("body", [
    "Open the [rota sheet](<shared rota/week 12.md>) before Monday.",
    "Map the drive from <smb://filer7/rota> or sign in at <sftp://drop.example.org>.",
    "Old note <!-- was {: onclick=\"alert(7)\" } on the button --> kept for history.",
])
def test_what_the_page_shows_as_a_link_or_hides_as_a_comment_raises_no_html_warning(body):
    """A link target in angle brackets, an address the renderer links in angle brackets (any
    ``scheme://``) and an attribute list inside a comment are no dropped tag and no script."""
    from kbgen.body_check import script_diagnostics

    assert [d.format() for d in script_diagnostics("content/articles/a.md", body, 5)] == []
