"""Accounts named by their place in chat transcripts, logs and lists, not by a cue word (round 17).

Chat tools, servers and people put an account where its role is plain from the structure alone,
whatever language the ticket is written in:

* a chat line's speaker: a time, then the account and a colon or ">" ("[10:02] jdoe: ...",
  "10:02 jdoe: ...", "<02:00> jdoe: ..."), or the account in angle brackets ("<jdoe> ...");
* the account before "@" of an address whose host part is a machine's address already replaced
  ("jdoe@[ip]", as ssh, journal and mail-server logs write a client);
* the account of a web-server or proxy log line: the token between a client's address and the
  request's method ("[ip] jdoe GET /path", the common and combined log formats);
* an account listed beside one already found ("[username] and jdoe", "[username], jdoe").

A value found so is replaced wherever it stands in the same text ("jdoe has entered the room").
Roles ("agent", "support", "helpdesk"), built-in accounts and the export's everyday words stay.
Every pattern is linear: fixed openings, one bounded token.
"""
from __future__ import annotations

import re

from .pii_account_paths import built_in_account
from .pii_patterns import ROLE_WORDS, USER_STOP, replace_spans

# One account token: a letter first, then letters, digits, ".", "_" or "-" (2 to 40 characters).
_TOKEN = r"[A-Za-z][\w.-]{1,39}(?<![.-])"
# A chat line's time: "10:02", "10:02:33", in square, angle or round brackets or none.
_CHAT_TIME = r"[\[<(]?\d{1,2}:\d{2}(?::\d{2})?[\]>)]?"
_SPEAKER = re.compile(rf"(?m)^[ \t]*(?:{_CHAT_TIME}[ \t]+(?:<(?P<a>{_TOKEN})>|(?P<b>{_TOKEN})[ \t]?[:>](?![/\\\d]))"
                      rf"|<(?P<c>{_TOKEN})>[ \t])")
_AT_ADDRESS = re.compile(rf"(?<![\w.@+-])(?P<d>{_TOKEN})@(?=\[ip\]|\[host\])")
# A request's method after the client's address and the account: the common log format's
# "ip ident user" collapsed as proxies print it.
_LOG_USER = re.compile(rf"\[ip\][ \t]+(?:-[ \t]+)?(?P<e>{_TOKEN})[ \t]+(?:\[[^\]\n]{{1,40}}\][ \t]+)?\"?"
                       r"(?:GET|POST|PUT|DELETE|HEAD|PATCH|OPTIONS|CONNECT)[ \t]")
_LISTED = re.compile(rf"\[username\](?:[ \t]*,[ \t]*|[ \t]+(?:and|&|or|\+)[ \t]+)(?P<f>{_TOKEN})(?![\w@])")
_PATTERNS = (_SPEAKER, _AT_ADDRESS, _LOG_USER, _LISTED)
_HINT = re.compile(r"\d:\d\d|<\w|@\[|\[ip\]|\[username\]")


def _person_account(value: str, common: frozenset[str]) -> bool:
    """Whether ``value`` may be a person's account: no role, no built-in account, no everyday word
    of the export or of ticket prose, no capitalised word (a speaker may be a name's first word, left
    to the name rules) and no word in capitals (a log's level or a system's marker: "ERROR:", "WARN>")."""
    low = value.lower()
    return not (low in ROLE_WORDS or low in USER_STOP or low in common or built_in_account(value)
                or any(part in ROLE_WORDS for part in re.split(r"[._-]", low) if part)
                or (value[0].isupper() and value[1:].islower()) or value.isupper())


def redact_placed_accounts(text: str, common: frozenset[str] = frozenset()) -> str:
    """``text`` with the accounts of chat speakers, ``user@[ip]``, log lines and lists beside a found
    account (see the module docstring) replaced by ``[username]``, everywhere they stand in it."""
    if not _HINT.search(text):
        return text
    found: set[str] = set()
    spans = []
    for pattern in _PATTERNS:
        for match in pattern.finditer(text):
            group = next(name for name, v in match.groupdict().items() if v)
            if _person_account(match.group(group), common):
                found.add(match.group(group))
                spans.append(match.span(group))
    if not found:
        return text
    every = re.compile(r"(?<![\w.@/\\-])(?:" + "|".join(map(re.escape, sorted(found, key=len, reverse=True)))
                       + r")(?![\w@/\\-]|\.\w)")
    spans += [match.span() for match in every.finditer(text)]
    return replace_spans(text, spans, "[username]")
