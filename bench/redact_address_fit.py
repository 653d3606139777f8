"""Refit the shape-only address line model (``kbgen/suggest/address_model.json``) reproducibly.

    python3 bench/redact_address_fit.py [--data DIR] [--write]

Training data: the tuning banks' personal-data exports (``bench/suggest_data``, held-out v3 to v17: the
round's check bank and the frozen banks are never read) and the development exports' truth
(``../shared/eval/tickets/dev``). Every candidate line of every field (``pii_address_model.candidates``)
is a row: positive when one address of the truth covers 60% of its characters or more, negative when
none overlaps it, left out in between (a line half address, half sentence teaches nothing clean).

The threshold is chosen on banks v13-v17 with the model fitted on v3-v12 and the dev data: the lowest
probability at which at most 1 candidate in 1,000 that is no address is taken (a line of prose or a log
line taken for an address costs the ticket its words); then the model is refitted on everything.
With ``--data DIR`` the banks are read from (or written to) DIR instead of a temporary folder.
Deterministic: the same data give the same weights (liblinear, fixed order).
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from kbgen.suggest.importers import load_tickets  # noqa: E402
from kbgen.suggest.pii_address_model import FEATURES, candidates, line_features  # noqa: E402

BANKS = tuple(f"heldout{i}" for i in range(3, 18))
VALIDATION = tuple(f"heldout{i}" for i in range(13, 18))
DEV = ROOT.parent / "shared" / "eval" / "tickets" / "dev"
FALSE_RATE = 0.001
MODEL = ROOT / "kbgen" / "suggest" / "address_model.json"


def _rows(texts: list[str], addresses: list[str]):
    for text in texts:
        if not text:
            continue
        spans = []
        for address in addresses:
            at = text.find(address)
            while at >= 0:
                spans.append((at, at + len(address)))
                at = text.find(address, at + 1)
        for start, end, before, after, labelled in candidates(text):
            covered = sum(max(0, min(end, e) - max(start, s)) for s, e in spans)
            share = covered / max(1, end - start)
            if 0 < share < 0.6:
                continue
            yield line_features(text[start:end], before, after, labelled), share >= 0.6


def bank_rows(folder: Path):
    rows = []
    for export, truth_file in (("pii.csv", "pii-truth.jsonl"), ("rich.csv", "rich-truth.jsonl")):
        if not (folder / export).exists():
            continue
        tickets = {t.ticket_id: t for t in load_tickets([folder / export]).tickets}
        for line in (folder / truth_file).read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            t = tickets[record["number"]]
            addresses = [s["text"] for s in record["spans"] if s["kind"] == "address"]
            rows.extend(_rows([t.subject, t.description, t.close_notes, *t.comments], addresses))
    return rows


def dev_rows():
    addresses = defaultdict(list)
    for line in (DEV / "pii.jsonl").read_text(encoding="utf-8").splitlines():
        span = json.loads(line)
        if span["kind"] == "address":
            addresses[span["ticket_id"]].append(span["text"])
    rows = []
    for t in load_tickets([DEV / "servicenow.csv"]).tickets:
        rows.extend(_rows([t.subject, t.description, t.close_notes, *t.comments], addresses[t.ticket_id]))
    return rows


def fit(rows):
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    x = np.array([r[0] for r in rows])
    y = np.array([r[1] for r in rows])
    model = LogisticRegression(C=1.0, solver="liblinear", fit_intercept=False, max_iter=1000, random_state=0)
    model.fit(x, y)
    return model


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, help="Folder of the generated banks (written when missing).")
    parser.add_argument("--write", action="store_true", help="Write kbgen/suggest/address_model.json.")
    args = parser.parse_args()
    import importlib
    with tempfile.TemporaryDirectory() as tmp:
        data = args.data or Path(tmp)
        per_bank = {}
        for bank in BANKS:
            folder = data / bank
            if not (folder / "pii-truth.jsonl").exists():
                importlib.import_module(f"suggest_data.pii_{bank}").write(folder)
            per_bank[bank] = bank_rows(folder)
    dev = dev_rows()
    train = dev + [r for b in BANKS if b not in VALIDATION for r in per_bank[b]]
    check = [r for b in VALIDATION for r in per_bank[b]]
    model = fit(train)
    scored = sorted((model.predict_proba([f])[0][1], label) for f, label in check)
    negatives = sorted((p for p, label in scored if not label), reverse=True)
    allowed = int(FALSE_RATE * len(negatives))
    threshold = max(0.5, negatives[allowed] + 1e-6 if allowed < len(negatives) else 0.5)
    positives = [p for p, label in scored if label]
    found = sum(p >= threshold for p in positives)
    taken = sum(p >= threshold for p in negatives)
    print(f"train rows {len(train)} (addresses {sum(r[1] for r in train)}); check rows {len(check)} "
          f"(addresses {len(positives)})")
    print(f"threshold {threshold:.4f}: check addresses found {found}/{len(positives)}, "
          f"other lines taken {taken}/{len(negatives)}")
    final = fit(train + check)
    weights = [round(float(w), 6) for w in final.coef_[0]]
    for name, weight in zip(FEATURES, weights):
        print(f"    {name:24} {weight:+.3f}")
    if args.write:
        MODEL.write_text(json.dumps({"features": list(FEATURES), "weights": weights,
                                     "threshold": round(threshold, 6)}, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {MODEL.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
