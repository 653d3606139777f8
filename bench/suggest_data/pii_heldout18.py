"""EIGHTEENTH HELD-OUT personal-data bank (v18): FROZEN. Written by a separate helper who never read
kbgen's rule code, before round 18's tuning; the tuners never see it. Only its aggregate figures are
read, once, after the round's merge.

    python3 bench/suggest_data/pii_heldout18.py OUT_DIR [--count 2000] [--seed 1867]

A fictional network of driving schools and vehicle-inspection test lanes ("Brindlemoor-Tsering Driving
Academies & Test Lanes": instructors' dual-control cars, a lorry and bus training yard, theory-test
rooms, roller brake testers and emission bays, a licence-card print room, a fleet workshop and a
booking call centre in Timor-Leste, the Maldives, Karnataka, Ladakh, Belarus, Nunavut, Kinshasa,
Yucatán, Curaçao, Vanuatu, Friuli, Upper Lusatia, Sindh and New Mexico) writes description-bearing
tickets. Every name, value and phrasing is invented for kbgen. Cue words in Tetum and Portuguese,
Dhivehi (Thaana script), Kannada (Kannada script), Ladakhi (Tibetan script), Belarusian (Cyrillic),
Inuktitut (syllabics), Lingala and Congolese French, Yucatec Maya and Mexican Spanish, Papiamentu and
Dutch, Bislama, Friulian and Italian, Upper Sorbian and German, Sindhi (Arabic script) and Navajo
beside plain English.
Weighted to passwords (set by an agent as a temporary value, tried by a learner or instructor, read
out in a call, in chat, in pasted configs and connection strings, in other languages, with no cue
word near them), postal addresses (European, US, Latin American, Caribbean, Pacific, African and
Asian forms, with and without cue words, on one line and over several lines, inside signatures),
usernames (in prose, in brackets, in command output, in paths, in e-mail-like forms), staff and
instructor numbers, and host names in prose under the organisation's own domain; also names in every
case and order, obfuscated e-mails, phones of many regions and one-time codes.
Structures: call-centre transcripts, instructor chat with handles as speaker labels, test-lane shift
logs, agent notes, forwarded mails with signatures, form dumps (YAML, INI, JSON, query strings,
markdown tables), pasted command output (id, getent, last, Get-ADUser, net user, dsquery, ls -l,
klist, smbstatus, who), config pastes, and many look-alikes that must stay (lane numbers, brake-test
readings, plate-like fleet codes, licence categories, booking and order ids, asset tags, versions,
error codes, rooms, amounts, product names with capitals, built-in accounts, place names that are
also surnames).
"""
from __future__ import annotations

import datetime as dt
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))
sys.path.insert(0, str(HERE.parent))

from suggest_data import pii_heldout3  # noqa: E402
from suggest_data.pii_heldout3 import _ascii, _card, _plain, _render  # noqa: E402

DOMAIN = "brindlemoor-tsering.example.com"
SHORT = "bmts"
AD = "BMTSDA"

FIRST = """Lurdes Zeferino Natércia Aurelino Filomena Aishath Ibrahim Mariyam Ahmed Hawwa Shivaraju Kavyashree Manjunath
Lakshmamma Girish Tsewang Padma Stanzin Dolkar Rigzin Alesia Uladzimir Yaŭhienija Ciacijana Siarhiej Aalasi Pauloosie Kilabuk
Ooleepeeka Mbuyi Kapinga Ilunga Nsimba Bienvenu Merveille Xóchitl Canek Yamilé Itzamná Wendolyn Shurendy Jurick Gishmara
Ruthsela Kenrick Marie-Lou Iaukal Tamata Natuman Serafine Fiorenzo Graziella Ermes Nives Bogna Jurij Měrćin Lenka Wórša
Farzana Ghulam Sassui Mehboob Rukhsana Shundeen Delbert Wynema Loretta""".split()
LAST = """Soares-Belo Ximenes Guterres da Costa Amaral Maniku Didi Rasheed Moosa Waheed Gowda Hegde Kulkarni Shettar Nayaka
Namgyal Angmo Chosphel Dorjay Tundup Kazlouskaja Łaŭrynovič Sciapanienka Chareŭski Bahdanovič Akpaliapik Nuqingaq Ipeelee
Kublu Tshibangu Mukendi Kabasele Lukusa Nzuzi Ucán Chablé Canché Poot Dzib Martina Isenia Jansen-Rosaria Pieternella
Kalsakau Tarilongi Malessas Bule Zoratti Cjargnel Del Piccolo Tomat Mrózec Wjacławk Kral Pjech Śołćina Memon Soomro Shaikh
Junejo Bhutto-Laghari Begaye Yazzie Tsosie Tohee Honeyestewa""".split()
LAST = [n for n in LAST if n not in ("da", "Del")] + ["da Costa", "Del Piccolo"]
LAST = [n for n in LAST if n not in ("Costa", "Piccolo")]

SITES = ["Dili driving school", "Baucau test lane", "Malé theory centre", "Hithadhoo yard", "Mysuru test track",
         "Hubballi driving school", "Leh training ground", "Hrodna test lanes", "Viciebsk school", "Iqaluit winter yard",
         "Limete driving school", "Mérida test centre", "Willemstad school", "Port Vila yard", "Udine test lanes",
         "Budyšin school", "Sukkur test lane", "Gallup driving school"]
DEPTS = ["Instructors", "Test Lanes", "Theory Rooms", "HGV & Bus Yard", "Licence Print Room", "Fleet Workshop",
         "Booking Centre", "Examiners", "Payroll", "Quality"]
PLANTS = ["DIL", "BAU", "MLE", "HTD", "MYS", "HUB", "LEH", "HRD", "VCB", "IQA", "LIM", "MID", "WIL", "PVL", "UDN",
          "BDY", "SKR", "GUP"]

PHONES_INTL = ["+670 7723 4186", "+670 331 2947", "+960 778 3914", "+960 334 2718", "+91 94481 27360",
               "+91 821 241 7093", "+91 1982 250 614", "+375 29 617 48 03", "+375 152 73 41 96", "+1 867 979 4102",
               "+243 81 472 3065", "+243 99 806 1427", "+52 999 381 4720", "+52 1 999 926 0847", "+599 9 461 2873",
               "+599 9 518 3046", "+678 774 2190", "+678 22 913", "+39 0432 508 713", "+39 348 617 2094",
               "+49 3591 48 27 16", "+49 1578 3260914", "+92 71 561 3482", "+92 300 7146 283", "+1 505 863 2714",
               "00670 7723 4186", "(+960) 778-3914", "+375-29-6174803", "+52 (999) 381 47 20", "0039 348 6172094",
               "+91-94481-27360", "+243 (0) 81 472 30 65"]
PHONES_NAT = ["7723 4186", "778-3914", "094481 27360", "0821 2417093", "8 029 617-48-03", "8 (0152) 73-41-96",
              "(867) 979-4102", "081 472 3065", "0999 806 1427", "999 381 4720", "461-2873", "774 2190",
              "0432 508713", "348 617 2094", "03591 482716", "0300-7146283", "071 5613482", "(505) 863-2714",
              "505.863.2714"]
EXT_FORMS = ["ramal {n}", "extensão {n}", "ಎಕ್ಸ್ಟೆನ್ಶನ್ {n}", "унутр. {n}", "dob. {n}", "poste {n}", "ext. {n}",
             "extensión {n}", "tox. {n}", "interno {n}", "Durchwahl {n}", "-{n}", "x {n}", "ext{n}"]

# One-line postal addresses of several regions' forms (with and without house names, PO boxes, wards).
ADDRESSES = [
    "Rua de Balide 14, Dili", "Aldeia Lemorai, Suco Bahu, Baucau", "Avenida Presidente Nicolau Lobato 221, Dili",
    "H. Rukhsaaru Villa, Majeedhee Magu, Malé 20087", "Hithadhoo, Addu City, Fehi Kunaarumaage, 19020",
    "#418, 7th Cross, Kuvempunagar, Mysuru 570023", "Plot 36, Vidyanagar, Hubballi, Karnataka 580021",
    "House 12, Skara Yokma, Leh, Ladakh 194101", "вул. Савецкая 47, кв. 18, 230023 Гродна",
    "пр-т Фрунзе 9-112, Віцебск 210038", "Building 1538, Apartment 4, Iqaluit, NU X0A 0H0",
    "PO Box 2271, Iqaluit NU X0A 1H0", "Av. Kabambare 88, Q/ Matonge, C/ Kalamu, Kinshasa",
    "Rue Lukandu 14bis, Limete, Kinshasa", "Calle 59 No. 482 x 56 y 58, Centro, 97000 Mérida, Yuc.",
    "Calle 21 #304-B por 14 y 16, Col. Itzimná, Mérida", "Kaya Grandi 42, Willemstad, Curaçao",
    "Seru Fortuna, Kaya Pòrtugal 7, Curaçao", "Lini Highway, Nambatu area, Port Vila", "PO Box 1193, Port Vila, Vanuatu",
    "Via Cividale 118, 33100 Udine UD", "Borgo Grazzano 7/b, 33100 Udine", "Wendische Straße 21, 02625 Bautzen",
    "Łužiska 6, 02625 Budyšin", "House C-41, Sindhi Muslim Society, Sukkur", "Flat 3, Shahi Bazar, Hyderabad, Sindh 71000",
    "1407 E Aztec Ave, Gallup, NM 87301", "HC 61 Box 1820, Navajo, NM 87328", "2219 Linda Vista Dr, Apt 6, Gallup NM 87301",
]
# Addresses written over several lines (each line its own span), as in signatures and parcel labels.
ADDRESS_LINES = [
    ("Rua Jacinto Cândido 9", "Bairro Pité", "Dili, Timor-Leste"),
    ("Maafanu, Fiyavathi Magu", "Henveiru", "Malé 20125, Maldives"),
    ("No. 77, 2nd Main Road", "Saraswathipuram", "Mysuru 570009"),
    ("вул. Горкага 33", "кв. 7", "230005 Гродна"),
    ("Unit 204, 880 Niaqunngusiariaq", "Iqaluit, NU", "X0A 3H0"),
    ("Avenue Kasa-Vubu 1203", "Commune de Kasa-Vubu", "Kinshasa, RDC"),
    ("Calle 47 No. 519 x 62", "Col. Centro", "97000 Mérida, Yucatán"),
    ("Kaya Flamboyan 18", "Santa Maria", "Willemstad"),
    ("Via Aquileia 64", "Int. 3", "33100 Udine (UD)"),
    ("Töpferstraße 9", "OT Stiebitz", "02625 Bautzen"),
    ("12 Cactus Loop", "Unit B", "Gallup, NM 87301"),
    ("House 5, Lane 3, Military Road", "Sukkur", "Sindh 65200"),
]


def _mac(rng: random.Random) -> str:
    """A MAC address as dashcams, brake testers and phones print it."""
    raw = "".join(rng.choice("0123456789abcdef") for _ in range(12))
    raw = raw.upper() if rng.random() < 0.5 else raw
    form = rng.choice([0, 1, 2])
    if form == 2:
        return ".".join(raw[i:i + 4] for i in range(0, 12, 4))
    return ["-", ":"][form].join(raw[i:i + 2] for i in range(0, 12, 2))


def _ip(rng: random.Random) -> str:
    """An address of a test lane, a school office, an instructor's home line or a car's telematics box."""
    return rng.choice([f"10.{rng.randrange(140, 180)}.{rng.randrange(0, 255)}.{rng.randrange(2, 254)}",
                       f"172.{rng.randrange(16, 31)}.{rng.randrange(0, 255)}.{rng.randrange(2, 254)}",
                       f"192.168.{rng.randrange(0, 60)}.{rng.randrange(2, 254)}",
                       f"{rng.choice([37, 49, 103, 117, 138, 181, 190, 201])}.{rng.randrange(0, 255)}.{rng.randrange(0, 255)}.{rng.randrange(2, 254)}"])


class Person:
    """One person with the values a ticket may give about them."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.first = rng.choice(FIRST)
        self.last = rng.choice(LAST)
        self.uid = self._username()

    def name(self) -> str:
        f, l, r = self.first, self.last, self.rng.random()
        forms = [(0.22, f"{f} {l}"), (0.3, f"{l}, {f}"), (0.38, f"{l.upper()} {f}"), (0.45, _plain(f"{f} {l}")),
                 (0.52, f"{f} {l}".upper()), (0.58, f"{f[0]}. {l}"), (0.64, f"{l} {f}"),
                 (0.71, f"{f} {l}".lower()), (0.77, f"{f} {l[:1]}."), (0.82, f"{l.upper()}, {f.upper()}"),
                 (0.87, f"{_plain(l).lower()}, {_plain(f).lower()}"), (0.92, f"{f[0]}{l[0]} ({f} {l})"),
                 (0.96, f"Sr. {l}"), (1.0, f"{f} \"{f[:3]}\" {l}")]
        return next(text for limit, text in forms if r < limit)

    def _username(self) -> str:
        f, l = _ascii(self.first) or "q", _ascii(self.last) or "z"
        n = self.rng.randrange(3, 990)
        return self.rng.choice([f"{f[:1]}{l[:7]}", f"{l[:6]}.{f[:1]}", f"bt{self.rng.randrange(20_000, 69_999)}",
                                f"{f}.{l}"[:18], f"{f[:3]}{l[:3]}{n % 100:02d}", f"i-{l[:6]}", f"{f}_{l[:2]}",
                                f"{l[:5]}{n % 10}{f[:1]}", f"{f[:1]}{l[:1]}{n:03d}", f"{l}{f[:2]}"[:12],
                                f"drv.{f[:5]}"])

    def username(self) -> str:
        return self.uid

    def email(self) -> str:
        f, l = _ascii(self.first) or "q", _ascii(self.last) or "z"
        host = self.rng.choice(["telkomcel-mail.example.tl", "dhiraagu-post.example.mv", "bsnl-anche.example.in",
                                "beltelecom-pochta.example.by", "qiniq-mail.example.ca", "vodacom-mail.example.cd",
                                "telmex-correo.example.mx", "flow-korreo.example.cw", "digicel-mail.example.vu",
                                "insiel-posta.example.it", "lausitz-post.example.de", "ptcl-mail.example.pk",
                                "navajonet.example.us", DOMAIN])
        return self.rng.choice([f"{f}.{l}@{host}", f"{f[:1]}{l}@{host}", f"{l}.{f}{self.rng.randrange(1, 99)}@{host}",
                                f"{f}-{l}@{host}", f"{f.capitalize()}{l.capitalize()}@{host}", f"{l}_{f[:1]}@{host}",
                                f"{f}+lessons@{host}"])

    def email_obf(self) -> str:
        f, l = _ascii(self.first) or "q", _ascii(self.last) or "z"
        return self.rng.choice([f"{f}.{l} arroba telmex-correo punto example punto mx",
                                f"{f}{l[:1]} (at) flow-korreo (dot) example (dot) cw",
                                f"{l} ät lausitz-post punkt example punkt de",
                                f"{f}.{l} chiocciola insiel-posta.example.it",
                                f"{l}.{f} AT qiniq-mail DOT example DOT ca",
                                f"{f}_{l} [a] vodacom-mail [point] example [point] cd",
                                f"{f} {l} @ dhiraagu-post . example . mv",
                                f"{l}{f[:1]} <at> beltelecom-pochta <dot> example <dot> by",
                                f"{f}.{l}@@telkomcel-mail.example.tl (remove one @)",
                                f"{f} dot {l} at navajonet dot example dot us"])

    def host(self) -> str:
        """A school's, lane's or instructor's device; some carry the owner's name or account."""
        l, f = _ascii(self.last) or "z", _ascii(self.first) or "q"
        p = self.rng.choice(PLANTS)
        n = self.rng.randrange(1, 99999)
        kind = self.rng.choice(["NB", "WS", "LANE", "KIOSK", "TAB", "DASH"])
        return self.rng.choice([
            f"{p}{kind}{n % 1000:03d}", f"{p.lower()}-{kind.lower()}{n % 100:02d}.{DOMAIN}", f"nb-{l[:7]}",
            f"{f}s-ipad", f"{kind.lower()}{n % 1000:03d}.{p.lower()}.{SHORT}.local", f"{l[:5]}-{f[:1]}-lt",
            f"{p}-EXAM-{n % 100:02d}", f"brake{n % 30:02d}.{p.lower()}.{DOMAIN}", f"{l[:6]}{n % 10}.{SHORT}.lan",
            f"theory-{p.lower()}{n % 40:02d}", f"{SHORT}-{p.lower()}-{l[:4]}"])


def _otp(rng: random.Random) -> str:
    n = str(rng.randrange(100_000_000, 999_999_999))
    letters = "".join(rng.choice("ABCDEFGHKMNPRSTUVWXZ2345679") for _ in range(rng.choice([5, 6, 8])))
    return rng.choice([n[:6], n[:6], n[:6], n[:4], n[:7], n[:8], f"{n[:3]} {n[3:6]}", f"{n[:3]}-{n[3:6]}",
                       f"{n[:2]} {n[2:4]} {n[4:6]}", f"G-{n[:6]}", letters, f"{letters[:4]}-{letters[4:]}",
                       f"BT{n[:5]}", f"{n[:6]}!"])


_PW_WORDS = ["Ramelau", "Atauro", "Vaadhoo", "Chamundi", "Khardung", "Niemen", "Baffin", "Kisantu", "Uxmal", "Christoffel",
             "Yasur", "Tagliamento", "Spree", "Indus", "Shiprock", "clutch", "handbrake", "mirror", "overtake",
             "roundabout", "indicator", "wiper"]
_PW_CHARS = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789!@#$%^&*-_+=~?"


def _password(rng: random.Random) -> str:
    """Passwords of the kinds people choose, agents set and generators print."""
    w = rng.choice(_PW_WORDS)
    a, b = (x.lower() for x in rng.sample(_PW_WORDS, 2))
    gen = "".join(rng.choice(_PW_CHARS) for _ in range(rng.choice([9, 12, 14, 18, 24])))
    year = rng.choice([2029, 2030, 2031, 2032, 2033])
    return rng.choice([
        gen, gen, gen, f"{w}{year}!", f"{w}#{rng.randrange(10, 99)}", f"{a}-{b}-{rng.randrange(100, 999)}",
        f"{w.upper()}{rng.randrange(1, 9)}{rng.choice('$%&')}", f"{w[:4]}{rng.randrange(1000, 9999)}{b[:3]}",
        f"Welcome{rng.randrange(10, 99)}{rng.choice('!?')}", f"{a}{rng.randrange(10, 99)}{b.capitalize()}",
        f"{rng.choice('!@#')}{w}{rng.randrange(0, 9)}", f"L{rng.randrange(100000, 999999)}p",
        f"{a.capitalize()}.{b.capitalize()}.{rng.randrange(1, 9)}", f"{gen[:4]}{w[:3].lower()}{gen[4:8]}",
        f"{w}{w[::-1].lower()}", f"{a} {b} {rng.randrange(1, 99)}!"])


def _staff(rng: random.Random) -> str:
    """Staff numbers of the schools' payrolls, the examiners' register and the instructors' licences."""
    return rng.choice([f"BT-{rng.randrange(100_000, 999_999)}", f"INS/{rng.choice(PLANTS)}/{rng.randrange(0, 99999):05d}",
                       f"X{rng.randrange(10_000, 99_999)}", f"{rng.randrange(100, 999)}-{rng.randrange(100, 999)}-{rng.randrange(100, 999)}",
                       f"EX{rng.randrange(1000, 9999)}{rng.choice('ABCDK')}", f"P#{rng.randrange(30_000, 89_999)}",
                       str(rng.randrange(7_000_000, 7_999_999)), f"{rng.choice(PLANTS)}-{rng.randrange(1000, 9999)}-{rng.randrange(0, 9)}",
                       f"BMT{rng.randrange(100, 999)}{rng.choice('QRSTV')}{rng.randrange(10, 99)}", f"00{rng.randrange(10000, 99999)}"])


def _values(person: Person, rng: random.Random) -> dict:
    """Slot name -> (value, kind of personal data or None)."""
    ext = str(rng.randrange(10, 9999))
    hh, mm, ss = rng.randrange(0, 24), rng.randrange(60), rng.randrange(60)
    srv = rng.choice(["lanes-db01", "bookit-app", "fs-theory", "sso-gw", "radius-mid", "bastion-bt"])
    other = Person(rng)
    lines = rng.choice(ADDRESS_LINES)
    return {
        "name": (person.name(), "person_name"), "first": (person.first, "person_name"),
        "last": (person.last, "person_name"), "LAST": (_plain(person.last).upper(), "person_name"),
        "FIRST": (_plain(person.first).upper(), "person_name"), "lower": (f"{person.first} {person.last}".lower(), "person_name"),
        "first_plain": (_plain(person.first), "person_name"), "name2": (other.name(), "person_name"),
        "user": (person.username(), "username"), "user2": (other.username(), "username"),
        "email": (person.email(), "email"), "email_obf": (person.email_obf(), "email"),
        "phone": (rng.choice(PHONES_INTL), "phone"), "phone_nat": (rng.choice(PHONES_NAT), "phone"),
        "phone_ext": (f"{rng.choice(PHONES_INTL)} {rng.choice(EXT_FORMS).format(n=ext)}", "phone"),
        "address": (rng.choice(ADDRESSES), "address"), "address2": (rng.choice(ADDRESSES), "address"),
        "addr1": (lines[0], "address"), "addr2": (lines[1], "address"), "addr3": (lines[2], "address"),
        "staff": (_staff(rng), "employee_id"), "staff2": (_staff(rng), "employee_id"),
        "otp": (_otp(rng), "otp"),
        "password": (_password(rng), "password"), "password2": (_password(rng), "password"),
        "host": (person.host(), "hostname"), "host2": (other.host(), "hostname"),
        "ip": (_ip(rng), "ipv4"), "ip2": (_ip(rng), "ipv4"),
        "mac": (_mac(rng), "mac"),
        "card": (_card(rng), "credit_card"),
        "dept": (rng.choice(DEPTS), None), "site": (rng.choice(SITES), None), "srv": (srv, None),
        "time": (f"{hh:02d}:{mm:02d}", None), "time2": (f"{hh:02d}:{(mm + 3) % 60:02d}", None),
        "sec": (f"{hh:02d}:{mm:02d}:{ss:02d}", None),
        "pid": (str(rng.randrange(1000, 65000)), None), "port": (str(rng.randrange(40000, 65000)), None),
        "AD": (AD, None), "DOMAIN": (DOMAIN, None), "SHORT": (SHORT, None),
    }


PROBES = [
    # passwords: set by an agent, tried by a user, read out, in chat, in configs, in other languages, bare
    "Set a one-off password {password} on the account, must be changed at first sign-in.",
    "Temp pass issued: {password}",
    "new one is {password} - told her to change it tonight",
    "Reset done. Initial: {password}",
    "I tried {password} and also {password2}, neither works on the lane PC",
    "he swears it was {password} before the holidays",
    "learner portal rejects {password} every time",
    "she read it out over the phone: {password}",
    "gave the instructor {password} to get going, expires in 24h",
    "old pwd {password} / new pwd {password2}",
    "pwd: {password}",
    "pass={password}",
    "login {user} / {password}",
    "{user}:{password}",
    "creds for the exam kiosk -> {user} + {password}",
    "the sticky note on {host} says {password}",
    "he wrote `{password}` in the Teams chat, please purge it",
    "[{time}] {user}: try {password}\n[{time2}] {user2}: nope",
    "[{time}] {user}: {password}\n[{time2}] {user}: sorry wrong window",
    "{time} {first}: my new password {password} doesn't go through on the tablet",
    "[{sec}] instr-{user}: password for the dual car tablet is {password}",
    "db_password: {password}",
    "  password: \"{password}\"",
    "ConnectionString=Server={srv};User Id={user};Password={password};",
    "[smtp]\nuser = {user}\npass = {password}",
    "mysql -u {user} -p'{password}' -h lanes-db01",
    "curl -u {user}:{password} https://bookit-app.{DOMAIN}/api/slots",
    "net user {user} {password} /domain",
    "Set-ADAccountPassword -Identity {user} -NewPassword (ConvertTo-SecureString '{password}' -AsPlainText -Force)",
    "echo '{password}' | kinit {user}@{AD}.LOCAL",
    "Senha provisória: {password}",
    "Liafuan-pase foun: {password}",
    "ފާސްވޯޑް: {password}",
    "ತಾತ್ಕಾಲಿಕ ಪಾಸ್‌ವರ್ಡ್: {password}",
    "གསང་ཚིག {password}",
    "Часовы пароль: {password}",
    "ᐊᖏᖅᑕᐅᓯᒪᔪᖅ ᐅᖃᐅᓰᑦ: {password}",
    "Mot ya sekele: {password}",
    "Mot de passe provisoire : {password}",
    "Contraseña temporal: {password}",
    "U k'aaba'il ts'o'ok: {password}",
    "Kontraseña temporal: {password}",
    "Tijdelijk wachtwoord: {password}",
    "Pasword blong yu: {password}",
    "Peraule di passaç: {password}",
    "Password temporanea: {password}",
    "Nachwašne hesło: {password}",
    "Einmalpasswort: {password}",
    "عارضي پاسورڊ: {password}",
    "Bee ííníshłaaí bizaad: {password}",
    "{name} said the word was {password} but it could be {password2}",
    "after reset user {user} logged on with {password} ok",
    "please stop sending me {password} in clear text!",
    "{password}",
    "{password}\n(that is what I typed, twice)",
    # postal addresses: one line, several lines, with and without cue words, in signatures
    "Post the licence card to {address}",
    "Address: {address}",
    "new address {address}",
    "{address}",
    "Lives at {address}, call before coming",
    "please send the replacement dashcam to\n{addr1}\n{addr2}\n{addr3}",
    "{name}\n{addr1}\n{addr2}\n{addr3}",
    "Ship-to:\n{name}\n{addr1}, {addr2}\n{addr3}\nTel {phone}",
    "Endereço: {address}",
    "ವಿಳಾಸ: {address}",
    "އެޑްރެސް: {address}",
    "Адрас: {address}",
    "Adresse postale : {address}",
    "Dirección: {address}",
    "Adrès: {address}",
    "Adres blong haos: {address}",
    "Indiriç: {address}",
    "Adresa: {address}",
    "Anschrift: {address}",
    "Kinhasaní: {address}",
    "moved last month from {address} to {address2}",
    "the cheque went to {address} which is my old flat",
    "Regards,\n{name}\nDriving Instructor, {site}\n{address}\nM: {phone}",
    "Obrigada,\n{first} {last}\n{addr1}\n{addr3}",
    "Saludos,\n{name}\n{address}\nCel {phone_nat}",
    "Danki,\n{first}\n{address}",
    "Mit freundlichen Grüßen\n{name}\n{addr1}\n{addr3}\nTel. {phone_ext}",
    "Tenki tumas,\n{name} | {address}",
    # usernames: prose, brackets, command output, paths, e-mail-like forms
    "user {user} cannot open the booking screen",
    "{user} is locked again",
    "the instructor ({user}) can't see her slots",
    "Account: {user}",
    "acc {user} pls unlock",
    "Log in as {user} and check the queue",
    "I am {user} on the lane PCs and {user2} on the laptop",
    "{user}@{DOMAIN} bounces but the mailbox exists",
    "sign-in name is {user}@{SHORT}.local",
    "UPN {user}@{DOMAIN} not syncing",
    "{AD}\\{user} has no rights on fs-theory",
    "C:\\Users\\{user}\\AppData\\Local\\BookIt\\cache is 9 GB",
    "/home/{user}/exports/lane7.csv is empty",
    "\\\\fs-theory\\profiles$\\{user}.V6 cannot be loaded",
    "$ id {user}\nuid=41022({user}) gid=100(users) groups=100(users),510(instructors)",
    "$ getent passwd {user}\n{user}:x:41022:100:{name}:/home/{user}:/bin/bash",
    "$ last -n 2\n{user}   pts/1   {ip}   Tue Mar  4 {time}   still logged in\n{user2}  pts/0   {ip2}  Tue Mar  4 {time2} - {time2}  (00:00)",
    "PS> Get-ADUser {user}\nDistinguishedName : CN={name},OU=Instructors,DC={SHORT},DC=local\nEnabled           : False\nSamAccountName    : {user}",
    "C:\\> net user {user} /domain\nUser name                    {user}\nFull Name                    {name}\nAccount active               No",
    "dsquery user -samid {user}\n\"CN={name},OU=Examiners,DC={SHORT},DC=local\"",
    "$ ls -l /srv/bookit/uploads\n-rw-r----- 1 {user} instructors 48211 Mar  4 {time} lane_times.xlsx",
    "Cached Tickets: (2)\n#0>     Client: {user} @ {AD}.LOCAL",
    "smbstatus -b\n4711   {user}   instructors   {ip} (ipv4:{ip}:{port})",
    "$ who\n{user}  tty7   2033-03-04 {time} (:0)",
    "Account name '{user}' already exists in the learner portal",
    "Transfer the lessons from {user} to {user2}",
    # staff and instructor numbers
    "Staff no {staff}",
    "instructor licence no. {staff} expired in the system, not in reality",
    "Examiner {staff} cannot open the test sheet",
    "emp id {staff} / {name}",
    "ID {staff} belongs to {name2}, not to me",
    "Payroll number: {staff}",
    "Número de funcionário: {staff}",
    "ನೌಕರ ಸಂಖ್ಯೆ: {staff}",
    "Табельны нумар: {staff}",
    "Numéro matricule : {staff}",
    "Número de empleado: {staff}",
    "Personeelsnummer: {staff}",
    "Matricule {staff}",
    "Personalnummer {staff}",
    "ملازم نمبر: {staff}",
    "{staff} {LAST} {first}",
    "his number is {staff}, not {staff2}",
    # host names in prose under the organisation's domain
    "{host} can't reach the booking server since the update",
    "please reimage {host}, it belongs to {name}",
    "ping {host} times out, {host2} is fine",
    "Her laptop is {host}; the lane tablet is {host2}.",
    "RDP into {host} works but not {host2}",
    "the roller tester PC {host} lost its IP ({ip})",
    "> nslookup {host}\nServer:  dns1.{DOMAIN}\nName:    {host}\nAddress: {ip}",
    "Pinging {host} [{ip}] with 32 bytes of data:\nRequest timed out.",
    "moved {name}'s dashcam uploads from {host} to {host2}",
    "{host} ({mac}) keeps getting kicked off the instructor wifi",
    "can someone look at {host}? it boots to a black screen",
    "the exam kiosk {host} shows the wrong date, the one next to it ({host2}) is right",
    "Installed BookIt on {host} for {first}.",
    "{name} now uses {host}; {host2} goes back to stores",
    "tracert {host}\n  1    <1 ms    <1 ms    <1 ms  {ip}\n  2     *        *        *     Request timed out.",
    "Dashcam in car 12 uploads to {host} every night, last upload failed",
    "please send it to my other address {email}",
    "her address on the learner file is {email_obf}, bounce",
    # names in every case and order
    "{name} called about the test bookings",
    "Call from {LAST} {first}, instructor at {site}",
    "{FIRST} {LAST} cannot print the theory certificates",
    "spoke with {lower} at the front desk",
    "cc {name2} (manager)",
    "on behalf of {name}",
    "{first_plain} {LAST} left the company, disable",
    "{last}, {first} - examiner since 2031",
    "Reported by: {name}\nAffected user: {name2}",
    "Mr {last} says the learner app won't load",
    "dear {first}, we have reset it",
    "Hi {first_plain}!",
    # e-mails, phones, one-time codes
    "reply to {email}",
    "private mail {email_obf}",
    "my gmail-like is {email_obf}",
    "From: {name} <{email}>",
    "call me back on {phone}",
    "mobile {phone_nat}",
    "office {phone_ext}",
    "ligu ba {phone_nat}",
    "ಫೋನ್: {phone}",
    "тэл. {phone_nat}",
    "Tel. {phone_ext}",
    "whatsapp {phone}",
    "code is {otp}",
    "SMS came: {otp}",
    "she gave me {otp} but it had expired",
    "verification {otp}",
    "Código de verificação {otp}",
    "ಒಟಿಪಿ {otp}",
    "Код пацвярджэння: {otp}",
    "Kódigo di verifikashon: {otp}",
    "Bestätigungscode {otp}",
    "the learner portal texted {otp} twice",
    # mixed records
    "{name} | {staff} | {user} | {phone}",
    "staff_id,login,host,ip\n{staff},{user},{host},{ip}",
    "- name: {name}\n  login: {user}\n  staff: {staff}\n  mobile: \"{phone}\"",
    "[user]\nname = {name}\nlogin = {user}\nhome = {address}",
    '{"learner": "{name}", "email": "{email}", "otp": "{otp}"}',
    "?user={user}&staff={staff}&ret=%2Fbookings",
    "| Instructor | {name} |\n| Login | {user} |\n| Staff # | {staff} |\n| Address | {address} |",
    "Paid the test fee with {card}",
    "DHCPACK on {ip} to {mac} ({host}) via eth0",
    "Mar  4 {sec} bastion-bt sshd[{pid}]: Failed password for invalid user {user} from {ip} port {port} ssh2",
    "RADIUS: Access-Reject for {user} from {ip} (calling-station {mac})",
]

# Look-alikes that are not personal data: (kind, text, the text that must stay).
DECOYS = [
    ("firm", "Brindlemoor-Tsering Driving Academies & Test Lanes invoice attached.", "Brindlemoor-Tsering Driving Academies & Test Lanes"),
    ("lane", "Lane 4 roller brake tester reads zero.", "Lane 4"),
    ("reading", "Brake efficiency 58 % on the rear axle.", "58 %"),
    ("reading", "CO at idle 0.31 % vol, lambda 1.02", "0.31 % vol"),
    ("fleet", "Dual-control car BT-DC-214 has a flat tyre.", "BT-DC-214"),
    ("fleet", "bus B-17 is in the workshop", "B-17"),
    ("category", "Licence category C1E booked for May.", "C1E"),
    ("category", "theory module B-HAZ-3 will not load", "B-HAZ-3"),
    ("booking", "Booking TST-2033-041877 was charged twice.", "TST-2033-041877"),
    ("booking", "lesson ref LSN/88/40213 disappeared", "LSN/88/40213"),
    ("order", "PO 4500218843 for new cones", "4500218843"),
    ("ticket", "duplicate of INC7204418", "INC7204418"),
    ("ticket", "linked to RITM0318820", "RITM0318820"),
    ("asset", "Asset tag BMT-A-092214 back in stores.", "BMT-A-092214"),
    ("asset", "serial PF3KX81Q on the tablet back", "PF3KX81Q"),
    ("version", "BookIt 11.4.2 rolled out.", "11.4.2"),
    ("version", "Lane firmware v3.20.7-rc1 installed.", "v3.20.7-rc1"),
    ("error_code", "The tester shows BRK-E44.", "BRK-E44"),
    ("error_code", "kiosk error 0xC004F074", "0xC004F074"),
    ("error_code", "HTTP 502 from the learner portal", "HTTP 502"),
    ("room", "Theory room T-112 projector dead.", "T-112"),
    ("room", "Meet in Sala Ramelau at 10.", "Sala Ramelau"),
    ("room", "exam room 3B is cold", "3B"),
    ("amount", "Test fee MVR 1,250.00 refunded.", "MVR 1,250.00"),
    ("amount", "paid ₹ 2,350 for the retest", "₹ 2,350"),
    ("amount", "BYN 184,60 per learner", "BYN 184,60"),
    ("amount", "USD 86.50 card fee", "USD 86.50"),
    ("date", "Tests resume 2033-04-07.", "2033-04-07"),
    ("date", "closed 07.04.2033", "07.04.2033"),
    ("time", "Lanes open at 07:15.", "07:15"),
    ("product", "The MAHA MBT 2250 is calibrated.", "MAHA MBT 2250"),
    ("product", "Bosch BEA 950 emission analyser offline", "Bosch BEA 950"),
    ("product", "Samsung Galaxy Tab Active5 screen cracked", "Galaxy Tab Active5"),
    ("product", "Zebra ZC350 card printer ribbon out", "Zebra ZC350"),
    ("product", "Garmin Dash Cam 67W not recording", "Garmin Dash Cam 67W"),
    ("file", "attached lane_log.2033-03.csv", "lane_log.2033-03.csv"),
    ("file", "run BookItSetup.x64.msi", "BookItSetup.x64.msi"),
    ("file", "log at C:\\ProgramData\\LaneSync\\lanesync.log", "C:\\ProgramData\\LaneSync\\lanesync.log"),
    ("server", "Restarted lanes-db01 at noon.", "lanes-db01"),
    ("server", "bookit-app is slow", "bookit-app"),
    ("server", "cert on sso-gw.brindlemoor-tsering.example.com renews Friday", "sso-gw.brindlemoor-tsering.example.com"),
    ("mailbox", "copy bookings@brindlemoor-tsering.example.com", "bookings@brindlemoor-tsering.example.com"),
    ("mailbox", "noreply-lanes@brindlemoor-tsering.example.com sent 400 mails", "noreply-lanes@brindlemoor-tsering.example.com"),
    ("mailbox", "servicedesk@brindlemoor-tsering.example.com is the right address", "servicedesk@brindlemoor-tsering.example.com"),
    ("account", "log on as Administrator only in safe mode", "Administrator"),
    ("account", "the guest account on the theory PCs", "guest"),
    ("account", "service svc-lanesync is locked", "svc-lanesync"),
    ("account", "cron runs as root", "root"),
    ("account", "kiosk auto-logon user kiosk01", "kiosk01"),
    ("account", "NT AUTHORITY\\SYSTEM owns the task", "NT AUTHORITY\\SYSTEM"),
    ("place", "road closed near Maliana", "Maliana"),
    ("place", "flood in Gulbarga", "Gulbarga"),
    ("place", "power cut in Mazyr", "Mazyr"),
    ("place", "ferry to Rankin Inlet delayed", "Rankin Inlet"),
    ("place", "convoy from Matadi late", "Matadi"),
    ("place_surname", "route test via Valladolid", "Valladolid"),
    ("place_surname", "new school in Cortez opens", "Cortez"),
    ("place_surname", "instructors from Lincoln visited", "Lincoln"),
    ("place_surname", "training day in Jackson", "Jackson"),
    ("person_like", "the Mercedes Sprinter for the bus course", "Mercedes Sprinter"),
    ("person_like", "Santa Rosa branch", "Santa Rosa"),
    ("person_like", "Victoria Peak simulator scene", "Victoria Peak"),
    ("person_like", "Maria Auxiliadora roundabout", "Maria Auxiliadora"),
    ("label_value", "Priority: 3 - Moderate", "3 - Moderate"),
    ("label_value", "Category: Lanes / Brake tester", "Lanes / Brake tester"),
    ("label_value", "Assignment group: BT-Field-Support", "BT-Field-Support"),
    ("policy", "a code is valid 90 seconds", "90 seconds"),
    ("policy", "passwords need 16 characters and 1 digit", "16 characters"),
    ("count", "312 learners waiting", "312"),
    ("speed", "speedo reads 48 km/h at 50", "48 km/h"),
    ("weight", "axle load 3,480 kg", "3,480 kg"),
    ("keys", "press Ctrl+Shift+F12", "Ctrl+Shift+F12"),
    ("ssid", "BMT-Instructors-5G drops", "BMT-Instructors-5G"),
    ("ssid", "learners use BMT-Learner-Guest", "BMT-Learner-Guest"),
    ("word", "the Forgot My Learner PIN link is grey", "Forgot My Learner PIN"),
    ("word", "Start Mock Test button does nothing", "Start Mock Test"),
    ("vlan", "put the lane on VLAN 318", "VLAN 318"),
    ("subnet", "lanes subnet 10.150.0.0/16", "10.150.0.0/16"),
    ("version_ip", "agent version 5.1.204.3", "5.1.204.3"),
    ("commit", "rolled back to c41e9a7", "c41e9a7"),
    ("plate_like", "training plate L-8842 on the sign", "L-8842"),
    ("duration", "lesson length 1 h 30 min", "1 h 30 min"),
    ("step", "step 3 of 7 fails", "step 3 of 7"),
    ("tyre", "tyre 205/55 R16 ordered", "205/55 R16"),
    ("vin_like", "VIN check on chassis WDB9066331S7 ok", "WDB9066331S7"),
]

SUBJECTS = ["Learner portal password not accepted", "Locked out of the lane PC", "SMS code never arrives",
            "Dual-control tablet asks for login", "Booking screen blank", "Brake tester PC offline",
            "New instructor needs an account", "Card printer jammed", "Theory kiosk frozen", "Dashcam uploads failing",
            "VPN from the winter yard", "Wifi dead in the theory room", "Licence card misprinted", "Laptop stolen from car"]
NAME_SUBJECTS = ["Account for new instructor {name}", "{LAST} {first} locked out", "{user} cannot sign in",
                 "{host} not on network", "Unlock {user} pls", "FW: tablet for {name}", "Staff no {staff} missing in payroll",
                 "Block {ip}", "Reset for {user} / {user2}", "{first_plain} - booking screen blank", "{lower} locked",
                 "Password for {name} ({staff})", "New SIM for {name} {phone_nat}", "Parcel to {address}"]
LEADS = ["Bondia,", "Olá,", "Assalaamu alaikum,", "ನಮಸ್ಕಾರ,", "ཇུ་ལེ།", "Добры дзень,", "ᐊᐃ,", "Mbote,", "Bonjour,",
         "Ba'ax ka wa'alik,", "Bon dia,", "Goedemorgen,", "Halo olgeta,", "Mandi,", "Dobry dźeń,", "Guten Tag,",
         "السلام عليڪم،", "Yá'át'ééh,", "", "", "Call transcript:", "From the instructors' chat:", "Lane shift log:"]
NOTES = ["Rezolve ona.", "Resolvido.", "ހައްލުކުރެވިއްޖެ.", "ಪರಿಹರಿಸಲಾಗಿದೆ.", "Вырашана.", "Résolu.", "Esili.",
         "Resuelto.", "Resolvé.", "Opgelost.", "I fiksim.", "Risolt.", "Rozrisane.", "Erledigt.", "حل ٿي ويو.", "Fixed.",
         "Closed after remote session."]


def build(count: int = 2000, seed: int = 1867) -> list[dict]:
    """The tickets with their truth."""
    from suggest_data.make import PiiBankPlan, build_pii_bank

    return build_pii_bank(PiiBankPlan(
        person=Person, values=_values, render=_render, probes=PROBES, decoys=DECOYS,
        subjects=SUBJECTS, leads=LEADS, notes=NOTES, start=dt.datetime(2033, 3, 1, 6, 40, 0), minutes=37,
        first_number=7_340_000, decoy_counts=(1, 2, 3, 3, 4, 5, 6, 7),
        name_subjects=NAME_SUBJECTS, name_subject_rate=0.18), count, seed)


def write(out: Path, count: int = 2000, seed: int = 1867) -> None:
    """Write ``pii.csv`` and ``pii-truth.jsonl`` into ``out``."""
    pii_heldout3.write(out, count, seed, build=build)


def main() -> None:
    pii_heldout3.main(write, 1867, __doc__)


if __name__ == "__main__":
    main()
