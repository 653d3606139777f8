"""TWENTY-SECOND HELD-OUT personal-data bank (v22): FROZEN. Written by a separate helper who never read
kbgen's rule code, before round 22's tuning; the tuners never see it. Only its aggregate figures are
read, once, after the round's merge.

    python3 bench/suggest_data/pii_heldout22.py OUT_DIR [--count 2000] [--seed 2281]

A fictional bell foundry, pipe-organ builder and carillon-restoration guild ("Varenholt-Nnamdi Bell &
Organ Works": casting pits with furnace controllers, a tuning lathe, organ workshops with voicing
benches and combination-action consoles, tower crews with rope-access kit, crane hire, a parts store
and a concert-booking office for the guild's carillonneurs) at workshops and church towers in Kashgar
(Uyghur, Arabic script), Qamishli (Syriac, Syriac script), Bakhchysarai (Crimean Tatar), Derbent
(Lezgian), Syktyvkar (Komi), Saransk (Erzya and Moksha), Cuetzalan (Nahuatl), Keren (Tigre, Ge'ez
script), Tadjourah (Afar), Matadi (Kikongo), Garoua (Fula, Adlam script), Koudougou (Mooré), Maiduguri
(Kanuri), Cuenca (Ecuador), Bethlehem (Pennsylvania), Mechelen (Flanders) and Kraków writes
description-bearing tickets. Every name, value and phrasing is invented for kbgen. Cue words in
Uyghur, Syriac, Crimean Tatar, Lezgian, Komi, Erzya, Moksha, Nahuatl, Tigre, Afar, Kikongo, Fula,
Mooré, Kanuri, Ecuadorian Spanish, Flemish and Polish beside English.
Weighted to passwords (set by an agent as a temporary value, tried by a caster or an organ voicer,
read out over a crackling tower radio, in chat, in pasted configs, INI and YAML files, URLs with
credentials, PowerShell and curl lines, in other languages, with no cue word near them), postal
addresses (European, US, Latin American, Asian and African forms, with and without cue words, on
one line and over several lines, inside signatures and delivery notes), usernames (in prose, in
parentheses, in command output such as id, who, getent, net user, Get-ADUser, last and in audit logs,
in paths, in e-mail-like forms), staff ids, and host names in prose, both under the guild's own
domain and as bare machine names said in a sentence ("the box called ...", "on <name> the service
stopped"), in lists and in logs; also names in every case and order, obfuscated e-mails, phones of
many regions and one-time codes. Structures: tower-crew radio notes, workshop chat with handles as
speaker labels, agent notes, forwarded mails with signatures, delivery notes, form dumps (INI, YAML,
CSV, Markdown tables, JSON), pasted command output, pasted Python and C# snippets, and many look-alikes
that must stay (bell weights and notes, pipe lengths, asset tags, order ids, versions, error codes,
rooms, built-in accounts, place names that are also surnames, code such as ``f.readlines()`` and
``obj.method``, Markdown tables and chat transcripts holding products with digits, hex colours, git
hashes, licence keys said to be licence keys).
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
from suggest_data.pii_heldout21 import _hw, _v4  # noqa: E402  (generic MAC and IPv4 shapes)

DOMAIN = "varenholt-nnamdi.example.com"
SHORT = "vnbo"
AD = "BELLWORKS"

FIRST = """Abdukerim Gulnisa Memtimin Patigül Ablikim Shabo Nahrin Gabriel Semiramis Aprem Edie Server Lenara Ayder
Mumine Elzara Gülizar Rafiq Sefiqat Erkin Zemfira Kamran Anyuta Vasyuk Olöksandr Marpa Yögor Inyazor Veraška Kirdyaš
Ombolda Paksyava Cuauhtli Xochitl Citlali Tlacaelel Yaotl Idris Letemariam Saba Kiflom Weldu Hasna Abdallah Ruqiya
Kamil Nsimba Mvemba Makiadi Lusala Bintu Hamadou Aïssatou Jaoudi Kadija Sakinatou Wendkouni Pengdwendé Rasmané
Salamata Zaïnabou Kaltume Bulama Modu Fanne Isa Pacha Wilmer Maribel Cumandá Ruperto Dorota Bolesław Agnieszka Lieven
Griet Warre Annelies Blaise Ottilie""".split()
FAMILY = """Tursun Abliz Qadir Eysa Ishaq Malke Bar-Hanna Aydin-Shamoun Kiryakos Çelebi Seitosmanov Abdureşit Bekirova
Kurtumerov Alimov Gadzhiev Rustamova Shikhbabaev Mezhenina Turyev Popova-Kanyova Lytkin Kiselyova Yakushkina
Kudashkin Devyatkin Martyanova Tlapaltototl Cuahutle Ocelotl Xicohténcatl Tesfamariam Ghebremeskel Woldeyesus Kidane
Houmed Dabale Gaas Lumumba-Nsaka Kiangebeni Nzuzi Diangienda Bello Njobdi Hayatou Ouédraogo Sawadogo Kaboré Zongo
Modu-Gana Kachalla Lawan Goni Tenesaca Quizhpi Sarmiento Loja Ostrowska Wiśniowiecki Dziedzic Vandewalle Peeters
De Smedt Verbruggen Hallowell-Mbeki Strathearn""".split()
# Surnames of two words kept together.
FAMILY = [n for n in FAMILY if n not in ("De", "Smedt")] + ["De Smedt", "Ben Hamadou", "dos Santos Quizhpi",
                                                            "van Outryve"]

WORKS = ["Kashgar casting pit", "Qamishli tower crew", "Bakhchysarai organ workshop", "Derbent bell store",
         "Syktyvkar voicing bench", "Saransk tuning lathe", "Cuetzalan tower crew", "Keren foundry",
         "Tadjourah crane depot", "Matadi parts store", "Garoua tower crew", "Koudougou organ workshop",
         "Maiduguri casting pit", "Cuenca carillon school", "Bethlehem PA organ shop", "Mechelen carillon school",
         "Kraków bell store"]
CREWS = ["Casting", "Tuning", "Voicing", "Tower Crew", "Crane Hire", "Parts Store", "Concert Booking", "Payroll",
         "Drawing Office", "Front Office"]
SITES = ["KSH", "QMS", "BKS", "DBT", "SKT", "SRN", "CTZ", "KRN", "TDJ", "MTD", "GRA", "KDG", "MDG", "CUE", "BTH",
         "MEC", "KRK"]

PHONES_FULL = ["+86 998 284 1173", "+86 139 9982 4417", "+963 52 441 270", "+963 944 218 375", "+380 65 542 1837",
               "+380 67 411 28 93", "+7 8722 64 18 20", "+7 928 541 73 06", "+7 8212 24 71 58", "+7 912 186 40 27",
               "+7 8342 47 21 09", "+7 937 512 84 66", "+52 233 331 0427", "+52 1 222 418 7730", "+291 1 401 227",
               "+291 7 128 443", "+253 21 42 71 08", "+253 77 84 13 62", "+243 81 417 2209", "+243 99 728 4410",
               "+237 222 27 14 08", "+237 6 77 41 82 93", "+226 25 44 18 07", "+226 70 41 28 66", "+234 76 231 447",
               "+234 803 418 7720", "+593 7 284 1176", "+593 98 417 2286", "+1 610 866 4127", "+1 (484) 218-7730",
               "+32 15 41 27 83", "+32 475 18 44 07", "+48 12 421 77 30", "+48 512 884 071", "+86-139-9982-4417",
               "0032 475 184407", "+7(8212)247158", "+593-98-417-2286", "+234 (0) 803 418 7720"]
PHONES_LOCAL = ["0998-2841173", "139 9982 4417", "052 441 270", "0944 218 375", "(0652) 54-18-37", "067 411 2893",
                "8 (8722) 64-18-20", "8-928-541-73-06", "8 (8212) 24-71-58", "8 912 186 40 27", "233 331 0427",
                "222 418 7730", "01-401227", "07 128 443", "21 42 71 08", "77 84 13 62", "081 417 2209",
                "6 77 41 82 93", "25 44 18 07", "70 41 28 66", "0803 418 7720", "(07) 284 1176", "098 417 2286",
                "(610) 866-4127", "484.218.7730", "015 41 27 83", "0475 18 44 07", "12 421 77 30", "512-884-071"]
EXT_FORMS = ["доб. {n}", "вн. {n}", "ext. {n}", "x{n}", "toestel {n}", "wewn. {n}", "ext {n}", "poste {n}",
             "分机 {n}", "تحويلة {n}", "(int. {n})", "ext:{n}", "/ {n}"]

ADDR_LINE = [
    "新疆喀什市人民东路 118 号 3 单元 502 室", "Qamishli, Al-Wahda St., Bldg 7, Apt 12", "ул. Ленина 44, кв. 9, Бахчисарай 98400",
    "пр. Кирова 15, кв. 27, Дербент 368600", "ул. Коммунистическая 88-14, Сыктывкар 167000",
    "430005, г. Саранск, ул. Большевистская, д. 31, кв. 6", "Calle Hidalgo 17, Barrio Zacatipan, 73560 Cuetzalan, Pue.",
    "Keren, Zoba Anseba, P.O. Box 214", "Quartier 2, Rue de la Mosquée, BP 41, Tadjourah",
    "Av. Kinkanda 77, Quartier Soyo, Matadi", "Quartier Poumpoumré, BP 318, Garoua",
    "Secteur 4, Rue 4.27, Porte 112, Koudougou", "No. 14 Bama Road, Off Lagos Street, Maiduguri 600212",
    "Calle Larga 7-45 y Hermano Miguel, Dpto. 3B, Cuenca 010101", "1410 W Broad St, Apt 2F, Bethlehem, PA 18018",
    "PO Box 881, Nazareth, PA 18064", "Bruul 62 bus 3, 2800 Mechelen", "ul. Kanonicza 19/4, 31-002 Kraków",
    "Rua Augusta 1102, 3.º Esq., 1100-053 Lisboa", "Jl. Cikini Raya No. 41, RT 02/RW 05, Jakarta Pusat 10330",
    "Blk 214 Bishan St 23, #07-118, Singapore 570214", "23/5 Soi Sukhumvit 39, Khlong Tan Nuea, Watthana, Bangkok 10110",
    "Av. 6 de Diciembre N34-120 y Whymper, Quito", "Carrera 7 No. 72-41, Oficina 502, Bogotá",
    "Rue du Marché 4, 1204 Genève", "Flat 3, 27 Kelvin Road, Glasgow G12 8RW", "8 Rue Bonaparte, 75006 Paris",
    "Plot 27, Block C, Gwange Layout, Maiduguri", "Calle 5 de Mayo 208, Col. Centro, 72000 Puebla",
    "c/o Kaboré, BP 1204, Ouagadougou 01",
]
ADDR_STACK = [
    ("ул. Советская 61, кв. 18", "г. Сыктывкар", "167000 Республика Коми"),
    ("ul. Długa 41 m. 7", "31-146 Kraków", "Polska"),
    ("Grote Markt 11 bus 2", "2800 Mechelen", "België"),
    ("Calle Bolívar 9-18", "Cuenca 010104", "Azuay, Ecuador"),
    ("Calle Miguel Alvarado 4", "Barrio San Andrés", "73560 Cuetzalan del Progreso, Pue."),
    ("622 E 4th St", "Bethlehem, PA 18015", "USA"),
    ("ул. Гагарина 12, кв. 3", "Дербент", "Республика Дагестан 368600"),
    ("Quartier Marouaré", "BP 1147", "Garoua, Cameroun"),
    ("Avenue du Port 19", "Matadi", "Kongo-Central, RDC"),
    ("Secteur 7, Porte 48", "Koudougou", "Burkina Faso"),
    ("喀什市克孜都维路 52 号", "2 号楼 1 单元 301", "新疆 844000"),
    ("Block 5, House 22, Old GRA", "Maiduguri 600281", "Borno State"),
    ("Bd de la République 3", "Tadjourah", "Djibouti"),
]

# Bare machine names the guild's people say in a sentence, under no domain.
BARE = ["furnacepc", "tuninglathe", "voicebench", "consolemac", "towercam", "cranelog", "pitscale", "moulddryer",
        "partsdesk", "rotaprint", "clapperlab", "bellscan", "windchest", "drawoffice", "bookingpc", "crewtablet"]

_WORDS = ["Bourdon", "Gedackt", "Trompette", "Vox", "Nazard", "Clairon", "Salicional", "Quintaton", "Tenor",
          "Clapper", "Yoke", "Headstock", "Canons", "Tierce", "Hum", "Strike", "Kashgar", "Tarim", "Khabur", "Alma",
          "Samur", "Vychegda", "Moksha", "Tlaloc", "Anseba", "Ghoubbet", "Congo", "Benue", "Volta", "Yedseram",
          "Tomebamba", "Lehigh", "Dijle", "Wawel", "bronze", "tin", "copper", "lathe", "bellows", "reed"]
_RUN = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKMNPQRSTUVWXYZ23456789!$%^&*@#=+_-~?.:"


def _word_secret(rng: random.Random) -> str:
    """A password shaped the way agents set, people pick and managers print them."""
    a, b = rng.choice(_WORDS), rng.choice(_WORDS)
    k = rng.randrange(1, 10_000)
    run = "".join(rng.choice(_RUN) for _ in range(rng.choice([9, 12, 14, 18, 24, 40])))
    forms = [run, run, run, run[:12],
             f"{a}{b.lower()}{k % 100}", f"{a.lower()}-{b.lower()}-{k % 1000}", f"{a}!{k % 10_000:04d}",
             f"{a.upper()}{k % 100:02d}{rng.choice('#$%')}", f"Bell{k}{rng.choice('!?')}", f"Organ-{2036 + k % 3}",
             f"{k % 1000}{a}{b[:2]}", f"{a[:4]}{k % 10}{b[:4].upper()}", f"{b.lower()}{rng.choice(['2036', '36', '!!'])}",
             f"{a}.{b}.{a[:1]}{k % 10}", f"Temp{k % 100:02d}{rng.choice('QZXW')}", f"{run[:4]}{a}{run[4:7]}",
             f"{a}{b}".lower() + str(k % 10), "".join(rng.choice("0123456789") for _ in range(rng.choice([4, 5, 6])))]
    return rng.choice(forms)


def _otp(rng: random.Random) -> str:
    """One-time codes as texts, authenticator apps, the tower radio and the furnace keypad give them."""
    d = "".join(rng.choice("0123456789") for _ in range(9))
    w = "".join(rng.choice("ACEFGHKMNPRTWXY2346789") for _ in range(8))
    return rng.choice([d[:6], d[:6], d[:6], d[:7], d[:8], d[:4], f"{d[:3]} {d[3:6]}", f"{d[:3]}.{d[3:6]}",
                       f"{d[:2]} {d[2:4]} {d[4:6]}", w[:6], f"{w[:4]}-{w[4:8]}", f"VN-{d[:5]}", f"G-{d[:6]}"])


def _staff(rng: random.Random) -> str:
    """Staff numbers: payroll, the tower crews' rope-access cards, carillon students, contractors."""
    s = rng.choice(SITES)
    return rng.choice([f"VN{rng.randrange(10_000, 99_999)}", f"VNB-{rng.randrange(100, 999)}-{rng.randrange(10, 99)}",
                       f"{s}{rng.randrange(1000, 9999)}", f"{s}-T{rng.randrange(100, 999)}",
                       f"RA/{rng.randrange(1000, 9999)}/{rng.choice('ABC')}", f"STU{rng.randrange(2030, 2037)}{rng.randrange(100, 999)}",
                       f"C-{rng.randrange(100_000, 999_999)}", f"{rng.randrange(100, 999)} {rng.randrange(100, 999)} {rng.randrange(10, 99)}",
                       str(rng.randrange(5_000_000, 5_999_999)), f"P{rng.randrange(10, 99)}{rng.choice('KLMN')}{rng.randrange(1000, 9999)}"])


class Crafter:
    """A founder, organ builder, tower hand, student or customer, and how they are written down."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.first = rng.choice(FIRST)
        self.last = rng.choice(FAMILY)
        a, b = _ascii(self.first) or "q", _ascii(self.last) or "z"
        self.a, self.b = a, b
        k = rng.randrange(1, 1000)
        self.login = rng.choice([f"{a[0]}{b[:7]}", f"{b[:5]}.{a[:3]}", f"{a}{k % 100}", f"vn{rng.randrange(1000, 9999)}",
                                 f"{a}_{b}"[:16], f"{b}{a[0]}{k % 10}", f"bell.{b[:6]}", f"{a[:2]}{b[:2]}{k}",
                                 f"tower-{a[:4]}", f"{b[:3]}{a[:3]}".upper(), f"x{a[0]}{b[:5]}", f"{a}.{b[0]}"])

    def written(self) -> str:
        """The name as desks write it: orders, cases, initials, titles, dropped accents."""
        f, l = self.first, self.last
        return self.rng.choice([f"{f} {l}", f"{f} {l}", f"{f} {l}", f"{l}, {f}", f"{l} {f}", f"{l.upper()}, {f}",
                                f"{f} {l.upper()}", f"{f.lower()} {l.lower()}", f"{f.upper()} {l.upper()}",
                                _plain(f"{f} {l}"), f"{f[0]}. {l}", f"{l}, {f[0]}.",
                                f"Ms {l}", f"Mr. {f} {l}", f"pan {l}", f"Meester {l}", f"Sr. {f} {l}", f"{f} {l[0]}.",
                                f"{l} ({f})", f"{f} '{l[:4]}' {l}" if self.rng.random() < 0.2 else f"Fr. {l}"])

    def mail(self) -> str:
        a, b = self.a, self.b
        host = self.rng.choice(["kashgar-tor.example.cn", "qamishli-net.example.sy", "qirim-posta.example.ua",
                                "lezgi-mail.example.ru", "komi-post.example.ru", "erzya.example.ru",
                                "masewal.example.mx", "anseba.example.er", "afar-mail.example.dj",
                                "kongo-mail.example.cd", "fulbe.example.cm", "moore-net.example.bf",
                                "kanuri.example.ng", "azuay-correo.example.ec", "lehigh-mail.example.com",
                                "dijle.example.be", "wawel-poczta.example.pl", DOMAIN])
        return self.rng.choice([f"{a}.{b}@{host}", f"{b}.{a[0]}@{host}", f"{a[0]}{b}{self.rng.randrange(1, 99)}@{host}",
                                f"{a}-{b}@{host}", f"{b.upper()}.{a.upper()}@{host}", f"{a}{self.rng.randrange(1960, 2012)}@{host}",
                                f"{a}+bells@{host}", f"{b}_{a[:1]}@{host}"])

    def mail_masked(self) -> str:
        a, b = self.a, self.b
        return self.rng.choice([
            f"{a}.{b} собака komi-post точка example точка ru", f"{a} (at) kashgar-tor (dot) example (dot) cn",
            f"{b}{a[0]} arroba azuay-correo punto example punto ec", f"{a}.{b} apenstaartje dijle punt example punt be",
            f"{a}_{b} małpa wawel-poczta kropka example kropka pl", f"{a} AT lehigh-mail DOT example DOT com",
            f"{b} [at] kanuri [dot] example [dot] ng", f"{a}.{b} <at> fulbe <dot> example <dot> cm",
            f"{a} at moore-net period example period bf", f"{a} . {b} @ afar-mail . example . dj",
            f"{a}{b[:1]}＠masewal．example．mx", f"{a}.{b}%40kongo-mail.example.cd", f"{b}&#x40;anseba.example.er",
            f"{a} dot {b} at erzya dot example dot ru", f"{a}-{b} {{at}} qirim-posta {{dot}} example {{dot}} ua"])

    def host(self) -> str:
        """A workshop's, a tower's or a person's machine: some carry the owner's name or login."""
        a, b = self.a, self.b
        s = self.rng.choice(SITES)
        n = self.rng.randrange(1, 9999)
        role = self.rng.choice(["CST", "TUN", "VOC", "TWR", "CRN", "STR", "OFF"])
        return self.rng.choice([
            f"{s}-{role}-{n % 100:02d}", f"{role.lower()}{n % 100:02d}.{s.lower()}.{DOMAIN}", f"nb-{b[:7]}",
            f"{a}s-laptop", f"{s.lower()}-{role.lower()}{n % 10}.{SHORT}.local", f"{b[:5]}{a[:1]}-ws",
            f"crane{n % 20:02d}-{s.lower()}", f"tower{n % 12}.{s.lower()}.{DOMAIN}", f"{a[:4]}-tab.{SHORT}.local",
            f"{SHORT}{s.lower()}{n % 100:02d}", f"{self.rng.choice(BARE)}{n % 10}", f"{self.rng.choice(BARE)}-{s.lower()}",
            f"{s}PC{n % 1000:03d}", f"{b[:6]}.{SHORT}.local", f"{a}-{b}-mbp"])


def _values(who: Crafter, rng: random.Random) -> dict:
    """Slot name -> (text, personal-data kind or None) for one probe."""
    other = Crafter(rng)
    stack = rng.choice(ADDR_STACK)
    h, m = rng.randrange(24), rng.randrange(60)
    return {
        "name": (who.written(), "person_name"), "first": (who.first, "person_name"), "last": (who.last, "person_name"),
        "LAST": (_plain(who.last).upper(), "person_name"), "FIRST": (_plain(who.first).upper(), "person_name"),
        "first_ascii": (_plain(who.first), "person_name"), "lower": (f"{who.first} {who.last}".lower(), "person_name"),
        "rev": (f"{who.last} {who.first}", "person_name"), "name2": (other.written(), "person_name"),
        "user": (who.login, "username"), "user2": (other.login, "username"),
        "mail": (who.mail(), "email"), "mail_masked": (who.mail_masked(), "email"),
        "phone": (rng.choice(PHONES_FULL), "phone"), "phone_local": (rng.choice(PHONES_LOCAL), "phone"),
        "phone_ext": (f"{rng.choice(PHONES_FULL)} {rng.choice(EXT_FORMS).format(n=rng.randrange(10, 9999))}", "phone"),
        "addr": (rng.choice(ADDR_LINE), "address"), "addr2": (rng.choice(ADDR_LINE), "address"),
        "a1": (stack[0], "address"), "a2": (stack[1], "address"), "a3": (stack[2], "address"),
        "sid": (_staff(rng), "employee_id"), "sid2": (_staff(rng), "employee_id"),
        "otp": (_otp(rng), "otp"), "pw": (_word_secret(rng), "password"), "pw2": (_word_secret(rng), "password"),
        "host": (who.host(), "hostname"), "host2": (other.host(), "hostname"),
        "bare": (f"{rng.choice(BARE)}{rng.randrange(1, 30)}", "hostname"),
        "bare2": (f"{rng.choice(BARE)}-{rng.randrange(1, 9)}", "hostname"),
        "ip": (_v4(rng), "ipv4"), "mac": (_hw(rng), "mac"), "card": (_card(rng), "credit_card"),
        "crew": (rng.choice(CREWS), None), "works": (rng.choice(WORKS), None),
        "hh": (f"{h:02d}:{m:02d}", None), "hh2": (f"{h:02d}:{(m + 3) % 60:02d}", None),
        "pid": (str(rng.randrange(200, 65_000)), None), "port": (str(rng.randrange(1025, 65_000)), None),
        "AD": (AD, None), "DOMAIN": (DOMAIN, None), "SHORT": (SHORT, None),
    }


# Passwords: agent-set, tried, over the radio, in chat, in configs, other languages, bare.
_PW = [
    "Reset done. Temporary value is {pw} - she must change it when the furnace PC asks.",
    "I gave him {pw} for now; the voicing bench will force a new one tomorrow",
    "new one for the tower tablet: {pw}",
    "set to {pw} until Friday",
    "one-off: {pw} (expires at midnight)",
    "he tried {pw}, then {pw2}, both refused by the booking system",
    "typing {pw} and it just shakes",
    "maybe {pw}? or was it {pw2}",
    "I'm fairly sure it is still {pw}",
    "radio note {hh}: tower hand read out {pw} so we could check it - told him to change it",
    "{pw} is taped inside the console lid",
    "please change it, {pw} went round the crew WhatsApp",
    "[{hh}] {user}: try {pw}\n[{hh2}] {user2}: in, thanks",
    "[{hh}] {user}: {pw}\n[{hh2}] {user}: oops, not this window",
    "{first} at {hh}: changed to {pw} as you said",
    "<{user}> the crane laptop one is {pw}",
    "{user}: {pw}",
    "[smtp]\nuser = {user}\npass = {pw}",
    "db:\n  username: {user}\n  password: '{pw}'",
    "FURNACE_API_SECRET={pw}",
    "$cred = New-Object PSCredential('{AD}\\{user}', (ConvertTo-SecureString '{pw}' -AsPlainText -Force))",
    "curl -u {user}:{pw} https://booking.{DOMAIN}/api/concerts",
    "https://{user}:{pw}@parts.{DOMAIN}/stock.csv",
    "Server=castdb;Database=moulds;User Id={user};Password={pw};",
    "mysql -u {user} -p'{pw}' tuning",
    "rclone config: user={user} pass={pw}",
    "runas /user:{AD}\\{user} cmd  (then typed {pw})",
    "net user {user} {pw} /domain",
    "Set-ADAccountPassword -Identity {user} -NewPassword (ConvertTo-SecureString '{pw}' -AsPlainText -Force)",
    "Temp pass: {pw}\nUsername: {user}",
    "ۋاقىتلىق پارول: {pw}",
    "ܡܠܬܐ ܕܥܠܬܐ ܙܒܢܝܬܐ: {pw}",
    "Muvaqqat parol: {pw}",
    "Вахтуналди пароль: {pw}",
    "Кадысь пароль: {pw}",
    "Шкань пароль: {pw}",
    "Ащкясонь пароль: {pw}",
    "Tlahtolli tlatlatilli: {pw}",
    "ቃል ምሕላፍ: {pw}",
    "Wagtih kibaah: {pw}",
    "Mvovo wa nsweki: {pw}",
    "𞤄𞤢𞤲𞤺𞤮𞤤 𞤳𞤵𞤯𞤯𞤭: {pw}",
    "Sũ-gʋls kiuuga: {pw}",
    "Kalima sirri: {pw}",
    "Contraseña temporal: {pw}",
    "Tijdelijk wachtwoord: {pw}",
    "Hasło jednorazowe: {pw}",
    "{name} insists she typed {pw}",
    "after the reset {user} got in with {pw}",
    "please stop mailing {pw} in clear",
    "{pw}",
    "{pw}\n^ straight off the handover sheet, still no luck",
    "it's {pw} with a capital at the front",
    "she typed {pw} into the username box, so it shows in the sign-in history",
    "the starter letter says {pw} and it fails",
    "old: {pw}  new: {pw2}",
    "the tuning lathe screen only takes {pw}",
]
# Postal addresses: one line, several lines, with and without cue words, in signatures.
_ADDR = [
    "Please ship the replacement clapper sensor to {addr}",
    "Home address: {addr}",
    "from May my address is {addr}",
    "{addr}",
    "staying at {addr} while the tower is scaffolded",
    "post the loan laptop to\n{a1}\n{a2}\n{a3}",
    "{name}\n{a1}\n{a2}\n{a3}",
    "Deliver to:\n{name}\n{a1}, {a2}\n{a3}\nTel {phone}",
    "Delivery note\nConsignee: {name}\n{addr}\nWeight: 412 kg (bell, crated)",
    "Адрес: {addr}", "Адрес доставки: {addr}", "Адрес (Коми): {addr}", "Adres: {addr}", "Adresse: {addr}",
    "Dirección: {addr}", "Adresi: {addr}", "ئادرېس: {addr}", "ܡܘܬܒܐ: {addr}", "عنوان: {addr}", "地址：{addr}",
    "Calpolli: {addr}", "Fulo: {addr}", "Adrɛsi: {addr}", "Zĩigã: {addr}",
    "moved from {addr} to {addr2}",
    "the bell certificate went to {addr}, that's my old place",
    "Regards,\n{name}\nOrgan voicer, {works}\n{addr}\nMob {phone}",
    "Pozdrawiam,\n{first} {last}\n{a1}\n{a2}",
    "Met vriendelijke groeten,\n{name}\n{addr}\nGSM {phone_local}",
    "Saludos cordiales,\n{first}\n{addr}",
    "--\n{name} | {crew} | {addr} | {phone_ext}",
    "С уважением,\n{name}\n{a1}\n{a2}\n{a3}",
    "Thanks,\n{first_ascii}\n{a1}\n{a2}, {a3}",
    "{name} · {works} · {addr} · {phone}",
    "ship-to: {addr} / bill-to: {addr2}",
]
# Usernames: prose, parentheses, command output, paths, e-mail-like forms.
_USER = [
    "{user} can't open the moulding drawings since Monday",
    "please unlock {user}, he is up the tower till 4",
    "the student (user {user}) sees last year's timetable",
    "Username: {user}",
    "is {user} meant to be disabled?",
    "sign in as {user} and look at the concert queue",
    "in the foundry I'm {user}, in the organ shop I'm {user2}",
    "mail to {user}@{DOMAIN} bounces",
    "try {user}@{SHORT}.local at the prompt",
    "{user}@{DOMAIN} missing from the address list",
    "{AD}\\{user} gets access denied on \\\\fs-works\\drawings",
    "C:\\Users\\{user}\\Desktop\\bell_profiles.dwg is read-only",
    "/home/{user}/scans/tower-7 is empty",
    "~{user}/.bash_history shows the wrong commands",
    "$ id {user}\nuid=41207({user}) gid=100(users) groups=100(users),2040(tuning)",
    "$ who\n{user}   pts/3        2036-05-11 {hh} ({ip})",
    "$ getent passwd {user}\n{user}:x:41207:100:{name}:/home/{user}:/bin/bash",
    "C:\\> net user {user} /domain\nUser name                    {user}\nAccount active               No",
    "PS> Get-ADUser {user}\nSamAccountName : {user}\nEnabled        : False",
    "$ last {user}\n{user}  pts/0  {ip}  Mon May 11 {hh} - {hh2}  (00:03)",
    "May 11 {hh}:09 castgw sudo[{pid}]: {user} : 3 incorrect password attempts ; TTY=pts/1",
    "audit: user={user} action=delete object=/moulds/tenor_b.stl result=denied",
    "the name {user} is already taken in the booking system",
    "hand {user}'s open jobs to {user2}",
    "({user}) left #tower-crew",
    "requested by {user}",
    "raised under {user2} but it's for me",
    "owner: {user}  group: casting  mode: 0640",
]
# Staff ids.
_SID = [
    "Staff no. {sid}",
    "card {sid} refused at the foundry gate",
    "contractor {sid} can't clock in",
    "employee {sid} - {name}",
    "{sid} is {name2}'s number; mine is {sid2}",
    "Payroll ID: {sid}",
    "Табельный номер: {sid}",
    "Xodim raqami: {sid}",
    "Numer ewidencyjny {sid}",
    "Personeelsnummer: {sid}",
    "Número de empleado {sid}",
    "ئىشچى نومۇرى {sid}",
    "工号 {sid}",
    "{sid} {LAST} {first}",
    "rope-access card {sid} expired",
    "payroll has {sid2}, the badge says {sid}",
    "student {sid} (carillon, second year)",
]
# Host names in prose under the domain and bare machine names.
_HOST = [
    "{host} lost the drawings share after the patch night",
    "please reimage {host}, it was {name}'s",
    "{host} doesn't answer ping, {host2} does",
    "my laptop is {host} and the crane office PC is {host2}",
    "RDP to {host} works, {host2} says no",
    "the box called {bare} rebooted twice last night",
    "on {bare} the furnace logger stopped at {hh}",
    "the PC at the tuning lathe, {bare}, shows a black screen",
    "could someone look at {bare}? fan screaming",
    "we moved the tower cameras from {bare} to {host}",
    "affected: {host}, {host2}, {bare}",
    "- {host}\n- {bare}\n- {bare2}",
    "{hh}:41 {bare} furnaced[{pid}]: shutting down",
    "$ nslookup {host}\nName: {host}\nAddress: {ip}",
    "> ping {bare}\nRequest timed out.",
    "copied {name}'s voicing notes from {host} to {host2}",
    "{host} ({mac}) drops off the workshop wifi",
    "{bare2} and {bare} both lost their time",
    "install the rota app on {host} for {first}",
    "{name} has {host} now; {host2} goes back to stores",
    "tracert {host}\n  1  <1 ms  gw.{SHORT}.local\n  2  *  *  *",
    "the pit scale posts to {bare} every minute and nothing since noon",
    "the organ console only talks to {bare}",
    "{bare} is the grey tower under the bench in the voicing room",
    "the kiosk {bare} and the laptop {host} need the update",
]
# Names in every case and order.
_NAME = [
    "{name} rang about the crane booking",
    "Call from {rev}, voicer at {works}",
    "{FIRST} {LAST} can't print the bell certificates",
    "spoke to {lower} at the parts store",
    "cc {name2} (foreman)",
    "on behalf of {name}",
    "{first_ascii} {LAST} has left, please disable",
    "{last}, {first} - student since March",
    "Reporter: {name}\nAffected: {name2}",
    "Ms {last} says the tuning graph freezes",
    "hi {first}, done now",
    "cheers {first_ascii}!",
    "{LAST} rang twice, no ticket number",
    "customer {name} wants the quote resent",
    "{first} and {name2} share the bench",
]
# E-mails, phones, one-time codes.
_CONTACT = [
    "answer to {mail}", "my private mail: {mail_masked}", "write to {mail_masked} please", "From: {name} <{mail}>",
    "call me on {phone}", "mobile {phone_local}", "direct {phone_ext}", "тел.: {phone_local}", "Tel. {phone}",
    "cel. {phone_local}", "📞 {phone}", "Signal: {phone}",
    "code was {otp}", "the SMS said {otp}", "she read {otp} but it had timed out", "one-time code {otp}",
    "Код подтверждения: {otp}", "Kod: {otp}", "Código de verificación {otp}", "验证码：{otp}",
    "the furnace keypad showed {otp}", "app gave {otp} and then {otp}",
]
# Mixed records.
_RECORD = [
    "{name} | {sid} | {user} | {phone}",
    "sid,user,host,ip\n{sid},{user},{host},{ip}",
    "crew:\n  - name: {name}\n    user: {user}\n    id: {sid}\n    phone: \"{phone}\"",
    "| Field | Value |\n|---|---|\n| Name | {name} |\n| User | {user} |\n| Address | {addr} |",
    "{\"owner\": \"{name}\", \"login\": \"{user}\", \"otp\": \"{otp}\"}",
    "CUSTOMER={name};MAIL={mail};TEL={phone}",
    "?user={user}&staff={sid}&return=%2Fbookings",
    "deposit refunded to card {card}",
    "dhcpd: DHCPACK on {ip} to {mac} ({host}) via vlan 30",
    "May 11 {hh}:12 gate01 sshd[{pid}]: Failed password for {user} from {ip} port {port} ssh2",
    "nps: access rejected for {AD}\\{user}, calling station {mac}",
    "{first} {last} <{mail}>, {phone}, {addr}",
]
PROBES = _PW * 3 + _ADDR * 2 + _USER * 2 + _SID * 2 + _HOST * 2 + _NAME + _CONTACT * 2 + _RECORD * 3

# Look-alikes that are not personal data: (kind, sentence, the text that must stay).
DECOYS = [
    ("firm", "Varenholt-Nnamdi Bell & Organ Works price list attached.", "Varenholt-Nnamdi Bell & Organ Works"),
    ("bell", "tenor bell 1,240 kg, strike note D4", "1,240 kg"),
    ("bell", "bell 7 tuned to F#4 -12 cents", "F#4 -12 cents"),
    ("pipe", "8' Principal pipe C1 is 2.44 m", "8' Principal"),
    ("temp", "furnace at 1,150 °C", "1,150 °C"),
    ("order", "PO 4500918826 for bronze ingots", "4500918826"),
    ("order", "sales order SO-2036-04471", "SO-2036-04471"),
    ("ticket", "see INC0418872", "INC0418872"),
    ("ticket", "RITM0092214 approved", "RITM0092214"),
    ("asset", "asset VNB-IT-007318 back in stores", "VNB-IT-007318"),
    ("asset", "serial 5CG4127XQM on the laptop", "5CG4127XQM"),
    ("version", "VoiceCAD 12.0.3 deployed", "12.0.3"),
    ("version", "console firmware v4.22.1-rc3", "v4.22.1-rc3"),
    ("error_code", "furnace controller shows F-221", "F-221"),
    ("error_code", "Windows says 0x800F081F", "0x800F081F"),
    ("error_code", "the booking API answers HTTP 502", "HTTP 502"),
    ("room", "Room T-118 heater dead", "T-118"),
    ("room", "meet in the Bourdon Room", "Bourdon Room"),
    ("room", "workshop 3C too cold", "3C"),
    ("amount", "deposit EUR 1.250,00 received", "EUR 1.250,00"),
    ("amount", "USD 340.00 crane hire", "USD 340.00"),
    ("amount", "PLN 2 400 for the tuning", "PLN 2 400"),
    ("date", "casting day 2036-05-14", "2036-05-14"),
    ("time", "tower access from 07:30", "07:30"),
    ("product", "The Bosch GSR 18V-90 C drill lost its charger.", "Bosch GSR 18V-90 C"),
    ("product", "Peterson StroboPlus HDC tuner reads flat", "Peterson StroboPlus HDC"),
    ("product", "Dell Latitude 5450 dock flickers", "Latitude 5450"),
    ("product", "Liebherr LTM 1090-4.2 crane booked", "Liebherr LTM 1090-4.2"),
    ("product", "HP DesignJet T650 plots stripes", "HP DesignJet T650"),
    ("file", "open bell_profile_v7.dwg", "bell_profile_v7.dwg"),
    ("file", "log in /var/log/furnace/pit2.log", "/var/log/furnace/pit2.log"),
    ("server", "restarted castdb at noon", "castdb"),
    ("server", "cert on booking.varenholt-nnamdi.example.com expires", "booking.varenholt-nnamdi.example.com"),
    ("mailbox", "send it to concerts@varenholt-nnamdi.example.com", "concerts@varenholt-nnamdi.example.com"),
    ("mailbox", "noreply-furnace@varenholt-nnamdi.example.com spams us", "noreply-furnace@varenholt-nnamdi.example.com"),
    ("account", "sign in as Administrator only in safe mode", "Administrator"),
    ("account", "service account svc-booking locked", "svc-booking"),
    ("account", "cron runs as root", "root"),
    ("account", "files owned by nobody", "nobody"),
    ("account", "NETWORK SERVICE holds the port", "NETWORK SERVICE"),
    ("account", "the postgres user owns the dump", "postgres"),
    ("account", "WDAGUtilityAccount is disabled", "WDAGUtilityAccount"),
    ("place", "snow over Syktyvkar", "Syktyvkar"),
    ("place", "road closed near Keren", "Keren"),
    ("place", "flood in Matadi", "Matadi"),
    ("place", "dust at Maiduguri", "Maiduguri"),
    ("place_surname", "fair in Houston", "Houston"),
    ("place_surname", "bronze from Sheffield", "Sheffield"),
    ("place_surname", "carillon festival in Chester", "Chester"),
    ("place_surname", "crane from Clifton", "Clifton"),
    ("place_surname", "organ recital in Winchester", "Winchester"),
    ("place_surname", "students from Hamilton", "Hamilton"),
    ("person_like", "St Rumbold's tower", "St Rumbold's"),
    ("person_like", "San Sebastián church organ", "San Sebastián"),
    ("person_like", "Mount Hope chapel", "Mount Hope"),
    ("label_value", "Priority: 3 - Moderate", "3 - Moderate"),
    ("label_value", "Category: Workshop IT / Drawings", "Workshop IT / Drawings"),
    ("label_value", "Assignment group: VN-Works-IT", "VN-Works-IT"),
    ("policy", "codes expire after 90 seconds", "90 seconds"),
    ("policy", "passwords need 16 characters", "16 characters"),
    ("keys", "press Win+Shift+S", "Win+Shift+S"),
    ("ssid", "VNBO-Workshop keeps dropping", "VNBO-Workshop"),
    ("word", "the Release Furnace Lock button is grey", "Release Furnace Lock"),
    ("vlan", "put the tuner on VLAN 30", "VLAN 30"),
    ("subnet", "workshop subnet 10.30.0.0/16", "10.30.0.0/16"),
    ("version_ip", "agent 7.1.204.9 installed", "7.1.204.9"),
    ("commit", "reverted to commit 4e1a9c7b2f", "4e1a9c7b2f"),
    ("commit", "git show 8d03f5e1c9a27b64e0f3d1a8c5b7e9f2a4d6c8e0", "8d03f5e1c9a27b64e0f3d1a8c5b7e9f2a4d6c8e0"),
    ("hex", "make the header #1F4E79 like the logo", "#1F4E79"),
    ("hex", "button colour #E2B007", "#E2B007"),
    ("licence", "licence key for VoiceCAD: 7KQ2M-R4T9X-HB3WD-Y6PNC-8FJ2V", "7KQ2M-R4T9X-HB3WD-Y6PNC-8FJ2V"),
    ("licence", "the licence key QF4T-2291-HX7P-0031 is for the tuner software", "QF4T-2291-HX7P-0031"),
    ("code", "lines = f.readlines() returns nothing", "f.readlines()"),
    ("code", "call obj.method() after init", "obj.method()"),
    ("code", "```python\nfor row in reader.rows:\n    bell.tune(row.cents)\n```", "bell.tune(row.cents)"),
    ("code", "var x = furnace.GetTemp(); // null", "furnace.GetTemp()"),
    ("code", "self.session.close() hangs", "self.session.close()"),
    ("table", "| Device | Model |\n|---|---|\n| tuner | Peterson AutoStrobe 590 |\n| drill | Makita DHP486 |", "Peterson AutoStrobe 590"),
    ("table", "| Item | Qty |\n|---|---|\n| Latitude 7450 | 3 |\n| WD19TBS dock | 3 |", "WD19TBS"),
    ("chat", "[09:12] desk: is it the XPS 13 9340 or the 9350?\n[09:13] desk: the 9340", "XPS 13 9340"),
    ("chat", "<tower-crew> the GoPro HERO12 died again\n<tower-crew> charging it", "GoPro HERO12"),
    ("duration", "pour took 3 h 40 min", "3 h 40 min"),
    ("count", "2,400 bells cast since 1891", "2,400"),
    ("step", "step 6 of 11 fails", "step 6 of 11"),
    ("crane", "Crane 4 hydraulic leak", "Crane 4"),
    ("bell", "the Salvator bell is cracked", "Salvator"),
]

SUBJECTS = ["Can't get into the booking system", "Locked out of the furnace PC", "Code doesn't arrive",
            "Tablet wants a sign-in again", "Drawings share gone", "Tuning graph frozen", "New student needs access",
            "Plotter stripes", "Crane log won't sync", "Tower camera offline", "VPN from the tower", "No wifi in the pit",
            "Bell certificate misprinted", "Radio base dead"]
NAME_SUBJECTS = ["Access for new voicer {name}", "{rev} locked out", "{user} can't sign in", "{host} off the network",
                 "Unlock {user}", "FW: laptop for {name}", "Staff no. {sid} missing", "Block {ip}",
                 "Reset {user} and {user2}", "{first_ascii} - drawings share gone", "{lower} cannot get in",
                 "New password for {name} ({sid})", "SIM for {name} {phone_local}", "Send tuner to {addr}",
                 "{name}", "re: {first} {LAST}", "{bare} dead again", "{LAST}", "{first}??", "call {name} back",
                 "{first} {last} / {host}", "urgent {LAST} {first}"]
LEADS = ["Ассалам,", "ܫܠܡܐ,", "Selâm,", "Салам,", "Чолӧм,", "Шумбрат,", "Шумбратада,", "Niltze,", "ሰላም,",
         "Maaqaan,", "Mbote,", "𞤶𞤢𞤲𞤺𞤢 𞤲𞤢𞤤𞤣𞤫,", "Ne y yibeoogo,", "Barka,", "Buenos días,", "Goeiedag,",
         "Dzień dobry,", "Hi desk,", "", "", "Tower radio note:", "From the workshop chat:", "Agent note:"]
NOTES = ["Решено.", "ھەل قىلىندى.", "ܐܫܬܪܝ.", "Çözüldi.", "Гьялна.", "Вылысь.", "Витнезь.", "Tlamic.", "ተፈቲሑ.",
         "Gaddaaba.", "Yasadidi.", "𞤇𞤮𞤲𞤣𞤢𞤥.", "A sɩd yaa sõma.", "Fixed.", "Resuelto.", "Opgelost.", "Załatwione.",
         "Closed after a remote session.", "Done, user confirmed."]


def build(count: int = 2000, seed: int = 2281) -> list[dict]:
    """The tickets with their truth."""
    from suggest_data.make import PiiBankPlan, build_pii_bank

    return build_pii_bank(PiiBankPlan(
        person=Crafter, values=_values, render=_render, probes=PROBES, decoys=DECOYS,
        subjects=SUBJECTS, leads=LEADS, notes=NOTES, start=dt.datetime(2036, 5, 11, 6, 40, 0), minutes=37,
        first_number=9_220_000, decoy_counts=(1, 2, 2, 3, 3, 4, 5, 6, 8),
        name_subjects=NAME_SUBJECTS, name_subject_rate=0.24), count, seed)


def write(out: Path, count: int = 2000, seed: int = 2281) -> None:
    """Write ``pii.csv`` and ``pii-truth.jsonl`` into ``out``."""
    pii_heldout3.write(out, count, seed, build=build)


def main() -> None:
    pii_heldout3.main(write, 2281, __doc__)


if __name__ == "__main__":
    main()
