"""Build benchmark: kbgen build vs plain `mkdocs build` with Material on the same Markdown.

Generates N synthetic articles (default 1,000), then in one run prints kbgen's build time, plain
MkDocs + Material (automatic navigation, default search plugin) on the same Markdown files, their
ratio, and site bytes per article for both. Goal: <= 40 KB per article at N = 1,000.

    python3 bench/build.py [--articles N] [--repeat R] [--skip-mkdocs]
"""
from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SERVICES = ["identity", "email", "vpn", "wifi", "printing", "laptops", "phones", "software", "files", "security"]
WORDS = ("account password reset locked vpn connect hotel wifi network printer offline queue toner laptop slow "
         "update restart teams meeting audio camera share screen onedrive sync sharepoint access request "
         "install software licence phishing report email outlook mailbox calendar phone mobile authenticator "
         "token code expired sign in portal ticket service desk").split()


def sentence(rng: random.Random, n: int = 14) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n)).capitalize() + "."


def make_project(root: Path, count: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    root.mkdir(parents=True)
    services = "\n".join(f"  - id: {s}\n    name: {s.title()} service\n    description: {sentence(rng, 8)}"
                         for s in SERVICES)
    (root / "site_config.yml").write_text(
        "site_name: Bench Help\ncontact:\n  - kind: phone\n    label: Service desk\n    value: +44 20 7946 0000\n"
        f"services:\n{services}\n", encoding="utf-8")
    articles = root / "content" / "articles"
    articles.mkdir(parents=True)
    for i in range(1, count + 1):
        folder = articles / SERVICES[i % len(SERVICES)]
        folder.mkdir(exist_ok=True)
        related = f"article-{max(1, i - 1):05d}"
        body = "\n\n".join(f"## {sentence(rng, 4)[:-1]}\n\n{sentence(rng)} {sentence(rng)}\n\n1. {sentence(rng, 8)}\n2. {sentence(rng, 8)}"
                           for _ in range(4))
        link = f"See also [the previous article](../{SERVICES[max(1, i - 1) % len(SERVICES)]}/{related}.md)." if i > 1 else ""
        (folder / f"article-{i:05d}.md").write_text(
            f"---\nid: KB{i:05d}\ntitle: {sentence(rng, 6)[:-1]} {i}\nsummary: {sentence(rng, 12)}\n"
            f"type: {rng.choice(['how-to', 'troubleshooting', 'faq'])}\ntags: [{', '.join(rng.sample(WORDS, 2))}]\n"
            f"services: [{SERVICES[i % len(SERVICES)]}]\n---\n{body}\n\n{link}\n", encoding="utf-8")


def site_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def run(cmd: list[str], cwd: Path) -> float:
    started = time.perf_counter()
    done = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True,
                          env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
    if done.returncode:
        sys.exit(f"{' '.join(cmd)} failed:\n{done.stderr[-3000:]}")
    return time.perf_counter() - started


def plain_mkdocs_project(project: Path, target: Path) -> None:
    """The same Markdown as a plain MkDocs + Material project (front matter kept as page meta)."""
    shutil.copytree(project / "content" / "articles", target / "docs")
    (target / "docs" / "index.md").write_text("# Bench Help\n", encoding="utf-8")
    (target / "mkdocs.yml").write_text("site_name: Bench Help\ntheme:\n  name: material\n"
                                       "markdown_extensions: [admonition, tables, toc]\n", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=3, help="kbgen builds to take the median of")
    parser.add_argument("--skip-mkdocs", action="store_true", help="skip the plain MkDocs baseline")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="kbgen-bench-") as tmp:
        work = Path(tmp)
        make_project(work / "project", args.articles)
        kbgen = [run([sys.executable, "-m", "kbgen", "build", "--quiet", "--now", "2026-03-01T09:00:00Z",
                      "--project", "project", "--out", "kbgen-site"], work) for _ in range(args.repeat)]
        kb_time, kb_bytes = statistics.median(kbgen), site_bytes(work / "kbgen-site")
        html = [p.stat().st_size for p in (work / "kbgen-site" / "articles").rglob("index.html")]
        print(f"articles: {args.articles}")
        print(f"kbgen build: median {kb_time:.1f} s over {args.repeat} runs ({kb_time / args.articles * 1000:.1f} ms/article)")
        print(f"kbgen site: {kb_bytes / 1e6:.1f} MB, {kb_bytes / args.articles / 1024:.1f} KB per article "
              f"(article page median {statistics.median(html) / 1024:.1f} KB)")
        if args.skip_mkdocs:
            return
        plain_mkdocs_project(work / "project", work / "plain")
        plain_time = run([sys.executable, "-m", "mkdocs", "build", "--quiet"], work / "plain")
        plain_bytes = site_bytes(work / "plain" / "site")
        print(f"plain mkdocs build (Material, automatic nav): {plain_time:.1f} s")
        print(f"plain site: {plain_bytes / 1e6:.1f} MB, {plain_bytes / args.articles / 1024:.1f} KB per article")
        print(f"ratio kbgen/plain: time {kb_time / plain_time:.2f}x, bytes per article {kb_bytes / plain_bytes:.3f}x")
        print(f"goal <= 40 KB per article: {'met' if kb_bytes / args.articles / 1024 <= 40 else 'NOT met'}")


if __name__ == "__main__":
    main()
