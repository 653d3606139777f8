"""Headings against the page on random documents: how often kbgen's heading reader
(`kbgen.anchors.headings`) gives exactly the ids Python-Markdown, with the site's extensions
(kbgen's own linear and safety ones included), puts on the headings of the page kbgen writes
(`strip_title(with_anchors(body))`, as the article page does).

Usage: python bench/anchors_random.py [--seed N] [--documents N] [--show N]

Each document is, half the time, an intro line and 3 to 12 lines drawn from pieces that stress where the two
readers can part: ATX headings indented or not, with and without a written id, setext
underlines (with a trailing tab, right after another heading), fences of both characters,
indented code and an indented fence, list items and blank lines; the other half has no intro
(the body opens with a piece, as the page strips it). To compare with another
version, put its source first on PYTHONPATH and run the script from outside the repository.
"""
from __future__ import annotations

import argparse
import random
import re

import markdown

from kbgen.anchors import headings, strip_title, with_anchors
from kbgen.site.render import MARKDOWN_EXTENSIONS
from kbgen.site.safety import extension_entry

#: The site's extensions as the generated MkDocs configuration lists them (raw HTML kept: the default).
SITE_EXTENSIONS = MARKDOWN_EXTENSIONS + ["kbgen.site.linear", extension_entry(True)]

PIECES = ["## Alpha", "  ## Beta", "### Gamma {#g}", "  ## Delta {#d}", "    code line", "```", "```bash",
          "~~~", "text line", "", "", "Setext", "===", "---", "- item", "    ```", "Eps\n===\t", "## Zeta\n==="]
_ID = re.compile(r"<h[1-6][^>]* id=\"([^\"]+)\"")


def page_ids(doc: str) -> list[str]:
    names = [e if isinstance(e, str) else next(iter(e)) for e in SITE_EXTENSIONS]
    configs = {n: c for e in SITE_EXTENSIONS if isinstance(e, dict) for n, c in e.items()}
    page = strip_title(with_anchors(doc))
    return _ID.findall(markdown.markdown(page, extensions=names, extension_configs=configs))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--documents", type=int, default=3000)
    parser.add_argument("--show", type=int, default=0, help="print N documents that disagree")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    agree = shown = 0
    for _ in range(args.documents):
        intro = "Intro.\n\n" if rng.random() < 0.5 else ""
        doc = intro + "\n".join(rng.choice(PIECES) for _ in range(rng.randint(3, 12))) + "\n"
        page, mine = page_ids(doc), [h.anchor for h in headings(doc)]
        agree += page == mine
        if page != mine and shown < args.show:
            shown += 1
            print(repr(doc), "page", page, "kbgen", mine)
    print(f"{agree} of {args.documents} documents: kbgen's headings are the page's")


if __name__ == "__main__":
    main()
