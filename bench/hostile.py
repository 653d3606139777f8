"""Hostile-input bench: the worst inputs we can think of, each built against the same project.

For every case, a copy of the base project gets one hostile file (or a hostile site_config.yml)
and is built by ``kbgen build`` in a fresh process; the bench prints the wall time and the
peak memory (max RSS) of that process as a ratio of a normal build of the same base project
(median of ``--repeat`` builds, in the same run). Each case is timed against a normal build run just before it (the machine is shared: its load
moves every figure, so ratios are compared, not seconds). Goal: no case above 2x in time or memory,
every case ending in success or ``path:line: error`` (never a traceback), within a timeout.

Each text is as large as kbgen accepts (64 KiB for a Markdown file, front matter included,
256 KiB of site_config.yml), written to hit a known weakness: quadratic scans of unclosed
delimiters, alias bombs, deep nesting, thousands of headings with the same name, one word of a
million letters, thousands of pages from one list.

    python3 bench/hostile.py [--base demo|synthetic] [--articles N] [--repeat R] [--only NAME ...]
"""
from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from kbgen.config import MAX_SERVICES  # noqa: E402
from kbgen.source import MAX_CONFIG_BYTES, MAX_CONTENT_BYTES  # noqa: E402

NOW = "2026-03-01T09:00:00Z"
BODY = MAX_CONTENT_BYTES - 4096  # room for the front matter
HEAD = "---\nid: KB9999\ntitle: Hostile\nowner: Bench\nsummary: s\n---\n"


def fill(unit: str, size: int = BODY) -> str:
    """``unit`` repeated up to ``size`` bytes."""
    return unit * max(1, size // len(unit.encode("utf-8")))


def bomb(levels: int = 9, width: int = 9) -> str:
    """A YAML alias bomb: ``levels`` anchors, each a list of ``width`` aliases of the one before."""
    lines = [f"b0: &b0 [{', '.join(['x'] * width)}]"]
    lines += [f"b{i}: &b{i} [{', '.join([f'*b{i - 1}'] * width)}]" for i in range(1, levels)]
    return "\n".join(lines) + "\n"


def article(body: str, front: str = "") -> dict[str, str]:
    return {"content/articles/hostile.md": HEAD.replace("---\n", "---\n" + front, 1) + body}


def announcement(body: str) -> dict[str, str]:
    return {"content/announcements/hostile.md": "---\nid: NTC-9\ntitle: H\ntype: notice\nstart: 2026-01-01\n---\n"
            + body}


#: name -> files to add or replace; "site_config.yml+" appends to the config, "site_config.yml
#: services" adds services (as many as the base leaves room for) to its list
CASES: dict[str, Callable[[], dict[str, str]]] = {
    "yaml: alias bomb in site_config.yml": lambda: {"site_config.yml+": bomb() + "x-bomb: *b8\n"},
    "yaml: alias bomb in front matter": lambda: article("x", bomb() + "keywords: *b8\n"),
    "yaml: nesting 20,000 deep": lambda: article("x", "keywords: " + "[" * 20000 + "]" * 20000 + "\n"),
    "yaml: config at its size limit": lambda: {"site_config.yml+": "search:\n  synonyms:\n" + fill(
        "    - [alpha, beta, gamma]\n", MAX_CONFIG_BYTES - 8192)},
    "yaml: front matter at its size limit": lambda: article("x", "keywords: [" + ", ".join(
        [f"k{i}-" + "w" * 290 for i in range(200)])[: MAX_CONTENT_BYTES - 1024] + "]\n"),
    "yaml: 5,000-digit number": lambda: article("x", "review_every_days: " + "9" * 5000 + "\n"),
    "yaml: a list of 10,000 tags": lambda: article("x", "tags: [" + ", ".join(f"t{i}" for i in range(10000)) + "]\n"),
    "yaml: 5,000 aliases": lambda: article("x", "aliases: [" + ", ".join(f"/o/{i}/" for i in range(5000)) + "]\n"),
    "md: '[' to the limit": lambda: article(fill("[")),
    "md: '[a](' to the limit": lambda: article(fill("[a](")),
    "md: '[a](<' to the limit": lambda: article(fill("[a](<")),
    "md: '![a](b \"' to the limit": lambda: article(fill('![a](b "')),
    "md: '`' to the limit": lambda: article(fill("`")),
    "md: code spans with highlighting to the limit": lambda: article(fill("`#!python x = 1` ")),
    "md: '`a' to the limit": lambda: article(fill("`a")),
    "md: '<a' to the limit": lambda: article(fill("<a")),
    "md: \"<a b='\" to the limit": lambda: article(fill("<a b='")),
    "md: '<!--' to the limit": lambda: article(fill("<!--")),
    "md: '<![CDATA[' to the limit": lambda: article(fill("<![CDATA[")),
    "md: '*a' to the limit": lambda: article(fill("*a")),
    "md: '**a ' to the limit": lambda: article(fill("**a ")),
    "md: '_a' to the limit": lambda: article(fill("_a")),
    "md: '{: ' to the limit": lambda: article(fill("{: ")),
    "md: '&amp;' to the limit": lambda: article(fill("&amp;")),
    "md: '>' to the limit": lambda: article(fill(">") + " x\n"),
    "md: headings all named the same": lambda: article(fill("## Same\n")),
    "md: lists nested 100 deep": lambda: article("".join("    " * i + "- x\n" for i in range(100))),
    "md: lists nested 100 deep behind blank lines": lambda: article("x\n\n" + "\n".join(
        "    " * i + "- x\n" for i in range(100))),
    "md: lists nested 110 deep": lambda: article("".join("    " * i + "- x\n" for i in range(110))),
    "md: quotes nested 99 deep": lambda: article("".join(">" * i + " x\n" for i in range(1, 100))),
    "md: a table to the limit": lambda: article("|a|b|\n|-|-|\n" + fill("|x|y|\n")),
    "md: 3,000 footnotes": lambda: article("".join(f"t[^{i}]\n\n[^{i}]: n\n\n" for i in range(3000))),
    "md: 500 footnotes (the most allowed)": lambda: article("".join(f"t[^{i}]\n\n[^{i}]: n\n\n" for i in range(500))),
    "md: fenced code blocks to the limit": lambda: article(fill("```python\nx = 1\n```\n")),
    "md: admonitions to the limit": lambda: article(fill("!!! note\n    x\n")),
    "md: '(' to the limit": lambda: article(fill("(")),
    "md: '[^' to the limit": lambda: article(fill("[^")),
    "md: brackets nested to the limit": lambda: article("[" * (BODY // 2) + "]" * (BODY // 2)),
    "md: a file over the size limit": lambda: article(fill("word ", 2 * MAX_CONTENT_BYTES)),
    f"yaml: services up to the most allowed ({MAX_SERVICES})": lambda: {"site_config.yml services": "".join(
        f"  - id: extra-{i}\n    name: Extra service {i}\n" for i in range(MAX_SERVICES))},
    "md: links to the limit": lambda: article(fill("[a](hostile.md) ")),
    "md: one word to the limit": lambda: article(fill("x")),
    "md: short paragraphs to the limit": lambda: article(fill("word word\n\n")),
    "md: an unclosed fence": lambda: article("```\n" + fill("x [a](javascript:b) <a onclick=c>\n")),
    "md: 100,000 raw HTML tags": lambda: article(fill("<div>")),
    "md: event handlers to the limit": lambda: article(fill("<b onclick=x>y</b> ")),
    "md: announcement '[' to the limit": lambda: announcement(fill("[")),
    # round 13: one long word in a table cell, a code span and a fenced block; a table thousands of
    # columns wide; addresses whose host is disguised, in links and raw HTML, to the limit
    "md: one word in a cell, a code span and a fence": lambda: article(
        "| a | b |\n|---|---|\n| " + "x" * (BODY // 3) + " | `" + "y" * (BODY // 3) + "` |\n\n```\n"
        + "z" * (BODY // 4) + "\n```\n"),
    "md: a table 5,000 columns wide": lambda: article(
        "|" + "a|" * 5000 + "\n|" + "-|" * 5000 + "\n" + fill("|" + "b|" * 5000 + "\n", BODY - 20_000)),
    "md: disguised hosts in links to the limit": lambda: article(fill("[a](https://r.example\\@d.example/) ")),
    "md: disguised hosts in raw HTML to the limit": lambda: article(fill('<a href="https://r.example\\@d.example/">a</a> ')),
    # round 15: nesting past libyaml's C stack (a crash before), comments full of links, dropped tags
    "yaml: block lists nested 31,000 deep": lambda: article("x", "keywords:\n" + "- " * 31_000 + "x\n"),
    "yaml: config flow lists nested 100,000 deep": lambda: {"site_config.yml+": "x-deep: " + "[" * 100_000
                                                             + "]" * 100_000 + "\n"},
    "md: links inside comments to the limit": lambda: article(fill("<!-- [a](missing.md) [b](javascript:c) --> ")),
    "md: unknown tags to the limit": lambda: article(fill("<kbd-x> ")),
    # round 18: the most lines a file holds (empty, or ended by a lone CR), abbreviations and
    # reference definitions to the limit (each a pattern or a lookup of every use), one footnote
    # referred to thousands of times, definition lists, attribute lists, entities of the highest
    # code point, direction marks and YAML's invisible line ends in every line
    "md: 60,000 empty lines": lambda: article(fill("\n", BODY - 100) + "x\n"),
    "md: lines ended by a lone CR to the limit": lambda: article(fill("word word\r")),
    "md: abbreviations to the limit": lambda: article(
        "".join(f"*[AB{i}]: Abbreviation {i}\n" for i in range(BODY // 40)) + "\nAB1 AB2 AB3\n"),
    # after review: definitions split off one by one (a title on the next line, text between two)
    # past the bound (an error at the line) and at it, the page filled by the text between
    "md: abbreviations with the title below, to the limit": lambda: article(fill("*[AB]:\nAbbreviation\n")),
    "md: abbreviations with text between, to the limit": lambda: article(fill("*[AB]: Abbreviation\nw\n")),
    "md: 200 abbreviations with text between (the most allowed)": lambda: article("".join(
        f"*[AB{i}]: Abbreviation\n" + "w" * (BODY // 200 - 40) + "\n" for i in range(200))),
    "md: abbreviation uses to the limit": lambda: article("*[AB]: Abbreviation\n\n" + fill("AB ")),
    "md: reference definitions and uses to the limit": lambda: article(
        "".join(f"[r{i}] " for i in range(1500)) + "\n\n" + "".join(f"[r{i}]: https://x.example/{i}\n" for i in range(1500))),
    "md: one footnote referred to the limit": lambda: article(fill("t[^1] ", BODY - 100) + "\n\n[^1]: n\n"),
    "md: definition lists to the limit": lambda: article(fill("Term\n: definition\n\n")),
    "md: attribute lists to the limit": lambda: article("x\n{: " + " ".join(f".c{i}" for i in range(BODY // 8)) + " }\n"),
    "md: entities of the highest code point to the limit": lambda: article(fill("&#x10FFFF; &#1114111; ")),
    "md: direction marks to the limit": lambda: article(fill("a\u202eb\u2066c\u2069 ")),
    "md: line separators (U+2028) to the limit": lambda: article(fill("word\u2028")),
    "yaml: a line separator (U+2028) on every line": lambda: article("x", "".join(
        f"k{i}: a\u2028b\n" for i in range(2000))),
    "md: headings all named the same, with suffixes": lambda: article(fill("## Same\n\n## Same_1\n\n")),
    "md: keys ('++a') to the limit": lambda: article(fill("++a")),
    "md: keys ('++ctrl+x++') to the limit": lambda: article(fill("++ctrl+alt+del++ ")),
    "md: markdown-in-HTML blocks nested 1,000 deep": lambda: article(
        '<div markdown="1">\n\n' * 1000 + "x\n\n" + "</div>\n\n" * 1000),
    "md: markdown-in-HTML blocks to the limit": lambda: article(fill('<div markdown="1">\n\nx\n\n</div>\n\n')),
    "md: task lists to the limit": lambda: article(fill("- [x] done\n")),
    "md: details nested 100 deep": lambda: article("".join("    " * i + "??? note\n" for i in range(100)) + "    " * 100 + "x\n"),
}


def copy_project(base: Path, target: Path, files: dict[str, str]) -> None:
    target.mkdir(parents=True)
    shutil.copyfile(base / "site_config.yml", target / "site_config.yml")
    for folder in ("content", "theme"):
        if (base / folder).is_dir() and (folder != "theme" or base != ROOT):  # the repo's theme/ is kbgen's own
            shutil.copytree(base / folder, target / folder, symlinks=True)
    for relative, text in files.items():
        if relative == "site_config.yml+":
            with (target / "site_config.yml").open("a", encoding="utf-8") as handle:
                handle.write("\n" + text)
            continue
        if relative == "site_config.yml services":
            config = (target / "site_config.yml").read_text(encoding="utf-8")
            room = 100 - config.count("\n  - id: ")
            extra = "".join(text.splitlines(keepends=True)[: 2 * room])
            (target / "site_config.yml").write_text(config.replace("\nservices:\n", "\nservices:\n" + extra, 1),
                                                    encoding="utf-8")
            continue
        (target / relative).parent.mkdir(parents=True, exist_ok=True)
        (target / relative).write_text(text, encoding="utf-8")


def run_case(project: Path, out: Path, timeout: float) -> tuple[float, float, int, str]:
    """One clean build (``--no-cache``: every case and every normal build does all the work) in a
    child process: wall seconds, peak RSS in MiB, exit status, output."""
    started = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-m", "kbgen", "build", "--quiet", "--no-cache", "--now", NOW,
                                "--project", str(project), "--out", str(out)], stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                               env={**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONPATH": str(ROOT)})
    chunks: list[bytes] = []
    os.set_blocking(process.stdout.fileno(), False)
    status, usage = None, None
    while status is None:
        chunk = process.stdout.read()
        if chunk:
            chunks.append(chunk)
        pid, raw_status, raw_usage = os.wait4(process.pid, os.WNOHANG)
        if pid:
            status, usage = os.waitstatus_to_exitcode(raw_status), raw_usage
        elif time.perf_counter() - started > timeout:
            os.kill(process.pid, 9)  # not process.kill(): it may reap the child before wait4 does
        else:
            time.sleep(0.01)
    chunks.append(process.stdout.read() or b"")
    process.returncode = status
    return (time.perf_counter() - started, usage.ru_maxrss / 1024, status,
            b"".join(chunks).decode("utf-8", "replace"))


def base_project(kind: str, articles: int, work: Path) -> Path:
    if kind == "demo":
        return ROOT
    from build import make_project  # bench/build.py's synthetic knowledge base

    make_project(work / "base", articles)
    return work / "base"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", choices=["demo", "synthetic"], default="demo",
                        help="the bundled demo project, or bench/build.py's synthetic one")
    parser.add_argument("--articles", type=int, default=1000, help="articles of the synthetic base")
    parser.add_argument("--repeat", type=int, default=3, help="normal builds to take the median of")
    parser.add_argument("--only", nargs="*", help="run only the cases whose name contains one of these")
    parser.add_argument("--timeout", type=float, default=0, help="seconds per case (default: 10 normal builds)")
    args = parser.parse_args()
    cases = {name: make for name, make in CASES.items() if not args.only or any(o in name for o in args.only)}
    with tempfile.TemporaryDirectory(prefix="kbgen-hostile-") as tmp:
        work = Path(tmp)
        base = base_project(args.base, args.articles, work)
        normal = [run_case(base, work / f"normal-{i}", 600) for i in range(args.repeat)]
        if any(status for _, _, status, _ in normal):
            sys.exit(f"the normal build failed:\n{normal[0][3][-2000:]}")
        seconds, peak = statistics.median(n[0] for n in normal), statistics.median(n[1] for n in normal)
        print(f"base: {args.base} ({base}); normal build: median {seconds:.2f} s, {peak:.0f} MiB "
              f"over {args.repeat} runs")
        timeout = args.timeout or max(30.0, 10 * seconds)
        print(f"{'case':44} {'time':>8} {'normal':>7} {'ratio':>6} {'memory':>9} {'ratio':>6}  outcome")
        worst = [0.0, 0.0]
        for name, make in cases.items():
            project = work / "case"
            shutil.rmtree(project, ignore_errors=True)
            copy_project(base, project, make())
            # a normal build right before each case: the machine's load changes by the minute
            near = run_case(base, work / "normal-near", 600)[0]
            took, used, status, output = run_case(project, work / "case-site", timeout)
            outcome = ("TRACEBACK" if "Traceback" in output else "TIMEOUT" if status == -9 else
                       "built" if status == 0 else "error: " + _first_error(output))
            worst = [max(worst[0], took / near), max(worst[1], used / peak)]
            print(f"{name:44} {took:7.2f}s {near:6.2f}s {took / near:5.2f}x {used:7.0f}MiB {used / peak:5.2f}x  "
                  f"{outcome[:70]}", flush=True)
            shutil.rmtree(work / "case-site", ignore_errors=True)
        print(f"worst: time {worst[0]:.2f}x, memory {worst[1]:.2f}x of a normal build (goal: at most 2x each)")


def _first_error(output: str) -> str:
    lines = [line for line in output.splitlines() if ": error: " in line or line.startswith("Error:")]
    return lines[0].split(": error: ", 1)[-1] if lines else output.strip().splitlines()[-1] if output.strip() else "?"


if __name__ == "__main__":
    main()
