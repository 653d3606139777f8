"""Remove personal data from ticket text before anything else reads it.

Three kinds of evidence, each a general rule rather than a list of known tickets:

* Shapes: e-mail addresses (role mailboxes such as ``servicedesk@`` are kept), phone numbers
  in UK/US/DE/IN/IE formats, IPv4 and MAC addresses, card numbers (Luhn-checked), employee ids,
  personal device names (``LT-JSMITH-01``, ``jsmith-mbp.local``), street addresses with a
  postcode or ZIP. Version numbers, error codes, KB numbers, asset tags, ticket numbers and
  server names (``LDN-FS-02``) have other shapes and are kept.
* Cue words: secrets after "password is", "pw:", "code", "OTP"; names after greetings,
  sign-offs and phrases such as "please call", "spoke to", "on behalf of", "From:", or before
  "has approved"; usernames after "username is", in ``DOMAIN\\user`` or in ``Name (jsmith)``.
* What the ticket already says about people: the caller column, names found by cues and names
  spelled out in e-mail addresses are removed wherever they recur in the ticket, with the
  usernames they imply (``jsmith``, ``j.smith``). :func:`redact_tickets` also learns the
  callers' first names and surnames across a whole export.

Everything is replaced by a placeholder such as ``[name]`` or ``[phone]``. Speed matters
(100,000 tickets in a few seconds): every pattern either starts with a rare character class or
runs only when a cheap substring test says it can match.
"""
from __future__ import annotations

import dataclasses
import functools
import gc
import json
import re
import unicodedata
from pathlib import Path
from typing import Callable, Iterable, Sequence

from kbgen.suggest.model import Ticket

NAME = "[name]"
"""Placeholder for a person's name (also the redacted ``caller``)."""

# ----------------------------------------------------------------------------- vocabulary

_UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĲĴĶĹĻĽĿŁŃŅŇŊŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽ"
_LOWER = "a-zß-öø-ÿāăąćĉċčďđēĕėęěĝğġģĥħĩīĭįıĳĵķĺļľŀłńņňŋōŏőœŕŗřśŝşšţťŧũūŭůűųŵŷźżž"
_TOKEN = rf"[{_UPPER}](?:[{_LOWER}]+|['’](?=[{_UPPER}]))(?:[-'’]?[{_UPPER}][{_LOWER}]+|-[{_LOWER}]+)?"
_PARTICLES = frozenset("de van von der den da di du del della le la bin al el dos das ter ten".split())
_PARTICLE = "(?:" + "|".join(sorted(_PARTICLES)) + ")"
_CAPS_TOKEN = rf"[{_UPPER}][{_UPPER}'’-]+"

_CANDIDATE = re.compile(
    rf"(?<![\w-])(?<!\w['’])(?:(?P<title>{_TOKEN}(?:[ \t]+(?:{_PARTICLE}[ \t]+){{0,2}}{_TOKEN}){{0,3}})(?![\w@])"
    rf"|(?P<caps>{_CAPS_TOKEN}(?:[ \t]+{_CAPS_TOKEN})+)(?![\w@]))"
)
_CAP_WORD = re.compile(rf"[{_UPPER}][{_UPPER}{_LOWER}'’-]*")

ROLE_WORDS = frozenset("""
it service servicedesk desk help helpdesk support itsupport ithelp noreply no reply donotreply
admin administrator info enquiries enquiry queries query contact office hr payroll finance accounts
ap ar billing invoices invoice procurement purchasing facilities security events marketing sales
legal contracts recruitment careers jobs talent customer customers care team teams operations ops
reception press media comms communications webmaster postmaster hostmaster abuse privacy dpo
compliance audit risk treasury expenses travel training learning helpline status alerts
notifications mailer daemon system systems network networks servers root devops engineering dev
test qa itops global uk us de in ie emea apac all staff general feedback mail post shared mailbox
hello print printers scanner orders order returns shipping logistics warehouse it-support
service-desk property estates health safety wellbeing benefits pensions pension tax grants
research library students student alumni partners partnerships vendor vendors suppliers
supplier helpdesk-it desktop onboarding offboarding access identity licensing licences
""".split())

_NOT_NAMES = frozenset("""
The This That These Those There Then Thanks Thank Regards Cheers Best Hi Hello Hey Dear Morning
Afternoon Evening Team All Everyone IT Service Desk Support Helpdesk Please Kind Many Sent From To
Cc Subject Date Re Fw Fwd Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February
March April May June July August September October November December Teams Outlook Windows Office
Excel Word Mac Microsoft Google Zoom Slack Chrome Edge VPN Wi Fi WiFi Wifi Contoso Fabrikam London
Manchester Berlin Dublin Bangalore Bengaluru Austin Chicago Leeds Edinburgh Bristol Reading Croydon
Cork Galway Mumbai Munich Hamburg New York Sorry Yes No Ok OK Okay Just Also Still Any Some Can Could
Would Should Will Is Are Was Were Have Has Had Not Our My Your Their His Her Its We You They He She It
Me Us Them Urgent Help Issue Problem Error Update Request Access Account Password Laptop Phone Mobile
Printer Drive Email Mail User Users Manager Director Head Lead Officer Analyst Assistant Engineer
Coordinator Consultant Advisor Partner Specialist Administrator Executive Finance Legal Marketing
Sales HR Payroll Procurement Facilities Operations Product Treasury Risk Data Analytics Customer
Credit Control Shared Services Business Project Thx Ta Warm Note Caller Call Chat Conversation Spoke
Chased Walk Ticket Incident Remote Session Agent Hiya Yo Good Great Fine Today Tomorrow Yesterday
Week Weekend Version Build KB Same Line Mirrored Leaver Starter Joiner Temp Members Approved Approval
Location Contact Direct Tel Fax Ext Extension Site Floor Building Room Confidential Confidentiality
Disclaimer Notice Original Message Forwarded Deliver Address Home Work Personal Employee ID Number
Name Username Login Computer Machine Device Asset Tag Serial Model Dell Lenovo HP Apple Samsung
Galaxy iPhone iPad Android Surface Docking Dock Monitor Screen Keyboard Mouse Headset Zscaler
GlobalProtect Okta Concur Workday Salesforce SAP Oracle SharePoint OneDrive Intune Company Portal
Ltd Limited Inc PLC Plc GmbH LLC Group Senior Junior Principal Adobe Acrobat Reader Citrix Jira
Confluence Greenhouse Sage Xero Power Automate Dynamics Bank Holiday Christmas Easter Ops Desktop
Network Server Cloud Azure Directory Active Exchange Online Defender Security Policy Group Groups
Distribution List New Old First Last Next Previous Other Another Both Each Every Not Only Dr Mr Mrs Ms
""".split())
"""Capitalised words that are never taken for a name, however they are cued."""

_LOWER_STOP = frozenset("""the and for you are was has not but can will may might must with from this that have
been were they them their there here when what which who how why all any some new old one two top bill mark
grace hope joy faith rose page chase summer autumn winter spring sky iris amber ruby crystal dawn victor art don
guy ray rich sue pat max jack frank bob carol holly ivy sunny lane norm will june april august green brown park
hill stone price wood fox shah day king young white black rice long hall lee rose""".split())
"""Lower-case words never taken for a name, even when a name of the ticket is spelled so."""

_COMMON_WORD_NAMES = frozenset("May June April August Will Mark Bill Grace Hope Joy Faith Rose Page Chase "
                               "Summer Autumn Winter Spring Sky Iris Amber Ruby Crystal Dawn Victor Art Don "
                               "Guy Ray Rich Sue Pat Max Jack Frank Bob Carol Holly Ivy Sunny Lane Norm".split())
"""First names that are also ordinary words: removed only next to another name or a cue."""

_GREETINGS = frozenset("""hi hello hey hiya dear morning afternoon evening thanks thank you thx ta cheers
regards best br rgds tia yours sincerely many kind warm good with all in advance again so much very
much cheers mate wishes appreciated speak soon later take care have a nice day greetings respectfully
faithfully truly thanking kindest ty thnx thanx tks""".split())
"""Words of a greeting or sign-off line ("Many thanks in advance", "Kind regards")."""

_CUES_BEFORE = frozenset("""
hi|hello|hey|hiya|dear|morning|good morning|afternoon|good afternoon|evening|thanks|thank you|thx|ta|
cheers|regards|kind regards|best regards|best|many thanks|warm regards|with thanks|sincerely|rgds|yours|
spoke to|spoke with|speaking to|speaking with|talked to|talked with|please call|pls call|plz call|call|
called|calling|rang|ring|phoned|call from|phone call from|a call from|caller|chased|chasing|
conversation with|chat with|chatted with|message from|email from|e-mail from|mail from|on behalf of|
behalf of|access as|access from|same as|mirrored from|mirror|copy of|new starter|new joiner|starter|
joiner|new temp|new hire|temp|contractor|visitor|visitor's name is|visitors name is|visitor called|
visitor named|manager|manager is|line manager|line manager is|my manager|my manager is|approved by|
authorised by|authorized by|approver|approver is|please give|pls give|give|add|adding|remove|removing|
members :|member :|leaver request :|leaver request|leaver :|leaver|onboarding :|onboarding|offboarding :|
offboarding|starter request :|set up|setup for|set up for|for user|from :|to :|cc :|sent by|colleague|
my colleague|delegate|handed over to|handed to|assigned to|cover for|covering for|ask for|contact|
contacted|emailed|messaged|pinged|escalated to|passed to|forwarding for|forwarded by|name is|named|
user is|this is|i am|i'm|my name is|it's|its|and|&|mr|mrs|ms|miss|mx|dr|prof|name :|caller :|requester :|
requested by|reported by|raised by|logged by|submitted by|opened by|created by|on behalf|cc|cc'd|copied|
loop in|looped in|ping|tell|told|ask|asked|let|inform|informed|per|speak to|talk to|reach out to|
reached out to|met with|invite|invited|introduce|thank|thanked|user :|employee :|contact :|attn|attn :|
new user|new user :|
""".replace("\n", "").split("|"))
"""Phrases (lower case, punctuation other than ':' dropped) that announce a person's name."""

_LIST_CUES = frozenset({"and", "&"})

_WEAK_CUES = frozenset({"with", "from", "to", "for", "by", "as", "at", "and", "&", "-", ":", "("})
"""Words that announce a name only when a full name (two or more words) follows."""
"""Cue words that only count right after another name ("Jane Smith and John Doe")."""

_AFTER_NAME = re.compile(
    r"[ \t]*(?:has approved|approved|is my (?:line )?manager|is the manager|can confirm|is aware|rang in|"
    r"phoned|called|rang|asked me|asked for|has access|had access|is the owner|owns|can approve|will approve|"
    r"is my \w+ \w+|is my \w+|is off|has left|left (?:the|last|on|in)|is leaving|starts|will start|"
    r"is starting|is joining|joins|joined|is out|is on (?:leave|holiday)|says|said|reports|reported|"
    r"<[^>\n]{1,80}@|\((?:[A-Z]{0,3}\d{4,}|[a-z][a-z0-9._-]{1,30})\))",
    re.I,
)
_SIGNATURE_TAIL = re.compile(r"[ \t]*(?:\||<[^>\n]{1,80}@|\([A-Z]?\d{4,}\)|\(\[?[a-z][a-z0-9._-]{1,30}\]?\)"
                             r"|[,\-–—][ \t]*[A-Z][^\n]{0,60}(?:\r?\n|$)|[^\w\n]{0,8}(?:\r?\n|$))")
_TITLE_DOT = re.compile(r"\b(mr|mrs|ms|mx|dr|prof)\.")
_CUE_WORDS = re.compile(r"\w[\w'’]*|:|\n|[.!?;]")

# ----------------------------------------------------------------------------- shapes

_EMAIL_DOMAIN = re.compile(r"@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}\b")
_EMAIL_LOCAL = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._%+-'")

_MAC_HINT = re.compile(r"[:-][0-9A-Fa-f]{2}[:-][0-9A-Fa-f]{2}[:-]|\.[0-9A-Fa-f]{4}\.")
_MAC = re.compile(r"(?<![\w:.-])(?:[0-9A-Fa-f]{2}(?P<ms>[:-])[0-9A-Fa-f]{2}(?:(?P=ms)[0-9A-Fa-f]{2}){4}"
                  r"|[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4})(?![\w:-])")
_EMPLOYEE_CUE = re.compile(r"(?i:\b(?:employee|staff|emp|personnel|payroll|badge|worker)[ .]*(?:id|no|number|num|#)"
                           r"\.?(?:[ \t]+(?:is|was|=))?[ \t]*[:#]?[ \t]*)(?P<value>[A-Z]{0,3}-?\d{4,8})\b")
_HOST_UPPER = re.compile(
    r"(?:LT|WKS|WS|DESKTOP|LAPTOP|PC|NB|MBP|MBA|VDI|WIN|TAB|MAC|DT|LAP)-[A-Z0-9]*[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*\b"
    r"|[A-Z][A-Z0-9]{2,}-(?:LT|PC|WKS|NB|DT|MBP|LAP|DESKTOP)\d*\b"
)
_HOST_LOWER = re.compile(
    r"\b(?:lt|wks|ws|desktop|laptop|pc|nb|mbp|vdi|dt)-[a-z][a-z0-9]{2,}(?:-[a-z0-9]+)*-\d+\b"
    r"|(?i:\b[a-z0-9][a-z0-9.'’-]*-(?:mbp|mba|macbook(?:-?pro|-?air)?|imac|laptop|pc|desktop)(?:-\d+)?(?:\.local)?\b)"
    r"|\b[A-Za-z0-9][A-Za-z0-9-]*\.local\b"
)
_STREET = (r"(?:Road|Rd|Street|St|Lane|Ln|Avenue|Ave|Drive|Dr|Way|Close|Court|Ct|Gardens|Place|Pl|Crescent|"
           r"Terrace|Grove|Park|Hill|Row|Square|Sq|Walk|Mews|Boulevard|Blvd|Parkway|Circle|Highway|Hwy|Green|"
           r"View|Rise|Vale|Quay|Wharf|Layout|Cross|Main|Nagar|Marg)")
_POSTCODE = (r"(?:[A-Z]{1,2}\d[A-Z\d]?[ ]?\d[A-Z]{2}|[A-Z]{2}[ ]\d{5}(?:-\d{4})?|[A-Z]\d{2}[ ]?[A-Z\d]{4}"
             r"|\d{6}|\d{5})")
_STREET_AND_TOWN = (rf"\d{{1,5}}[A-Za-z]?,?[ ](?:[{_UPPER}][\w'’-]*[ ]|\d+(?:st|nd|rd|th)[ ]){{1,4}}{_STREET}\b"
                    rf"[^\n]{{0,60}}?{_POSTCODE}\b")
_ADDRESS_PATTERN = rf"(?:Flat|Apt|Apartment|Unit|Suite|No\.?)[ ]?\d+[A-Z]?,?[ ]{_STREET_AND_TOWN}|{_STREET_AND_TOWN}"
_NUMERIC = re.compile(
    r"(?P<employee>E(?:MP)?-?\d{5,7}(?![\w-]))"
    r"|(?P<card>\d{4}(?P<cs>[ -]?)\d{4}(?P=cs)\d{4}(?P=cs)\d{4}(?:(?P=cs)\d{1,3})?(?![\w-])"
    r"|\d{4}[ -]?\d{6}[ -]?\d{5}(?![\w-])|\d{13,19}(?![\w-]))"
    r"|(?P<ip>(?:\d{1,3}\.){3}\d{1,3}(?![\w-]|\.\d))"
    r"|(?P<phone>(?:\+\d{1,3}[ .-]?(?:\(0\)[ .-]?)?\(?\d{1,5}\)?(?:[ .-]?\d{2,5}){1,4}"
    r"|\(\d{3,5}\)[ .-]?\d{3,4}[ .-]?\d{3,4}"
    r"|\(0\)[ .-]?\d{1,5}[ .-]?\d{3,8}(?:[ .-]\d{2,5})?"  # (0)30-1234567: national prefix in brackets
    r"|\d{3}(?P<ps>[.-])\d{3}(?P=ps)\d{4}"
    r"|0\d{1,4}(?:[ -]?\d{2,6}){1,3}"
    r"|\d{3} \d{3} \d{4}"  # 312 555 0184
    r"|1[ .-]\d{3}[ .-]\d{3}[ .-]\d{4}"  # 1-800-555-0147
    r"|[6-9]\d{4}[ -]?\d{5})(?![\w-]|\.\d))"  # Indian mobile 98765 40226
)
_HOST_UPPER_HINT = re.compile(r"-[A-Z0-9]")
_HOST_HINT = re.compile(r"\b(?:lt|wks|ws|desktop|laptop|pc|nb|mbp|vdi|dt)-[a-z]|\.local|-mb|-macbook|-imac|-laptop|-pc"
                        r"|-desktop")
_ADDRESS = re.compile(_ADDRESS_PATTERN)
_POSTCODE_HINT = re.compile(r"[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}\b|, [A-Z]{2} \d{5}\b|, \d{5} [A-Z]|, \d{4}-\d{3} [A-Z]"
                            r"|, \d{4} [A-Z]{2} [A-Z]")
_ADDRESS_BY_POSTCODE = re.compile(
    rf"(?:(?:Flat|Apt|Apartment|Unit|Suite|No\.?)[ ]?\d+[A-Z]?,[ ])?\d{{1,5}}[A-Za-z]?,?[ ][{_UPPER}][^\n]{{2,60}}?"
    rf"(?:[A-Z]{{1,2}}\d[A-Z\d]?[ ]\d[A-Z]{{2}}|,[ ][A-Z]{{2}}[ ]\d{{5}}(?:-\d{{4}})?)\b"
    rf"|[{_UPPER}][\w.'’ -]{{2,40}}?[ ]\d{{1,4}}[a-z]?,[ ](?:\d{{5}}|\d{{4}}-\d{{3}}|\d{{4}}[ ][A-Z]{{2}})[ ]"
    rf"[{_UPPER}][\w-]+"
)
_STREET_HINT = re.compile(rf"{_STREET}\b")
_RUN = re.compile(r"(?:[\d+(]|E(?:MP)?-?(?=\d))[\d .()+-]{5,}")
_RUN_STARTS = frozenset("0123456789+(")
_ADDRESS_CUE = re.compile(r"(?i:\b(?:(?:home|postal|delivery|shipping|house) address(?: on file)?(?: is| should be| to)?|"
                          r"address(?: on file)?(?: is| should be|:)|deliver(?:y)? to|ship(?:ping)? to|"
                          r"send (?:it|them) to|courier it to(?: my home)?|post (?:it|them) to|lives at)"
                          r"(?!\w)[ \t]*[:?-]?[ \t]*)(?P<value>(?=[^\n]{0,60}\d)[\dA-Z][^\n]{5,120})")
# Looser cues ("ship the replacement to", "I moved to") need a value shaped like an address: a house
# number next to a capitalised word ("17 Harrow Road", "Rua Augusta 128,").
_ADDRESS_LOOSE_CUE = re.compile(
    r"(?i:\b(?:(?:ship|send|deliver|post|courier|forward)(?:ping|ed)?(?:[ \t]+[a-z]+){0,3}[ \t]+to|"
    r"(?:moved|relocated|move|relocating|moving)(?:[ \t]+house)?[ \t]+to|(?:my|new|our|the)[ \t]+address(?:[ \t]+is)?)"
    r"(?!\w)[ \t]*[:-]?[ \t]*)"
    rf"(?P<value>(?=[^\n]{{0,60}}?(?:\b\d{{1,5}}[A-Za-z]?,?[ ][{_UPPER}]|[{_LOWER}][ ]\d{{1,5}}[a-z]?,))"
    r"[\dA-Z][^\n]{5,120})")

# ----------------------------------------------------------------------------- cue words

_SECRET = r"[\"'“‘]?(?P<value>[^\s\"'”’]{{3,64}}?)[\"'”’]?(?=[\s,;)]|[.!?]+(?:\s|$)|$)"
_PASSWORD = re.compile(r"(?i:\b(?:password|passwd|pass[ -]?phrase|pass[ -]?word|pwd|pw|pword|pass[ -]?code|pin|"
                       r"pass(?=[ \t]*(?:[:=]|is\b|was\b)))\b"
                       r"(?:[ \t]+(?:is|was|will be|would be|now|set to|reset to|changed to|to|of|for now))*"
                       r"[ \t]*(?:[:=-]|is)?[ \t]*)" + _SECRET.format())
_TRIED = re.compile(r"(?i:\b(?:(?:new|old|temp|temporary|current|previous) (?:one|pw|password)(?: (?:i|I) "
                    r"(?:tried|used|typed|entered|set|chose))?|i (?:tried|typed|entered|used)|set it to|"
                    r"changed it to|reset it to)[ \t]+(?:was|is|as)?[ \t]*)" + _SECRET.format())
_OTP = re.compile(r"(?i:\b(?:code|codes|coode|otp|one[- ]time (?:code|password|passcode)|verification|passcode|"
                  r"token|pin|2fa|mfa|sms|authenticator|digits|text message|texted)\b[^\n\d]{0,30}?)"
                  r"(?<![\w.])(?P<value>\d{3}[ -]?\d{3}|\d{4,8})(?![\w.-])")
_USER = re.compile(r"(?i:\b(?:unlock (?:the |my |their )?account|user ?name|user ?id|login (?:name|id)|samaccountname|upn|"
                   r"network id|account name|for user|(?P<weak>user account|user|login|log ?in|logon|account|unlock|"
                   r"reset for))\b"
                   r"(?:[ \t]+(?:is|was|=|of))?[ \t]*[:=]?[ \t]*)"
                   r"(?P<value>[a-z][a-z0-9]*(?:[._-][a-z0-9]+)?\d{0,3})(?![\w@-]|\.\w)")
_DOMAIN_USER = re.compile(r"(?<![\w\\-])[A-Za-z][A-Za-z0-9-]{1,15}\\(?P<value>[a-z][a-z0-9._-]{1,30})(?![\w\\])")
_PAREN_USER = re.compile(rf"(?m:^[ \t]*{_TOKEN}(?:[ \t]+{_TOKEN}){{0,2}}[ \t]*)\((?P<value>[a-z][a-z0-9._-]{{1,30}})\)")

_SECRET_SHAPE = re.compile(r"(?=.*[A-Za-z])(?=.*[\d!@#$%^&*?_~+=])|.*[a-z][A-Z]|[A-Z]{2,}[a-z]")
_NOT_SECRET = re.compile(r"[\d.]+|0x[0-9a-fA-F]+|KB\d+|INC\d+|\[\w+(?:-\w+)?\]")
_USER_STOP = frozenset("""a an the is was has had and or to in on at for of with from my your our their his her
its this that it me us them you we they not no yes as be been account accounts name names id login logon
locked unlock unlocked reset password passwords details access request requests portal profile settings
can cannot cant doesn isn wasn will would should could who which what when where how why if but so just
about into after before again still now please pls asap here there all any some every each other new old
reports says said has have keeps gets got cant locked out getting having tried identity confirmed reported
called asked advised informed unable tried rebooted restarted logged experience group groups guide mailbox
licence license side error count list training support data needs wants cannot via back active inactive
script scripts created page pages locks fails failed works worked working disabled enabled mismatch loop screen
screens currently expired expires issue issues problem problems errors prompt prompts keeps kept box window
form button link details info information works process flow attempt attempts history works again today
properly correctly successfully anymore either there here fine""".split())


@dataclasses.dataclass(frozen=True)
class _Rule:
    """One redaction rule: run ``pattern`` when any ``hint`` occurs in the lower-cased text."""

    kind: str
    pattern: re.Pattern
    hints: tuple[str, ...] = ()


_CUE_RULES = (
    _Rule("password", _PASSWORD, ("pass", "pw", "pin")),
    _Rule("password", _TRIED, ("tried", "typed", "entered", "used", " it to")),
    _Rule("code", _OTP, ("code", "coode", "otp", "token", "pin", "2fa", "mfa", "sms", "verif", "authenticator",
                         "digits", "text")),
    _Rule("username", _USER, ("user", "log", "account", "upn", "network id", "unlock", "reset for")),
    _Rule("username", _DOMAIN_USER, ("\\",)),
    _Rule("username", _PAREN_USER, ("(",)),
    _Rule("employee-id", _EMPLOYEE_CUE, ("emp", "staff", "personnel", "payroll", "badge", "worker")),
    _Rule("address", _ADDRESS_CUE, ("address", "deliver", "ship", "courier", "post it", "post them", "send it",
                                    "send them", "lives at")),
    _Rule("address", _ADDRESS_LOOSE_CUE, ("address", "deliver", "ship", "courier", "post", "send", "forward", "mov",
                                          "relocat")),
)

# ----------------------------------------------------------------------------- small helpers


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
    text = text.replace("ø", "o").replace("Ø", "O").replace("ł", "l").replace("Ł", "L").replace("ß", "ss")
    text = unicodedata.normalize("NFKD", text)
    return re.sub(r"[^a-z-]", "", "".join(c for c in text if not unicodedata.combining(c)).lower())


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


def names_from_email(address: str) -> list[str]:
    """Name parts spelled out in a personal e-mail address (``jane.smith2@`` -> Jane, Smith)."""
    local = re.sub(r"\d+$", "", address.split("@", 1)[0])
    parts = [p for p in re.split(r"[._]", local) if len(p) > 2 and p.replace("-", "").isalpha()]
    return [p.capitalize() for p in parts] if len(parts) >= 2 else []


def _boundary_ok(text: str, start: int, end: int, joiners: str = "._-/+\\") -> bool:
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    return not (before.isalnum() or before in joiners) and not (after.isalnum() or after == "_")


def _replace_group(match: re.Match, placeholder: str) -> str:
    start, end = match.span("value")
    whole = match.group(0)
    return whole[: start - match.start()] + placeholder + whole[end - match.start():]


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


# ----------------------------------------------------------------------------- shape and cue passes


def _redact_emails(text: str, known: _Known) -> str:
    out, last = [], 0
    for match in _EMAIL_DOMAIN.finditer(text):
        start = match.start()
        while start > last and text[start - 1] in _EMAIL_LOCAL:
            start -= 1
        if start == match.start():
            continue
        address = text[start:match.end()]
        if is_role_mailbox(address) or _team_mailbox(address, known):
            continue
        parts = names_from_email(address)
        if parts:
            known.add_name(" ".join(parts))
        known.users.add(address.split("@", 1)[0].lower())
        out += [text[last:start], "[email]"]
        last = match.end()
    return "".join(out) + text[last:] if out else text


def _team_mailbox(address: str, known: _Known) -> bool:
    """A role word first and no person's name after it: ``facilities.london@``, ``it-helpdesk.de@``."""
    parts = [p for p in re.split(r"[._+-]", address.split("@", 1)[0].lower()) if p]
    if len(parts) < 2 or parts[0] not in ROLE_WORDS or any(c.isdigit() for c in "".join(parts)):
        return False
    names = {t.lower() for t in known.tokens} | {n.lower() for n in known.lexicon.first_names}
    return not any(p in names or p in known.lexicon.surnames_lower for p in parts[1:])


def _numeric(match: re.Match) -> str:
    text = match.group(0)
    kind = next(k for k in ("employee", "card", "ip", "phone") if match.group(k))
    if not _boundary_ok(match.string, match.start(), match.end(), "._-+" if kind == "ip" else "._-/+\\"):
        return text  # an IP may follow "http://" or "\\\\"; other numbers must stand alone
    if kind == "employee":
        return "[employee-id]"
    if kind == "card":
        digits = re.sub(r"\D", "", text)
        if luhn_ok(digits) and 13 <= len(digits) <= 19:
            return "[card]"
        return "[phone]" if 9 <= len(digits) <= 15 and text[0] in "0+(" else text
    if kind == "ip":
        return _ip(match)
    digits = sum(c.isdigit() for c in text)
    return "[phone]" if 9 <= digits <= 15 else text


_VERSION_CUE = re.compile(r"(?i)(?:version|ver\.?|v|build|release|firmware|update|upgrade|patch|driver|client|"
                          r"or later|or newer|or above)[ \t:]*(?:to|is|of)?[ \t]*$")
_IP_CUE = re.compile(r"(?i)(?:\bip\b|address|gateway|dns|server|host|ping|subnet|proxy|from|is)[^\n]{0,25}$")


def _ip(match: re.Match) -> str:
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


def _redact_numbers(text: str) -> str:
    """Phones, cards, IPs and employee ids: try the shapes only where a run of digits starts."""
    out, last = [], 0
    for run in _RUN.finditer(text):
        for pos in _run_starts(text, max(run.start(), last), run.end()):
            if pos < last:
                continue
            match = _NUMERIC.match(text, pos)
            if match is None:
                continue
            replacement = _numeric(match)
            if replacement != match.group(0):
                out += [text[last:pos], replacement]
                last = match.end()
    return "".join(out) + text[last:] if out else text


def _run_starts(text: str, start: int, end: int) -> list[int]:
    starts = [start]
    for i in range(start + 1, end):
        if text[i] in _RUN_STARTS and not text[i - 1].isdigit():
            starts.append(i)
    return starts


def _redact_shapes(text: str, low: str, known: _Known) -> str:
    if "@" in text:
        text = _redact_emails(text, known)
    if _MAC_HINT.search(text):
        text = _MAC.sub("[mac]", text)
    if _STREET_HINT.search(text):
        text = _ADDRESS.sub("[address]", text)
    if _POSTCODE_HINT.search(text):
        text = _ADDRESS_BY_POSTCODE.sub("[address]", text)
    text = _redact_numbers(text)
    if _HOST_UPPER_HINT.search(text):
        text = _HOST_UPPER.sub("[host]", text)
    if _HOST_HINT.search(low):
        text = _HOST_LOWER.sub("[host]", text)
    return text


def _redact_cues(text: str, known: _Known) -> str:
    low = text.lower()
    for rule in _CUE_RULES:
        for hint in rule.hints:
            if hint in low:
                text = rule.pattern.sub(_cue_replacer(rule.kind, known), text)
                break
    return text


def _weak_username_ok(value: str, known: _Known) -> bool:
    """After a weak cue ("account", "login", "user") only something that looks like a username counts."""
    low = value.lower()
    if low in known.users or re.search(r"\d|[._-]", value):
        return True
    return len(value) >= 4 and low not in known.lexicon.common_words and low not in _USER_STOP


def _cue_replacer(kind: str, known: _Known) -> Callable[[re.Match], str]:
    def replace(match: re.Match) -> str:
        value = match.group("value")
        if kind == "password" and (not _SECRET_SHAPE.match(value) or _NOT_SECRET.fullmatch(value) or len(value) < 5):
            return match.group(0)
        if kind == "username":
            if value.lower() in _USER_STOP or len(value) < 3:
                return match.group(0)
            if "weak" in match.re.groupindex and match.group("weak") and not _weak_username_ok(value, known):
                return match.group(0)
            known.users.add(value.lower())
        return _replace_group(match, f"[{kind}]")
    return replace


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


def _collect_names(text: str, known: _Known) -> None:
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


def _replace_names(text: str, known: _Known) -> str:
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


# ----------------------------------------------------------------------------- public API


def _redact_fields(texts: Sequence[str], names: Iterable[str], lexicon: Lexicon) -> list[str]:
    known = _Known(lexicon)
    for name in names:
        known.add_name(name)
    texts = [_redact_cues(_redact_shapes(t, t.lower(), known), known) if t else t for t in texts]
    for text in texts:
        if text:
            _collect_names(text, known)
    return [_replace_names(t, known) if t else t for t in texts]


def redact_text(text: str, names: Iterable[str] = ()) -> str:
    """Remove personal data from one text.

    Args:
        text: any ticket text.
        names: names known to belong to people (e.g. the caller); each part is removed
            wherever it occurs, with the usernames derived from it.

    Returns:
        The text with personal data replaced by placeholders such as ``[name]``.
    """
    return _redact_fields([text], names, Lexicon())[0]


def redact_ticket(ticket: Ticket, lexicon: Lexicon | None = None) -> Ticket:
    """Return a copy of ``ticket`` with personal data removed from every text field.

    Subject, description, comments, resolution note and category are redacted. The caller's
    name parts (and usernames derived from them) are removed everywhere in the ticket, names
    found in one field are removed from all of them, and ``caller`` becomes ``[name]``.

    Args:
        ticket: the ticket as imported.
        lexicon: names learned across the export (see :func:`learn_lexicon`), if any.
    """
    names = [ticket.caller] if ticket.caller else []
    fields = [ticket.subject, ticket.description, ticket.close_notes, ticket.category, *ticket.comments]
    subject, description, close_notes, category, *comments = _redact_fields(fields, names, lexicon or Lexicon())
    return dataclasses.replace(ticket, subject=subject, description=description, close_notes=close_notes,
                               category=category, comments=tuple(comments), caller=NAME if ticket.caller else "")


def learn_lexicon(tickets: Sequence[Ticket]) -> Lexicon:
    """What an export says about names: the callers' first names and surnames, and the words it
    also writes in lower case (so "File Explorer" is not taken for a name)."""
    first, last = set(), set()
    lower_counts: dict[str, int] = {}
    step = max(1, len(tickets) // _LEXICON_SAMPLE)
    for ticket in tickets[::step]:  # an even sample is enough to know the everyday words
        text = "\n".join((ticket.subject, ticket.description, ticket.close_notes, *ticket.comments))
        for word in set(_LOWER_WORD.findall(text)):
            lower_counts[word] = lower_counts.get(word, 0) + 1
    for ticket in tickets:
        parts = [p for p in name_parts(ticket.caller) if p[0].isupper()]
        if len(parts) >= 2 and parts[0] not in _NOT_NAMES:
            first.add(parts[0])
            last.update(p for p in parts[1:] if p not in _NOT_NAMES)
    common = frozenset(w for w, n in lower_counts.items() if n >= _COMMON_MIN)
    return Lexicon(frozenset(first), frozenset(last), common - {n.lower() for n in first | last})


_LOWER_WORD = re.compile(rf"(?<![\w@.])[{_LOWER}][{_LOWER}'’-]+(?![\w@]|\.\w)")
_COMMON_MIN = 3
_LEXICON_SAMPLE = 5000


def redact_tickets(tickets: Sequence[Ticket]) -> tuple[Ticket, ...]:
    """Redact a whole export: :func:`redact_ticket` with the callers' names of the export learned
    first, so that a colleague named in another ticket is caught where no cue points at them."""
    lexicon = learn_lexicon(tickets)
    collecting = gc.isenabled()
    gc.disable()  # many short-lived strings and no cycles: collection passes only cost time
    try:
        return tuple(redact_ticket(t, lexicon) for t in tickets)
    finally:
        if collecting:
            gc.enable()


def write_redacted_jsonl(tickets: Iterable[Ticket], path: Path) -> None:
    """Write tickets as JSON lines ``{ticket_id, subject, description, comments, close_notes, caller}``.

    The tickets must already be redacted. One ticket per line, in the given order, keys in a
    fixed order with ``ticket_id`` first and ``comments`` last (readers that sniff the first
    bytes of a file for ``"comments"`` must not take it for a Zendesk comments export).
    """
    with open(path, "w", encoding="utf-8", newline="\n") as out:
        for t in tickets:
            record = {"ticket_id": t.ticket_id, "subject": t.subject, "description": t.description,
                      "close_notes": t.close_notes, "caller": t.caller, "comments": list(t.comments)}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
