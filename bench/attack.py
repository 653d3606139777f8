"""Attack generator: random hostile projects, built and checked, every standard asserted.

Each round writes a small project whose config values, front matter, bodies and file names
mix ordinary text with hostile fragments (script payloads in every encoding, markup that breaks
attributes and scripts, odd Unicode, unclosed delimiters, impossible dates, odd encodings),
then runs ``kbgen check``, ``kbgen build`` twice (into two folders) and ``kbgen status --json``
in fresh processes and asserts:

* never a traceback, exit status 0, 1 or 2, each error line ``path:line: error: ...`` or one
  ``Error: ...`` line, within a timeout;
* ``build`` exits 1 exactly when ``check`` found an error the build also runs (or 0 for both);
* no page holds an event handler, a script URL in a URL attribute, a ``style`` with script,
  or an inline ``<script>`` holding a payload (the pages are parsed as a browser does), in the
  site and, in a quarter of the rounds, its offline copy; every feed, sitemap and JSON file parses;
* the two builds are byte-identical (same input and ``--now``).

    python3 bench/attack.py [--rounds N] [--seed S] [--keep DIR]

Prints one line per round and a summary; a failing round's project is kept under ``--keep``.
"""
from __future__ import annotations

import argparse
import filecmp
import html.parser
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NOW = "2026-03-01T09:00:00+00:00"
#: Moments to build for: an ordinary one, both ends of the accepted years, a local time that a
#: daylight-saving change skips (no offset: read in the site's time zone) and one it repeats.
MOMENTS = [NOW, NOW, "1900-01-01T00:00:00+00:00", "9000-12-31T23:59:59+00:00", "2026-03-29T01:30:00",
           "2026-10-25T01:30:00"]

#: Hostile fragments, each aimed at one way untrusted text turns into script or breaks a file.
PAYLOADS = [
    "<script>alert(1)</script>", "</script><script>alert(2)</script>", "\"'><svg onload=alert(3)>",
    "<img src=x onerror=alert(4)>", "javascript:alert(5)", "jav&#x09;ascript:alert(6)", "&#106;avascript:alert(7)",
    "JaVaScRiPt&colon;alert(8)", "java\tscript:alert(9)", "vbscript:msgbox(10)", "data:text/html,<script>alert(11)</script>",
    "<a href=\"javascript:alert(12)\">x</a>", "<math><mi xlink:href=\"javascript:alert(13)\">m</mi></math>",
    "<div style=\"background:url(javascript:alert(14))\">s</div>", "{{ 7*7 }}", "{% raw %}", "${alert(15)}",
    "<!--", "]]>", "<![CDATA[", "\u202e\u2066", "\ufeff", "\u0000", "&amp;&lt;&#0;", "%00", "../../etc/passwd",
    "\x01", "\ufffe", "\x7f\x85", "\\", "`", "*" * 7, "[", "](", "<", "'", '"', "\r", "#", ":", "- ", "&", "|", "{: onclick=alert(16) }",
    # round 11: script URLs percent- and entity-encoded in other ways, zero-width and bidi marks,
    # code points with no character, and a long word
    "%6Aavascript:alert(40)", "javascript%3Aalert(41)", "&#x6A;&#x61;vascript&#x3A;alert(42)", "java&Tab;script:alert(43)",
    "java&NewLine;script:alert(44)", "\u200b", "\u200d\u2067", "\u061c", "\u0378", "\ufdd0", "w" * 5_000,
    # round 12: one encoding inside another (an entity that decodes to a percent-escape, a
    # percent-escaped entity), entities without their ';' and with leading zeros, a scheme split by
    # an encoded line break or led by a no-break space, backslashed and protocol-relative hosts,
    # base64 data URLs, letters Unicode added after 3.2
    "&#x25;6Aavascript:alert(50)", "%26%23x6A%3Bavascript:alert(51)", "j&#97;v%61script:alert(52)",
    "javascript&#0000058alert(53)", "ja%0Avascript:alert(54)", "\u00a0javascript:alert(55)", "/\\evil.example/x",
    "//evil.example/x", "data:text/html;base64,PHNjcmlwdD5hbGVydCg1Nik8L3NjcmlwdD4=", "VBSCRIPT&#x3a;msgbox(57)",
    "\u1e9e\U0001f6dc",
    # round 13: entities nested and padded, leading controls, the scheme's colon named, hosts a
    # browser reads otherwise than the eye (a backslash before '@', an invisible character)
    "&amp;#106;avascript:alert(60)", "&#x0006A;avascript:alert(61)", "\x01\x02javascript:alert(62)",
    "JAVASCRIPT&#58;alert(63)", "  \tvbscript:msgbox(64)", "DATA:text/html,<b onclick=alert(65)>",
    "https://relay.example.org\\@desk.example.com/", "https://desk.exa\u200dmple.com/",
    # round 18: markup closing the element a value is shown in (a title, a text area, a comment,
    # CDATA), template syntax, an escaped JSON string, line and paragraph separators, a scheme
    # spelt by decimal entities without ';'
    "</title><script>alert(110)</script>", "</textarea><img src=x onerror=alert(111)>",
    "<!--<img src=x onerror=alert(112)>-->", "]]><script>alert(113)</script>", "{{ 7*7 }}{% if 1 %}x{% endif %}",
    "\\u003cscript\\u003ealert(114)", "&#106&#97&#118&#97&#115&#99&#114&#105&#112&#116&#58alert(115)",
]
ORDINARY = ["VPN", "Passwort zurücksetzen", "Wi-Fi", "Outlook", "パスワード", "ошибка", "café", "e-mail", "MFA"]
BODY_PARTS = [
    "[link](javascript:alert(20))", "[ref][r]\n\n[r]: javascript:alert(21)", "<javascript:alert(22)>",
    "[ok](https://example.com/a?b=1&c=2)", "![pic](data:image/svg+xml,<svg onload=alert(23)>)",
    "<a href=\"&#x6A;avascript:alert(24)\">a</a>", "<iframe srcdoc=\"<script>alert(25)</script>\"></iframe>",
    "<svg><script>alert(26)</script></svg>", "```html\n<script>alert('code is shown')</script>\n```",
    "| a | b |\n|---|---|\n| <b onmouseover=alert(27)>x</b> | y |", "!!! note \"<img src=x onerror=alert(28)>\"\n    text",
    "## Heading <script>alert(29)</script>", "Text with a footnote[^1].\n\n[^1]: <b onclick=alert(30)>n</b>",
    "<form action=\"javascript:alert(31)\"><button>b</button></form>", "<p style=\"x:expression(alert(32))\">e</p>",
    "[p](%6Aavascript:alert(33)) [q](&#x6A;&#x61;vascript&#x3A;alert(34)) <a href=\"java&Tab;script:alert(35)\">t</a>",
    "w" * 5_000 + " \u200b\u2067" + "v" * 3_000,
    # round 13: every attribute that holds an address, and the references and autolinks of Markdown
    "<form><button formaction=\"&#106;avascript:alert(70)\">b</button></form>",
    "<svg><a xlink:href=\"java&Tab;script:alert(71)\"><text>t</text></a></svg>",
    "<img srcset=\"javascript:alert(72) 1x\" alt=\"s\"> <img src=\"&#1;&#x2;javascript:alert(73)\" alt=\"c\">",
    "<a href=\"https://relay.example.org\\@desk.example.com/\">d</a> <a href=\" &#x6A;AVASCRIPT:alert(74)\">u</a>",
    "[r13][x13]\n\n[x13]: <&#x6A;avascript:alert(75)>", "<vbscript:msgbox(76)>",
    "| `" + "c" * 20_000 + "` | " + "t" * 20_000 + " |\n|---|---|\n| x | y |",
    # round 14: a page that moves itself or rebases its links, animation that sets an address,
    # fullwidth and upper-case entity spellings, file shares, placeholders in angle brackets
    "<meta http-equiv=\"refresh\" content=\"0;url=jav&#x61;script:alert(80)\">", "<base href=\"//relay.example.org/\">",
    "<svg><set attributeName=\"href\" to=\"javascript:alert(81)\"/></svg>",
    "<a href=\"&#X6A;&#X41;VASCRIPT&#X3A;alert(82)\">x</a>", "[w](\uff4aavascript:alert(83))",
    "[share](\\\\fs9\\drop)", "<a href=\"\\\\fs9\\drop\">s</a>", "ssh <operator>@gateway",
    "<object data=\"data:text/html,<b onclick=alert(84)>\"></object>", "[l](<java\u2028script:alert(85)>)",
    "<img src=a.png alt=x style=\"background:u\\72l(javascript:alert(86))\">",
    "<a href=\"&NewLine;&Tab;javascript&colon;alert(87)\">n</a>", "#" * 7 + " " + "h" * 4_000,
    # round 15: links inside comments (hidden, cut by a blank line, never closed), a tag a blank
    # line cuts, tag names a browser ends elsewhere, brackets inside JSON-looking text
    "<!-- [c](jav&#x61;script:alert(90)) -->", "see <!-- [c](javascript:alert(91))\n\n--> after",
    "<!-- [c](%6Aavascript:alert(92))", "<script\n\nalert(93)>", "<img.x src=y onerror=alert(94)>",
    "{\"log\": \"[[{{[\"}", "<svg/onload=alert(95)>", "<a href=java&#x0D;script:alert(96)>r</a>",
    # round 18: attribute lists that set an address, srcset candidates after the first, animation
    # values, media posters, CSS escapes, mutation markup (content a parser moves between
    # namespaces), a title closing its quote, code closing its element
    "[a](https://x.example/){: href=\"javascript:alert(120)\" }", "![i](a.png){: srcset=\"x.png 1x, javascript:alert(121) 2x\" }",
    "[s](https://x.example/){: style=\"background:url(&#106;avascript:alert(122))\" }",
    "<svg><animate attributeName=\"href\" values=\"javascript:alert(123)\"/></svg>",
    "<img srcset=\"a.png 1x, javascript:alert(124) 2x\" alt=s>", "<video poster=\"javascript:alert(125)\"></video>",
    "<div style=\"b\\61 ckground:url(javascript:alert(126))\">z</div>",
    "<noscript><p title=\"</noscript><img src=x onerror=alert(127)>\"></noscript>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(128)>", "<select><template><style><img src=x onerror=alert(129)>",
    "[a](https://x.example \"t\\\" onmouseover=\\\"alert(130)\")", "`</code><img src=x onerror=alert(131)>`",
    "!!! note \"</p><img src=x onerror=alert(132)>\"\n    text", "Term\n: <b onclick=alert(133)>def</b>",
    "*[HTML]: <b onclick=alert(134)>h</b>\n\nHTML here",
]


#: Fragments that are errors wherever they are in a value (characters no output or YAML can hold,
#: a word longer than a one-line value): in a quarter of the rounds only, so that the others build
#: and their pages are scanned.
UNWRITABLE = ("\x01", "\ufffe", "\u0000", "\x7f\x85", "w" * 5_000, "\x01\x02javascript:alert(62)")


def hostile(rng: random.Random, words: int = 3, pool: list[str] = PAYLOADS) -> str:
    """A short text mixing ordinary words and hostile fragments (from ``pool``)."""
    return " ".join(rng.choice(pool if rng.random() < 0.5 else ORDINARY) for _ in range(rng.randint(1, words)))


def quoted(text: str) -> str:
    """A YAML double-quoted scalar holding ``text`` exactly."""
    return json.dumps(text, ensure_ascii=False)


#: Body parts that are errors (a Markdown link to a script URL): left out of half the rounds,
#: so that those build and their pages are scanned.
ERROR_PARTS = frozenset(BODY_PARTS[:2] + BODY_PARTS[4:5] + [p for p in BODY_PARTS if p.startswith(("[p](", "[r13]"))])
#: Fragments a one-line value refuses (direction changes left open, only invisible characters):
#: with :data:`UNWRITABLE`, in the risky quarter of the rounds only.
VALUE_ERRORS = UNWRITABLE + ("\u202e\u2066", "\u200d\u2067", "\ufeff", "\u200b", "\u061c")


def make_project(rng: random.Random, folder: Path) -> None:
    """A project of a config, a few articles and an announcement, hostile throughout."""
    parts = BODY_PARTS if rng.random() < 0.5 else [part for part in BODY_PARTS if part not in ERROR_PARTS]
    # Values that are errors as a whole when hostile (an address, a portal, an alias): hostile in a
    # quarter of the rounds, ordinary words in the others, so that most rounds build.
    risky = rng.random() < 0.25
    address = (lambda: rng.choice(PAYLOADS)) if risky else (lambda: "https://chat.example.org/" + rng.choice(ORDINARY))
    pool = PAYLOADS if risky else [payload for payload in PAYLOADS if payload not in VALUE_ERRORS]
    config = [f"site_name: {quoted(hostile(rng, 3, pool))}", "site_url: https://help.example.com/",
              f"organisation: {quoted(hostile(rng, 3, pool))}", f"description: {quoted(hostile(rng, 3, pool))}",
              f"timezone: {rng.choice(['Europe/London', 'UTC', 'Pacific/Kiritimati', 'America/St_Johns'])}",
              "contact:", "  - kind: phone", f"    label: {quoted(hostile(rng, 3, pool))}", f"    value: {quoted('+44 20 ' + (hostile(rng, 3, pool) if risky else '7946 0321'))}",
              "  - kind: chat", f"    label: {quoted(hostile(rng, 3, pool))}", f"    value: {quoted(address())}",
              "  - kind: email", "    label: Mail", f"    value: {quoted('help@example.com' + (hostile(rng, 1, pool) if risky else ''))}",
              "services:", "  - id: vpn", f"    name: {quoted(hostile(rng, 3, pool))}", f"    description: {quoted(hostile(rng, 3, pool))}",
              f"    group: {quoted(hostile(rng, 3, pool))}",
              f"reply_template: {quoted('{title} {url} ' + hostile(rng, 3, pool))}"]
    services = config.index("services:")  # a portal channel among the others
    config[services:services] = ["  - kind: portal", f"    label: {quoted(hostile(rng, 2, pool))}",
                                 f"    value: {quoted(address())}"]
    config.append(rng.choice([f"feedback:\n  url: {quoted('https://forms.example.org/f?id={id}&q=' + rng.choice(pool))}",
                              f"feedback:\n  email: {quoted(address() if risky else 'desk@example.org')}"]))
    if rng.random() < 0.3:
        config.append(f"markdown:\n  raw_html: {rng.choice(['true', 'false'])}")
    (folder / "content" / "articles").mkdir(parents=True)
    (folder / "content" / "announcements").mkdir(parents=True)
    (folder / "site_config.yml").write_text("\n".join(config) + "\n", encoding="utf-8")
    for number in range(1, rng.randint(2, 5)):
        body = "\n\n".join(rng.choice(parts) if rng.random() < 0.6 else hostile(rng, 8, pool)
                           for _ in range(rng.randint(1, 6)))
        front = [f"id: KB{number:04d}", f"title: {quoted(hostile(rng, 3, pool))}", f"summary: {quoted(hostile(rng, 3, pool))}",
                 f"tags: [{quoted(hostile(rng, 1, pool))}]", f"keywords: [{quoted(hostile(rng, 2, pool))}]",
                 f"owner: {quoted(hostile(rng, 3, pool))}", "services: [vpn]", "reviewed: 2026-01-15",
                 f"aliases: [{quoted('/old/' + hostile(rng, 1, pool if risky else ORDINARY) + f'-{number}/')}]"]
        name = re.sub(r"[/\x00]", "_", hostile(rng, 2, pool))[:60].strip() or "a"
        name = name.lstrip(".") or "a"
        try:
            (folder / "content" / "articles" / f"{name}-{number}.md").write_text(
                "---\n" + "\n".join(front) + "\n---\n" + body + "\n", encoding="utf-8")
        except (OSError, UnicodeEncodeError):
            (folder / "content" / "articles" / f"a-{number}.md").write_text(
                "---\n" + "\n".join(front) + "\n---\n" + body + "\n", encoding="utf-8")
    start = rng.choice(["2026-02-28 10:00", "2026-03-01 08:59", "2026-03-01T09:30:00+14:00", "2026-02-01"])
    updates = "\n".join(f"  - at: {start}\n    state: investigating\n    text: {quoted(hostile(rng, 5, pool))}"
                        for _ in range(1))
    (folder / "content" / "announcements" / "inc.md").write_text(
        f"---\nid: INC-1\ntitle: {quoted(hostile(rng, 3, pool))}\ntype: incident\nimpact: major\nstate: investigating\n"
        f"services: [vpn]\nstart: {start}\nupdates:\n{updates}\n---\n{rng.choice(parts)}\n", encoding="utf-8")


def kbgen(*args: str, timeout: float = 120) -> tuple[int, str]:
    """Run kbgen in a fresh process: exit status (-9 on timeout) and output."""
    try:
        done = subprocess.run([sys.executable, "-m", "kbgen", *args], capture_output=True, text=True, timeout=timeout,
                              env={**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONPATH": str(ROOT)})
    except subprocess.TimeoutExpired:
        return -9, "TIMEOUT"
    return done.returncode, done.stdout + done.stderr


_SCRIPT_SCHEME = re.compile(r"^(javascript|vbscript|livescript|data):", re.I)
#: An http(s) address whose host a backslash ends before an '@' (the browser goes to the part
#: before it), or whose host holds a zero-width or bidi character: an independent reading.
_DISGUISED = re.compile(r"^\s*(?:https?:)?[/\\]{2}[^/?#@\\]*(?:\\[^/?#]*@|[\u200b-\u200f\u202a-\u202e\u2060-\u2069])", re.I)
_URL_ATTRIBUTES = {"href", "src", "action", "formaction", "data", "xlink:href", "poster", "background", "srcdoc"}


class _PageScan(html.parser.HTMLParser):
    """Everything in one page that would run script, as a browser reads the page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[str] = []
        self.script: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list) -> None:
        # only a refresh moves the page (a description's text may say "url=" as any text may)
        refresh = any(n == "http-equiv" and (v or "").strip().lower() == "refresh" for n, v in attrs)
        for name, value in attrs:
            value = value or ""
            squeezed = re.sub(r"[\x00-\x20]", "", value)
            if name.startswith("on") or name == "srcdoc":
                self.found.append(f"<{tag} {name}>")
            elif name in _URL_ATTRIBUTES and _SCRIPT_SCHEME.match(squeezed) and not squeezed.lower().startswith(
                    ("data:image/png", "data:image/gif", "data:image/jpeg", "data:image/webp")):
                self.found.append(f"<{tag} {name}={value[:40]!r}>")
            elif name in _URL_ATTRIBUTES and _DISGUISED.search(value):  # the host shown is not the one visited
                self.found.append(f"<{tag} {name}={value[:40]!r}> disguises its host")
            elif tag == "meta" and name == "content" and refresh and _SCRIPT_SCHEME.match(
                    re.sub(r"[\x00-\x20'\"]", "", value.partition("=")[2])):  # a refresh to a script URL
                self.found.append(f"<meta content={value[:40]!r}>")
            elif tag == "base" and name == "href":  # every relative link of the page goes elsewhere
                self.found.append(f"<base href={value[:40]!r}>")
            elif name == "style" and re.search(r"javascript|expression\(", value, re.I):
                self.found.append(f"<{tag} style={value[:40]!r}>")
        if tag == "script":
            self.script = []

    def handle_endtag(self, tag: str) -> None:
        if tag == "script" and self.script is not None:
            if "alert(" in "".join(self.script):
                self.found.append("inline script holding a payload")
            self.script = None

    def handle_data(self, data: str) -> None:
        if self.script is not None:
            self.script.append(data)


def scan_site(site: Path) -> list[str]:
    """What in the built site would run script."""
    found = []
    for page in sorted(site.rglob("*.html")):
        scanner = _PageScan()
        scanner.feed(page.read_text(encoding="utf-8", errors="replace"))
        found += [f"{page.relative_to(site)}: {item}" for item in scanner.found]
    return found


def scan_data(site: Path) -> list[str]:
    """Feeds, sitemaps and JSON (the catalogue, status.json, the search index) that no reader can
    parse: a value that broke out of its XML or JSON."""
    import xml.etree.ElementTree as ElementTree

    found = []
    for path in sorted(site.rglob("*")):
        try:
            if path.suffix == ".xml":
                ElementTree.parse(path)
            elif path.suffix == ".json":
                json.loads(path.read_text(encoding="utf-8"))
        except (ElementTree.ParseError, ValueError) as exc:
            found.append(f"{path.relative_to(site)}: unreadable {path.suffix}: {str(exc)[:80]}")
    return found


def same_tree(a: Path, b: Path) -> list[str]:
    """Files that differ between two folders (missing on one side included)."""
    compared = filecmp.dircmp(a, b)
    differ = [str(Path(compared.left).relative_to(a) / n) for n in compared.diff_files + compared.left_only
              + compared.right_only + compared.funny_files]
    for name, sub in compared.subdirs.items():
        differ += same_tree(a / name, b / name) if sub else []
    return differ


_ERROR_LINE = re.compile(r"^(\S[^\n]*?)(:\d+)?: (error|warning|info): |^Error: |^\d+ error\(s\)|^Usage: |^Try ")


def one_round(rng: random.Random, work: Path) -> tuple[int, list[str]]:
    """Build and check one random project: the build's exit status and the standards it broke."""
    project = work / "project"
    make_project(rng, project)
    now = rng.choice(MOMENTS)
    problems = []
    status_check, out_check = kbgen("check", "--project", str(project), "--now", now)
    results = []
    for folder in ("site-a", "site-b"):
        results.append(kbgen("build", "--project", str(project), "--now", now, "--quiet", "--no-cache",
                             "--out", str(work / folder)))
    status_status, out_status = kbgen("status", "--project", str(project), "--now", now, "--json")
    for name, (status, output) in {"check": (status_check, out_check), "build": results[0],
                                   "status": (status_status, out_status)}.items():
        if "Traceback" in output or status not in (0, 1, 2):
            problems.append(f"{name}: exit {status}: {output.strip()[-300:]}")
    for line in results[0][1].splitlines():
        if line.strip() and not _ERROR_LINE.match(line):
            problems.append(f"build: unexpected output line {line[:160]!r}")
    built_errors = [l for l in out_check.splitlines() if re.search(r": error\[(?!stale|no-owner|no-summary)", l)]
    if bool(built_errors) != bool(results[0][0]):
        problems.append(f"check errors {len(built_errors)} but build exit {results[0][0]}: {results[0][1][-300:]}")
    if results[0][0] == 0:
        problems += scan_site(work / "site-a") + scan_data(work / "site-a")
        if rng.random() < 0.25:  # the offline copy (file://) of a quarter of the rounds
            status, output = kbgen("build", "--project", str(project), "--now", now, "--quiet", "--no-cache",
                                   "--offline", "--out", str(work / "site-offline"))
            problems += [f"offline build: exit {status}: {output.strip()[-300:]}"] if status else \
                scan_site(work / "site-offline") + scan_data(work / "site-offline")
        problems += [f"not deterministic: {name}" for name in same_tree(work / "site-a", work / "site-b")]
    return results[0][0], problems


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--keep", type=Path, help="where to keep the projects of failing rounds")
    args = parser.parse_args()
    failed = 0
    for number in range(args.rounds):
        rng = random.Random(args.seed * 100_003 + number)
        with tempfile.TemporaryDirectory(prefix="kbgen-attack-") as tmp:
            status, problems = one_round(rng, Path(tmp))
            outcome = "ok" if not problems else f"{len(problems)} problem(s)"
            print(f"round {number}: build exit {status}, {outcome}", flush=True)
            for problem in problems[:20]:
                print("    " + problem)
            if problems:
                failed += 1
                if args.keep:
                    shutil.copytree(Path(tmp) / "project", args.keep / f"round-{number}", symlinks=True)
    print(f"{failed} of {args.rounds} rounds broke a standard")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
