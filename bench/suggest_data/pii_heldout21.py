"""TWENTY-FIRST HELD-OUT personal-data bank (v21): FROZEN. Written by a separate helper who never read
kbgen's rule code, before round 21's tuning; the tuners never see it. Only its aggregate figures are
read, once, after the round's merge.

    python3 bench/suggest_data/pii_heldout21.py OUT_DIR [--count 2000] [--seed 2153]

A fictional network of veterinary clinics, animal shelters and a wildlife rescue service ("Marrowby-
Adeyemi Veterinary & Animal Welfare Trust": surgeries with anaesthesia monitors and X-ray plates, a
pharmacy cabinet with controlled-drug logs, kennels and catteries, microchip scanners, an adoption
desk, ambulance vans for injured wildlife and a night triage line) at clinics in Chuvashia,
Bashkortostan, Udmurtia, Chechnya, Abkhazia, Gagauzia (Moldova), Transcarpathia (Rusyn), Upper
Silesia, Latgale, Võrumaa, Sicily, the Veneto, Aragon, Alsace, Shetland, Kabylie, Agadez, Guinea
(N'Ko script), Botswana, Chad, the Central African Republic, Odisha (Odia script), Balochistan,
Hokkaido (Ainu) and Oregon writes description-bearing tickets. Every name, value and phrasing is
invented for kbgen. Cue words in Chuvash, Bashkir, Udmurt, Chechen, Abkhaz and Rusyn (Cyrillic),
Gagauz, Silesian, Latgalian, Võro, Sicilian, Venetian, Aragonese, Alsatian, Shetland Scots, Kabyle
(Latin and Tifinagh), Tamasheq, Manding (N'Ko), Setswana, Chadian Arabic, Sango, Odia, Balochi and
Ainu (katakana) beside English.
Weighted to passwords (set by an agent as a temporary value, tried by a kennel hand, said on the
night line, in chat, in pasted configs, .env files, docker-compose, connection strings, in other
languages, with no cue word near them), postal addresses (European, US, Latin American, Asian,
African forms, with and without cue words, on one line and over several lines, inside signatures),
usernames (in prose, in parentheses, in command output, in paths, in e-mail-like forms), staff ids,
and host names in prose, both under the trust's own domain and as bare machine names said in a
sentence ("the box called ...", "on <name> the service stopped"), in lists and in logs; also names
in every case and order, obfuscated e-mails, phones of many regions and one-time codes.
Structures: the night triage line's call notes, kennel-hand chat with handles as speaker labels,
surgery shift notes, agent notes, forwarded mails with signatures, form dumps (.env, TOML,
docker-compose, CSV, Markdown tables, XML), pasted command output (whoami, ls -l, ps, sudo logs,
quser, Get-LocalUser, ldapsearch, passwd -S, lastlog, nmblookup), and many look-alikes that must stay
(kennel and cage numbers, drug doses, weights, microchip-scanner models, asset tags, order ids,
versions, error codes, rooms, amounts, product names with capitals, built-in accounts, place names
that are also surnames).
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

DOMAIN = "marrowby-adeyemi.example.org"
SHORT = "mavt"
AD = "MARROWVET"

GIVEN = """Ilem Sarpi Ukhsay Narspi Aidar Zulfiya Ilshat Gulnaz Ondi Wozhmaś Akhmad Zarema Heda Adam-Bek Astamur
Nazaruta Bagrat Todur Dimitri Vasilisa Mykhajlo Hafiya Ondrej Zofija Ślązoczka Jadwiga Uolds Genovefa Ontons Jāņs
Helmi Kaiu Rasmus Turiddu Santuzza Calòriu Nunziata Bepi Zanze Toni Lucieta Chusé Pilara Sesé Ixeya Seppi Odile Mathis
Ginette Magnus Ingirid Teeny Lowrie Lounes Tassadit Akli Dihya Ghissa Mariama Fanta Sekou Nankouman Kagiso Boitumelo
Mpho Onalenna Hissein Achta Zenaba Doumbaye Yakite Nadège Sudarshan Jyotirmayee Bapi Subhashree Gwahram Mahgonj Bibagr
Kinaya Ekashi Ruka Shiro Haunani Delphine""".split()
FAMILY = """Ivanova Yegorov Petrov-Mikhailov Khusnutdinova Gabdullin Yakupova Kutergina Vershinin Matveeva Dudayev
Mutsaeva Bisultanov Ardzinba Gurchua Kvarchia Topal Chebotar Kara-Dimitroglu Danilenko Hryhorets Pop Szolc Kubica
Bieniek Pietrzyk Bondarenko-Siliņa Laizāne Štikāne Rõuk Kattai Tamm-Hintsa Lo Presti Scordato Sciortino Bonaccorso
Zanetti Bortolin Trevisan Cagnin Lasheras Sanclemente Abadía Bitrián Muller-Schaeffer Hirtz Wurtz Zimmermann Jamieson
Tulloch Halcrow Goudie Ait Hamouda Belkacem Oukaci Ag Alhassane Ghali Keïta Kourouma Condé Sesay Molefe Mogapi
Kgosiemang Tau Mahamat Abakar Djibrine Ngaïkoura Ngakola Zoumandé Mohanty Pattnaik Sahoo Jena Baloch Marri Bugti
Kayano Kaizawa Sunazawa Takahashi Okonkwo-Rhys Vanderbeek""".split()
# Surnames of two words kept together.
FAMILY = [n for n in FAMILY if n not in ("Lo", "Presti", "Ait", "Hamouda", "Ag", "Alhassane")] + [
    "Lo Presti", "Ait Hamouda", "Ag Alhassane", "van der Merwe-Tulloch"]

CLINICS = ["Cheboksary small-animal clinic", "Ufa equine surgery", "Izhevsk shelter", "Grozny mountain rescue kennels",
           "Sukhumi seaside clinic", "Comrat farm practice", "Uzhhorod cattery", "Katowice city shelter",
           "Daugavpils clinic", "Võru forest wildlife station", "Catania harbour clinic", "Treviso lagoon practice",
           "Huesca mountain clinic", "Colmar vineyard practice", "Lerwick island surgery", "Tizi Ouzou clinic",
           "Agadez camel practice", "Kankan clinic", "Maun wildlife ambulance", "N'Djamena river clinic",
           "Bangui shelter", "Cuttack clinic", "Quetta mobile practice", "Nibutani wildlife station", "Bend high-desert clinic"]
TEAMS = ["Night Triage", "Surgery", "Kennels", "Cattery", "Wildlife Ambulance", "Pharmacy", "Adoptions",
         "Imaging", "Payroll", "Reception"]
SITE_CODES = ["CHB", "UFA", "IZH", "GRZ", "SUK", "CMR", "UZH", "KTW", "DGP", "VRU", "CTA", "TRV", "HSC", "CMX", "LWK",
              "TZO", "AGZ", "KNK", "MUB", "NDJ", "BGF", "CTK", "UET", "NBT", "BND"]

PHONES_WORLD = ["+7 8352 62 41 07", "+7 927 315 48 20", "+7 347 273 90 16", "+7 912 744 06 38", "+7 871 222 35 41",
                "+7 928 017 66 92", "+7 840 226 41 75", "+373 298 2 41 67", "+373 69 418 273", "+380 312 61 47 20",
                "+380 50 372 18 64", "+48 32 251 47 90", "+48 601 284 713", "+371 654 27 318", "+371 2614 8372",
                "+372 782 1946", "+372 5384 2710", "+39 095 731 4428", "+39 338 417 2096", "+39 0422 58 1734",
                "+34 974 22 71 46", "+34 622 81 40 37", "+33 3 89 24 71 56", "+33 6 41 73 28 90", "+44 1595 69 3821",
                "+44 7700 914 263", "+213 26 21 47 83", "+213 661 28 47 03", "+227 20 44 06 17", "+227 96 48 21 73",
                "+224 622 41 73 80", "+267 686 2418", "+267 71 847 306", "+235 22 51 47 20", "+235 66 29 83 14",
                "+236 21 61 44 87", "+236 75 04 18 29", "+91 671 230 8147", "+91 94371 62085", "+92 81 920 4417",
                "+92 300 381 7265", "+81 1457 2 4418", "+81 80 4217 3096", "+1 541 388 2746", "+1 (541) 317-0482",
                "+7(927)3154820", "0044 1595 693821", "+39-338-4172096", "+33 (0)6 41 73 28 90", "+92-300-3817265"]
PHONES_HOME = ["8 (8352) 62-41-07", "8-927-315-48-20", "(0312) 61 47 20", "050 372 18 64", "32 251 47 90",
               "601-284-713", "2614 8372", "5384 2710", "095 7314428", "338 417 2096", "974 227 146", "622 814 037",
               "03 89 24 71 56", "06.41.73.28.90", "01595 693821", "07700 914263", "026 21 47 83", "0661 28 47 03",
               "96 48 21 73", "622 41 73 80", "71 847 306", "66 29 83 14", "75 04 18 29", "0671-2308147",
               "094371 62085", "081-9204417", "0300 3817265", "01457-2-4418", "080-4217-3096", "(541) 388-2746",
               "541.317.0482", "0 298 2 41 67", "069 418 273"]
EXTENSIONS = ["доб. {n}", "хуш. {n}", "wew. {n}", "int. {n}", "interno {n}", "ext. {n}", "poste {n}", "App. {n}",
              "kl. {n}", "ext{n}", "#{n}", "(ext {n})", "内線{n}", "vnutr. {n}", "lin. {n}"]

# One-line postal addresses of many regional forms (flats, PO boxes, plots, wards, districts, lots).
ONE_LINE = [
    "Чебоксары, пр. Ленина 41, кв. 118, 428000", "г. Уфа, ул. Пушкина д. 63 кв. 7, 450077",
    "426011, Ижевск, ул. Майская 14-52", "ул. А. Кадырова 19, кв. 4, Грозный 364020", "ул. Лакоба 27, Сухум",
    "str. Lenin 148, ap. 9, MD-3801 Comrat", "вул. Корзо 11/3, Ужгород 88000", "ul. Mariacka 17/4, 40-014 Katowice",
    "Rīgas iela 44-12, Daugavpils, LV-5401", "Jüri 22, Võru 65608, Võrumaa", "Via Etnea 318, 95124 Catania CT",
    "Borgo Cavalli 9, int. 2, 31100 Treviso", "Calle del Coso Alto 56, 3.º B, 22003 Huesca",
    "7 rue des Marchands, 68000 Colmar", "3 Hillhead, Lerwick, Shetland ZE1 0EJ", "Cité 200 Logts, Bt C n° 14, Tizi Ouzou 15000",
    "Quartier Dagamanet, BP 218, Agadez", "Quartier Salamani, BP 341, Kankan", "Plot 1194, Boseja Ward, Maun",
    "Private Bag 0047, Gaborone", "Quartier Moursal, rue 3045, porte 12, N'Djamena", "Avenue Boganda, BP 1722, Bangui",
    "Plot No. 512/B, Badambadi, Cuttack 753012", "House 14, Jinnah Town, Quetta 87300",
    "〒055-0101 北海道沙流郡平取町二風谷 61-4", "61315 NE Stenkamp Rd, Bend, OR 97701", "PO Box 4418, Sisters, OR 97759",
    "Av. Insurgentes Sur 1602, Int. 801, Col. Crédito Constructor, 03940 CDMX",
    "Rua Padre Chagas 314, apto 502, Moinhos de Vento, Porto Alegre - RS, 90570-080",
    "Jr. Ucayali 377, Dpto. 204, Cercado de Lima 15001", "Cra. 43A #1-50, Torre 2, Apto 1105, Medellín",
    "12F-3, No. 88, Sec. 2, Zhongxiao E. Rd., Taipei 100", "서울특별시 마포구 월드컵로 212, 301동 1502호",
    "Unit 7, 22 Jalan Ampang, 50450 Kuala Lumpur",
]
# Addresses written over several lines (each line its own span): labels, signatures, shelter forms.
STACKED = [
    ("ул. Карла Маркса 52, кв. 31", "г. Чебоксары", "428003 Чувашская Республика"),
    ("ul. Stawowa 8 m. 3", "40-095 Katowice", "Polska"),
    ("Via Crociferi 61", "95124 Catania (CT)", "Sicilia"),
    ("Calle Ramón y Cajal 14, 2.º izda.", "22006 Huesca", "Aragón"),
    ("12 rue de la Herse", "68000 Colmar", "France"),
    ("Fjarawick, Burra", "Shetland", "ZE2 9LA"),
    ("Village Ait Ouabane", "Akbil, Tizi Ouzou", "Algérie"),
    ("Plot 3380, Extension 9", "Gaborone", "Botswana"),
    ("Plot No. 77, Link Road", "Cuttack 753012", "Odisha"),
    ("平取町本町 28-3", "コーポ沙流 201", "北海道 055-0107"),
    ("1820 NW Hill St, Apt 12", "Bend, OR 97703", "USA"),
    ("Av. Corrientes 1847, Piso 6 Dto. B", "C1045AAF CABA", "Argentina"),
    ("Rīgas iela 7-3", "Daugavpils", "LV-5401"),
    ("Tartu mnt 14", "65609 Võru", "Eesti"),
]

# Bare machine names the trust's staff say in a sentence, under no domain.
MACHINES = ["xrayplate", "anaesmon", "kennelcam", "chipreader", "drugsafe", "nightline", "ambulancegw", "labfridge",
            "catterypad", "adoptdesk", "pharmbox", "triagepc", "sterilizer", "vitalsbay", "dentalrig", "owlcage"]

_SECRET_WORDS = ["Kamchatka", "Belaya", "Kama", "Argun", "Kodori", "Prut", "Uzh", "Rawa", "Daugava", "Tamula",
                 "Simeto", "Sile", "Isuela", "Lauch", "Sumburgh", "Djurdjura", "Aïr", "Milo", "Okavango", "Chari",
                 "Ubangi", "Mahanadi", "Bolan", "Saru", "Deschutes", "whippet", "tabby", "ferret", "hedgehog",
                 "kestrel", "badger", "stethoscope", "muzzle", "kennel"]
_SECRET_ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789!@#%&*()[]{}<>-_+=:;,.?/|~"


def _secret(rng: random.Random) -> str:
    """A password of the shapes agents set, users pick and generators print."""
    word = rng.choice(_SECRET_WORDS)
    other = rng.choice(_SECRET_WORDS).lower()
    random_run = "".join(rng.choice(_SECRET_ALPHABET) for _ in range(rng.choice([8, 10, 13, 16, 20, 32])))
    n = rng.randrange(10, 9999)
    shapes = [random_run, random_run, random_run,
              f"{word}{n % 100:02d}#", f"{word.lower()}.{other}.{n % 1000}", f"{word[::-1].capitalize()}{n % 10}!",
              f"Welcome{rng.choice(['2035', '2036', '@2036', '#1'])}", f"{word}-{other}-{word.upper()[:2]}{n % 10}",
              f"{n % 100}{word}{rng.choice('%&$')}{n % 7}", f"Spring{n % 100:02d}?", f"{word[:3]}{other[:3]}{n}",
              f"{other}{rng.choice(['!', '!!', '*', '?'])}", f"Vet{n}{rng.choice('ABCXYZ')}",
              f"{word}_{n % 1000:03d}_{other[:2].upper()}", f"{random_run[:5]}-{random_run[5:8]}-{n % 100}",
              f"P@{other}{n % 100}", f"{word.upper()}{other.upper()[:1]}{n % 10}{n % 10}",
              "".join(rng.choice("0123456789") for _ in range(rng.choice([4, 6, 8])))]
    return rng.choice(shapes)


def _code(rng: random.Random) -> str:
    """One-time codes as SMS, authenticator apps and the drug-cabinet keypad show them."""
    digits = "".join(rng.choice("0123456789") for _ in range(8))
    letters = "".join(rng.choice("ABCDEFHJKLMNPRTUVWXY3479") for _ in range(8))
    return rng.choice([digits[:6], digits[:6], digits[:6], digits[:8], digits[:5], f"{digits[:3]} {digits[3:6]}",
                       f"{digits[:3]}-{digits[3:6]}", f"{digits[:2]}-{digits[2:4]}-{digits[4:6]}", letters[:6],
                       f"{letters[:3]}-{letters[3:6]}", f"M-{digits[:6]}", f"{digits[:4]} {digits[4:8]}"])


def _badge(rng: random.Random) -> str:
    """Staff numbers: payroll, the locum vets' register, the shelters' volunteer cards."""
    site = rng.choice(SITE_CODES)
    return rng.choice([f"MA{rng.randrange(100_000, 999_999)}", f"VET-{rng.randrange(1000, 9999)}-{site}",
                       f"{site}/{rng.randrange(100, 999)}/{rng.randrange(30, 37)}", f"LOC{rng.randrange(1000, 9999)}",
                       f"VOL-{rng.randrange(10_000, 99_999)}", f"{rng.randrange(10, 99)}.{rng.randrange(100, 999)}.{rng.randrange(100, 999)}",
                       f"E{rng.randrange(1_000_000, 9_999_999)}", str(rng.randrange(40_000_000, 49_999_999)),
                       f"{rng.choice('NSWE')}{rng.randrange(1000, 9999)}{rng.choice('ABCDEFGH')}", f"#{rng.randrange(20_000, 89_999)}"])


def _v4(rng: random.Random) -> str:
    """A clinic device's, a van gateway's or a home line's IPv4 address."""
    octet = rng.randrange
    return rng.choice([f"10.{octet(40, 90)}.{octet(256)}.{octet(2, 254)}", f"172.{octet(16, 32)}.{octet(256)}.{octet(2, 254)}",
                       f"192.168.{octet(100, 200)}.{octet(2, 254)}", f"{rng.choice([37, 81, 95, 141, 178, 196])}.{octet(256)}.{octet(256)}.{octet(2, 254)}"])


def _hw(rng: random.Random) -> str:
    """A MAC address as switches, scanners and van routers print it."""
    hexes = [f"{rng.randrange(256):02x}" for _ in range(6)]
    if rng.random() < 0.4:
        hexes = [h.upper() for h in hexes]
    style = rng.randrange(3)
    if style == 0:
        return ":".join(hexes)
    if style == 1:
        return "-".join(hexes)
    flat = "".join(hexes)
    return f"{flat[:4]}.{flat[4:8]}.{flat[8:]}"


class Member:
    """A member of staff, volunteer or pet owner: their name parts, login and devices."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.first = rng.choice(GIVEN)
        self.last = rng.choice(FAMILY)
        self.login = self._login()

    def _ascii_parts(self) -> tuple[str, str]:
        return _ascii(self.first) or "m", _ascii(self.last) or "v"

    def _login(self) -> str:
        f, l = self._ascii_parts()
        k = self.rng.randrange(1, 999)
        return self.rng.choice([f"{l[:6]}{f[:2]}", f"{f}.{l}"[:18], f"ma{self.rng.randrange(10_000, 99_999)}", f"{f[0]}_{l[:8]}",
                                f"vet.{l[:6]}", f"{l}{k % 100:02d}", f"{f[:4]}{l[:4]}", f"{f[0]}{f[-1]}{l[:5]}{k % 10}",
                                f"kennel-{f[:5]}", f"{l[:4]}_{f[:4]}{k % 10}", f"{f}{l[0]}", f"loc.{f[:1]}{l[:6]}"])

    def spoken(self) -> str:
        """The name as people write it: any order, case, accents dropped, initials, titles."""
        f, l = self.first, self.last
        table = [f"{f} {l}", f"{f} {l}", f"{l}, {f}", f"{l} {f}", f"{l.upper()} {f}", f"{f} {l.upper()}",
                 f"{f} {l}".lower(), f"{f} {l}".upper(), _plain(f"{f} {l}"), f"{f[0]}. {l}", f"{f} {l[0]}.",
                 f"Dr {l}", f"Dr. {f} {l}", f"Mme {l}", f"Sig.ra {l}", f"pani {l}", f"{l} {f[0]}.",
                 f"{_plain(l).upper()}/{_plain(f)}", f"{l}-sensei" if self.rng.random() < 0.5 else f"Herr {l}",
                 f"{f} ({l})"]
        return self.rng.choice(table)

    def mail(self) -> str:
        f, l = self._ascii_parts()
        host = self.rng.choice(["chuvash-post.example.ru", "bashnet.example.ru", "udm-mail.example.ru",
                                "vainakh.example.ru", "apsny-mail.example.org", "gagauz-posta.example.md",
                                "zakarpattia.example.ua", "slonsk.example.pl", "latgola.example.lv", "voro.example.ee",
                                "trinacria.example.it", "marca.example.it", "aragon-correu.example.es",
                                "elsass-post.example.fr", "shetland-mail.example.co.uk", "kabylie.example.dz",
                                "air-net.example.ne", "kankan-mail.example.gn", "okavango.example.bw",
                                "chari-mail.example.td", "ubangi.example.cf", "utkal-mail.example.in",
                                "bolan-net.example.pk", "saru-net.example.jp", "cascade-mail.example.com", DOMAIN])
        return self.rng.choice([f"{f}.{l}@{host}", f"{l}{f[:1]}@{host}", f"{f[:1]}.{l}{self.rng.randrange(2, 98)}@{host}",
                                f"{l}-{f}@{host}", f"{f}_{l}@{host}".upper(), f"{f}{self.rng.randrange(1970, 2010)}@{host}",
                                f"{l}+shelter@{host}", f"dr.{l}@{host}"])

    def mail_hidden(self) -> str:
        f, l = self._ascii_parts()
        return self.rng.choice([
            f"{f}.{l} эт chuvash-post пӑнчӑ example пӑнчӑ ru", f"{l}{f[:1]} собачка bashnet точка example точка ru",
            f"{f} malpa slonsk kropka example kropka pl", f"{f}.{l} (chiocciola) trinacria (punto) example (punto) it",
            f"{l}_{f} arroba aragon-correu punto example punto es", f"{f}-{l} at elsass-post dot example dot fr",
            f"{f}.{l} [ät] voro [dot] example [dot] ee", f"{l} {{at}} okavango {{dot}} example {{dot}} bw",
            f"{f}{l[:1]} AT cascade-mail DOT example DOT com", f"{f} . {l} @ utkal-mail . example . in",
            f"{f}.{l} at latgola period example period lv", f"{l}.{f}＠saru-net．example．jp",
            f"{f}.{l}%40chari-mail.example.td", f"{f}.{l}&#64;kabylie.example.dz", f"moc.elpmaxe.liam-edacsac@{l}.{f} (reversed)"])

    def machine(self) -> str:
        """A clinic's, van's or person's device: some carry the owner's name or login."""
        f, l = self._ascii_parts()
        site = self.rng.choice(SITE_CODES)
        n = self.rng.randrange(1, 9999)
        role = self.rng.choice(["SRG", "RCP", "KNL", "XR", "VAN", "LT", "PH"])
        return self.rng.choice([
            f"{site}-{role}{n % 100:02d}", f"{role.lower()}-{n % 1000:03d}.{site.lower()}.{DOMAIN}", f"lt-{l[:8]}",
            f"{f}-macbook", f"{site.lower()}{role.lower()}{n % 100:02d}.{SHORT}.int", f"{l[:4]}{f[:2]}-pc",
            f"van{n % 30:02d}-{site.lower()}", f"surgery{n % 8}.{site.lower()}.{DOMAIN}", f"{f[:3]}{l[:3]}-ipad.{SHORT}.int",
            f"{SHORT}-{site.lower()}-{n % 100:02d}", f"{self.rng.choice(MACHINES)}{n % 10}", f"{self.rng.choice(MACHINES)}-{site.lower()}",
            f"{site}WS{n % 1000:03d}", f"{l[:6]}.{SHORT}.int"])


def _slots(member: Member, rng: random.Random) -> dict:
    """Slot name -> (text, personal-data kind or None) for one probe."""
    other = Member(rng)
    stack = rng.choice(STACKED)
    h, m = rng.randrange(24), rng.randrange(60)
    table = {
        "who": (member.spoken(), "person_name"), "given": (member.first, "person_name"),
        "family": (member.last, "person_name"), "FAMILY": (_plain(member.last).upper(), "person_name"),
        "GIVEN": (_plain(member.first).upper(), "person_name"), "given_flat": (_plain(member.first), "person_name"),
        "lowname": (f"{member.last} {member.first}".lower(), "person_name"), "other": (other.spoken(), "person_name"),
        "login": (member.login, "username"), "login2": (other.login, "username"),
        "mail": (member.mail(), "email"), "mail_hidden": (member.mail_hidden(), "email"),
        "tel": (rng.choice(PHONES_WORLD), "phone"), "tel_home": (rng.choice(PHONES_HOME), "phone"),
        "tel_ext": (f"{rng.choice(PHONES_WORLD)} {rng.choice(EXTENSIONS).format(n=rng.randrange(10, 9999))}", "phone"),
        "addr": (rng.choice(ONE_LINE), "address"), "addr_b": (rng.choice(ONE_LINE), "address"),
        "l1": (stack[0], "address"), "l2": (stack[1], "address"), "l3": (stack[2], "address"),
        "staffno": (_badge(rng), "employee_id"), "staffno2": (_badge(rng), "employee_id"),
        "code": (_code(rng), "otp"),
        "secret": (_secret(rng), "password"), "secret2": (_secret(rng), "password"),
        "box": (member.machine(), "hostname"), "box2": (other.machine(), "hostname"),
        "bare": (f"{rng.choice(MACHINES)}{rng.randrange(1, 40)}", "hostname"),
        "ip": (_v4(rng), "ipv4"), "ip_b": (_v4(rng), "ipv4"), "hw": (_hw(rng), "mac"), "card": (_card(rng), "credit_card"),
        "team": (rng.choice(TEAMS), None), "clinic": (rng.choice(CLINICS), None),
        "hhmm": (f"{h:02d}:{m:02d}", None), "hhmm2": (f"{h:02d}:{(m + 2) % 60:02d}", None),
        "pid": (str(rng.randrange(300, 60_000)), None), "port": (str(rng.randrange(30_000, 61_000)), None),
        "uidn": (str(rng.randrange(20_000, 40_000)), None),
        "AD": (AD, None), "DOMAIN": (DOMAIN, None), "SHORT": (SHORT, None),
    }
    return table


# Passwords: set by an agent, tried by staff, said on the night line, in chat, in configs, other languages, bare.
_SECRETS = [
    "I've set it to {secret} for today, the clinic PC will ask her to pick her own tomorrow.",
    "temporary value on the reset: {secret}",
    "reset done -> {secret} (one use)",
    "gave him {secret} over the phone, he's changing it after surgery",
    "interim: {secret} - tell the locum, not the owner",
    "She tried {secret} and then {secret2}, neither gets her into the pharmacy log.",
    "I keep typing {secret} and it shakes its head at me",
    "is it {secret} or {secret2}? one of those",
    "I think it's still {secret} from when I started",
    "night line: caller read out {secret} so we could check it, told her to change it",
    "{secret} is what's on the sticky note under the X-ray monitor",
    "please rotate, {secret} was posted in the kennels group",
    "[{hhmm}] {login}: use {secret}\n[{hhmm2}] {login2}: ta",
    "[{hhmm}] {login}: {secret}\n[{hhmm}] {login}: sorry wrong chat",
    "{given} ({hhmm}): changed it to {secret} like you said",
    "<{login}> the cattery tablet one is {secret}",
    "{login} >> {secret}",
    "DB_PASSWORD={secret}",
    "SMTP_PASS='{secret}'",
    "export VETSYS_TOKEN_PASS=\"{secret}\"",
    "environment:\n  - POSTGRES_USER={login}\n  - POSTGRES_PASSWORD={secret}",
    "[database]\nuser = \"{login}\"\npassword = \"{secret}\"",
    "<add key=\"PacsPassword\" value=\"{secret}\" />",
    "jdbc:sqlserver://pharm-db;user={login};password={secret}",
    "mongodb://{login}:{secret}@kennel-db.{DOMAIN}:27017/adoptions",
    "sshpass -p '{secret}' ssh {login}@triage-gw",
    "smbclient //fs-clinics/imaging -U {login}%{secret}",
    "echo '{secret}' | sudo -S systemctl restart pacs",
    "net user {login} {secret} /add",
    "dsmod user \"CN={who},OU=Vets,DC={SHORT},DC=int\" -pwd {secret}",
    "Temporary password: {secret}\nUser: {login}",
    "Вăхăтлăх пароль: {secret}",
    "Ваҡытлыса пароль: {secret}",
    "Дырлы пароль: {secret}",
    "Хан-зама пароль: {secret}",
    "Аамҭалатәи ажәамаҭәа: {secret}",
    "Тимчасовый пароль: {secret}",
    "Geçici parol: {secret}",
    "Hasło tymczasowe: {secret}",
    "Pagaidu parūle: {secret}",
    "Aotuline salasõna: {secret}",
    "Password pruvisoria: {secret}",
    "Password provisoria: {secret}",
    "Clau temporal: {secret}",
    "Vorlaifig Passwort: {secret}",
    "Da password fir noo: {secret}",
    "Awal uffir n tura: {secret}",
    "ⴰⵡⴰⵍ ⵓⴼⴼⵉⵔ: {secret}",
    "ߕߊ߬ߡߌ߲߬ߞߊ߲ ߘߏ߲߬ߞߏ: {secret}",
    "Lefoko la sephiri la nakwana: {secret}",
    "كلمة السر المؤقتة: {secret}",
    "Tënë ti ndo: {secret}",
    "ଅସ୍ଥାୟୀ ପାସୱାର୍ଡ: {secret}",
    "موقتین پاسورڈ: {secret}",
    "パスワード（仮）: {secret}",
    "{who} swears she typed {secret}",
    "after the reset {login} got in with {secret}",
    "stop sending {secret} in plain mails please",
    "{secret}",
    "{secret}\n^ copied straight from the envelope, still no",
    "it's {secret}, capital first letter",
    "he put {secret} in the user field so it's showing in the kiosk list",
    "the one from the welcome letter ({secret}) is refused",
    "new: {secret2}   old: {secret}",
]
# Postal addresses: one line, several lines, with and without cue words, in signatures.
_ADDRESSES = [
    "Please post the replacement chip scanner to {addr}",
    "Home address: {addr}",
    "from the 1st I live at {addr}",
    "{addr}",
    "I'm staying at {addr} while the clinic is rebuilt",
    "send the loan laptop to\n{l1}\n{l2}\n{l3}",
    "{who}\n{l1}\n{l2}\n{l3}",
    "Deliver to:\n{who}\n{l1}, {l2}\n{l3}\nPhone {tel}",
    "Адрес: {addr}",
    "Адрес проживания: {addr}",
    "Adres: {addr}",
    "Adresa: {addr}",
    "Adrese: {addr}",
    "Indirizzu: {addr}",
    "Indirisso: {addr}",
    "Adreza: {addr}",
    "Adràss: {addr}",
    "Tansa: {addr}",
    "Aderese ya legae: {addr}",
    "ଠିକଣା: {addr}",
    "住所：{addr}",
    "Dirección: {addr}",
    "moved from {addr} to {addr_b}",
    "the adopted dog's papers were sent to {addr} - my neighbour's",
    "Kind regards,\n{who}\nVeterinary Nurse, {clinic}\n{addr}\nMob {tel}",
    "Saluti,\n{given} {family}\n{l1}\n{l3}",
    "Pozdrowiynia,\n{who}\n{addr}\nTel. {tel_home}",
    "Salutations,\n{given}\n{addr}",
    "--\n{who} | {team} | {addr} | {tel_ext}",
    "お世話になっております\n{who}\n{l1}\n{l2}\n{l3}",
    "Ke a leboga,\n{who}\n{l1}\n{l2}",
    "Cheers,\n{given_flat}\n{l1}\n{l2}, {l3}",
    "{who} · {clinic} · {addr} · {tel}",
]
# Usernames: prose, parentheses, command output, paths, e-mail-like forms.
_LOGINS = [
    "{login} can't open the anaesthesia records since the update",
    "unlock {login} please, she's in theatre till 3",
    "the locum (login {login}) sees the wrong rota",
    "Login name: {login}",
    "is {login} disabled on purpose?",
    "log on as {login} and check the adoption queue",
    "at the kennels I'm {login}, in surgery I'm {login2}",
    "mail to {login}@{DOMAIN} comes back",
    "use {login}@{SHORT}.int to sign in",
    "{login}@{DOMAIN} not in the address book",
    "{AD}\\{login} denied on \\\\fs-clinics\\imaging",
    "C:\\Users\\{login}\\Documents\\dosage_chart.xlsx opens read-only",
    "/home/{login}/xrays/2036-02 vanished",
    "~{login}/.ssh/authorized_keys was world-writable",
    "$ whoami\n{login}",
    "$ ls -l /srv/pacs/export\n-rw-r----- 1 {login} imaging 48213 Feb  3 {hhmm} study_0412.dcm",
    "$ ps -u {login}\n  PID TTY          TIME CMD\n {pid} pts/2    00:00:03 vetsys-client",
    "Feb  4 {hhmm}:11 triage-gw sudo[{pid}]:   {login} : TTY=pts/0 ; PWD=/home/{login} ; USER=root ; COMMAND=/bin/systemctl restart pacs",
    "> quser\n USERNAME   SESSIONNAME   ID  STATE   IDLE TIME  LOGON TIME\n {login}    rdp-tcp#4      2  Active  .          04/02/2036 {hhmm}",
    "PS> Get-LocalUser {login}\nName    Enabled Description\n----    ------- -----------\n{login} False   {who}",
    "$ ldapsearch -x uid={login}\ndn: uid={login},ou=people,dc={SHORT},dc=int\ncn: {who}",
    "# passwd -S {login}\n{login} L 02/04/2036 0 99999 7 -1",
    "$ lastlog -u {login}\nUsername  Port   From          Latest\n{login}  pts/1  {ip}   Tue Feb  4 {hhmm}:02 +0000 2036",
    "Feb  4 {hhmm}:40 pacs-01 sshd[{pid}]: Accepted publickey for {login} from {ip} port {port} ssh2",
    "the login {login} is already taken in the pharmacy system",
    "move {login}'s open cases to {login2}",
    "({login}) left the channel #night-triage",
    "requested by: {login}",
    "ticket raised under {login2} but it's mine",
]
# Staff ids.
_STAFF = [
    "Staff number {staffno}",
    "badge {staffno} refused at the pharmacy door",
    "locum {staffno} can't sign the controlled-drug log",
    "employee {staffno} - {who}",
    "{staffno} is {other}'s number, mine is {staffno2}",
    "Payroll number: {staffno}",
    "Табельный номер {staffno}",
    "Numer pracownika: {staffno}",
    "Darbinīka numurs: {staffno}",
    "Numero di matricula: {staffno}",
    "Personalnummer {staffno}",
    "Nimero ya modiri: {staffno}",
    "କର୍ମଚାରୀ ନମ୍ବର {staffno}",
    "職員番号 {staffno}",
    "{staffno} {FAMILY} {given}",
    "volunteer card {staffno} expired, please renew",
    "her number shows as {staffno2} in payroll but {staffno} on the badge",
]
# Host names in prose under the domain and bare machine names.
_MACHINES = [
    "{box} lost the imaging share after last night's patches",
    "please rebuild {box}, it belonged to {who}",
    "{box} won't answer ping, {box2} does",
    "my laptop is {box}; the reception PC is {box2}",
    "remote desktop to {box} fine, {box2} refuses",
    "the box called {bare} restarted twice overnight",
    "on {bare} the dosing service stopped at {hhmm}",
    "the machine in the X-ray room, {bare}, shows a blue screen",
    "can someone check {bare}? it's beeping",
    "we moved the kennel cameras from {bare} to {box}",
    "affected hosts: {box}, {box2}, {bare}",
    "* {box}\n* {box2}\n* {bare}",
    "{hhmm}:07 {bare} vetsysd[{pid}]: stopping (signal 15)",
    "$ nmblookup {bare}\n{ip} {bare}<00>",
    "> ping {box}\nPinging {box} [{ip}] with 32 bytes of data:\nRequest timed out.",
    "copied {who}'s case photos from {box} to {box2}",
    "{box} ({hw}) keeps falling off the clinic wifi",
    "{box} shows last month's date, {box2} next to it is right",
    "install the rota app on {box} for {given}",
    "{who} has {box} now, {box2} goes back to the store",
    "traceroute {box}\n 1  gw.{SHORT}.int  0.4 ms\n 2  * * *",
    "the lab fridge sensor posts to {box} every 5 min, nothing since 02:00",
    "the anaesthesia monitor reports into {bare} and nowhere else",
    "{bare} is the one under the desk in the cattery",
]
# Names in every case and order.
_NAMES = [
    "{who} rang about the night line",
    "Call from {FAMILY} {given}, nurse at {clinic}",
    "{GIVEN} {FAMILY} can't print the vaccination cards",
    "spoke to {lowname} at the adoption desk",
    "cc {other} (head nurse)",
    "raised on behalf of {who}",
    "{given_flat} {FAMILY} has left, please disable",
    "{family}, {given} - locum since January",
    "Caller: {who}\nAffected user: {other}",
    "Dr {family} says the X-ray viewer hangs",
    "hello {given}, all sorted",
    "thanks {given_flat}!",
    "{FAMILY} called twice, no reference",
    "owner {who} wants the invoice resent",
]
# E-mails, phones, one-time codes.
_CONTACT = [
    "reply to {mail}",
    "my own mail is {mail_hidden}",
    "use {mail_hidden}, not the clinic one",
    "From: {who} <{mail}>",
    "ring me on {tel}",
    "mobile {tel_home}",
    "direct line {tel_ext}",
    "тел. {tel_home}",
    "tel. {tel}",
    "telefon {tel_home}",
    "☎ {tel}",
    "WhatsApp: {tel}",
    "the code was {code}",
    "the text said {code}",
    "she read me {code} but it had expired",
    "one-time code {code}",
    "Код: {code}",
    "Kod weryfikacyjny {code}",
    "Codice di verifica {code}",
    "確認コード：{code}",
    "the drug-cabinet keypad showed {code}",
    "the app sent {code}, then {code} again",
]
# Mixed records.
_RECORDS = [
    "{who} | {staffno} | {login} | {tel}",
    "staff,login,host,ip\n{staffno},{login},{box},{ip}",
    "volunteer:\n  name: {who}\n  login: {login}\n  number: {staffno}\n  mobile: \"{tel}\"",
    "| field | value |\n|---|---|\n| Name | {who} |\n| Login | {login} |\n| Address | {addr} |",
    "<owner><name>{who}</name><email>{mail}</email><phone>{tel}</phone></owner>",
    "OWNER_NAME={who}\nOWNER_MAIL={mail}\nOWNER_PHONE={tel}",
    "{\"nurse\": \"{who}\", \"user\": \"{login}\", \"code\": \"{code}\"}",
    "?u={login}&n={staffno}&next=%2Frota",
    "consult refunded to card {card}",
    "dhcp: lease {ip} to {hw} ({box}) vlan 42",
    "Feb  4 {hhmm}:58 bastion-ma sshd[{pid}]: Invalid user {login} from {ip} port {port}",
    "radius: Auth failed for [{login}] via van AP, caller-id {hw}",
    "{given} {family} <{mail}>, {tel}, {addr}",
]
PROBES = (_SECRETS * 3 + _ADDRESSES * 2 + _LOGINS * 2 + _STAFF * 2 + _MACHINES * 2 + _NAMES + _CONTACT * 2 + _RECORDS * 4)

# Look-alikes that are not personal data: (kind, sentence, the text that must stay).
DECOYS = [
    ("firm", "Marrowby-Adeyemi Veterinary & Animal Welfare Trust annual report attached.", "Marrowby-Adeyemi Veterinary & Animal Welfare Trust"),
    ("kennel", "Kennel 14 latch broken.", "Kennel 14"),
    ("kennel", "cage C-07 heat lamp out", "C-07"),
    ("dose", "give 2.5 mg/kg twice daily", "2.5 mg/kg"),
    ("dose", "drip at 10 ml/h", "10 ml/h"),
    ("weight", "patient weighs 34.6 kg", "34.6 kg"),
    ("temp", "fridge at 7.9 °C", "7.9 °C"),
    ("chip", "microchip reader Halo Scanner won't pair", "Halo Scanner"),
    ("order", "PO 7300418825 for syringes", "7300418825"),
    ("ticket", "same as INC0913377", "INC0913377"),
    ("ticket", "change CHG0120448 approved", "CHG0120448"),
    ("ticket", "linked to RITM0071523", "RITM0071523"),
    ("asset", "Asset MAV-IT-004471 returned.", "MAV-IT-004471"),
    ("asset", "serial CN0R4T7X2K on the dock", "CN0R4T7X2K"),
    ("version", "VetSys 8.4.1 deployed.", "8.4.1"),
    ("version", "scanner firmware v2.13.0-beta2", "v2.13.0-beta2"),
    ("error_code", "the X-ray generator shows E-417.", "E-417"),
    ("error_code", "Windows error 0x80070005", "0x80070005"),
    ("error_code", "the portal answers HTTP 503", "HTTP 503"),
    ("room", "Room S-204 projector dead.", "S-204"),
    ("room", "meet in the Heron Room", "Heron Room"),
    ("room", "theatre 2B too warm", "2B"),
    ("amount", "consult EUR 48,00 refunded", "EUR 48,00"),
    ("amount", "paid BWP 350 at reception", "BWP 350"),
    ("amount", "INR 1,200 per vaccination", "INR 1,200"),
    ("amount", "USD 89.99 monthly", "USD 89.99"),
    ("date", "Surgery list for 2036-02-04.", "2036-02-04"),
    ("date", "closed 04.02.2036", "04.02.2036"),
    ("time", "Clinic opens at 08:15.", "08:15"),
    ("product", "The Idexx ProCyte One flags every sample.", "Idexx ProCyte One"),
    ("product", "Mindray ePM 10 monitor restarts", "Mindray ePM 10"),
    ("product", "Brother QL-820NWB label printer smears", "Brother QL-820NWB"),
    ("product", "Fujifilm FCR Prima T2 reader jams", "Fujifilm FCR Prima T2"),
    ("product", "Lenovo ThinkPad X13 Gen 4 dock", "ThinkPad X13 Gen 4"),
    ("product", "Zoetis Vetscan HM5 prints blanks", "Zoetis Vetscan HM5"),
    ("file", "see dosage_2036-02.xlsx", "dosage_2036-02.xlsx"),
    ("file", "installer VetSys-8.4.1-x64.msi", "VetSys-8.4.1-x64.msi"),
    ("file", "log at /var/log/pacs/store.log", "/var/log/pacs/store.log"),
    ("server", "restarted pacs-01 at 6", "pacs-01"),
    ("server", "pharm-db slow again", "pharm-db"),
    ("server", "cert on portal.marrowby-adeyemi.example.org expires", "portal.marrowby-adeyemi.example.org"),
    ("mailbox", "write to adoptions@marrowby-adeyemi.example.org", "adoptions@marrowby-adeyemi.example.org"),
    ("mailbox", "alerts from no-reply-pacs@marrowby-adeyemi.example.org", "no-reply-pacs@marrowby-adeyemi.example.org"),
    ("mailbox", "nighttriage@marrowby-adeyemi.example.org is the right box", "nighttriage@marrowby-adeyemi.example.org"),
    ("account", "log in as Administrator in safe mode only", "Administrator"),
    ("account", "the Guest account on the reception PC", "Guest"),
    ("account", "service account svc-pacs locked", "svc-pacs"),
    ("account", "backup runs as root", "root"),
    ("account", "files owned by www-data", "www-data"),
    ("account", "LOCAL SERVICE holds the port", "LOCAL SERVICE"),
    ("account", "the sa login on the SQL box", "sa"),
    ("account", "DefaultAccount is disabled", "DefaultAccount"),
    ("place", "snow over Cheboksary", "Cheboksary"),
    ("place", "road closed near Tizi Ouzou", "Tizi Ouzou"),
    ("place", "power cut in Daugavpils", "Daugavpils"),
    ("place", "ferry from Lerwick late", "Lerwick"),
    ("place", "dust storm near Agadez", "Agadez"),
    ("place_surname", "conference in Lincoln", "Lincoln"),
    ("place_surname", "parts from Preston", "Preston"),
    ("place_surname", "vets from Denver", "Denver"),
    ("place_surname", "delivery via Florence", "Florence"),
    ("place_surname", "workshop in Victoria", "Victoria"),
    ("place_surname", "course in Chandler", "Chandler"),
    ("person_like", "the San Martino clinic", "San Martino"),
    ("person_like", "Santa Lucia shelter", "Santa Lucia"),
    ("person_like", "Mount Pleasant kennels", "Mount Pleasant"),
    ("person_like", "St Magnus Bay rescue", "St Magnus Bay"),
    ("label_value", "Priority: 2 - High", "2 - High"),
    ("label_value", "Category: Clinical Systems / Imaging", "Clinical Systems / Imaging"),
    ("label_value", "Assignment group: MA-Clinic-IT", "MA-Clinic-IT"),
    ("policy", "codes expire after 120 seconds", "120 seconds"),
    ("policy", "passwords need 14 characters", "14 characters"),
    ("count", "1,240 animals rehomed last year", "1,240"),
    ("keys", "press Ctrl+Shift+Esc", "Ctrl+Shift+Esc"),
    ("ssid", "MAV-Staff drops", "MAV-Staff"),
    ("ssid", "owners use MAV-Waiting-Room", "MAV-Waiting-Room"),
    ("word", "the Reset Cabinet PIN button is grey", "Reset Cabinet PIN"),
    ("word", "Print Vaccination Card does nothing", "Print Vaccination Card"),
    ("vlan", "put the scanner on VLAN 42", "VLAN 42"),
    ("subnet", "clinic subnet 10.64.0.0/16", "10.64.0.0/16"),
    ("version_ip", "agent 6.2.118.4 installed", "6.2.118.4"),
    ("commit", "rolled back to 9f3b1d0", "9f3b1d0"),
    ("duration", "surgery ran 2 h 15 min", "2 h 15 min"),
    ("step", "step 4 of 9 fails", "step 4 of 9"),
    ("chipno", "test chip 999000000012345 reads fine", "999000000012345"),
    ("van", "Van 12 battery flat", "Van 12"),
    ("drug", "Metacam 1.5 mg/ml out of stock", "Metacam 1.5 mg/ml"),
]

SUBJECTS = ["Can't get into the pharmacy log", "Locked out of the surgery PC", "Code never arrives", "Tablet wants a sign-in",
            "X-ray viewer blank", "Anaesthesia monitor offline", "New locum needs access", "Label printer jammed",
            "Chip scanner not reading", "Fridge sensor silent", "VPN from the van", "No wifi in the kennels",
            "Vaccination card misprinted", "Night line phone dead"]
NAME_SUBJECTS = ["Access for new locum {who}", "{FAMILY} {given} locked out", "{login} can't sign in", "{box} off the network",
                 "Unlock {login}", "FW: laptop for {who}", "Staff number {staffno} missing", "Block {ip}",
                 "Reset {login} and {login2}", "{given_flat} - X-ray viewer blank", "{lowname} cannot get in",
                 "New password for {who} ({staffno})", "New SIM for {who} {tel_home}", "Send scanner to {addr}",
                 "{who}", "re: {given} {FAMILY}", "{bare} down again", "{FAMILY}", "{given}?", "ring {who} back"]
LEADS = ["Салам,", "Һаумыһығыҙ,", "Ӟечбур,", "Маршалла,", "Бзиала шәаабеит,", "Merhaba,", "Здоровиньки,",
         "Szczynść Boże,", "Vasals,", "Tervtserviist,", "Salutamu,", "Bondì,", "Bien plegaus,", "Salü,", "Aye aye,",
         "Azul,", "Ma tolas,", "ߌ ߣߌ߫ ߛߐ߰ߡߊ,", "Dumela,", "Salam aleykum,", "Bara ala,", "ନମସ୍କାର,", "Salaam,",
         "イランカラプテ,", "", "", "Night line call note:", "From the kennel chat:", "Surgery shift note:"]
NOTES = ["Решено.", "Татăлнă.", "Хәл ителде.", "Тупатэмын.", "Sorted.", "Çözüldü.", "Rozwiōnzane.", "Atrisynuots.",
         "Tett.", "Risolto.", "Risolto, grassie.", "Resuelto.", "Erledigt.", "Fixed, dunna fash.", "Yefra.",
         "ߓߊ߲߫.", "Go rarabolotswe.", "Ndo so a lingbi.", "ସମାଧାନ ହେଲା.", "解決しました。", "Closed after a remote session."]


def build(count: int = 2000, seed: int = 2153) -> list[dict]:
    """The tickets with their truth."""
    from suggest_data.make import PiiBankPlan, build_pii_bank

    return build_pii_bank(PiiBankPlan(
        person=Member, values=_slots, render=_render, probes=PROBES, decoys=DECOYS,
        subjects=SUBJECTS, leads=LEADS, notes=NOTES, start=dt.datetime(2036, 2, 3, 7, 10, 0), minutes=41,
        first_number=9_120_000, decoy_counts=(1, 2, 2, 3, 4, 5, 6, 7),
        name_subjects=NAME_SUBJECTS, name_subject_rate=0.22), count, seed)


def write(out: Path, count: int = 2000, seed: int = 2153) -> None:
    """Write ``pii.csv`` and ``pii-truth.jsonl`` into ``out``."""
    pii_heldout3.write(out, count, seed, build=build)


def main() -> None:
    pii_heldout3.main(write, 2153, __doc__)


if __name__ == "__main__":
    main()
