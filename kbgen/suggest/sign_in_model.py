"""A fitted model of "this ticket is about signing in, a password or a locked account".

Word rules read the sign-in field through the words people use for it (password, login, account and
their spellings); many people write the trouble without any of them ("cannot get in", "it keeps
rejecting me", "blocked after three tries"), in many languages, misspelt, beside in-house application
names. This model reads a subject by its letters instead: a logistic regression over hashed
character 3-5-grams taken inside word boundaries (robust to typing slips, inflections and to
languages and scripts whose words share stems) and hashed word unigrams, fitted by
``bench/sign_in_fit.py`` on the labelled subjects of our own banks and of the dev export (the gap
topics that merely mention an account, a login, a pass or a code are among its negatives) and
shipped as ``sign_in_model.json`` (16-bit weights, base64). Loaded once per process, on first use.

A cluster reads as sign-in trouble (:func:`reads_as_sign_in`) when ``CLUSTER_SHARE`` of its members'
subjects score ``THRESHOLD`` or more; ``coverage`` then answers it with the KB's sign-in article
instead of proposing it as new (when the KB has sign-in articles at all).
"""
from __future__ import annotations

import base64
import binascii
import functools
import json
import math
from pathlib import Path
from typing import Sequence

import numpy as np

from ..errors import FileError

MODEL_PATH = Path(__file__).with_name("sign_in_model.json")
CHAR_FEATURES = 1 << 16
"""Hashed character n-gram buckets: about 200,000 distinct n-grams occur in the fitted subjects; at
65,536 buckets collisions cost little and the JSON stays near 200 KB."""
WORD_FEATURES = 1 << 14
CHAR_NGRAMS = (3, 5)
"""Lengths of the character n-grams read inside words (shortest, longest). Written into the model file
(``char_ngrams``) and checked on load: weights fitted on other n-grams would read other features."""
N_FEATURES = CHAR_FEATURES + WORD_FEATURES
SCALE_RANGE = (1.0, 1e6)
"""Scales a model file may hold (weights are stored as 16-bit integers times the scale): from 1 (a weight
of up to 32,767, already past any fitted one) to a millionth's resolution. Checked before dividing, so a
damaged scale (1e-320, 1e308) is one error line, never a numpy overflow warning."""
MAX_INTERCEPT = 100.0
"""Largest intercept a model file may hold: past it the logistic reads every subject at probability 0 or 1
whatever its words (a fitted intercept is a few units)."""
THRESHOLD = 0.9
"""Probability from which a subject reads as sign-in trouble. The fit is class-balanced, so 0.5 is where
either error costs alike; here the errors are not alike (a true gap read as sign-in trouble is hidden
from the report, a sign-in cluster left a gap is merely proposed), and a word of the field that has an
everyday sense ("locked", "reset", "expired") beside words the fit never saw scores between those
two, so only a confident reading counts."""
CLUSTER_SHARE = 0.6
"""Share of a cluster's members (each ticket counted) whose subjects must read as sign-in trouble for
the cluster to: most of it, with room for the ordinary noise of clustering short subjects (a few
members of another problem), never a minority that mentions signing in beside another topic."""
MAX_CHARS = 300
"""Characters of a subject read: a subject line is short; a 100,000-character one is read by its start
(bounded time and memory)."""


@functools.lru_cache(maxsize=1)
def _vectorizers():
    from sklearn.feature_extraction.text import HashingVectorizer

    chars = HashingVectorizer(analyzer="char_wb", ngram_range=CHAR_NGRAMS, n_features=CHAR_FEATURES,
                              alternate_sign=False, strip_accents="unicode", lowercase=True, norm="l2",
                              dtype=np.float32)
    words = HashingVectorizer(analyzer="word", token_pattern=r"(?u)\b[^\W\d_]{2,}\b", n_features=WORD_FEATURES,
                              alternate_sign=False, strip_accents="unicode", lowercase=True, norm="l2",
                              dtype=np.float32)
    return chars, words


def prepared(subject: str) -> str:
    """A subject as the model reads it: as an employee would type it into search (personal-data
    placeholders, reply prefixes and tokens with digits left out: ``queries.query_text``), lower case,
    its first ``MAX_CHARS`` characters."""
    from .queries import query_text

    return query_text(subject[:MAX_CHARS]).lower()


def features(texts: Sequence[str]):
    """The hashed features of prepared texts (a sparse matrix of ``N_FEATURES`` columns)."""
    from scipy.sparse import hstack

    chars, words = _vectorizers()
    return hstack([chars.transform(texts), words.transform(texts)]).tocsr()


def probabilities(matrix, coef: np.ndarray, intercept: float) -> np.ndarray:
    """The logistic probability of each row."""
    margin = np.asarray(matrix @ coef, dtype=np.float64).ravel() + intercept
    return 1.0 / (1.0 + np.exp(-np.clip(margin, -30.0, 30.0)))


@functools.lru_cache(maxsize=1)
def _model() -> tuple[np.ndarray, float]:
    """The shipped weights and intercept (``sign_in_model.json``). A file that is missing, unreadable, not
    JSON, not of this module's features (``features``, the weights' count) or holds a number that is not
    finite (a scale of 0 or NaN, a NaN or infinite intercept) is reported as ``path: error: ...`` (a
    :class:`~kbgen.errors.FileError`), never read in part: a damaged model would read every cluster
    alike, silently."""
    try:
        data = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
        if not isinstance(data, dict):
            raise ValueError("not a JSON object")
        if data.get("features") != N_FEATURES or isinstance(data.get("features"), bool):
            raise ValueError(f"features: not {N_FEATURES} (not the features of kbgen.suggest.sign_in_model)")
        if data.get("char_ngrams") != list(CHAR_NGRAMS):
            raise ValueError(f"char_ngrams: not {list(CHAR_NGRAMS)} (not the features of kbgen.suggest.sign_in_model)")
        scale, intercept, packed = data.get("scale"), data.get("intercept"), data.get("weights")
        for key, value in (("scale", scale), ("intercept", intercept)):
            if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
                raise ValueError(f"{key}: not a finite number")
        if not SCALE_RANGE[0] <= scale <= SCALE_RANGE[1]:
            raise ValueError(f"scale: not between {SCALE_RANGE[0]:g} and {SCALE_RANGE[1]:g}")
        if abs(intercept) > MAX_INTERCEPT:
            raise ValueError(f"intercept: not between {-MAX_INTERCEPT:g} and {MAX_INTERCEPT:g}")
        if not isinstance(packed, str):
            raise ValueError("weights: not a base64 string")
        raw = base64.b64decode(packed.encode("ascii"), validate=True)
        if len(raw) != 2 * N_FEATURES:
            raise ValueError(f"weights: {len(raw) // 2} weights, {N_FEATURES} expected")
        weights = np.frombuffer(raw, dtype="<i2").astype(np.float32) / np.float32(scale)
        if not np.isfinite(weights).all():
            raise ValueError("weights: not finite numbers")
    except RecursionError:  # JSON nested deeper than Python's parser recurses
        raise FileError(str(MODEL_PATH), "the sign-in model is unusable (nested too deep: not a model); "
                        "reinstall kbgen") from None
    except (OSError, UnicodeError, ValueError, binascii.Error) as exc:  # JSONDecodeError is a ValueError
        raise FileError(str(MODEL_PATH), f"the sign-in model is unusable ({exc}); reinstall kbgen") from None
    return weights, float(intercept)


def load_sign_in_model() -> None:
    """Read the model now (see :func:`_model`): a damaged file is reported once, before any work starts,
    as one ``error:`` line."""
    _model()


def subject_probabilities(subjects: Sequence[str]) -> np.ndarray:
    """Per subject, the probability that it is about signing in, a password or a locked account."""
    texts = [prepared(s) for s in subjects]
    unique = sorted(set(texts))
    if not unique:
        return np.zeros(0)
    coef, intercept = _model()
    scores = dict(zip(unique, probabilities(features(unique), coef, intercept)))
    return np.array([scores[t] if t else 0.0 for t in texts])


def sign_in_share(subjects: Sequence[str]) -> float:
    """Share of the subjects (each counted) that read as sign-in trouble (``THRESHOLD``)."""
    if not subjects:
        return 0.0
    return float(np.mean(subject_probabilities(subjects) >= THRESHOLD))


def reads_as_sign_in(subjects: Sequence[str]) -> bool:
    """True when ``CLUSTER_SHARE`` of a cluster's member subjects read as sign-in trouble."""
    return bool(subjects) and sign_in_share(subjects) >= CLUSTER_SHARE
