"""Personal data recognised by its shape alone.

* E-mail addresses, also written to dodge harvesters ("jo.li [at] mail.example", "jo dot li at
  mail dot example", "jo.li(at)mail.example"); role mailboxes (``servicedesk@``) are kept.
* Phone numbers: international numbers (``+`` or ``00`` and a country code) of every region,
  checked with ``phonenumbers``; national numbers by the shapes national plans share (a trunk
  ``0`` or an area code in brackets followed by groups, three or more digit groups such as
  ``614-292-7771`` or ``98765 43210``), 9 to 15 digits. Versions, dates and times have other shapes.
* IPv4 (not after "version"/"build"), MAC addresses, Luhn-valid card numbers, ``E123456`` ids.
* Postal addresses: a street and house number followed by a postcode of one of the common
  European, North American or Irish shapes and a town ("ul. Długa 44/50 m. 7, 00-238 Warszawa",
  "Rue de la Roquette 112, 75011 Paris", "4410 Brookhaven Dr, Columbus, OH 43220", "PO Box 12,
  Athens, GA 30603", "12 Leeson Park, Dublin 6, D06 X9T2").
* Personal device names (``LT-JSMITH-01``, ``DESKTOP-AMURPHY2``, ``jsmith-mbp.local``); server
  names such as ``ZRH-DB-07`` have another shape and are kept.

Every pattern is linear: bounded repetitions of character classes that cannot overlap.
"""
from __future__ import annotations

import ipaddress
import re
from typing import Callable

import phonenumbers

from ..fold import unaccented

from .pii_account_paths import URL_USER_LONGEST
from .pii_address_chain import redact_address_chains
from .pii_addresses import _YEAR, FLOOR_WORDS, _is_type, PARTICLES, part_word, redact_postcode_lines, redact_street_lines
from .pii_postcodes import CANADA, DASHED_EUROPE, DIGITS, DUTCH, EIRCODE, EIRCODE_KEY, SPACED, UK, with_blank
from .pii_patterns import (_ADDRESS, _ADDRESS_BY_POSTCODE, _EMAIL_DOMAIN, _EMAIL_LOCAL, _HOST_HINT, _HOST_LOWER,
                           _HOST_ROLE, _HOST_ROLE_HINT, _HOST_UPPER, _HOST_UPPER_HINT, _LOWER, _MAC,
                           _MAC_BARE, _MAC_HINT, _MAC_PAIRS, _MAC_PAIRS_HINT, _HASH_CUE, _HOST_CAPS_TOKEN, _DEVICE_WORD_BEFORE, DEVICE_WORDS, _NUMERIC, _POSTCODE_HINT, _RUN,
                           _RUN_STARTS, _STREET_HINT, _UPPER, RECORD_WORDS, ROLE_WORDS, _ROLE_CODES, ROLE_CODE_WORDS, abstract_noun, server_part, server_shaped)


def luhn_ok(digits: str) -> bool:
    """True when a digit string passes the Luhn check used by card numbers."""
    total = 0
    for i, char in enumerate(reversed(digits)):
        value = int(char) * (2 if i % 2 else 1)
        total += value - 9 if value > 9 else value
    return total % 10 == 0


def is_role_mailbox(address: str) -> bool:
    """True for a shared/role mailbox (``servicedesk@``, ``sales.support@``) rather than a person's."""
    local = address.split("@", 1)[0].lower()
    parts = [p for p in re.split(r"[._+-]", local) if p]
    if len(parts) == 1 and parts[0].isalpha() and abstract_noun(parts[0]):
        from .pii_names import gazetteer

        return not gazetteer().is_name(parts[0])  # "scheduling@", "logistics@": an activity, not a person
    return bool(parts) and all(p in ROLE_WORDS or _role_compound(p) for p in parts)


def _role_compound(part: str) -> bool:
    """A role word written together with a qualifier that is no name ("storesupport", "payrollteam",
    "itdesk"): the qualifier must be a word of three letters or more that the name gazetteer lacks,
    or a role word itself."""
    from .pii_names import gazetteer

    for role in ROLE_WORDS:
        if len(role) < 3 or len(part) < len(role) + 2:
            continue
        rest = part[:-len(role)] if part.endswith(role) else part[len(role):] if part.startswith(role) else None
        if rest and rest.isalpha() and (rest in ROLE_WORDS or len(rest) >= 3 and not gazetteer().is_name(rest)):
            return True
    return False


def names_from_email(address: str) -> list[str]:
    """Name parts spelled out in a personal e-mail address (``jane.smith2@`` -> Jane, Smith)."""
    local = re.sub(r"\d+$", "", address.split("@", 1)[0])
    parts = [p for p in re.split(r"[._]", local) if len(p) > 2 and p.replace("-", "").isalpha()]
    return [p.capitalize() for p in parts] if len(parts) >= 2 else []


def boundary_ok(text: str, start: int, end: int, joiners: str = "._-/+\\") -> bool:
    """True when ``text[start:end]`` is not glued to letters, digits or joining punctuation."""
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    return not (before.isalnum() or before in joiners) and not (after.isalnum() or after == "_")


# ----------------------------------------------------------------------------- e-mail

def redact_emails(text: str, on_person: Callable[[str], None], is_team: Callable[[str], bool]) -> str:
    """Plain e-mail addresses become ``[email]`` unless they are role or team mailboxes.

    Args:
        text: the text.
        on_person: called with each personal address removed (its name parts are learned).
        is_team: True for an address that belongs to a team rather than a person.
    """
    out, last = [], 0
    for match in _EMAIL_DOMAIN.finditer(text):
        start = match.start()
        while start > last and text[start - 1] in _EMAIL_LOCAL:
            start -= 1
        if start == match.start():
            continue
        address = text[start:match.end()]
        if is_role_mailbox(address) or is_team(address) or (
                text.endswith("://", 0, start) and match.start() - start <= URL_USER_LONGEST):
            continue  # after "://" the user part of a web address (read with paths' accounts), no mailbox
        on_person(address)
        out += [text[last:start], "[email]"]
        last = match.end()
    return "".join(out) + text[last:] if out else text


# "at" and "dot" written out, bracketed or spaced, as people do to hide an address from harvesters;
# also "@" in brackets, and the words for "at" and "dot" in the other languages users write ("arroba",
# "małpa", "zavináč", "kukac", "chiocciola"; "punto", "ponto", "kropka", "tečka", "punkt", "piste", "pont").
_AT_WORDS = r"(?:at|AT|At|arroba|ARROBA|ma[łl]pa|zavin[áa][čc]|kukac|chiocciola|klammeraffe)"
_DOT_WORDS = r"(?:dot|DOT|Dot|punto|PUNTO|ponto|PONTO|kropka|te[čc]ka|punkt|piste|pont)"
# The word may be wrapped as a bracket, underscores or asterisks wrap it ("[at]", "(zavináč)", "_at_",
# "*dot*"); "@" may be doubled ("jo@@mail.example"), a slip or a trick that defeats plain patterns, or
# typed full-width ("＠", as East Asian keyboards do); a dot may be bracketed itself ("example[.]com").
_WRAP_OPEN, _WRAP_CLOSE = r"[\[({<_*]", r"[\])}>_*]"
_AT = re.compile(rf"[ \t]*{_WRAP_OPEN}[ \t]*(?:{_AT_WORDS}|@)[ \t]*{_WRAP_CLOSE}[ \t]*|[ \t]+{_AT_WORDS}[ \t]+|[ \t]+@[ \t]*"
                 r"|[ \t]*@[ \t]+|@@|[ \t]*＠[ \t]*|@(?=[\w-]+[\[(]\.[\])])")
_DOT = re.compile(rf"[ \t]*{_WRAP_OPEN}[ \t]*(?:{_DOT_WORDS}|\.)[ \t]*{_WRAP_CLOSE}[ \t]*|[ \t]+{_DOT_WORDS}[ \t]+|[ \t]*\.[ \t]*")
_LABEL = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?")
_LOCAL_END = re.compile(r"[A-Za-z0-9][\w.+-]{0,63}\Z")
_OBFUSCATION_HINT = re.compile(rf"(?i){_WRAP_OPEN}[ \t]*(?:{_AT_WORDS}|@)[ \t]*{_WRAP_CLOSE}|[ \t]{_AT_WORDS}[ \t]|[ \t]@|@[ \t]|@@"
                               r"|＠|@[\w-]+[\[(]\.[\])]")


def redact_obfuscated_emails(text: str, on_person: Callable[[str], None]) -> str:
    """Addresses written with "at"/"dot" words, brackets or spaces around ``@`` become ``[email]``.

    A plain " at " between words counts only when the address is unmistakable: the local part
    has a dot, digit or underscore, or the domain is written with "dot" words ("look at
    example.com" stays).
    """
    if not _OBFUSCATION_HINT.search(text):
        return text
    out, last = [], 0
    for at in _AT.finditer(text):
        if at.start() < last:
            continue
        span = _obfuscated_at(text, at, last)
        if span is None:
            continue
        start, end, address = span
        on_person(address)
        out += [text[last:start], "[email]"]
        last = end
    return "".join(out) + text[last:] if out else text


def _obfuscated_at(text: str, at: re.Match, floor: int) -> tuple[int, int, str] | None:
    """The span and plain form of an address around the "at" separator ``at``, if any."""
    local = _LOCAL_END.search(text, max(floor, at.start() - 64), at.start())
    if local is None or local.start() > at.start():
        return None
    start, local_text = local.start(), local.group(0)
    dotted = _words_before(text, start, floor)
    if dotted:
        start, local_text = dotted[0], dotted[1] + "." + local_text
    labels, pos, worded = [], at.end(), False
    while len(labels) < 5:
        label = _LABEL.match(text, pos)
        if label is None:
            break
        labels.append(label.group(0))
        pos = label.end()
        dot = _DOT.match(text, pos)
        if dot is None or not _LABEL.match(text, dot.end()):
            break
        worded |= "." not in dot.group(0)
        pos = dot.end()
    if len(labels) < 2 or not labels[-1].isalpha() or not 2 <= len(labels[-1]) <= 6:
        return None
    plain_at = at.group(0).strip().lower() == "at"  # the other languages' words for "at" are no English word
    if plain_at and not (worded or re.search(r"[\d._]", local_text)):
        return None
    return start, pos, f"{local_text}@{'.'.join(labels)}"


_DOT_WORD_BEFORE = re.compile(r"([A-Za-z0-9][\w+-]{0,30})[ \t]+(?:dot|DOT)[ \t]+\Z")


def _words_before(text: str, start: int, floor: int) -> tuple[int, str] | None:
    """A local part written "first dot last": the word and "dot" just before ``start``."""
    match = _DOT_WORD_BEFORE.search(text, max(floor, start - 40), start)
    return (match.start(1), match.group(1)) if match else None


# ----------------------------------------------------------------------------- numbers

# A version's cue word standing as a word of its own right before the number on its line ("build
# 10.0.19045.1", "v 4.2.1.0"): a word merely ending in the letter (a host name's last "v") is none, and the cue of
# the line above does not reach a number at the start of the next (``\Z``, not ``$``).
_VERSION_CUE = re.compile(r"(?i)(?<![^\W_])(?:version|ver\.?|v|build|release|firmware|update|upgrade|patch|driver|"
                          r"client|or later|or newer|or above)[ \t:]*(?:to|is|of)?[ \t]*\Z")
_IP_CUE = re.compile(r"(?i)(?:\bip\b|address|gateway|dns|server|host|ping|subnet|proxy|from|is)[^\n]{0,25}$")
_DATE_SHAPE = re.compile(r"\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}")


def date_shaped(value: str) -> bool:
    """Whether ``value`` is written as a date is (year first, or day and month before a year)."""
    return bool(_DATE_SHAPE.fullmatch(value))


_BRACKET_YEAR = re.compile(r"\((?:19|20)\d\d\)")


def is_phone(candidate: str) -> bool:
    """Whether a digit run shaped like a phone number is one.

    International numbers (``+``/``00`` and a country code) must be possible numbers of their
    region for ``phonenumbers``; national ones need 9 to 15 digits in phone-like groups (8 after an
    area code in brackets) and must not be a date or a dotted version.
    """
    digits = sum(c.isdigit() for c in candidate)
    if candidate.startswith(("+", "00")):
        if not 7 <= digits <= 15:
            return False
        # "(0)" after the country code is the trunk prefix dialled at home, never part of the international
        # number: read without it, for the plans whose numbers have no trunk prefix too ("+356 (0) 21 ...")
        international = "+" + candidate.lstrip("+")[2 if candidate.startswith("00") else 0:]
        try:
            number = phonenumbers.parse(international)
            if not phonenumbers.is_possible_number(number) and "(0)" in international:
                number = phonenumbers.parse(international.replace("(0)", "", 1))
        except phonenumbers.NumberParseException:
            return False
        return phonenumbers.is_possible_number(number)
    # An area code in brackets says "phone" on its own: national plans of 8 digits write one too
    # ("(52) 555-194"); a year in brackets is no area code.
    shortest = 8 if candidate.startswith("(") and not _BRACKET_YEAR.match(candidate) else 9
    if not shortest <= digits <= 15 or _DATE_SHAPE.match(candidate):
        return False
    if "." in candidate and max(len(g) for g in re.split(r"\D+", candidate) if g) >= 5:
        return False  # a dotted group of five digits or more is a build number ("2403.17328.20200")
    return not (candidate.count(".") >= 3 and "(" not in candidate)


# The label of an address glued to it, as log formats and flattened forms write it ("IP10.2.3.4",
# "src10.2.3.4", "IPv4:" is read elsewhere): the label's letters end right where the address starts.
_IP_LABEL_GLUED = re.compile(r"(?i)(?<![^\W\d_])(?:ip|ipv4|ipaddr|addr|address|src|dst|host|client|peer|from|gw)\Z")


def _ip_boundary_ok(text: str, start: int, end: int) -> bool:
    """An IPv4 address stands alone (it may follow "http://", "\\\\" or "[") or after its own label
    glued to it (``_IP_LABEL_GLUED``)."""
    if boundary_ok(text, start, end, "._-+"):
        return True
    after = text[end] if end < len(text) else " "
    return text[start - 1:start].isalpha() and not (after.isalnum() or after == "_") and \
        bool(_IP_LABEL_GLUED.search(text, max(0, start - 8), start))


def _numeric(match: re.Match) -> str:
    text = match.group(0)
    kind = next(k for k in ("employee", "card", "ip", "phone") if match.group(k))
    if kind == "ip" and not _ip_boundary_ok(match.string, match.start(), match.end()):
        return text
    if kind != "ip" and not boundary_ok(match.string, match.start(), match.end(), "._-/+\\"):
        return text  # an IP may follow "http://" or "\\\\"; other numbers must stand alone
    if kind == "employee":
        return "[employee-id]"
    if kind == "card":
        digits = re.sub(r"\D", "", text)
        if luhn_ok(digits) and 13 <= len(digits) <= 19:
            return "[card]"
        return "[phone]" if is_phone(text) and text[0] in "0+(" else text
    if kind == "ip":
        return _ip(match)
    if text[0] != "+" and not text.startswith("00") and _record_word_before(match.string, match.start()):
        return text  # a record's number never opens with an international prefix
    return "[phone]" if is_phone(text) and not _round_counts(match) else text


# Groups of digits parted by spaces or commas, none opening with 0 and each a round number, a multiple
# of fifty ("100 200 300", "250, 500, 1000"): a list of counts or amounts ("about 100 200 300 people");
# a subscriber's number is no series of round numbers (one in thousands of numbers would be), and a
# national or international one opens with 0 or +. But a number that does end in round groups is read
# as one when something says it is a number to call: a word of calling or of a phone before it on its
# line (a colon counts only after such a word: "seats: 150 300 450" is a list; "line" and "no" name
# too many other things). Without such a word a number's own shape decides, as people write numbers
# to call: a list holds with commas between its groups (no phone is written so) or with groups of one
# width ("150 300 450"); groups of mixed widths as a phone's ("650 350 2200", three then four digits)
# are a number to call whatever follows, in any language.
_ROUND_COUNTS = re.compile(r"[1-9]\d*[05]0(?:,?[ \t]+[1-9]\d*[05]0)+")
_PHONE_CUE_BEFORE = re.compile(r"(?i:\b(?:call|ring|reach|dial|text|sms|whatsapp|phone|tel|telephone|mobile|cell|fax|"
                               r"landline|switchboard|hotline|number)\b)[^\n\d]{0,24}\Z")


def _round_counts(match: re.Match) -> bool:
    """Whether a phone-shaped match is a list of round numbers (see ``_ROUND_COUNTS``)."""
    text = match.group(0)
    if not _ROUND_COUNTS.fullmatch(text):
        return False
    if _PHONE_CUE_BEFORE.search(match.string, max(0, match.start() - 40), match.start()):
        return False
    return "," in text or len({len(group) for group in text.split()}) == 1


_WORD_BEFORE = re.compile(r"([^\W\d_]+)\.?[ \t]*(?:[:#|=][ \t]*)?\Z")


def _record_word_before(text: str, start: int) -> bool:
    """The number follows a word naming a record or a thing ("Order 2025 0412 7781", "PO# 4500 1299 34"):
    it is that record's number, however much it looks like a phone's."""
    word = _WORD_BEFORE.search(text, max(0, start - 24), start)
    return bool(word) and unaccented(word.group(1).lower()) in RECORD_WORDS


def _ip(match: re.Match) -> str:
    text = match.group(0)
    octets = [int(o) for o in text.split(".")]
    if any(o > 255 for o in octets) or _netmask(octets) or _network_prefix(match.string, match.end(), text):
        return text
    before = match.string[max(0, match.start() - 30):match.start()]
    if _VERSION_CUE.search(before) and not _network_address(text, octets):
        return text
    if octets[0] < 10 and not _IP_CUE.search(before):
        return text
    return "[ip]"


# A version's later parts are small ("client 10.4.2.1", "update 3.12.0.4"); an address of a private,
# shared or link-local network (``ipaddress``: 10/8, 172.16/12, 192.168/16, 100.64/10, 169.254/16)
# with a later part no version reaches is a machine's, whatever word stands before it ("client
# 10.57.193.88 refused": "client" also names a program's version).
_VERSION_PART_MAX = 31


def _network_address(text: str, octets: list[int]) -> bool:
    """Whether ``text`` is an address of a private network with a later part of an address's size."""
    try:
        address = ipaddress.IPv4Address(text)
    except ValueError:
        return False
    return (address.is_private or address in _SHARED) and max(octets[1:]) > _VERSION_PART_MAX


_SHARED = ipaddress.IPv4Network("100.64.0.0/10")
# A prefix length after an address, CIDR notation ("/16"); bounded, read where the address ends.
_PREFIX = re.compile(r"/(\d{1,2})(?!\d)")


def _network_prefix(string: str, end: int, text: str) -> bool:
    """A network in CIDR notation ("10.20.0.0/16": the address's host bits all zero for its prefix, shorter
    than 32): a range of addresses, a subnet's name, no one machine's."""
    prefix = _PREFIX.match(string, end)
    if not prefix or int(prefix.group(1)) >= 32:
        return False
    try:
        ipaddress.IPv4Network(f"{text}/{prefix.group(1)}", strict=True)
    except ValueError:
        return False
    return True


def _netmask(octets: list[int]) -> bool:
    """A subnet mask ("255.255.240.0"): ones, then zeros, in its 32 bits; no machine has that address."""
    bits = "".join(f"{o:08b}" for o in octets)
    return octets[0] == 255 and "01" not in bits


# An IPv4 address written "defanged", as security tools and analysts write one that must not be
# clicked or resolved ("10[.]2[.]3[.]4", "10(.)2(.)3(.)4", "10[dot]2[dot]3[dot]4"; some of its dots
# may stay plain): read as the address it spells, checked by ``ipaddress``.
_DEFANGED_DOT = r"(?:\[\.\]|\(\.\)|\{\.\}|\[dot\]|\(dot\)|\.)"
_DEFANGED_IP = re.compile(rf"(?<![\w.])\d{{1,3}}(?:{_DEFANGED_DOT}\d{{1,3}}){{3}}(?![\w]|\.\d|\[\.\]|\(\.\))")
_DEFANGED_HINT = re.compile(r"\d(?:\[\.\]|\(\.\)|\{\.\}|\[dot\]|\(dot\))\d")


def _defanged_ip(match: re.Match) -> str:
    written = match.group(0)
    if not any(b in written for b in "[({"):
        return written  # plain dots only: the address rule of ``redact_numbers`` reads it
    spelled = re.sub(r"\D+", ".", written)
    try:
        ipaddress.IPv4Address(spelled)
    except ValueError:
        return written
    return "[ip]"


# A dotted quad inside a longer run of digit groups (counts, a port or a terminal's number before an
# address, as socket and session listings print them): the phone shape reads the groups before it as
# one candidate from the first digit on.
_QUAD_INSIDE = re.compile(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.])")


def _read_to(match: re.Match, replacement: str) -> int:
    """Where reading resumes after ``match``: a number judged whole (a card that fails Luhn) is not
    read again in parts, but a phone candidate that was no phone and holds a dotted quad after its
    first digits is read again from that quad (its groups were a count, a port or a terminal before
    an address: tokenisation, not the address, made the candidate)."""
    if replacement == match.group(0) and match.group("phone"):
        quad = _QUAD_INSIDE.search(match.string, match.start() + 1, match.end())
        if quad:
            return quad.start()
    return match.end()


def redact_numbers(text: str) -> str:
    """Phones, cards, IPs and ``E123456`` ids: the shapes are tried only where a digit run starts."""
    if _DEFANGED_HINT.search(text):
        text = _DEFANGED_IP.sub(_defanged_ip, text)
    out, last, seen = [], 0, 0
    for run in _RUN.finditer(text):
        for pos in _run_starts(text, max(run.start(), last), run.end()):
            if pos < seen:
                continue
            match = _NUMERIC.match(text, pos)
            if match is None:
                continue
            replacement = _numeric(match)
            seen = _read_to(match, replacement)
            if replacement != match.group(0):
                out += [text[last:pos], replacement]
                last = match.end()
    text = "".join(out) + text[last:] if out else text
    return _HOST_BEFORE_IP.sub(_host_before_ip, text) if "[ip]" in text else text


# A machine's name written right before its address ("LT-0442 (10.2.3.4)", "jdoe-x1.corp / 10.2.3.4"):
# a name beside an address that is redacted is that machine's; a server's name says what it serves.
_HOST_BEFORE_IP = re.compile(r"(?<![\w.@/\\-])(?P<host>[A-Za-z][\w.-]{2,80}[A-Za-z0-9])(?=[ \t]*(?:\([ \t]*\[ip\]|/[ \t]*\[ip\]|\[ip\]))")


def _host_before_ip(match: re.Match) -> str:
    return "[host]" if machine_name(match.group("host"), named=True) else match.group(0)




# An inventory number: a short capital prefix and a running number ("AB123456", "QLT-004417"); a
# naming scheme adds a site, a role, a person or a check letter to make a machine's name.
_ASSET_TAG = re.compile(r"[A-Z]{1,3}-?\d{4,8}")


def machine_name(token: str, named: bool = False) -> bool:
    """A token shaped like a person's machine: letters and an asset number of five digits or more
    (a model number has fewer: "SM-G991B", "LAT5420"), or a fully qualified name, made of no server
    part (see ``SERVER_PARTS``) and no version ("7.4.1102"). ``named``: the text already says the
    token names a machine (a host-name label, an address beside it), so three digits do, and capitals
    alone, six or more with up to a few digits ("LAARDEOLI", "AARDETXE86"), count too."""
    core = token.strip(".-")
    parts = [p for p in re.split(r"[-_.]", core.lower()) if p]
    if not parts or any(server_part(p) for p in parts):
        return False
    letters = sum(c.isalpha() for c in core)
    digits = sum(c.isdigit() for c in core)
    if named and re.fullmatch(r"[A-Z][A-Z0-9]{5,15}", core) and letters >= 6:
        return True
    if not named and _ASSET_TAG.fullmatch(core):
        return False
    return letters >= 2 and (digits >= (3 if named else 5) or core.count(".") >= 2 and letters >= 6)


def _run_starts(text: str, start: int, end: int) -> list[int]:
    starts = [start]
    for i in range(start + 1, end):
        if text[i] in _RUN_STARTS and not text[i - 1].isdigit():
            starts.append(i)
    return starts


# ----------------------------------------------------------------------------- addresses

# Street first, house number, postcode, town: the order of most of continental Europe. A street
# is one to five capitalised words, particles ("de", "la", "van") or abbreviations ("ul."); a house
# number of four digits has its second number after a slash ("1511/230": Czech and Slovak addresses
# give the land-register number and the street number).
_PARTICLE_WORDS = PARTICLES  # one list (pii_addresses), a group spliced into the alternations below
_STREET_WORD = rf"(?:[{_UPPER}][{_UPPER}{_LOWER}'’-]*\.?|[{_LOWER}]{{1,3}}\.|(?:{_PARTICLE_WORDS}))"
# Postcodes: PL, CZ/SK/SE/GR, PT, NL, 5-digit (DE, FR, ES, IT, FI...), UK, Irish Eircode; a bare
# 4-digit code (BE, AT, CH, DK, NO...) is weak evidence, so a town must end the phrase and the
# code must not read as a year ("Office 365, 2021 Edition is").
_POSTCODE_EU = (rf"(?:{DASHED_EUROPE}|{with_blank(SPACED)}|{DUTCH}|\d{{5}}|{with_blank(UK)}|{with_blank(EIRCODE)}"
                r"|(?!(?:19|20)\d\d\b)\d{4}(?=[ ][^\n]{1,40}?(?:$|[\n,.;:)!?])))")
# An Eircode whose routing key is one An Post uses (:mod:`.pii_postcodes`), its blank required.
_EIRCODE_KEYED = EIRCODE_KEY + with_blank(EIRCODE)[len(r"[A-Z]\d{2}"):]
_TOWN = rf"[{_UPPER}][{_UPPER}{_LOWER}'’-]+(?:[ ][{_UPPER}][{_UPPER}{_LOWER}'’-]*)?"
_STREET_FIRST = re.compile(
    rf"(?<![\w-])(?:{_STREET_WORD}[ ]){{1,5}}(?:\d{{1,3}}|\d{{4}}(?=/))[A-Za-z]?(?:/\d{{1,4}})?(?:[ ]m\.[ ]?\d{{1,4}})?,[ ]?"
    rf"{_POSTCODE_EU}[ ]{_TOWN}", re.M)
_STREET_FIRST_HINT = re.compile(r"\d,[ ]?(?:\d{2}-\d{3}|\d{3}[ ]\d{2}|\d{4}|[A-Z])")
_PO_BOX = re.compile(r"(?i:\bP\.?[ ]?O\.?[ ]?Box)[ ]\d{1,6},[ ][^\n]{2,40}?,[ ][A-Z]{2}[ ]\d{5}(?:-\d{4})?\b")
_EIRCODE = re.compile(rf"\b\d{{1,5}}[A-Za-z]?,?[ ][{_UPPER}][^\n]{{2,60}}?,[ ]?"
                      rf"{_EIRCODE_KEYED}\b")


# House number first (English, French, Australian, South African, Canadian habit): a number, then a
# street that a street-type word ends ("41 Wattle Street", "7 Harbour Parade") or a street-type word
# opens ("5 avenue des Lilas", "218 rue Saint-Denis Nord"), then a comma and a capitalised town,
# region or postcode: the comma structure of an address line. A bare number and capitalised words
# ("Bus 14 to Victoria Station") lack the street word; "Level 3, 1200 Series" lacks both.
_STREET_TYPES = (r"(?:Road|Rd|Street|St|Lane|Ln|Avenue|Ave|Av|Drive|Dr|Way|Close|Court|Ct|Gardens|Place|Pl|"
                 r"Crescent|Cres|Terrace|Tce|Grove|Park|Hill|Row|Square|Sq|Walk|Mews|Boulevard|Blvd|Parkway|Pkwy|"
                 r"Circle|Highway|Hwy|Parade|Pde|Esplanade|Promenade|Quay|Wharf|Rise|Vale|View|Green|Alley|"
                 r"Crossing|Loop|Trail|Pike|Plaza)\.?")
_STREET_OPENERS = (r"(?:rue|Rue|avenue|boulevard|bd|chemin|route|allée|place|impasse|quai|via|Via|viale|piazza|"
                   r"calle|Calle|avenida|Avenida|av\.|Av\.|rua|Rua|travessa|carrer|paseo|camino|jalan|Jalan|jl\.|Jl\.|"
                   r"ul\.|ulica|soi|Soi)")
_CAP = rf"[{_UPPER}][{_UPPER}{_LOWER}'’.-]*"
_NUMBER_FIRST = re.compile(
    rf"(?<![\w.,/-])(?:(?:Flat|Apt|Unit|Suite)[ ][\w]{{1,4}},[ ])?\d{{1,5}}[A-Za-z]?[ ]"
    rf"(?:{_STREET_OPENERS}(?:[ ](?:{_PARTICLE_WORDS}|{_CAP})){{1,4}}"
    rf"|(?:(?:{_CAP}|\d+(?:st|nd|rd|th))[ ]){{1,4}}{_STREET_TYPES})"
    rf"(?:,[ ]?(?:{_POSTCODE_EU}[ ])?{_CAP}(?:[ ]{_CAP}){{0,3}}){{1,3}}"
    rf"(?:,?[ ](?:[A-Z]{{2,3}}[ ])?(?:{CANADA}|{DIGITS}|{_EIRCODE_KEYED}"
    rf"|{with_blank(UK)}))?"
    r"(?![\w-])")
_NUMBER_FIRST_HINT = re.compile(r"\d[A-Za-z]?[ ][^\n]{3,60}?,[ ]?[A-Z0-9]")


# Words of systems and of the inside of a building: a "street" or "town" made of them is a product
# and its version ("Windows 11, 1809 Build"), or a place in a site ("Level 3, 1400 Series", "Zone 4C,
# 2100 Line"), not a postal address.
_SYSTEM_WORDS = frozenset("""version build release edition update series line model level floor room bay aisle
dock gate zone rack shelf bin section pod desk windows office server printer app pro plus max ultra mini gen
generation pack patch sp kb v ver rev firmware driver cluster node port channel phase stage step sprint""".split()) | \
    frozenset("""building room floor hall auditorium seat
gebäude bâtiment edificio edifício gebouw budynek budova épület
raum zimmer salle sala aula stanza kamer lokal sal
halle saal aule""".split())
SYSTEM_WORDS = _SYSTEM_WORDS
"""The same words for the address model (:mod:`.pii_address_model`), which gates its lines by them."""
# The second set: the inside of a building across languages (a building, a room, a hall and its seats):
# "Room 4, Building B" is a place in a site, not a postal address. Floors of other languages stay out:
# postal addresses of many countries carry the floor ("piso 3", "3e étage").


def _unless_system(match: re.Match) -> str:
    words = re.findall(r"[^\W\d_]+", match.group(0).lower())
    return match.group(0) if any(w in _SYSTEM_WORDS for w in words) else "[address]"


def _unless_system_street(match: re.Match) -> str:
    """``_unless_system``, a region code in capitals ("SP", "QC") not read as a word ("SP" is a service pack)."""
    words = [w.lower() for w in re.findall(r"[^\W\d_]+", match.group(0)) if not (w.isupper() and len(w) <= 3)]
    return match.group(0) if any(w in _SYSTEM_WORDS for w in words) else "[address]"


# A street named with its type glued on, as Germanic and Nordic languages write it ("Lindenstrasse",
# "Vestergade", "Storgatan", "Koivukatu", "Beukenstraat"), a house number, then a postcode of 3 to 5
# digits (also "111 21") and a town: the glued street type is evidence enough for a 4-digit code.
_GLUED_STREET = re.compile(
    rf"(?<![\w-])[{_UPPER}][{_LOWER}]+(?:stra(?:ss|ß)e|str\.|gasse|weg|platz|allee|ring|damm|ufer|gade|gata|gatan|"
    rf"vägen|vej|veien|vegen|vegur|stígur|braut|stræti|gränd|torget|torg|katu|tie|kuja|polku|aukio|straat|laan|gracht|"
    rf"plein|kade|dreef|steeg|utca|ulice|iela|gatvė)"
    rf"[ ]\d{{1,4}}[A-Za-z]?(?:[ ][A-Z](?:[ ]\d{{1,3}})?)?(?:,[ ][^\n,]{{1,12}}){{0,2}},[ ]?\d{{3,5}}(?:[ ]\d{{2}})?[ ]{_TOWN}")
_HOUSE_NUMBER_COMMA = re.compile(r"\d[A-Za-z]?,")

# A street-type word first, as most of Southern and Eastern Europe, Latin America and South-East Asia
# write it ("Calle Mayor 7, 3º B, 28013 Madrid", "Av. Paulista 1578, São Paulo - SP, 01310-200", "Carrera
# 7 # 71-21, Bogotá", "Jl. Sudirman No. 45, Jakarta 10220", "ul. Długa 17/4, 80-831 Gdańsk"): the word,
# one to four words or a number naming the street, a house number (after "No."/"#" too), then one to
# four comma-separated parts that open with a capital, a digit or a floor/door word ("piso 5",
# "depto 402", "m. 15"): the comma structure of an address line. A system word anywhere (see
# ``_SYSTEM_WORDS``) makes it a product, not an address.
_OPENER_WORDS = (r"(?:Calle|C/|Avenida|Av\.|Avda\.|Rua|R\.|Travessa|Alameda|Praça|Largo|Carrera|Cra\.|Diagonal|"
                 r"Transversal|Jirón|Jr\.|Calzada|Camino|Paseo|Passeig|Carrer|Ronda|Rambla|Plaza|Jalan|Jl\.|Soi|"
                 r"Thanon|ul\.|ulica|al\.|Aleje|Aleja|os\.|Str\.|Strada|Bulevardul|Calea|Şoseaua|Via|Viale|Corso|"
                 r"Piazza|Rue|rue|Avenue|Boulevard|Bd|Chemin|Route|Sokak|Caddesi|Cad\.|utca|u\.)")
# A part holds words that open with a capital, a digit or a bracket, floor and door words, short
# abbreviations ("th.", "m.") and dashes: a sentence going on in lower case ends the address (one
# definition, :mod:`.pii_addresses`' ``PART_WORD``).
_PART_WORD = part_word(floor_number=False)  # after a street and its number: "piso B" is a part
_ADDRESS_PART = rf",[ ]?{_PART_WORD}(?:[ ]{_PART_WORD}){{0,4}}"
_OPENER_FIRST = re.compile(
    rf"(?<![\w-]){_OPENER_WORDS}[ ](?:(?:{_PARTICLE_WORDS}|{_CAP}|\d{{1,3}})[ ]){{0,4}}"
    rf"(?:(?:No\.?|N[º°o]\.?|#)[ ]?)?\d{{1,5}}[A-Za-z]?(?:/\d{{1,4}})?(?:[ ]?(?:#|No\.?)[ ]?\d{{1,4}}(?:-\d{{1,4}})?)?"
    rf"(?:{_ADDRESS_PART}){{1,4}}")
_OPENER_HINT = re.compile(_OPENER_WORDS + r"[ ]")


_HAND_STREET_TYPES = re.compile(rf"{_STREET_TYPES}|{_OPENER_WORDS}")
"""The English street types and the opening street words above, for :mod:`.pii_addresses`."""


def redact_addresses(text: str) -> str:
    """Postal addresses of the shapes above become ``[address]``."""
    if _HOUSE_NUMBER_COMMA.search(text):  # both shapes put a comma after the house number
        text = _GLUED_STREET.sub("[address]", text)
        if _OPENER_HINT.search(text):
            text = _OPENER_FIRST.sub(_unless_system_street, text)
    if _NUMBER_FIRST_HINT.search(text):
        text = _NUMBER_FIRST.sub(_unless_system, text)
    if "box" in text.lower():
        text = _PO_BOX.sub("[address]", text)
    if _STREET_HINT.search(text):
        text = _ADDRESS.sub("[address]", text)
    if _POSTCODE_HINT.search(text):
        text = _ADDRESS_BY_POSTCODE.sub("[address]", text)
    if _STREET_FIRST_HINT.search(text):
        text = _STREET_FIRST.sub(_unless_system, text)
        text = _EIRCODE.sub("[address]", text)
    text = redact_street_lines(text, _SYSTEM_WORDS, _HAND_STREET_TYPES)
    text = redact_postcode_lines(text, _SYSTEM_WORDS, _HAND_STREET_TYPES) if "," in text else text
    return redact_address_chains(text, _SYSTEM_WORDS, _FLOOR_WORD, lambda word: _is_type(word, _HAND_STREET_TYPES))


_FLOOR_WORD = re.compile(rf"(?i:{FLOOR_WORDS})\.?")


# ----------------------------------------------------------------------------- devices

def _bare_mac(match: re.Match, text: str) -> str:
    """Twelve hex digits (whole or in two halves) with letters and digits both, no hash or id word
    before them: a MAC."""
    value = match.group(0)
    digits = value.replace("-", "")
    if digits.isdigit() or digits.isalpha() or _HASH_CUE.search(text, max(0, match.start() - 20), match.start()):
        return value
    return "[mac]"


def _paired_mac(match: re.Match) -> str:
    """Six byte pairs parted by dots or spaces with a hex letter in one of them and a digit in three:
    a MAC (all digits are a phone or counts; pairs of letters are words such as "be de fa")."""
    value = match.group(0)
    hex_letter = any(c in "abcdefABCDEF" for c in value)
    with_digit = sum(any(c.isdigit() for c in pair) for pair in re.split(r"[. ]", value))
    return "[mac]" if hex_letter and with_digit >= 3 else value


# What a shared machine is named after: its place or use, not a person.
_SHARED_MACHINE_WORDS = frozenset("kiosk till pos lab reception ward theatre meeting room conference training spare "
                                  "loan loaner hotdesk shared scanner print display signage".split())


def _host_after_device(match: re.Match, text: str) -> str:
    """Capitals and digits with four letters or more right after the word for a machine: its name,
    unless its letters are a role word (a shared machine named after a team or a use, then a number)."""
    value = match.group(0)
    letters = value.rstrip("0123456789").lower()
    if sum(c.isalpha() for c in value) < 4 or letters in ROLE_WORDS or letters in _SHARED_MACHINE_WORDS:
        return value
    if not _DEVICE_WORD_BEFORE.search(text, max(0, match.start() - 24), match.start()):
        return value
    return "[host]"


# A machine's name after the word for a machine, in the shapes naming schemes give it beyond capitals
# and digits (``_HOST_CAPS_TOKEN``): lower case with a number ("abclt70295"), an asset number between
# letters ("TW049953W"), a fully qualified name ("jdoe-x1.osl.corp.example"); see ``machine_name``.
_DEVICE_THEN_NAME = re.compile(rf"(?i)\b(?:{'|'.join(DEVICE_WORDS)}|host ?name|device ?name)\w{{0,3}}"
                               r"(?:[ \t]+(?:name|is|=))?[ \t]*(?:[:#=|][ \t]*)?[`\"'“‘(]?"
                               r"(?P<host>(?<![\w.-])[A-Za-z][\w.-]{2,80}[A-Za-z0-9])(?![\w@/\\-]|\.\w)")


_NAMING_LABEL = re.compile(r"(?i)host ?name|(?:device|host|machine|computer|workstation)\w{0,3}[ \t]*(?:name)?[ \t]*[:=|]")
"""A label that says its value is a machine's name: "Hostname", "Device |", "machine name:"."""


def _device_then_name(match: re.Match) -> str:
    host = match.group("host")
    label = match.group(0)[: match.start("host") - match.start()]
    if not machine_name(host, named=bool(_NAMING_LABEL.search(label))):
        return match.group(0)
    return match.group(0)[: match.start("host") - match.start()] + "[host]"


_SHARED_BEFORE = re.compile(r"(?i)\b(?:shared|common|public|loan|loaner|spare|kiosk|pool|hot-?desk)\b[^\n]{0,12}\Z")


def _unless_shared(match: re.Match, text: str) -> str:
    """A machine name with a role code, unless the text calls the machine shared ("Shared PC GATE-PC-03")
    or its first part names a shared use (``_SHARED_MACHINE_WORDS``)."""
    first = re.split(r"[-_]", match.group(0), maxsplit=1)[0].lower()
    if first in _SHARED_MACHINE_WORDS or _SHARED_BEFORE.search(text, max(0, match.start() - 30), match.start()):
        return match.group(0)
    return "[host]"


def redact_devices(text: str, low: str) -> str:
    """MAC addresses and personal device names."""
    if _MAC_HINT.search(text):
        text = _MAC.sub("[mac]", text)
    if _MAC_PAIRS_HINT.search(text):
        text = _MAC_PAIRS.sub(_paired_mac, text)
    text = _MAC_BARE.sub(lambda m: _bare_mac(m, text), text)
    if _HOST_ROLE_HINT.search(text):
        text = _HOST_ROLE.sub("[host]", text)
    if any(word in low for word in DEVICE_WORDS):
        text = _HOST_CAPS_TOKEN.sub(lambda m: _host_after_device(m, text), text)
        text = _DEVICE_THEN_NAME.sub(_device_then_name, text)
    if _HOST_UPPER_HINT.search(text):
        text = _HOST_UPPER.sub(lambda m: _unless_shared(m, text), text)
    if _HOST_HINT.search(low):
        text = _HOST_LOWER.sub(lambda m: _unless_shared(m, text), text)
    if _HOST_SCHEME_HINT.search(low):
        text = _HOST_SCHEME.sub(lambda m: _scheme_host(m, text), text)
    if "$" in text:
        text = _ADMIN_SHARE.sub(_admin_share_host, text)
    if _tool_named(low):
        text = _TOOL_TARGET.sub(_tool_target, text)
    return text


# The machine a remote-connection or name-resolution tool is pointed at: ``mstsc /v:<machine>``,
# ``psexec \\<machine>``, ``ping``, ``nslookup``, ``tracert``/``traceroute``, ``Test-Connection``,
# ``Enter-PSSession``, ``Resolve-DnsName``, ``qwinsta /server:``, ``shutdown /m \\``. The tools' own
# syntax says the token names a machine, so its shape is judged as a named machine's
# (:func:`machine_name` with ``named``): a server's part ("db", "app", "fs") keeps it, and so does a
# word of prose ("ping me", "nslookup works").
_TOOL_TARGET = re.compile(
    r"(?i:(?<![\w-])(?:mstsc(?:\.exe)?[ \t]+/v:|psexec(?:\.exe)?[ \t]+\\\\|shutdown[^\n]{0,20}?/m[ \t]+\\\\|"
    r"qwinsta[ \t]+/server:|(?:ping|nslookup|tracert|traceroute|resolve-dnsname)[ \t]+(?:-[a-z]{1,8}[ \t]+){0,2}|"
    r"(?:test-connection|enter-pssession|invoke-command)[ \t]+(?:-computername[ \t]+)?))"
    r"(?P<host>[A-Za-z0-9][\w.-]{1,80}[A-Za-z0-9])(?![\w\\/-])")
_TOOL_TARGET_HINT = re.compile(r"mstsc|psexec|shutdown|qwinsta|ping|nslookup|tracert|traceroute|resolve-dnsname|"
                               r"test-connection|enter-pssession|invoke-command")


def _tool_named(low: str) -> bool:
    """Whether a tool of ``_TOOL_TARGET`` is named as a word of its own in ``low`` (the hint is a plain
    scan, fast; the word's start is checked here: "ping" inside "shipping" names no tool)."""
    for hit in _TOOL_TARGET_HINT.finditer(low):
        before = low[hit.start() - 1:hit.start()]
        if not (before.isalnum() or before in ("_", "-")):
            return True
    return False


def _labelled_machine(host: str) -> bool:
    """A name of short codes (two to four characters) parted by "-", a number in its last, at least
    three codes or the last one letters and digits ("VK-LAB-WS17", "lab-nb-204", "KX-TB09"): how
    inventories name machines by site, role and number. A product and its version ("Windows-11") or a
    service's name ("stock-cache-7") has a longer word; a server's part keeps it (``machine_name``)."""
    parts = host.split(".", 1)[0].split("-")
    last = parts[-1]
    return len(parts) >= 2 and all(2 <= len(p) <= 4 for p in parts[:-1]) and 2 <= len(last) <= 6 and \
        any(c.isdigit() for c in last) and (len(parts) >= 3 or any(c.isalpha() for c in last)) and \
        any(c.isalpha() for c in host) and not any(server_part(p.lower()) for p in parts)


# A product and its version or edition year written with a dash ("Office-365", "windows-11",
# "Teams-2024"): one word of letters in lower or title case (an inventory writes its codes in
# capitals: "KIOSK-0412" stays a machine) and a number of at most four digits.
_PRODUCT_VERSION = re.compile(r"[A-Z]?[a-z]{3,20}-\d{1,4}")


def _tool_target(match: re.Match) -> str:
    host = match.group("host")
    if re.fullmatch(r"[\d.]+", host) or _PRODUCT_VERSION.fullmatch(host) or \
            not (machine_name(host, named=True) or _labelled_machine(host)):
        return match.group(0)
    return match.group(0)[:match.start("host") - match.start()] + "[host]"


# A naming scheme of a site code, an end-user role code and a running number, in any order and either
# case, parted by "-" or "_" or glued, with the domain labels that follow it: a person's machine as
# inventories name it. The site code has three to five letters and the number three to six digits;
# a number that is a year, or a "site" that is an edition or a unit ("pro", "min", "max"), is a
# product's or a duration's name ("PC-2019-pro", "tab-10-min"). A server's part or a shared use keeps it.
_HOST_SCHEME = re.compile(
    rf"(?i:(?<![\w.-])(?:(?P<s1>[a-z]{{3,5}})[-_]{_ROLE_CODES}[-_]?(?P<n1>\d{{3,6}})"
    rf"|{_ROLE_CODES}[-_](?P<s2>[a-z]{{3,5}})[-_]?(?P<n2>\d{{3,6}})"
    rf"|{_ROLE_CODES}[-_]?(?P<n3>\d{{3,6}})[-_](?P<s3>[a-z]{{3,5}})))"
    r"(?:\.[A-Za-z0-9][A-Za-z0-9-]{0,62}){0,8}(?![\w-])")
_ROLE_ANY = "(?:" + "|".join(ROLE_CODE_WORDS) + ")"
_HOST_SCHEME_HINT = re.compile(rf"(?<![a-z]){_ROLE_ANY}[-_]?[a-z]{{0,5}}[-_]?\d|[-_]{_ROLE_ANY}[-_]")
"""A cheap superset of ``_HOST_SCHEME``, searched in the lower-cased text."""


# Editions, sizes and units written after a product's or a duration's number: no site code.
_EDITION_WORDS = frozenset("pro max min mini lite plus ultra air home std ent edu hrs sec day days week wks mon "
                           "new old top".split())


def _scheme_host(match: re.Match, text: str) -> str:
    """A site-role-number machine name, unless a server part, a shared use or the text calls it shared."""
    host = match.group(0).split(".", 1)[0]  # the machine's own label; the labels after it name its DNS zone
    parts = re.split(r"[-_]", host.lower())
    site = (match.group("s1") or match.group("s2") or match.group("s3")).lower()
    number = match.group("n1") or match.group("n2") or match.group("n3")
    if _YEAR.fullmatch(number) or site in _EDITION_WORDS:
        return match.group(0)
    if server_shaped(host) or any(p in _SHARED_MACHINE_WORDS for p in parts) or \
            _SHARED_BEFORE.search(text, max(0, match.start() - 30), match.start()):
        return match.group(0)
    return "[host]"


# A workstation reached through its administrative share ("\\<machine>\c$", "\\<machine>\admin$"):
# desk staff open a person's machine so; servers are reached by the names of their shares.
_ADMIN_SHARE = re.compile(r"(?<=\\\\)(?P<host>[A-Za-z0-9][A-Za-z0-9.-]{1,62})(?=\\(?:[A-Za-z]|admin|ADMIN)\$)")


def _admin_share_host(match: re.Match) -> str:
    host = match.group("host")
    return match.group(0) if server_shaped(host) or server_part(host.lower()) else "[host]"
