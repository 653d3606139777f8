"""Build benchmark: kbgen build (clean and after one edit) vs plain `mkdocs build` with Material.

Generates N synthetic articles (default 1,000), then in one run measures, each as a separate
process, R times (medians printed):

- `kbgen build --no-cache` (a clean build: no cache, fresh output folder);
- `kbgen build` after editing one article (a different one each time) of the built site;
- plain `mkdocs build`, Material, on the same Markdown with a minimal navigation (one entry):
  the fair baseline, since kbgen's navigation is small too;
- plain `mkdocs build`, Material, automatic navigation (every page in the nav of every page:
  quadratic, so its time and bytes grow with N^2; skipped above --auto-nav-max articles).

For each: wall time, CPU time (the process and the children it waited for), peak memory (the
largest process, and the whole process tree sampled from /proc), site bytes per article. Then
the ratios against the fair baseline and the goals (clean build <= 0.5x the fair baseline, one
edit <= 3 s, peak memory <= 1 GiB).

    python3 bench/build.py [--articles N] [--repeat R] [--auto-nav-max N] [--skip-mkdocs]
"""
from __future__ import annotations

import argparse
import os
import platform
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

SERVICES = ["identity", "email", "vpn", "wifi", "printing", "laptops", "phones", "software", "files", "security"]
WORDS = ("account password reset locked vpn connect hotel wifi network printer offline queue toner laptop slow "
         "update restart teams meeting audio camera share screen onedrive sync sharepoint access request "
         "install software licence phishing report email outlook mailbox calendar phone mobile authenticator "
         "token code expired sign in portal ticket service desk").split()
NOW = "2026-03-01T09:00:00Z"
GIB = 1 << 30


def sentence(rng: random.Random, n: int = 14) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n)).capitalize() + "."


def make_project(root: Path, count: int, seed: int = 7) -> None:
    """A kbgen project of ``count`` synthetic articles in 10 services."""
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


def plain_mkdocs_project(project: Path, target: Path, minimal_nav: bool) -> None:
    """The same Markdown as a plain MkDocs + Material project (front matter kept as page meta)."""
    shutil.copytree(project / "content" / "articles", target / "docs")
    (target / "docs" / "index.md").write_text("# Bench Help\n", encoding="utf-8")
    nav = "nav:\n  - Home: index.md\n" if minimal_nav else ""
    (target / "mkdocs.yml").write_text("site_name: Bench Help\ntheme:\n  name: material\n" + nav +
                                       "markdown_extensions: [admonition, tables, toc]\n", encoding="utf-8")


def site_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


# --- measuring a process ------------------------------------------------------------------------

@dataclass(frozen=True)
class Run:
    """One measured process: wall and CPU seconds, peak memory of its largest process and of its
    whole tree (bytes)."""

    wall: float
    cpu: float
    largest: int
    tree: int


def _tree_rss(root: int) -> int:
    """Resident bytes of a process and its descendants, from /proc (0 where there is none)."""
    parents: dict[int, int] = {}
    rss: dict[int, int] = {}
    for entry in os.listdir("/proc") if os.path.isdir("/proc") else []:
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as handle:
                fields = handle.read().rsplit(")", 1)[1].split()
            parents[int(entry)] = int(fields[1])
            rss[int(entry)] = int(fields[21]) * os.sysconf("SC_PAGE_SIZE")
        except (OSError, IndexError, ValueError):
            continue
    tree, todo = set(), [root]
    while todo:
        pid = todo.pop()
        tree.add(pid)
        todo.extend(child for child, parent in parents.items() if parent == pid and child not in tree)
    return sum(rss.get(pid, 0) for pid in tree)


def run(cmd: list[str], cwd: Path) -> Run:
    """Run a command to completion, measuring it; exits the benchmark if it fails."""
    started = time.perf_counter()
    process = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                               env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
    peak = [0]
    done = threading.Event()

    def sample() -> None:
        while not done.wait(0.25):
            peak[0] = max(peak[0], _tree_rss(process.pid))
    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    stderr = process.stderr.read() if process.stderr else b""
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - started
    done.set()
    sampler.join()
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode:
        sys.exit(f"{' '.join(cmd)} failed:\n{stderr.decode(errors='replace')[-3000:]}")
    largest = usage.ru_maxrss * (1 if sys.platform == "darwin" else 1024)
    return Run(wall, usage.ru_utime + usage.ru_stime, largest, max(peak[0], largest))


def median_run(runs: list[Run]) -> Run:
    return Run(statistics.median(r.wall for r in runs), statistics.median(r.cpu for r in runs),
               max(r.largest for r in runs), max(r.tree for r in runs))


# --- the benchmark -----------------------------------------------------------------------------

def kbgen_runs(work: Path, repeat: int, articles: int) -> tuple[list[Run], list[Run]]:
    """Clean builds (fresh folder, --no-cache) and rebuilds after editing one article each."""
    build = [sys.executable, "-m", "kbgen", "build", "--quiet", "--now", NOW, "--project", "project"]
    clean = []
    for index in range(repeat):
        out = work / f"kbgen-site-{index}"
        clean.append(run(build + ["--out", str(out), "--no-cache"], work))
    edits = []
    rng = random.Random(11)
    for index in range(repeat):
        number = rng.randint(1, articles)
        path = work / "project/content/articles" / SERVICES[number % len(SERVICES)] / f"article-{number:05d}.md"
        path.write_text(path.read_text(encoding="utf-8") + f"\nEdited for the benchmark ({index}).\n",
                        encoding="utf-8")
        edits.append(run(build + ["--out", str(work / "kbgen-site-0")], work))
        page = next((work / "kbgen-site-0/articles").glob(f"kb{number:05d}-*/index.html"))
        assert f"Edited for the benchmark ({index})." in page.read_text(encoding="utf-8")
    return clean, edits


def row(name: str, result: Run | None, size: int | None, articles: int, note: str = "") -> str:
    if result is None:
        return f"{name:<52} {'skipped: ' + note}"
    per = f"{size / articles / 1024:7.1f}" if size is not None else "      -"
    mb = f"{size / 1e6:8.1f}" if size is not None else "       -"
    return (f"{name:<52} {result.wall:8.1f} {result.cpu:8.1f} {result.largest / 2**20:8.0f} {result.tree / 2**20:8.0f} "
            f"{mb} {per}  {note}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=3, help="runs of each measurement (medians are printed)")
    parser.add_argument("--auto-nav-max", type=int, default=2000,
                        help="largest N for Material's automatic navigation (quadratic in N)")
    parser.add_argument("--skip-mkdocs", action="store_true", help="skip both plain MkDocs builds")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="kbgen-bench-") as tmp:
        work = Path(tmp)
        make_project(work / "project", args.articles)
        for name, minimal in (("plain-minimal", True), ("plain-auto", False)):
            plain_mkdocs_project(work / "project", work / name, minimal)
        print(f"articles: {args.articles}, runs per measurement: {args.repeat} (medians); "
              f"{platform.platform()}, {os.cpu_count()} CPUs, Python {platform.python_version()}, "
              f"load average at start {os.getloadavg()[0]:.1f}")
        mkdocs = [sys.executable, "-m", "mkdocs", "build", "--quiet"]
        fair = auto = None
        if not args.skip_mkdocs:
            fair = median_run([run(mkdocs, work / "plain-minimal") for _ in range(args.repeat)])
        clean_runs, edit_runs = kbgen_runs(work, args.repeat, args.articles)
        clean, edit = median_run(clean_runs), median_run(edit_runs)
        if not args.skip_mkdocs and args.articles <= args.auto_nav_max:
            auto = median_run([run(mkdocs, work / "plain-auto") for _ in range(args.repeat)])
        print(f"{'':<52} {'wall s':>8} {'CPU s':>8} {'max MiB':>8} {'tree MiB':>8} {'site MB':>8} {'KB/art':>7}")
        print(row("kbgen build, clean (--no-cache)", clean, site_bytes(work / "kbgen-site-0"), args.articles))
        print(row("kbgen build after one edit", edit, None, args.articles,
                  "runs: " + ", ".join(f"{r.wall:.2f}" for r in edit_runs) + " s"))
        print(row("mkdocs build, Material, minimal nav (FAIR baseline)", fair,
                  site_bytes(work / "plain-minimal/site") if fair else None, args.articles,
                  "" if fair else "--skip-mkdocs"))
        print(row("mkdocs build, Material, automatic nav (quadratic)", auto,
                  site_bytes(work / "plain-auto/site") if auto else None, args.articles,
                  "" if auto else f"N > --auto-nav-max {args.auto_nav_max} (every page lists every page)"))
        if fair:
            print(f"ratio kbgen clean / fair baseline: wall {clean.wall / fair.wall:.2f}x (goal <= 0.5x), "
                  f"CPU {clean.cpu / fair.cpu:.2f}x")
        if auto:
            print(f"ratio kbgen clean / automatic nav (not a fair baseline): wall {clean.wall / auto.wall:.2f}x")
        print(f"one edit: median {edit.wall:.2f} s (goal <= 3 s); peak memory: kbgen tree "
              f"{clean.tree / GIB:.2f} GiB, largest process {clean.largest / GIB:.2f} GiB (goal <= 1 GiB)")


if __name__ == "__main__":
    main()
