"""Headings against the page on random documents: how often kbgen's heading reader
(`kbgen.anchors.headings`) gives exactly the ids Python-Markdown, with the site's extensions,
puts on the headings of the page kbgen writes (`with_anchors`).

Usage: python bench/anchors_random.py [--seed N] [--documents N] [--show N]

Each document is an intro line and 3 to 12 lines drawn from pieces that stress where the two
readers can part: ATX headings indented or not, with and without a written id, setext
underlines (with a trailing tab, right after another heading), fences of both characters,
indented code and an indented fence, list items and blank lines. To compare with another
version, put its source first on PYTHONPATH and run the script from outside the repository.
"""
from __future__ import annotations

import argparse
import random
import re

import markdown

from kbgen.anchors import headings, with_anchors
from kbgen.site.render import MARKDOWN_EXTENSIONS

PIECES = ["## Alpha", "  ## Beta", "### Gamma {#g}", "  ## Delta {#d}", "    code line", "```", "```bash",
          "~~~", "text line", "", "", "Setext", "===", "---", "- item", "    ```", "Eps\n===\t", "## Zeta\n==="]
_ID = re.compile(r"<h[1-6][^>]* id=\"([^\"]+)\"")


def page_ids(doc: str) -> list[str]:
    names = [e if isinstance(e, str) else next(iter(e)) for e in MARKDOWN_EXTENSIONS]
    configs = {n: c for e in MARKDOWN_EXTENSIONS if isinstance(e, dict) for n, c in e.items()}
    return _ID.findall(markdown.markdown(with_anchors(doc), extensions=names, extension_configs=configs))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--documents", type=int, default=3000)
    parser.add_argument("--show", type=int, default=0, help="print N documents that disagree")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    agree = shown = 0
    for _ in range(args.documents):
        doc = "Intro.\n\n" + "\n".join(rng.choice(PIECES) for _ in range(rng.randint(3, 12))) + "\n"
        page, mine = page_ids(doc), [h.anchor for h in headings(doc)]
        agree += page == mine
        if page != mine and shown < args.show:
            shown += 1
            print(repr(doc), "page", page, "kbgen", mine)
    print(f"{agree} of {args.documents} documents: kbgen's headings are the page's")


if __name__ == "__main__":
    main()
