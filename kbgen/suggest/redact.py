"""Remove personal data from ticket text before anything else reads it.

Three kinds of evidence, each a general rule rather than a list of known tickets:

* Shapes: e-mail addresses (role mailboxes such as ``servicedesk@`` are kept), phone numbers
  in UK/US/DE/IN/IE formats, IPv4 and MAC addresses, card numbers (Luhn-checked), employee ids,
  personal device names (``LT-JSMITH-01``, ``jsmith-mbp.local``), street addresses with a
  postcode or ZIP.
* Cue words: secrets after "password is", "pw:", "code", "OTP"; names after greetings,
  sign-offs and phrases such as "please call", "spoke to", "on behalf of", "From:";
  usernames after "username is", "user", ``DOMAIN\\user`` or in ``Name (jsmith)``.
* What the ticket already says about people: the caller column, names found by cues and names
  spelled out in e-mail addresses are removed wherever they recur in the ticket, and the
  usernames they imply (``jsmith``, ``j.smith``) too. :func:`redact_tickets` also learns the
  first names and full names seen across a whole export.

Everything is replaced by a placeholder such as ``[name]`` or ``[phone]``.
"""
from __future__ import annotations

import dataclasses
import json
import re
import unicodedata
from pathlib import Path
from typing import Iterable, Sequence

from kbgen.suggest.model import Ticket

CALLER_PLACEHOLDER = "[name]"

# ----------------------------------------------------------------------------- vocabulary

_UPPER = "A-ZÀ-ÖØ-ÞĀ-ŽŚŁŻŹ"
_LOWER = "a-zß-öø-ÿā-žśłżź"
_NAME_TOKEN = rf"(?:(?:Mc|Mac|O'|O’|D'|D’)?[{_UPPER}][{_LOWER}]+(?:[-'’][{_UPPER}][{_LOWER}]+)?)"
_PARTICLE = r"(?:de|van|von|der|den|da|di|du|del|della|le|la|bin|al|el|dos|das|ter|ten)"
_FULL_NAME = rf"{_NAME_TOKEN}(?:[ \t]+(?:{_PARTICLE}[ \t]+){{0,2}}{_NAME_TOKEN}){{0,2}}"

ROLE_WORDS = frozenset("""
it service servicedesk desk help helpdesk support itsupport ithelp noreply no reply donotreply
admin administrator info enquiries enquiry contact office hr payroll finance accounts ap ar
billing invoices invoice procurement purchasing facilities security events marketing sales
legal contracts recruitment careers jobs talent customer care team teams operations ops
reception press media comms communications webmaster postmaster hostmaster abuse privacy dpo
compliance audit risk treasury expenses travel training learning it-support service-desk
helpline status alerts notifications mailer daemon system systems network networks servers
root devops engineering dev test qa it-ops itops global uk us de in ie emea apac all staff
general feedback mail post shared mailbox hello team-it desk-it print printers scanner
""".split())

_NOT_NAMES = frozenset("""
The This That These Those There Then Thanks Thank Regards Cheers Best Hi Hello Hey Dear Morning
Afternoon Evening Team All Everyone IT Service Desk Support Helpdesk Please Kind Many Sent From
To Cc Subject Date Re Fw Fwd Monday Tuesday Wednesday Thursday Friday Saturday Sunday January
February March April May June July August September October November December Teams Outlook
Windows Office Excel Word Mac Microsoft Google Zoom Slack Chrome Edge VPN Wi Fi WiFi Wifi
Contoso Fabrikam London Manchester Berlin Dublin Bangalore Bengaluru Austin Chicago Leeds
Edinburgh Bristol Reading Croydon Cork Galway Mumbai Munich Hamburg New York Sorry Yes No Ok
OK Okay Just Also Still Any Some Can Could Would Should Will Is Are Was Were Have Has Had
Not Our My Your Their His Her Its We You They He She It Me Us Them Urgent URGENT Help Issue
Problem Error Update Request Access Account Password Laptop Phone Mobile Printer Drive Email
Mail User Users Manager Director Head Lead Officer Analyst Assistant Engineer Coordinator
Consultant Advisor Partner Specialist Administrator Executive Finance Legal Marketing Sales
HR Payroll Procurement Facilities Operations Product Treasury Risk Data Analytics Customer
Credit Control Shared Services Business Project Account Thx Ta Cheers Sent Best Warm Note
Caller Call Chat Conversation Spoke Chased Walk Walk-up Phone Ticket Incident Remote Session
User Agent Hiya Yo Good Great Fine Today Tomorrow Yesterday Week Weekend Version Build KB
Same Line Mirrored Leaver Starter Joiner Temp Members Approved Approval Location Contact
Direct Mobile Tel Fax Ext Extension Site Floor Building Room Desk Confidential Confidentiality
Disclaimer Notice Original Message Forwarded Deliver Address Home Work Personal Employee ID
Number Name Username Login Computer Machine Device Asset Tag Serial Model Dell Lenovo HP Apple
Samsung Galaxy iPhone iPad Android Surface Docking Dock Monitor Screen Keyboard Mouse Headset
Teams Zscaler GlobalProtect Okta Concur Workday Salesforce SAP Oracle SharePoint OneDrive
Intune Company Portal Ltd Limited Inc PLC Plc GmbH LLC Group Senior Junior Principal Adobe Acrobat Reader Citrix Jira Confluence Greenhouse Sage Xero
""".split())
"""Capitalised words that cue patterns must not take for a name."""

_COMMON_FIRST_WORDS = frozenset("May June April August Will Mark Bill Grace Hope Joy Faith Rose Page Chase "
                                "Summer Autumn Winter Spring Sky Iris Amber Ruby Crystal Dawn Victor Art "
                                "Don Guy Ray Rich Sue Pat Max Jack".split())
"""First names that are also ordinary words: only removed next to another name or a cue."""

# ----------------------------------------------------------------------------- shapes

_EMAIL = r"[A-Za-z0-9][A-Za-z0-9._%+'’-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+"
_MAC = (r"(?<![\w:.-])(?:[0-9A-Fa-f]{2}(?P<macsep>[:-])[0-9A-Fa-f]{2}(?:(?P=macsep)[0-9A-Fa-f]{2}){4}"
        r"|[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4})(?![\w:-])")
_IPV4 = r"(?<![\w.])(?:\d{1,3}\.){3}\d{1,3}(?![\w]|\.\d)"
_CARD = r"(?<![\w-])(?:\d{4}(?P<cardsep>[ -]?)\d{4}(?P=cardsep)\d{4}(?P=cardsep)\d{4}(?:(?P=cardsep)\d{1,3})?|\d{4}[ -]?\d{6}[ -]?\d{5}|\d{13,19})(?![\w-])"
_PHONE = (
    r"(?<![\w+/.-])(?:"
    r"\+\d{1,3}[ .-]?(?:\(0\)[ .-]?)?\(?\d{1,5}\)?(?:[ .-]?\d{2,5}){1,4}"  # +44 20 7946 0123, +49 (0)30 ...
    r"|\(\d{3,5}\)[ .-]?\d{3,4}[ .-]?\d{3,4}"  # (212) 555-0147, (020) 7946 0123
    r"|\d{3}(?P<phonesep>[.-])\d{3}(?P=phonesep)\d{4}"  # 312.555.0184, 312-555-0184
    r"|0\d{1,4}(?:[ -]?\d{2,6}){1,3}"  # 020 7946 0123, 07700 900123, 01 555 0111, 098765 40646
    r"|\d{3} \d{3} \d{4}"  # 312 555 0184
    r")(?![\w-]|\.\d)"
)
_EMPLOYEE = (r"\bE\d{5,7}\b|(?i:\b(?:employee|staff|emp|personnel|payroll|badge)[ .]*(?:id|no|number|num|#)\b"
             r"(?:[ \t]+(?:is|was|=))?[ \t]*[:#]?[ \t]*)[A-Z]{0,3}-?\d{4,8}\b")
_HOST = (
    r"\b(?:LT|WKS|WS|DESKTOP|LAPTOP|PC|NB|MBP|MBA|VDI|WIN|TAB|MAC|DT|LAP)-[A-Z0-9]*[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*\b"
    r"|\b[A-Z][A-Z0-9]{2,}-(?:LT|PC|WKS|NB|DT|MBP|LAP|DESKTOP)\d*\b"
    r"|\b[a-z0-9][a-z0-9.-]*-(?:mbp|mba|macbook|macbookpro|macbookair|imac|laptop|pc|desktop)(?:\.local)?\b"
    r"|\b[A-Za-z0-9][A-Za-z0-9-]*\.local\b"
)
_STREET_WORDS = (r"(?:Road|Rd|Street|St|Lane|Ln|Avenue|Ave|Drive|Dr|Way|Close|Court|Ct|Gardens|Place|Pl|Crescent|"
                 r"Terrace|Grove|Park|Hill|Row|Square|Sq|Walk|Mews|Boulevard|Blvd|Parkway|Circle|Highway|Hwy|Green|"
                 r"View|Rise|Vale|Quay|Wharf|Layout|Cross|Main|Nagar|Marg)")
_POSTCODE = (r"(?:[A-Z]{1,2}\d[A-Z\d]?[ ]?\d[A-Z]{2}"  # UK
             r"|[A-Z]{2}[ ]\d{5}(?:-\d{4})?"  # US state + ZIP
             r"|[A-Z]\d{2}[ ]?[A-Z\d]{4}"  # Irish Eircode
             r"|\d{6}|\d{5})")  # IN PIN, DE PLZ
_ADDRESS = (
    rf"(?:(?:Flat|Apt|Apartment|Unit|Suite|No\.?)[ ]?\d+[A-Z]?,?[ ])?\d{{1,5}}[A-Za-z]?,?[ ]"
    rf"(?:[{_UPPER}][\w'’-]*[ ]|\d+(?:st|nd|rd|th)[ ]){{1,4}}{_STREET_WORDS}\b[^\n]{{0,60}}?{_POSTCODE}\b"
    rf"|[{_UPPER}][\w'’-]*(?:straße|strasse|str\.|weg|allee|platz|gasse|ring|damm|ufer|chaussee)[ ]\d+[a-z]?,"
    rf"[ ]\d{{5}}[ ][{_UPPER}][\w'’-]+"
)
_ADDRESS_CUE = re.compile(r"(?i:\b(?:home address|postal address|address(?: on file)?(?: is| should be)?|deliver(?:y)? to|"
                r"ship(?:ping)? to|send (?:it|them) to|courier it to(?: my home)?|post (?:it|them) to|lives at)"
                r"\b[ \t]*[:?-]?[ \t]*)(?=[^\n]*\d)([^\n]{6,120})")

_SHAPES = re.compile("|".join([
    rf"(?P<email>{_EMAIL})",
    rf"(?P<mac>{_MAC})",
    rf"(?P<address>{_ADDRESS})",
    rf"(?P<card>{_CARD})",
    rf"(?P<ip>{_IPV4})",
    rf"(?P<phone>{_PHONE})",
    rf"(?P<employee>{_EMPLOYEE})",
    rf"(?P<host>{_HOST})",
]))

# ----------------------------------------------------------------------------- cues

_SECRET_VALUE = r"[\"'“‘]?(?P<{name}>[^\s\"'”’]{{3,64}}?)[\"'”’]?(?=[\s,;)]|[.!?]+(?:\s|$)|$)"
_PASSWORD_CUE = (r"(?i:\b(?:password|passwd|passphrase|pass ?word|pwd|pw|pword|passcode|pin)\b"
                 r"(?:[ \t]+(?:is|was|will be|would be|now|set to|reset to|changed to|to|of|for now))*"
                 r"[ \t]*(?:[:=-]|is)?[ \t]*)")
_TRIED_CUE = (r"(?i:\b(?:(?:new|old|temp|temporary|current|previous) (?:one|pw|password)(?: (?:i|I) "
              r"(?:tried|used|typed|entered|set|chose))?|(?:i|I) (?:tried|typed|entered|used)|set it to|"
              r"changed it to|reset it to)[ \t]+(?:was|is|as)?[ \t]*)")
_OTP_CUE = (r"(?i:\b(?:code|codes|coode|otp|one[- ]time (?:code|password|passcode)|verification|passcode|token|"
            r"pin|2fa|mfa|sms)\b[^\n\d]{0,30}?)")
_OTP_VALUE = r"(?<![\w.])(?P<otp>\d{3}[ -]?\d{3}|\d{4,8})(?![\w.-])"
_USER_CUE = (r"(?i:\b(?:user ?name|user ?id|login(?: name| id)?|log ?in|account(?: name)?|samaccountname|upn|"
             r"network id|user|for user|unlock|reset for|password reset for|unlock account)\b"
             r"(?:[ \t]+(?:is|was|=|of))?[ \t]*[:=]?[ \t]*)")
_USER_VALUE = r"(?P<user>[a-z][a-z0-9]*(?:[._-][a-z0-9]+)?\d{0,3})(?![\w@.-]|\.\w)"

_CUES = re.compile("|".join([
    _PASSWORD_CUE + _SECRET_VALUE.format(name="password"),
    _TRIED_CUE + _SECRET_VALUE.format(name="tried"),
    _OTP_CUE + _OTP_VALUE,
    _USER_CUE + _USER_VALUE,
    r"(?<![\w\\])(?P<domain>[A-Za-z][A-Za-z0-9-]{1,15})\\(?P<duser>[a-z][a-z0-9._-]{1,30})(?![\w\\])",
    rf"(?P<signed>(?:^|\n)[ \t]*{_FULL_NAME}[ \t]*)\((?P<puser>[a-z][a-z0-9._-]{{1,30}})\)",
]))

_GREETING = (r"(?:hi|hello|hey|hiya|dear|morning|good morning|good afternoon|afternoon|evening|thanks|thank you|"
             r"thx|ta|cheers|regards|many thanks|kind regards|best regards|best|br|warm regards|"
             r"with thanks|sincerely|rgds|tia|yours)")
_NAME_BEFORE = (
    r"(?:spoke (?:to|with)|speaking (?:to|with)|talked to|please call|pls call|call|called|calling|rang|ring|"
    r"phoned|call from|phone call from|a call from|caller|chased|chasing|conversation with|chat with|chatted with|"
    r"message from|email from|e-mail from|mail from|on behalf of|behalf of|access as|access from|same as|"
    r"mirrored from|copy of|new starter,?|new joiner,?|new starter -|new joiner -|starter:|joiner:|new temp|"
    r"new hire,?|temp|contractor|visitor(?:'s name is| called| named)?|manager(?: is)?|line manager(?: is)?|"
    r"my manager|approved by|authorised by|authorized by|approver(?: is)?|please give|give|add|adding|remove|"
    r"removing|members:|member:|leaver request:|leaver:|onboarding:|offboarding:|starter request:|set up|"
    r"setup for|set up for|for user|from:|to:|cc:|sent by|colleague|delegate|handed (?:over )?to|assigned to|"
    r"cover for|covering for|ask for|contact|contacted|emailed|messaged|pinged|escalated to|"
    r"passed to|forwarding for|forwarded by|name is|named|called|user is|it's|this is|i am|i'm)"
)
_NAME_CUES = re.compile(
    rf"(?im:(?:^|(?<=[\s,.(]))(?:{_GREETING})[ \t]*[,!.:-]*[ \t]+(?-i:(?P<greet>{_FULL_NAME}))(?![\w@])"
    rf"|\b{_NAME_BEFORE}[ \t]+(?-i:(?P<cued>{_FULL_NAME}))(?![\w@])"
    rf"|^[ \t]*(?:{_GREETING}|--|—)[ \t]*[,!.]*[ \t]*(?:🙏|:\))?[ \t]*\r?\n(?:[ \t]*\r?\n)?[ \t]*"
    rf"(?-i:(?P<signoff>{_FULL_NAME}))[ \t]*(?:\r?\n|$|\(|,|\|)"
    rf"|^[ \t]*(?-i:(?P<sigline>{_FULL_NAME}))[ \t]*(?:\||<[^>\n]*@|\([A-Z]\d{{4,}}\)|,[ \t]*(?:[A-Z][\w&]+[ \t]?)+\n)"
    rf"|(?-i:(?P<before>{_FULL_NAME}))[ \t]+(?:has approved|approved|is my (?:line )?manager|can confirm|is aware|"
    rf"rang in|phoned|called|asked me|is off|has left|is leaving|starts|will start|is starting|is joining|"
    rf"joins|is out|<[^>\n]*@|\(E\d))"
)

_WORD = re.compile(rf"[{_UPPER}][{_LOWER}{_UPPER}'’-]*|[{_LOWER}][{_LOWER}0-9]*")

# ----------------------------------------------------------------------------- helpers


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
    return bool(parts) and all(p in ROLE_WORDS for p in parts)


def fold(text: str) -> str:
    """Lower-case ASCII folding of a name part ("Müller" -> "muller", "O'Brien" -> "obrien")."""
    text = unicodedata.normalize("NFKD", text.replace("ø", "o").replace("Ø", "O").replace("ł", "l")
                                 .replace("Ł", "L").replace("ß", "ss"))
    return re.sub(r"[^a-z-]", "", "".join(c for c in text if not unicodedata.combining(c)).lower())


def name_parts(name: str) -> list[str]:
    """The tokens of a person's name worth removing on their own (no particles, 2+ letters)."""
    tokens = re.findall(rf"[{_UPPER}{_LOWER}][{_UPPER}{_LOWER}'’-]*", name)
    return [t for t in tokens if len(t) > 1 and t.lower() not in _PARTICLES_SET]


_PARTICLES_SET = frozenset(_PARTICLE[3:-1].split("|"))


def usernames_for(name: str) -> set[str]:
    """Usernames an IT desk derives from a full name: jsmith, j.smith, jane.smith, smithj, jane."""
    parts = [fold(p) for p in name_parts(name)]
    parts = [p for p in parts if p]
    if len(parts) < 2:
        return set()
    first, last = parts[0], "".join(parts[1:]) if len(parts) > 2 and len(parts[-1]) < 3 else parts[-1]
    lasts = {last, last.replace("-", ""), "".join(parts[1:]), "-".join(parts[1:])}
    names = set()
    for surname in lasts:
        names |= {first[0] + surname, f"{first[0]}.{surname}", f"{first}.{surname}", surname + first[0],
                  f"{first}{surname}", f"{first}_{surname}"}
        names.add((first[0] + surname)[:12])
    return {n for n in names if len(n) >= 4}


def names_from_email(address: str) -> list[str]:
    """Name parts spelled out in a personal e-mail address (``jane.smith2@`` -> Jane, Smith)."""
    local = re.sub(r"\d+$", "", address.split("@", 1)[0])
    parts = [p for p in re.split(r"[._]", local) if len(p) > 2 and p.isalpha()]
    return [p.capitalize() for p in parts] if len(parts) >= 2 else []


# ----------------------------------------------------------------------------- the redactor


@dataclasses.dataclass
class _Known:
    """Names and usernames known to belong to people in the text being redacted."""

    tokens: set[str] = dataclasses.field(default_factory=set)  # name parts, as written (capitalised)
    users: set[str] = dataclasses.field(default_factory=set)  # lower-case usernames
    first_names: frozenset[str] = frozenset()  # learned across an export

    def add_name(self, name: str) -> None:
        parts = [p for p in name_parts(name) if p not in _NOT_NAMES]
        if not parts:
            return
        self.tokens.update(parts)
        self.tokens.update(p.upper() for p in parts if len(p) > 2)
        if len(parts) >= 2:
            self.users |= usernames_for(" ".join(parts))


def _shape_replacement(match: re.Match, known: _Known) -> str:
    kind, text = match.lastgroup, match.group(0)
    if kind == "email":
        if is_role_mailbox(text):
            return text
        for part in names_from_email(text):
            known.add_name(part) if part not in _NOT_NAMES else None
        parts = names_from_email(text)
        if len(parts) >= 2:
            known.add_name(" ".join(parts))
        known.users.add(text.split("@", 1)[0].lower())
        return "[email]"
    if kind == "card":
        digits = re.sub(r"\D", "", text)
        return "[card]" if luhn_ok(digits) and 13 <= len(digits) <= 19 else _phone_or_text(text)
    if kind == "ip":
        return _ip_replacement(match)
    if kind == "phone":
        return _phone_or_text(text)
    return {"mac": "[mac]", "employee": "[employee-id]", "host": "[host]", "address": "[address]"}[kind]


def _phone_or_text(text: str) -> str:
    digits = sum(c.isdigit() for c in text)
    return "[phone]" if 9 <= digits <= 15 else text


_VERSION_CUE = re.compile(r"(?i)(?:version|ver\.?|v|build|release|firmware|update|upgrade|patch|driver|client)"
                          r"[ \t:]*(?:to|is|of)?[ \t]*$")
_IP_CUE = re.compile(r"(?i)(?:\bip\b|address|gateway|dns|server|host|ping|subnet|proxy|from|on|is)[^\n]{0,25}$")


def _ip_replacement(match: re.Match) -> str:
    text = match.group(0)
    octets = [int(o) for o in text.split(".")]
    if any(o > 255 for o in octets):
        return text
    before = match.string[max(0, match.start() - 30):match.start()]
    if _VERSION_CUE.search(before):
        return text
    if octets[0] < 10 and not _IP_CUE.search(before):
        return text
    return "[ip]"


def _cue_replacement(match: re.Match, known: _Known) -> str:
    groups = match.groupdict()
    for name, placeholder in (("password", "[password]"), ("tried", "[password]"), ("otp", "[code]"),
                              ("user", "[username]"), ("duser", "[username]"), ("puser", "[username]")):
        value = groups.get(name)
        if value is None:
            continue
        if name in ("password", "tried") and not _looks_secret(value):
            return match.group(0)
        if name == "user" and not _looks_username(value):
            return match.group(0)
        if name in ("user", "duser", "puser"):
            known.users.add(value.lower())
        start, end = match.span(name)
        whole = match.group(0)
        return whole[: start - match.start()] + placeholder + whole[end - match.start():]
    return match.group(0)


_SECRET_SHAPE = re.compile(r"(?=.*[A-Za-z])(?=.*[\d!@#$%^&*?_~+=])|(?=.*[a-z])(?=.*[A-Z])")


def _looks_secret(value: str) -> bool:
    if len(value) < 5 or value.startswith("[") or re.fullmatch(r"[\d.]+|0x[0-9a-fA-F]+|KB\d+|INC\d+", value):
        return False
    return bool(_SECRET_SHAPE.match(value))


_USER_STOP = frozenset("""a an the is was has had and or to in on at for of with from my your our their his her its
this that it me us them you we they not no yes as be been account accounts name names id login logon locked
unlock unlocked reset password passwords details access request requests portal profile settings can cannot
can't cant doesn't isn't wasn't will would should could who which what when where how why if but so just
about into after before again still now please pls asap here there all any some every each other new old
""".split())


def _looks_username(value: str) -> bool:
    return value.lower() not in _USER_STOP and len(value) >= 3 and (
        any(c.isdigit() for c in value) or "." in value or "_" in value or len(value) >= 4)


def _collect_names(text: str, known: _Known) -> None:
    for match in _NAME_CUES.finditer(text):
        for group in ("greet", "cued", "signoff", "sigline", "before"):
            name = match.group(group)
            if name:
                known.add_name(_trim_name(name))


def _trim_name(name: str) -> str:
    tokens = name.split()
    while tokens and tokens[-1] in _NOT_NAMES:
        tokens.pop()
    while tokens and tokens[0] in _NOT_NAMES:
        tokens.pop(0)
    return " ".join(tokens)


def _names_in(text: str, known: _Known) -> str:
    """Replace the known name tokens, learned first names (+ following capitalised surname) and usernames."""
    def replace(match: re.Match) -> str:
        word = match.group(0)
        if word in known.tokens or word.lower() in known.users:
            return CALLER_PLACEHOLDER if word[0].isupper() else "[username]"
        if word in known.first_names and word not in _COMMON_FIRST_WORDS:
            return CALLER_PLACEHOLDER
        return word
    text = _WORD.sub(replace, text)
    text = re.sub(r"\[name\](?:[ \t]+(?:" + _PARTICLE + r"[ \t]+)?\[name\])+", CALLER_PLACEHOLDER, text)
    return _users_in(text, known)


def _users_in(text: str, known: _Known) -> str:
    if not known.users:
        return text
    present = [u for u in known.users if u in text.lower()]
    if not present:
        return text
    pattern = r"(?i)(?<![A-Za-z])(?:" + "|".join(re.escape(u) for u in sorted(present, key=len, reverse=True)) + r")\d{0,3}(?![a-z])"
    return re.sub(pattern, "[username]", text)


def _redact_shapes_and_cues(text: str, known: _Known) -> str:
    text = _SHAPES.sub(lambda m: _shape_replacement(m, known), text)
    text = re.sub(_ADDRESS_CUE, lambda m: m.group(0)[: m.start(1) - m.start()] + "[address]", text)
    return _CUES.sub(lambda m: _cue_replacement(m, known), text)


def redact_text(text: str, names: Iterable[str] = ()) -> str:
    """Remove personal data from one text.

    Args:
        text: any ticket text.
        names: names known to belong to people (e.g. the caller); each part is removed
            wherever it occurs, with the usernames derived from it.

    Returns:
        The text with personal data replaced by placeholders such as ``[name]``.
    """
    return _redact_fields([text], names, frozenset())[0]


def _redact_fields(texts: Sequence[str], names: Iterable[str], first_names: frozenset[str]) -> list[str]:
    known = _Known(first_names=first_names)
    for name in names:
        known.add_name(name)
    texts = [_redact_shapes_and_cues(t, known) if t else t for t in texts]
    for text in texts:
        if text:
            _collect_names(text, known)
    return [_names_in(t, known) if t else t for t in texts]


def redact_ticket(ticket: Ticket, first_names: frozenset[str] = frozenset(),
                  names: Iterable[str] = ()) -> Ticket:
    """Return a copy of ``ticket`` with personal data removed from every text field.

    The caller's name parts (and usernames derived from them) are removed everywhere in the
    ticket, names found in one field are removed from all of them, and ``caller`` becomes a
    placeholder.

    Args:
        ticket: the ticket as imported.
        first_names: first names learned across the export (see :func:`redact_tickets`).
        names: further names known to appear in this ticket.
    """
    names = [ticket.caller, *names] if ticket.caller else list(names)
    fields = [ticket.subject, ticket.description, ticket.close_notes, *ticket.comments]
    subject, description, close_notes, *comments = _redact_fields(fields, names, first_names)
    return dataclasses.replace(ticket, subject=subject, description=description, close_notes=close_notes,
                               comments=tuple(comments), caller=CALLER_PLACEHOLDER if ticket.caller else "")


def learn_first_names(tickets: Iterable[Ticket]) -> frozenset[str]:
    """First names of the callers of an export (those that are not ordinary words)."""
    found = set()
    for ticket in tickets:
        parts = name_parts(ticket.caller)
        if len(parts) >= 2 and parts[0][0].isupper() and parts[0] not in _NOT_NAMES:
            found.add(parts[0])
    return frozenset(found - _COMMON_FIRST_WORDS)


def redact_tickets(tickets: Sequence[Ticket]) -> tuple[Ticket, ...]:
    """Redact a whole export: like :func:`redact_ticket`, plus the callers' first names of the
    export are removed wherever they occur (catching names no cue points at)."""
    first_names = learn_first_names(tickets)
    return tuple(redact_ticket(t, first_names) for t in tickets)


def write_redacted_jsonl(tickets: Iterable[Ticket], path: Path) -> None:
    """Write tickets as JSON lines ``{ticket_id, subject, description, comments, close_notes, caller}``.

    The tickets must already be redacted. Keys are sorted; one ticket per line, in the given order.
    """
    with open(path, "w", encoding="utf-8", newline="\n") as out:
        for t in tickets:
            record = {"ticket_id": t.ticket_id, "subject": t.subject, "description": t.description,
                      "comments": list(t.comments), "close_notes": t.close_notes, "caller": t.caller}
            out.write(json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n")
