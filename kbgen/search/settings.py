"""The ``search:`` section of site_config.yml and the shipped IT synonym list."""
from __future__ import annotations

from dataclasses import dataclass, field
from importlib import resources
from typing import Any, Mapping

from .. import schema as s

#: Below this share of the query answered by the best article, the answer is weak.
DEFAULT_COVERAGE = 0.45
#: Below this score the answer is weak, whatever the coverage.
DEFAULT_MIN_SCORE = 1.0
#: Scores are multiplied by coverage to this power, so partial answers sink.
COVERAGE_POWER = 1.0


def number(minimum: float, maximum: float) -> s.Check:
    """A number between ``minimum`` and ``maximum``."""
    def check(value: Any) -> float:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise s.Invalid(f"expected a number, got {value!r}")
        if not minimum <= value <= maximum:
            raise s.Invalid(f"must be between {minimum} and {maximum}, got {value}")
        return float(value)
    return check


def synonym_list(value: Any) -> tuple[tuple[str, ...], ...]:
    """Groups of equivalent terms: a list of lists, or a mapping ``term: [equivalents]``."""
    if isinstance(value, dict):
        value = [[key] + (list(v) if isinstance(v, list) else [v]) for key, v in value.items()]
    if not isinstance(value, list):
        raise s.Invalid("expected a list of groups ([[vpn, remote access], ...]) or a mapping "
                        "(vpn: [remote access])")
    groups = []
    for index, group in enumerate(value):
        if not isinstance(group, list) or len(group) < 2:
            raise s.Invalid("a synonym group is a list of at least two terms", (index,))
        groups.append(tuple(s.text()(term) for term in group))
    return tuple(groups)


SEARCH_SCHEMA = s.Schema("search", {
    "synonyms": s.Field(synonym_list, default=(),
                        doc="Extra groups of equivalent terms, added to kbgen's IT list: "
                            "`[[vpn, remote access], ...]` or `{vpn: [remote access]}`."),
    "builtin_synonyms": s.Field(s.boolean, default=True,
                                doc="Use the IT synonym list shipped with kbgen."),
    "learn_acronyms": s.Field(s.boolean, default=True,
                              doc="Learn acronyms of the phrases articles are about "
                                  "(\"self-service password reset\" in titles, tags or "
                                  "headings makes \"SSPR\" find it)."),
    "min_coverage": s.Field(number(0, 1), default=DEFAULT_COVERAGE,
                            doc="Share of the query (by word weight) the best article must "
                                "answer; below it search says there is no good answer."),
    "min_score": s.Field(number(0, 1000), default=DEFAULT_MIN_SCORE,
                         doc="Score below which search says there is no good answer."),
})


def builtin_synonyms() -> list[list[str]]:
    """The IT synonym groups shipped with kbgen (``kbgen/search/synonyms.txt``)."""
    text = resources.files(__package__).joinpath("synonyms.txt").read_text(encoding="utf-8")
    groups = []
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            groups.append([term.strip() for term in line.split(",") if term.strip()])
    return groups


def synonym_groups(config: dict) -> list[list[str]]:
    """Shipped groups (unless switched off) followed by the site's own."""
    groups = builtin_synonyms() if config.get("builtin_synonyms", True) else []
    return groups + [list(g) for g in config.get("synonyms", ())]


@dataclass(frozen=True)
class SearchSettings:
    """Everything that shapes ranking, from the config (defaults when absent).

    Attributes:
        synonyms: groups of equivalent phrases.
        min_coverage: the no-good-answer threshold on coverage.
        min_score: the no-good-answer threshold on score.
        learn_acronyms: learn acronyms from the articles' topic phrases.
        overrides: values replacing the engine's defaults of query analysis (the
            ``DEFAULTS`` of ``kbgen-search-engine.js``); the benchmarks use them to switch
            rule families off.
    """

    synonyms: list[list[str]] = field(default_factory=builtin_synonyms)
    min_coverage: float = DEFAULT_COVERAGE
    min_score: float = DEFAULT_MIN_SCORE
    learn_acronyms: bool = True
    overrides: Mapping[str, Any] = field(default_factory=dict)

    @classmethod
    def from_config(cls, config: dict) -> "SearchSettings":
        """Settings from the validated ``search:`` mapping (missing keys take defaults)."""
        return cls(synonyms=synonym_groups(config),
                   min_coverage=config.get("min_coverage", DEFAULT_COVERAGE),
                   min_score=config.get("min_score", DEFAULT_MIN_SCORE),
                   learn_acronyms=config.get("learn_acronyms", True))

    def threshold_json(self) -> dict:
        """The threshold as shipped in the manifest."""
        return {"minCoverage": self.min_coverage, "minScore": self.min_score,
                "coveragePower": COVERAGE_POWER}
