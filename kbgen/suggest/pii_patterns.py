"""The patterns and word lists of personal-data redaction (:mod:`kbgen.suggest.redact`).

Shapes (e-mail, phone, IP, MAC, card, address, device names), cue phrases before secrets,
usernames and addresses, and the vocabularies that tell a name from an ordinary word. Kept
apart from the redaction logic so that each reads on its own.
"""
from __future__ import annotations

import dataclasses
import functools
import re
from typing import Iterable

from ..fold import unaccented
from .concepts import LOCKED_OUT, SIGN_IN_PHRASE, SIGN_IN_WORDS
from .pii_postcodes import DUTCH, EIRCODE, UK, US_STATE, ZIP_PLUS, with_blank
from .shared import stem, words_of

# ----------------------------------------------------------------------------- vocabulary

# Letters of the Latin script, capitals and small letters apart, generated from Unicode: Latin-1,
# Extended-A/B (Polish, Czech, Turkish, Romanian...) and Extended Additional (Vietnamese "Đặng",
# "Bảo", Welsh "Ŵ"), so a name written with any of them is one token.
_LATIN = [chr(c) for c in (*range(0xC0, 0x250), *range(0x1E00, 0x1F00)) if chr(c).isalpha() and chr(c) not in "×÷"]
_UPPER = "A-Z" + "".join(c for c in _LATIN if c.isupper())
_LOWER = "a-z" + "".join(c for c in _LATIN if c.islower())
_TOKEN = rf"[{_UPPER}](?:[{_LOWER}]+|['’](?=[{_UPPER}]))(?:[-'’]?[{_UPPER}][{_LOWER}]+|-[{_LOWER}]+)?"
# Name particles: the closed class of short words that stand before a surname and belong to it
# (patronymic, toponymic and nobiliary particles), in lower case: Romance ("de la", "dos", "della",
# "du", "dei", "dal"), Germanic ("van der", "von", "ter", "ten"), Arabic and Malay
# ("bin", "binti", "bint", "ibn", "abu", "al", "el"), Gaelic ("Mac", "Nic", "Mhic", "Ní" also typed
# "Ni", "Ó", "Uí"),
# Welsh ("ap", "ferch") and Polynesian ("Te"): those of nameparser's PREFIXES that are no place
# words ("san", "st") plus the Gaelic, Welsh and Polynesian ones it lacks. Ordinary words of some
# language each ("de", "van", "te", "Mac"): a particle is part of a name only before the word it
# introduces, never a name on its own (see :func:`.pii_accounts.name_parts`). Left out: "do"
# (Portuguese; before a capitalised word it is the English verb far more often) and German "zu",
# "zur", "vom" (before German nouns, which are capitalised: "- zur Reparatur").
_PARTICLES = frozenset("""de van von der den da di du del della le la bin al el dos das ter ten des dei degli dal
dalla binti bint ibn abu mac mhic nic ní ni ó uí ap ferch verch te""".split())
NAME_PARTICLE = "(?:" + "|".join(sorted(_PARTICLES)) + ")"
# The particles that join two capitalised words into one candidate run: not those that are also
# everyday small words between capitalised ones in some language ("Outlook ni Teams", "Gestion des
# Comptes", Dutch "te"), nor "mac" (the computer).
_PARTICLE = "(?:" + "|".join(sorted(_PARTICLES - {"te", "ni", "des", "mac"})) + ")"
_CAPS_TOKEN = rf"[{_UPPER}][{_UPPER}'’-]+"

# The particles as written without their accents (keyboards drop them: "Ni" for "Ní"), of two letters
# or more ("Ó" unaccented is the letter "O"). Not "ui": "Uí" typed without its accent is the acronym
# "UI" (a user interface) far more often in support text.
_PARTICLES_UNACCENTED = frozenset(unaccented(p) for p in _PARTICLES if len(unaccented(p)) > 1) - {"ui"}


@functools.lru_cache(maxsize=4096)
def is_particle(word: str) -> bool:
    """A name particle (``_PARTICLES``: "van", "NÍ", "Te", "bint") in any case, with or
    without its accents, and as :func:`.withheld.fold` writes it. The one test every reader of particles
    uses (the name rules of :mod:`.pii_names`, the logins of :mod:`.pii_accounts`, the export-wide guard of :mod:`.withheld`, the lexicon of :mod:`.redact`)."""
    if len(word) > 5:
        return False
    low = word.casefold()
    return low in _PARTICLES or low in _PARTICLES_UNACCENTED


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

# Endings of English nouns that name a field, an activity or a quality ("Cardiology", "Logistics",
# "Scheduling", "Management", "Security"): a word so ended that no gazetteer knows as a name is the
# department or system a first name is part of (a first name before a specialty), not a surname, and a mailbox
# named so (``scheduling@``) is a team's.
_ABSTRACT_ENDINGS = ("ology", "ologies", "ics", "tion", "tions", "sion", "ment", "ments", "ness", "ity", "ance",
                     "ence", "ship", "ware", "ing", "ography", "istry")


def abstract_noun(word: str) -> bool:
    """True for a word of six letters or more with one of those endings (seven for "-ing": "Ewing")."""
    low = word.lower()
    return len(low) >= (7 if low.endswith("ing") else 6) and low.endswith(_ABSTRACT_ENDINGS)


_NOT_NAMES = frozenset("""
The This That These Those There Then Thanks Thank Regards Cheers Best Hi Hello Hey Dear Morning
Afternoon Evening Team All Everyone IT Service Desk Support Helpdesk Please Kind Many Sent From To
Cc Subject Date Re Fw Fwd Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February
March April May June July August September October November December Teams Outlook Windows Office
Excel Word Mac Microsoft Google Zoom Slack Chrome Edge VPN Wi Fi WiFi Wifi
São Sao San Santa Santo Sankt Saint Sainte Puerto Porto Fort Cabo Sorry Yes No Ok OK Okay Just Also Still Any Some Can Could
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

LOWER_STOP = frozenset("""the and for you are was has not but can will may might must with from this that have
been were they them their there here when what which who how why all any some new old one two top bill mark
grace hope joy faith rose page chase summer autumn winter spring sky iris amber ruby crystal dawn victor art don
guy ray rich sue pat max jack frank bob carol holly ivy sunny lane norm will june april august green brown park
hill stone price wood fox shah day king young white black rice long hall lee rose
till until via per upon than valid""".split())
"""Lower-case words never taken for a name, even when a name of the ticket is spelled so (the last
line: prepositions and the adjective of a date's phrase, ("runs until"), which name lists of some
locales hold as given names)."""

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
loop in|looped in|copy in|cc in|include|ping|tell|told|ask|asked|let|inform|informed|per|speak to|talk to|reach out to|
reached out to|met with|invite|invited|introduce|thank|thanked|user :|employee :|contact :|attn|attn :|att|att :|attention|attention :|best wishes|warm wishes|wishes|
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
    r"is starting|is joining|joins|joined|is out|is on (?:leave|holiday)|says|said|reports|reported)\b"
    r"|[ \t]*<[^>\n]{1,80}@",
    re.I,
)
# An id or a username in brackets after a run ("Jane Smith (jsmith)"): evidence only when the run
# itself looks like a name, since "Pager (jsmith)" is a subject with the caller's username.
_ID_AFTER = re.compile(r"[ \t]*\((?:[A-Z]{0,3}\d{4,}|\[?[a-z][a-z0-9._-]{1,30}\]?)\)")
_SIGNATURE_TAIL = re.compile(r"[ \t]*(?:\||<[^>\n]{1,80}@|\([A-Z]?\d{4,}\)|\(\[?[a-z][a-z0-9._-]{1,30}\]?\)"
                             r"|[,\-–—][ \t]*[A-Z][^\n]{0,60}(?:\r?\n|$)|[^\w\n]{0,8}(?:\r?\n|$))")
_TITLE_DOT = re.compile(r"\b(mr|mrs|ms|mx|dr|prof)\.")
_CUE_WORDS = re.compile(r"\w[\w'’]*|:|\n|[.!?;]")

# ----------------------------------------------------------------------------- shapes

_EMAIL_DOMAIN = re.compile(r"@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}\b")
_EMAIL_LOCAL = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._%+-'")

_MAC_HINT = re.compile(r"[:-][0-9A-Fa-f]{2}[:-][0-9A-Fa-f]{2}[:-]|\.[0-9A-Fa-f]{4}\.")
_MAC_PAIRS_HINT = re.compile(r"[0-9A-Fa-f]{2}(?P<hs>[. ])[0-9A-Fa-f]{2}(?P=hs)[0-9A-Fa-f]{2}(?P=hs)[0-9A-Fa-f]{2}")
_MAC = re.compile(r"(?<![\w:.-])(?:[0-9A-Fa-f]{2}(?P<ms>[:-])[0-9A-Fa-f]{2}(?:(?P=ms)[0-9A-Fa-f]{2}){4}"
                  r"|[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4})(?![\w:-])")
# Six byte pairs parted by dots or by spaces: how some inventories, label printers and phone
# settings screens write a MAC. Digits alone in such groups are a phone number or a list of counts,
# so one pair at least must hold a hex letter, and three a digit, or it is words ("be de fa"; checked
# by the caller); a pair more on either side or a dot going on makes it something else (an OID, an id).
_MAC_PAIRS = re.compile(r"(?<![\w:.-])(?<!(?<!\w)[0-9A-Fa-f]{2}[ ])[0-9A-Fa-f]{2}(?P<ps>[. ])[0-9A-Fa-f]{2}(?:(?P=ps)[0-9A-Fa-f]{2}){4}"
                        r"(?![\w:-]|\.\w|[ ][0-9A-Fa-f]{2}(?!\w))")
# Ids after the words that name them: a person's number in an organisation's records (HR's
# reference of a person is such a number too). Such numbers are digits with up to three letters
# before them and up to two after (a check letter or a site: "H6265Z", "E-1042"), or two groups of
# digits ("412-7781"), four digits or more in all, with any further number parts a record system
# adds ("/2", ".1", "-9": a sequence or a check digit), which are the same person's number; a date
# written there (ISO or day-month-year) is no one's number. ``ID_CORE`` is the one shape of a staff
# id; the rule for ids beside a name (redact.py's ``_ID_SHAPE``) reads the same shape.
ID_CORE = r"(?:[A-Z]{0,3}-?\d{4,10}(?:-?[A-Z]{1,2})?|\d{2,4}[-/]\d{3,6})"
# After a label, a number may also be printed in groups of three digits parted by a space or a dot, as
# many locales print long numbers ("541 902", "541.902"): behind a label naming a person's number it is
# that number (only there: elsewhere the same shape is a count or an amount; a bare "ID" may be a
# transaction's or a process's, so it takes no grouped number, and a unit or a count noun after the
# number makes it a quantity, redact.py's ``_grouped_quantity``).
_GROUPED_DIGITS = r"\d{3}[ .]\d{3}(?:[ .]\d{3})?(?![ .]?\d)"
GROUPED_NUMBER = re.compile(_GROUPED_DIGITS)
"""A number printed in groups of three digits (see ``_GROUPED_DIGITS``): matched whole, a staff
label's grouped value, which a unit after it (``UNIT_AFTER_NUMBER``) makes a quantity."""


def _currency_codes() -> str:
    """The ISO 4217 currency codes (Babel's list, current and historical) as a pattern's alternatives:
    "250 000 EUR", "7 450 NOK" are amounts in any currency, without a hand list of some of them."""
    from babel.numbers import list_currencies

    return "|".join(sorted((c for c in list_currencies() if re.fullmatch("[A-Z]{3}", c)), reverse=True))


# A unit right after a number (a space or tab may part them): a currency sign or ISO 4217 code, a
# percent or degree sign, or a unit of measure of the kinds tickets quote (bytes and bits with their
# decimal or binary prefixes and "per second", hertz, pixels, frames, dots per inch, milliseconds,
# watts and watt-hours, battery mAh, lengths and masses, "p"/"k" of video modes and counts), in any
# case. Two or three capitals that are no currency ("HR", "IT", "PC") are no unit: a department or a
# word of the sentence after a number ("badge 905 216 HR asked for").
UNIT_AFTER_NUMBER = (r"[ \t]?(?:[%‰°€$£¥₹₩₽]|(?:" + _currency_codes() + r")\b|"
                     r"(?i:(?:[kmgtp]i?)?b(?:ps|/s)?|[kmgtp]?bits?(?:/s)?|[kmg]?hz|fps|px|dpi|ppi|ms|mah|"
                     r"[km]?wh?|mm|cm|km|kg|p|k)\b)")
"""A unit after a number, as a pattern (no group): the one notion of a quantity's unit for the rules
that tell a quantity from an id."""
def label_gap(marks: str = ":#|=") -> str:
    """The gap between a label and its value, as a pattern (no group): blanks, at most one of the
    separator ``marks``, blanks. The second run of blanks comes only after a separator, so a long run of
    blanks with no value after it can be parted between the two runs in one way only: the scan stays
    linear (written "blanks, optional separator, blanks" it was quadratic in the run)."""
    return rf"[ \t]*(?:[{marks}][ \t]*)?"


_ID_VALUE = (rf"(?!\d{{4}}-\d\d-\d\d\b|\d{{1,2}}[./-]\d{{1,2}}[./-]\d{{2,4}}\b)"
             rf"(?P<value>{_GROUPED_DIGITS}|{ID_CORE}(?:[-/.]\d{{1,6}})*)\b")
# Label-value structure: a label is parted from its value by ":", "#", "=" or, in a table written as
# text ("Employee no. | 48213", "Username | jdoe"), by a cell bar "|"; every cue rule below accepts each.
# A label's words may be joined as log keys and field names join them ("staff_no=", "badge-id:"); a
# printed form leads the eye from label to value with a filler, any run of three dots or underscores or
# more, or an ellipsis ("Badge no ____ 4821", "Member id … 4821").
_EMPLOYEE_CUE = re.compile(r"(?i:\b(?:(?:employee|staff|student|emp|empl|personnel|payroll|badge|worker|member|patient|"
                           r"person|unique|university|customer|user|hr)[ ._-]*(?:id|no|number|num|nr|#|ref|reference)|uid|emplid|mrn"
                           # a label naming a person's membership alone, before its separator ("Badge:", "emp=")
                           r"|(?:badge|emp|empl|employee|staff|personnel|payroll|worker)(?=[ \t]*[:#=|]))"
                           r"\.?(?:[ \t]+(?:is|was|=)|[ \t]*(?:[._]{3,}|…+))?" + label_gap() + ")" + _ID_VALUE +
                           r"|(?<![\w-])(?:ID|Id|id)" + label_gap(":#=") + r"(?P<bare>\d{5,10})\b")
# The words for a staff number in the other languages users write ("Matrícula", "Nº de funcionário",
# "numer pracownika", "osobní číslo", "törzsszám", "Personalnummer"), a rule of its own so that its
# long list runs only where one of its stems occurs (``_CUE_RULES``).
_EMPLOYEE_CUE_INTL = re.compile(
    r"(?i:\b(?:matr[íi]c(?:ula|ola)|matricule|legajo|n[úu]mero de (?:empleado|funcion[áa]rio|colaborador|personal)|"
    r"n[º°o]\.? (?:de )?(?:empleado|funcion[áa]rio|colaborador)|(?:numer|nr) (?:pracownika|ewidencyjny|kadrowy)|"
    r"osobn[íi] [čc][íi]slo|t[öo]rzssz[áa]m|personalnummer|personeelsnummer|anst[äa]llningsnummer|ansattnummer|"
    r"henkil[öo]numero|num[ée]ro (?:d'employ[ée]|de matricule)|codice dipendente|num[ăa]r marc[ăa])"
    r"\.?(?:[ \t]+(?:is|es|é|je|to|=))?" + label_gap(":#|") + ")" + _ID_VALUE)
# A person's number written as "<what> <the word for a number> <value>" in any language: a label of one
# or two words that ends in the word for a number ("sicil no", "shain bangou", "Mitarbeiter-Nr.",
# "osobní číslo", "nomor induk"), then an id. The word for a number is far more alike across languages
# than the words for staff; a label naming a record, a thing or a place (``RECORD_LABEL_WORDS``) is skipped.
_NUMBER_WORDS = (r"(?:no|nr|n[º°o]|num|number|numbers|numero|n[úu]mero|num[ée]ro|nummer|numer|[čc][íi]slo|sz[áa]m|"
                 r"broj|bang[oō]u?|beonho|numara(?:s[ıi])?|nomor|s[ốo])")
NUMBER_WORD = re.compile(_NUMBER_WORDS, re.IGNORECASE)
"""The word for a number, in the languages users write (see ``_NUMBER_WORDS``)."""
# The pattern opens at the word for a number (a letter before its space or dash), which is rare, so
# that the scan does not try every word of a text as a label; the label is read before the match.
_NUMBERED_LABEL = re.compile(rf"(?i:(?<=[^\W\d_])[ -]{_NUMBER_WORDS}"
                             r"\.?(?:[ \t]+(?:is|es|é|je|=))?" + label_gap() + ")" + _ID_VALUE)
RECORD_WORDS = frozenset("""
order orders bestell bestellung commande ordine pedido orden zamowienia objednavka rendeles siparis narudzba
invoice rechnung factura fattura faktura fatura szamla racun bill receipt
ticket incident case caso fall dossier vorgang
serial serie seriennummer part teil piece parte article artikel articulo articolo item sku product produkt
model modell modele modelo batch lot lotto lote charge tracking sendung waybill awb shipment booking container
vessel imo flight vuelo volo flug version build release error fehler kb po purchase asset inventory
commit changeset revision rev sha hash record
tag tags label
inventar inventaire license licence lizenz reference ref referenz riferimento referencia project
projekt projet progetto proyecto cost kosten contract vertrag contrat contratto contrato
quote angebot offerte devis preventivo presupuesto lieferschein registered registration
handelsregister vat tax steuer
""".split())
"""Words that name a record or a thing (folded): a number after them is that record's or thing's, not a
person's and not a phone's ("Order 2025 0412 7781", "PO 4410 2203 17"). A company's or a delivery's
line ("Firma:", "for the delivery:") is where a contact's phone is written: those words are not listed."""
RECORD_LABEL_WORDS = RECORD_WORDS | frozenset("""
call request change problem task job room raum salle stanza sala office floor building desk seat gate dock
bay berth code port vlan page step line
""".split())
"""Words of a label that says its number is a record's, a thing's or a place's, not a person's (folded);
a place's or a desk's number may still be a phone's, so only ``RECORD_WORDS`` keep a phone-shaped one."""


EVENT_ENDINGS = ("ed", "ing", "ion", "ure", "ment", "ness")
"""Endings of English words for a state or an event ("denied", "locking", "expiration", "failure",
"enablement", "slowness"): what a sentence says of an account or a password, not its value. The one
list both rules extend (``redact._INFLECTED`` after account words, ``pii_secrets._STATE_WORD`` in a
password's value slot)."""


def record_word(word: str) -> bool:
    """Whether a label's ``word`` (folded) is one of ``RECORD_LABEL_WORDS``, in the singular or with an
    English plural "s" ("tickets", "orders"): the one test of a record word for every rule."""
    return word in RECORD_LABEL_WORDS or word.rstrip("s") in RECORD_LABEL_WORDS
PHONE_LABEL_WORDS = frozenset("phone telephone telefon tel mobile mobil cell fax".split())
"""A label of a phone number: its number is read by the phone rules, not as a person's id."""
_HOST_UPPER = re.compile(  # no letter before the prefix: letters glued in front make an asset tag
    rf"(?<![A-Za-z0-9])(?:LT|WKS|WS|DESKTOP|LAPTOP|PC|NB|MBP|MBA|VDI|WIN|TAB|MAC|DT|LAP)-[{_UPPER}0-9]*[{_UPPER}][{_UPPER}0-9]*"
    r"(?:-[A-Z0-9]+)*\b"
    r"|(?<![A-Za-z0-9])[A-Z][A-Z0-9]{2,}-(?:LT|PC|WKS|NB|DT|MBP|LAP|DESKTOP)(?:-?\d+)?\b"  # the number too
)
# Device-role codes that name what a machine is (laptop, notebook, PC, workstation, desktop, MacBook,
# virtual desktop, tablet): a machine name made of one and a person's name or a number is a person's
# machine. Glued on ("LTCARDE88": the role code, three to eight letters of a name, a number; "GDNWKS1234":
# a site code, the role code, a number), before a name in small letters ("MBP-jukka"), or between a site
# code and a name ("GDN-LT-WROBLE", "gdn-nb-wroblewski"). Server and printer names carry no role code
# ("ZRH-DB-07", "PRN-OSL-4F-01") and stay; a product written with a version ("WS2019", "LTSC2019") has
# too few letters or no site code.
ROLE_CODE_WORDS = ("lt", "nb", "pc", "ws", "wks", "dt", "lap", "mbp", "mba", "vdi", "ntb", "tab")
"""The one list of end-user role codes; in small letters "mba" is a degree and "tab" a word of a
page, so the small-letter forms below leave them out where nothing else marks a machine."""
_ROLE_CODES = "(?:" + "|".join(c.upper() for c in ROLE_CODE_WORDS) + ")"
_ROLE_LOWER = "(?-i:" + "|".join(c for c in ROLE_CODE_WORDS if c != "mba") + ")"
_ROLE_LOWER_WORDS = "(?-i:" + "|".join(c for c in ROLE_CODE_WORDS if c not in ("mba", "tab")) + ")"
_HOST_ROLE = re.compile(
    rf"(?<![\w-]){_ROLE_CODES}[A-Z]{{3,8}}\d{{1,6}}(?![\w-])"
    rf"|(?<![\w-])[A-Z]{{2,4}}{_ROLE_CODES}\d{{3,6}}(?![\w-])"
    rf"|(?<![\w-])[a-z]{{2,4}}{_ROLE_LOWER}\d{{3,6}}(?![\w-])"
    rf"|(?<![\w.-])(?:{_ROLE_CODES}|LAPTOP|DESKTOP)-[a-z][a-z0-9]{{1,20}}(?![\w-])"
    rf"|(?<![\w.-])[A-Za-z]{{2,5}}-(?:{_ROLE_CODES}|{_ROLE_LOWER_WORDS})-[A-Za-z][A-Za-z0-9]{{1,20}}(?![\w-])"
    # the role code first, then a site code and a name in small letters ("nb-gdn-wrobl"); codes that are
    # also other words' abbreviations (pc, ws, dt, lap) are left to the orders above, server parts stay
    rf"|(?<![\w.-])(?:lt|nb|wks|mbp|ntb)-[a-z]{{2,4}}-(?!(?:server|srv|app|sql|db|prd|prod|dev|test|fs|dc|print|vpn)\b)"
    r"[a-z][a-z0-9]{1,20}(?![\w-])")
# Two letters that can open a role code, then what may follow one: a cheap superset of ``_HOST_ROLE``.
_HOST_ROLE_HINT = re.compile(r"[LNPWDMVT][TBCSKAD][A-Z0-9-]|-[lnpwdmvt][tbcskad]|(?:lt|nb|wks|mbp|ntb)-|[a-z](?:lt|nb|pc|ws|wks|dt|lap|mbp|vdi|ntb|tab)\d")
# A machine name right after the word for a machine ("laptop HLTNIBHRIANB6", "device LEJFOXW1",
# "Workstation CEBNIW3"): capitals and digits, four letters or more, ending in a digit, as naming
# schemes build them from a site, a person and a number. A model ("laptop E7450", "T14") has fewer letters.
_HOST_CAPS_TOKEN = re.compile(r"(?<![\w-])[A-Z][A-Z0-9]{4,14}\d(?![\w-])")
DEVICE_WORDS = ("laptop", "notebook", "workstation", "desktop", "device", "pc", "computer", "machine", "host",
                # the word for a computer, a laptop or a workstation in the other languages users write
                "rechner", "arbeitsplatz", "ordinateur", "portable", "poste", "portatile", "computador", "computadora",
                "ordenador", "equipo", "portatil", "portátil", "komputer", "pocitac", "počítač", "számítógép",
                "kone", "tietokone", "maskin", "dator", "datamaskin", "werkplek", "bilgisayar", "makine", "racunalo",
                "računalo", "calculator", "kompyuta", "tarakilishi")
"""The words for a machine one person uses, before its name; each rule that reads a name after
them builds its pattern and its cheap pre-check from this one list."""
_DEVICE_WORD_BEFORE = re.compile(rf"(?i)\b(?:{'|'.join(DEVICE_WORDS)}|host ?name)\w{{0,3}}"
                                 r"(?:[ \t]+(?:name|is|=))?[ \t]*(?:[:#=|][ \t]*)?\Z")
# MAC addresses written bare, twelve hexadecimal digits with letters and digits both ("a9764eb03843"):
# a short hash or an id has its word before it ("commit", "sha", "serial") and stays.
# Twelve hex digits written whole, or as two halves of six parted by a dash (the vendor half and the
# device half, as some switch and wireless consoles print a MAC: "3c52a1-0f77e4").
_MAC_BARE = re.compile(r"(?<![\w:.#/-])[0-9A-Fa-f]{6}-?[0-9A-Fa-f]{6}(?![\w:-]|\.\w)")
_HASH_CUE = re.compile(r"(?i)\b(?:commit|hash|sha\d*|md5|checksum|revision|rev|build|id|guid|uuid|serial|s/n|sn|"
                       r"tracking|order|ref|key|token|version)\W{0,3}\Z")
_HOST_LOWER = re.compile(  # a name's own letters too ("bjørn-thinkpad")
    # (a host name's label is at most 63 characters: every repeat is bounded, so a long hyphenated
    # token is read in linear time, not from every start to its end)
    r"\b(?:lt|wks|ws|desktop|laptop|pc|nb|mbp|vdi|dt)-[a-z][a-z0-9]{2,62}(?:-[a-z0-9]{1,63}){0,8}-\d{1,9}\b"
    rf"|(?i:\b[{_LOWER}0-9][{_LOWER}0-9.'’-]{{0,62}}-(?:mbp|mba|macbook(?:-?pro|-?air)?|imac|laptop|pc|desktop|thinkpad|notebook|"
    r"surface|latitude|elitebook|probook|xps|ipad|tablet)(?:-\d+)?(?:\.local)?\b)"
    r"|\b[A-Za-z0-9][A-Za-z0-9-]{0,62}\.local\b"
    # a person's name, an initial or a number, and the role code last ("berzins-f-ws", "kim-07-lt")
    rf"|(?<![\w.-])[{_LOWER}][{_LOWER}'’]{{1,20}}-[{_LOWER}0-9]{{1,3}}-(?:ws|wks|lt|nb|dt|ntb)(?![\w-])"
)
_STREET = (r"(?:Road|Rd|Street|St|Lane|Ln|Avenue|Ave|Drive|Dr|Way|Close|Court|Ct|Gardens|Place|Pl|Crescent|"
           r"Terrace|Grove|Park|Hill|Row|Square|Sq|Walk|Mews|Boulevard|Blvd|Parkway|Circle|Highway|Hwy|Green|"
           r"View|Rise|Vale|Quay|Wharf|Layout|Cross|Main|Nagar|Marg)")
_POSTCODE = rf"(?:{UK}|{US_STATE}{ZIP_PLUS}|{EIRCODE}|\d{{6}}|\d{{5}})"  # shapes of .pii_postcodes
_STREET_AND_TOWN = (rf"\d{{1,5}}[A-Za-z]?,?[ ](?:[{_UPPER}][\w'’-]*[ ]|\d+(?:st|nd|rd|th)[ ]){{1,4}}{_STREET}\b"
                    rf"[^\n]{{0,60}}?{_POSTCODE}\b")
_ADDRESS_PATTERN = rf"(?:Flat|Apt|Apartment|Unit|Suite|No\.?)[ ]?\d+[A-Z]?,?[ ]{_STREET_AND_TOWN}|{_STREET_AND_TOWN}"
_NUMERIC = re.compile(
    r"(?P<employee>E(?:MP)?-?\d{5,7}(?![\w-]))"
    r"|(?P<card>\d{4}(?P<cs>[ -]?)\d{4}(?P=cs)\d{4}(?P=cs)\d{4}(?:(?P=cs)\d{1,3})?(?![\w-])"
    r"|\d{4}[ -]?\d{6}[ -]?\d{5}(?![\w-])|\d{13,19}(?![\w-]))"
    r"|(?P<ip>(?:\d{1,3}\.){3}\d{1,3}(?![\w-]|\.\d))"
    r"|(?P<phone>(?:(?:\+|00)\d{1,3}(?:[ .-]?\(0\))?(?:[ .-]?\(?\d{1,5}\)?){1,7}"  # international, any region
    r"|\(\d{2,5}\)[ .-]?\d{2,5}(?:[ .-]?\d{2,5}){0,3}"  # area code in brackets
    r"|\(0\)[ .-]?\d{1,5}[ .-]?\d{3,8}(?:[ .-]\d{2,5})?"  # national prefix in brackets: (0)30-1234567
    r"|0\d{1,4}(?:[ .-]\d(?=[ .-]\d{2}))?(?:[ .-]?\d{2,6}){1,4}"  # trunk prefix 0, a one-digit area code
    # (06 1 555 2841: Budapest after the trunk prefix), then groups
    r"|\d{1,5}(?:[ .-]\d{2,5}){2,4}"  # three or more groups: 614-292-7771, 1-800-555-0199
    r"|\d{4,5}[ -]\d{5,6})(?![\w-]|\.\d))"  # two long groups: 98765 43210
)
_HOST_UPPER_HINT = re.compile(rf"-[{_UPPER}0-9]")
_HOST_HINT = re.compile(r"\b(?:lt|wks|ws|desktop|laptop|pc|nb|mbp|vdi|dt)-[a-z]|\.local|-mb|-macbook|-imac|-laptop|-pc"
                        r"|-(?:ws|wks|lt|nb|dt|ntb)\b"
                        r"|-desktop|-thinkpad|-notebook|-surface|-latitude|-elitebook|-probook|-xps|-ipad|-tablet")
_ADDRESS = re.compile(_ADDRESS_PATTERN)
_POSTCODE_HINT = re.compile(r"[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}\b|, [A-Z]{2} \d{5}\b|, \d{5} [A-Z]|, \d{4}-\d{3} [A-Z]"
                            r"|, \d{4} [A-Z]{2} [A-Z]")
_ADDRESS_BY_POSTCODE = re.compile(
    rf"(?:(?:Flat|Apt|Apartment|Unit|Suite|No\.?)[ ]?\d+[A-Z]?,[ ])?\d{{1,5}}[A-Za-z]?,?[ ][{_UPPER}][^\n]{{2,60}}?"
    rf"(?:{with_blank(UK)}|,[ ]{US_STATE}{ZIP_PLUS})\b"
    rf"|[{_UPPER}][\w.'’ -]{{2,40}}?[ ]\d{{1,4}}[a-z]?,[ ](?:\d{{5}}|\d{{4}}-\d{{3}}|{with_blank(DUTCH)})[ ]"
    rf"[{_UPPER}][\w-]+"
)
_STREET_HINT = re.compile(rf"{_STREET}\b")
_RUN = re.compile(r"(?:[\d+(]|E(?:MP)?-?(?=\d))[\d .()+-]{5,}")
_RUN_STARTS = frozenset("0123456789+(")
# The word for an address in the other languages users write ("Dirección:", "Morada", "Adres
# zamieszkania:", "Adresse de livraison :"), with the words for home, delivery or postal after it.
# The word for an address in the languages users write, also as the head of a compound that says
# which address ("Rechnungsadresse", "Leveringsadresse", "hemadress", "postadres": the compound's
# first element is read as part of the label), and romanised ("jūsho", "địa chỉ", "alamat").
_ADDRESS_WORDS_INTL = (r"(?:(?:(?<![^\W\d_])[^\W\d_]{2,14}?(?=adres|adress|anschrift)|(?<![^\W\d_]))"
                       r"(?:direcci[óo]n|domicilio|morada|endere[çc]o|adres|adresa|adresse|adress|adrese|adresas|aadress|"
                       r"indirizzo|anschrift|osoite|adressi|heimilisfang|j[ūu]u?sho|[đd][ịi]a[ ]ch[ỉi]|alamat|адрес|адреса|"
                       # more languages, Latin-written: Welsh "cyfeiriad", Maltese "indirizz",
                       # Swahili "anwani", Haitian "adrès", Icelandic "lögheimili"/"bústaður" (domicile,
                       # residence), Tagalog "tirahan", Basque "helbidea", Catalan "adreça", Galician "enderezo",
                       # Romanian "adresă", Danish and Norwegian "bopæl"/"bosted" (residence). Words that also
                       # mean a title, a heading or "I don't know" are in ``_ADDRESS_WORDS_AMBIGUOUS``.
                       r"cyfeiriad|indirizz|anwani|adr[èe]s|l[öo]gheimili|heimili|"
                       r"b[úu]sta[ðd]ur|tirahan|helbidea|adre[çc]a|enderezo|adres[ăa]|bop[æa]l|bosted|"
                       # in their own scripts: Kazakh, Mongolian, Georgian, Armenian, Hebrew, Persian, Urdu,
                       # Nepali, Bengali, Tamil, Telugu, Sinhala, Amharic, Greek
                       r"мекенжай|хаяг|მისამართი|հասցե|כתובת|نشانی|پتہ|ठेगाना|ঠিকানা|முகவரி|చిరునామా|ලිපිනය|"
                       r"አድራሻ|διε[ύυ]θυνση)(?:[ \t]+(?:de[ \t]+)?(?:entrega|env[íi]o|livraison|domicile|"
                       r"zamieszkania|dostawy|domowy|bydliště|doručení|residencial|postal|casa))?"
                       # scripts written without spaces between words (Thai, Lao, Khmer, Burmese, Japanese,
                       # Chinese, Korean): the word for an address glued to a stated qualifier that follows
                       # it in these languages (Thai "current", "for delivery", "as in the house register";
                       # Lao and Khmer "current"), or else right before a colon: the same word glued to
                       # another ("address bar", "address change") names no one's address
                       r"|(?:ที่อยู่|ທີ່ຢູ່|អាសយដ្ឋាន|လိပ်စာ|住所|地址|住址|주소)"
                       r"(?:ปัจจุบัน|จัดส่ง|ตามทะเบียนบ้าน|ປະຈຸບັນ|បច្ចុប្បន្ន|(?=[ \t]*[:：])))")
# Words for an address that are also everyday words: Hungarian "cím" (also a title), Azerbaijani and
# Turkish "ünvan" (also a job title), South Slavic "naslov" (also a heading), Hindi "पता" (also "know":
# "पता नहीं"), Irish "seoladh" (also an e-mail address, "seoladh ríomhphoist"), Uzbek "manzil" (also a
# destination or a stage). Read only as a label,
# right before a colon, and only when an address's shape follows (``_ADDRESS_SHAPE``).
_ADDRESS_WORDS_AMBIGUOUS = r"(?<![^\W\d_])(?:c[íi]m|[üu]nvan[ıi]?|naslov|पता|seoladh|manzil[i]?)"
_ADDRESS_VALUE = r"(?P<value>(?=[^\n]{0,60}\d)(?:[^\W_]|〒)[^\n]{5,120})"  # 〒: the Japanese postal mark
_ADDRESS_CUE = re.compile(r"(?i:\b(?:(?:home|postal|delivery|shipping|house) address(?: on file)?"
                          # an aside on what the address is for ("Home address (for the payslip) -")
                          r"(?:[ \t]*\([^()\n]{1,40}\))?(?: is| should be| to)?|"
                          r"address(?: on file)?(?: is| should be|:|(?=[ \t]*[|=]))|deliver(?:y)? to|ship(?:ping)? to|"
                          r"send (?:it|them) to|courier it to(?: my home)?|post (?:it|them) to|lives at)"
                          rf"(?!\w)[ \t]*(?:[:?|=-][ \t]*)?){_ADDRESS_VALUE}")
_ADDRESS_CUE_INTL = re.compile(rf"(?i:{_ADDRESS_WORDS_INTL}(?!\w)[ \t]*(?:[:?|=-][ \t]*)?){_ADDRESS_VALUE}")
# A value shaped as an address: a house number before a word that opens with a capital or is of a script
# without case ("17 Harrow Road", "88/14 <Thai>"), or a word that is not a capital, perhaps abbreviated,
# before a house number and a comma ("Rua Augusta 128,", "<Georgian street abbreviation>. 33,").
_ADDRESS_SHAPE = (rf"(?P<value>(?=[^\n]{{0,60}}?(?:\b\d{{1,5}}[A-Za-z]?(?:/\d{{1,4}})?,?[ ](?![{_LOWER}])[^\W\d_]|"
                  rf"(?![{_UPPER}])[^\W\d_]\.?[ ]\d{{1,5}}[a-z]?,))"
                  rf"(?:[\d{_UPPER}]|(?![{_LOWER}])[^\W\d_])[^\n]{{5,120}})")
# Looser cues ("ship the replacement to", "I moved to") need a value shaped like an address: a house
# number next to a capitalised word ("17 Harrow Road", "Rua Augusta 128,").
_ADDRESS_LOOSE_CUE = re.compile(
    r"(?i:\b(?:(?:ship|send|deliver|post|courier|forward)(?:ping|ed)?(?:[ \t]+[a-z]+){0,3}[ \t]+to|"
    r"(?:moved|relocated|move|relocating|moving)(?:[ \t]+house)?[ \t]+to|(?:my|new|our|the)[ \t]+address(?:[ \t]+is)?|"
    # the word for an address with a qualifier of a few words before its colon, in any language's
    # words ("Address at home:", "Address for the courier:"): the value must be shaped as below
    r"address(?:[ \t]+[^\W\d_]{1,12}){1,3}(?=[ \t]*:))"
    r"(?!\w)[ \t]*(?:[:-][ \t]*)?)"
    + _ADDRESS_SHAPE)
# A count of recipients, not a house number: a number, one capitalised word, and then the sentence goes
# on in small words that are no particle of a street's name, with no other digit and no comma part
# ("send it to 3 Managers before ..."). A street needs a name and its type (also in small letters: "22
# Baker street") or a particle between them ("12 Rue de la Paix"), or a further part (a comma, a
# postcode, a town).
_LONE_COUNT = re.compile(rf"\d{{1,4}}[ ][{_UPPER}][{_LOWER}]+(?:['’]s)?(?![^\n]*[\d,])(?![ ](?i:{_STREET})\b)"
                         rf"(?:[ ](?!{_PARTICLE}\b)[{_LOWER}][^\n]*|[ \t]*[.!?]?)\Z")


def lone_count(value: str) -> bool:
    """Whether an address cue's ``value`` is a count before one word (``_LONE_COUNT``), no address."""
    return bool(_LONE_COUNT.match(value))


# A label word that is also an everyday word (``_ADDRESS_WORDS_AMBIGUOUS``), its colon, an address-shaped value.
_ADDRESS_CUE_AMBIGUOUS = re.compile(rf"(?i:{_ADDRESS_WORDS_AMBIGUOUS}[ \t]*[:：][ \t]*)" + _ADDRESS_SHAPE)

# ----------------------------------------------------------------------------- cue words

# Account labels: "user name", "logon name", "sign-in id", "network login", "sAMAccount", "account name"
# (a system, or the word "account", then what the account is called), and the weak bare words.
_USER_VALUE = r"(?P<value>[a-z][a-z0-9]*(?:[._-][a-z0-9]+)?\d{0,3}|[A-Z][A-Z0-9]{2,19})(?![\w@-]|\.\w)"
_USER = re.compile(r"(?i:\b(?:unlock (?:the |my |their )?account|user ?name|user ?id|(?:log ?in|log ?on|sign[ -]?in|"
                   r"windows|domain|ad) (?:name|id|login|logon|account)|network (?:id|login|logon)|sam ?account(?: ?name)?|upn|"
                   r"net ?id|uniqname|account name|for user|unlock|(?:reset|password|pw|pwd) for|"
                   # the POSIX and LDAP key of an account ("uid=jdoe,ou=people", "uid: jdoe")
                   r"uid(?=[ \t]*[:=])|"
                   r"(?P<weak>user account|user|login|log ?in|logon|account))\b"
                   r"(?:[ \t]+(?:is|was|=|of))?[ \t]*(?:[:=|][ \t]*)?(?:\(|\[(?![a-z-]+\])|[\"'`“‘])?)"  # "account (JDOE)",
                   # a quoted or code-span value; never a placeholder
                   rf"{_USER_VALUE}")
# The word for a user or a login in the other languages users write ("Usuario:", "użytkownik",
# "felhasználónév", "identifiant"), a rule of its own that runs only where one of its stems occurs.
_USER_INTL = re.compile(r"(?i:\b(?:usu[áa]rio|utilizador|kullan[ıi]c[ıi][ ]ad[ıi]|t[êe]n[ ][đd][ăa]ng[ ]nh[ậa]p|nama[ ]pengguna|u[żz]ytkownik|u[žz]ivatel|felhaszn[áa]l[óo](?:n[ée]v)?|utilisateur|"
                        r"identifiant|benutzer(?:name)?|gebruiker(?:snaam)?|anv[äa]ndar(?:namn|e)|brukernavn|"
                        r"k[äa]ytt[äa]j[äa](?:tunnus)?|nome utente|utente)\b"
                        r"(?:[ \t]+(?:is|es|é|je|to|=))?[ \t]*(?:[:=|][ \t]*)?(?:\(|\[(?![a-z-]+\]))?)"
                        rf"{_USER_VALUE}")
# A value before the words that say what it is, as people write it when the value comes to mind
# first ("mvogel7 is my login", "rkaya was his user name"); ``weak``: it must look like an account.
_USER_BEFORE_LABEL = re.compile(
    r"(?<![\w@.\\/-])(?P<weak>(?P<value>[a-z][a-z0-9]*(?:[._-][a-z0-9]+)?\d{0,3}))"
    r"(?=[ \t]+(?i:is|was|=)[ \t]+(?i:my|his|her|their|the|our|your)[ \t]+"
    r"(?i:(?:windows|network|domain|ad|vpn|sso|work)[ \t]+)?(?i:login|log-in|logon|username|user[ \t]?name|user[ \t]?id|"
    r"account|account name|net[ \t]?id|sign-in)\b)")
# A label holding the word for "name" in the languages users write, before or after the word for a
# user, a login or an account that only some languages' lists hold ("<user-word> jméno", "jina la
# <user-word>", "ism al-<user-word>", "nama <user-word>"): a name label of two or three words whose
# value is one account-shaped token is an account's name. The word for "name" is far more alike across
# languages than the words for a user. A label that names a person's names ("first name", "Nachname"),
# a file, a machine, a place or a product is another field (read in the replacer, see redact.py), and
# the value must be weak-checked as an account (``weak``: no everyday word of the export).
_NAME_WORDS = (r"(?:name|naam|navn|namn|nimi|nome|nombre|nom|ime|jm[ée]no|meno|imi[ęe]|n[ée]v|isim|ad[ıi]|ism|jina|"
               r"nama|t[êe]n|onoma|όνομα|имя|ім'я|назва)")
# Words of a name label that make it another field than an account's name (folded, lower case).
THING_NAME_LABEL = frozenset("""company file folder host computer device machine server printer queue share
drive project product app application brand model site store shop street town city place building room
workstation pc laptop
team group domain network ssid wifi wlan database table field column package certificate cert print job
mailbox list channel branch department dept unit ward vessel ship""".split())
"""Words before "name" in a label that names a thing, a place or a group of people, not a person or an
account ("Queue name:", "Team name |", "Printer name =")."""
_NOT_ACCOUNT_NAME_LABEL = THING_NAME_LABEL | frozenset("""first last full given family middle maiden display sur nick real person
caller contact customer patient
vorname nachname familienname voornaam achternaam fornavn efternavn etternavn etunimi sukunimi prenom
cognome apellido apellidos nazwisko prijmeni krestni utonev vezeteknev keresztnev soyad""".split())
# One account-shaped token, ``weak`` (checked in redact.py): small letters and digits in up to three
# parts joined by one of . _ -, or four to ten capitals with up to three digits.
_ACCOUNT_VALUE = r"(?P<weak>(?P<value>[a-z][a-z0-9]*(?:[._-][a-z0-9]+){0,2}|[A-Z]{4,10}\d{0,3}))"
_NAME_LABEL_USER = re.compile(
    rf"(?i:(?<=[^\W\d_])[ \t-]{_NAME_WORDS}(?:[ \t-][^\W\d_]{{2,16}}){{0,2}}|(?<![\w-]){_NAME_WORDS}(?:[ \t-][^\W\d_]{{2,16}}){{1,2}})"
    rf"(?:[ \t]*[:=|])?[ \t]+{_ACCOUNT_VALUE}"
    r"(?=[ \t]*(?:$|\n|[.,;:|)\]]))", re.M)
# Stems of the word for a user, a login or an account in the languages users write (folded, lower
# case): a name label holding one names an account, so its value may be a plain word ("user name is
# jdoe"); any other name label ("sender name", "branch name", "role name") needs an account-shaped value.
ACCOUNT_LABEL_STEM = re.compile(
    r"user|account|login|logon|signin|konto|cuenta|conta|compte|benutzer|gebruiker|anvandar|bruker|"
    r"kaytta|tunnus|usuari|utilisat|utente|utilizador|uzytkown|uzivatel|pouzivatel|felhasznal|fiok|"
    r"kullanici|hesap|pengguna|akaun|mtumiaji|akaunti|mustakhdim|hisab|dang ?nhap|polzovatel|korisni|"
    r"uporabni|пользоват|користувач|korisnik|حساب|مستخدم")
# An account named by its state, the value first ("kbrandt7 is locked out", "ext-jdoe got disabled"),
# as people write a lock-out when the account comes to mind first. Everyday things get locked and
# expire too ("the door is locked", "the certificate is expired"), so the value must be account-shaped
# (a digit or one of . _ - inside) or an account already named (checked in redact.py).
_USER_BEFORE_STATE = re.compile(
    rf"(?<![\w@.\\/-]){_ACCOUNT_VALUE}"
    r"(?=[ \t]+(?:is|was|got|gets|has been|keeps getting|is still|was still)[ \t]+"
    r"(?:locked|disabled|blocked|suspended|expired|deactivated)\b)")
# An account numbered by its directory: one small letter and six to eight digits ("q4417203"), a shape
# no word, version ("v…"), revision ("r…"), hex value ("x…") or build number takes. A fault or status
# code a system prints at a fixed width has the same shape ("e0000416"; see ``fault_code``).
_LETTER_NUMBER_ACCOUNT = re.compile(r"(?<![\w.@/\\#-])(?P<value>[a-qsuwyz]\d{6,8})(?![\w@-]|\.\w)")
# A hexadecimal number padded with zeros (hex letters, digits opening with two zeros: "c000021a",
# "e0000008") is a fault, stop or status code when a word for one stands right before it (the word, up
# to eight letters more: "errors", "Fehlercode", an optional "code", then a colon, "#" or "=" and
# spaces), in the languages users write; a word further back on the line says nothing of this token
# ("login error for b00412367 since monday"), and without one it may be a directory's account padded
# with zeros.
_ZERO_PADDED_HEX = re.compile(r"[a-f]{1,3}00[0-9a-f]{3,6}")
_FAULT_CUE_BEFORE = re.compile(r"(?i:\b(?:stop|fault|error|err|code|status|exception|bug ?check|crash|bsod|hresult|"
                               r"fehler|erreur|errore|fout|b[łl][ąa]d|virhe|fel)\w{0,8}(?:[ \t]+code)?)[ \t:#=]{0,3}\Z")


def fault_code(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a zero-padded hex code with a word for a fault or status code
    before it (see ``_FAULT_CUE_BEFORE``)."""
    return bool(_ZERO_PADDED_HEX.fullmatch(text, start, end)) and \
        bool(_FAULT_CUE_BEFORE.search(text, max(0, start - 48), start))


# An account added to or removed from a group, a list or a role ("remove p_almansouri from the RO
# group", "add kx82 to the finance DL"): what is moved in or out of a group is a person's account. The
# value must look like one (``weak``: see redact.py's ``_weak_username_ok``).
_GROUP_MEMBER = re.compile(
    r"(?i:\b(?:add|adding|added|remove|removing|removed|delete|deleted|grant|granted|revoke|revoked)[ \t]+)"
    r"(?P<weak>(?P<value>[a-z][a-z0-9]*(?:[._-][a-z0-9]+)?\d{0,3}))"
    r"(?=[ \t]+(?i:from|to|into)[ \t]+(?:(?i:the|this|that|our)[ \t]+)?[\w-]+(?:[ \t]+[\w-]+)?[ \t]+"
    r"(?i:group|groups|list|dl|team|role|roles|channel|mailbox|share|distribution|ou|permissions)\b)")
# A phone extension: "ext 4-5521", "EXT. 2231", "extension 44102", "x4-5521".
# "local" is the word for an extension in the telephony of several countries ("local 4412").
# After a spelt-out extension word two or three digits are an extension too ("ext. 12").
# An "x" may stand apart from the number ("x 4164") unless a number comes before it (a size: "1920 x 1080").
_EXTENSION = re.compile(r"(?:(?i:\b(?:ext|extn|extension|local)\b\.?" + label_gap(":#") + r")(?P<short>\d{2,3}(?![\d-]))?|"
                        r"(?<![\w-])(?<!\d[ \t])x[ \t]?)(?(short)|(?P<value>\d(?:-?\d){3,5}))(?![\w.-])")
# The words for an extension in the other languages users write: "ramal" (pt), "anexo" (es: Chile,
# Peru), "interno" (es: Argentina), "wewn." (pl), "kl." (cs), "linka" (cs/sk), "mellék" (hu), "poste"
# (fr), "Durchwahl"/"DW" (de), "apparat" (sv).
_EXTENSION_INTL_WORDS = r"(?:ramal|anexo|interno|wewn|kl|linka|mell[ée]k|poste|durchwahl|dw|apparat)"
_EXTENSION_INTL = re.compile(rf"(?i:\b{_EXTENSION_INTL_WORDS}\b\.?" + label_gap(":#") + ")"
                             r"(?:(?P<short>\d{2,3}(?![\d-]))|(?P<value>\d(?:-?\d){3,5}))(?![\w.-])")
# Countries without a trunk prefix write national numbers of 8 digits ("412 34 567", "9123 4567"),
# which only the words before them tell from other numbers: a phone word a few words before.
_SHORT_PHONE_VALUE = r"(?P<value>(?<![\d.,/:+-])\d{2,4}(?:[ .-]\d{2,4}){1,3}|(?<![\d.,/:+-])\d{8})(?![\w-]|[.,:/]\d)"
_PHONE_WORDS_BEFORE = re.compile(
    r"(?i:\b(?:call|calls|ring|phone|phoned|mobile|cell|cellphone|tel|telephone|whatsapp|viber|sms|text|"
    r"reach|landline|direct line)\b)[^\n\d]{0,24}?" + _SHORT_PHONE_VALUE)
# A short national number before the words that say it is a phone ("4125 5873 is my mobile").
_PHONE_BEFORE_LABEL = re.compile(
    _SHORT_PHONE_VALUE + r"(?=[ \t]+(?i:is|was)[ \t]+(?i:my|his|her|their|the|our|your)[ \t]+(?:(?i:work|home|new)[ \t]+)?"
    r"(?i:number|phone|mobile|cell|cellphone|direct line|landline|extension)\b)")
# The words for a phone or a mobile in the other languages users write ("celular", "móvil",
# "telemóvel", "komórka", "Handy", "puhelin"), a rule of its own that runs only where one occurs.
_PHONE_WORDS_INTL = re.compile(
    r"(?i:\b(?:celular|cel|m[óo]vil|telem[óo]vel|tel[ée]fono|telefone|telefon|kom[óo]rka|mobil|portable|cellulare|"
    r"handy|tlf|puhelin|gsm|mobiel|t[ée]l[ée]phone|telefonsz[áa]m)\b)[^\n\d]{0,24}?" + _SHORT_PHONE_VALUE)
# A number right before an extension word is the line the extension belongs to ("6555 0391 ext 12",
# "22 41 73 90 anexo 7447"), however short the national plan writes it.
_EXTENSION_WORDS = rf"(?:ext|extn|extension|x|{_EXTENSION_INTL_WORDS})"
_LINE_BEFORE_EXTENSION = re.compile(
    rf"(?<![\d.,/:+-])(?P<value>\d{{2,4}}(?:[ .-]\d{{2,4}}){{1,3}})(?=[ \t]*(?:,[ \t]*)?\(?(?i:{_EXTENSION_WORDS})\b\.?" + label_gap(":#") + r"\d)")
# An account in angle brackets after a name, as mail headers write a sender ("Ana Lima <alima2>"); an
# HTML tag has the same brackets and is left alone.
_HTML_TAGS = ("br|div|span|table|tbody|thead|tfoot|tr|td|th|strong|font|center|script|style|body|head|html|title|meta|"
              "link|input|form|label|button|select|option|small|code|pre|blockquote|iframe|img|nobr|section|article|"
              "header|footer|nav|main|aside|ul|ol|li|em|sup|sub|hr|wbr|col|colgroup|caption|big|strike|del|ins")
_ANGLE_USER = re.compile(rf"<(?<=[{_UPPER}{_LOWER}.][ \t]<)(?!(?:{_HTML_TAGS})>)(?P<value>[a-z][a-z0-9._-]{{2,30}})>")
_DOMAIN_USER = re.compile(r"(?<![\w\\-])[A-Za-z][A-Za-z0-9-]{1,15}\\(?P<value>[a-z][a-z0-9._-]{1,30})(?![\w\\])")
# An id of capitals and digits in brackets ("(TEN527)", "[GAL838]"): three to eight letters and one to
# four digits, the letters not a record prefix (ticket, change, knowledge-base and error references).
_RECORD_PREFIX = r"(?!(?:KB|INC|REQ|RITM|CHG|PRB|TASK|ERR|HTTP|RFC|ISO|CVE|SKU|REF|INV|ORD|DOC|REV|VER|SRV|SVR|PRN|RC)\d)"
_BRACKET_ID = re.compile(rf"(?<=[(\[])(?P<value>{_RECORD_PREFIX}[A-Z]{{3,8}}\d{{1,4}})(?=[)\]])")
# The same shape where a subject line says who it is about: first, before a colon or a dash, or
# last, after a dash or a slash ("KUL792: card machine", "printer jam - JEFOX6").
# Ids written in other cases too ("Gukorh8 - proxy blocks site", "no sound / erribe4", "le722"): a
# few letters and one to four digits; the letters must not be a word of the export nor a prefix it
# numbers many times (``edge`` marks these for that check: "Win11 - slow" is a product).
_EDGE_TOKEN = rf"(?:{_RECORD_PREFIX}[A-Z]{{3,8}}\d{{1,3}}|(?P<edge>[A-Za-z][a-z]{{1,7}}\d{{1,4}}))"
_EDGE_ID = re.compile(rf"^[ \t]*(?P<value>{_EDGE_TOKEN})(?=[ \t]*[:\-–/])"
                      rf"|(?<=[\-–/])[ \t]*(?P<bare>{_EDGE_TOKEN.replace('?P<edge>', '?P<edge2>')})[ \t]*$", re.M)
_PAREN_USER = re.compile(rf"(?m:^[ \t]*{_TOKEN}(?:[ \t]+{_TOKEN}){{0,2}}[ \t]*)\((?P<value>[a-z][a-z0-9._-]{{1,30}})\)")

USER_STOP = frozenset("""a an the is was has had and or to in on at for of with from my your our their his her
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
properly correctly successfully anymore either there here fine
code codes pin token otp passcode prompt method""".split())
# (the last line: what a login or an account word may name besides an account: "login code", "account pin")


@dataclasses.dataclass(frozen=True)
class _Rule:
    """One redaction rule: run ``pattern`` when any ``hint`` occurs in the lower-cased text."""

    kind: str
    pattern: re.Pattern
    hints: tuple[str, ...] = ()
    digits: bool = False
    """The value always holds a digit: a text without digits is not read at all."""


_WHOSE = ("my", "his", "her", "their", "the", "our", "your")
"""The words for whose value a label names, after "is", "was" or "=" in the value-first rules."""


def _pairs(firsts: tuple[str, ...], seconds: tuple[str, ...]) -> tuple[str, ...]:
    """Every "first second" hint: a rule that reads one word of each list, in that order, has each pair."""
    return tuple(f"{first} {second}" for first in firsts for second in seconds)


_CUE_RULES = (
    _Rule("username", _USER, ("user", "log", "account", "upn", "net", "unlock", "reset for", "password for",
                              "pw for", "pwd for", "ad name", "ad id", "sign-in", "sign in", "signin", "windows",
                              "domain", "sam", "uniqname", "uid")),
    _Rule("username", _USER_INTL, ("usuario", "usuário", "kullan", "ng nh", "pengguna", "utiliz", "utilis", "ytkownik",
                                   "uzivatel", "uživatel", "felhaszn", "identifiant", "benutzer", "gebruiker", "vändar", "vandar", "brukernavn",
                                   "äytt", "aytt", "utente")),
    _Rule("username", _GROUP_MEMBER, ("add", "remov", "delet", "grant", "revok")),
    _Rule("username", _USER_BEFORE_LABEL, _pairs(("is", "was", "="), _WHOSE)),
    _Rule("username", _NAME_LABEL_USER, ("nam", "naam", "nom", "navn", "nimi", "ime", "jm", "meno", "imi", "név", "nev",
                                         "isim", "adı", "adi", "ism", "jina", "tên", "ten ", "ten-", "onoma", "όνομα", "имя",
                                         "ім'я", "назва")),
    _Rule("username", _USER_BEFORE_STATE, ("locked", "disabled", "blocked", "suspended", "expired", "deactivated")),
    _Rule("username", _LETTER_NUMBER_ACCOUNT, ("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"), digits=True),
    _Rule("username", _DOMAIN_USER, ("\\",)),
    _Rule("username", _ANGLE_USER, ("<",)),
    _Rule("username", _PAREN_USER, ("(",)),
    _Rule("username", _BRACKET_ID, ("(", "["), digits=True),
    _Rule("username", _EDGE_ID, (":", "-", "–", "/"), digits=True),
    _Rule("phone", _LINE_BEFORE_EXTENSION, ("x", "ramal", "anexo", "interno", "wewn", "kl", "linka",
                                            "mellék", "mellek", "poste", "durchwahl", "dw", "apparat"), digits=True),
    _Rule("phone", _EXTENSION, ("ext", "x", "local"), digits=True),
    _Rule("phone", _EXTENSION_INTL, ("ramal", "anexo", "interno", "wewn", "kl", "linka", "mellék", "mellek",
                                     "poste", "durchwahl", "dw", "apparat"), digits=True),
    _Rule("phone", _PHONE_WORDS_BEFORE, ("call", "ring", "phone", "mobile", "cell", "tel", "whatsapp", "viber",
                                         "sms", "text", "reach", "landline", "direct line"), digits=True),
    _Rule("phone", _PHONE_BEFORE_LABEL, _pairs(("is", "was"), _WHOSE), digits=True),
    _Rule("phone", _PHONE_WORDS_INTL, ("celular", "cel", "móvil", "movil", "telem", "tél", "phone", "fono",
                                       "fone", "telefon", "komórka", "komorka", "mobil", "portable",
                                       "cellulare", "handy", "tlf", "puhelin", "gsm", "mobiel"), digits=True),
    # every way the cue's second word is written ("id", "no", "num"/"number", "nr", "#", "ref"/"reference")
    # is a hint: a first word the hints lack ("user", "customer", "student") is written glued to it too
    _Rule("employee-id", _EMPLOYEE_CUE, ("id", "emp", "staff", "personnel", "payroll", "badge", "worker", "member",
                                         "patient", "num", "no", "nr", "#", "ref", "mrn", "hr"), digits=True),
    _Rule("employee-id", _EMPLOYEE_CUE_INTL, ("matr", "legajo", "número", "numero", "nº", "n°", "empleado",
                                              "funcion", "colaborador", "pracownika", "ewidencyjny", "kadrowy",
                                              "numer ", "osobn", "törzs", "torzs", "personalnummer", "personeels",
                                              "nställnings", "nstallnings", "ansattnummer", "henkilö", "henkilo",
                                              "numéro", "codice", "număr", "numar"), digits=True),
    _Rule("employee-id", _NUMBERED_LABEL, ("no", "nr", "n°", "nº", "num", "núm", "čísl", "čisl", "císl", "cisl", "szám",
                                           "szam", "broj", "bang", "beonho", "numara", "nomor", "số", "so"), digits=True),
    _Rule("address", _ADDRESS_CUE, ("address", "deliver", "ship", "courier", "post it", "post them", "send it",
                                    "send them", "lives at"), digits=True),
    _Rule("address", _ADDRESS_CUE_INTL, ("direcci", "domicilio", "morada", "endere", "adres", "indirizz",
                                         "cyfeiriad", "anwani", "adrès", "heimili",
                                         "staður", "stadur", "tirahan", "helbidea", "adreça", "enderezo",
                                         "bopæl", "bopal", "bosted", "мекенжай", "хаяг", "მისამართი", "հասցե",
                                         "כתובת", "نشانی", "پتہ", "ठेगाना", "ঠিকানা", "முகவரி", "చిరునామా",
                                         "ලිපිනය", "አድራሻ", "διεύθυνση", "διευθυνση", "ที่อยู่", "ທີ່ຢູ່", "អាសយដ្ឋាន",
                                         "လိပ်စာ", "住所", "地址", "住址", "주소",
                                         "anschrift", "osoite", "адрес", "heimilis", "jusho", "jūsho", "juusho",
                                         "jūusho", "địa ch", "đia ch", "dịa ch", "dia ch", "alamat"), digits=True),
    _Rule("address", _ADDRESS_CUE_AMBIGUOUS, ("cím", "cim", "nvan", "naslov", "पता", "seoladh", "manzil"), digits=True),
    _Rule("address", _ADDRESS_LOOSE_CUE, ("address", "deliver", "ship", "courier", "post", "send", "forward", "mov",
                                          "relocat"), digits=True),
)


def replace_spans(text: str, spans: Iterable[tuple[int, int] | tuple[int, int, str]], placeholder: str = "") -> str:
    """``text`` with every span replaced by ``placeholder``, or by the span's own third item when it has
    one; spans that overlap (one value read by two rules, an address read again from a later comma
    part) are merged into one, taking the first one's placeholder, so no tail is left."""
    merged: list[list] = []
    for start, stop, *own in sorted(set(spans)):
        if merged and start < merged[-1][1]:
            merged[-1][1] = max(stop, merged[-1][1])
        else:
            merged.append([start, stop, own[0] if own else placeholder])
    out, end = [], 0
    for start, stop, replacement in merged:
        out += [text[end:start], replacement]
        end = stop
    return "".join(out) + text[end:] if out else text


_ACCOUNT_MARK = re.compile(r"\d|[._@-]")


# A line a monitoring system writes: it opens with a severity or a state in capitals in brackets, the
# closed vocabularies of syslog's severities (RFC 5424) and of monitoring states (Nagios, Zabbix:
# "[CRITICAL]", "[WARN]", "[DOWN]", "[RECOVERY]"). What it names is a machine, and the words after a
# dash are its state ("ping timeout"), not a person's account and name. A writer's own tag
# ("[URGENT]", "[EXTERNAL]") is no state and keeps the line a person's.
_ALERT_STATES = ("EMERG|EMERGENCY|ALERT|CRIT|CRITICAL|ERR|ERROR|WARN|WARNING|NOTICE|INFO|DEBUG|"
                 "DOWN|UP|OK|PROBLEM|RECOVERY|RECOVERED|UNREACHABLE|UNKNOWN|FLAPPING|DEGRADED|FAILED|FAILURE")
_ALERT_TAG = re.compile(rf"[ \t]*\[(?:{_ALERT_STATES})\][ \t]*")
_ALERT_LINE = re.compile(rf"(?m)^[ \t]*\[(?:{_ALERT_STATES})\][^\n]*")
# the machine after the tag: a word holding a digit, or written in small letters (host names); a
# capitalised word there is more likely a person's name and is left for the name rules
_ALERT_MACHINE = re.compile(rf"[ \t]*\[(?:{_ALERT_STATES})\][ \t]*(?:[^\sA-Z]*\d\S*|[a-z][^\s]*)?")


def alert_machine(text: str, position: int) -> bool:
    """True when ``position`` opens the first word after a monitoring alert's tag (see
    ``_ALERT_TAG``): the machine the alert is about, not a person's account. Only that word: the
    rest of the line may name a person ("mailbox of <name> full", "login failed for <account>")."""
    tag = _ALERT_TAG.match(text, text.rfind("\n", 0, position) + 1)
    return bool(tag) and tag.end() == position


# On an alert line, the account an authentication event names: after "for", "by", "user" or "account"
# (how syslog, PAM, Windows and monitoring agents word a failed or locked logon: "login failed for
# <account>", "locked out by <account>"), a token shaped like a directory account (``account_shaped``).
# The account may be quoted ('<account>') and may end at a colon ("for <account>: bad password"); the
# quotes are no part of it.
_ALERT_ACCOUNT = re.compile(r"(?i:\b(?:for|by|user|account)[ \t]+)['\"\u2018\u201c]?(?P<value>[A-Za-z][\w.@-]{2,40}?)"
                            r"(?=[ \t,;:)'\"\u2019\u201d]|\Z)")


# A thing's name and its number ("vol-02", "queue_7", "disk3"): what an alert says failed, no account.
# Letters glued to their digits are a thing only when the letters are an everyday word of the export
# ("disk3"); otherwise that is how accounts are written (initials and surname, then a number).
_NUMBERED_THING = re.compile(r"(?P<letters>[A-Za-z]+)(?P<sep>[-_]?)\d{1,3}")


def _numbered_thing(value: str, everyday: frozenset[str]) -> bool:
    """Whether ``value`` is a thing's name and its number (``_NUMBERED_THING``): with ``-``/``_``
    before the digits, or with letters that are one of the export's ``everyday`` words."""
    match = _NUMBERED_THING.fullmatch(value)
    return bool(match) and bool(match.group("sep") or match.group("letters").lower() in everyday)


def _authentication_event(line: str) -> bool:
    """Whether an alert line reports an authentication event: a sign-in phrase or a word that only
    means signing in (``concepts.SIGN_IN_WORDS``: "login failed", "logon denied",
    "credentials expired"), or an account lockout (``concepts.LOCKED_OUT``). A job, a quota or a tunnel names no account."""
    if SIGN_IN_PHRASE.search(line) or LOCKED_OUT.search(line):
        return True
    return any(stem(word) in SIGN_IN_WORDS for word in words_of(line))


def alert_accounts(text: str, accounts: frozenset[str] | set[str] = frozenset(),
                   everyday: frozenset[str] = frozenset()) -> list[tuple[int, int]]:
    """Where the alert lines of ``text`` that report an authentication event (``_authentication_event``)
    name an account after the machine (``_ALERT_ACCOUNT``): one shaped like an account, or one of the
    ticket's known ``accounts`` (lower case). The machine right after the tag is no account (see
    :func:`alert_machine`), nor is a server's name, nor a token whose parts are all the export's
    ``everyday`` words (lower case: "shared-mailbox", "nightly-sync")."""
    spans = []
    for line in _ALERT_LINE.finditer(text):
        if not _authentication_event(line.group(0)):
            continue
        start = _ALERT_MACHINE.match(text, line.start()).end()
        for match in _ALERT_ACCOUNT.finditer(text, start, line.end()):
            value = match.group("value").rstrip(".")
            if (value.lower() in accounts or account_shaped(value) and not _everyday_parts(value, everyday)) \
                    and not server_shaped(value) and not _numbered_thing(value, everyday) \
                    and value.count(".") < 2:  # a domain has two dots
                spans.append((match.start("value"), match.start("value") + len(value)))
    return spans


def _everyday_parts(token: str, everyday: frozenset[str]) -> bool:
    """Whether every part of ``token`` between ``. _ - @`` is one of the ``everyday`` words."""
    parts = [p for p in re.split(r"[-_.@]", token.lower()) if p]
    return bool(parts) and all(p in everyday for p in parts)


def without_alert_parts(text: str) -> str:
    """``text`` with what its monitoring alert lines say of machines emptied, for learning names: the
    tag and the machine after it, and a state after the last dash written in small letters ("ping
    timeout", read as a name after a dash otherwise). The rest of the line stays: it may name a person."""
    def strip(line: re.Match) -> str:
        rest = line.group(0)[_ALERT_MACHINE.match(line.group(0)).end():]
        cut = rest.rfind(" - ")
        return rest[:cut] if cut >= 0 and rest[cut:] == rest[cut:].lower() else rest
    return _ALERT_LINE.sub(strip, text)


# Short product and platform words written with a version number glued on ("win10", "office365"), and
# the names of character sets and code pages ("win1252", "cp850", "iso8859"): no account.
PRODUCT_STEMS = frozenset("win windows office ios android macos osx ie xp vista server sql exchange teams mac "
                          "ipad iphone pixel galaxy note sp kb build v ver rev gen cp iso utf".split())


def account_shaped(token: str) -> bool:
    """A letter, then a digit or one of ``. _ - @`` somewhere after it: the shape of a directory's
    account ("tvance42", "m.oduya", "ext-rmoss") that no everyday word has."""
    return token[:1].isalpha() and bool(_ACCOUNT_MARK.search(token, 1))


# The parts of a server's, a printer's or a network device's name that say what it serves and where
# it runs (service, role, environment): a name holding one is no person's machine.
SERVER_PARTS = frozenset("srv svr server servers app apps db sql ora prd prod dev tst test uat stg qa fs file dc ad "
                          "web www mail smtp exch ex vm vms esx esxi hv nas san bkp backup prn prt print printer "
                          "sw switch core rtr router fw firewall ap wlc lb proxy dns dhcp ntp ftp sftp git ci "
                          "build jenkins k8s node cluster db01 api gw gateway edge vpn rds citrix".split())


def server_part(part: str) -> bool:
    """One label of a name (in small letters) that is a server part, with or without its number ("fs02")."""
    return part in SERVER_PARTS or part.rstrip("0123456789") in SERVER_PARTS


def server_shaped(token: str) -> bool:
    """Labels joined by "-", "_" or "." of which one is a server part, with or without its number
    ("qa-web-01", "srv_fs02", "dc02.ad.example.org"): the name of a shared system, not a secret,
    an account or a person's machine."""
    parts = [p for p in re.split(r"[-_.]", token.lower()) if p]
    return len(parts) >= 2 and any(server_part(p) for p in parts)
