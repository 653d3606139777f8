"""NINETEENTH HELD-OUT personal-data bank (v19): FROZEN. Written by a separate helper who never read
kbgen's rule code, before round 19's tuning; the tuners never see it. Only its aggregate figures are
read, once, after the round's merge.

    python3 bench/suggest_data/pii_heldout19.py OUT_DIR [--count 2000] [--seed 1931]

A fictional network of botanic gardens and seed vaults ("Calderhook-Ibarrola Botanic Gardens & Seed
Vaults": glasshouses with climate controllers, a herbarium scanning room, germination labs, cold seed
vaults, a plant-passport print room, visitor ticket gates and a volunteers' rota office in Finnmark
(Sámi), Yakutia (Sakha), Assam, West Java, Bali, Ilocos, Guam, Palau, Minnesota's Hmong community,
Burundi, Araucanía, the Cherokee Nation in Oklahoma, Asturias, Kashubia, Karelia, Kiribati, Tuvalu and
North Ossetia) writes description-bearing tickets. Every name, value and phrasing is invented for
kbgen. Cue words in Northern Sámi and Norwegian, Sakha (Cyrillic), Assamese (Bengali-Assamese script),
Sundanese, Balinese and Indonesian, Ilocano and Filipino, Chamorro, Palauan, Hmong, Kirundi and
French, Mapudungun and Chilean Spanish, Cherokee (syllabary), Asturian, Kashubian and Polish, Karelian
and Finnish, Gilbertese, Tuvaluan, Ossetian (Cyrillic) and Russian beside plain English.
Weighted to passwords (set by an agent as a temporary value, tried by a gardener or volunteer, read
out in a call, in chat, in pasted configs and connection strings, in other languages, with no cue word
near them), postal addresses (European, US, Latin American, Pacific, African and Asian forms, with and
without cue words, on one line and over several lines, inside signatures), usernames (in prose, in
brackets, in command output, in paths, in e-mail-like forms), staff and volunteer numbers, and host
names in prose under the organisation's own domain; also names in every case and order, obfuscated
e-mails, phones of many regions and one-time codes.
Structures: call transcripts, volunteers' chat with handles as speaker labels, glasshouse night logs,
agent notes, forwarded mails with signatures, form dumps (TOML, XML, env files, JSON, CSV, markdown
tables), pasted command output (whoami, finger, lastlog, Get-LocalUser, quser, query session, ls -ld,
ps, pam logs), config pastes, and many look-alikes that must stay (glasshouse and vault numbers,
accession numbers, Latin plant names, seed-lot codes, humidity readings, ticket-gate ids, asset tags,
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

DOMAIN = "calderhook-ibarrola.example.org"
SHORT = "cibg"
AD = "CIBGSV"

FIRST = """Máret Ánde Biret Niillas Elle Sárá Uljana Kesha Nyurgun Sardaana Aital Bhaskar Jonali Pranjal Rituparna Dipankar
Asep Euis Cucu Ujang Neneng Wayan Ketut Nyoman Made Luh Marites Rogelio Dionisio Lourdes Jesusa Joaquin Tåsi Ana-Lisa
Ignacio Kuniwo Ngiraikelau Dirraklang Yer Pa Houa Tou Mai Ntxhi Nduwimana Claudine Gaspard Euphrasie Ayelen Millaray Lautaro
Rayen Wenona Sequoyah Talitha Noah-Wade Xuan Covadonga Pelayo Xuacu Nel·la Bôżena Kaszëber Jãn Grzegòrz Aino Tuomo
Iivana Teboranga Tekarei Taulima Fakavae Alan Zarina Soslan Fatima""".split()
LAST = """Gaup Sara Eira Somby Turi Nikolaeva Ivanova-Sakha Arkhipov Nogovitsyn Baruah Bordoloi Gogoi Hazarika Saikia
Suryadi Kurniawan Sukmawati Rahayu Sudarsana Wirawan Ardana Pascua Agbayani Ramones Ulep Camacho Cruz-Taitano Santos-Quitugua
Borja Ngirmang Rengiil Tellei Vang Xiong Lor Thao Moua Ndayishimiye Niyonzima Hakizimana Kawell Huenchumilla Painemal
Catrileo Sixkiller Oosahwe Fourkiller Soap Fernández-Cuesta Menéndez Cueto Ximénez de la Riva Kòwalczik Bòrzëszkòwsczi
Trepczyk Nurmi Kettunen Lampinen Teaero Tekanene Iosefa Dzhioev Gagloev Tsakoeva Kokoity""".split()
LAST = [n for n in LAST if n not in ("Ximénez", "de", "la", "Riva")] + ["Ximénez de la Riva"]

SITES = ["Kárášjohka tundra garden", "Yakutsk permafrost vault", "Guwahati tea-plant house", "Bandung fern glasshouse",
         "Ubud rice-terrace garden", "Vigan seed lab", "Hagåtña coastal nursery", "Koror mangrove station",
         "Saint Paul Hmong herb garden", "Gitega seed bank", "Temuco araucaria grove", "Tahlequah heritage garden",
         "Uviéu herbarium", "Kartuzy meadow garden", "Petrozavodsk bog garden", "Tarawa pandanus plot",
         "Funafuti atoll nursery", "Vladikavkaz alpine garden"]
DEPTS = ["Glasshouses", "Seed Vault", "Herbarium", "Germination Lab", "Visitor Gates", "Volunteers", "Plant Passports",
         "Horticulture", "Payroll", "Education"]
PLANTS = ["KRJ", "YKS", "GAU", "BDO", "UBD", "VGN", "HGT", "KOR", "STP", "GIT", "TMC", "TLQ", "UVI", "KRT", "PTZ",
          "TRW", "FUN", "VLK"]

PHONES_INTL = ["+47 784 61 293", "+47 917 38 406", "+7 4112 42 18 93", "+7 914 271 84 06", "+91 361 245 7180",
               "+91 98640 31725", "+62 22 420 7316", "+62 813 2074 5591", "+62 361 974 218", "+63 77 722 4180",
               "+63 917 604 2283", "+1 671 477 3092", "+680 488 2715", "+680 775 4031", "+1 651 774 2086",
               "+257 22 27 41 80", "+257 79 318 402", "+56 45 291 7740", "+56 9 7713 2048", "+1 918 456 2207",
               "+34 985 21 47 90", "+34 684 172 305", "+48 58 681 24 73", "+48 512 730 846", "+7 8142 76 31 05",
               "+686 7302 1846", "+688 20 417", "+7 8672 53 40 21", "0047 917 38 406", "(+63) 917-604-2283",
               "+7-914-271-8406", "+56 (45) 291 77 40", "+257 (0) 79 31 84 02", "+1 (918) 456-2207"]
PHONES_NAT = ["917 38 406", "8 (4112) 42-18-93", "8 914 271-84-06", "0361 2457180", "098640 31725", "(022) 4207316",
              "0813-2074-5591", "0917 604 2283", "(671) 477-3092", "488-2715", "(651) 774-2086", "79 31 84 02",
              "(45) 291 7740", "9 7713 2048", "918.456.2207", "985 21 47 90", "684 17 23 05", "58 681 24 73",
              "512-730-846", "7302 1846", "8 (8672) 53-40-21"]
EXT_FORMS = ["linje {n}", "внутр. {n}", "এক্সটেনচন {n}", "ext. {n}", "lokal {n}", "sambungan {n}", "anexo {n}",
             "ᎠᏍᏚᎢ {n}", "extensión {n}", "wew. {n}", "alanumero {n}", "poste {n}", "#{n}", "x{n}"]

# One-line postal addresses of several regions' forms (with and without house names, PO boxes, wards).
ADDRESSES = [
    "Gáregasnjárga 14, 9730 Karasjok", "Postboks 118, 9735 Karasjok", "ул. Орджоникидзе 27, кв. 41, Якутск 677000",
    "пр. Ленина 9/2-16, 677027 Якутск", "House No. 23, Bylane 4, Zoo Road, Guwahati 781024",
    "Flat 3B, Ganeshguri Path, Dispur, Assam 781006", "Jl. Cihampelas No. 148, Bandung 40131",
    "Gg. Anggrek 7, Jl. Dipatiukur, Bandung", "Br. Tegallalang, Jl. Raya Ubud No. 44, Gianyar, Bali 80571",
    "Blk 12 Lot 5, Brgy. Ayusan Norte, Vigan City, Ilocos Sur 2700", "Purok 3, Brgy. 9, Laoag City 2900",
    "142 Chalan San Antonio, Tamuning, GU 96913", "PO Box 22418, GMF Barrigada, GU 96921",
    "Ngerkebesang Hamlet, Koror, Palau 96940", "P.O. Box 1604, Koror, PW 96940",
    "1188 Payne Ave, Apt 3, Saint Paul, MN 55130", "Avenue de l'Université 21, Quartier Magarama, Gitega",
    "BP 2710 Bujumbura, Burundi", "Pasaje Los Copihues 0418, Villa Alegre, Temuco",
    "Camino a Labranza km 4, Parcela 17, Temuco, Araucanía", "1604 S Muskogee Ave, Tahlequah, OK 74464",
    "Rural Route 2 Box 318, Park Hill, OK 74451", "Calle Uría 32, 4º D, 33003 Oviedo",
    "Barrio La Pola 6, 33930 Llangréu, Asturies", "ul. 3 Maja 19/2, 83-300 Kartuzy",
    "ул. Кирова 14, кв. 8, Петрозаводск 185035", "Bairiki, Tarawa, Kiribati (near the Teaoraereke church)",
    "Vaiaku, Fongafale, Funafuti", "ул. Маркуса 40, Владикавказ 362040",
]
# Addresses written over several lines (each line its own span), as in signatures and parcel labels.
ADDRESS_LINES = [
    ("Boaššoluodda 3", "9730 Kárášjohka", "Norga"),
    ("ул. Кирова 18, кв. 52", "г. Якутск", "677000"),
    ("C/o Hazarika Villa, Rupnagar", "Lachit Nagar", "Guwahati 781007"),
    ("Jl. Sukajadi No. 212", "Kel. Pasteur", "Bandung 40161"),
    ("Unit 7, Ypao Road 301", "Tamuning", "GU 96913"),
    ("Apartment 12, 640 Jackson St", "Saint Paul, MN", "55101"),
    ("Villa Los Aromos, Pasaje 5 #0932", "Padre Las Casas", "Temuco, Chile"),
    ("412 Keetoowah St", "Apt 2", "Tahlequah OK 74464"),
    ("Calle Gascona 11, 2º izq.", "33001 Uviéu", "Asturies"),
    ("ul. Gdańska 45 m. 6", "83-300 Kartuzy", "Polska"),
    ("Lot 88, Eita village", "South Tarawa", "Kiribati"),
    ("пр. Мира 22, кв. 9", "Владикавказ", "362027 РСО-Алания"),
]


def _mac(rng: random.Random) -> str:
    """A MAC address as climate controllers, ticket gates and phones print it."""
    raw = "".join(rng.choice("0123456789abcdef") for _ in range(12))
    raw = raw.upper() if rng.random() < 0.5 else raw
    form = rng.choice([0, 1, 2])
    if form == 2:
        return ".".join(raw[i:i + 4] for i in range(0, 12, 4))
    return ["-", ":"][form].join(raw[i:i + 2] for i in range(0, 12, 2))


def _ip(rng: random.Random) -> str:
    """An address of a glasshouse controller, a garden office, a volunteer's home line or a vault sensor."""
    return rng.choice([f"10.{rng.randrange(60, 99)}.{rng.randrange(0, 255)}.{rng.randrange(2, 254)}",
                       f"172.{rng.randrange(16, 31)}.{rng.randrange(0, 255)}.{rng.randrange(2, 254)}",
                       f"192.168.{rng.randrange(100, 200)}.{rng.randrange(2, 254)}",
                       f"{rng.choice([31, 46, 58, 95, 112, 124, 152, 186])}.{rng.randrange(0, 255)}.{rng.randrange(0, 255)}.{rng.randrange(2, 254)}"])


class Person:
    """One person with the values a ticket may give about them."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.first = rng.choice(FIRST)
        self.last = rng.choice(LAST)
        self.uid = self._username()

    def name(self) -> str:
        f, l, r = self.first, self.last, self.rng.random()
        forms = [(0.2, f"{f} {l}"), (0.28, f"{l}, {f}"), (0.36, f"{l.upper()} {f}"), (0.43, _plain(f"{f} {l}")),
                 (0.5, f"{f} {l}".upper()), (0.56, f"{f[0]}. {l}"), (0.62, f"{l} {f}"),
                 (0.69, f"{f} {l}".lower()), (0.74, f"{f} {l[:1]}."), (0.79, f"{l.upper()}, {f}"),
                 (0.84, f"{_plain(l).lower()} {_plain(f).lower()}"), (0.88, f"{f} ({l})"),
                 (0.92, f"Ms {l}"), (0.96, f"{f[0]}.{l[0]}. {l}"), (1.0, f"{l}/{f}")]
        return next(text for limit, text in forms if r < limit)

    def _username(self) -> str:
        f, l = _ascii(self.first) or "q", _ascii(self.last) or "z"
        n = self.rng.randrange(3, 990)
        return self.rng.choice([f"{l[:6]}{f[:2]}", f"{f[:1]}.{l[:8]}", f"cb{self.rng.randrange(10_000, 59_999)}",
                                f"{f}{l}"[:14], f"{l[:4]}{f[:4]}{n % 10}", f"vol-{f[:5]}{n % 100:02d}", f"{f}-{l[:3]}",
                                f"{l[:7]}_{f[:1]}", f"{f[:2]}{l[:2]}{n:03d}", f"g.{l}"[:12], f"{f[:1]}{l[:1]}{f[1:3]}{n % 1000}"])

    def username(self) -> str:
        return self.uid

    def email(self) -> str:
        f, l = _ascii(self.first) or "q", _ascii(self.last) or "z"
        host = self.rng.choice(["telenor-post.example.no", "sakhanet-mail.example.ru", "assam-mail.example.in",
                                "telkom-surat.example.id", "pldt-koreo.example.ph", "gta-mail.example.gu",
                                "palaunet.example.pw", "lightmail.example.us", "onatel-poste.example.bi",
                                "entel-correo.example.cl", "cherokee-net.example.us", "telecable-corréu.example.es",
                                "kaszeby-poczta.example.pl", "elisa-posti.example.fi", "ataoi-mail.example.ki",
                                "tuvalu-telecom.example.tv", DOMAIN])
        return self.rng.choice([f"{f}.{l}@{host}", f"{l}{f[:1]}@{host}", f"{f}{self.rng.randrange(1, 99)}.{l}@{host}",
                                f"{f}_{l}@{host}", f"{l.upper()}.{f.capitalize()}@{host}", f"{l}-{f[:2]}@{host}",
                                f"{f}+seeds@{host}"])

    def email_obf(self) -> str:
        f, l = _ascii(self.first) or "q", _ascii(self.last) or "z"
        return self.rng.choice([f"{f}.{l} krøllalfa telenor-post punktum example punktum no",
                                f"{f}{l[:1]} (at) pldt-koreo (dot) example (dot) ph",
                                f"{l} małpa kaszeby-poczta kropka example kropka pl",
                                f"{f}.{l} arroba entel-correo punto example punto cl",
                                f"{l}.{f} собака sakhanet-mail точка example точка ru",
                                f"{f}_{l} [at] telkom-surat [dot] example [dot] id",
                                f"{f} {l} @ gta-mail . example . gu",
                                f"{l}{f[:1]} {{at}} elisa-posti {{dot}} example {{dot}} fi",
                                f"{f}.{l}@ lightmail .example .us (no spaces)",
                                f"{f} dot {l} at cherokee-net dot example dot us",
                                f"{l}-{f} AT assam-mail DOT example DOT in"])

    def host(self) -> str:
        """A garden's, vault's or volunteer's device; some carry the owner's name or account."""
        l, f = _ascii(self.last) or "z", _ascii(self.first) or "q"
        p = self.rng.choice(PLANTS)
        n = self.rng.randrange(1, 99999)
        kind = self.rng.choice(["LT", "PC", "GH", "GATE", "SCAN", "VAULT"])
        return self.rng.choice([
            f"{p}-{kind}-{n % 1000:03d}", f"{kind.lower()}{n % 100:02d}-{p.lower()}.{DOMAIN}", f"lt-{l[:8]}",
            f"{f}-macbook", f"{p.lower()}{kind.lower()}{n % 1000:03d}.{SHORT}.internal", f"{f[:1]}{l[:6]}-pc",
            f"GH{n % 60:02d}-CTRL-{p}", f"vault{n % 12:02d}.{p.lower()}.{DOMAIN}", f"{l[:5]}-tab{n % 10}.{SHORT}.lan",
            f"herb-scan{n % 20:02d}.{DOMAIN}", f"{SHORT}{p.lower()}{l[:4]}", f"gate-{p.lower()}-{n % 30:02d}"])


def _otp(rng: random.Random) -> str:
    n = str(rng.randrange(100_000_000, 999_999_999))
    letters = "".join(rng.choice("ABCDEFGHJKLMNPQRTUVWXY3467") for _ in range(rng.choice([5, 6, 8])))
    return rng.choice([n[:6], n[:6], n[:6], n[:5], n[:8], f"{n[:3]} {n[3:6]}", f"{n[:3]}.{n[3:6]}",
                       f"{n[:4]} {n[4:8]}", f"C-{n[:6]}", letters, f"{letters[:3]}-{letters[3:]}",
                       f"SV{n[:6]}", f"#{n[:6]}"])


_PW_WORDS = ["Rásttigáisá", "Lena", "Brahmaputra", "Tangkuban", "Batur", "Bantay", "Tumon", "Rock Islands", "Mississippi",
             "Ruvubu", "Llaima", "Illinois", "Naranco", "Kashubia", "Onega", "Betio", "Fongafale", "Kazbek", "orchid",
             "cycad", "lichen", "seedling", "pollen", "fern", "mangrove", "moss"]
_PW_CHARS = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789!@#$%^&*()_+=[]{}:;<>?/.,"


def _password(rng: random.Random) -> str:
    """Passwords of the kinds people choose, agents set and generators print."""
    w = rng.choice(_PW_WORDS).replace(" ", "")
    a, b = (x.lower().replace(" ", "") for x in rng.sample(_PW_WORDS, 2))
    gen = "".join(rng.choice(_PW_CHARS) for _ in range(rng.choice([10, 12, 16, 20, 32])))
    year = rng.choice([2030, 2031, 2032, 2033, 2034])
    return rng.choice([
        gen, gen, gen, f"{w}@{year}", f"{w}{rng.randrange(100, 999)}#", f"{a}.{b}.{rng.randrange(10, 99)}",
        f"{w.lower()}{rng.choice('!?*')}{rng.choice('!?*')}", f"{w[:3].upper()}{rng.randrange(10000, 99999)}",
        f"Spring{year}{rng.choice('!#')}", f"{a}_{b}_{rng.randrange(1, 9)}", f"{rng.randrange(10, 99)}{w}{rng.randrange(10, 99)}",
        f"Garden{rng.randrange(100, 999)}", f"{a.capitalize()}{b.capitalize()}{rng.choice('!$%')}",
        f"{gen[:5]}-{gen[5:10]}", f"{w}{w[:2].upper()}{rng.randrange(0, 9)}", f"{a}{rng.randrange(1, 9)}{b}{rng.randrange(1, 9)}"])


def _staff(rng: random.Random) -> str:
    """Staff numbers of the gardens' payroll, the volunteers' register and the seed-vault curators."""
    return rng.choice([f"CB{rng.randrange(100_000, 999_999)}", f"VOL-{rng.choice(PLANTS)}-{rng.randrange(0, 9999):04d}",
                       f"S{rng.randrange(1000, 9999)}{rng.choice('ABCEFHK')}", f"{rng.randrange(10, 99)}.{rng.randrange(100, 999)}.{rng.randrange(100, 999)}",
                       f"CUR{rng.randrange(100, 999)}", f"E/{rng.randrange(2010, 2034)}/{rng.randrange(100, 9999)}",
                       str(rng.randrange(4_100_000, 4_999_999)), f"{rng.choice(PLANTS)}{rng.randrange(10000, 99999)}",
                       f"HR-{rng.randrange(10000, 99999)}-{rng.choice('XYZ')}", f"0{rng.randrange(100000, 999999)}"])


def _values(person: Person, rng: random.Random) -> dict:
    """Slot name -> (value, kind of personal data or None)."""
    ext = str(rng.randrange(10, 9999))
    hh, mm, ss = rng.randrange(0, 24), rng.randrange(60), rng.randrange(60)
    srv = rng.choice(["vaultdb-02", "gates-app", "fs-herbarium", "idp-cibg", "radius-ghs", "jump-cibg"])
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
        "time": (f"{hh:02d}:{mm:02d}", None), "time2": (f"{hh:02d}:{(mm + 4) % 60:02d}", None),
        "sec": (f"{hh:02d}:{mm:02d}:{ss:02d}", None),
        "pid": (str(rng.randrange(1000, 65000)), None), "port": (str(rng.randrange(40000, 65000)), None),
        "AD": (AD, None), "DOMAIN": (DOMAIN, None), "SHORT": (SHORT, None),
    }


PROBES = [
    # passwords: set by an agent, tried by a user, read out, in chat, in configs, in other languages, bare
    "Gave her a starter password, {password}, she has to pick her own at first logon.",
    "Interim credential handed over: {password}",
    "reset it to {password} for now, he'll change it after the night watering round",
    "Reset complete. Provisional = {password}",
    "tried {password}, then {password2}, the glasshouse PC says no to both",
    "she's sure it used to be {password} until the big update",
    "volunteer portal keeps bouncing {password}",
    "over the phone she spelled out {password} letter by letter",
    "handed the curator {password} so the vault audit could go on, valid till tonight",
    "was: {password}  now: {password2}",
    "pw -> {password}",
    "PASSWD={password}",
    "user {user} pw {password}",
    "{user} / {password}",
    "gate kiosk creds: {user} and {password}",
    "there's a post-it on the screen of {host} with {password} written on it",
    "he pasted `{password}` into the volunteers' group chat, can you make it go away",
    "[{time}] {user}: does {password} work for you?\n[{time2}] {user2}: no",
    "[{time}] {user}: {password}\n[{time2}] {user}: oops that was meant for the other box",
    "{time} {first}: changed mine to {password} and the tablet still wants the old one",
    "<{user}> ok the vault one is {password}",
    "db.password={password}",
    "  secret: '{password}'",
    "jdbc:postgresql://{srv}:5432/seeds?user={user}&password={password}",
    "[ldap]\nbind_dn = uid={user},ou=staff,dc={SHORT},dc=internal\nbind_pw = {password}",
    "psql \"host=vaultdb-02 user={user} password={password}\"",
    "wget --user={user} --password='{password}' https://gates-app.{DOMAIN}/export",
    "export VAULT_PASS='{password}'",
    "dsmod user \"CN={name},OU=Gardeners,DC={SHORT},DC=internal\" -pwd {password}",
    "$cred = New-Object PSCredential('{AD}\\{user}', (ConvertTo-SecureString '{password}' -AsPlainText -Force))",
    "Gaskkalaš beassansátni: {password}",
    "Midlertidig passord: {password}",
    "Кэмчэ киирии тыла: {password}",
    "অস্থায়ী পাছৱৰ্ড: {password}",
    "Kecap sandi samentara: {password}",
    "Kata sandi sementara: {password}",
    "Password sané anyar: {password}",
    "Temporario a password: {password}",
    "Pansamantalang password: {password}",
    "Tinige' na password: {password}",
    "Ngklem er a password: {password}",
    "Tus lo lus zais ib ntus: {password}",
    "Ijambo ry'ibanga ry'agateganyo: {password}",
    "Mot de passe temporaire : {password}",
    "Contraseña provisoria: {password}",
    "Kimün dungu: {password}",
    "ᎦᏙ ᎠᏍᏆᏂᎪᏗ: {password}",
    "Contraseña temporal (asturianu: conseña): {password}",
    "Tymczasowé parolë: {password}",
    "Hasło tymczasowe: {password}",
    "Väliaigaine salasana: {password}",
    "Tilapäinen salasana: {password}",
    "Te kabwarabwara ni karokoa: {password}",
    "Te upu fakamaunu: {password}",
    "Рæстæгмæ пароль: {password}",
    "Временный пароль: {password}",
    "{name} thinks it's {password}, or maybe {password2}",
    "after the reset {user} got in with {password}, closing",
    "you just mailed me {password} in plain text again, please don't",
    "{password}",
    "{password}\n^ typed exactly like that, still rejected",
    "it's {password} - capital letters where you see them",
    # postal addresses: one line, several lines, with and without cue words, in signatures
    "Please courier the seed-exchange parcel to {address}",
    "Home address: {address}",
    "change of address -> {address}",
    "{address}",
    "staying at {address} until September",
    "return the loan laptop to\n{addr1}\n{addr2}\n{addr3}",
    "{name}\n{addr1}\n{addr2}\n{addr3}",
    "Deliver to:\n{name}\n{addr1}, {addr2}\n{addr3}\nPhone {phone}",
    "Čujuhus: {address}",
    "Adresse: {address}",
    "Аадырыс: {address}",
    "ঠিকনা: {address}",
    "Alamat: {address}",
    "Address ti balay: {address}",
    "Direksion: {address}",
    "Chaw nyob: {address}",
    "Aderesi: {address}",
    "Dirección postal: {address}",
    "ᎦᏁᎳ: {address}",
    "Señes: {address}",
    "Adres: {address}",
    "Osoite: {address}",
    "Адрес: {address}",
    "moved from {address} to {address2} in spring",
    "the parcel of herbarium sheets went to {address}, which is my mum's house",
    "Kind regards,\n{name}\nSenior Gardener, {site}\n{address}\nMob {phone}",
    "Dearvvuođat,\n{first} {last}\n{addr1}\n{addr3}",
    "Salam,\n{name}\n{address}\nHP {phone_nat}",
    "Si Yu'os ma'åse',\n{first}\n{address}",
    "Ystävällisesti\n{name}\n{addr1}\n{addr3}\nPuh. {phone_ext}",
    "Murakoze,\n{name} · {address}",
    # usernames: prose, brackets, command output, paths, e-mail-like forms
    "{user} can't get into the accession database",
    "please unlock {user}, she's in the vault",
    "the volunteer (login {user}) sees someone else's rota",
    "Login name: {user}",
    "usr {user} locked pls",
    "sign in as {user} and look at the queue",
    "on the glasshouse PCs I'm {user}, on my laptop {user2}",
    "mail to {user}@{DOMAIN} comes back undeliverable",
    "my sign-in is {user}@{SHORT}.internal",
    "{user}@{DOMAIN} isn't showing in the address book",
    "{AD}\\{user} denied on \\\\fs-herbarium\\scans",
    "C:\\Users\\{user}\\Documents\\accessions_2034.xlsx won't open",
    "/home/{user}/germination/trays.csv disappeared",
    "\\\\fs-herbarium\\home$\\{user}\\Desktop is full",
    "PS C:\\> whoami\n{AD}\\{user}",
    "$ finger {user}\nLogin: {user}    Name: {name}\nDirectory: /home/{user}    Shell: /bin/zsh",
    "$ lastlog -u {user}\nUsername         Port     From             Latest\n{user}   pts/3    {ip}     Wed Apr  2 {sec} 2034",
    "PS> Get-LocalUser -Name {user}\nName        Enabled Description\n----        ------- -----------\n{user}  False   {name}",
    "C:\\> quser\n USERNAME   SESSIONNAME   ID  STATE   IDLE TIME  LOGON TIME\n {user}   rdp-tcp#4     2  Active  .          02/04/2034 {time}",
    "query session\n rdp-tcp#7   {user2}   3  Active",
    "$ ls -ld /data/vault/{user}\ndrwx------ 2 {user} curators 4096 Apr  2 {time} /data/vault/{user}",
    "$ ps -u {user} -o pid,cmd\n {pid} /usr/bin/python3 germ_tracker.py",
    "Apr  2 {sec} gh-ctrl login[{pid}]: pam_unix(login:auth): authentication failure; user={user}",
    "username '{user}' is already taken on the volunteer portal",
    "move the rota entries of {user} over to {user2}",
    "[{user}] joined #vault-night-shift",
    # staff and volunteer numbers
    "Employee number {staff}",
    "volunteer card {staff} shows as expired",
    "Curator {staff} can't open the vault log",
    "staff id {staff} / {name}",
    "number {staff} is {name2}'s, not mine",
    "Payroll ref: {staff}",
    "Bargiidnonummir: {staff}",
    "Ansattnummer: {staff}",
    "Табыл нүөмэрэ: {staff}",
    "কৰ্মচাৰী নং: {staff}",
    "Nomor pegawai: {staff}",
    "Numero ti empleado: {staff}",
    "Numéro d'employé : {staff}",
    "N° de funcionario: {staff}",
    "Numer pracownika: {staff}",
    "Henkilönumero {staff}",
    "Табелон номыр: {staff}",
    "{staff} {LAST} {first}",
    "her id is {staff}, not {staff2}",
    # host names in prose under the organisation's domain
    "{host} lost the climate-controller share after patching",
    "could you wipe {host}? it was {name}'s",
    "{host} doesn't answer ping, {host2} does",
    "His laptop is {host}; the gate tablet is {host2}.",
    "remote desktop to {host} fine, to {host2} not",
    "the glasshouse controller PC {host} came up with a new address ({ip})",
    "> nslookup {host}\nServer:  ns1.{DOMAIN}\nName:    {host}\nAddress: {ip}",
    "ssh: connect to host {host} port 22: Connection refused",
    "copied {name}'s herbarium scans from {host} onto {host2}",
    "{host} ({mac}) drops off the gardeners' wifi every hour",
    "anyone able to check {host}? stuck on the vendor logo",
    "the ticket gate {host} prints yesterday's date, {host2} next to it is fine",
    "Put the accession client on {host} for {first}.",
    "{name} has {host} now; {host2} goes to the spares shelf",
    "traceroute to {host} ({ip}), 30 hops max\n 1  gw  0.4 ms\n 2  * * *",
    "the vault humidity sensor posts to {host} every 10 minutes, nothing since Sunday",
    "forward it to my private address {email}",
    "the donor's mail in the file is {email_obf}, it bounces",
    # names in every case and order
    "{name} rang about the gate scanners",
    "Call from {LAST} {first}, gardener at {site}",
    "{FIRST} {LAST} can't print the plant passports",
    "talked to {lower} at the herbarium desk",
    "cc {name2} (line manager)",
    "raised for {name}",
    "{first_plain} {LAST} has left, please disable",
    "{last}, {first} - volunteer since 2029",
    "Caller: {name}\nFor: {name2}",
    "Mrs {last} says the visitor app hangs",
    "hello {first}, it's reset now",
    "Thanks {first_plain}!",
    # e-mails, phones, one-time codes
    "answer to {email}",
    "personal mail {email_obf}",
    "write to {email_obf} please, not work",
    "From: \"{name}\" <{email}>",
    "ring me on {phone}",
    "cell {phone_nat}",
    "desk {phone_ext}",
    "telefovdna {phone_nat}",
    "ফোন: {phone}",
    "тел.: {phone_nat}",
    "Puh. {phone_ext}",
    "signal {phone}",
    "the code was {otp}",
    "text said {otp}",
    "she read me {otp} but it had already timed out",
    "one-time code {otp}",
    "Stadnjakoda {otp}",
    "Kode OTP {otp}",
    "Код: {otp}",
    "Código de verificación {otp}",
    "Kod weryfikacyjny {otp}",
    "the visitor app sent {otp} and then another one",
    # mixed records
    "{name} ; {staff} ; {user} ; {phone}",
    "staff,login,device,addr\n{staff},{user},{host},{ip}",
    "[volunteer]\nname = \"{name}\"\nlogin = \"{user}\"\nnumber = \"{staff}\"\nphone = \"{phone}\"",
    "<person><name>{name}</name><uid>{user}</uid><home>{address}</home></person>",
    "GARDENER_NAME={name}\nGARDENER_LOGIN={user}\nGARDENER_MAIL={email}",
    '{"visitor": "{name}", "mail": "{email}", "code": "{otp}"}',
    "?uid={user}&emp={staff}&next=%2Frota",
    "| Gardener | {name} |\n| Account | {user} |\n| Staff no | {staff} |\n| Home | {address} |",
    "Seed-exchange fee charged to {card}",
    "dhcpd: DHCPACK on {ip} to {mac} ({host}) via vlan42",
    "Apr  2 {sec} jump-cibg sshd[{pid}]: Invalid user {user} from {ip} port {port}",
    "radiusd: Login incorrect: [{user}] (from client ghs-ap port 0 cli {mac})",
]

# Look-alikes that are not personal data: (kind, text, the text that must stay).
DECOYS = [
    ("firm", "Calderhook-Ibarrola Botanic Gardens & Seed Vaults annual report attached.", "Calderhook-Ibarrola Botanic Gardens & Seed Vaults"),
    ("glasshouse", "Glasshouse 7 vents stuck open.", "Glasshouse 7"),
    ("vault", "Vault C-3 door alarm at night.", "Vault C-3"),
    ("reading", "Relative humidity 15 % in the seed vault.", "15 %"),
    ("reading", "vault temperature -18.4 °C", "-18.4 °C"),
    ("accession", "Accession 2034-0871 has no photo.", "2034-0871"),
    ("accession", "seed lot SL/KRT/00412 mislabelled", "SL/KRT/00412"),
    ("latin", "The Welwitschia mirabilis label is wrong.", "Welwitschia mirabilis"),
    ("latin", "Araucaria araucana cones arrived", "Araucaria araucana"),
    ("latin", "sorting Victoria amazonica seeds", "Victoria amazonica"),
    ("order", "PO 7100432981 for compost", "7100432981"),
    ("ticket", "same as INC0934471", "INC0934471"),
    ("ticket", "change CHG0047713 approved", "CHG0047713"),
    ("asset", "Asset CIB-HW-040731 returned.", "CIB-HW-040731"),
    ("asset", "serial 5CG2148QXT on the laptop", "5CG2148QXT"),
    ("version", "AccessionPro 8.3.1 deployed.", "8.3.1"),
    ("version", "controller firmware v2.14.0-beta2", "v2.14.0-beta2"),
    ("error_code", "Gate scanner shows GT-417.", "GT-417"),
    ("error_code", "Windows error 0x80070005", "0x80070005"),
    ("error_code", "portal says HTTP 403", "HTTP 403"),
    ("room", "Herbarium room H-204 too warm.", "H-204"),
    ("room", "meet in the Sequoia Room", "Sequoia Room"),
    ("room", "lab 2C freezer alarm", "2C"),
    ("amount", "Entry fee NOK 180,00 refunded.", "NOK 180,00"),
    ("amount", "paid IDR 75.000 at the gate", "IDR 75.000"),
    ("amount", "CLP 12.500 per workshop seat", "CLP 12.500"),
    ("amount", "USD 42.75 postage", "USD 42.75"),
    ("date", "Vault audit on 2034-04-15.", "2034-04-15"),
    ("date", "closed 15/04/2034", "15/04/2034"),
    ("time", "Gates open at 08:30.", "08:30"),
    ("product", "The Priva Connext controller is offline.", "Priva Connext"),
    ("product", "Epson Expression 12000XL scanner streaks", "Epson Expression 12000XL"),
    ("product", "Zebra ZD421 passport printer out of labels", "Zebra ZD421"),
    ("product", "Honeywell CT45 scanner battery swollen", "Honeywell CT45"),
    ("product", "Ubiquiti U6 Mesh in the fern house", "U6 Mesh"),
    ("file", "see vault_log_2034-03.csv", "vault_log_2034-03.csv"),
    ("file", "installer AccessionPro-8.3.1-x64.msi", "AccessionPro-8.3.1-x64.msi"),
    ("file", "log in /var/log/ghctl/ghctl.log", "/var/log/ghctl/ghctl.log"),
    ("server", "Restarted vaultdb-02 at 6.", "vaultdb-02"),
    ("server", "gates-app is slow again", "gates-app"),
    ("server", "cert on idp.calderhook-ibarrola.example.org expires Monday", "idp.calderhook-ibarrola.example.org"),
    ("mailbox", "write to seeds@calderhook-ibarrola.example.org", "seeds@calderhook-ibarrola.example.org"),
    ("mailbox", "no-reply-gates@calderhook-ibarrola.example.org spams us", "no-reply-gates@calderhook-ibarrola.example.org"),
    ("mailbox", "helpdesk@calderhook-ibarrola.example.org is correct", "helpdesk@calderhook-ibarrola.example.org"),
    ("account", "sign in as Administrator in recovery only", "Administrator"),
    ("account", "the Guest account on the gate PCs", "Guest"),
    ("account", "service account svc-vaultsync expired", "svc-vaultsync"),
    ("account", "backup runs as root", "root"),
    ("account", "DefaultAccount is disabled", "DefaultAccount"),
    ("account", "www-data owns the upload folder", "www-data"),
    ("account", "NT AUTHORITY\\NETWORK SERVICE runs it", "NT AUTHORITY\\NETWORK SERVICE"),
    ("place", "storm near Hammerfest", "Hammerfest"),
    ("place", "flood in Jorhat", "Jorhat"),
    ("place", "power cut in Tabanan", "Tabanan"),
    ("place", "shipment from Villarrica late", "Villarrica"),
    ("place", "road closed to Kondopoga", "Kondopoga"),
    ("place_surname", "seed exchange with Bristol", "Bristol"),
    ("place_surname", "new plot in Houston", "Houston"),
    ("place_surname", "visitors from Preston", "Preston"),
    ("place_surname", "workshop in Florence", "Florence"),
    ("person_like", "the Queen Victoria agave", "Queen Victoria"),
    ("person_like", "San Isidro branch", "San Isidro"),
    ("person_like", "Santa Ana winds", "Santa Ana"),
    ("person_like", "Lady Banks rose arch", "Lady Banks"),
    ("label_value", "Priority: 2 - High", "2 - High"),
    ("label_value", "Category: Glasshouses / Climate", "Glasshouses / Climate"),
    ("label_value", "Assignment group: CIB-Field-IT", "CIB-Field-IT"),
    ("policy", "codes expire after 120 seconds", "120 seconds"),
    ("policy", "passwords need 14 characters", "14 characters"),
    ("count", "2,400 visitors on Sunday", "2,400"),
    ("speed", "fan at 1,450 rpm", "1,450 rpm"),
    ("weight", "seed sample 12.5 g", "12.5 g"),
    ("keys", "press Alt+F4 twice", "Alt+F4"),
    ("ssid", "CIB-Staff-5G drops", "CIB-Staff-5G"),
    ("ssid", "visitors use CIB-Garden-Free", "CIB-Garden-Free"),
    ("word", "the Reset My Volunteer PIN button is missing", "Reset My Volunteer PIN"),
    ("word", "Print Plant Passport does nothing", "Print Plant Passport"),
    ("vlan", "put the controller on VLAN 42", "VLAN 42"),
    ("subnet", "glasshouse subnet 10.71.0.0/16", "10.71.0.0/16"),
    ("version_ip", "agent build 6.0.311.2", "6.0.311.2"),
    ("commit", "reverted to 9be04f1", "9be04f1"),
    ("gate", "gate G-12 jams on tickets", "G-12"),
    ("duration", "tour lasts 2 h 15 min", "2 h 15 min"),
    ("step", "stage 2 of 5 fails", "stage 2 of 5"),
    ("grid", "plot grid ref E7-N14", "E7-N14"),
    ("barcode", "barcode 5901234123457 unreadable", "5901234123457"),
]

SUBJECTS = ["Volunteer portal password refused", "Locked out of the glasshouse PC", "Text code never comes",
            "Gate tablet wants a login", "Accession screen blank", "Climate controller offline",
            "New gardener needs an account", "Passport printer jammed", "Herbarium scanner frozen",
            "Vault sensor not reporting", "VPN from the tundra garden", "No wifi in the fern house",
            "Plant passport misprinted", "Tablet lost on the trail"]
NAME_SUBJECTS = ["Account for new gardener {name}", "{LAST} {first} locked", "{user} can't log in",
                 "{host} off the network", "Unlock {user}", "FW: laptop for {name}", "Staff no {staff} not in payroll",
                 "Block {ip}", "Reset {user} and {user2}", "{first_plain} - accession screen blank", "{lower} locked out",
                 "Password for {name} ({staff})", "New SIM for {name} {phone_nat}", "Parcel to {address}",
                 "{name}", "re: {first} {LAST}"]
LEADS = ["Buorre beaivi,", "Hei,", "Дорообо,", "নমস্কাৰ,", "Wilujeng énjing,", "Om Swastiastu,", "Naimbag nga aldaw,",
         "Håfa adai,", "Alii,", "Nyob zoo,", "Amahoro,", "Mari mari,", "ᎣᏏᏲ,", "Hola,", "Witôjcë,", "Terveh,",
         "Mauri,", "Talofa,", "Дæ бон хорз,", "", "", "Phone call notes:", "From the volunteers' chat:",
         "Glasshouse night log:"]
NOTES = ["Čoavdditvuohta gávdnui.", "Løst.", "Быһаарылынна.", "সমাধান হ'ল।", "Parantos.", "Sampun.", "Nalpas.",
         "Munhayan.", "Ngmuut.", "Ua tiav lawm.", "Vyakemutse.", "Resuelto.", "ᎤᏍᏆᏛ.", "Resueltu.", "Zrobioné.",
         "Ratkaistu.", "E a tia.", "Ko oti.", "Fixed.", "Closed after a remote session."]


def build(count: int = 2000, seed: int = 1931) -> list[dict]:
    """The tickets with their truth."""
    from suggest_data.make import PiiBankPlan, build_pii_bank

    return build_pii_bank(PiiBankPlan(
        person=Person, values=_values, render=_render, probes=PROBES, decoys=DECOYS,
        subjects=SUBJECTS, leads=LEADS, notes=NOTES, start=dt.datetime(2034, 4, 1, 7, 10, 0), minutes=41,
        first_number=8_120_000, decoy_counts=(1, 2, 3, 3, 4, 5, 6, 8),
        name_subjects=NAME_SUBJECTS, name_subject_rate=0.2), count, seed)


def write(out: Path, count: int = 2000, seed: int = 1931) -> None:
    """Write ``pii.csv`` and ``pii-truth.jsonl`` into ``out``."""
    pii_heldout3.write(out, count, seed, build=build)


def main() -> None:
    pii_heldout3.main(write, 1931, __doc__)


if __name__ == "__main__":
    main()
