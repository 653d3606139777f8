"""THIRD HELD-OUT personal-data bank (v3): FROZEN. Written and committed before any redaction tuning
of this round; never tuned on. Only its aggregate figures are read, once, at the end of the round.

    python3 bench/suggest_data/pii_heldout3.py OUT_DIR [--count 2000] [--seed 31]

A fictional regional health and transit network ("Harbourline Health & Transit", sites in South
Africa, India, Australia, Canada, Mexico, Japan, New Zealand, Poland, Ireland and the US) writes
description-bearing tickets: callers, agents' work notes, resolution notes. Every name, value and
phrasing here is invented for kbgen (nothing is copied from the evaluation data). Written to
differ from the earlier banks: other name orders (surname first without a comma, particles,
initials), other cue phrasings for one-time codes and passwords, usernames glued to labels, in
brackets, after "user id" or in capitals, obfuscated e-mails with braces and words, addresses in
European, US, Canadian, Australian and South African forms, phone numbers of many regions with
extensions, ids beside names; and many look-alikes that must stay: products, applications,
buildings, wards, plants and printers named like people, version numbers, error codes, asset
tags, ticket numbers, dates and sizes.

Writes ``pii.csv`` (a ServiceNow list export with description, journal and close notes) and
``pii-truth.jsonl`` (``{number, spans: [{kind, text}], decoys: [{kind, text}]}``), the format
``bench/suggest_real.py``'s ``pii_figures`` scores. Deterministic for a given count and seed.
"""
from __future__ import annotations

import datetime as dt
import random
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

DOMAIN = "harbourline.example.org"

# (first, last) pools of several languages, accents kept where the language has them.
FIRST = """Thandiwe Sipho Lerato Kagiso Nomvula Bongani Anjali Rohan Kavya Siddharth Meenakshi Arjun Tamsin
Callum Saoirse Niamh Ciarán Aoife Benoît Geneviève Étienne Maëlle Ximena Joaquín Guadalupe Itzel Haruto Yui
Sakura Kenji Aroha Wiremu Mereana Tane Zbigniew Agnieszka Wojciech Małgorzata Kwame Adaeze Chidi Folasade
Dmitri Oksana Ingrid Leif Astrid Rahul Deepika Tomasz Ewelina Padraig Orla""".split()
LAST = """Mokoena Dlamini Nkosi Khumalo Naidoo Iyer Raghunathan Chatterjee Kulkarni Menon O'Sullivan MacCarthy
Tremblay Gagnon Lefèvre Bouchard Hernández Ramírez Villalobos Takahashi Watanabe Nakamura Ngata Parata Wiśniewski
Kowalczyk Zieliński Brzęczyszczykiewicz Okonkwo Adeyemi Mensah Oyelaran Volkov Lindgren Halvorsen Gallagher
Fitzgerald Tanaka Bhattacharya Sokolowska""".split() + ["van der Merwe", "Ní Bhriain", "de la Cruz", "Te Rangi"]

DEPTS = ["Radiology", "Fleet Maintenance", "Pharmacy", "Rostering", "Patient Transport", "Depot Ops",
         "Medical Records", "Ticketing", "Infection Control", "Signals"]
SITES = ["Durban Depot", "Pune Clinic", "Geelong Yard", "Laval Hospital", "Puebla Terminal", "Sendai Office",
         "Rotorua Clinic", "Gdynia Depot", "Cork Hospital", "Tacoma Yard"]

# ----------------------------------------------------------------------------- personal data values

PHONES_INTL = ["+27 31 555 0148", "+91 20 5555 0172", "+61 3 5550 1847", "+1 450 555 0163", "+52 222 555 0139",
               "+81 22-555-0147", "+64 7 555 0192", "+48 58 555 01 64", "+353 21 555 0184", "+1 253 555 0126",
               "+27 82 555 0193", "+91 98450 55012", "+61 412 555 083", "+44 117 496 0742", "+234 803 555 0167"]
PHONES_NAT = ["031 555 0148", "020 5555 0172", "(03) 5550 1847", "450-555-0163", "(222) 555 0139", "022-555-0147",
              "07 555 0192", "58 555 01 64", "(021) 555 0184", "253.555.0126", "082 555 0193", "098450 55012",
              "0412 555 083", "0803 555 0167"]
EXT_FORMS = ["ext. {n}", "x{n}", "extn {n}", "EXT {n}", "local {n}"]
ADDRESSES = [
    "Kalverstraat 92, 1012 PH Amsterdam", "Via Torino 61, 20123 Milano", "ul. Piotrkowska 104, 90-926 Łódź",
    "Calle de Alcalá 48, 28014 Madrid", "Bahnhofstrasse 21, 8001 Zürich", "Grønnegade 7, 1107 København K",
    "Friedrichstraße 140, 10117 Berlin", "14 rue des Tanneurs, 69003 Lyon", "Avenida da Liberdade 190, 1250-146 Lisboa",
    "1450 Maple Ave, Apt 3C, Springfield, IL 62704", "77 Ocean Dr., Miami Beach, FL 33139",
    "3021 N Pearl St, Tacoma, WA 98407", "PO Box 881, Boise, ID 83701",
    "350 rue Sherbrooke Ouest, Montréal, QC H3A 1B9", "14 Kent St, Sydney NSW 2000",
    "22 Loop Street, Cape Town, 8001", "Flat 2, 44 Mill Road, Cambridge CB1 2AD", "9 Marine Parade, Cobh, Co. Cork, P24 X2K8",
]
CARD_PREFIX = [4, 5]


def _plain(text: str) -> str:
    """Accents dropped, as typed on a keyboard without them."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _ascii(text: str) -> str:
    return re.sub(r"[^a-z]", "", _plain(text).lower())


def _card(rng: random.Random) -> str:
    from kbgen.suggest.pii_shapes import luhn_ok

    body = "".join(map(str, [rng.choice(CARD_PREFIX)] + [rng.randrange(10) for _ in range(14)]))
    s = body + next(d for d in "0123456789" if luhn_ok(body + d))
    return rng.choice([s, " ".join(s[i:i + 4] for i in range(0, 16, 4)), "-".join(s[i:i + 4] for i in range(0, 16, 4))])


class Person:
    """One person with the values a ticket may give about them."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.first = rng.choice(FIRST)
        self.last = rng.choice(LAST)

    def name(self) -> str:
        f, l, r = self.first, self.last, self.rng.random()
        forms = [(0.25, f"{f} {l}"), (0.35, f"{l.upper()} {f}"), (0.45, f"{l}, {f}"), (0.55, f"{f} {l}".upper()),
                 (0.62, f"{f.lower()} {l.lower()}"), (0.7, f"{f[0]}. {l}"), (0.78, _plain(f"{f} {l}")),
                 (0.86, f"{l.upper()}, {f.upper()}"), (0.93, f"{f} {self.rng.choice('ABCDEFGHJKLMNPRST')}. {l}"),
                 (1.0, f"{l} {f}")]
        return next(text for limit, text in forms if r < limit)

    def username(self) -> str:
        f, l = _ascii(self.first), _ascii(self.last)
        return self.rng.choice([f[0] + l[:7], f"{f}.{l}", l[:6] + f[:2], f"{f[0]}{l[:5]}{self.rng.randrange(2, 30)}",
                                f"{f}_{l[0]}", f"{l[:4]}{f[0]}{self.rng.randrange(100, 999)}"])

    def caps_username(self) -> str:
        return self.username().upper().replace(".", "").replace("_", "")

    def email(self) -> str:
        f, l = _ascii(self.first), _ascii(self.last)
        host = self.rng.choice(["gmail.com", "outlook.co.za", "yahoo.co.in", DOMAIN, "bigpond.com.au", "proton.me"])
        return self.rng.choice([f"{f}.{l}@{host}", f"{f[0]}{l}@{host}", f"{l}{self.rng.randrange(70, 99)}@{host}"])

    def email_obf(self) -> str:
        f, l = _ascii(self.first), _ascii(self.last)
        return self.rng.choice([f"{f}.{l} at gmail dot com", f"{f[0]}.{l}[at]outlook[dot]com",
                                f"{f}{l[0]} {{at}} proton.me", f"{f}(dot){l}(at)yahoo(dot)co(dot)in",
                                f"{f}.{l} AT bigpond DOT com DOT au", f"{f}_{l} @ gmail.com"])

    def device(self) -> str:
        l = _ascii(self.last).upper()[:7]
        f = _ascii(self.first)
        return self.rng.choice([f"LAP-{l}{f[0].upper()}", f"{f}{_ascii(self.last)[:4]}-mbp", f"WS-{l}-0{self.rng.randrange(1, 9)}",
                                f"HLT{l}NB{self.rng.randrange(1, 9)}", f"{f}-surface"])


def _otp(rng: random.Random) -> str:
    n = str(rng.randrange(100_000, 999_999))
    return rng.choice([n, f"{n[:3]} {n[3:]}", f"{n[:2]} {n[2:4]} {n[4:]}", f"{n[:3]}-{n[3:]}", str(rng.randrange(1000, 9999))])


_PW_WORDS = ["Kestrel", "lantern", "Marula", "harbour", "Tūī", "Jacaranda", "pepper", "Zenith", "kowhai", "Sakura"]


def _password(rng: random.Random) -> str:
    w = rng.choice(_PW_WORDS)
    return rng.choice([f"{w}#{rng.randrange(10, 99)}", f"{w.lower()}{rng.randrange(2000, 2031)}!", f"Tmp-{rng.randrange(1000, 9999)}-{w[:3]}",
                       f"{w[:4].upper()}{rng.randrange(10, 99)}{w[-2:]}", f"{w}&{w[::-1].lower()}{rng.randrange(1, 9)}",
                       f"Welcome{rng.randrange(10, 99)}{w[0]}", f"{rng.randrange(10, 99)}{w}%{rng.randrange(1, 9)}"])


def _values(person: Person, rng: random.Random) -> dict:
    """Slot name -> (value, kind of personal data or None)."""
    ext = str(rng.randrange(1000, 99999))
    return {
        "name": (person.name(), "person_name"), "first": (person.first, "person_name"),
        "last": (person.last, "person_name"), "LAST": (person.last.upper(), "person_name"),
        "first_plain": (_plain(person.first), "person_name"),
        "user": (person.username(), "username"), "USER": (person.caps_username(), "username"),
        "email": (person.email(), "email"), "email_obf": (person.email_obf(), "email"),
        "phone": (rng.choice(PHONES_INTL), "phone"), "phone_nat": (rng.choice(PHONES_NAT), "phone"),
        "ext": (rng.choice(EXT_FORMS).format(n=ext), "phone"),
        "phone_ext": (f"{rng.choice(PHONES_INTL)} {rng.choice(EXT_FORMS).format(n=ext)}", "phone"),
        "address": (rng.choice(ADDRESSES), "address"),
        "staff": (str(rng.randrange(1_000_000, 9_999_999)), "employee_id"),
        "staff_alnum": (f"{rng.choice(['HL', 'HLT-', 'E'])}{rng.randrange(100_000, 999_999)}", "employee_id"),
        "otp": (_otp(rng), "otp"), "password": (_password(rng), "password"),
        "device": (person.device(), "hostname"),
        "ip": (f"{rng.choice(['10.' + str(rng.randrange(1, 250)), '172.16', '192.168'])}.{rng.randrange(1, 250)}."
               f"{rng.randrange(2, 250)}", "ipv4"),
        "mac": (":".join(f"{rng.randrange(256):02x}" for _ in range(6)).upper() if rng.random() < 0.5 else
                "-".join(f"{rng.randrange(256):02X}" for _ in range(6)), "mac"),
        "card": (_card(rng), "credit_card"),
        "dept": (rng.choice(DEPTS), None), "site": (rng.choice(SITES), None),
    }


# ----------------------------------------------------------------------------- probes

PROBES = [
    # one-time codes
    "Caller read back the 6-digit number from the Authenticator app: {otp}",
    "OTP recieved by sms was {otp} but it said expired",
    "I keyed in the verificaton code {otp} twice and nothing happened",
    "the login code they emailed me ({otp}) doesn't work",
    "Agent note: verified identity with one time passcode {otp}.",
    "security number texted to my phone is {otp} - please help",
    "2-step code: {otp}",
    "She gave me the confirmation digits {otp} over the phone.",
    # passwords
    "Temporary password issued by agent: {password}",
    "I set her temp pass to {password} and ticked change at next logon",
    "I've tried {password} and my old one, neither works",
    "user says the password they attempted was {password}",
    "Reset done, new credential is {password} (must change)",
    "my current pwd = {password}",
    "initial password for the new starter: {password}",
    "Changed it to {password} yesterday and now it is locked",
    # usernames
    "Account locked ({user}).",
    "user id: {user}",
    "UserID{user} cannot sign in to the roster app",
    "Please reset AD account {USER} - locked again",
    "logon name {user} shows disabled",
    "{name} ({user}) called from {site}",
    "network login is {USER}",
    "samaccount: {user}",
    # names
    "Spoke with {name} in {dept}, will call back.",
    "Many thanks,\n{first} {last}\n{dept}, {site}",
    "Cheers\n{first}",
    "Patient transport coordinator {name} needs access too.",
    "Request raised for {name} by their manager.",
    "Kind regards - {LAST} {first}",
    "{first_plain} from {dept} rang about this",
    "Please copy in {name} on updates",
    "Dr {last} asked for the fix before the clinic opens",
    "Hi {first}, can you try again now?",
    "On behalf of {name}: the scanner still fails",
    # e-mails
    "reach me on {email} after hours",
    "my personal mail is {email_obf}",
    "forward the report to {email_obf} please",
    "CC: {email}",
    # phones
    "callback number {phone}",
    "mobile {phone_nat}",
    "desk phone {phone_ext}",
    "I'm on {ext} today",
    "ring me at {phone_nat} before 3",
    "WhatsApp {phone}",
    # addresses
    "ship the replacement badge to {address}",
    "Home: {address}",
    "Courier the laptop to my home address {address}",
    "I'm working from {address} this month",
    # ids
    "Staff number {staff} - {name}",
    "{name}, employee no. {staff}, started Monday",
    "HR ref {staff_alnum} for the new starter",
    "{name} {staff} needs a badge",
    "payroll ID: {staff}",
    # devices and network
    "Device {device} will not enrol",
    "her laptop {device} (MAC {mac}) keeps dropping",
    "ping from {ip} times out",
    "Workstation {device}, IP {ip}",
    # cards
    "Charged the corporate card {card} by mistake",
    "card number {card} was rejected on the parking app",
]

# Look-alikes that must stay: (kind, sentence, the text that must stay).
DECOYS = [
    ("product", "The Harper Flow infusion pump shows a docking error.", "Harper Flow"),
    ("product", "Scanned with the Lucas Pro 3 barcode gun.", "Lucas Pro"),
    ("product", "Morgan Vale analyser needs a firmware update.", "Morgan Vale"),
    ("application", "Open Oscar Roster and publish the shifts.", "Oscar Roster"),
    ("application", "Elsie Pathology will not load results.", "Elsie Pathology"),
    ("application", "Log into Hermes Dispatch from the depot PC.", "Hermes Dispatch"),
    ("application", "The Grace Portal login page times out.", "Grace Portal"),
    ("building", "The printer is in the Mandela Block, level 2.", "Mandela Block"),
    ("building", "Network closet behind Nightingale Wing reception.", "Nightingale Wing"),
    ("building", "Move the kiosk to the Fleming Centre foyer.", "Fleming Centre"),
    ("place", "Bus 14 to Victoria Station is delayed in the timetable app.", "Victoria Station"),
    ("place", "Tablets for Clifton Ward were delivered.", "Clifton Ward"),
    ("place", "The Durban Depot switch rebooted overnight.", "Durban Depot"),
    ("plant", "Plant Nelson reports the HMI frozen.", "Plant Nelson"),
    ("plant", "The Jackson Plant historian stopped logging.", "Jackson Plant"),
    ("printer", "Print to NEWTON-3F instead.", "NEWTON-3F"),
    ("printer", "Kyocera TASKalfa 3554ci jams on tray 2.", "TASKalfa 3554ci"),
    ("printer", "Queue PRN-CURIE-02 is paused.", "PRN-CURIE-02"),
    ("version", "Updated the client to v11.2.4.", "11.2.4"),
    ("version", "Windows build 22631.3296 is installed.", "22631.3296"),
    ("error_code", "Error 0x80070005 on install.", "0x80070005"),
    ("error_code", "Browser says ERR_CONNECTION_RESET.", "ERR_CONNECTION_RESET"),
    ("error_code", "The HMI shows fault E1042.", "E1042"),
    ("asset_tag", "Asset tag HLT-A-077341 on the base.", "HLT-A-077341"),
    ("asset_tag", "Tagged AT009213 in the register.", "AT009213"),
    ("ticket_ref", "See INC0482913 for the earlier fix.", "INC0482913"),
    ("ticket_ref", "Linked to SR-204481.", "SR-204481"),
    ("date", "It started on 2025-03-17 after patching.", "2025-03-17"),
    ("date", "Leave from 17/03/2025 to 21/03/2025.", "17/03/2025"),
    ("size", "Drive shows 512 GB free of 1 TB.", "512 GB"),
    ("size", "Screen set to 1920x1080.", "1920x1080"),
    ("role_email", "Mail rostering@harbourline.example.org for shift swaps.", "rostering@harbourline.example.org"),
    ("serial", "Serial 5CG2417XQM on the sticker.", "5CG2417XQM"),
    ("team", "Handed to Team Kingfisher for the weekend.", "Team Kingfisher"),
]

SUBJECTS = ["Cannot sign in to roster app", "Tablet not charging", "Shared drive access", "Bus timetable app crash",
            "Badge not opening doors", "Printer offline on ward", "MFA prompt loop", "New starter setup",
            "Laptop very slow", "VPN drops at depot", "Pathology results missing", "Email not syncing on phone"]
LEADS = ["Hi support,", "Good morning,", "Urgent:", "Hello,", "Following my call:", "", "", "Ticket raised by phone."]
NOTES = ["Resolved remotely.", "User confirmed fixed.", "Closed - no reply.", "Replaced device.", "Escalated then fixed."]


def _render(template: str, values: dict) -> tuple[str, list[dict]]:
    """Fill a probe; return the text and its personal-data spans."""
    spans, out, last = [], [], 0
    for match in re.finditer(r"\{(\w+)\}", template):
        out.append(template[last:match.start()])
        value, kind = values[match.group(1)]
        out.append(value)
        if kind:
            spans.append({"kind": kind, "text": value})
        last = match.end()
    out.append(template[last:])
    return "".join(out), spans



def build(count: int = 2000, seed: int = 31) -> list[dict]:
    """The tickets with their truth."""
    from suggest_data.make import PiiBankPlan, build_pii_bank

    return build_pii_bank(PiiBankPlan(
        person=Person, values=_values, render=_render, probes=PROBES, decoys=DECOYS,
        subjects=SUBJECTS, leads=LEADS, notes=NOTES, start=dt.datetime(2025, 2, 3, 8, 0, 0), minutes=37,
        first_number=7_000_000, decoy_counts=(0, 1, 1, 2),
        subject_last=True,
        values_before_probe=True), count, seed)


def write(out: Path, count: int = 2000, seed: int = 31, build=build) -> None:
    """Write ``pii.csv`` and ``pii-truth.jsonl`` into ``out`` (``build``: this bank's or a later one's)."""
    sys.path.insert(0, str(HERE.parent))
    from suggest_data.make import write_described_bank

    write_described_bank(out, build(count, seed))


def main(write=write, seed: int = 31, doc: str = __doc__) -> None:
    """The command line of a bank: ``OUT [--count N] [--seed S]``."""
    sys.path.insert(0, str(HERE.parent))
    from suggest_data.make import bank_command

    bank_command(write, seed, doc)()


if __name__ == "__main__":
    main()
