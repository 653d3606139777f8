#!/usr/bin/env python3
"""Fit the sign-in model (``kbgen/suggest/sign_in_model.json``): is a ticket's subject about signing
in, a password or a locked account?

    python3 bench/sign_in_fit.py [--work DIR] [--check-only]

A logistic regression over hashed character n-grams (3-5 letters, inside word boundaries: robust to
typing slips, inflections and many languages and scripts) and hashed word unigrams (see
``kbgen.suggest.sign_in_model``), fitted on the labelled subjects of our own banks and of the dev
exports (``FIT_BANKS`` below, pinned):

* positives: the banks' generic and per-application password resets and lockouts (families
  ``password``, ``app-password``, ``lockout``) and their topics about an expired password or a
  locked account; the dev export's locked accounts, expired passwords and password prompts;
* negatives: every other topic (the gap topics that merely mention an account, a login, a pass or a
  code included), forms, one-offs, placeholders, tests and alerts; topics whose truth mixes sign-in
  trouble with something else (``MIXED``) and one-word vague subjects are left out of the fit.

Held out by bank: the banks are split into ``FOLDS`` groups; each group is scored by a model fitted on
the others (precision and recall at the model's threshold, per script of the subject: Latin or
other), then the shipped model is fitted on all of them. ``heldout20`` is never fitted (this round's
set-aside check) and the round-21 banks are never read. Deterministic: same banks, same JSON.
"""
from __future__ import annotations

import argparse
import base64
import csv
import json
import sys
import tempfile
import unicodedata
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from kbgen.suggest import sign_in_model  # noqa: E402
from suggest_data.make import write  # noqa: E402

FIT_BANKS = ("tune", "tune2", "heldout", "heldout2") + tuple(f"heldout{i}" for i in range(3, 20))
"""The banks fitted on (pinned). heldout20 is the set-aside check of round 21; later banks are blind."""
FOLDS = (("tune", "tune2", "heldout", "heldout2", "heldout3", "heldout4"),
         ("heldout5", "heldout6", "heldout7", "heldout8", "heldout9"),
         ("heldout10", "heldout11", "heldout12", "heldout13", "heldout14"),
         ("heldout15", "heldout16", "heldout17", "heldout18", "heldout19"))
"""Leave-banks-out groups: each is scored by a model fitted on the other three (and the dev export)."""
POSITIVE_FAMILIES = frozenset({"password", "app-password", "lockout"})
POSITIVE_TOPICS = frozenset({"password-expired", "expired-password", "account-locked", "lockout",
                             "outlook-password-prompt"})
"""Topics (banks and dev) about an expired or refused password or a locked account."""
MIXED = frozenset({"expense-app-login", "sso-saas-error", "payroll-access"})
"""Dev topics whose truth mixes sign-in trouble with provisioning or an application's own fault: no label."""
SKIP_FAMILIES = frozenset({"vague"})
"""One-word subjects ("Login", "Help!"): no label either way."""
DEV = ROOT.parent / "shared" / "eval" / "tickets" / "dev"
C = 4.0
"""Inverse regularisation strength of the logistic regression (scikit-learn's ``C``)."""
SCALE = 4096
"""Weights are stored as 16-bit integers: ``round(weight * SCALE)`` (resolution 1/4096, range +-8)."""


def bank_rows(bank: str, work: Path) -> list[tuple[str, int, str]]:
    """(subject, label, group) of a bank's caller export and its description-bearing export."""
    if bank not in FIT_BANKS:
        raise SystemExit(f"{bank} is not one of the pinned banks: never fitted")
    data = work / bank
    if not (data / "export.csv").exists():
        write(bank, data)
    rows = []
    for export, truth_file in (("export.csv", "truth.jsonl"), ("rich.csv", "rich-truth.jsonl")):
        if not (data / export).exists():
            continue
        truth = {r["number"]: r for r in map(json.loads, (data / truth_file).read_text(encoding="utf-8").splitlines())}
        with open(data / export, encoding="utf-8", newline="") as handle:
            for record in csv.DictReader(handle):
                t = truth.get(record["number"])
                if t is None or t.get("family") in SKIP_FAMILIES or t.get("topic") in MIXED:
                    continue
                label = int(t.get("family") in POSITIVE_FAMILIES or t.get("topic") in POSITIVE_TOPICS)
                rows.append((record["short_description"], label, bank))
    return rows


def dev_rows() -> list[tuple[str, int, str]]:
    """(subject, label, 'dev') of the dev ServiceNow export."""
    truth = {r["servicenow"]: r["topic"] for r in csv.DictReader(open(DEV / "truth.csv", encoding="utf-8"))}
    rows = []
    with open(DEV / "servicenow.csv", encoding="utf-8", newline="") as handle:
        for record in csv.DictReader(handle):
            topic = truth.get(record["number"])
            if topic is None or topic in MIXED:
                continue
            rows.append((record["short_description"], int(topic in POSITIVE_TOPICS), "dev"))
    return rows


def distinct(rows):
    """Each (subject as the model reads it, label) once, weighted by the square root of its count (a
    subject the generator repeats hundreds of times is one phrasing, not hundreds)."""
    counts = Counter((sign_in_model.prepared(s), y) for s, y, _ in rows)
    keys = sorted(k for k in counts if k[0])
    return [k[0] for k in keys], np.array([k[1] for k in keys]), np.sqrt([counts[k] for k in keys])


def fit(rows):
    from sklearn.linear_model import LogisticRegression

    texts, labels, weights = distinct(rows)
    matrix = sign_in_model.features(texts)
    model = LogisticRegression(C=C, max_iter=2000, class_weight="balanced", solver="liblinear", random_state=0)
    model.fit(matrix, labels, sample_weight=weights)
    return model.coef_.ravel(), float(model.intercept_[0])


def _script(text: str) -> str:
    letters = [c for c in text if c.isalpha()]
    latin = sum(1 for c in letters if "LATIN" in unicodedata.name(c, ""))
    return "latin" if letters and latin >= 0.5 * len(letters) else "other"


def evaluate(coef, intercept, rows, threshold: float = sign_in_model.THRESHOLD) -> dict:
    """Precision and recall at ``threshold`` over the rows (each ticket counted), overall and per script."""
    texts = [sign_in_model.prepared(s) for s, _, _ in rows]
    unique = sorted(set(texts))
    scores = dict(zip(unique, sign_in_model.probabilities(sign_in_model.features(unique), coef, intercept)))
    out = {}
    for script in ("all", "latin", "other"):
        tp = fp = fn = 0
        for (subject, label, _), text in zip(rows, texts):
            if script != "all" and _script(subject) != script:
                continue
            said = scores[text] >= threshold
            tp += said and label
            fp += said and not label
            fn += (not said) and label
        out[script] = (round(tp / max(1, tp + fp), 3), round(tp / max(1, tp + fn), 3), tp + fn)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--work", type=Path, help="Where the banks' exports are generated (kept between runs).")
    parser.add_argument("--check-only", action="store_true", help="Leave-banks-out figures only; write no model.")
    parser.add_argument("--out", type=Path, default=sign_in_model.MODEL_PATH, help="Where the model is written.")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = args.work or Path(tmp)
        rows = {bank: bank_rows(bank, work) for bank in FIT_BANKS}
    dev = dev_rows()
    print("leave-banks-out: precision / recall / positives (per ticket), fitted on the other groups and dev")
    for group in FOLDS:
        train = [r for bank in FIT_BANKS if bank not in group for r in rows[bank]] + dev
        coef, intercept = fit(train)
        test = [r for bank in group for r in rows[bank]]
        for threshold in (0.5, sign_in_model.THRESHOLD):
            figures = evaluate(coef, intercept, test, threshold)
            print(f"  {group[0]}..{group[-1]} at {threshold}: "
                  + "  ".join(f"{k} {p}/{r} ({n})" for k, (p, r, n) in figures.items()))
    if args.check_only:
        return 0
    coef, intercept = fit([r for bank in FIT_BANKS for r in rows[bank]] + dev)
    quantised = np.clip(np.round(coef * SCALE), -32767, 32767).astype("<i2")
    model = {"about": "Sign-in model of kbgen suggest: logistic regression over hashed character 3-5-grams inside "
                      "word boundaries and word unigrams; fitted by bench/sign_in_fit.py.",
             "features": sign_in_model.N_FEATURES, "scale": SCALE, "intercept": round(intercept, 6),
             "banks": list(FIT_BANKS) + ["dev"],
             "weights": base64.b64encode(quantised.tobytes()).decode("ascii")}
    args.out.write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {args.out} ({args.out.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
