"""CPU time of kbgen's YAML reading (:func:`kbgen.yaml_load.load_yaml`): the front matter of a
knowledge base's articles, a large configuration, and nesting far past the depth bound.

    python3 bench/yaml_load.py [KB_FOLDER]

KB_FOLDER defaults to the evaluation knowledge base (``../shared/eval/kb``); the synthetic cases
need no data. Prints the best of seven runs' CPU seconds for each case.
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import yaml  # noqa: E402

from kbgen.yaml_load import load_yaml  # noqa: E402


def front_matters(folder: Path) -> list[str]:
    """The front matter of every Markdown file below ``folder`` (none when it is missing)."""
    texts = []
    for path in sorted(folder.rglob("*.md")):
        text = path.read_text(encoding="utf-8")
        if text.startswith("---\n") and "\n---" in text[4:]:
            texts.append(text[4:text.index("\n---", 4)])
    return texts


def best_cpu(texts: list[str], runs: int = 7, load=load_yaml) -> float:
    """The fewest CPU seconds of ``runs`` reads of every text by ``load``."""
    best = float("inf")
    for _ in range(runs):
        started = time.process_time()
        for text in texts:
            load(text)
        best = min(best, time.process_time() - started)
    return best


def main() -> None:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared/eval/kb"
    services = "services:\n" + "".join(f"  - id: s{i}\n    name: Service {i}\n    keywords: [a, b, c]\n"
                                       for i in range(3000))
    cases = {"front matter of the KB's articles": front_matters(folder / "content"),
             "a configuration of 3,000 services (150 KB)": [services],
             "120,000 levels of '[' (240 KB)": ["k: " + "[" * 120_000 + "]" * 120_000],
             "60,000 levels of '- ' (120 KB)": ["k:\n" + "- " * 60_000 + "x\n"]}
    for name, texts in cases.items():
        if texts:
            print(f"{name}: {len(texts)} texts, {best_cpu(texts, 7 if len(texts) > 1 else 3):.4f} s CPU")
    matters = front_matters(folder / "content")
    if matters:  # 10,000 front matters: kbgen's reading against a plain yaml.load with libyaml
        many = (matters * (10_000 // len(matters) + 1))[:10_000]
        plain = best_cpu(many, 5, lambda text: yaml.load(text, Loader=yaml.CSafeLoader))
        print(f"10,000 front matters: load_yaml {best_cpu(many, 5):.3f} s CPU, plain yaml.load (CSafeLoader) {plain:.3f} s")


if __name__ == "__main__":
    main()
