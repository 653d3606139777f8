"""Random edits in a small site: after every step the incremental build equals a clean build.

Each step makes one random change of the kinds writers make (a body or title edit, an article
added, renamed or retired, a link added or removed, services, related articles, an
announcement's title) and builds through the cache; ``Site.build`` (``test_incremental``) then
builds from scratch and compares the two trees byte for byte. The steps are seeded: a failure
names its seed and step, and ``KBGEN_FUZZ_STEPS`` runs more of them.
"""
from __future__ import annotations

import os
import posixpath
import random
from dataclasses import dataclass, field

import pytest

from conftest import article
from test_incremental import INCIDENT, NOW, Site

FOLDERS = ("vpn", "office", "desk")
SERVICES = ("vpn", "email", "print")
#: Steps over both seeds (~3 s each on a loaded two-core machine: two builds of a small site).
STEPS = int(os.environ.get("KBGEN_FUZZ_STEPS", "60"))


@dataclass
class Draft:
    """One article as the fuzz keeps it (written out whole after every step)."""

    id: str
    slug: str
    title: str
    services: list[str]
    links: set[str] = field(default_factory=set)
    related: list[str] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)
    replaced_by: str = ""

    def text(self, drafts: dict[str, "Draft"]) -> str:
        here = posixpath.dirname(self.slug)
        body = "".join(f"{line}\n\n" for line in self.lines)
        body += "".join(f"See [{drafts[i].title}]({posixpath.relpath(drafts[i].slug + '.md', here)}).\n\n"
                        for i in sorted(self.links))
        meta = {"services": f"[{', '.join(self.services)}]"} if self.services else {}
        if self.related:
            meta["related"] = f"[{', '.join(self.related)}]"
        if self.replaced_by:
            meta.update(retired="true", replaced_by=self.replaced_by)
        return article(self.id, self.title, body or "Some text.", **meta)


class Fuzz:
    """The site and its articles; :meth:`step` makes one random change."""

    def __init__(self, site: Site, rng: random.Random) -> None:
        self.site, self.rng, self.drafts, self.number = site, rng, {}, 0
        for _ in range(5):
            self.add()

    def live(self) -> list[Draft]:
        return [d for d in self.drafts.values() if not d.replaced_by]

    def new_slug(self) -> str:
        self.number += 1
        return f"{self.rng.choice(FOLDERS)}/page-{self.number}"

    def add(self) -> None:
        ident = f"KB{len(self.drafts) + 1:04d}"
        self.drafts[ident] = Draft(ident, self.new_slug(), f"Topic {self.rng.randrange(100)}",
                                   self.rng.sample(SERVICES, self.rng.randrange(3)))

    def write(self) -> None:
        for draft in self.drafts.values():
            self.site.write(f"content/articles/{draft.slug}.md", draft.text(self.drafts))

    def step(self) -> str:
        """One random change (its name, for a failure's message)."""
        live, rng = self.live(), self.rng
        one, other = rng.choice(live), rng.choice(live)
        kind = rng.choice(("body", "title", "add", "rename", "retire", "link", "unlink", "services", "related",
                           "announcement"))
        if kind == "body":
            one.lines.append(f"Step {self.number} {rng.randrange(1000)}.")
            self.number += 1
        elif kind == "title":
            one.title = f"Topic {rng.randrange(100)}"
        elif kind == "add":
            self.add()
        elif kind == "rename":
            (self.site.project / f"content/articles/{one.slug}.md").unlink()
            one.slug = self.new_slug()
        elif kind == "retire" and len(live) > 3 and one is not other:
            one.replaced_by, one.links, one.related = other.id, set(), []
            for draft in self.drafts.values():
                draft.links.discard(one.id)
                draft.related = [i for i in draft.related if i != one.id]
        elif kind == "link" and one is not other:
            one.links.add(other.id)
        elif kind == "unlink" and one.links:
            one.links.discard(rng.choice(sorted(one.links)))
        elif kind == "services":
            one.services = rng.sample(SERVICES, rng.randrange(3))
        elif kind == "related" and one is not other:
            one.related = [] if one.related else [other.id]
        elif kind == "announcement":
            self.site.write("content/announcements/inc.md",
                            INCIDENT.replace("VPN drops", f"VPN drops {rng.randrange(3)}")
                            .replace("[vpn]", f"[{rng.choice(SERVICES)}]"))
        self.write()
        return kind


@pytest.mark.slow
@pytest.mark.parametrize("seed", [1, 2])
def test_random_edits_in_turn_always_give_the_clean_site(make_project, tmp_path, seed):
    site = Site(make_project, tmp_path, {"content/announcements/inc.md": INCIDENT})
    fuzz = Fuzz(site, random.Random(seed))
    fuzz.write()
    site.build(NOW)
    for number in range(STEPS // 2):
        kind = fuzz.step()
        try:
            site.build(NOW)  # through the cache, then compared with a clean build
        except AssertionError as exc:
            raise AssertionError(f"seed {seed}, step {number} ({kind}): the incremental site differs") from exc
