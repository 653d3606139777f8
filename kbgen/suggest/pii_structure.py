"""Secrets recognised by where and how they are written rather than by a cue word before them (round 9):
words disguised with digits, the one-token answer of a chat line, the column of a Markdown table headed
by a password word, a secret spelt out character by character; and ``redact_secrets``, which runs every
secret rule (``pii_secrets``: codes, cue words, hedges, strong shapes) in order and names the account
of a replaced secret's pair."""
from __future__ import annotations

import re

from .pii_patterns import account_shaped, replace_spans
from .pii_secrets import random_case  # (the shape of a random-case secret, read by both modules)
from .pii_secrets import (PASSWORD_WORDS, CHAT_SPEAKER, CHAT_STAMP, _ANY_DIGIT, _HEDGE, _HEDGE_HINT, _PASSWORD_HINT,
                          other_language_password_word, _PASSWORD_WORDS_INTL,
                          _PRODUCT_WORD, _PUNCT_EDGES, _SYMBOL_ENDINGS, _SYMBOL_HINT, _after_hedges, _classes,
                          looks_like_password, password_cues, _shortcut, redact_codes, redact_letter_codes, redact_passwords,
                          redact_strong_passwords, redact_glued_words, GLUED_WORDS_HINT as _GLUED_WORDS_HINT,
                          LETTER_CODE_HINT as _LETTER_CODE_HINT)


# A word disguised with digits, as people make a password out of a word they remember: digits inside
# the word in two places ("Tr0mb0ne7", "f4lc0nry"), or a word in small letters, a number and a
# capitalised word ("walrus7Lantern"). Words, numbers, versions and identifiers are not written so:
# serials and codes are capitals ("JPX3318K2WA" has no small letter), hashes and hex ids use the
# letters a-f only (after a "0x"), products start with their capital or a one-letter prefix ("iPhone15Pro"),
# and a token with ".", "/", "@", ":" or "-" inside is a name, a path, an address or a version.
_DISGUISE_HINT = re.compile(r"[A-Za-z]\d+[A-Za-z]")
_DISGUISE_TOKEN = re.compile(r"(?<![\w.@/\\:=-])[A-Za-z0-9!#$%&*?~+]{6,40}(?![\w@/\\]|[.:=-]\w)")
_DIGITS_INSIDE = re.compile(r"(?<=[A-Za-z])\d+(?=[A-Za-z])")
_WORD_NUMBER_WORD = re.compile(r"[a-z]{3,}\d{1,4}[A-Z][a-z]{2,}")
_HEX = frozenset("0123456789abcdef")


# A label that says the value after it is an account ("user", "login:", "sAMAccountName="): an
# account disguised with digits is the account rules' to read.
_ACCOUNT_LABEL_BEFORE = re.compile(r"(?i)\b(?:user\w{0,4}|login|logon|account\w{0,4}|acct|uid|sam\w{0,12})"
                                   r"[\"']?[ \t]*(?:[:=|][ \t]*)?[\"'`(]?\Z")


# A file's name is written with its version and state ("memo3v2final", "budget_v4", "plan2draft"):
# a version marker "v<number>" after a digit or at the start, or the words of a document's stage.
_FILE_NAME_MARKS = re.compile(r"(?i)(?:\A|(?<=\d)|(?<=_))v\d|final|draft|rev\d")
# A word that says the token after it is a file ("file", "attachment", "document", "saved as").
_FILE_WORD_BEFORE = re.compile(r"(?i)\b(?:file(?:name)?|attachment|attached|document|doc|saved as)[ \t]*(?:[:=][ \t]*)?[\"'`(]?\Z")


def disguised_word(core: str) -> bool:
    """A password made of a word disguised with digits (see ``_DISGUISE_TOKEN``); a file's name with
    its version or stage marks is none."""
    if not any(c.islower() for c in core) or set(core.lower().removeprefix("0x")) <= _HEX:
        return False
    if _FILE_NAME_MARKS.search(core):
        return False
    return len(_DIGITS_INSIDE.findall(core)) >= 2 or bool(_WORD_NUMBER_WORD.match(core))


# A chat line whose whole message is one token ("[14:21] Oyelaran: Wx7-gorse2"): a value pasted as the
# answer to what was asked. A token with a password's shape (letters with digits or a symbol, 6-64
# characters, none of the shapes of records, versions, addresses or paths) is the secret asked for.
_CHAT_HINT = re.compile(r"\d:\d\d")
_CHAT_ANSWER = re.compile(rf"(?m)^[ \t]*(?:>+[ \t]*)*{CHAT_STAMP}[ \t]*{CHAT_SPEAKER}"
                          r"[ \t]*[:>][ \t]*[\"'`“‘]?(?P<token>[^\s\"'`”’]{6,64})[\"'`”’]?[ \t]*$")


def _answer_is_secret(token: str) -> bool:
    """A chat answer of one token is the secret unless a product written with its number ("Windows11")."""
    core = token.strip(_PUNCT_EDGES)
    product = _PRODUCT_WORD.fullmatch(core) and not token.endswith(_SYMBOL_ENDINGS)
    return looks_like_password(core) and _classes(core) >= 2 and not core.startswith("[") and not product


# A Markdown table's rule line ("|---|:--|"): the line above it names the columns.
_TABLE_RULE = re.compile(r"(?m)^[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*\|")
_ROW = re.compile(r"(?m)^[ \t]*\|.*\|[ \t]*$")


def redact_password_columns(text: str) -> str:
    """In a Markdown table, every cell under a column whose header is a password word ("Initial password",
    "pwd", "contraseña") becomes ``[password]``: a table puts its label above the value, not before it."""
    lines = text.split("\n")
    columns: set[int] = set()
    for i, line in enumerate(lines):
        if not _ROW.fullmatch(line):
            columns = set()
            continue
        if _TABLE_RULE.match(line) and i > 0:
            columns = {k for k, cell in enumerate(_cells(lines[i - 1])) if _password_header(cell)}
            continue
        if columns:
            cells = _cells(line)
            for k in columns & set(range(len(cells))):
                cell = cells[k]
                if cell.strip() and len(cell.strip()) <= 64 and not cell.strip().startswith("["):
                    cells[k] = cell.replace(cell.strip(), "[password]")
            lines[i] = line[:len(line) - len(line.lstrip())] + "|" + "|".join(cells) + "|"
    return "\n".join(lines)


def _cells(line: str) -> list[str]:
    """The cells of a table line, with or without its outer bars ("| a | b |", "a | b")."""
    core = line.strip()
    core = core[1:] if core.startswith("|") else core
    core = core[:-1] if core.endswith("|") else core
    return core.split("|")


# A header names a password column by a whole password word: "Temp" or "Pass" alone head a sensor's
# temperature or a test's result ("| Sensor | Temp |", "Pass/Fail").
_HEADER_WORD = re.compile(r"(?i)(?<![^\W_])(?:" + "|".join(sorted(PASSWORD_WORDS - {"pass", "creds", "credentials"}))
                          + r")(?![^\W_])")  # "Pass" alone heads a test's result ("Pass/Fail")


def _password_header(cell: str) -> bool:
    """A column header that names a password: a whole password word of any language we list in it."""
    return bool(_HEADER_WORD.search(cell) or _PASSWORD_WORDS_INTL.search(cell))


# A secret spelt out character by character with a dash between every two, as it is read out on the
# phone or written so that no letter is misread ("q-7-L-m-x-2"): six characters or more, a letter
# among them (digits alone are a code, read before). No word, name or number is written so.
_SPELT_SECRET = re.compile(r"(?<![\w-])[^\W_](?:-(?:[^\W_]|[!#$%&*?@+=~])){5,63}(?![\w-])")
_SPELT_HINT = re.compile(r"-\w-\w-")  # opens with a literal: a fast scan


def _spelt_secret(spelt: str) -> bool:
    """A letter among the characters, and not letters of one case alone: a name or a word is spelt
    so ("K-A-L-U-N-D-A" on the phone), a secret mixes cases, digits or symbols."""
    chars = spelt.replace("-", "")
    if not any(c.isalpha() for c in chars):
        return False
    return not (chars.isalpha() and (chars.isupper() or chars.islower()))


# A secret made by a generator or by a person mixing cases at random ("qVx7-RtmW", "bKdfWzYp"), found by
# its shape alone, with no cue word in any language. Words of any language in the Latin alphabet are
# written in small letters, Capitalised, in CAPITALS or as CamelCase joins of such words ("PowerShell",
# "iPhone", "McAfee"): every stretch of letters from one capital to the next is then a syllable (it
# holds a vowel) or a run of capitals (an acronym). A stretch with neither ("Dc", "Qt", a lone capital
# between small letters) is unpronounceable; two of them in one token is a generator's work. Also a run
# of small letters and a run of capitals on either side of a number ("mar418KOTA", "TERN77fig"): words
# and product names keep one case on both sides of their number.
_CASE_CHANGE_HINT = re.compile(r"[a-z][A-Z]|[A-Z][a-z][A-Z]|[a-z]{2}\d+[A-Z]{2}|[A-Z]{2}\d+[a-z]{2}")
_MIXED_TOKEN = re.compile(r"(?<![\w.@/\\:=&-])[A-Za-z0-9!#$%&*?~+_-]{6,40}(?![\w@/\\]|[.:=-]\w)")


def random_case_tokens(text: str) -> set[str]:
    """The tokens of ``text`` that :func:`random_case` reads as a secret's."""
    if not _CASE_CHANGE_HINT.search(text):
        return set()
    return {m.group(0) for m in _MIXED_TOKEN.finditer(text) if random_case(m.group(0))}


def _random_case_spans(text: str, system_names: frozenset[str]) -> list[tuple[int, int]]:
    """Tokens of random case that are no system name and no keyboard shortcut ("Win+PrtScn": key
    names are abbreviated in CamelCase)."""
    return [m.span() for m in _MIXED_TOKEN.finditer(text) if m.group(0) not in system_names
            and random_case(m.group(0)) and not _shortcut(m.group(0).strip(_PUNCT_EDGES))]


def redact_secrets(text: str, system_names: frozenset[str] = frozenset(),
                   everyday: frozenset[str] = frozenset()) -> str:
    """Passwords and one-time codes (see the module docstring). ``system_names`` are tokens of random
    case the export writes in several tickets: the names of services, processes and builds, which
    recur, not secrets, which are one person's; ``everyday``: the words the export writes in lower case
    in many tickets (see :func:`.pii_secrets.redact_glued_words`)."""
    digits = bool(_ANY_DIGIT.search(text))
    if digits:
        text = redact_codes(text)
    if _LETTER_CODE_HINT.search(text):
        text = redact_letter_codes(text)
    low = text.lower()
    other_languages = other_language_password_word(low)
    if other_languages or _PASSWORD_HINT.search(low):  # read lower-cased: faster than ignoring case
        found = password_cues(text, other_languages)
        if _GLUED_WORDS_HINT.search(text):
            glued = redact_glued_words(text, everyday, other_languages, found)
            found, text = (found if glued == text else None), glued  # positions moved: read again
        text = redact_passwords(text, other_languages, found)
    if digits and _HEDGE_HINT.search(low) and _HEDGE.search(low):
        text = replace_spans(text, _after_hedges(text), "[password]")
    if digits and _SYMBOL_HINT.search(text):
        text = redact_strong_passwords(text)
    if digits and _CHAT_HINT.search(text):
        text = replace_spans(text, [m.span("token") for m in _CHAT_ANSWER.finditer(text)
                                    if _answer_is_secret(m.group("token"))], "[password]")
    if "|" in text and _TABLE_RULE.search(text):
        text = redact_password_columns(text)
    if _SPELT_HINT.search(text):
        text = replace_spans(text, [m.span() for m in _SPELT_SECRET.finditer(text) if _spelt_secret(m.group(0))],
                             "[password]")
    if digits and _DISGUISE_HINT.search(text):
        text = replace_spans(text, [m.span() for m in _DISGUISE_TOKEN.finditer(text) if disguised_word(m.group(0))
                                     and not _ACCOUNT_LABEL_BEFORE.search(text, max(0, m.start() - 24), m.start())
                                     and not _FILE_WORD_BEFORE.search(text, max(0, m.start() - 24), m.start())],
                              "[password]")
    if _CASE_CHANGE_HINT.search(text):
        text = replace_spans(text, _random_case_spans(text, system_names), "[password]")
    if "[password]" in text:
        text = _ACCOUNT_BEFORE_SECRET.sub(_account_of_pair, text)
    return text


# An account and its secret written as a pair ("mlind / [password]", "t.okafor3:[password]"), as
# credentials are handed over: the token before the secret is the account, unless it is the label of
# the pair. A colon also ends a sentence that announces the secret ("use this:", "see below:"), so
# after a colon the token must be account-shaped (a digit or one of . _ - @ inside); a slash or a bar
# only ever parts a pair.
_ACCOUNT_BEFORE_SECRET = re.compile(r"(?<![\w\[.@-])(?P<account>[A-Za-z][\w.@-]{2,39})[ \t]*(?P<sep>[/:|])[ \t]*"
                                    r"(?=\[password\])")
_PAIR_LABELS = PASSWORD_WORDS | frozenset("user username login account name id key new old temp temporary".split())


def _account_of_pair(match: re.Match) -> str:
    """The account of a pair before a replaced secret as ``[username]``, or the text as it was."""
    account = match.group("account")
    labels = re.split(r"[_.-]", account.lower())  # a key's parts: "smtp_pwd", "admin-pwd" label the pair
    if labels[-1] in _PAIR_LABELS or _PASSWORD_WORDS_INTL.fullmatch(account) or \
            match.group("sep") == ":" and not account_shaped(account):
        return match.group(0)
    return match.group(0).replace(account, "[username]", 1)
