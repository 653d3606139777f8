"""Generated search queries for parity tests: what people type, and what breaks tokenisers.

Deterministic (seeded). Words come from the project's own articles, then are misspelt,
accented, stretched, hyphenated or joined, and mixed with text from other scripts and number
systems, emoji, punctuation runs, codes and addresses; a few queries are 500 characters long,
empty or whitespace only. No query holds a line break (``kbgen search --batch`` reads lines).
"""
from __future__ import annotations

import random
import re
from pathlib import Path

ACCENTS = {"a": "áàâä", "e": "éèêë", "i": "íï", "o": "óöô", "u": "üúù", "n": "ñ", "c": "ç"}
EXTRAS = [
    "٣٤٥", "۳۴۵", "０１２３", "ＶＰＮ", "Ｏｕｔｌｏｏｋ", "१२३", "²", "½", "Ⅻ", "ﬁle", "e\u0301",
    "🙂", "👍🏽", "👩‍💻", "🇬🇧", "🔥🔥🔥", "密码", "打印机", "パスワード", "프린터", "كلمة المرور",
    "סיסמה", "пароль", "Passwörter", "ΚΩΔΙΚΟΣ", "!!!", "???", "...", "—", "--", "***", "///",
    "@@", "#", "&", "(", ")", "[x]", "\"", "'", "`", "name@contoso.com", "0x80070005", "550 5.1.1",
    "https://x.example/a?b=c", "\u200b", "\u00a0", "\u3000", "\t", "RE:", "FW:", "INC0012345",
    "ZRH-DB-07", "v2.4.1", "C:\\Users", "%20", "<b>", "&amp;", "\u202e", "\ufeff",
]
BLANKS = ["", " ", "   ", "\t", "\u3000", "\u00a0\u00a0", " \t \u3000 "]


def vocabulary(project: Path) -> list[str]:
    """Distinct words of the project's articles (a plain split; any tokeniser would do)."""
    text = " ".join(p.read_text(encoding="utf-8") for p in sorted((project / "content").rglob("*.md")))
    return sorted(set(re.findall(r"[A-Za-z][A-Za-z']{1,20}", text)))


def _typo(rng: random.Random, word: str) -> str:
    if len(word) < 3:
        return word
    i = rng.randrange(len(word) - 1)
    kind = rng.randrange(4)
    if kind == 0:
        return word[:i] + word[i + 1:]
    if kind == 1:
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]
    letter = rng.choice("abcdefghijklmnopqrstuvwxyz")
    return word[:i] + letter + word[i + (kind == 2):]


def _mangle(rng: random.Random, word: str) -> str:
    roll = rng.random()
    if roll < 0.15:
        return _typo(rng, word)
    if roll < 0.25:
        return "".join(rng.choice(ACCENTS[c]) if c in ACCENTS and rng.random() < 0.5 else c for c in word)
    if roll < 0.3:
        i = rng.randrange(len(word))
        return word[:i] + word[i] * rng.randint(3, 6) + word[i + 1:]
    if roll < 0.4:
        return word.upper() if rng.random() < 0.5 else word.title()
    return word


def generated_queries(project: Path, count: int, seed: int = 20261126) -> list[str]:
    """``count`` queries (see the module docstring)."""
    rng = random.Random(seed)
    words = vocabulary(project)
    out = list(BLANKS)
    while len(out) < count:
        parts = [_mangle(rng, rng.choice(words)) for _ in range(rng.choice((1, 1, 2, 2, 3, 3, 4, 5, 7, 12)))]
        for _ in range(rng.choice((0, 0, 0, 1, 1, 2))):
            parts.insert(rng.randrange(len(parts) + 1), rng.choice(EXTRAS))
        joiner = rng.choice((" ", " ", " ", "-", "  ", " / ", ", "))
        query = joiner.join(parts)
        if rng.random() < 0.02:
            query = (query + " ") * (500 // (len(query) + 1) + 1)
            query = query[:500]
        out.append(query)
    return out
