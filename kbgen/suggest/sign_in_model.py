"""A fitted model of "this ticket is about signing in, a password or a locked account".

Word rules read the sign-in field through the words people use for it (password, login, account and
their spellings); many people write the trouble without any of them ("cannot get in", "it keeps
rejecting me", "blocked after three tries"), in many languages, misspelt, beside in-house application
names. This model reads a subject by its letters instead: a logistic regression over hashed
character 3-5-grams taken inside word boundaries (robust to typing slips, inflections and to
languages and scripts whose words share stems), hashed word unigrams and hashed character 1-3-grams
over each run of a script written without spaces between words (Chinese, Japanese, Thai...: there a
"word" is the whole run, and its two-character words are shorter than any 3-gram), fitted by
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
import re
import unicodedata
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
RUN_FEATURES = 1 << 13
"""Hashed buckets of the n-grams read over runs of scripts written without spaces (a few thousand
distinct ones occur in the fitted subjects)."""
RUN_NGRAMS = (1, 3)
"""Lengths of the character n-grams read over a run of a script written without spaces (shortest,
longest): one character is a word of its own in Chinese (a lock, a code), two make most words. Written
into the model file (``run_ngrams``) and checked on load, like ``CHAR_NGRAMS``."""
UNSPACED_SCRIPTS = ("CJK", "HIRAGANA", "KATAKANA", "THAI", "LAO", "KHMER", "MYANMAR", "TIBETAN")
"""Scripts written without spaces between words, by the first word of their letters' Unicode names
(``unicodedata.name``): the ideographs and kana (Unicode's line-breaking class ID) and the South-East
Asian scripts (line-breaking class SA, broken by a dictionary). Hangul is written with spaces."""
N_FEATURES = CHAR_FEATURES + WORD_FEATURES + RUN_FEATURES
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


_BEYOND_LATIN = "\u0250"
"""The first character past the Latin blocks (Basic Latin to Latin Extended-B): a text whose characters all
come before it is in one script, read as it is (most subjects: no per-character work)."""


@functools.lru_cache(maxsize=4096)
def script_of(char: str) -> str:
    """The script of a letter by the first word of its Unicode name ("LATIN", "CYRILLIC", "CJK",
    "KATAKANA"; the kana's shared length mark reads as Katakana); "" for anything but a letter."""
    if not char.isalpha():
        return ""
    name = unicodedata.name(char, "")
    head = name.split(" ", 1)[0]
    return "KATAKANA" if head == "KATAKANA-HIRAGANA" else head


def segmented(text: str) -> str:
    """A text with a space wherever a letter of one script follows a letter of another ("sapのパスワード"
    -> "sap のパスワード"): a Latin name inside Japanese or Chinese text is where one word ends and the
    next starts, which ``\\b`` (both are word characters) does not see. Scripts written without spaces
    (``UNSPACED_SCRIPTS``) that take turns (kana after an ideograph) stay one run: there a change of
    script falls inside words as often as between them. A combining mark stays with its letter."""
    if not text or max(text) < _BEYOND_LATIN:
        return text
    out, last = [], ""
    for char in text:
        script = script_of(char)
        if script and last and script != last and not (script in UNSPACED_SCRIPTS and last in UNSPACED_SCRIPTS):
            out.append(" ")
        if script or not unicodedata.category(char).startswith("M"):
            last = script
        out.append(char)
    return "".join(out)


def run_grams(text: str) -> list[str]:
    """Character n-grams (``RUN_NGRAMS``) over each run of letters (with their combining marks) of a
    script written without spaces (``UNSPACED_SCRIPTS``), read in Unicode's compatibility form (NFKC:
    half-width kana as full-width); nothing for other scripts."""
    if not text or max(text) < _BEYOND_LATIN:
        return []
    grams: list[str] = []
    low, high = RUN_NGRAMS
    run: list[str] = []
    for char in unicodedata.normalize("NFKC", text) + " ":
        if script_of(char) in UNSPACED_SCRIPTS or (run and unicodedata.category(char).startswith("M")):
            run.append(char)
            continue
        for n in range(low, high + 1):
            grams.extend("".join(run[i:i + n]) for i in range(len(run) - n + 1))
        run = []
    return grams


@functools.lru_cache(maxsize=1)
def _vectorizers():
    from sklearn.feature_extraction.text import HashingVectorizer

    chars = HashingVectorizer(analyzer="char_wb", ngram_range=CHAR_NGRAMS, n_features=CHAR_FEATURES,
                              alternate_sign=False, strip_accents="unicode", lowercase=True, norm="l2",
                              dtype=np.float32)
    words = HashingVectorizer(analyzer="word", token_pattern=r"(?u)\b[^\W\d_]{2,}\b", n_features=WORD_FEATURES,
                              alternate_sign=False, strip_accents="unicode", lowercase=True, norm="l2",
                              dtype=np.float32)
    runs = HashingVectorizer(analyzer=run_grams, n_features=RUN_FEATURES, alternate_sign=False, norm="l2",
                             dtype=np.float32)
    return chars, words, runs


def prepared(subject: str) -> str:
    """A subject as the model reads it: as an employee would type it into search (personal-data
    placeholders, reply prefixes and tokens with digits left out: ``queries.query_text``), lower case,
    its first ``MAX_CHARS`` characters, split where the script changes (:func:`segmented`)."""
    from .queries import query_text

    return segmented(query_text(subject[:MAX_CHARS]).lower())


def features(texts: Sequence[str]):
    """The hashed features of prepared texts (a sparse matrix of ``N_FEATURES`` columns)."""
    from scipy.sparse import hstack

    from scipy.sparse import csr_matrix

    chars, words, runs = _vectorizers()
    # most subjects are in Latin letters only: their run n-grams are empty, so the run block is read only
    # when a text holds a letter past the Latin blocks (a transform costs about a millisecond per call)
    unspaced = any(t and max(t) >= _BEYOND_LATIN for t in texts)
    run_block = runs.transform(texts) if unspaced else csr_matrix((len(texts), RUN_FEATURES), dtype=np.float32)
    return hstack([chars.transform(texts), words.transform(texts), run_block]).tocsr()


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
        if data.get("run_ngrams") != list(RUN_NGRAMS):
            raise ValueError(f"run_ngrams: not {list(RUN_NGRAMS)} (not the features of kbgen.suggest.sign_in_model)")
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


_SIGNING_IN = r"(?:log(?:ging)?[ -]?(?:in|on)|login|logon|sign(?:ing)?[ -]?(?:in|on)|signin|password)"
_WORKING = re.compile(
    r"\b(?:" + _SIGNING_IN + r"(?:\s+(?:itself|still|now|is|are)){0,3}\s+"
    r"(?:works|working|fine|ok|okay|normal|normally|succeeds)"
    r"|(?:can|am able to|are able to)\s+(?:still\s+)?(?:log|sign)[ -]?(?:in|on)"
    r"|no (?:problem|issue|trouble)s? (?:with|when) (?:the )?" + _SIGNING_IN + r")\b")
"""A subject that says signing in works now: the sign-in words followed by a word of working order in
the present ("the login works", "signing in is fine", "password still works"), a present ability to
sign in ("I can log in") or "no problem with the login". Past forms ("worked", "was fine", "could log
in") and a way through ("login through the VPN") are left out: they say what worked before the trouble
or by which way it fails. Such a subject writes the field's words to set them aside (what fails is
another thing: a licence, a seat, a file), so it is evidence against sign-in trouble, however the
model reads its letters. English only (the words of working order are English; no translation is
typed here): in another language the model's reading stands. Negation is read by :func:`_negated`,
a time that qualifies it and trouble beside it by :func:`_troubled`. Bounded: single words between
fixed alternatives, at most three of them."""
_NEGATION = re.compile(r"\b(?:not|never|no longer|cannot|can't|cant|won't|isn't|doesn't|didn't|wasn't|"
                       r"aren't|hardly)\b|n't\b")
"""Words that turn working order into its opposite ("login is not working", "I can't log in")."""
_QUALIFIED = re.compile(r"\b(?:yesterday|before|until|till|earlier|previously|formerly|last|used to|"
                        r"sometimes|only|except|randomly|intermittently)\b")
"""Words that bound working order to a time or a case ("fine until...", "works only on the wifi"): what
follows them is the trouble, so the statement is not that signing in works."""
_CLAUSES = re.compile(r"[,;:.!?()]|\s-\s|\b(?:but|then|until|and|while|though|although|now|today)\b")
"""Where a subject's clauses part: punctuation and the words that join or turn clauses."""
_TROUBLE = re.compile(r"\b(?:lock(?:s|ed|ing)?|lockout|block(?:s|ed)?|expir\w{0,6}|disabled|forgot\w{0,3}|reset|"
                      r"logged out|signed out|ran out|runs out)\b")
"""Words of the trouble the sign-in articles answer that also befall other things (a lockout, an
expiry, a forgotten or reset secret, being put out of a session): read beside a word naming the sign-in
or the account (``_SIGN_IN_NOUN``) in the same clause ("a licence ran out" is no login's)."""
_FAILING = re.compile(r"\b(?:fail\w{0,6}|errors?|denied|refus\w{0,4}|reject\w{0,4}|wrong|invalid|incorrect|"
                      r"(?:kicked|thrown) out|not work\w{0,3}|n't work\w{0,3})\b|n't\b")
"""Words of a failure or a refusal anywhere in the subject ("works on the laptop but fails on the
phone": the failing thing is the one the clause before names, left unwritten)."""
_SIGN_IN_NOUN = re.compile(r"\b(?:" + _SIGNING_IN + r"|account|credentials?|user(?:name)?)\b")
"""A word naming the sign-in itself or the account it opens."""


def _negated(text: str, match: re.Match[str]) -> bool:
    """True when the words of working order are negated: a negation inside the match or among the two
    words before it ("not able to ...")."""
    before = " ".join(text[:match.start()].split()[-2:])
    return bool(_NEGATION.search(match.group(0)) or _NEGATION.search(before))


def _troubled(text: str) -> bool:
    """True when a subject bounds working order to a time or a case (``_QUALIFIED``) or also writes
    sign-in trouble: a clause (``_CLAUSES``) naming the sign-in or the account with a word of
    ``_TROUBLE`` ("... but my account is locked"), a lockout (``LOCKED_OUT``) or a failure
    (``_FAILING``) written anywhere. A licence that ran out beside a login that works is no trouble of the login's."""
    from .concepts import LOCKED_OUT

    if _QUALIFIED.search(text) or LOCKED_OUT.search(text) or _FAILING.search(text):
        return True
    return any(_SIGN_IN_NOUN.search(c) and _TROUBLE.search(c) for c in _CLAUSES.split(text))


def says_sign_in_works(subject: str) -> bool:
    """True when a subject says signing in works now (``_WORKING``, not negated, not qualified, no
    sign-in trouble beside it: :func:`_troubled`): evidence against sign-in trouble. Read in bounded
    time: the subject's first ``MAX_CHARS`` characters."""
    text = " ".join(subject[:MAX_CHARS].lower().replace("\u2019", "'").split())
    return any(not _negated(text, m) for m in _WORKING.finditer(text)) and not _troubled(text)


def sign_in_share(subjects: Sequence[str]) -> float:
    """Share of the subjects (each counted) that read as sign-in trouble (``THRESHOLD``); a subject that
    says signing in works (:func:`says_sign_in_works`) never does."""
    if not subjects:
        return 0.0
    working = np.array([says_sign_in_works(s) for s in subjects], dtype=bool)
    return float(np.mean((subject_probabilities(subjects) >= THRESHOLD) & ~working))


def reads_as_sign_in(subjects: Sequence[str]) -> bool:
    """True when ``CLUSTER_SHARE`` of a cluster's member subjects read as sign-in trouble."""
    return bool(subjects) and sign_in_share(subjects) >= CLUSTER_SHARE
