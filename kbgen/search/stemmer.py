"""The Porter stemmer exactly as lunr.js 2.3.9 implements it (``lunr.stemmer``).

lunr.py's stemmer follows a different Porter variant ("lay" -> "lai", "try" -> "try"), so the
browser and the CLI would disagree on some words. This is a line-by-line port of the regular
expressions in lunr.js, so both sides produce the same terms (a test compares them).
"""
from __future__ import annotations

import functools
import re

_STEP2 = {
    "ational": "ate", "tional": "tion", "enci": "ence", "anci": "ance", "izer": "ize",
    "bli": "ble", "alli": "al", "entli": "ent", "eli": "e", "ousli": "ous", "ization": "ize",
    "ation": "ate", "ator": "ate", "alism": "al", "iveness": "ive", "fulness": "ful",
    "ousness": "ous", "aliti": "al", "iviti": "ive", "biliti": "ble", "logi": "log",
}
_STEP3 = {"icate": "ic", "ative": "", "alize": "al", "iciti": "ic", "ical": "ic", "ful": "",
          "ness": ""}

_c = "[^aeiou]"
_v = "[aeiouy]"
_C = _c + "[^aeiouy]*"
_V = _v + "[aeiou]*"
_MGR0 = re.compile("^(" + _C + ")?" + _V + _C)
_MEQ1 = re.compile("^(" + _C + ")?" + _V + _C + "(" + _V + ")?$")
_MGR1 = re.compile("^(" + _C + ")?" + _V + _C + _V + _C)
_S_V = re.compile("^(" + _C + ")?" + _v)

_1A = re.compile(r"^(.+?)(ss|i)es$")
_1A2 = re.compile(r"^(.+?)([^s])s$")
_1B = re.compile(r"^(.+?)eed$")
_1B2 = re.compile(r"^(.+?)(ed|ing)$")
_LAST = re.compile(r".$")
_1B_AT = re.compile(r"(at|bl|iz)$")
_1B_DOUBLE = re.compile(r"([^aeiouylsz])\1$")
_CVC = re.compile("^" + _C + _v + "[^aeiouwxy]$")
_1C = re.compile(r"^(.+?[^aeiou])y$")
_2 = re.compile("^(.+?)(" + "|".join(_STEP2) + ")$")
_3 = re.compile("^(.+?)(" + "|".join(_STEP3) + ")$")
_4 = re.compile(r"^(.+?)(al|ance|ence|er|ic|able|ible|ant|ement|ment|ent|ou|ism|ate|iti|ous|ive|ize)$")
_4B = re.compile(r"^(.+?)(s|t)(ion)$")
_5 = re.compile(r"^(.+?)e$")
_LL = re.compile(r"ll$")


def _step1(w: str) -> str:
    if _1A.search(w):
        w = _1A.sub(r"\1\2", w, count=1)
    elif _1A2.search(w):
        w = _1A2.sub(r"\1\2", w, count=1)
    m = _1B.search(w)
    if m:
        if _MGR0.search(m.group(1)):
            w = _LAST.sub("", w, count=1)
    else:
        m = _1B2.search(w)
        if m and _S_V.search(m.group(1)):
            w = m.group(1)
            if _1B_AT.search(w):
                w += "e"
            elif _1B_DOUBLE.search(w):
                w = _LAST.sub("", w, count=1)
            elif _CVC.search(w):
                w += "e"
    m = _1C.search(w)
    if m:
        w = m.group(1) + "i"
    return w


def _step2to4(w: str) -> str:
    m = _2.search(w)
    if m and _MGR0.search(m.group(1)):
        w = m.group(1) + _STEP2[m.group(2)]
    m = _3.search(w)
    if m and _MGR0.search(m.group(1)):
        w = m.group(1) + _STEP3[m.group(2)]
    m = _4.search(w)
    if m:
        if _MGR1.search(m.group(1)):
            w = m.group(1)
    else:
        m = _4B.search(w)
        if m and _MGR1.search(m.group(1) + m.group(2)):
            w = m.group(1) + m.group(2)
    return w


def _step5(w: str) -> str:
    m = _5.search(w)
    if m:
        stem = m.group(1)
        if _MGR1.search(stem) or (_MEQ1.search(stem) and not _CVC.search(stem)):
            w = stem
    if _LL.search(w) and _MGR1.search(w):
        w = _LAST.sub("", w, count=1)
    return w


@functools.lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """Stem one lower-case word the way ``lunr.stemmer`` does."""
    if len(word) < 3:
        return word
    first_y = word[0] == "y"
    w = "Y" + word[1:] if first_y else word
    w = _step5(_step2to4(_step1(w)))
    return "y" + w[1:] if first_y else w
