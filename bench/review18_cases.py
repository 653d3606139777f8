"""Round 18, after review: CPU seconds of ``kbgen check`` and ``kbgen build --no-cache`` in a fresh
process for the cases the review found (abbreviation definitions split off one by one, open
``<li markdown="1">`` in a raw list), against a project from ``kbgen init``; then random nests
of md_in_html elements, told by the check or not, against whether Python-Markdown renders them.

    python3 bench/review18_cases.py [--kbgen PATH_HOLDING_KBGEN] [--pages 80] [--seed 3]

``--kbgen`` runs another copy of kbgen (``git archive <commit> kbgen theme | tar -x -C PATH``)."""
from __future__ import annotations

import argparse
import os
import random
import resource
import subprocess
import sys
import tempfile
from pathlib import Path

HEAD = ("---\nid: KB0100\ntitle: Hostile\nsummary: A hostile page.\ntype: how-to\ntags: []\nservices: []\n"
        "keywords: []\nowner: Desk\ncreated: 2026-01-01\nreviewed: 2026-01-01\n---\n")
CASES = {
    "1,800 definitions, title below": "".join(f"*[A{i}]:\nB{i}\n" for i in range(1800)),
    "1,800 definitions, text between": "".join(f"*[A{i}]: B{i}\nw\n" for i in range(1800)),
    "200, text between, 64 KiB": "".join(f"*[AB{i}]: Abbreviation\n" + "w" * (64000 // 200 - 40) + "\n" for i in range(200)),
    "ul and 60 open md items": "<ul>\n" + "".join(f'<li markdown="1">item *{i}*\n' for i in range(60)) + "</ul>\n",
}


def cpu(command: list[str], env: dict[str, str]) -> tuple[float, int]:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    done = subprocess.run(command, env=env, capture_output=True, text=True, cwd=tempfile.gettempdir())
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime, done.returncode


def timings(env: dict[str, str]) -> None:
    now = ["--now", "2026-03-01T09:00:00Z"]
    for name, body in CASES.items():
        with tempfile.TemporaryDirectory() as tmp:
            project = Path(tmp) / "p"
            subprocess.run([sys.executable, "-m", "kbgen", "init", str(project)], env=env, capture_output=True,
                           check=True, cwd=tempfile.gettempdir())
            (project / "content/articles/hostile.md").write_text(HEAD + body, encoding="utf-8")
            check = cpu([sys.executable, "-m", "kbgen", "check", "--project", str(project), *now], env)
            build = cpu([sys.executable, "-m", "kbgen", "build", "--no-cache", "--project", str(project), *now], env)
            print(f"{name}: check {check[0]:.1f} s exit {check[1]}, build {build[0]:.1f} s exit {build[1]}", flush=True)


def random_nests(pages: int, seed: int) -> None:
    import markdown

    from kbgen.body_check import limit_diagnostics
    from kbgen.site.render import MARKDOWN_EXTENSIONS

    names = [e if isinstance(e, str) else next(iter(e)) for e in MARKDOWN_EXTENSIONS]
    configs = {next(iter(e)): e[next(iter(e))] for e in MARKDOWN_EXTENSIONS if isinstance(e, dict)}
    kinds = [('<div markdown="1">', "</div>", 800), ('<details markdown="1">', "</details>", 30), ("<ol>", "</ol>", 1),
             ("<p>", "</p>", 3), ('<section markdown="block">', "</section>", 8), ('<ul markdown="1">', "</ul>", 5),
             ('<p markdown="1">', "</p>", 15), ('<li markdown="1">', "</li>", 2), ("<div>", "</div>", 1),
             ('<li markdown="block">', "</li>", 4), ('<div markdown="span">', "</div>", 1), ('<span markdown="1">', "</span>", 4)]
    rng = random.Random(seed)
    counts = {"passed, rendered": 0, "passed, recursion exhausted": 0, "told, rendered": 0, "told, recursion exhausted": 0}
    for _ in range(pages):
        chosen = rng.choices(kinds, [k[2] for k in kinds], k=rng.randint(100, 700))
        page = ("".join(k[0] + rng.choice(["\n\n", "\n", "\n\ntext *x*\n\n"]) for k in chosen) + "x *y*\n\n"
                + "".join(k[1] + "\n\n" for k in reversed(chosen)))
        told = bool(limit_diagnostics("a.md", page, 1))
        try:
            markdown.Markdown(extensions=[*names, "kbgen.site.linear"], extension_configs=configs).convert(page)
            rendered = True
        except RecursionError:
            rendered = False
        counts[("told, " if told else "passed, ") + ("rendered" if rendered else "recursion exhausted")] += 1
    print(counts)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kbgen", help="a folder holding the kbgen package to time (default: this one)")
    parser.add_argument("--pages", type=int, default=80)
    parser.add_argument("--seed", type=int, default=3)
    args = parser.parse_args()
    root = str(Path(args.kbgen).resolve()) if args.kbgen else str(Path(__file__).resolve().parent.parent)
    timings(dict(os.environ, PYTHONPATH=root))
    if not args.kbgen:
        random_nests(args.pages, args.seed)


if __name__ == "__main__":
    main()
