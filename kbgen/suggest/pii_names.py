"""Names of people: how they are recognised in ticket text.

Evidence, cheapest first: the names the ticket already gives (the caller column, names found by
cues elsewhere in the ticket, names spelled out in e-mail addresses), the callers' names of the
whole export, a gazetteer of first names and surnames of many countries (Faker's person
providers, folded to lower-case ASCII so that "Siobhan" finds "Siobhán"), and the words around a
capitalised run: greetings and sign-offs, phrases such as "spoke to" or "on behalf of", form
labels ("First Name:", "User Name:"), titles ("Dr."), the "Last, First" order. A gazetteer word
is evidence, never proof: many names are ordinary words ("Will", "Page", "Hall"), and words the
export itself writes in lower case are not names on weak evidence.
"""
from __future__ import annotations

import dataclasses
import functools
import importlib
import pkgutil
import re
import unicodedata
from dataclasses import dataclass
from typing import Iterable

from .pii_patterns import (
    ROLE_WORDS, _AFTER_NAME, _CANDIDATE, _CAP_WORD, _COMMON_WORD_NAMES, _CUES_BEFORE, _CUE_WORDS, _GREETINGS,
    _LIST_CUES, _LOWER, _LOWER_STOP, _NOT_NAMES, _PARTICLE, _PARTICLES, _SIGNATURE_TAIL, _TITLE_DOT, _UPPER,
    _WEAK_CUES,
)

NAME = "[name]"
"""Placeholder for a person's name (also the redacted ``caller``)."""

def fold(text: str) -> str:
    """Lower-case ASCII folding of a name part ("Müller" -> "muller", "O'Brien" -> "obrien")."""
    text = text.replace("ø", "o").replace("Ø", "O").replace("ł", "l").replace("Ł", "L").replace("ß", "ss")
    text = text.replace("æ", "ae").replace("Æ", "AE").replace("đ", "d").replace("Đ", "D")
    text = unicodedata.normalize("NFKD", text)
    return re.sub(r"[^a-z-]", "", "".join(c for c in text if not unicodedata.combining(c)).lower())


@dataclass(frozen=True)
class Gazetteer:
    """Folded first names and surnames (empty when Faker is not installed)."""

    first: frozenset[str]
    last: frozenset[str]

    def is_first(self, word: str) -> bool:
        """True when the word, folded, is a known first name."""
        return fold(word) in self.first

    def is_last(self, word: str) -> bool:
        """True when the word, folded, is a known surname."""
        return fold(word) in self.last

    def is_name(self, word: str) -> bool:
        """True when the word, folded, is a known first name or surname."""
        folded = fold(word)
        return folded in self.first or folded in self.last


def _names_of(provider: type, prefix: str) -> set[str]:
    found: set[str] = set()
    for attribute in dir(provider):
        value = getattr(provider, attribute, None)
        if attribute.startswith(prefix) and isinstance(value, (dict, tuple, list, set, frozenset)):
            found.update(v for v in value if isinstance(v, str))
    return found


@functools.lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The first names and surnames of every Faker locale, folded; loaded once."""
    try:
        import faker.providers.person as person
    except ImportError:  # pragma: no cover - faker is a dependency; without it cues alone decide
        return Gazetteer(frozenset(), frozenset())
    first: set[str] = set()
    last: set[str] = set()
    for module in pkgutil.iter_modules(person.__path__):
        provider = getattr(importlib.import_module(f"{person.__name__}.{module.name}"), "Provider", None)
        if provider is None:
            continue
        first |= {fold(n) for n in _names_of(provider, "first_names")}
        last |= {fold(n) for n in _names_of(provider, "last_names")}
    return Gazetteer(frozenset(n for n in first if len(n) > 1), frozenset(n for n in last if len(n) > 1))


# ----------------------------------------------------------------------------- name parts and usernames


@functools.lru_cache(maxsize=65536)
def name_parts(name: str) -> tuple[str, ...]:
    """The tokens of a person's name worth removing on their own (no particles, 2+ letters)."""
    return tuple(t for t in _NAME_PART.findall(name or "") if len(t) > 1 and t not in _PARTICLES)


_NAME_PART = re.compile(rf"[{_UPPER}{_LOWER}][{_UPPER}{_LOWER}'’-]*")


@functools.lru_cache(maxsize=65536)
def usernames_for(name: str) -> frozenset[str]:
    """Usernames an IT desk derives from a full name: jsmith, j.smith, jane.smith, smithj, janes."""
    parts = [p for p in (fold(p) for p in name_parts(name)) if p]
    if len(parts) < 2:
        return frozenset()
    first, rest = parts[0], parts[1:]
    found = set()
    for last in {rest[-1], "".join(rest), "-".join(rest), rest[-1].replace("-", "")}:
        found |= {first[0] + last, f"{first[0]}.{last}", f"{first}.{last}", last + first[0], first + last,
                  f"{first}_{last}", first + last[0]}
    return frozenset(u for u in found if len(u) >= 4)


# ----------------------------------------------------------------------------- what is known about people


@dataclasses.dataclass
class Lexicon:
    """Names learned across an export: callers' first names and surnames, full names seen."""

    first_names: frozenset[str] = frozenset()
    surnames: frozenset[str] = frozenset()
    common_words: frozenset[str] = frozenset()
    """Words the export also writes in lower case ("file", "explorer"): not names on weak evidence."""

    @functools.cached_property
    def surnames_lower(self) -> frozenset[str]:
        return frozenset(s.lower() for s in self.surnames)


@dataclasses.dataclass
class _Known:
    """Names and usernames known to belong to people in the ticket being redacted."""

    lexicon: Lexicon
    tokens: set[str] = dataclasses.field(default_factory=set)
    users: set[str] = dataclasses.field(default_factory=set)
    _lower: tuple[int, frozenset[str]] | None = None

    def add_name(self, name: str) -> None:
        parts = [p for p in name_parts(name) if p.capitalize() not in _NOT_NAMES and p not in _NOT_NAMES]
        if not parts:
            return
        for part in parts:
            self.tokens.update({part, part.upper(), part.capitalize()})
        if len(parts) >= 2:
            self.users |= usernames_for(" ".join(p.capitalize() for p in parts))

    def lower_tokens(self) -> frozenset[str]:
        """Name parts as they would be written in lower case, minus everyday words (cached)."""
        key = len(self.tokens)
        if self._lower is None or self._lower[0] != key:
            common = self.lexicon.common_words
            lowered = frozenset(t.lower() for t in self.tokens if len(t) > 2 and t[0].isupper())
            self._lower = (key, frozenset(t for t in lowered if t not in common and t not in _LOWER_STOP))
        return self._lower[1]

    def is_name_word(self, word: str) -> bool:
        if word in self.tokens:
            return True
        return word in self.lexicon.first_names and word not in _COMMON_WORD_NAMES


# ----------------------------------------------------------------------------- names


def _cue_before(text: str, start: int, end: int, after_name: bool) -> bool:
    """True when the words just before ``start`` announce a name ("Hi", "spoke to", "From:").

    After a greeting or sign-off word ("Hi", "Thanks") the name must end the clause ("Hi Jane,"),
    so "Hi, Visio is slow" does not make Visio a person.
    """
    window = _TITLE_DOT.sub(r"\1", text[max(0, start - 40):start].lower())
    words = _CUE_WORDS.findall(window)[-4:]
    for i in range(len(words)):
        phrase = " ".join(words[i:])
        if phrase in _CUES_BEFORE and (after_name or phrase not in _LIST_CUES):
            return phrase not in _GREETING_CUES or bool(_CLAUSE_END.match(text, end))
    return False


_GREETING_CUES = frozenset("""hi|hello|hey|hiya|dear|morning|good morning|afternoon|good afternoon|evening|thanks|
thank you|thx|ta|cheers|regards|kind regards|best regards|best|many thanks|warm regards|with thanks|sincerely|
rgds|yours""".replace("\n", "").split("|"))
_CLAUSE_END = re.compile(r"[ \t]*(?:[,!.:;)\-–—]|\r?\n|$|\(|&|and\b)")


def _after_signoff(text: str, start: int) -> bool:
    """True when the name starts a line right after a greeting/sign-off line or a ``--`` line."""
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip():
        return False
    lines = text[max(0, line_start - 80):line_start].rstrip().split("\n")
    previous = lines[-1].strip().lower() if lines else ""
    if previous in ("--", "—", "-- ", "___"):
        return True
    words = re.findall(r"[a-z']+", previous)
    return bool(words) and len(words) <= 5 and all(w in _GREETINGS for w in words) and not re.search(r"\d", previous)


def _signature_line(text: str, start: int, end: int) -> bool:
    """True for "Jane Smith | Finance", "Jane Smith <jane@...>" or a name alone after a sign-off."""
    line_start = text.rfind("\n", 0, start) + 1
    return not text[line_start:start].strip() and bool(_SIGNATURE_TAIL.match(text, end)) and \
        text[end:end + 1] in ("", "\n", " ", "\t", "|", "<", "(", ",", "\r")


def _candidates(text: str) -> Iterable[tuple[int, int, list[str]]]:
    """Runs of capitalised words, with leading non-name words ("Hi", "Manager") split off."""
    for match in _CANDIDATE.finditer(text):
        if match.group("title") and " " not in match.group(0) and "\t" not in match.group(0):
            if match.group(0) not in _NOT_NAMES:
                yield match.start(), match.end(), [match.group(0)]
            continue
        words, pos = [], match.start()
        for word in match.group(0).split():
            pos = text.index(word, pos)
            words.append((pos, word))
            pos += len(word)
        if match.group("caps"):
            yield from _caps_pairs(words)
            continue
        while words and (words[0][1].capitalize() in _NOT_NAMES or words[0][1] in _PARTICLES
                         or words[0][1].lower() in _CUES_BEFORE):
            words.pop(0)
        while words and (words[-1][1].capitalize() in _NOT_NAMES or words[-1][1] in _PARTICLES):
            words.pop()
        if words:
            yield words[0][0], words[-1][0] + len(words[-1][1]), [w for _, w in words]


def _caps_pairs(words: list[tuple[int, str]]) -> Iterable[tuple[int, int, list[str]]]:
    """Every pair of adjacent words of an ALL-CAPS run: the cue check decides which is a name."""
    words = [w for w in words if w[1].capitalize() not in _NOT_NAMES]
    for (start, first), (second_start, second) in zip(words, words[1:]):
        if second_start - start - len(first) <= 2:
            yield start, second_start + len(second), [first, second]


def collect_names(text: str, known: _Known) -> None:
    """Add to ``known`` every name that a cue, a signature or the lexicon points at."""
    previous_end = -10
    for start, end, words in _candidates(text):
        if _is_name(text, start, end, words, known, previous_end):
            known.add_name(" ".join(words))
            previous_end = end
        else:
            previous_end = -10
    if _CAPS_HINT.search(text):
        _collect_caps_signoffs(text, known)


_CAPS_WORD = rf"[{_UPPER}][{_UPPER}'’-]+"
_CAPS_HINT = re.compile(rf"(?m)^[ \t]*{_CAPS_WORD}[ \t]*$|[ \t]{_CAPS_WORD}[ \t]*$")
_CAPS_ALONE = re.compile(rf"(?m)^[ \t]*(?P<name>{_CAPS_WORD}(?:[ \t]+{_CAPS_WORD})?)[ \t]*$")
_CAPS_INLINE = re.compile(r"(?m)\b(?i:regards|cheers|thanks|thank you|thx|ta|best|rgds)[ \t]*,?[ \t]+"
                          rf"(?P<name>{_CAPS_WORD}(?:[ \t]+{_CAPS_WORD})?)[ \t]*$")


def _collect_caps_signoffs(text: str, known: _Known) -> None:
    """A sign-off in capitals: a one- or two-word ALL-CAPS line after "CHEERS," or "REGARDS BOB"
    at the end of a line. One capitalised word is no candidate elsewhere, so it needs this cue."""
    found = [m for m in _CAPS_ALONE.finditer(text) if _after_signoff(text, m.start("name"))]
    found += list(_CAPS_INLINE.finditer(text))
    for match in found:
        words = match.group("name").split()
        if all(w.capitalize() not in _NOT_NAMES and w.lower() not in _GREETINGS
               and w.lower() not in known.lexicon.common_words and w.lower() not in ROLE_WORDS for w in words):
            known.add_name(" ".join(words))


_LIST_GAP = re.compile(r"[ \t]*(?:,|and|&|,[ \t]*and)[ \t]*")


def _is_name(text: str, start: int, end: int, words: list[str], known: _Known, previous_end: int) -> bool:
    """Whether a run of capitalised words is a person's name, cheapest evidence first."""
    if all(w in known.tokens for w in words) or _lexicon_name(words, known):
        return True
    if len(words) >= 2 and previous_end >= 0 and _LIST_GAP.fullmatch(text, previous_end, start):
        return True
    if _AFTER_NAME.match(text, end) or _cue_before(text, start, end, previous_end >= 0 and start - previous_end < 8):
        return True
    if _after_signoff(text, start) and _SIGNATURE_TAIL.match(text, end):
        return True
    return len(words) >= 2 and (_signature_line(text, start, end) or _weak_cue(text, start, end)) and \
        words[0].lower() not in known.lexicon.common_words


_LETTER_WORD = re.compile(r"[^\W\d_]{2,}")


def _case_blind(text: str, start: int) -> bool:
    """True when the line at ``start`` capitalises (nearly) every word: ALL CAPS or Title Case.

    There a capitalised run says nothing about a person ("I TRIED TO INSTALL VS CODE"), so the
    weak evidence of words ("to", "for", "is", mid-sentence) does not count; punctuation
    ("- JANE SMITH", ", JANE SMITH"), cue phrases, the caller's name and the export's lexicon
    still do.
    """
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    words = _LETTER_WORD.findall(text, line_start, len(text) if line_end < 0 else line_end)
    return len(words) >= 4 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


_MID_SENTENCE = re.compile(r"[a-z0-9,;'’\"]\s+$")
_AFTER_PUNCTUATION = re.compile(r"[,;]\s+$")


def _weak_cue(text: str, start: int, end: int) -> bool:
    """A full name after "with", "from", "-" or ":" (subjects such as "Chat transcript - Jane Smith"),
    at the end of a line, or in the middle of a sentence."""
    if _DIGIT_AFTER.match(text, end):
        return False  # "MacBook Pro 14", "Floor 3"
    if _SPEAKER_AFTER.match(text, end) and _SPEAKER_BEFORE.search(text, max(0, start - 24), start):
        return True  # a chat line "[10:32] Jane Smith: ..."
    before = text[max(0, start - 12):start]
    words = _WEAK_WORDS.findall(before.lower())
    if _case_blind(text, start):  # only punctuation announces a name: "CHAT - JANE SMITH", "HI, JOHN IYER"
        return bool(words and words[-1] in _WEAK_CUES and not words[-1][0].isalpha()
                    or _AFTER_PUNCTUATION.search(before))
    if words and words[-1] in _WEAK_CUES or _AFTER_WEAK.match(text, end):
        return True
    return bool(_MID_SENTENCE.search(before))


_DIGIT_AFTER = re.compile(r"[ \t]*\d")
_SPEAKER_AFTER = re.compile(r"[ \t]*(?:\([^)\n]{1,30}\))?[ \t]*:(?!\d)")
_SPEAKER_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?:[\[(]?\d{1,2}:\d{2}(?::\d{2})?(?:[ ]?[AaPp][Mm])?[\])]?[ \t-]*)?\Z")
_WEAK_WORDS = re.compile(r"\w[\w'’]*|[:(\n.!?;]|(?<!\w)[-–](?!\w)")
_AFTER_WEAK = re.compile(r"[ \t]+(?:has|had|is|was|will|would|can|says|said|wants|needs|asked|called|rang|approved|"
                         r"left|joined|starts|started|phoned|emailed|mentioned)\b|[ \t]*\([A-Z][\w&/ -]{1,30}\)")


def _lexicon_name(words: list[str], known: _Known) -> bool:
    """A caller's first name followed by a capitalised word, or two known surname/first name parts."""
    lex = known.lexicon
    if len(words) >= 2 and words[0] in lex.first_names and words[0] not in _COMMON_WORD_NAMES:
        return True
    return len(words) >= 2 and words[0] in lex.first_names and words[-1] in lex.surnames


def replace_names(text: str, known: _Known) -> str:
    def replace(match: re.Match) -> str:
        return NAME if known.is_name_word(match.group(0)) else match.group(0)
    words = set(_CAP_WORD.findall(text))
    if not words.isdisjoint(known.tokens) or not words.isdisjoint(known.lexicon.first_names):
        text = _CAP_WORD.sub(replace, text)
    text = _replace_lowercase_names(text, known)
    if NAME in text:
        text = _NAME_RUN.sub(NAME, text)
    return _replace_usernames(text, known)


_NAME_RUN = re.compile(r"\[name\](?:[ \t]+(?:" + _PARTICLE + r"[ \t]+)*\[name\])+")
_LOWER_TOKEN = re.compile(rf"(?<![\w@.\\/-])[{_LOWER}][{_LOWER}'’-]+(?![\w@]|\.\w)")


def _replace_lowercase_names(text: str, known: _Known) -> str:
    """Known names written in lower case ("thx marta"), unless the export uses the word as a word."""
    present = {t for t in known.lower_tokens() if t in text}
    if not present:
        return text
    return _LOWER_TOKEN.sub(lambda m: NAME if m.group(0) in present else m.group(0), text)


def _replace_usernames(text: str, known: _Known) -> str:
    low = text.lower()
    present = [u for u in known.users if u in low]
    if not present:
        return text
    alternatives = "|".join(re.escape(u) for u in sorted(present, key=len, reverse=True))
    return re.sub(rf"(?i)(?<![a-z])(?:{alternatives})\d{{0,3}}(?![a-z])", "[username]", text)

