"""Secrets recognised by their shape next to the words that announce them.

* One-time codes: 4 to 10 digits, also written in two or three groups split by a space, a dash or a
  dot ("482 913", "48-29-13", "482.913", "4829-1377", "G-482913"), within a few words of a code word
  ("code", "OTP", "passcode", "PIN", "token", "verification", "authenticator", "2FA", "SMS", "text
  message", "digits", and the words for a code in the other languages users write: "código", "kod",
  "kód", "koodi"...), or of the name of an app that shows such codes. Cue words are compared without
  their accents and matched with one typing slip allowed (two in long words), because people type
  "coode" or "veryfication" in a hurry. Numbers next to "error", "exit", "status" or "event" are
  error codes and stay; dates have their own shape and stay.
* Passwords: a token shaped like a password (letters and digits, symbols allowed; 6 to 64
  characters; any token in quotes) in the words after a password word ("password", "pwd", "pw", "passphrase",
  "credentials", "temp", "temporary", and the words for a password or a temporary one in the other
  languages users write: "contraseña", "senha", "hasło", "heslo", "jelszó", "mot de passe"...) or after
  "tried", "set it to", "change it to", "reset it to".
  Version numbers, hex codes, KB and ticket numbers, server names and placeholders have other
  shapes and stay.

Both work on words found by linear scans; no pattern is applied to unbounded text with nested
quantifiers.
"""
from __future__ import annotations

import functools
import re

from ..fold import unaccented

_CODE_WORDS = ("code", "codes", "otp", "passcode", "pin", "token", "verification", "verify", "verified",
               "authenticator", "authentication", "2fa", "mfa", "sms", "text", "texted", "digits", "onetime",
               "security",
               # the word for a code (and for verifying) in the languages of Europe, Latin America and
               # South-East Asia that users write tickets in, without accents (cues are compared so)
               "codigo", "codigos", "kod", "kodu", "kode", "koodi", "kodas", "cod", "codice", "verificacion",
               "verificacao", "weryfikacyjny", "weryfikacji", "overovaci", "ellenorzo", "jednorazowy",
               # apps and keys that show one-time codes: naming one is saying that a code follows
               "authy", "okta", "duo", "yubikey", "securid", "entrust", "totp", "hotp")
_CODE_PHRASE = re.compile(r"(?i)\bone[ -]?time\b|\btext message\b")
_NOT_CODE = frozenset({"error", "errors", "exit", "status", "event", "http", "port", "room", "ext", "extension",
                       "version", "build", "kb", "ticket", "incident", "case", "order", "invoice", "floor",
                       "model", "serial", "asset"})
_PASSWORD_WORDS = ("password", "passwd", "passphrase", "pword", "pwd", "pw", "credentials", "temp",
                   "temporary", "pass", "passcode")
# The word for a password, and for a temporary one, in the languages of Europe and Latin America that
# users write tickets in ("contraseña nueva", "senha provisória", "hasło tymczasowe", "mot de passe").
_PASSWORD_WORDS_INTL = re.compile(
    r"(?i)(?<!\w)(?:contrase[ñn]as?|senhas?|claves?|passwort|kennwort|wachtwoord|l[öo]senord|passord|adgangskode|"
    r"salasana|has[łl]o|heslo|jelsz[óo]|parol[aă]|[şs]ifre|lozinka|geslo|mot[ ]de[ ]passe|mdp|"
    r"provis[óo]ri[ao]|provisional|temporal|temporaire|temporanea|tymczasowe|do[čc]asn[éeá]|ideiglenes|"
    r"temporar[ăa]?|vorl[äa]ufig)(?!\w)")
_PASSWORD_PHRASE = re.compile(r"(?i)\b(?:tried|typed|entered|(?:set|change|changed|reset|update|updated)"
                              r"(?:[ \t]+(?:it|this|that|mine|my[ \t]+\w+|the[ \t]+\w+))?[ \t]+(?:to|as))\b")
# Digits in up to three groups of two to five split by one space, dash or dot; the length (4 to 10
# digits) and the date shape are checked on the match. A full stop after it may end the sentence.
_CODE_VALUE = re.compile(r"(?<![\w.:/,-])(?:[A-Z]-)?(?:\d{2,5}(?:[ .-]\d{2,5}){1,2}|\d{4,10})"
                         r"(?![\w:/]|\.\w|[ .-]\d|,\d)")
_CODE_DIGITS = (4, 10)
_TIME = re.compile(r"(?:[01]?\d|2[0-3])[.:][0-5]\d")


def _date_or_time(value: str) -> bool:
    """True for a time ("14.30"), a year and a month ("2025-03") or a date in any order of day, month
    and year ("12.03.2025", "2025-03-12", "03/12/25"); "48-29-13" is no date (no part can be a month)."""
    if _TIME.fullmatch(value):
        return True
    parts = re.split(r"[./-]", value)
    if len(parts) == 2 and all(p.isdigit() for p in parts):  # a year and a month ("2025-03", "03/2025")
        year, month = (parts[0], parts[1]) if len(parts[0]) == 4 else (parts[1], parts[0])
        return len(year) == 4 and year[:2] in ("19", "20") and 1 <= int(month) <= 12
    if len(parts) != 3 or not all(p.isdigit() for p in parts):
        return False
    a, b, c = (int(p) for p in parts)
    if len(parts[0]) == 4:
        return 1 <= b <= 12 and 1 <= c <= 31
    return (1 <= a <= 31 and 1 <= b <= 12) or (1 <= a <= 12 and 1 <= b <= 31)
_WORD = re.compile(r"[^\W_]+")  # words of any script, so "código" is one word
_TOKEN = re.compile(r"\S{1,80}")
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)|\n")
_SECRET_SHAPE = re.compile(r"(?=.*[A-Za-z])(?=.*\d)")
_QUOTED = re.compile(r"[\"'“‘](\S{6,64})[\"'”’]")
_PASSWORD_HINT = re.compile(r"(?i)\bp[a-z]{0,2}s|\bpw|pwd|cred|\btemp|tried|typed|entered|\b(?:set|change|changed|reset|"
                            r"update|updated)\b[^\n]{0,24}\b(?:to|as)\b")
# Stems of ``_PASSWORD_WORDS_INTL``, looked for in the lower-cased text before that pattern runs
# ("temporal", "temporaire"... are one or two slips from "temporary", a password word already).
_PASSWORD_STEMS_INTL = ("contrase", "senha", "clave", "passwort", "kennwort", "wachtw", "senord", "passord",
                        "adgangskode", "salasana", "hasło", "haslo", "heslo", "jelsz", "parol", "ifre", "lozink",
                        "geslo", "mot de passe", "mdp", "provis", "tymczas", "dočas", "docas", "ideigl", "vorl")
_PASSWORD_WORD = re.compile(r"(?i)\b(?:p[a-z]{0,2}s[a-z]{0,9}|p[a-z]{0,3}w[a-z]{0,5}|pw[a-z]{0,3}|cred[a-z]*|temp[a-z]*)\b")
# Shapes that follow password words but are not secrets: numbers, dates and versions, hex and
# all-capitals error codes (letters, then digits: AADSTS50076, HTTP404), KB and ticket numbers,
# server names, URLs, e-mail addresses, placeholders, ordinals and times, screen and paper dimensions
# ("1920x1080": a setting is "set to" them). Capitals and digits
# taking turns ("KX7PLM2Q") are a password typed with caps lock on, not a code.
_NOT_SECRET = re.compile(r"[\d.,:/-]+|0x[0-9a-fA-F]+|(?i:kb|inc|ritm|req|chg|task|prb)\d+|\[[\w-]+\]|"
                         r"[A-Z]{2,}(?:-[A-Z0-9]+)+|[A-Z]{2,}\d+[A-Z]{0,2}|(?i:https?|www)\S*|"
                         r"[\w.+-]+@[\w-]+\.[\w.-]+|[vV]\d[\d.]*|\d+(?:st|nd|rd|th|am|pm|h|m|s|gb|mb|kb)|"
                         r"\d{2,5}[x×]\d{2,5}(?:p|px)?")
_ANY_DIGIT = re.compile(r"\d")
_PUNCT_EDGES = "\"'“”‘’()<>[]{},;:.!?"


@functools.lru_cache(maxsize=65536)
def _cue(word: str, vocabulary: tuple[str, ...]) -> bool:
    """True when ``word`` is a cue word or one typing slip from one (two for words of 9+ letters).

    Slips are allowed for cues of five letters or more and for "code"; short cues ("pin", "text",
    "pw") must be exact, or ordinary words one letter away would count.
    """
    word = unaccented(word.lower())
    if word in vocabulary:
        return True
    if len(word) < 3 or not word.isalpha():
        return False
    for cue in vocabulary:
        if (len(cue) >= 5 or cue == "code") and abs(len(cue) - len(word)) <= 2 and \
                _edits(word, cue) <= (2 if len(cue) >= 9 else 1):
            return True
    return False


def _edits(a: str, b: str) -> int:
    """Optimal-string-alignment distance of two short words (bounded: the words are short)."""
    previous2, previous = None, list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        current = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = a[i - 1] != b[j - 1]
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if previous2 is not None and i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                current[j] = min(current[j], previous2[j - 2] + 1)
        previous2, previous = previous, current
    return previous[-1]


def _line_window(text: str, start: int, end: int, before: int, after: int) -> tuple[str, str]:
    """The text before and after a span on the same line, at most ``before``/``after`` characters."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    return text[max(line_start, start - before):start], text[end:min(line_end, end + after)]


def _code_cued(before: str, after: str) -> bool:
    words_before = _WORD.findall(before)[-6:]
    words_after = _WORD.findall(after)[:4]
    if any(w.lower() in _NOT_CODE for w in words_before[-3:]):
        return False
    return any(_cue(w, _CODE_WORDS) for w in words_before + words_after) or \
        bool(_CODE_PHRASE.search(before) or _CODE_PHRASE.search(after))


def redact_codes(text: str) -> str:
    """One-time codes near code words become ``[code]``."""
    out, last = [], 0
    for match in _CODE_VALUE.finditer(text):
        value = match.group(0)
        digits = sum(c.isdigit() for c in value)
        if not _CODE_DIGITS[0] <= digits <= _CODE_DIGITS[1] or _date_or_time(value):
            continue
        before, after = _line_window(text, match.start(), match.end(), 48, 28)
        if _code_cued(before, after):
            out += [text[last:match.start()], "[code]"]
            last = match.end()
    return "".join(out) + text[last:] if out else text


def looks_like_password(token: str) -> bool:
    """A token shaped like a password (letters and digits, 6-64 characters) and like nothing else
    that follows password words ("Notepad++" and "Ctrl+Alt+Del" have no digit)."""
    core = token.strip(_PUNCT_EDGES)
    if not 6 <= len(core) <= 64 or not _SECRET_SHAPE.match(core):
        return False
    return not _NOT_SECRET.fullmatch(core)


def _password_cues(text: str, other_languages: bool = True) -> list[int]:
    """Ends of the password words (typing slips allowed) and phrases, where a secret may follow;
    ``other_languages``: the text holds a stem of another language's password word."""
    ends = [m.end() for m in _PASSWORD_WORD.finditer(text) if _cue(m.group(0), _PASSWORD_WORDS)]
    if other_languages:
        ends += [m.end() for m in _PASSWORD_WORDS_INTL.finditer(text)]
    return sorted(ends + [m.end() for m in _PASSWORD_PHRASE.finditer(text)])


def redact_passwords(text: str, other_languages: bool = True) -> str:
    """Password-shaped tokens within eight words after a password cue (same sentence) become
    ``[password]``."""
    spans = []
    for cue_end in _password_cues(text, other_languages):
        stop = _SENTENCE_END.search(text, cue_end)
        limit = min(stop.start() if stop else len(text), cue_end + 100)
        for count, token in enumerate(_TOKEN.finditer(text, cue_end, limit)):
            if count >= 8:
                break
            quoted = _QUOTED.fullmatch(token.group(0).rstrip(".,;:!?"))
            if looks_like_password(token.group(0)) or (quoted and not _NOT_SECRET.fullmatch(quoted.group(1))):
                core = quoted.group(1) if quoted else token.group(0).strip(_PUNCT_EDGES)
                start = token.start() + token.group(0).index(core)
                spans.append((start, start + len(core)))
    return _replace_spans(text, spans, "[password]")


def _replace_spans(text: str, spans: list[tuple[int, int]], placeholder: str) -> str:
    out, last = [], 0
    for start, end in sorted(set(spans)):
        if start < last:
            continue
        out += [text[last:start], placeholder]
        last = end
    return "".join(out) + text[last:] if out else text


def redact_secrets(text: str) -> str:
    """Passwords and one-time codes (see the module docstring)."""
    if _ANY_DIGIT.search(text):
        text = redact_codes(text)
    low = text.lower()
    other_languages = any(stem in low for stem in _PASSWORD_STEMS_INTL)
    if other_languages or _PASSWORD_HINT.search(text):
        text = redact_passwords(text, other_languages)
    return text
