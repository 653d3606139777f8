"""Accounts named by their place in chat transcripts, logs and lists, not by a cue word (round 17).

Chat tools, servers and people put an account where its role is plain from the structure alone,
whatever language the ticket is written in:

* a chat line's speaker: a time (with or without a date before it, a 12-hour clock's AM/PM, in
  brackets or not, a " - " after it as phone chat exports write), then the account and a colon or
  ">", or the account in angle brackets (IRC). A word in that place is as often a program or a
  device ("printer:", "maintenance:"), so it is taken only with evidence it is an account: an
  account's shape (``account_marked``: a digit, "." or "_" in it), or the same speaker on two lines
  or more of a transcript with two speakers or more. An HTML element ("<div>") is no speaker;
* the account before "@" of an address whose host part is a machine's address already replaced
  ("jdoe@[ip]", as ssh, journal and mail-server logs write a client);
* the user field of a web-server log line (the common log format's "ip ident user [time] \"GET"),
  or an account-shaped token between a client's address and the request's method (proxies);
* an account-shaped token listed beside one already found ("[username], j.doe2"), outside a
  table's row (a CSV line's commas part cells, not a list).

A value found with an account's shape is replaced wherever it stands in the same text; one found by
repetition only where it speaks. Roles, built-in accounts, the export's everyday words and the words
a register writes for "nobody" or a state stay (``person_account``, shared with the column rules).
Every pattern is linear: fixed openings, one bounded token.
"""
from __future__ import annotations

import re

import nh3

from .pii_account_paths import built_in_account, line_around
from .pii_patterns import ROLE_WORDS, USER_STOP, account_shaped, replace_spans

# One account token: a letter first, then letters, digits, ".", "_" or "-" (2 to 40 characters).
_TOKEN = r"[A-Za-z][\w.-]{1,39}(?<![.-])"
# A chat line's time: an optional date (year first or last, a comma after it), a clock ("10:02",
# "10:02:33", "10:02 AM"), in square, angle or round brackets or none, and an optional " - " after it.
_CHAT_DATE = r"(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}),?[ \t]+"
_CHAT_TIME = (rf"[\[<(]?(?:{_CHAT_DATE})?\d{{1,2}}:\d{{2}}(?::\d{{2}})?(?:[ \t]?[AaPp]\.?[Mm]\.?)?[\]>)]?"
              r"[ \t]+(?:[-\u2013][ \t]+)?")
_SPEAKER = re.compile(rf"(?m)^[ \t]*(?:{_CHAT_TIME}(?:<(?P<a>{_TOKEN})>|(?P<b>{_TOKEN})[ \t]?[:>](?![/\\\d]))"
                      rf"|<(?P<c>{_TOKEN})>[ \t])")
_AT_ADDRESS = re.compile(rf"(?<![\w.@+-])(?P<d>{_TOKEN})@(?=\[ip\]|\[host\])")
_METHOD = r"(?:GET|POST|PUT|DELETE|HEAD|PATCH|OPTIONS|CONNECT)[ \t]"
# The common log format's "ip ident user [time] \"METHOD": the user field by its position.
_LOG_USER = re.compile(rf"\[ip\][ \t]+(?:-|{_TOKEN})[ \t]+(?P<e>{_TOKEN})[ \t]+\[[^\]\n]{{1,40}}\][ \t]+\"{_METHOD}")
# A proxy's shorter line "ip user METHOD": the token is an account only with an account's shape.
_PROXY_USER = re.compile(rf"\[ip\][ \t]+(?P<g>{_TOKEN})[ \t]+\"?{_METHOD}")
_LISTED = re.compile(rf"\[username\](?:,[ \t]+|[ \t]+(?:and|&|or|\+)[ \t]+)(?P<f>{_TOKEN})(?![\w@])")
_PATTERNS = (_SPEAKER, _AT_ADDRESS, _LOG_USER, _PROXY_USER, _LISTED)
_SHAPE_NEEDED = frozenset("gf")  # groups whose place alone is weak evidence
_HINT = re.compile(r"\d:\d\d|<\w|@\[|\[ip\]|\[username\]")
# HTML's element names (nh3's allowed tags and a document's own): "<div> ..." is markup, not a speaker.
_HTML_TAGS = frozenset(nh3.ALLOWED_TAGS) | frozenset("html head body script style meta link title form input "
                                                      "button iframe svg template noscript label select option".split())
# A table's row: cells parted by a pipe, a tab, a semicolon or a comma with no blank after it.
_TABLE_ROW = re.compile(r"[|\t;]|,\S")
# What a register or a roster writes in a person's column for "nobody" or a state, in place of an
# account ("unassigned", "spare", "yes"): the null and yes/no values of any listing, and the support
# tier or level a queue is named by ("tier2", "level1": read with the number stripped).
_NO_PERSON = frozenset("""unassigned assigned pending spare none nobody vacant free available unknown tbd tba
    na nil null empty yes no true false ok shared pool loaner stock retired tier level line stage
    stores storeroom warehouse depot reception helpdesk lab""".split())  # (places a thing is issued to)


def account_marked(value: str) -> bool:
    """Whether ``value`` is written as accounts are and words are not: an account's shape
    (:func:`.pii_patterns.account_shaped`) with a digit, "." or "_" in it (a hyphen alone makes
    compounds such as "sign-in", "@" addresses)."""
    return account_shaped(value) and any(c.isdigit() or c in "._" for c in value)


def person_account(value: str, common: frozenset[str] = frozenset()) -> bool:
    """Whether ``value`` may be a person's account: no role, no built-in account, no everyday word
    of the export or of ticket prose, no register's "nobody" (``_NO_PERSON``), none of these before
    a number ("tier2", "support1"), no capitalised word (a speaker may be a name's first word, left
    to the name rules) and no word in capitals (a log's level, a department: "ERROR:", "IT")."""
    low = value.lower()
    stem = low.rstrip("0123456789")
    return not (any(w in ROLE_WORDS or w in USER_STOP or w in common or w in _NO_PERSON for w in {low, stem})
                or built_in_account(value, common) or any(part in ROLE_WORDS for part in re.split(r"[._-]", low) if part)
                or (value[0].isupper() and value[1:].islower()) or value.isupper())


def _speakers(text: str, common: frozenset[str]) -> dict[str, int]:
    """How many lines each person-account-like chat speaker of ``text`` speaks on."""
    counts: dict[str, int] = {}
    for match in _SPEAKER.finditer(text):
        value = match.group("a") or match.group("b") or match.group("c")
        if person_account(value, common) and value.lower() not in _HTML_TAGS:
            counts[value] = counts.get(value, 0) + 1
    return counts


def _evidenced(group: str, value: str, match: re.Match, speakers: dict[str, int]) -> bool:
    """Whether the place ``group`` of ``match`` holds an account on enough evidence (module docstring)."""
    if group in "abc":
        return value.lower() not in _HTML_TAGS and (account_marked(value) or (speakers.get(value, 0) >= 2
                                                                             and len(speakers) >= 2))
    if group == "f":
        start, end = line_around(match.string, match.start())
        if _TABLE_ROW.search(match.string, start, end):
            return False
    return group not in _SHAPE_NEEDED or account_marked(value)


def redact_placed_accounts(text: str, common: frozenset[str] = frozenset()) -> str:
    """``text`` with the accounts of chat speakers, ``user@[ip]``, log lines and lists beside a found
    account (see the module docstring) replaced by ``[username]``, everywhere they stand in it."""
    if not _HINT.search(text):
        return text
    found: set[str] = set()
    spans = []
    speakers = _speakers(text, common)
    for pattern in _PATTERNS:
        for match in pattern.finditer(text):
            group = next(name for name, v in match.groupdict().items() if v)
            value = match.group(group)
            if person_account(value, common) and _evidenced(group, value, match, speakers):
                spans.append(match.span(group))
                if account_marked(value):
                    found.add(value)
    if not found:
        return replace_spans(text, spans, "[username]") if spans else text
    every = re.compile(r"(?<![\w.@/\\-])(?:" + "|".join(map(re.escape, sorted(found, key=len, reverse=True)))
                       + r")(?![\w@/\\-]|\.\w)")
    spans += [match.span() for match in every.finditer(text)]
    return replace_spans(text, spans, "[username]")
