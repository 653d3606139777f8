"""ELEVENTH HELD-OUT personal-data bank (v11): FROZEN. Written and committed before any redaction tuning
of round 11; never tuned on. Only its aggregate figures are read, once, at the end of the round.

    python3 bench/suggest_data/pii_heldout11.py OUT_DIR [--count 2000] [--seed 1103]

A fictional mountain-railway, cableway and hut-network operator ("Zelvanka-Thembe Highland Rail &
Ropeways", depots, stations and huts in Ukraine, Bulgaria, Serbia, Montenegro, Israel, South Africa,
Lesotho, Eswatini, Malaysia, Sri Lanka, Nepal, Bhutan, Bangladesh, Canada and the Swiss-Italian
border) writes description-bearing tickets. Every name, value and phrasing is invented for kbgen
(nothing is copied from the evaluation data or the earlier banks). Cue words in Ukrainian, Russian,
Bulgarian and Serbian (Cyrillic), Hebrew romanised, Afrikaans, Zulu, Xhosa, Sesotho, siSwati, Malay,
Sinhala and Tamil romanised, Nepali, Dzongkha and Bengali romanised, Canadian French and Romansh;
structures not used before: a forwarded mail header with a display name and address, a JSON or
YAML fragment, a CSV row pasted with its header, a secret split over two lines after a dash, a
value after "as" or "with" in a sentence that never says password, HTML remnants around a label,
a domain\\user logon, a realm principal, a roll-call of people with their numbers, an address
written on one line with no cue at all, a code read in words-and-digits groups; and many
look-alikes that must stay (train, car and cabin numbers, track sections, rope-inspection
refs, timetable ids, weather readings, altitudes, fares, firmware, error codes, role mailboxes,
depot servers, PLC and sensor names, machines in monitoring alerts).

Writes ``pii.csv`` and ``pii-truth.jsonl`` (``{number, spans: [{kind, text}], decoys: [{kind,
text}]}``), the format ``bench/suggest_real.py``'s ``pii_figures`` scores. Deterministic for a given
count and seed.
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

DOMAIN = "zelvanka-thembe.example.org"
AD = "ZTHR"

FIRST = """Yaroslava Bohdana Orysia Ustym Zlata Radoslav Tsvetomira Ognyan Bisera Milunka Dušan Vuk Jelisaveta Radmila
Ilanit Yoav Tehila Elior Hodaya Annelie Pieter-Jan Riaan Thandeka Sibonelo Nomthandazo Lwazi Ayanda Zoleka Refiloe
Palesa Tumelo Mpho Sibusiso Nandi Aisyah Haziq Izzati Chathurika Sanduni Tharindu Kavitha Murugan Arulmozhi
Sushila Dawa Dorji Sonam Karma Tashi Rumana Arif Sabbir Afsana Mathieu Éloïse Ludovic Gian-Reto Seraina Corsin
Ursina""".split()
LAST = """Hrytsenko Melnychuk Zadorozhna Stoyanova Georgiev Petkova Dimitrov Marković Vukčević Radulović Ben-Ami
Shapira Azoulay Peretz Steyn Nxumalo Mthembu Sekhonyana Letsie Dlamini-Zwane Jayasuriya Gunawardena Subramaniam
Sherpa Wangchuk Tshering Akter Talukder Caduff Cathomen Derungs Casutt Kovalyshyn Tsankova Obradović Harel
Oosthuizen Mahlangu-Sithole Ntsane Wijeratne Kanagaratnam Adhikari Penjor Mazumder Thibodeau Lagacé""".split() + [
    "van Rensburg", "du Plessis", "bin Rosli", "Abu Samah", "Wan Azmi", "de Klerk"]

SITES = ["Drahobrat depot", "Borovets top station", "Kopaonik lift base", "Durmitor hut", "Mitzpe Ramon yard",
         "Hogsback line", "Sani Pass station", "Malolotja hut", "Cameron Highlands depot", "Ella gap station",
         "Namche relay", "Paro yard", "Srimangal halt", "Whistler annex", "Disentis works"]
DEPTS = ["Rope Inspection", "Rolling Stock", "Signalling", "Hut Bookings", "Avalanche Desk", "Fare Sales",
         "Wages Office", "Track Gang", "Cable Workshop", "Guest Care"]
CODES = ["DRB", "BOR", "KOP", "DUR", "MRM", "HOG", "SNP", "MLJ", "CMH", "ELA", "NMC", "PRO", "SRM", "WHS", "DIS"]

PHONES_INTL = ["+380 67 314 82 90", "+359 88 742 6150", "+381 64 2178 553", "+382 67 418 209", "+972 54 661 3087",
               "+27 82 519 4460", "+266 5874 2031", "+268 7618 4425", "+60 12 487 3395", "+94 77 318 6624",
               "+977 984 117 5530", "+975 17 62 48 19", "+880 1712 604 385", "+1 604 418 2275", "+41 79 342 18 76"]
PHONES_NAT = ["067 314 8290", "088 742 6150", "064 2178553", "054-661-3087", "082 519 4460", "012-487 3395",
              "077 318 6624", "9841175530", "01712-604385", "(604) 418-2275", "079 342 18 76", "5874 2031"]
EXT_FORMS = ["внутр. {n}", "доб. {n}", "lok. {n}", "shluha {n}", "uitbreiding {n}", "samb. {n}", "poste téléphonique {n}",
             "x{n}", "ext#{n} (depot)"]
ADDRESSES = [
    "вул. Січових Стрільців 27, кв. 14, Львів 79000", "ul. Vitosha 61, et. 3, ap. 9, 1000 Sofia",
    "Bulevar kralja Aleksandra 212/5, 11000 Beograd", "Njegoševa 18, stan 4, 81000 Podgorica",
    "Rehov Ha-Nevi'im 33, dira 6, Yerushalayim 9510401", "Apt 12, 47 Jan Smuts Avenue, Rosebank, 2196",
    "Plot 118, Maseru West, Maseru 100", "Lot 4471, Ezulwini Valley, Mbabane H100",
    "No. 23, Jalan Bukit Bintang 7, 55100 Kuala Lumpur", "No. 58/3, Galle Road, Colombo 00300",
    "Ward 4, Thamel Marg, Kathmandu 44600", "House 19, Road 11, Banani, Dhaka 1213",
    "2207 Commercial Drive, Suite 300, Vancouver BC V5N 4B4", "Via Cantonale 41, 6900 Lugano",
    "88 Willow Creek Road, Apt 2B, Boise, ID 83702",
]


def _mac(rng: random.Random) -> str:
    """A MAC address as inventories, DHCP logs and phones print it."""
    raw = "".join(rng.choice("0123456789abcdef") for _ in range(12))
    if not any(c.isdigit() for c in raw[:4]):
        raw = "3" + raw[1:]
    raw = raw.upper() if rng.random() < 0.5 else raw
    form = rng.choice([0, 0, 1, 1, 2, 3, 5])
    if form == 0:
        return ":".join(raw[i:i + 2] for i in range(0, 12, 2))
    if form == 1:
        return "-".join(raw[i:i + 2] for i in range(0, 12, 2))
    if form == 2:
        return ".".join(raw[i:i + 4] for i in range(0, 12, 4))
    if form == 3:
        return raw
    return " ".join(raw[i:i + 2] for i in range(0, 12, 2))


class Person:
    """One person with the values a ticket may give about them."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.first = rng.choice(FIRST)
        self.last = rng.choice(LAST)
        self.uid = self._username()

    def name(self) -> str:
        f, l, r = self.first, self.last, self.rng.random()
        forms = [(0.3, f"{f} {l}"), (0.4, f"{l}, {f}"), (0.48, f"{l.upper()} {f}"), (0.56, _plain(f"{f} {l}")),
                 (0.63, f"{f} {l}".upper()), (0.7, f"{f[0]}. {l}"), (0.76, f"{l} {f}"),
                 (0.82, f"{f.lower()} {l.lower()}"), (0.9, f"{f} {self.rng.choice(['J.', 'Maria', 'K.', 'Ann'])} {l}"),
                 (1.0, f"{l.upper()}, {_plain(f).upper()}")]
        return next(text for limit, text in forms if r < limit)

    def _username(self) -> str:
        f, l = _ascii(self.first), _ascii(self.last)
        n = self.rng.randrange(3, 990)
        return self.rng.choice([f"{f[:2]}{l[:6]}", f"{l[:6]}{f[:2]}{n % 10}", f"zt{self.rng.randrange(20_000, 89_999)}",
                                f"{f[:1]}{l[:1]}{n:03d}", f"{f}.{l[:1]}", f"{l}-{f[:1]}", f"{f[:4]}{l[:4]}",
                                f"u{self.rng.randrange(1_000_000, 9_999_999)}", f"{l[:4]}_{f[:2]}{n % 100}",
                                f"{f[:1]}{l}"[:9]])

    def username(self) -> str:
        return self.uid

    def email(self) -> str:
        f, l = _ascii(self.first), _ascii(self.last)
        host = self.rng.choice(["ukr.example.ua", "abv.example.bg", "eunet.example.rs", "walla.example.co.il",
                                "mweb.example.co.za", "tm.example.my", "sltnet.example.lk", "wlink.example.com.np",
                                "druknet.example.bt", "videotron.example.ca", "bluewin.example.ch", DOMAIN])
        return self.rng.choice([f"{f}.{l}@{host}", f"{l}{f[0]}@{host}", f"{f}_{l[:3]}{self.rng.randrange(10, 99)}@{host}",
                                f"{f[0]}.{l}@{host}"])

    def email_obf(self) -> str:
        f, l = _ascii(self.first), _ascii(self.last)
        return self.rng.choice([f"{f}.{l} собака ukr точка example точка ua", f"{f}{l[0]} -at- mweb -dot- example -dot- co.za",
                                f"{l}.{f} (a) tm (.) example (.) my", f"{f} [AT] videotron [DOT] example [DOT] ca",
                                f"{f}_{l} at sign walla dot example dot co dot il", f"{f}{{at}}druknet{{dot}}example{{dot}}bt"])

    def host(self) -> str:
        """An end-user machine; some embed the owner's name or user id."""
        l, f = _ascii(self.last), _ascii(self.first)
        c = self.rng.choice(CODES)
        n = self.rng.randrange(1, 99999)
        kind = self.rng.choice(["NBK", "DSK", "HMI", "TAB", "MOB", "CAB"])
        return self.rng.choice([
            f"ZT{c}{kind}{n % 1000:03d}", f"{c.lower()}{kind.lower()}-{n % 100:02d}", f"{self.uid}-{kind.lower()}",
            f"{kind}{self.uid.upper()}", f"{l[:5].lower()}{f[:1].lower()}-{kind.lower()}.{DOMAIN}",
            f"{kind}-{c}-{n % 10000:04d}", f"{f.lower()}-{self.rng.choice(['latitude', 'elitebook', 'ipad', 'xps'])}",
            f"{l.upper()[:6]}{f.upper()[:2]}-PC", f"w{n % 100000:05d}.{c.lower()}.{DOMAIN}"])


def _otp(rng: random.Random) -> str:
    n = str(rng.randrange(10_000_000, 99_999_999))
    letters = "".join(rng.choice("ACDEFHJKMNPQRTUVWXY3467") for _ in range(rng.choice([6, 7])))
    return rng.choice([n[:6], n[:6], n[:7], n[:8], f"{n[:3]} {n[3:6]}", f"{n[:2]} {n[2:4]} {n[4:6]}", f"{n[:4]}-{n[4:8]}",
                       letters, letters.lower(), f"{letters[:3]} {letters[3:6]}", f"Z{n[:5]}", f"{n[:3]}·{n[3:6]}"])


_PW_WORDS = ["Petros", "Musala", "Rtanj", "Lovcen", "Tabor", "Drakensberg", "Thabana", "Sibebe", "Kinabalu",
             "Pidurutala", "Machapuchare", "Jomolhari", "Keokradong", "Tantalus", "Bernina", "Pietrosul",
             "Vihren", "Maglic", "Ntlenyana", "Tahan"]
_PW_CHARS = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKMNPQRSTUVWXYZ23456789!@$&*-_"


def _password(rng: random.Random) -> str:
    w = rng.choice(_PW_WORDS)
    a, b = (x.lower() for x in rng.sample(_PW_WORDS, 2))
    gen = "".join(rng.choice(_PW_CHARS) for _ in range(rng.choice([8, 10, 12, 16])))
    return rng.choice([
        gen, gen, f"{gen[:4]}-{gen[4:8]}-{gen[8:]}" if len(gen) > 8 else gen, f"{w}@{rng.randrange(1000, 9999)}",
        f"{a}.{b}.{rng.randrange(1, 99)}", f"{w}{w[:2].upper()}{rng.randrange(10, 99)}", f"{rng.randrange(10, 99)}{w}!",
        f"{a}&{b}", f"{w.lower()}{rng.randrange(1, 9)}{b.upper()}", f"{b.capitalize()}_{rng.randrange(2000, 2099)}",
        f"{a}{rng.choice('*$%')}{rng.randrange(10, 99)}", f"{w[:3]}{b[:3]}{rng.randrange(100, 999)}!"])


def _staff(rng: random.Random) -> str:
    return rng.choice([str(rng.randrange(100_000, 999_999)), f"ZT-{rng.randrange(10_000, 99_999)}",
                       f"{rng.randrange(10, 99)}-{rng.randrange(1000, 9999)}",
                       f"{rng.choice(['UA', 'BG', 'RS', 'ZA', 'MY', 'LK', 'NP', 'CA'])}/{rng.randrange(10000, 99999)}",
                       f"P{rng.randrange(1_000_000, 9_999_999)}", f"{rng.randrange(1000, 9999)} {rng.randrange(100, 999)}"])


def _values(person: Person, rng: random.Random) -> dict:
    """Slot name -> (value, kind of personal data or None)."""
    ext = str(rng.randrange(100, 9999))
    hh, mm = rng.randrange(5, 22), rng.randrange(60)
    email = person.email()
    return {
        "name": (person.name(), "person_name"), "first": (person.first, "person_name"),
        "last": (person.last, "person_name"), "FULL": (_plain(f"{person.first} {person.last}").upper(), "person_name"),
        "last_up": (_plain(person.last).upper(), "person_name"),
        "user": (person.username(), "username"), "USER": (person.username().upper(), "username"),
        "email": (email, "email"), "email_obf": (person.email_obf(), "email"),
        "phone": (rng.choice(PHONES_INTL), "phone"), "phone_nat": (rng.choice(PHONES_NAT), "phone"),
        "phone_ext": (f"{rng.choice(PHONES_INTL)} {rng.choice(EXT_FORMS).format(n=ext)}", "phone"),
        "address": (rng.choice(ADDRESSES), "address"),
        "staff": (_staff(rng), "employee_id"), "staff2": (_staff(rng), "employee_id"),
        "otp": (_otp(rng), "otp"), "otp2": (_otp(rng), "otp"),
        "password": (_password(rng), "password"), "password2": (_password(rng), "password"),
        "host": (person.host(), "hostname"),
        "ip": (f"172.{rng.randrange(16, 31)}.{rng.randrange(0, 255)}.{rng.randrange(2, 250)}", "ipv4"),
        "mac": (_mac(rng), "mac"), "mac2": (_mac(rng), "mac"),
        "card": (_card(rng), "credit_card"),
        "dept": (rng.choice(DEPTS), None), "site": (rng.choice(SITES), None),
        "time": (f"{hh:02d}:{mm:02d}", None), "time2": (f"{hh + 1:02d}:{(mm + 7) % 60:02d}", None),
        "AD": (AD, None), "DOMAIN": (DOMAIN, None),
    }


PROBES = [
    # passwords: Cyrillic and other cue words, structures that never say the word, split values
    "новий пароль: {password}",
    "пароль {password} не підходить",
    "временный пароль {password}, смените при входе",
    "нова парола {password}",
    "лозинка је {password}",
    "ha-sisma ha-hadasha {password}",
    "nuwe wagwoord: {password}",
    "iphasiwedi entsha {password}",
    "iphasiwedi yam {password} ayisebenzi",
    "phasewete e ncha ke {password}",
    "kata laluan baharu {password}",
    "aluth mura padaya {password}",
    "puthiya kadavuchol {password}",
    "naya password ho {password}",
    "notun pasword {password} kaj korche na",
    "nouveau mot de passe temporaire {password}",
    "pled-clav nov {password}",
    "logged on with {password} this morning and now it's refused",
    "reset done, they can use {password} once",
    "I set it to {password} as agreed on the phone",
    "credentials for the kiosk -\n{password}",
    '{"user": "{user}", "pass": "{password}"}',
    "auth:\n  login: {user}\n  secret: {password}",
    "login,secret\n{user},{password}",
    "<b>Pwd</b>: {password}",
    "tried {password} and {password2}, both bounce",
    "PWD >> {password}",
    "the one on the sticky note was {password}",
    "[{time}] desk: which string did you key in?\n[{time2}] {first}: {password}",
    "passphrase {password} leaked in chat, rotate it",
    # codes
    "код підтвердження {otp}",
    "код {otp} не приходить вовремя",
    "код за потвърждение {otp}",
    "kod za potvrdu glasi {otp}",
    "kod ha-imut {otp}",
    "verifikasiekode {otp}",
    "ikhodi yokuqinisekisa {otp}",
    "kod pengesahan {otp}",
    "thahavuru kireeme kethaya {otp}",
    "sarivaippu kuriyeedu {otp}",
    "pramanikaran code {otp}",
    "jachai kod {otp}",
    "le code de vérification reçu est {otp}",
    "the number the phone flashed was {otp}",
    "token showed {otp}, then {otp2}",
    "[{time}] agent: read the six digits\n[{time2}] {first}: {otp}",
    "otp:{otp} status:denied",
    "texted me {otp} ten minutes late",
    # MAC
    "MAC-адреса {mac}",
    "MAC адрес {mac}",
    "hardware address of the handheld is {mac}",
    "DHCPACK on {ip} to {mac} via eth0",
    "| station | hw |\n|---|---|\n| {host} | {mac} |",
    "allow-list {mac} and {mac2} on the HMI vlan",
    "adres MAC {mac}",
    "ikheli le-MAC {mac}",
    "Physical Address. . . : {mac}",
    # hosts
    "{host} freezes on the splash screen",
    "комп'ютер {host} не вмикається",
    "компютър {host} е бавен",
    "racunar {host} se ne pali",
    "rekenaar {host} begin nie",
    "komputer {host} rosak",
    "computer name - {host}",
    "rebuild {host} for {first}",
    "RDP to {host} times out",
    "{host} fell off the domain",
    "device={host} who={user} action=disable",
    "assigned to {name}, asset {host}",
    # usernames
    "{AD}\\{user} cannot log on",
    "principal {user}@{AD}.LOCAL rejected",
    "ім'я користувача {user}",
    "потребителско име {user}",
    "korisničko ime mi je {user}",
    "gebruikersnaam {user}",
    "igama lomsebenzisi {user}",
    "nama pengguna saya {user}",
    "signed in as {user} on the wrong PC",
    "could you unlock {USER} today",
    "{name} [{user}] can't reach the timetable share",
    "member uid {user} removed from signallers",
    # names
    "Dyakuyu,\n{name}",
    "Blagodarya,\n{name}",
    "Hvala,\n{name}",
    "Toda raba,\n{name}",
    "Baie dankie,\n{name}",
    "Ngiyabonga,\n{name}",
    "Terima kasih,\n{name}",
    "Dhanyabad,\n{name}",
    "Merci beaucoup,\n{name}",
    "From: {name} <{email}>\nSent: Monday\nSubject: locked",
    "on behalf of {name} from {dept}",
    "{first} rang back about the handheld",
    "spoke with {last_up} at the depot",
    "NAME{name}EMPLOYEE NO{staff}DEPOT{site}",
    "Applicant: {FULL} / Pers. {staff}",
    "keys collected by {name}, {site}",
    # contacts, ids, cards
    "e-mail {email}",
    "пишіть на {email_obf}",
    "my private inbox is {email_obf}",
    "mobile {phone}",
    "моб. {phone_nat}",
    "call {phone_nat} before 9",
    "fixed line at the depot {phone_ext}",
    "адреса: {address}",
    "courier it to {address} please",
    "adres za dostavu {address}",
    "{address}",
    "табельний номер {staff}",
    "служебен номер {staff}",
    "werknemernommer {staff}",
    "nombor pekerja {staff}",
    "{name} -- {staff} (night shift)",
    "| Employee | Pers. no |\n|---|---|\n| {name} | {staff} |\n| {FULL} | {staff2} |",
    "badge {staff} lost",
    "charged to the card {card}",
]

DECOYS = [
    ("train", "train 4417 held at the top station", "4417"),
    ("car", "cabin ZT-K-09 door sensor", "ZT-K-09"),
    ("track", "track section KM 12.430 speed limit", "KM 12.430"),
    ("rope", "rope inspection RI-2026-0711 passed", "RI-2026-0711"),
    ("timetable", "timetable TT-W26-03 published", "TT-W26-03"),
    ("hash", "md5 6c1f90ab3e74d25a8f0b1c2d3e4f5a6b matches", "6c1f90ab3e74d25a8f0b1c2d3e4f5a6b"),
    ("commit", "rolled back to a91c3e7f", "a91c3e7f"),
    ("guid", "tenant 8b27f4e1-5c0a-4d93-b1e6-02f7a9c4d8e5", "8b27f4e1-5c0a-4d93-b1e6-02f7a9c4d8e5"),
    ("ipv6", "reachable on 2001:db8:44:7::a2", "2001:db8:44:7::a2"),
    ("serial", "serial K7Q29X04LM on the gate reader", "K7Q29X04LM"),
    ("firmware", "PLC firmware 3.2.118 rolled out", "3.2.118"),
    ("firmware", "iOS 18.1.1 on the handhelds", "18.1.1"),
    ("error", "exit status 0x8024A206 from the installer", "0x8024A206"),
    ("error", "ORA-28040 from the booking DB", "ORA-28040"),
    ("error", "AADSTS53003 on sign-in", "AADSTS53003"),
    ("error", "relay said 452 4.3.9 deferred", "4.3.9"),
    ("ticket", "merged into INC0731942", "INC0731942"),
    ("ticket", "CHG0118804 rope-drive patch", "CHG0118804"),
    ("ticket", "RITM0049917 for a handheld", "RITM0049917"),
    ("kb", "linked KB0052290", "KB0052290"),
    ("mailbox", "copy to avalanche-desk@zelvanka-thembe.example.org", "avalanche-desk@zelvanka-thembe.example.org"),
    ("mailbox", "from do-not-reply@zelvanka-thembe.example.org", "do-not-reply@zelvanka-thembe.example.org"),
    ("server", "booking-app-03 hung", "booking-app-03"),
    ("server", "BOR-DC-02 replication lag", "BOR-DC-02"),
    ("server", "plc-gw01.ops.zelvanka-thembe.example.org offline", "plc-gw01.ops.zelvanka-thembe.example.org"),
    ("sensor", "wind mast WM-SNP-3 reads 71 km/h", "WM-SNP-3"),
    ("switch", "access-sw-ela-4 flapping", "access-sw-ela-4"),
    ("printer", "ticket printer TPR-KOP-2 jammed", "TPR-KOP-2"),
    ("alert", "[CRIT] ropemon07 - tension high on haul rope", "ropemon07"),
    ("alert", "ALARM: nightly sync on fsrv-prk-2 failed 01:30", "fsrv-prk-2"),
    ("alert", "[UNREACHABLE] edge-hog-02", "edge-hog-02"),
    ("altitude", "top station at 2,731 m", "2,731 m"),
    ("weather", "snow depth 148 cm, wind 64 km/h", "148 cm"),
    ("weather", "minus 14.5 C at the hut", "14.5 C"),
    ("fare", "day pass UAH 1.250", "UAH 1.250"),
    ("fare", "ZAR 2 480,00 refunded", "2 480,00"),
    ("date", "valid until 2027-06-30", "2027-06-30"),
    ("date", "booked 03.12.2026", "03.12.2026"),
    ("time", "departure 06:42:10", "06:42:10"),
    ("model", "Latitude 5450 hinge cracked", "Latitude 5450"),
    ("model", "Zebra TC58 scanner", "TC58"),
    ("asset", "asset ZTA-55107 returned", "ZTA-55107"),
    ("port", "port 8443 closed", "8443"),
    ("vlan", "VLAN 612 for the HMIs", "VLAN 612"),
    ("subnet", "netmask 255.255.255.248 on the HMI side", "255.255.255.248"),
    ("policy", "passwords must be 15 characters or longer", "15 characters"),
    ("policy", "codes lapse after 7 minutes", "7 minutes"),
    ("count", "affects 86 gondolas", "86"),
    ("label_value", "Impact: 3 - Low", "3 - Low"),
    ("label_value", "Category: Ropeway control", "Ropeway control"),
    ("label_value", "Assignment group: Signalling L2", "Signalling L2"),
    ("place", "line closed near Borovets", "Borovets"),
    ("place", "strike in Maseru today", "Maseru"),
    ("ssid", "SSID ZT-Guest-Huts weak", "ZT-Guest-Huts"),
    ("word", "Sign-in Rules page blank", "Sign-in Rules"),
    ("word", "Single-Use Token toggle missing", "Single-Use Token"),
    ("hex_id", "trace 9e4b02c7d1a8 in the gateway log", "9e4b02c7d1a8"),
    ("keys", "Ctrl+Win+Left does nothing", "Ctrl+Win+Left"),
    ("resolution", "panel at 1280x800", "1280x800"),
    ("species", "Protea cynaroides on the poster", "Protea cynaroides"),
    ("step", "screen 4 of 9 of the wizard", "screen 4 of 9"),
    ("percent", "battery at 17 %", "17 %"),
]

SUBJECTS = ["Cannot log in to the booking tool", "Token app not showing codes", "Handheld will not boot",
            "Need a fresh password", "Hut Wi-Fi drops", "Timetable share read-only", "Mail keeps asking to sign in",
            "Kit for new signaller", "Fare printer out of paper", "Login blocked after tries", "Display goes dark at random", "Headset silent",
            "Add my new mobile to MFA"]
NAME_SUBJECTS = ["New joiner {name}", "{FULL} - locked", "Please unblock {user}", "{host} crawling", "Whitelist handheld {mac}",
                 "FW: {name} handheld"]
LEADS = ["Вітаю,", "Здравейте,", "Zdravo svima,", "Shalom lekulam,", "Goeiemiddag,", "Sanibonani,", "Molo,", "Dumelang,",
         "Selamat pagi,", "Ayubowan,", "Vanakkam,", "Namaste,", "Kuzuzangpo,", "Assalamu alaikum,", "Bonjour à tous,",
         "Allegra,", "Hey desk,", "", "", "Call logged.", "From the depot:"]
NOTES = ["Вирішено.", "Решено.", "Rešeno, hvala.", "Opgelos.", "Kuxazululiwe.", "Selesai.", "Réglé à distance.", "Done, user happy.",
         "Fixed over remote."]



def build(count: int = 2000, seed: int = 1103) -> list[dict]:
    """The tickets with their truth."""
    from suggest_data.make import PiiBankPlan, build_pii_bank

    return build_pii_bank(PiiBankPlan(
        person=Person, values=_values, render=_render, probes=PROBES, decoys=DECOYS,
        subjects=SUBJECTS, leads=LEADS, notes=NOTES, start=dt.datetime(2027, 1, 11, 6, 30, 0), minutes=41,
        first_number=9_310_000, decoy_counts=(2, 3, 3, 4, 5),
        name_subjects=NAME_SUBJECTS, name_subject_rate=0.12), count, seed)


def write(out: Path, count: int = 2000, seed: int = 1103) -> None:
    """Write ``pii.csv`` and ``pii-truth.jsonl`` into ``out`` (the writer of held-out v3, this bank's tickets)."""
    pii_heldout3.write(out, count, seed, build=build)


def main() -> None:
    pii_heldout3.main(write, 1103, __doc__)


if __name__ == "__main__":
    main()
