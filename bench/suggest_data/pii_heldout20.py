"""TWENTIETH HELD-OUT personal-data bank (v20): FROZEN. Written by a separate helper who never read
kbgen's rule code, before round 20's tuning; the tuners never see it. Only its aggregate figures are
read, once, after the round's merge.

    python3 bench/suggest_data/pii_heldout20.py OUT_DIR [--count 2000] [--seed 2047]

A fictional operator of urban cable cars, mountain gondolas and funiculars ("Quillfeather-Nakashima
Ropeways & Funiculars": drive stations with control cabins, rope-inspection crews with magnetic
testers, cabin workshops, turnstiles and ticket kiosks, a lost-property office and a rescue-drill rota)
at lines in Tuva, Buryatia, Kalmykia, Karakalpakstan, Oaxaca (Zapotec and Mixtec towns), the
Guatemalan highlands (K'iche'), the Garifuna coast of Honduras, Curaçao, Cape Verde, the Seychelles,
Mauritius, Iloilo, West Sumatra, Goa, Jharkhand (Santali, Ol Chiki script), Manipur (Meitei Mayek
script), Meghalaya (Khasi), Mizoram, Hokkaido, Okinawa, Dutch Limburg, Venda, Namibia (Otjiherero,
Khoekhoegowab), the Cook Islands, Niue, the Marshall Islands and Chuuk, writes description-bearing
tickets. Every name, value and phrasing is invented for kbgen. Cue words in Tuvan, Buryat and Kalmyk
(Cyrillic), Karakalpak, Zapotec, Mixtec and Mexican Spanish, K'iche', Garifuna, Papiamentu, Cape
Verdean Kriolu, Seychellois and Mauritian Creole, Hiligaynon, Minangkabau, Konkani, Santali (Ol
Chiki), Meitei (Meitei Mayek), Khasi, Mizo, Japanese, Uchinaaguchi, Limburgish, Tshivenda,
Otjiherero, Khoekhoegowab, Cook Islands Māori, Niuean, Marshallese and Chuukese beside English.
Weighted to passwords (set by an agent as a temporary value, tried by a lift attendant, read out on
the radio, in chat, in pasted configs, unit files, YAML and connection strings, in other languages,
with no cue word near them), postal addresses (European, US, Latin American, Asian, African and
Pacific forms, with and without cue words, on one line and over several lines, inside signatures),
usernames (in prose, in parentheses, in command output, in paths, in e-mail-like forms), staff ids,
and host names in prose, both under the operator's own domain and as bare machine names said in a
sentence ("the box called ...", "on <name> the service stopped"), in lists and in logs; also names in
every case and order, obfuscated e-mails, phones of many regions and one-time codes.
Structures: radio logs of the control cabins, attendants' chat with handles as speaker labels,
rope-inspection shift notes, agent notes, forwarded mails with signatures, form dumps (YAML, INI,
systemd units, JSON lines, HTML tables, key=value), pasted command output (id, getent passwd, w,
last, net user, Get-ADUser, klist, du -sh /home, smbstatus, journalctl), and many look-alikes that
must stay (cabin and tower numbers, rope tensions, wind speeds, turnstile ids, asset tags, order ids,
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

DOMAIN = "quillfeather-nakashima.example.net"
SHORT = "qnrf"
AD = "QNROPE"

FIRST = """Aldynai Choduraa Ayas Sayan Buyanto Tsyren Darima Erdem Bairta Sanal Delgir Ayana Ajiniyaz Gulnara Berdakh
Xochitl Itzel Yolotl Eufemia Tomasa Ixchel Tecún Wakax Lucinda Garinagu Wabaruagun Yuridia Shurendy Jurgen Mayra
Kenrick Djeidson Nilda Arlindo Celeste Marie-Noëlle Jean-Claude Ashwin Devika Roopchand Kimberly Jonalyn Rheymar
Nenita Ramil Rangkayo Syafril Yulnita Ozi Jasmine-Rose Savio Shrunkhala Anand Sonamani Baha Dulari Ibomcha Thoibi
Sanatombi Banri Iaishah Wanphai Lalremruata Zothansangi Mapuii Kotaro Hinata Itsuki Chinatsu Kamado Rene Truus
Mpho Ndivhuwo Tshilidzi Kaveka Uaundja Ngaevirua Ama Tepaeru Mataio Kolotita Liwaika Jebro Neimer Kimiuo""".split()
LAST = """Ondar Kuular Mongush Saaia Dorzhiev Tsydenova Badmaev Ochirova Mandzhiev Sultanova Yeshmuratov Reymbaev
Hernández-Luna Matías Cruz-Bautista Ixcot Tzoc Cotzojay Velásquez Martínez-Arzú Lacayo Bernardez Martina Isenia
Rosalia Semedo Tavares Lopes-Fortes Ernesta Payet Laporte Ramnarain Gungah Jugnauth Dela Cruz Sumalinog Jaleco Tupas
Datuak Caniago Piliang Sikumbang Fernandes Noronha Rebelo Murmu Hembrom Soren Tudu Meitei Ningthoujam Khumanthem
Syiem Lyngdoh Marbaniang Lalhmangaihi Ralte Chhakchhuak Kinjo Higa Shimabukuro Arakaki Ronkes Jongen Vanderhoven
Mudau Netshivhazwaulu Ramabulana Tjitendero Kazombiaze Ipinge Tangitamaiti Raui Marsters Lagitupu Talagi Anjain
Kabua Lorak Kanemoto Ruben""".split()

SITES = ["Kyzyl river gondola", "Ulan-Ude hill funicular", "Elista steppe lift", "Nukus city cable car",
         "Oaxaca Monte Albán gondola", "Mixteca valley lift", "Quetzaltenango cable line", "La Ceiba coast lift",
         "Willemstad harbour cable car", "Praia plateau funicular", "Mahé Morne gondola", "Le Pouce ropeway",
         "Iloilo esplanade gondola", "Bukittinggi canyon lift", "Panaji hillside funicular", "Ranchi falls lift",
         "Imphal fort ropeway", "Shillong peak gondola", "Aizawl ridge cable car", "Hakodate summit ropeway",
         "Naha castle gondola", "Valkenburg cave lift", "Thohoyandou forest lift", "Windhoek heights funicular",
         "Rarotonga ridge lift", "Majuro lagoon cable", "Weno hill funicular"]
DEPTS = ["Rope Inspection", "Control Cabins", "Cabin Workshop", "Ticketing", "Lost Property", "Rescue Drills",
         "Station Cleaning", "Payroll", "Safety Office", "Visitor Services"]
PLANTS = ["KYZ", "UUD", "ELS", "NKS", "OAX", "MIX", "XEL", "LCE", "WIL", "PRA", "MAH", "POU", "ILO", "BKT", "PNJ",
          "RNC", "IMF", "SHL", "AIZ", "HKD", "NAH", "VKB", "THY", "WDH", "RAR", "MAJ", "WNO"]

PHONES_INTL = ["+7 394 222 61 48", "+7 923 547 18 02", "+7 3012 41 73 90", "+7 847 224 08 31", "+998 61 222 48 17",
               "+998 91 377 20 64", "+52 951 514 2873", "+52 1 953 127 4406", "+502 7763 1840", "+502 5519 2738",
               "+504 2443 9017", "+504 9831 6642", "+599 9 461 7320", "+599 9 518 2094", "+238 261 47 93",
               "+238 991 82 16", "+248 4 32 17 85", "+248 2 71 46 30", "+230 433 2817", "+230 5 728 4196",
               "+63 33 320 4718", "+63 918 472 3305", "+62 752 21 843", "+62 812 6604 3917", "+91 832 242 7615",
               "+91 94221 38470", "+91 651 220 4183", "+91 385 244 9120", "+91 364 250 7316", "+91 389 232 4087",
               "+81 138 27 4409", "+81 98 861 2273", "+81 90 6127 4830", "+31 43 601 2278", "+31 6 1742 8305",
               "+27 15 962 4471", "+27 72 418 3096", "+264 61 224 813", "+264 81 307 4412", "+682 21 347",
               "+683 4182", "+692 625 3371", "+691 330 2264", "00 7 923 547 18 02", "(+52) 951-514-2873",
               "+230-5728-4196", "+27 (0) 72 418 3096", "+31 (0)6 17 42 83 05", "+1 (808) 930 4471"]
PHONES_NAT = ["8 (394) 222-61-48", "8 923 547-18-02", "(61) 222-48-17", "951 514 2873", "7763-1840", "9831-6642",
              "461 7320", "991 82 16", "4 321 785", "5 728 4196", "(033) 320-4718", "0918 472 3305", "0752-21843",
              "0812-6604-3917", "0832 242 7615", "094221 38470", "0138-27-4409", "098-861-2273", "090-6127-4830",
              "043 601 2278", "06-17428305", "015 962 4471", "072 418 3096", "061 224 813", "081 307 4412",
              "21 347", "625-3371", "330-2264", "(808) 930-4471", "808.930.4471"]
EXT_FORMS = ["доп. {n}", "nteki {n}", "ext {n}", "extensión {n}", "ekstension {n}", "lokal {n}", "poste {n}",
             "sambungan {n}", "内線 {n}", "toestel {n}", "local {n}", "kobo {n}", "tel. int. {n}", "/ {n}", "x{n}"]

# One-line postal addresses of several regions' forms (with house numbers, flats, PO boxes, wards, lots).
ADDRESSES = [
    "ул. Кочетова 31, кв. 12, Кызыл 667000", "ул. Ербанова 7-44, 670000 Улан-Удэ",
    "5-й микрорайон, д. 18, кв. 63, Элиста 358009", "Doslıq guzarı 14, 23-xana, Nókis 230100",
    "Calle Macedonio Alcalá 412, Centro, 68000 Oaxaca de Juárez, Oax.", "Privada de Aldama 9, Barrio de Jalatlaco, Oaxaca",
    "Av. Hidalgo s/n, Tlaxiaco, Oax. 69800", "4a. Calle 12-38 Zona 1, Quetzaltenango 09001",
    "Barrio La Isla, casa 22, La Ceiba, Atlántida", "Kaya Gobernador Debrot 31, Willemstad, Curaçao",
    "Achada Santo António, Rua 5 n.º 18, Praia", "Anse Boileau, P.O. Box 418, Mahé, Seychelles",
    "Royal Road, Morc. Beau Séjour, Moka 80812", "12 Rue Desforges, Port Louis 11328",
    "Lot 14 Blk 6, Brgy. Tabuc Suba, Jaro, Iloilo City 5000", "Jl. Panorama No. 27, Kel. Bukit Cangang, Bukittinggi 26115",
    "H. No. 318/B, Fontainhas, Panaji, Goa 403001", "Qtr No. D-41, Sector 3, Dhurwa, Ranchi 834004",
    "Keishamthong Laisom Leirak, Imphal West 795001", "Block C, Laitumkhrah Main Rd, Shillong 793003",
    "House No. B-27, Chaltlang Dawrkawn, Aizawl 796012", "〒040-0054 北海道函館市元町 18-6",
    "沖縄県那覇市首里当蔵町 2-14-3", "Grotestraat 19, 6301 CV Valkenburg", "Stand 1204, Shayandima, Thohoyandou 0950",
    "Erf 3318, Nelson Mandela Ave, Klein Windhoek", "PO Box 9127, Windhoek, Namibia", "Tupapa, Avarua, Rarotonga",
    "Alofi South, Niue (behind the Commercial Centre)", "Delap Village, Lot 47, Majuro MH 96960",
    "P.O. Box 1322, Weno, Chuuk FM 96942", "2205 Kalakaua Ave Apt 1408, Honolulu, HI 96815",
]
# Addresses written over several lines (each line its own span), as in signatures and parcel labels.
ADDRESS_LINES = [
    ("ул. Ленина 52, кв. 7", "г. Кызыл", "667000 Республика Тыва"),
    ("Calle de Abasolo 118", "Col. Centro", "68000 Oaxaca, Oax."),
    ("Kaya Wilhelminaplein 4", "Punda", "Willemstad, Curaçao"),
    ("Rua Serpa Pinto 22, 1.º", "Plateau", "Praia, Cabo Verde"),
    ("14 Avenue des Palmiers", "Beau Vallon", "Mahé, Seychelles"),
    ("Lot 8, Bougainvillier Lane", "Curepipe 74213", "Mauritius"),
    ("Unit 3, Mabini Residences", "Brgy. San Pedro, Molo", "Iloilo City 5000"),
    ("Jl. Sudirman No. 44", "Kel. Aur Tajungkang", "Bukittinggi, Sumatera Barat"),
    ("Flat 2C, Casa Menezes", "Altinho", "Panaji, Goa 403001"),
    ("函館市宝来町 9-22", "ハイツ宝来 301", "北海道 040-0043"),
    ("Wilhelminalaan 61", "6301 GA Valkenburg", "Nederland"),
    ("Stand 77, Sibasa Block G", "Thohoyandou", "0970 Limpopo"),
    ("Erf 902, Jan Jonker Rd", "Windhoek West", "Namibia"),
    ("Lot 12, Laura Road", "Majuro Atoll", "MH 96960"),
    ("1840 Nuuanu Ave, Apt 6", "Honolulu, HI", "96817"),
]


def _mac(rng: random.Random) -> str:
    """A MAC address as cabin radios, turnstiles and drive-station panels print it."""
    raw = "".join(rng.choice("0123456789abcdef") for _ in range(12))
    raw = raw.upper() if rng.random() < 0.5 else raw
    form = rng.choice([0, 1, 2])
    if form == 2:
        return ".".join(raw[i:i + 4] for i in range(0, 12, 4))
    return ["-", ":"][form].join(raw[i:i + 2] for i in range(0, 12, 2))


def _ip(rng: random.Random) -> str:
    """An address of a drive-station panel, a kiosk, a cabin radio gateway or an attendant's home line."""
    return rng.choice([f"10.{rng.randrange(100, 140)}.{rng.randrange(0, 255)}.{rng.randrange(2, 254)}",
                       f"172.{rng.randrange(16, 31)}.{rng.randrange(0, 255)}.{rng.randrange(2, 254)}",
                       f"192.168.{rng.randrange(20, 90)}.{rng.randrange(2, 254)}",
                       f"{rng.choice([41, 62, 103, 149, 177, 189, 201, 213])}.{rng.randrange(0, 255)}.{rng.randrange(0, 255)}.{rng.randrange(2, 254)}"])


# Bare machine names people use in a sentence, not under any domain.
BARE = ["cabinpanel", "tensiona", "kioskeast", "ropelab", "drivehall", "towerwatch", "turnpike", "haulbox",
        "sheave", "bullwheel", "gripper", "counterweight", "anemo", "lostprop", "drillroom", "radiohut"]


class Person:
    """One person with the values a ticket may give about them."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.first = rng.choice(FIRST)
        self.last = rng.choice(LAST)
        self.uid = self._username()

    def name(self) -> str:
        f, l, r = self.first, self.last, self.rng.random()
        forms = [(0.18, f"{f} {l}"), (0.26, f"{l}, {f}"), (0.33, f"{l.upper()} {f}"), (0.40, _plain(f"{f} {l}")),
                 (0.46, f"{f} {l}".upper()), (0.52, f"{f[0]}. {l}"), (0.58, f"{l} {f}"),
                 (0.64, f"{f} {l}".lower()), (0.69, f"{f} {l[:1]}."), (0.74, f"{l.upper()}, {f.upper()}"),
                 (0.79, f"{_plain(l).lower()}, {_plain(f).lower()}"), (0.83, f"{f} '{l}'"),
                 (0.87, f"Mr {l}"), (0.90, f"Sra. {l}"), (0.94, f"{l}-san"), (0.97, f"{f[0]}{l[0]} ({f} {l})"),
                 (1.0, f"{l.upper()}/{f.lower()}")]
        return next(text for limit, text in forms if r < limit)

    def _username(self) -> str:
        f, l = _ascii(self.first) or "q", _ascii(self.last) or "z"
        f, l = f.lower(), l.lower()
        n = self.rng.randrange(2, 980)
        return self.rng.choice([f"{f[:1]}{l[:7]}", f"{l[:5]}.{f[:3]}", f"qn{self.rng.randrange(20_000, 79_999)}",
                                f"{f}_{l}"[:15], f"op-{l[:6]}{n % 10}", f"{f[:3]}{l[:3]}{n % 100:02d}",
                                f"{l}{f[:1]}{n % 10}", f"att.{f[:6]}", f"{f[:2]}-{l[:5]}", f"{l[:3]}{f[:3]}",
                                f"x{f[:1]}{l[:5]}", f"{f}{n % 1000}"])

    def username(self) -> str:
        return self.uid

    def email(self) -> str:
        f, l = _ascii(self.first) or "q", _ascii(self.last) or "z"
        host = self.rng.choice(["tuvamail.example.ru", "buryat-post.example.ru", "uzmail-nukus.example.uz",
                                "oaxacared.example.mx", "tigo-correo.example.gt", "hondutel-mail.example.hn",
                                "flamingo-mail.example.cw", "cvmovel-mail.example.cv", "cws-mail.example.sc",
                                "emtel-mail.example.mu", "smart-sulat.example.ph", "minang-net.example.id",
                                "goa-online.example.in", "ranchi-mail.example.in", "manipur-net.example.in",
                                "khasi-hills.example.in", "zoram-mail.example.in", "hokkai-net.example.jp",
                                "ryukyu-mail.example.jp", "zuid-post.example.nl", "venda-mail.example.za",
                                "mtc-post.example.na", "bluesky-mail.example.ck", "niue-telecom.example.nu",
                                "ntamar-mail.example.mh", "fsm-mail.example.fm", DOMAIN])
        return self.rng.choice([f"{f}.{l}@{host}", f"{f[:1]}{l}@{host}", f"{l}.{f}{self.rng.randrange(1, 99)}@{host}",
                                f"{f}-{l}@{host}", f"{f.upper()}.{l.upper()}@{host}", f"{l}_{f[:3]}@{host}",
                                f"{f}.{l}+lift@{host}", f"{f}{l[:1]}{self.rng.randrange(70, 99)}@{host}"])

    def email_obf(self) -> str:
        f, l = _ascii(self.first) or "q", _ascii(self.last) or "z"
        return self.rng.choice([f"{f}.{l} собака tuvamail точка example точка ru",
                                f"{f}{l[:1]} arroba oaxacared punto example punto mx",
                                f"{l} (arroba) tigo-correo (punto) example (punto) gt",
                                f"{f}_{l} at smart-sulat dot example dot ph",
                                f"{l}.{f} [at] goa-online [dot] example [dot] in",
                                f"{f} {l} @ zuid-post . example . nl",
                                f"{f}.{l} apenstaartje zuid-post punt example punt nl",
                                f"{l}{f[:1]} <at> emtel-mail <dot> example <dot> mu",
                                f"{f}(dot){l}(at)hokkai-net(dot)example(dot)jp",
                                f"{f}.{l} at-sign ntamar-mail dot example dot mh",
                                f"{l}-{f} AT mtc-post DOT example DOT na",
                                f"{f} dot {l} at bluesky-mail dot example dot ck (all lower case)",
                                f"{f}.{l}＠ryukyu-mail.example.jp"])

    def host(self) -> str:
        """A station's, cabin's or attendant's device; some carry the owner's name or account."""
        l, f = (_ascii(self.last) or "z").lower(), (_ascii(self.first) or "q").lower()
        p = self.rng.choice(PLANTS)
        n = self.rng.randrange(1, 99999)
        kind = self.rng.choice(["DRV", "KSK", "TS", "WS", "RAD", "NB"])
        return self.rng.choice([
            f"{p}-{kind}-{n % 100:02d}", f"{kind.lower()}{n % 1000:03d}.{p.lower()}.{DOMAIN}", f"nb-{l[:7]}",
            f"{f}s-thinkpad", f"{p.lower()}-{kind.lower()}{n % 100:02d}.{SHORT}.corp", f"{l[:5]}{f[:1]}-ws",
            f"drive{n % 9}-{p.lower()}", f"tower{n % 40:02d}.{p.lower()}.{DOMAIN}", f"{f[:4]}-tab{n % 10}.{SHORT}.lan",
            f"turnstile{n % 16:02d}.{DOMAIN}", f"{SHORT}{p.lower()}{n % 100:02d}", f"{self.rng.choice(BARE)}{n % 10}",
            f"{self.rng.choice(BARE)}-{p.lower()}", f"{p}KIOSK{n % 20:02d}"])


def _otp(rng: random.Random) -> str:
    n = str(rng.randrange(100_000_000, 999_999_999))
    letters = "".join(rng.choice("ABCDEFGHKMNPQRSTUVWXYZ2345789") for _ in range(rng.choice([6, 7, 8])))
    return rng.choice([n[:6], n[:6], n[:6], n[:4], n[:7], f"{n[:3]}-{n[3:6]}", f"{n[:2]} {n[2:4]} {n[4:6]}",
                       f"{n[:4]}-{n[4:8]}", f"Q-{n[:6]}", letters, f"{letters[:4]} {letters[4:]}",
                       f"G-{n[:5]}", f"{n[:6]}#"])


_PW_WORDS = ["Yenisei", "Baikal", "Manych", "Amudarya", "Monte Albán", "Yucatán", "Atitlán", "Cangrejal", "Punda",
             "Fogo", "Morne", "Pieter Both", "Guimaras", "Singgalang", "Mandovi", "Hundru", "Loktak", "Umiam",
             "Tlawng", "Hakodate", "Shuri", "Geul", "Mutale", "Auas", "Raemaru", "Laura", "Tonoas",
             "gondola", "sheave", "cabin", "pylon", "bullwheel", "carabiner", "ridge", "cable"]
_PW_CHARS = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789!@#$%&*-_=+?~^"


def _password(rng: random.Random) -> str:
    """Passwords of the kinds people choose, agents set and generators print."""
    w = rng.choice(_PW_WORDS).replace(" ", "")
    a, b = (x.lower().replace(" ", "") for x in rng.sample(_PW_WORDS, 2))
    gen = "".join(rng.choice(_PW_CHARS) for _ in range(rng.choice([9, 12, 14, 18, 24])))
    year = rng.choice([2035, 2036, 2037])
    return rng.choice([
        gen, gen, gen, f"{w}#{year}", f"{w}{rng.randrange(10, 99)}!!", f"{a}-{b}-{rng.randrange(100, 999)}",
        f"{w.upper()}{rng.randrange(1, 9)}{rng.choice('$%&')}", f"{w[:4]}{rng.randrange(1000, 9999)}{w[-1].upper()}",
        f"Winter{year}!", f"{a}{b.capitalize()}{rng.randrange(1, 99)}", f"{rng.randrange(1, 9)}{w}{rng.choice('?*')}",
        f"Lift{rng.randrange(1000, 9999)}", f"{a.capitalize()}_{b.capitalize()}", f"{gen[:4]}.{gen[4:8]}.{gen[8:9] or 'x'}",
        f"{w}{year % 100}{w[:1].lower()}", f"{a}{rng.choice('@&')}{b}"])


def _staff(rng: random.Random) -> str:
    """Staff numbers of the operator's payroll, the rope-inspection crews and the seasonal attendants."""
    return rng.choice([f"QN{rng.randrange(10_000, 99_999)}", f"RW-{rng.choice(PLANTS)}-{rng.randrange(0, 999):03d}",
                       f"{rng.randrange(100, 999)}-{rng.randrange(1000, 9999)}-{rng.choice('ABCDK')}",
                       f"ATT{rng.randrange(2030, 2037)}{rng.randrange(100, 999)}", f"P/{rng.randrange(10000, 99999)}",
                       f"{rng.choice('KMT')}{rng.randrange(100000, 999999)}", str(rng.randrange(60_000_000, 69_999_999)),
                       f"{rng.choice(PLANTS)}.{rng.randrange(1000, 9999)}", f"SEAS-{rng.randrange(100, 999)}{rng.choice('XYZ')}",
                       f"00{rng.randrange(10000, 99999)}"])


def _values(person: Person, rng: random.Random) -> dict:
    """Slot name -> (value, kind of personal data or None)."""
    ext = str(rng.randrange(10, 9999))
    hh, mm, ss = rng.randrange(0, 24), rng.randrange(60), rng.randrange(60)
    srv = rng.choice(["ropedb-01", "kiosk-api", "fs-stations", "sso-qnrf", "radius-cab", "bastion-qn"])
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
        "bare": (f"{rng.choice(BARE)}{rng.randrange(1, 30)}", "hostname"),
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
    "Set a throwaway one for him, {password}, the system makes him choose a new one tomorrow.",
    "Temp creds issued -> {password} (expires at end of shift)",
    "I've put {password} on it for now; ring me once you've changed it",
    "New one-off value for the kiosk login: {password}",
    "keyed in {password} three times at the bottom station, then {password2}, both bounced",
    "pretty sure mine was {password} before the holidays",
    "the control cabin PC just ignores {password}",
    "read it out over channel 3: {password}",
    "gave the rope crew lead {password} so the tension log could be signed, only for today",
    "old {password} / new {password2}",
    "pwd: {password}",
    "KIOSK_SECRET={password}",
    "login {user} + {password}",
    "{user}:{password}",
    "turnstile service login is {user}, key {password}",
    "someone wrote {password} on masking tape under the keyboard of {host}",
    "she dropped `{password}` in the attendants' group, please kill it",
    "[{time}] {user}: try {password}\n[{time2}] {user2}: nope",
    "[{time}] {user}: {password}\n[{time2}] {user}: wrong window, ignore",
    "{time} {first}: switched to {password}, the handheld still asks for the old one",
    "<{user}> radio hut one is {password}",
    "rope.db.pass = {password}",
    "  password: \"{password}\"",
    "postgresql://{user}:{password}@ropedb-01:5432/tension",
    "[Service]\nEnvironment=KIOSK_USER={user}\nEnvironment=KIOSK_PASS={password}",
    "[smtp]\nuser = {user}\npass = {password}",
    "mysql -u {user} -p'{password}' tickets",
    "curl -u {user}:{password} https://kiosk-api.{DOMAIN}/v2/turnstiles",
    "net user {user} {password} /domain",
    "Set-ADAccountPassword -Identity {user} -NewPassword (ConvertTo-SecureString '{password}' -AsPlainText -Force) -Reset",
    "Түр пароль: {password}",
    "Түр зуурын нюуса үгэ: {password}",
    "Дәкәд пароль: {password}",
    "Waqtınsha parol: {password}",
    "Contraseña temporal: {password}",
    "Xtzij re ewaxik: {password}",
    "Ayanuha lídaba: {password}",
    "Kontraseña temporal: {password}",
    "Senha provisóriu: {password}",
    "Modpas tanporer: {password}",
    "Password temporario: {password}",
    "Kato kunci sementara: {password}",
    "Tatpurto utor: {password}",
    "ᱥᱟᱢᱟᱝ ᱯᱟᱥᱣᱟᱨᱰ: {password}",
    "ꯃꯇꯝ ꯈꯔꯒꯤ ꯄꯥꯁꯋꯥꯔꯗ: {password}",
    "Ka password shipor: {password}",
    "Password hun rei chhung: {password}",
    "仮パスワード：{password}",
    "Tijdelik wachwaord: {password}",
    "Phasiwede ya tshifhinganyana: {password}",
    "Ondjatwa yopeke: {password}",
    "Kai rikitanga: {password}",
    "Kupu huna: {password}",
    "Password eo ejjab pen: {password}",
    "{name} swears it's {password}, unless it's {password2}",
    "after the reset {user} got through with {password}, closing this",
    "please stop e-mailing {password} around in clear text",
    "{password}",
    "{password}\n(exactly as typed, case and all, still refused)",
    "it is {password} with a zero not an O",
    "he typed {password} into the username box so now it's in the kiosk history",
    "tried the one from the envelope ({password}), didn't work",
    # postal addresses: one line, several lines, with and without cue words, in signatures
    "Please courier the replacement radio to {address}",
    "Home: {address}",
    "new address from next month -> {address}",
    "{address}",
    "I'm staying with my sister at {address} until the season opens",
    "return the handheld to\n{addr1}\n{addr2}\n{addr3}",
    "{name}\n{addr1}\n{addr2}\n{addr3}",
    "Ship to:\n{name}\n{addr1}, {addr2}\n{addr3}\nTel {phone}",
    "Адрес: {address}",
    "Адрис: {address}",
    "Dirección: {address}",
    "Adrès: {address}",
    "Adres: {address}",
    "Enderesu: {address}",
    "Adres lakaz: {address}",
    "Alamat rumah: {address}",
    "Ghor: {address}",
    "住所: {address}",
    "Adres: {address} (neet mie bie de mam)",
    "Aderese: {address}",
    "Kāinga: {address}",
    "moved from {address} to {address2} over the winter",
    "the lost-property parcel went to {address}, that's my uncle's",
    "Best,\n{name}\nRope Inspector, {site}\n{address}\nCell {phone}",
    "Saludos,\n{first} {last}\n{addr1}\n{addr3}",
    "Masi danki,\n{name}\n{address}\nTel. {phone_nat}",
    "Mersi,\n{first}\n{address}",
    "よろしくお願いします\n{name}\n{addr1}\n{addr2}\n{addr3}",
    "Kommo meitaki,\n{name} | {address}",
    "Ndaa,\n{name}\n{addr1}\n{addr2}",
    "{name} · {site} · {address} · {phone_ext}",
    # usernames: prose, parentheses, command output, paths, e-mail-like forms
    "{user} can't open the tension log since Monday",
    "unlock {user} please, he's up on tower 6",
    "the seasonal attendant (account {user}) sees the wrong rota",
    "User ID: {user}",
    "acct {user} disabled by mistake?",
    "log on as {user} and check the kiosk queue",
    "on the kiosks I'm {user}, on the workshop PC I'm {user2}",
    "mail to {user}@{DOMAIN} bounces",
    "sign in with {user}@{SHORT}.corp",
    "{user}@{DOMAIN} missing from the GAL",
    "{AD}\\{user} gets access denied on \\\\fs-stations\\drills",
    "C:\\Users\\{user}\\Desktop\\rope_readings.xlsx is locked for editing",
    "/home/{user}/tension/2035-06.csv gone",
    "\\\\fs-stations\\profiles$\\{user}.V6 corrupt",
    "$ id {user}\nuid=24117({user}) gid=3100(ropecrew) groups=3100(ropecrew),27(sudo)",
    "$ getent passwd {user}\n{user}:x:24117:3100:{name}:/home/{user}:/bin/bash",
    "$ w\n USER     TTY      FROM             LOGIN@   IDLE   WHAT\n {user}   pts/1    {ip}     {time}    0.00s  -bash",
    "$ last {user} | head -2\n{user}  pts/0  {ip}  Tue Jun  3 {time} - {time2}  (00:03)",
    "C:\\> net user {user} /domain\nUser name                    {user}\nFull Name                    {name}\nAccount active               No",
    "PS> Get-ADUser {user}\nDistinguishedName : CN={name},OU=Attendants,DC={SHORT},DC=corp\nSamAccountName    : {user}",
    "$ klist\nDefault principal: {user}@{AD}.CORP",
    "$ du -sh /home/{user}\n14G\t/home/{user}",
    "smbstatus -u {user}\n{pid}  {user}  ropecrew  {ip} (ipv4:{ip}:{port})",
    "Jun  3 {sec} drive-kyz sshd[{pid}]: Failed password for {user} from {ip} port {port} ssh2",
    "username {user} already exists in the rota app",
    "hand the rota entries of {user} to {user2}",
    "({user}) joined the channel #tower-night",
    "the ticket says 'requested by {user}' but it was me",
    # staff ids
    "Staff no. {staff}",
    "badge {staff} won't open the drive hall door",
    "inspector {staff} can't sign the rope log",
    "employee id {staff} - {name}",
    "number {staff} belongs to {name2}, not to me",
    "Payroll id: {staff}",
    "Табельный номер: {staff}",
    "Ajılıqshı nomeri: {staff}",
    "Número de empleado: {staff}",
    "Número di empleado: {staff}",
    "Numéro matricule: {staff}",
    "Nomor karyawan: {staff}",
    "社員番号 {staff}",
    "Personeelsnómmer {staff}",
    "Nomboro ya mushumo: {staff}",
    "{staff} {LAST} {first}",
    "his number is {staff}, the system shows {staff2}",
    "seasonal contract {staff} ends Friday",
    # host names in prose under the domain and as bare machine names
    "{host} lost the mapped drill folder after updates",
    "please reimage {host}, it was {name}'s",
    "{host} doesn't reply to ping but {host2} does",
    "My notebook is {host}; the kiosk at the lower station is {host2}.",
    "RDP to {host} works, to {host2} it doesn't",
    "the box called {bare} rebooted itself twice last night",
    "on {bare} the ticket service stopped at {time}",
    "the machine named {bare} in the drive hall shows a blue screen",
    "can someone look at {bare}? fans screaming",
    "we moved the tension logger from {bare} to {host}",
    "affected: {host}, {host2}, {bare}",
    "- {host}\n- {host2}\n- {bare}",
    "{sec} {bare} kioskd[{pid}]: service stopped (exit 1)",
    "> nslookup {host}\nServer:  dns1.{DOMAIN}\nName:    {host}\nAddress: {ip}",
    "ping {host} -> Request timed out.",
    "copied {name}'s drill videos from {host} to {host2}",
    "{host} ({mac}) keeps dropping off the station wifi",
    "the turnstile PC {host} prints last week's date, {host2} beside it is fine",
    "install the rota client on {host} for {first}",
    "{name} has {host} now; {host2} goes back to stores",
    "tracert {host}\n  1    <1 ms  gw.{SHORT}.corp\n  2     *      Request timed out.",
    "the anemometer posts to {host} every minute, nothing since 04:00",
    "forward it to my own address {email}",
    "the rider's mail in the complaint is {email_obf}, it bounces",
    # names in every case and order
    "{name} called about the kiosks at the top",
    "Call from {LAST} {first}, attendant at {site}",
    "{FIRST} {LAST} can't print the day passes",
    "spoke with {lower} at the lost-property desk",
    "cc {name2} (shift lead)",
    "logged on behalf of {name}",
    "{first_plain} {LAST} has left, disable please",
    "{last}, {first} - seasonal since 2033",
    "Caller: {name}\nAffected: {name2}",
    "Mrs {last} says the kiosk hangs",
    "hi {first}, all reset now",
    "Cheers {first_plain}!",
    "{LAST} phoned twice, no ticket number",
    # e-mails, phones, one-time codes
    "reply to {email}",
    "private mail {email_obf}",
    "use {email_obf} please, not the work one",
    "From: {name} <{email}>",
    "call me on {phone}",
    "mobile {phone_nat}",
    "desk {phone_ext}",
    "тел. {phone_nat}",
    "tel. {phone}",
    "電話 {phone_nat}",
    "WhatsApp {phone}",
    "the code was {otp}",
    "the SMS said {otp}",
    "he read me {otp} but it had expired",
    "verification code {otp}",
    "Código de verificación: {otp}",
    "確認コード {otp}",
    "Kode verifikasi {otp}",
    "Код подтверждения {otp}",
    "the kiosk app sent {otp}, then a second code",
    # mixed records
    "{name} | {staff} | {user} | {phone}",
    "staff;login;host;ip\n{staff};{user};{host};{ip}",
    "attendant:\n  name: {name}\n  login: {user}\n  staff: {staff}\n  phone: \"{phone}\"",
    "<tr><td>{name}</td><td>{user}</td><td>{address}</td></tr>",
    "RIDER_NAME={name}\nRIDER_MAIL={email}\nRIDER_PHONE={phone}",
    '{"attendant": "{name}", "login": "{user}", "otp": "{otp}"}',
    "?login={user}&staff={staff}&ret=%2Fshifts",
    "| Name | {name} |\n| Login | {user} |\n| Staff | {staff} |\n| Address | {address} |",
    "season pass refund to card {card}",
    "dhcpd: DHCPACK on {ip} to {mac} ({host}) via vlan117",
    "Jun  3 {sec} bastion-qn sshd[{pid}]: Invalid user {user} from {ip} port {port}",
    "radiusd: Login incorrect (pap): [{user}] (from client cab-ap port 0 cli {mac})",
]

# Look-alikes that are not personal data: (kind, text, the text that must stay).
DECOYS = [
    ("firm", "Quillfeather-Nakashima Ropeways & Funiculars annual safety report attached.", "Quillfeather-Nakashima Ropeways & Funiculars"),
    ("cabin", "Cabin 17 door sensor faulty.", "Cabin 17"),
    ("tower", "Tower T-09 lamp out.", "Tower T-09"),
    ("reading", "rope tension 412 kN at the drive", "412 kN"),
    ("reading", "wind 18.5 m/s at the top station", "18.5 m/s"),
    ("reading", "sheave bearing at 71 °C", "71 °C"),
    ("turnstile", "turnstile TS-04 rejects QR passes", "TS-04"),
    ("order", "PO 4500127736 for grease", "4500127736"),
    ("ticket", "duplicate of INC0708815", "INC0708815"),
    ("ticket", "change CHG0091274 approved", "CHG0091274"),
    ("ticket", "see RITM0043318", "RITM0043318"),
    ("asset", "Asset QNR-IT-003418 returned.", "QNR-IT-003418"),
    ("asset", "serial PF3KX21B on the notebook", "PF3KX21B"),
    ("version", "RopeLog 5.2.7 rolled out.", "5.2.7"),
    ("version", "kiosk firmware v3.0.12-rc1", "v3.0.12-rc1"),
    ("error_code", "drive panel shows F-2231.", "F-2231"),
    ("error_code", "Windows error 0x8007052E", "0x8007052E"),
    ("error_code", "the app says HTTP 502", "HTTP 502"),
    ("room", "Room B-112 projector dead.", "B-112"),
    ("room", "meet in the Condor Room", "Condor Room"),
    ("room", "workshop bay 3A too cold", "3A"),
    ("amount", "ticket MXN 120.00 refunded", "MXN 120.00"),
    ("amount", "paid ANG 15,50 at the gate", "ANG 15,50"),
    ("amount", "JPY 1,800 round trip", "JPY 1,800"),
    ("amount", "NAD 95 per family pass", "NAD 95"),
    ("date", "Rope inspection on 2035-06-14.", "2035-06-14"),
    ("date", "closed 14.06.2035", "14.06.2035"),
    ("time", "Lifts start at 07:45.", "07:45"),
    ("product", "The Doppelmayr Connect panel froze.", "Doppelmayr Connect"),
    ("product", "Zebra ZC300 card printer smears", "Zebra ZC300"),
    ("product", "Motorola DP4801e radio won't charge", "Motorola DP4801e"),
    ("product", "Getac F110 tablet screen cracked", "Getac F110"),
    ("product", "Axis Q6135-LE camera offline", "Axis Q6135-LE"),
    ("product", "Microsoft Surface Pro 9 dock", "Surface Pro 9"),
    ("file", "see tension_2035-06.csv", "tension_2035-06.csv"),
    ("file", "installer RopeLog-5.2.7-setup.exe", "RopeLog-5.2.7-setup.exe"),
    ("file", "log at /var/log/kioskd/kioskd.log", "/var/log/kioskd/kioskd.log"),
    ("server", "restarted ropedb-01 at 5", "ropedb-01"),
    ("server", "kiosk-api slow again", "kiosk-api"),
    ("server", "cert on sso.quillfeather-nakashima.example.net expires", "sso.quillfeather-nakashima.example.net"),
    ("mailbox", "write to lostproperty@quillfeather-nakashima.example.net", "lostproperty@quillfeather-nakashima.example.net"),
    ("mailbox", "alerts from noreply-kiosk@quillfeather-nakashima.example.net", "noreply-kiosk@quillfeather-nakashima.example.net"),
    ("mailbox", "servicedesk@quillfeather-nakashima.example.net is right", "servicedesk@quillfeather-nakashima.example.net"),
    ("account", "log in as Administrator only in safe mode", "Administrator"),
    ("account", "the Guest account on the kiosks", "Guest"),
    ("account", "service account svc-ropelog locked", "svc-ropelog"),
    ("account", "cron runs as root", "root"),
    ("account", "nobody owns the tmp files", "nobody"),
    ("account", "SYSTEM holds the file open", "SYSTEM"),
    ("account", "the krbtgt password was rotated", "krbtgt"),
    ("account", "postgres user owns the db", "postgres"),
    ("place", "storm over Kyzyl", "Kyzyl"),
    ("place", "road closed near Tlaxiaco", "Tlaxiaco"),
    ("place", "power cut in Curepipe", "Curepipe"),
    ("place", "ferry from Guimaras late", "Guimaras"),
    ("place", "landslide near Cherrapunji", "Cherrapunji"),
    ("place_surname", "training in Lincoln", "Lincoln"),
    ("place_surname", "parts from Chester", "Chester"),
    ("place_surname", "visitors from Austin", "Austin"),
    ("place_surname", "tour group from Sydney", "Sydney"),
    ("place_surname", "seminar in Regina", "Regina"),
    ("person_like", "the Santa Cruz line", "Santa Cruz"),
    ("person_like", "San Jerónimo station", "San Jerónimo"),
    ("person_like", "Port Louis harbour", "Port Louis"),
    ("person_like", "Mount Victoria lookout", "Mount Victoria"),
    ("label_value", "Priority: 3 - Moderate", "3 - Moderate"),
    ("label_value", "Category: Ticketing / Kiosks", "Ticketing / Kiosks"),
    ("label_value", "Assignment group: QN-Station-IT", "QN-Station-IT"),
    ("policy", "codes are valid for 90 seconds", "90 seconds"),
    ("policy", "passwords need 16 characters", "16 characters"),
    ("count", "3,150 riders on Saturday", "3,150"),
    ("speed", "line speed 6.0 m/s", "6.0 m/s"),
    ("keys", "press Ctrl+Alt+Del", "Ctrl+Alt+Del"),
    ("ssid", "QN-Crew-5G drops", "QN-Crew-5G"),
    ("ssid", "riders use QN-Ride-Free", "QN-Ride-Free"),
    ("word", "the Reset Kiosk PIN button is grey", "Reset Kiosk PIN"),
    ("word", "Print Day Pass does nothing", "Print Day Pass"),
    ("vlan", "move the panel to VLAN 117", "VLAN 117"),
    ("subnet", "station subnet 10.118.0.0/16", "10.118.0.0/16"),
    ("version_ip", "agent build 7.1.402.9", "7.1.402.9"),
    ("commit", "rolled back to c41a7e2", "c41a7e2"),
    ("duration", "evacuation drill took 1 h 40 min", "1 h 40 min"),
    ("step", "step 3 of 7 fails", "step 3 of 7"),
    ("grid", "span between towers 11 and 12", "towers 11 and 12"),
    ("barcode", "barcode 8712345678906 won't scan", "8712345678906"),
    ("channel", "switch to radio channel 5", "channel 5"),
]

SUBJECTS = ["Kiosk login refused", "Locked out of the control cabin PC", "SMS code never arrives",
            "Handheld wants a sign-in", "Tension log blank", "Drive panel offline", "New attendant needs an account",
            "Card printer jammed", "Turnstile rejects passes", "Anemometer not reporting", "VPN from the top station",
            "No wifi in the drive hall", "Day pass misprinted", "Radio lost on the line"]
NAME_SUBJECTS = ["Account for new attendant {name}", "{LAST} {first} locked out", "{user} can't sign in",
                 "{host} off the network", "Unlock {user}", "FW: notebook for {name}", "Staff no {staff} missing in payroll",
                 "Block {ip}", "Reset {user} + {user2}", "{first_plain} - tension log blank", "{lower} can't get in",
                 "New password for {name} ({staff})", "New SIM for {name} {phone_nat}", "Ship radio to {address}",
                 "{name}", "re: {first} {LAST}", "{bare} down again", "{LAST}"]
LEADS = ["Экии,", "Сайн байна,", "Мендвт,", "Assalawma áleykum,", "Padiuxi,", "Xin chao,", "Saqarik,", "Buiti binafi,",
         "Bon dia,", "Bon dia,", "Bonzour,", "Bonzour,", "Maayong aga,", "Salamaik,", "Dev borem dium,", "ᱡᱚᱦᱟᱨ,",
         "ꯈꯨꯔꯨꯝꯖꯔꯤ,", "Khublei,", "Chibai,", "お疲れ様です,", "Haisai,", "Hoi,", "Ndaa,", "Wa penduka,", "Kia orana,",
         "Fakaalofa lahi atu,", "Iọkwe,", "Ran annim,", "", "", "Radio log, control cabin:", "From the attendants' chat:",
         "Rope inspection shift note:"]
NOTES = ["Решено.", "Шиидхэгдэбэ.", "Sheshildi.", "Resuelto.", "Xtzolitaj.", "Resolvé.", "Solushoná.", "Rezolvid.",
         "Rezoud.", "Nasolbar na.", "Salasai.", "Sodoilo.", "ᱥᱟᱯᱲᱟᱣ.", "Khatlak.", "Lei ta.", "解決済み。", "Opgelost.",
         "Zwo lugiswa.", "Kua oti.", "Fixed.", "Closed after remote session."]


def build(count: int = 2000, seed: int = 2047) -> list[dict]:
    """The tickets with their truth."""
    from suggest_data.make import PiiBankPlan, build_pii_bank

    return build_pii_bank(PiiBankPlan(
        person=Person, values=_values, render=_render, probes=PROBES, decoys=DECOYS,
        subjects=SUBJECTS, leads=LEADS, notes=NOTES, start=dt.datetime(2035, 6, 2, 6, 40, 0), minutes=37,
        first_number=8_340_000, decoy_counts=(1, 2, 3, 3, 4, 5, 6, 8),
        name_subjects=NAME_SUBJECTS, name_subject_rate=0.2), count, seed)


def write(out: Path, count: int = 2000, seed: int = 2047) -> None:
    """Write ``pii.csv`` and ``pii-truth.jsonl`` into ``out``."""
    pii_heldout3.write(out, count, seed, build=build)


def main() -> None:
    pii_heldout3.main(write, 2047, __doc__)


if __name__ == "__main__":
    main()
