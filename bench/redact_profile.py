#!/usr/bin/env python3
"""Where redaction spends its time, per pass and per pattern, on distinct texts.

    python3 bench/redact_profile.py [--tickets 6000] [--patterns 25] [--root DIR]

The dev ServiceNow export made distinct as ``bench/redact.py --distinct`` makes it (every copy
after the first 3,000 with another caller and a line of everyday words in each field); the first
3,000 (the dev texts themselves) are left out, so every text is one no cache has seen. One
process, the export's lexicon learned first (as ``redact_tickets`` does), then every ticket
redacted while each pass of :mod:`kbgen.suggest.redact` (form labels, shapes, secrets, cue rules,
finding names, replacing names, ids beside names) and each compiled pattern of the ``pii_*``
modules is timed. The timers cost time of their own (the total with them is printed beside the
total without), so the shares, not the seconds, are the figure. ``--root DIR`` profiles the kbgen
of another checkout.
"""
from __future__ import annotations

import argparse
import collections
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if "--root" in sys.argv:
    sys.path.insert(0, str(Path(sys.argv[sys.argv.index("--root") + 1]).resolve()))
sys.path.insert(1 if "--root" in sys.argv else 0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

PASSES = ("_unglue", "_redact_shapes", "redact_secrets", "_redact_cues", "collect_names", "replace_names",
          "_ids_beside_names")
"""The passes of ``_redact_each``, in the order they run."""


class _TimedPattern:
    """A compiled pattern whose calls add their time to ``totals[name]``."""

    def __init__(self, name: str, pattern: re.Pattern, totals: dict) -> None:
        self._name, self._pattern, self._totals = name, pattern, totals

    def __getattr__(self, attribute: str):
        value = getattr(self._pattern, attribute)
        if not callable(value):
            return value

        def timed(*args, **kwargs):
            start = time.perf_counter_ns()
            result = value(*args, **kwargs)
            if attribute == "finditer":
                result = list(result)
            entry = self._totals[f"{self._name}.{attribute}"]
            entry[0] += time.perf_counter_ns() - start
            entry[1] += 1
            return result
        return timed


def _time_function(module, name: str, totals: dict) -> None:
    function = getattr(module, name)

    def timed(*args, **kwargs):
        start = time.perf_counter_ns()
        result = function(*args, **kwargs)
        entry = totals[name]
        entry[0] += time.perf_counter_ns() - start
        entry[1] += 1
        return result
    setattr(module, name, timed)


def _time_patterns(modules, totals: dict) -> None:
    """Every module-level compiled pattern (and the cue rules' patterns) timed where it is looked up."""
    from kbgen.suggest import pii_patterns

    for module in modules:
        for key, value in list(vars(module).items()):
            if isinstance(value, re.Pattern):
                setattr(module, key, _TimedPattern(f"{module.__name__.rsplit('.', 1)[-1]}.{key}", value, totals))
    names = {id(v._pattern): k for k, v in vars(pii_patterns).items() if isinstance(v, _TimedPattern)}
    for rule in pii_patterns._CUE_RULES:
        if isinstance(rule.pattern, re.Pattern):
            label = f"cue rule {names.get(id(rule.pattern), rule.kind)}"
            object.__setattr__(rule, "pattern", _TimedPattern(label, rule.pattern, totals))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--tickets", type=int, default=6000, help="Tickets made (the first 3,000 are left out).")
    parser.add_argument("--patterns", type=int, default=25, help="Patterns listed, costliest first.")
    parser.add_argument("--root", type=Path, help="Profile the kbgen of this checkout.")
    args = parser.parse_args()

    import redact as bench_redact
    from kbgen.suggest import pii_accounts, pii_gazetteer, pii_names, pii_patterns, pii_secrets, pii_shapes
    from kbgen.suggest import redact

    dev = bench_redact.load_tickets([bench_redact.DEV / "servicenow.csv"]).tickets
    tickets = bench_redact.multiply(list(dev), max(args.tickets, len(dev) + 1), True)[len(dev):]
    lexicon = redact.learn_lexicon(tickets, 1)
    start = time.process_time()
    redact._redact_range(tickets, lexicon)
    plain = time.process_time() - start

    passes: dict = collections.defaultdict(lambda: [0, 0])
    patterns: dict = collections.defaultdict(lambda: [0, 0])
    for name in PASSES:
        _time_function(redact, name, passes)
    _time_patterns((redact, pii_names, pii_shapes, pii_secrets, pii_accounts, pii_patterns, pii_gazetteer), patterns)
    start = time.process_time()
    redact._redact_range(tickets, lexicon)
    timed = time.process_time() - start

    print(f"{len(tickets):,} distinct tickets: {plain:.2f} s CPU ({plain / len(tickets) * 1000:.3f} ms a ticket); "
          f"{timed:.2f} s with the timers")
    spent = sum(ns for ns, _ in passes.values()) or 1
    print("\npass                      share   calls")
    for name in PASSES:
        ns, calls = passes[name]
        print(f"  {name:22} {ns / spent:6.1%} {calls:7,}")
    print("\npatterns, costliest first (share of the passes' time; a call's time includes its callbacks)")
    for name, (ns, calls) in sorted(patterns.items(), key=lambda item: -item[1][0])[:args.patterns]:
        print(f"  {ns / spent:6.1%} {calls:7,}  {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
