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
other), then the shipped model is fitted on all of them. ``heldout21`` is never fitted (round 22's
set-aside check) and later banks are never read. ``--grid`` scores each group at several
regularisation strengths (``GRID``), the way ``C`` below was chosen. Deterministic: same banks, same JSON.
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

FIT_BANKS = ("tune", "tune2", "heldout", "heldout2") + tuple(f"heldout{i}" for i in range(3, 21))
"""The banks fitted on (pinned). heldout20 joined in round 22 (round 21's set-aside check); heldout21 is
round 22's set-aside check and later banks are blind: never read."""
FOLDS = (("tune", "tune2", "heldout", "heldout2", "heldout3", "heldout4"),
         ("heldout5", "heldout6", "heldout7", "heldout8", "heldout9"),
         ("heldout10", "heldout11", "heldout12", "heldout13", "heldout14"),
         ("heldout15", "heldout16", "heldout17", "heldout18", "heldout19"),
         ("heldout20",))
"""Leave-banks-out groups: each is scored by a model fitted on the others (and the dev export). heldout20,
written by another helper than the older banks, is a group of its own: the nearest thing to a bank
written differently."""
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
"""Inverse regularisation strength of the logistic regression (scikit-learn's ``C``). Chosen by
leave-banks-out (``--grid``, round 22): at 1.0 recall at the shipped threshold was lower on the
second group (0.847 against 0.865) at the same precision and no better elsewhere."""
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


class Features:
    """Every distinct subject of the banks and dev as the model reads it, hashed once (folds and the
    grid slice rows of this one matrix instead of hashing the subjects again)."""

    def __init__(self, rows):
        self.texts = sorted({sign_in_model.prepared(s) for s, _, _ in rows} - {""})
        self.row = {t: i for i, t in enumerate(self.texts)}
        self.matrix = sign_in_model.features(self.texts)


def distinct(rows, feats: Features):
    """Each (subject as the model reads it, label) once, weighted by the square root of its count (a
    subject the generator repeats hundreds of times is one phrasing, not hundreds): the rows of
    ``feats``' matrix, the labels and the weights."""
    counts = Counter((sign_in_model.prepared(s), y) for s, y, _ in rows)
    keys = sorted(k for k in counts if k[0])
    return feats.matrix[[feats.row[k[0]] for k in keys]], np.array([k[1] for k in keys]), \
        np.sqrt([counts[k] for k in keys])


def fit(rows, feats: Features, c: float | None = None):
    from sklearn.linear_model import LogisticRegression

    matrix, labels, weights = distinct(rows, feats)
    model = LogisticRegression(C=C if c is None else c, max_iter=2000, class_weight="balanced", solver="liblinear",
                               random_state=0)
    model.fit(matrix, labels, sample_weight=weights)
    return model.coef_.ravel(), float(model.intercept_[0])


SCRIPTS = ("LATIN", "CYRILLIC", "GREEK", "ARABIC", "HEBREW", "DEVANAGARI", "THAI", "HANGUL", "CJK", "HIRAGANA",
           "KATAKANA")
"""Scripts a subject is counted under by its letters' Unicode names (``unicodedata``); any other is "other"."""


def _script(text: str) -> str:
    """The script most of a subject's letters are written in (lower case), "none" without letters."""
    names = Counter()
    for c in text:
        if c.isalpha():
            name = unicodedata.name(c, "")
            names[next((s for s in SCRIPTS if name.startswith(s)), "other")] += 1
    return names.most_common(1)[0][0].lower() if names else "none"


def scores_of(coef, intercept, rows, feats: Features) -> np.ndarray:
    """Each row's probability (0 for a subject with nothing left to read)."""
    rows_of = [feats.row.get(sign_in_model.prepared(s), -1) for s, _, _ in rows]
    known = sorted({i for i in rows_of if i >= 0})
    by_row = dict(zip(known, sign_in_model.probabilities(feats.matrix[known], coef, intercept)))
    return np.array([by_row.get(i, 0.0) for i in rows_of])


def evaluate(scores, rows, threshold: float = sign_in_model.THRESHOLD) -> dict:
    """Precision, recall and positives at ``threshold`` over the rows (each ticket counted), overall and
    per script (only scripts with positives)."""
    tallies = {}
    for (subject, label, _), score in zip(rows, scores):
        said = score >= threshold
        for key in ("all", _script(subject)):
            tally = tallies.setdefault(key, [0, 0, 0])
            tally[0] += said and label
            tally[1] += said and not label
            tally[2] += (not said) and label
    return {k: (round(tp / max(1, tp + fp), 3), round(tp / max(1, tp + fn), 3), tp + fn)
            for k, (tp, fp, fn) in sorted(tallies.items(), key=lambda kv: (kv[0] != "all", kv[0])) if tp + fn}


GRID = (1.0, 4.0, 16.0)
"""Regularisation strengths scored by ``--grid`` (scikit-learn's ``C``: stronger to weaker)."""
THRESHOLDS = (0.5, 0.7, 0.8, sign_in_model.THRESHOLD)
"""Thresholds the leave-banks-out figures are printed at (the shipped one last)."""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--work", type=Path, help="Where the banks' exports are generated (kept between runs).")
    parser.add_argument("--check-only", action="store_true", help="Leave-banks-out figures only; write no model.")
    parser.add_argument("--grid", action="store_true", help="Leave-banks-out figures at each C of GRID; write no model.")
    parser.add_argument("--skip-check", action="store_true", help="Write the model without the leave-banks-out figures.")
    parser.add_argument("--shortest", type=int, help="Shortest character n-gram (default: the model's); with "
                        "--check-only or --grid, to score another choice.")
    parser.add_argument("--out", type=Path, default=sign_in_model.MODEL_PATH, help="Where the model is written.")
    args = parser.parse_args()
    if args.shortest is not None:
        if not (args.check_only or args.grid):
            raise SystemExit("--shortest only scores another choice (with --check-only or --grid): the shipped "
                             "model is fitted on sign_in_model.CHAR_NGRAMS")
        sign_in_model.CHAR_NGRAMS = (args.shortest, sign_in_model.CHAR_NGRAMS[1])
        sign_in_model._vectorizers.cache_clear()
    with tempfile.TemporaryDirectory() as tmp:
        work = args.work or Path(tmp)
        rows = {bank: bank_rows(bank, work) for bank in FIT_BANKS}
    dev = dev_rows()
    feats = Features([r for bank in FIT_BANKS for r in rows[bank]] + dev)
    print("leave-banks-out: precision / recall / positives (per ticket), fitted on the other groups and dev")
    for c in GRID if args.grid else () if args.skip_check else (C,):
        pooled = {t: [] for t in THRESHOLDS}
        for group in FOLDS:
            train = [r for bank in FIT_BANKS if bank not in group for r in rows[bank]] + dev
            coef, intercept = fit(train, feats, c)
            test = [r for bank in group for r in rows[bank]]
            scores = scores_of(coef, intercept, test, feats)
            for threshold in THRESHOLDS:
                figures = evaluate(scores, test, threshold)
                pooled[threshold].append((test, scores))
                print(f"  C {c} {group[0]}..{group[-1]} at {threshold}: "
                      + "  ".join(f"{k} {p}/{r} ({n})" for k, (p, r, n) in figures.items()))
        for threshold, parts in pooled.items():
            figures = evaluate(np.concatenate([s for _, s in parts]), [r for t, _ in parts for r in t], threshold)
            print(f"  C {c} every group at {threshold}: "
                  + "  ".join(f"{k} {p}/{r} ({n})" for k, (p, r, n) in figures.items()))
    if args.check_only or args.grid:
        return 0
    coef, intercept = fit([r for bank in FIT_BANKS for r in rows[bank]] + dev, feats)
    quantised = np.clip(np.round(coef * SCALE), -32767, 32767).astype("<i2")
    model = {"about": "Sign-in model of kbgen suggest: logistic regression over hashed character 3-5-grams inside "
                      "word boundaries and word unigrams; fitted by bench/sign_in_fit.py.",
             "features": sign_in_model.N_FEATURES, "char_ngrams": list(sign_in_model.CHAR_NGRAMS), "scale": SCALE, "intercept": round(intercept, 6),
             "banks": list(FIT_BANKS) + ["dev"],
             "weights": base64.b64encode(quantised.tobytes()).decode("ascii")}
    args.out.write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {args.out} ({args.out.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
