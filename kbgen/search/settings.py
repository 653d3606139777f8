"""The ``search:`` section of site_config.yml, the shipped IT synonym list and the shipped
no-answer model."""
from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any, Mapping

from .. import schema as s

#: Below this share of the query answered by the best article, the answer is always weak
#: (0: the no-answer model decides alone).
DEFAULT_COVERAGE = 0.0
#: Below this score the answer is weak, whatever the coverage.
DEFAULT_MIN_SCORE = 1.0
#: The no-answer model shipped with kbgen (fitted by bench/search_fit.py).
MODEL_FILE = "no_answer_model.json"
#: The re-scorer of the first results shipped with kbgen (fitted by bench/search_rerank.py).
RERANK_FILE = "rerank_model.json"
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
    "min_confidence": s.Field(number(0.01, 0.99), default=None,
                              doc="How sure search must be that its best article answers the "
                                  "question (0.01-0.99; higher says \"no good answer\" more "
                                  "often); the default is the one kbgen's model was calibrated "
                                  "for (see Search)."),
    "min_coverage": s.Field(number(0, 1), default=DEFAULT_COVERAGE,
                            doc="Share of the query (by word weight) the best article must "
                                "answer; below it search always says there is no good answer "
                                "(0: the no-answer model decides alone)."),
    "min_score": s.Field(number(0, 1000), default=DEFAULT_MIN_SCORE,
                         doc="Score below which search says there is no good answer."),
    "learn_from": s.Field(s.list_of(s.text(), max_items=20), default=(),
                          doc="Ticket exports (paths inside the project, relative to it; any format "
                              "`kbgen suggest` reads; keep exports in a git-ignored folder) whose resolution notes cite article ids: "
                              "the words of those tickets' subjects become the cited articles' "
                              "search keywords (see Search)."),
    "learn_min_tickets": s.Field(s.integer(2, 1_000_000), default=3,
                                 doc="Distinct citing tickets whose subjects must use a word before "
                                     "it is learnt for an article."),
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


@lru_cache(maxsize=1)
def rerank_model() -> dict:
    """The re-scorer shipped with kbgen: ``depth`` (results re-scored), ``features`` (names of
    the engine's evidence) and ``weights`` (fitted by bench/search_rerank.py)."""
    text = resources.files(__package__).joinpath(RERANK_FILE).read_text(encoding="utf-8")
    model = json.loads(text)
    return {key: model[key] for key in ("depth", "features", "weights")}


@lru_cache(maxsize=1)
def no_answer_model() -> dict:
    """The no-answer model shipped with kbgen: ``features``, ``weights``, ``bias`` (a logistic
    regression on the engine's evidence) and the ``min_confidence`` it was calibrated for."""
    text = resources.files(__package__).joinpath(MODEL_FILE).read_text(encoding="utf-8")
    return json.loads(text)


def synonym_groups(config: dict) -> list[list[str]]:
    """Shipped groups (unless switched off) followed by the site's own."""
    groups = builtin_synonyms() if config.get("builtin_synonyms", True) else []
    return groups + [list(g) for g in config.get("synonyms", ())]


@dataclass(frozen=True)
class SearchSettings:
    """Everything that shapes ranking, from the config (defaults when absent).

    Attributes:
        synonyms: groups of equivalent phrases.
        min_confidence: the no-answer model's probability below which there is no good
            answer (None: the one the shipped model was calibrated for).
        min_coverage: coverage below which there is never a good answer.
        min_score: the no-good-answer threshold on score.
        model: the no-answer model (None: coverage and score alone decide).
        rerank: the re-scorer of the first results (None: results keep their scores).
        learn_acronyms: learn acronyms from the articles' topic phrases.
        overrides: values replacing the engine's defaults of query analysis (the
            ``DEFAULTS`` of ``kbgen-search-engine.js``); the benchmarks use them to switch
            rule families off.
    """

    synonyms: list[list[str]] = field(default_factory=builtin_synonyms)
    min_confidence: float | None = None
    min_coverage: float = DEFAULT_COVERAGE
    min_score: float = DEFAULT_MIN_SCORE
    model: Mapping[str, Any] | None = field(default_factory=no_answer_model)
    rerank: Mapping[str, Any] | None = field(default_factory=rerank_model)
    learn_acronyms: bool = True
    overrides: Mapping[str, Any] = field(default_factory=dict)

    @classmethod
    def from_config(cls, config: dict) -> "SearchSettings":
        """Settings from the validated ``search:`` mapping (missing keys take defaults)."""
        return cls(synonyms=synonym_groups(config),
                   min_confidence=config.get("min_confidence"),
                   min_coverage=config.get("min_coverage", DEFAULT_COVERAGE),
                   min_score=config.get("min_score", DEFAULT_MIN_SCORE),
                   learn_acronyms=config.get("learn_acronyms", True))

    def threshold_json(self) -> dict:
        """The threshold as shipped in the manifest: the model's verdict is ``bias + weights x
        evidence < cut``, where cut is the log-odds of ``min_confidence`` (computed here, so
        the engine needs no logarithm or exponential of its own)."""
        out = {"minCoverage": self.min_coverage, "minScore": self.min_score,
               "coveragePower": COVERAGE_POWER}
        if self.model:
            confidence = self.min_confidence or self.model["min_confidence"]
            out["model"] = {"features": list(self.model["features"]),
                            "weights": list(self.model["weights"]), "bias": self.model["bias"],
                            "cut": round(math.log(confidence / (1 - confidence)), 6)}
        return out
