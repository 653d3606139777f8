#!/usr/bin/env python3
"""Does a change to redaction's engine leave every redacted ticket as it was? Faster than
``bench/suggest_same.py`` (redaction only, no clustering), on more exports.

    python3 bench/redact_same.py --base DIR [--distinct 4000]

Writes the exports of our banks (``bench/suggest_data``: tune, tune2, held-out v1 to v9, short,
subjects-only, personal-data and rich ones; the frozen tenth bank is not read), then redacts them,
the dev exports and ``--distinct`` distinct dev tickets (``bench/redact.py --distinct``'s copies) with
this checkout's kbgen and with the kbgen under ``--base`` (a ``git archive`` of the commit before the
change), each in a process of its own, one worker (the forked paths give the same tickets:
``tests/test_suggest_pool.py``). Prints one line per
export and exits 1 when any redacted ticket differs.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT.parent / "shared" / "eval" / "tickets" / "dev"
PARTS = ("tune", "tune2", "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7",
         "heldout8", "heldout9")

# Run in a fresh process with the kbgen of argv[1]: every export's redacted tickets, as JSON.
_REDACT = """
import dataclasses, json, sys
root, files, distinct, out = sys.argv[1], json.loads(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
sys.path.insert(0, root)
sys.path.insert(1, {bench!r})
import redact as bench_redact
from kbgen.suggest import redact
result = {{}}
for name in files:
    tickets = bench_redact.load_tickets([name]).tickets
    result[name] = [dataclasses.astuple(t) for t in redact.redact_tickets(tickets, workers=1)]
if distinct:
    dev = list(bench_redact.load_tickets([bench_redact.DEV / "servicenow.csv"]).tickets)
    copies = bench_redact.multiply(dev, len(dev) + distinct, True)[len(dev):]
    result["distinct"] = [dataclasses.astuple(t) for t in redact.redact_tickets(copies, workers=1)]
with open(out, "w", encoding="utf-8") as handle:
    json.dump(result, handle, default=str)
"""


def _write_banks(folder: Path) -> list[str]:
    """The banks' exports written into ``folder``; their paths."""
    sys.path.insert(0, str(ROOT / "bench"))
    from suggest_data import (pii_heldout3, pii_heldout4, pii_heldout5, pii_heldout6, pii_heldout7, pii_heldout8,
                              pii_heldout9)
    from suggest_data.make import write

    writers = {"heldout3": pii_heldout3.write, "heldout4": pii_heldout4.write, "heldout5": pii_heldout5.write,
               "heldout6": pii_heldout6.write, "heldout7": pii_heldout7.write, "heldout8": pii_heldout8.write,
               "heldout9": pii_heldout9.write}
    for part in PARTS:
        writers.get(part, lambda out, part=part: write(part, out, total=200))(folder / part)
    return [str(p) for p in sorted(folder.glob("*/*.csv"))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--base", type=Path, required=True, help="The checkout to compare with.")
    parser.add_argument("--distinct", type=int, default=4000, help="Distinct dev tickets redacted too (0: none).")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        files = _write_banks(Path(tmp) / "banks")
        files += [str(p) for p in sorted(DEV.glob("*.csv"))] if DEV.is_dir() else []
        outputs = []
        for root in (ROOT, args.base.resolve()):
            out = Path(tmp) / f"{len(outputs)}.json"
            subprocess.run([sys.executable, "-c", _REDACT.format(bench=str(ROOT / "bench")), str(root),
                            json.dumps(files), str(args.distinct if DEV.is_dir() else 0), str(out)], check=True)
            outputs.append(json.loads(out.read_text(encoding="utf-8")))
    differ = 0
    for name, tickets in outputs[0].items():
        same = tickets == outputs[1].get(name)
        differ += not same
        label = f"{Path(name).parent.name}/{Path(name).name}"
        print(f"{'same   ' if same else 'DIFFERS'} {len(tickets):6,} tickets  {label}")
    print(f"{len(outputs[0]) - differ} of {len(outputs[0])} exports redacted the same")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
