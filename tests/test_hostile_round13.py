"""Round 13 of the robustness audit: one address check for every address kbgen links to, a
search index read in bounded memory, an over-long CSV line read in the parser's own states, the
alias rule on one Unicode, and the findings of attacking again."""
from __future__ import annotations

import re

import pytest
from click.testing import CliRunner

from conftest import MINIMAL_CONFIG, article
from kbgen.cli import main


def _check(project) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["check", "--project", str(project)])
    return result.exit_code, result.output


def _chat(address: str) -> str:
    """The minimal config with a chat channel at ``address`` (a YAML double-quoted string)."""
    return MINIMAL_CONFIG.replace("services:", f'  - kind: chat\n    label: Chat\n    value: "{address}"\nservices:', 1)


# ------------------------------------------------------------- one check of every address

_ADDRESSES = [  # (address as YAML writes it, refused)
    ("https://relay.example.org\\\\@desk.example.com/", True),  # goes to relay.example.org
    ("https://desk.exam\\u200dple.com/", True),  # a zero-width joiner: a look-alike host
    ("https:/\\\\desk.example.com/", True),  # browsers read '\\' as '/', other programs do not
    ("https://desk.example.com\\\\chat", True),
    ("https://desk.example.com/chat?share=d:\\\\queue", False),  # a backslash in the query
    ("https://desk.example.com/chat#step\\u200b3", False),  # an invisible character in the fragment
    ("https://desk.example.com/chat", False),
    ("https://desk.example.com@relay.example.org/chat", True),  # a user name: goes to relay.example.org
    ("https://desk:pass@relay.example.org", True),
    ("https://desk.example.com/chat/@team", False),  # an '@' in the path
]


@pytest.mark.parametrize("address, refused", _ADDRESSES)
def test_a_body_link_and_a_contact_address_get_the_same_verdict(make_project, address, refused):
    """A Markdown link in an article or an announcement and a chat channel's address are read by
    one check (:func:`kbgen.links.host_problem`): a body link whose host is not the one it shows
    was published silently while the same address in site_config.yml was an error."""
    import yaml

    target = yaml.safe_load(f'"{address}"')
    body = f"Open [the desk chat](<{target}>) first."
    announcement = ("---\nid: NOTE-1\ntitle: Chat moved\ntype: notice\nstart: 2026-03-02T09:00:00Z\n---\n"
                    + body + "\n")
    for files, config, key in (
            ({"content/articles/a.md": article("KB0001", "Desk chat", body)}, MINIMAL_CONFIG, "link"),
            ({"content/articles/a.md": article("KB0001", "Desk chat"),
              "content/announcements/n.md": announcement}, MINIMAL_CONFIG, "link"),
            ({"content/articles/a.md": article("KB0001", "Desk chat")}, _chat(address), "contact.2.value")):
        code, output = _check(make_project(files, config=config, name=f"p{len(key)}{len(files)}"))
        assert (code == 1) == refused, output
        if refused:
            assert re.search(rf": error(\[[a-z-]+\])?: {re.escape(key)}: ", output) and "Traceback" not in output, output


def test_a_backslash_ending_the_host_is_not_called_another_host(make_project):
    """A backslash right after the host with no '@' after it goes to the host shown: the error
    said the page "would link to another host than the one it shows", which was untrue; it says
    what a backslash there does (a '/' to browsers, part of the host to other programs)."""
    code, output = _check(make_project({"content/articles/a.md": article("KB0001", "Desk chat")},
                                       config=_chat("https://desk.example.com\\\\chat")))
    assert code == 1, output
    assert "another host" not in output and "where its host begins or ends" in output, output
    code, output = _check(make_project({"content/articles/a.md": article("KB0001", "Desk chat")},
                                       config=_chat("https://relay.example.org\\\\@desk.example.com/"), name="q"))
    assert code == 1 and "another host than the one it shows" in output, output


def test_the_feedback_form_is_read_by_the_same_check(make_project):
    """The feedback form's address: a backslash ending its host is refused with the same words."""
    config = MINIMAL_CONFIG + 'feedback:\n  url: "https://forms.example.com\\\\f?id={id}"\n'
    code, output = _check(make_project({"content/articles/a.md": article("KB0001", "Desk chat")}, config=config))
    assert code == 1 and "feedback.url: " in output and "where its host begins or ends" in output, output


# ------------------------------------------------------------- a gzip bomb in a built search index

_BOMB = """
import resource, sys, zlib
from pathlib import Path
from kbgen.errors import KbgenError
from kbgen.search.engine import SearchEngine
from kbgen.search.index import SearchIndex
from kbgen.build import load_valid_corpus

corpus, _ = load_valid_corpus(Path(sys.argv[1]))
files = dict(SearchIndex.build(corpus).files())
pack = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)  # gzip: 512 MiB of spaces in ~0.5 MB
bomb = b"".join(pack.compress(b" " * 2 ** 20) for _ in range(512)) + pack.flush()
shard = next(name for name in files if "/terms-" in name)
files[shard] = bomb
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
try:
    SearchEngine.load(files).search("printer")
    print("no error")
except KbgenError as error:
    print(str(error)[:300])
print((resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) // 1024)
"""


def test_a_gzip_bomb_in_a_search_index_is_refused_in_bounded_memory(make_project):
    """``kbgen search`` reads a site someone else may have built: a shard of a few hundred KB that
    decompresses to 512 MiB was decompressed whole (and decoded: over 1 GB at the peak); it is
    read no further than the largest index file kbgen writes and is an error saying so."""
    import subprocess
    import sys

    project = make_project({"content/articles/a.md": article("KB0001", "Printer jams", "Open the tray.")})
    done = subprocess.run([sys.executable, "-c", _BOMB, str(project)], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    message, grown = done.stdout.strip().splitlines()
    assert "the search index is damaged" in message and "MiB once decompressed" in message, message
    assert int(grown) < 300, f"memory grew by {grown} MB reading a 512 MiB gzip bomb"


def test_an_oversized_search_manifest_is_not_read_whole(tmp_path):
    """A built site's manifest is read no further than the largest index file, and only from a
    regular file: a 70 MiB manifest is refused, not read whole."""
    from kbgen.search.engine import MAX_INDEX_FILE, SearchEngine

    folder = tmp_path / "search"
    folder.mkdir()
    (folder / "manifest.json").write_bytes(b"[" + b" " * (MAX_INDEX_FILE + 10) + b"]")
    with pytest.raises(ValueError, match="MiB once decompressed"):
        SearchEngine.load(tmp_path)


# ------------------------------------------------------------- an over-long CSV line read in the reader's states

def _read_both(monkeypatch, text: str, limit: int):
    """The rows of ``text`` read whole and read line by line with lines over ``limit`` skipped."""
    from kbgen.suggest.importers import reading

    whole: list = []
    read = reading.read_csv("a.csv", text.encode(), whole)
    monkeypatch.setattr(reading, "MAX_LINE", limit)
    parts: list = []
    cut = reading.read_csv("a.csv", text.encode(), parts)
    monkeypatch.undo()
    return read, whole, cut, parts


_SPREAD = "a,b," * 30  # an outline as long as the line: the reader's state stands in for it
_LONG_LINES = [  # (lines before, the over-long line, lines after)
    ("", 'G-2,"bay ' + _SPREAD + ' said ""ok"" then', 'more"'),  # a quoted cell opens, quotes doubled
    ("", "G-2," + _SPREAD + ' 24" screen', ""),  # an inch mark in an unquoted cell: no quote opens
    ("", "G-2," + _SPREAD + ' 24" screen,"tray', 'left"'),  # and then a quoted cell opens
    ('G-2,"held\n', "still " + _SPREAD + ' said ""ok"" end",x', ""),  # a quoted cell closes, quotes doubled
    ('G-2,"held\n', "still " + _SPREAD + ' end","tray', 'left"'),  # closes, and another opens
]


@pytest.mark.parametrize("before, long, after", _LONG_LINES)
def test_an_over_long_line_leaves_the_reader_where_the_line_does(monkeypatch, before, long, after):
    """A line too long to read whose outline (its quotes and delimiters) is too long as well was
    replaced by one quote when it held an odd number of quotes: an inch mark in an unquoted cell
    opened a quote that swallowed the rows after it, and a quoted cell (line ends and doubled
    quotes in it) that closed while another opened left the reader outside a quote. The reader
    now ends the line in the state the line leaves it in; the rows around it are read as when
    the whole text is read."""
    text = ("Key,Subject,Details\nG-1,hinge loose,tight\n" + before + long + "\n" + after + ("\n" if after else "")
            + 'G-3,"fan\nnoisy",rattle\nG-4,lamp dim,"bulb ""warm"""\n')
    read, whole, cut, parts = _read_both(monkeypatch, text, 60)
    skipped = {d.line for d in parts if "characters long" in d.message}
    assert skipped == {2}, [d.format() for d in parts]
    assert {row.number: row.cells for row in cut.rows} == {row.number: row.cells for row in read.rows if row.number != 2}
    assert [row.cells["subject"] for row in cut.rows] == [["hinge loose"], ["fan\nnoisy"], ["lamp dim"]]
    assert [d.format() for d in whole if d.line != 2] == [d.format() for d in parts if d.line != 2]


def test_over_long_lines_agree_with_the_whole_text_on_random_exports(monkeypatch):
    """Random exports of quoted cells with line ends and doubled quotes, inch marks and empty
    cells: cut line by line with a short limit, every row but the skipped ones is the row read
    from the whole text, and the parse stops (an unclosed quote) where it stops whole."""
    import random

    pieces = ["a", "bb", ",", ",", '"', '""', " 9\" ", "\n", '"x\ny"', '"q ""r"" s"']
    generator = random.Random(13)
    for _ in range(300):
        rows = ["".join(generator.choice(pieces) for _ in range(generator.randint(1, 40))) for _ in range(4)]
        text = "Key,Subject,Details\n" + "\n".join(f"R-{n}," + row for n, row in enumerate(rows)) + "\n"
        read, whole, cut, parts = _read_both(monkeypatch, text, 24)
        skipped = {d.line for d in parts if "characters long" in d.message}
        cut_rows = {row.number: row.cells for row in cut.rows} if cut else None
        read_rows = {row.number: row.cells for row in read.rows if row.number not in skipped} if read else None
        assert cut_rows == read_rows, text


# ------------------------------------------------------------- the alias rule on one Unicode

def test_an_alias_is_judged_by_the_running_pythons_unicode_alone(monkeypatch):
    """The alias rule asked Unicode 3.2's tables as well, a guard that refused nothing more on any
    Python (no character has left the invisible categories since 3.2). It was removed: what the
    running Python's tables call a letter is allowed, whatever 3.2 called it, and what they call
    invisible is refused."""
    import types
    import unicodedata

    import kbgen.content as content
    from kbgen.schema import Invalid

    joiner = "\u200b"  # a space in Unicode 3.2, a format character since: invisible either way
    shim = types.SimpleNamespace(category=lambda char: "Ll" if char == joiner else unicodedata.category(char))
    monkeypatch.setattr(content, "unicodedata", shim)
    assert content.alias_path(f"/old{joiner}help/") == f"old{joiner}help/"
    monkeypatch.undo()
    with pytest.raises(Invalid):
        content.alias_path(f"/old{joiner}help/")


def test_raw_html_with_a_disguised_host_is_reported_and_removed(make_project):
    """Raw HTML's addresses go through the same check: an ``href`` whose host is not the one it
    shows is a warning naming it, and the page keeps the link's text without the address."""
    from kbgen.site.safety import clean_html

    html = '<a href="https://relay.example.org\\@desk.example.com/">desk</a> <a href="https://desk.example.com/a\\b">b</a>'
    assert clean_html(html) == '<a>desk</a> <a href="https://desk.example.com/a\\b">b</a>'
    body = "Open the " + html
    code, output = _check(make_project({"content/articles/a.md": article("KB0001", "Desk chat", body)}))
    assert code == 0 and "warning[script]: html: <a> 'href' holds a backslash before its path" in output, output


# ------------------------------------------------------------- in the browser

_ROUND13_HTML = """\
<a href="https://relay.example.org\\\\@desk.example.com/" class="disguised">desk</a>
<a href="https://desk.exa&#x200D;mple.com/" class="disguised">look-alike</a>
<form><button formaction="&#106;avascript:alert('r1')">r1</button></form>
<svg><a xlink:href="java&Tab;script:alert('r2')"><text y="20">r2</text></a></svg>
<img src="&#1;&#x2;javascript:alert('r3')" alt="r3"> <a href=" &#x6A;AVASCRIPT&#58;alert('r4')">r4</a>
<a href="&amp;#106;avascript:alert('r5')">r5</a> <a href="DATA:text/html,<script>alert('r6')</script>">r6</a>
<a href="  &#x09;vbscript:alert('r7')">r7</a> <a href="../../" class="kept">kept</a>
"""


@pytest.mark.browser
def test_round_13_payloads_run_nothing_and_disguised_hosts_lose_their_address(make_project, serve_dir, tmp_path, page):
    """Nested and padded character references, leading controls, upper case, ``formaction``,
    ``xlink:href`` and ``data:``/``vbscript:`` in raw HTML of an article and an announcement: no
    dialog opens in Chromium when everything is hovered and clicked, and the links whose host is
    not the one they show keep their text without their address, while an ordinary link stays."""
    from test_script_browser import ANNOUNCEMENT, NOW, _goto, exercise

    from kbgen.build import build_site

    project = make_project({"content/articles/hostile.md": article("KB0001", "Hostile", _ROUND13_HTML),
                            "content/announcements/notice.md": ANNOUNCEMENT + _ROUND13_HTML})
    result = build_site(project, tmp_path / "site", NOW)
    assert sum("holds a backslash before its path" in d.message for d in result.diagnostics) == 2
    base = serve_dir(tmp_path / "site")
    for path in ("articles/kb0001-hostile/", "announcements/ntc-1/"):
        _goto(page, base + path)  # the last page's clicked link may still be navigating (a slow machine)
        assert page.evaluate("() => [...document.querySelectorAll('.md-content a.disguised, .md-content a.kept')]"
                             ".map(a => a.getAttribute('href'))") == [None, None, "../../"]
        assert exercise(page, base + path) == [], path


@pytest.mark.parametrize("kind", ["walk-up", "other"])
def test_a_free_text_channel_giving_an_address_is_checked_as_an_address(make_project, kind):
    """A walk-up or other channel whose value is an http(s) address is linked as one, but only chat
    and portal addresses were checked: a disguised host there reached the contact page and the
    search page's no-answer box. It is an error like a chat's, and never linked."""
    from kbgen.links import contact_href
    from kbgen.model import ContactChannel

    address = "https://relay.example.org\\\\@desk.example.com/"
    config = _chat(address).replace("kind: chat", f"kind: {kind}")
    code, output = _check(make_project({"content/articles/a.md": article("KB0001", "Desk chat")}, config=config))
    assert code == 1 and "contact.2.value: " in output and "another host" in output, output
    assert contact_href(ContactChannel(kind, "Desk", address.replace("\\\\", "\\"))) == ""
    assert contact_href(ContactChannel(kind, "Desk", "https://desk.example.com/")) == "https://desk.example.com/"


def test_a_site_url_whose_host_hides_a_character_is_an_error(make_project):
    """``site_url`` starts every canonical link, feed entry and sitemap line: a zero-width space in
    its host (a look-alike of the real one) was accepted; the one address check refuses it."""
    config = MINIMAL_CONFIG + 'site_url: "https://help.exa\\u200bmple.com/kb/"\n'
    code, output = _check(make_project({"content/articles/a.md": article("KB0001", "Desk chat")}, config=config))
    assert code == 1 and "site_url: " in output and "U+200B" in output, output


# ------------------------------------------------------------- a search index shard of another shape

def _index_with_shard(make_project, payload: bytes) -> dict:
    import gzip

    from kbgen.build import load_valid_corpus
    from kbgen.search.index import SearchIndex

    project = make_project({"content/articles/a.md": article("KB0001", "Printer jams", "Open the tray.")})
    corpus, _ = load_valid_corpus(project)
    files = dict(SearchIndex.build(corpus).files())
    for name in files:
        if "/terms-" in name:
            files[name] = gzip.compress(payload)
    return files


@pytest.mark.parametrize("payload", [b"[{}]", b"{\"printer\": [{}]}", b"{\"printer\": [0, 1]}",
                                     b"[" + b"{}," * 200_000 + b"{}]", b"{\"printer\": [" + b"{}," * 200_000 + b"{}]}"],
                         ids=["list", "object-postings", "not-triples", "many-objects", "many-nested-objects"])
def test_a_shard_of_another_shape_is_a_damaged_index_not_an_unexpected_failure(make_project, payload):
    """A shard of another shape than ``{term: [number triples]}`` failed inside the JavaScript
    runtime ("kbgen failed unexpectedly") or, made of many empty objects, cost gigabytes: it is
    checked before the engine gets it, and refused at its second object."""
    import time

    from kbgen.errors import KbgenError
    from kbgen.search.engine import SearchEngine

    engine = SearchEngine.load(_index_with_shard(make_project, payload))
    started = time.process_time()
    with pytest.raises(KbgenError, match=r"search/terms-[0-9]+\.json(\.gz)?: the search index is damaged"):
        engine.search("printer")
    assert time.process_time() - started < 5


# ------------------------------------------------------------- an address read as a browser starts reading it

@pytest.mark.parametrize("lead", ["&#1;", "&#x1F;", "\x0c", "&#x20; \x1b"])
def test_a_control_before_an_address_does_not_hide_its_host(lead):
    """A browser strips C0 controls and spaces (U+0000-U+0020) at both ends of an address before
    reading it: a leading U+0001 hid the address from the host check, and the page linked to
    another host than the one it showed."""
    from kbgen.links import host_problem, url_scheme
    from kbgen.site.safety import clean_html

    html = f'<a href="{lead}https://relay.example.org\\@desk.example.com/">desk</a>'
    assert clean_html(html) == "<a>desk</a>"
    decoded = __import__("html").unescape(lead) + "https://desk.exa\u200bmple.com/"
    assert "another host" in host_problem(decoded)
    assert url_scheme(decoded) == "https"


def test_raw_html_with_a_user_name_in_its_address_is_reported_and_removed(make_project):
    """A user name before '@' in an http(s) address shows one host and goes to another: in raw
    HTML a warning, and the attribute removed, as for other disguised hosts."""
    from kbgen.site.safety import clean_html

    html = '<a href="https://desk.example.com@relay.example.org/login">desk</a>'
    assert clean_html(html) == "<a>desk</a>"
    code, output = _check(make_project({"content/articles/a.md": article("KB0001", "Desk chat", "Open the " + html)}))
    assert code == 0 and "'href' holds a user name or password" in output, output


@pytest.mark.parametrize("attribute, value", [
    ("srcset", "a.png 1x, https://desk.example.com@relay.example.org/b.png 2x"),
    ("imagesrcset", "a.png 480w,https://relay.example.org\\@desk.example.com/b.png 960w"),
    ("ping", "/count https://desk.exa&#x200b;mple.com/count"),
])
def test_every_address_of_an_attribute_holding_several_is_checked(make_project, attribute, value):
    """``srcset``, ``imagesrcset`` and ``ping`` hold several addresses: each goes through the
    host check (only the whole value did, which is no address), a warning and the attribute
    removed; a list of honest addresses is kept."""
    from kbgen.body_check import attribute_problem
    from kbgen.site.safety import clean_html

    assert "removed from the site" in attribute_problem(attribute, __import__("html").unescape(value))
    assert attribute_problem(attribute, "a.png 1x, https://desk.example.com/b.png 2x") == ""
    if attribute == "srcset":
        assert clean_html(f'<img src="a.png" {attribute}="{value}" alt="a">') == '<img src="a.png" alt="a">'
    body = f'See <img src="a.png" {attribute}="{value}" alt="a">.'
    code, output = _check(make_project({"content/articles/a.md": article("KB0001", "Desk chat", body)}))
    assert code == 0 and f"'{attribute}' holds" in output, output


@pytest.mark.parametrize("target", [r"\\\\fs01\\share\\a.docx", r"<\\\\fs01\share\a.docx>"])
def test_a_file_share_link_is_shown_as_written_with_a_file_share_hint(make_project, target):
    """A Windows file-share path as a link (``\\\\server\\share``, escaped or in angle brackets)
    was shown with every backslash doubled and told to "write '/'" (a web address on another
    host): the message quotes the target as typed and says what a file-share link does (a warning
    since round 14, see ``test_hostile_round14.py``)."""
    body = f"Open [the share]({target}) from the office."
    code, output = _check(make_project({"content/articles/a.md": article("KB0001", "Share", body)}))
    shown = target.strip("<>")
    assert code == 0 and f"warning[file-share-link]: link: link '{shown}' is a Windows file-share path" in output, output
    assert "write '/'" not in output, output


@pytest.mark.parametrize("body", [
    "Open <https://desk.exa\u200bmple.com/chat> first.",
    "Open <https://desk.example.com@relay.example.org/chat> first.",
    "Open [the chat](https://desk.exa&#x200b;mple.com/chat) first.",
    "Open [the chat][c] first.\n\n[c]: https://desk.exa&#8203;mple.com/chat",
])
def test_an_autolink_and_a_character_reference_reach_the_host_check(make_project, body):
    """An autolink (``<https://...>``) and a host written with a character reference were not
    checked (the page dropped the address with no word): the same error as an inline link."""
    code, output = _check(make_project({"content/articles/a.md": article("KB0001", "Desk chat", body)}))
    assert code == 1 and re.search(r": error(\[[a-z-]+\])?: link: link '.*' holds ", output), output


def test_an_autolink_is_found_once_and_a_tag_is_no_autolink():
    """An autolink as a reference's target is one link, an inline link's ``(<...>)`` target is
    not a second one, and HTML tags or code are no autolinks."""
    from kbgen.links import find_links

    text = "[r]: <https://a.example/>\n[x](<https://b.example/>) <b>c</b> `<https://c.example/>` <https://d.example/>"
    assert [link.target for link in find_links(text)] == ["https://a.example/", "https://b.example/", "https://d.example/"]


@pytest.mark.parametrize("host, refused", [
    ("\u0646\u0627\u0645\u0647\u200c\u0647\u0627.example", False),  # Persian: a ZWNJ between joining letters
    ("\u0915\u094d\u200d\u0937.example", False),  # Devanagari: a ZWJ after a virama
    ("\u0915\u200d\u0937.example", True),  # no virama before it
    ("desk\u200c.example.com", True),  # Latin letters do not join
    ("de\u200dsk.example.com", True),
])
def test_a_joiner_is_allowed_in_a_host_where_its_script_spells_with_it(host, refused):
    """IDNA2008 (CONTEXTJ) lets a host hold a zero-width (non-)joiner where its script is spelt
    with one (after a virama, a ZWNJ between joining letters); anywhere else it makes a
    look-alike and the address is refused."""
    from kbgen.links import host_problem

    assert bool(host_problem(f"https://{host}/help")) == refused


def test_a_joiner_beside_a_character_without_a_name_is_a_look_alike_not_a_crash():
    """IDNA's joiner rule looks the neighbour's name up; a private-use or unassigned neighbour has
    none (ValueError): the joiner is then an invisible character, as anywhere else."""
    from kbgen.links import host_problem

    assert host_problem("https://a\ue000\u200cb.example/")


def test_an_autolink_in_parentheses_or_with_a_space_is_checked():
    """Python-Markdown links ``(<https://...>)`` and an autolink holding a space: both are read."""
    from kbgen.links import find_links

    text = "See (<https://help.example@evil.example/>) and <https://desk.example@evil.example/ x>.\n"
    assert len([link for link in find_links(text) if "evil.example" in link.target]) == 2
