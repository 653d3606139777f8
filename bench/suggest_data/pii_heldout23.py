"""TWENTY-THIRD HELD-OUT personal-data bank (v23): FROZEN. Written by a separate helper who never read
kbgen's rule code, before round 23's tuning; the tuners never see it. Only its aggregate figures are
read, once, after the round's merge.

    python3 bench/suggest_data/pii_heldout23.py OUT_DIR [--count 2000] [--seed 2393]

A fictional perfumery, essential-oil distillery and fragrance laboratory ("Ferrandière-Dhillon Attar &
Essence House": steam stills and copper degs for attar, enfleurage rooms, a gas-chromatograph lab,
an olfactory panel, a bottling line with a capping robot, a rose and jasmine growers' intake desk,
bonded stores and an export office) at distilleries, fields and labs in Grasse (Provençal Occitan),
Kannauj (Hindi and Awadhi, Devanagari), Amritsar (Punjabi, Gurmukhi script), Taif (Hejazi Arabic),
Kazanlak (Bulgarian), Isparta (Turkish), Kashan (Persian), Encarnación (Guaraní and Paraguayan
Spanish), Ilulissat (Greenlandic and Danish), Mamoudzou (Shimaore), Moroni (Shikomori), Teaneck
(New Jersey) and Osaka writes description-bearing tickets. Every name, value and phrasing is invented
for kbgen. Cue words in Occitan, Hindi, Awadhi, Punjabi, Hejazi Arabic, Bulgarian, Turkish,
Persian, Guaraní, Paraguayan Spanish, Greenlandic, Danish, Shimaore, Shikomori and Japanese beside
English.
Weighted to passwords (set by an agent as a temporary value, tried by a distiller or a panel nose,
shouted across the still room, in chat, in pasted configs (.env, TOML, XML, JSON, netrc, an fstab
credentials line, a JDBC URL, a WiFi profile), in PowerShell, Python and psql lines, in other
languages and scripts, with no cue word near them), postal addresses (European, US, Latin American,
Asian, Gulf and Indian Ocean forms, with and without cue words, on one line and over several lines,
inside signatures, on waybills and customs forms), usernames (in prose, in parentheses, in command
output such as whoami, quser, finger, ls -l, ps, smbstatus, ldapsearch and klist, in paths, in
e-mail-like forms and Kerberos principals), staff ids, and host names in prose, both under the house's
own domain and as bare machine names said in a sentence ("the box called ...", "on <name> the
service stopped"), in lists and in logs; also names in every case and order (Gurmukhi, Devanagari,
Arabic, Cyrillic and Japanese spellings among them), obfuscated e-mails, phones of many regions and
one-time codes. Structures: still-room shouts written down, lab chat with handles as speaker labels,
agent notes, forwarded mails with signatures, waybills, customs forms, form dumps, pasted command
output, pasted Python, SQL and JavaScript, and many look-alikes that must stay (batch numbers, GC
retention times, CAS numbers, IFRA amendments, oil yields, asset tags, order ids, versions, error
codes, rooms, built-in accounts, place names that are also surnames, code such as ``f.readlines()``
and ``obj.method``, Markdown tables and chat transcripts holding products with digits, hex colours,
git hashes, licence keys said to be licence keys, a UUID, a checksum, a container image tag).
"""
from __future__ import annotations

import datetime as dt
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
for _folder in (HERE.parent.parent, HERE.parent):  # the repository (kbgen) and bench/ (suggest_data)
    sys.path.insert(0, str(_folder))

from suggest_data import pii_heldout3  # noqa: E402
from suggest_data.pii_heldout3 import _ascii, _card, _plain, _render  # noqa: E402
from suggest_data.pii_heldout21 import _hw, _v4  # noqa: E402  (generic MAC and IPv4 shapes)

DOMAIN = "ferrandiere-dhillon.example.org"
SHORT = "fdeh"
REALM = "ESSENCE"
SEED = 2393

# (given name, family name) pools per region, so that a person's two names come from one place
# most of the time and from two places sometimes, as in any workforce.
PEOPLE = {
    "grasse": ("Mirèio Frederi Esteve Madaleno Bertoumiéu Catarino Nouvè Anfos Rousèto Margarido",
               "Roumanille Gaubert Isnard Ferrandière Bérenguier Maurel Castellan Audibert Giraud-Lèbre"),
    "kannauj": ("Pushpendra Shalini Vedant Kamini Ramakant Gulabo Anuradha Triloki Keshav Sumitra",
                "Tiwari Kannaujia Attarwala Mishra Dixit Rathore Shukla Awasthi Bajpai"),
    "amritsar": ("Gurpreet Harjot Simranjit Jaswinder Navkiran Manmeet Tejinder Amrit Rupinder Baljeet",
                 "Dhillon Sandhu Grewal Bajwa Randhawa Aulakh Kahlon Gill Sekhon"),
    "taif": ("Abdulilah Hanan Raghad Fawaz Maram Turki Shahad Nawwaf Jawaher Mishal",
             "Al-Ghamdi Al-Thubaiti Al-Harthi Al-Otaibi Al-Zahrani Al-Shehri Al-Malki"),
    "kazanlak": ("Rumen Tsveta Yordanka Stanimir Rozalina Velizar Donka Krasimir Nedelya Plamen",
                 "Rozova Dyulgerova Kanchev Tarpanov Bozhilova Zlatarev Enchev Rusinova"),
    "isparta": ("Gülbahar Ferit Nurgül Sabahattin Hatice Kadir Ayşegül Mevlüt Şükran Tayfun",
                "Gülsoy Karagül Yılmazer Akgül Bektaş Dinçer Tosunoğlu Eğridir"),
    "kashan": ("Golnar Behzad Ziba Farhad Nastaran Kiarash Parvin Houman Setareh Bijan",
               "Golabchi Kashani Niavarani Ghamsari Ashtiani Mahallati Zarrabi"),
    "encarnacion": ("Arasy Jasy Ñeery Tupãsy Mburuvicha Rosalba Hermelinda Celso Liz Ever",
                    "Benítez Ayala Giménez Ocampos Aquino Bareiro Fleitas Ortiz-Ñamandu"),
    "ilulissat": ("Aviaja Nivi Ujarak Malik Naja Pipaluk Inunnguaq Kuluk Paninnguaq Aputsiaq",
                  "Lynge Kleist Egede Olsen-Petersen Heilmann Rosing Kristiansen Zeeb"),
    "comores": ("Mariama Anzize Soilihi Attoumani Zaharia Nassur Faïza Chamsidine Echat Mouhoutar",
                "Madi Ahamada Houmadi Mzé Combo Abdallah-Saïd Msaidié Youssouf"),
    "nj": ("Dolores Garrett Shanice Marcus Renata Theo Priya Kyle",
           "Whitfield Okafor-Lutz McAllister Brandt Ferraro Quintero"),
    "osaka": ("Kaori Ryūnosuke Chihiro Takumi Emiko Shōta Natsuki Yūki",
              "Kishimoto Fujiwara Ōhashi Matsuda Nishikawa Tsujimoto"),
}
# Family names of two words, and particles, kept together.
PEOPLE_EXTRA = {"grasse": ["de Villeneuve", "Lou Pastre"], "encarnacion": ["Da Silva Benítez", "López de Acosta"],
                "comores": ["Ben Saïd", "Said Omar"], "nj": ["Van Der Berg", "St. Clair"]}
# The same people as the Gurmukhi, Devanagari, Arabic, Cyrillic and Japanese spellings they sign with.
SCRIPT_NAMES = [("ਗੁਰਪ੍ਰੀਤ", "ਢਿੱਲੋਂ"), ("ਹਰਜੋਤ", "ਸੰਧੂ"), ("ਸਿਮਰਨਜੀਤ", "ਗਰੇਵਾਲ"), ("पुष्पेंद्र", "तिवारी"),
                ("शालिनी", "मिश्रा"), ("केशव", "अवस्थी"), ("عبدالإله", "الغامدي"), ("رغد", "الثبيتي"), ("گلنار", "گلابچی"),
                ("بهزاد", "کاشانی"), ("Румен", "Розов"), ("Йорданка", "Дюлгерова"), ("香織", "岸本"), ("拓海", "藤原")]

SITES = ["GRS", "KNJ", "ATQ", "TIF", "KZL", "ISP", "KSN", "ENC", "JAV", "DZA", "HAH", "TNK", "OSA"]
STATIONS = ["Grasse still room", "Kannauj deg shed", "Amritsar blending room", "Taif rose intake",
            "Kazanlak distillery", "Isparta field office", "Kashan rosewater works", "Encarnación petitgrain still",
            "Ilulissat lab annexe", "Mamoudzou ylang still", "Moroni export office", "Teaneck GC lab",
            "Osaka sales office"]
UNITS = ["Distilling", "Enfleurage", "GC Lab", "Olfactory Panel", "Bottling", "Growers' Intake", "Bonded Store",
         "Export", "Payroll", "Reception"]

PHONES_FULL = ["+33 4 93 36 18 72", "+33 6 41 27 83 09", "+91 5694 234 118", "+91 94154 21873", "+91 183 250 4471",
               "+91 98140 37726", "+966 12 736 4418", "+966 55 418 2273", "+359 431 6 24 18", "+359 88 417 3320",
               "+90 246 218 44 71", "+90 532 418 27 73", "+98 31 5544 1827", "+98 913 418 2276", "+595 71 204 418",
               "+595 981 418 227", "+299 94 41 87", "+299 55 18 27", "+262 269 61 44 18", "+262 639 41 27 73",
               "+269 773 41 82", "+269 332 18 77", "+1 201 555 0147", "+1 (201) 555-0183", "+81 6 6241 7730",
               "+81 90 4172 8813", "+33-6-41-27-83-09", "0033 6 41 27 83 09", "+91-94154-21873",
               "+595 (981) 418-227", "(+966) 554182273", "+98 (913) 418 2276"]
PHONES_LOCAL = ["04 93 36 18 72", "06.41.27.83.09", "05694-234118", "094154 21873", "0183-2504471", "98140 37726",
                "012 736 4418", "055 418 2273", "0431 6 24 18", "088 417 3320", "(0246) 218 44 71",
                "0532 418 27 73", "031-5544-1827", "0913 418 2276", "(071) 204 418", "0981 418 227", "94 41 87",
                "55 18 27", "0269 61 44 18", "0639 41 27 73", "773 41 82", "332 18 77", "(201) 555-0147",
                "201.555.0183", "06-6241-7730", "090-4172-8813"]
EXT_FORMS = ["poste {n}", "एक्सटेंशन {n}", "ਐਕਸਟੈਂਸ਼ਨ {n}", "داخلي {n}", "вътр. {n}", "dahili {n}", "داخلی {n}",
             "interno {n}", "lokal {n}", "内線{n}", "ext. {n}", "x{n}", "#{n}", "(ext {n})"]

ADDR_ONE = [
    "Lou Camin dóu Plan 14, 06130 Grasse", "12 bd du Jeu de Ballon, 06130 Grasse",
    "Traverse des Capucins 3, bâtiment B, 06130 Grasse",
    "मकान नं. 47, मोहल्ला अत्तरगंज, कन्नौज 209725", "House 118, Mohalla Bara Bazar, Kannauj, U.P. 209725",
    "ਮਕਾਨ ਨੰ. 221, ਗਲੀ ਨੰ. 4, ਰਣਜੀਤ ਐਵੇਨਿਊ, ਅੰਮ੍ਰਿਤਸਰ 143001", "H.No. 1402, Sector 7, Ranjit Avenue, Amritsar 143001",
    "حي الشهداء الجنوبية، شارع الورد، مبنى 12، الطائف 26521", "Al Hada Road, Villa 41, Taif 26511",
    "ул. „Розова долина“ 22, вх. Б, ап. 7, 6100 Казанлък", "bul. Rozova dolina 9, 6100 Kazanlak",
    "Gülistan Mah. 104. Cad. No: 18 D: 4, 32200 Isparta", "کاشان، خیابان امیرکبیر، کوچه گلاب ۸، پلاک ۲۳",
    "Kashan, Amir Kabir St., Golab Alley 8, No. 23", "Calle Mcal. Estigarribia 1420 c/ Carlos A. López, Encarnación",
    "Barrio San Isidro, Calle Tupãsy 77, 6000 Encarnación, Itapúa", "Aqqusinersuaq 14, 3952 Ilulissat",
    "B-1014, Postboks 221, 3952 Ilulissat, Kalaallit Nunaat", "12 rue du Commerce, Kavani, 97600 Mamoudzou",
    "Route de Passamaïnty, résidence Ylang, apt 3, 97600 Mamoudzou", "BP 412, Moroni, Grande Comore",
    "Quartier Badjanani, rue 14, Moroni", "774 Cedar Ln, Suite 3B, Teaneck, NJ 07666",
    "PO Box 2218, Hackensack, NJ 07602", "〒542-0081 大阪市中央区南船場 3-11-20 香雅ビル 5F",
    "3-11-20 Minamisenba, Chuo-ku, Osaka 542-0081", "Av. Mariscal López 3410 c/ Dr. Morra, Asunción 1209",
    "Jr. Huallaga 448, Of. 301, Cercado de Lima 15001", "Calle Sierpes 41, 3º izq., 41004 Sevilla",
    "Kirchgasse 7/2/14, 1070 Wien", "36 Rue Maurice Jeanson, 97490 Sainte-Clotilde",
    "No. 7, Jalan Bunga Raya 2, Taman Melati, 53100 Kuala Lumpur",
]
# Addresses written over three lines: one a line here, the lines split at " / ".
ADDR_STACKS = [tuple(part.split(" / ")) for part in """\
Mirèio Isnard / Chemin de la Bastide Rouge 22 / 06130 Grasse, France
Atelier 4, Parc des Fleurs / Route de Pégomas / 06130 Grasse
H.No. 88, Gali Attar Wali / Near Bara Bazar / Kannauj 209725, Uttar Pradesh
ਕੋਠੀ ਨੰ. 17 / ਗ੍ਰੀਨ ਐਵੇਨਿਊ / ਅੰਮ੍ਰਿਤਸਰ, ਪੰਜਾਬ 143001
ул. „Искра“ 5 / 6100 Казанлък / България
Calle Curupayty 1188 / Barrio Centro / Encarnación, Itapúa, Paraguay
Kussangajannguaq 3 / 3952 Ilulissat / Greenland
Lotissement Les Hauts Vallons, lot 27 / Cavani / 97600 Mamoudzou, Mayotte
2210 Palisade Ave, Apt 6C / Fort Lee, NJ 07024 / United States
شارع شهار، عمارة 9، شقة 4 / الطائف 26514 / المملكة العربية السعودية
大阪市北区梅田 1-2-8 / 梅田香りレジデンス 1207 / 〒530-0001
Rua do Ouvidor 112, 2º andar / Centro / 20040-030 Rio de Janeiro - RJ""".splitlines()]

# Machines people name without a domain ("the box called ...", "on <name> the logger stopped").
MACHINES = ("stillpc degshed gcms headspace panelbooth capper labeller intakescale bondstore chiller enfleurage "
            "rosecam fractionator blendtab exportdesk retort").split()

_SCENTS = ["Jasmin", "Rose", "Neroli", "Vetiver", "Oud", "Ylang", "Mitti", "Kewra", "Gulab", "Petitgrain",
           "Ambre", "Civette", "Tuberose", "Iris", "Santal", "Benjoin", "Kastoori", "Mimosa", "Labdanum", "Cassie",
           "ilulissat", "kazan", "taif", "grasse", "deg", "bhapka", "still", "otto", "absolue", "concrete"]
_KEYBOARD = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789!#$%&*+-=?@^_~:;,."


def _secret(rng: random.Random) -> str:
    """A password: the shapes agents hand out, people pick and generators produce."""
    one, two = rng.sample(_SCENTS, 2)
    num = rng.randrange(10_000)
    noise = "".join(rng.choice(_KEYBOARD) for _ in range(rng.choice((8, 10, 13, 16, 20, 32))))
    pick = rng.randrange(22)
    if pick < 6:
        return noise if pick < 4 else noise[:rng.randrange(8, len(noise) + 1)]
    shaped = (f"{one}{two}{num % 100}", f"{one.lower()}_{two.lower()}_{num % 1000}", f"{one}@{num % 10_000:04d}",
              f"{one.upper()}#{num % 100:02d}", f"Still{num}!", f"Essence-{2036 + num % 4}", f"{num % 1000}{one}{two[:3]}",
              f"{one[:3]}{num % 10}{two[:3].upper()}{num % 7}", f"{two.lower()}{rng.choice(('2037', '37', '!!', '**'))}",
              f"{one}.{two}.{num % 10}", f"Tmp-{num % 100:02d}{rng.choice('KLMV')}", f"{noise[:3]}{one}{noise[3:6]}",
              f"{one}{two}".lower() + str(num % 10), "".join(rng.choice("0123456789") for _ in range(rng.choice((4, 6, 8)))),
              f"{one} {two} {num % 100}", f"{two}&{one}")
    return shaped[pick - 6]


def _code(rng: random.Random) -> str:
    """One-time codes as SMS, authenticator apps, hardware tokens and the bonded-store keypad give them."""
    digits = "".join(rng.choice("0123456789") for _ in range(10))
    letters = "".join(rng.choice("BCDFGHJKMNPQRTVWXYZ2345679") for _ in range(8))
    shapes = (digits[:6], digits[:6], digits[:6], digits[:6], digits[:8], digits[:5], f"{digits[:3]} {digits[3:6]}",
              f"{digits[:3]}-{digits[3:6]}", f"{digits[:4]} {digits[4:8]}", letters[:6], f"{letters[:3]}-{letters[3:6]}",
              f"FD-{digits[:6]}", f"{digits[:2]}-{digits[2:4]}-{digits[4:6]}")
    return rng.choice(shapes)


def _badge(rng: random.Random) -> str:
    """Staff numbers: payroll, seasonal pickers' cards, panel members, contractors at the stills."""
    site = rng.choice(SITES)
    shapes = (lambda: f"FDH{rng.randrange(100_000, 999_999)}", lambda: f"FD-{rng.randrange(1000, 9999)}-{rng.choice('PQRS')}",
              lambda: f"{site}/{rng.randrange(100, 9999):04d}", lambda: f"PK{rng.randrange(36, 38)}-{rng.randrange(1000, 9999)}",
              lambda: f"NOSE-{rng.randrange(10, 99)}", lambda: f"E{rng.randrange(1_000_000, 9_999_999)}",
              lambda: f"{rng.randrange(10, 99)}.{rng.randrange(100, 999)}.{rng.randrange(100, 999)}",
              lambda: f"CT{site}{rng.randrange(100, 999)}", lambda: str(rng.randrange(30_000_000, 39_999_999)),
              lambda: f"{rng.choice('ABCDEFGH')}{rng.randrange(10, 99)}-{rng.randrange(10_000, 99_999)}")
    return rng.choice(shapes)()


def _draw_names(rng: random.Random) -> tuple[str, str]:
    if rng.random() < 0.07:
        return rng.choice(SCRIPT_NAMES)
    here = rng.choice(sorted(PEOPLE))
    there = here if rng.random() < 0.8 else rng.choice(sorted(PEOPLE))
    given = rng.choice(PEOPLE[here][0].split())
    family = rng.choice(PEOPLE[there][1].split() + PEOPLE_EXTRA.get(there, []))
    return given, family


class Nose:
    """A distiller, chemist, panel member, grower, picker or customer, with what the desk writes of them."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.first, self.last = _draw_names(rng)
        g = _ascii(self.first) or rng.choice(("nivi", "rumen", "hanan"))
        f = (_ascii(self.last) or rng.choice(("gill", "madi", "egede"))).replace(" ", "").replace("-", "")
        n = rng.randrange(1, 1000)
        logins = (f"{g[0]}{f[:7]}", f"{f[:6]}{g[:2]}", f"{g}.{f}"[:20], f"{g}{n % 100}", f"fd{rng.randrange(10_000, 99_999)}",
                  f"{f}_{g[0]}", f"{g[:3]}{f[:3]}{n % 10}", f"nose.{f[:5]}", f"still-{g[:5]}", f"{f[:4]}{g[:1]}".upper(),
                  f"{g[0]}.{f}", f"{g}-{f[:1]}{n % 100}", f"z{g[:2]}{f[:4]}")
        self.login = rng.choice(logins)
        self._g, self._f = g, f

    def shown(self) -> str:
        """The name as desks write it: both orders, any case, initials, honorifics, dropped accents."""
        f, l, rng = self.first, self.last, self.rng
        ways = (f"{f} {l}", f"{f} {l}", f"{l} {f}", f"{l}, {f}", f"{l.upper()} {f}", f"{f} {l.upper()}",
                f"{f.lower()} {l.lower()}", f"{f.upper()} {l.upper()}", _plain(f"{f} {l}"), f"{f[0]}. {l}",
                f"{l}, {f[0]}.", f"{f} {l[0]}.", f"Mme {l}", f"M. {f} {l}", f"Shri {f} {l}", f"S. {f} {l}",
                f"Sayın {f} {l}", f"Sra. {l}", f"{l}-san", f"{f} ({l})", f"{l} {f[0]}", f"Dr {l}")
        return rng.choice(ways)

    def address(self) -> str:
        g, f, rng = self._g, self._f, self.rng
        box = rng.choice(("provenco.example.fr", "awadh-mail.example.in", "panj-aab.example.in", "hejaz.example.sa",
                          "rozova.example.bg", "gulistan.example.com.tr", "golab.example.ir", "itapua.example.com.py",
                          "sermeq.example.gl", "maore.example.yt", "ngazidja.example.km", "bergen-county.example.com",
                          "naniwa.example.jp", DOMAIN))
        return rng.choice((f"{g}.{f}@{box}", f"{f}.{g[0]}@{box}", f"{g[0]}{f}{rng.randrange(1, 99)}@{box}",
                           f"{g}_{f}@{box}", f"{f.upper()}@{box}", f"{g}{rng.randrange(1958, 2010)}@{box}",
                           f"{g}+attar@{box}", f"{f}-{g}@{box}", f"{g}.{f}.{rng.randrange(2, 9)}@{box}"))

    def hidden_address(self) -> str:
        g, f = self._g, self._f
        return self.rng.choice((
            f"{g}.{f} arobase provenco point example point fr", f"{g} (at) awadh-mail (dot) example (dot) in",
            f"{f}{g[0]} ät hejaz punkt example punkt sa", f"{g}_{f} at-sign rozova dot example dot bg",
            f"{g}.{f} kuyruklu a gulistan nokta example nokta com nokta tr", f"{g} [@] golab [.] example [.] ir",
            f"{f} arroba itapua punto example punto com punto py", f"{g}.{f} snabel-a sermeq punktum example punktum gl",
            f"{g} AT maore DOT example DOT yt", f"{g} ＠ naniwa ． example ． jp", f"{f}.{g}%40ngazidja.example.km",
            f"{g}&#64;bergen-county.example.com", f"{g} dot {f} at panj-aab dot example dot in",
            f"{g}-{f} <at> provenco <dot> example <dot> fr", f"{f} {{@}} hejaz {{.}} example {{.}} sa"))

    def machine(self) -> str:
        """A still room's, a lab's or a person's machine; some carry the owner's name or login."""
        g, f, rng = self._g, self._f, self.rng
        site = rng.choice(SITES).lower()
        n = rng.randrange(1, 10_000)
        kind = rng.choice(("dst", "gc", "pnl", "btl", "int", "bnd", "exp"))
        return rng.choice((f"{site}-{kind}{n % 100:02d}", f"{kind}{n % 100:02d}.{site}.{DOMAIN}", f"lt-{f[:8]}",
                           f"{g}-thinkpad", f"{site}{kind}-{n % 10}.{SHORT}.lan", f"{f[:4]}{g[:2]}-pc",
                           f"still{n % 30:02d}-{site}", f"gc{n % 8}.{site}.{DOMAIN}", f"{g[:5]}-ipad.{SHORT}.lan",
                           f"{SHORT}-{site}-{n % 1000:03d}", f"{rng.choice(MACHINES)}{n % 10}",
                           f"{rng.choice(MACHINES)}-{site}", f"{site.upper()}WS{n % 1000:03d}", f"{f[:7]}.{SHORT}.lan",
                           f"{g}-{f}-air"))


_PERSONAL = (
    # slot, kind, how it is drawn from (person, other person, rng)
    ("name", "person_name", lambda p, o, r: p.shown()),
    ("first", "person_name", lambda p, o, r: p.first),
    ("last", "person_name", lambda p, o, r: p.last),
    ("LAST", "person_name", lambda p, o, r: _plain(p.last).upper()),
    ("first_ascii", "person_name", lambda p, o, r: _plain(p.first)),
    ("lower", "person_name", lambda p, o, r: f"{p.first} {p.last}".lower()),
    ("rev", "person_name", lambda p, o, r: f"{p.last} {p.first}"),
    ("name2", "person_name", lambda p, o, r: o.shown()),
    ("user", "username", lambda p, o, r: p.login),
    ("user2", "username", lambda p, o, r: o.login),
    ("mail", "email", lambda p, o, r: p.address()),
    ("mail_hidden", "email", lambda p, o, r: p.hidden_address()),
    ("phone", "phone", lambda p, o, r: r.choice(PHONES_FULL)),
    ("phone_local", "phone", lambda p, o, r: r.choice(PHONES_LOCAL)),
    ("phone_ext", "phone", lambda p, o, r: f"{r.choice(PHONES_FULL)} {r.choice(EXT_FORMS).format(n=r.randrange(10, 9999))}"),
    ("addr", "address", lambda p, o, r: r.choice(ADDR_ONE)),
    ("addr2", "address", lambda p, o, r: r.choice(ADDR_ONE)),
    ("sid", "employee_id", lambda p, o, r: _badge(r)),
    ("sid2", "employee_id", lambda p, o, r: _badge(r)),
    ("otp", "otp", lambda p, o, r: _code(r)),
    ("pw", "password", lambda p, o, r: _secret(r)),
    ("pw2", "password", lambda p, o, r: _secret(r)),
    ("host", "hostname", lambda p, o, r: p.machine()),
    ("host2", "hostname", lambda p, o, r: o.machine()),
    ("bare", "hostname", lambda p, o, r: f"{r.choice(MACHINES)}{r.randrange(1, 40)}"),
    ("bare2", "hostname", lambda p, o, r: f"{r.choice(MACHINES)}-{r.choice('abcdefgh')}{r.randrange(1, 9)}"),
    ("ip", "ipv4", lambda p, o, r: _v4(r)),
    ("mac", "mac", lambda p, o, r: _hw(r)),
    ("card", "credit_card", lambda p, o, r: _card(r)),
)


def _fill(person: Nose, rng: random.Random) -> dict:
    """Slot name -> (text, personal-data kind or None) for one probe."""
    other = Nose(rng)
    stack = rng.choice(ADDR_STACKS)
    values = {slot: (draw(person, other, rng), kind) for slot, kind, draw in _PERSONAL}
    values.update({f"a{i + 1}": (line, "address") for i, line in enumerate(stack)})
    hour, minute = rng.randrange(24), rng.randrange(60)
    plain_slots = {"hh": f"{hour:02d}:{minute:02d}", "hh2": f"{hour:02d}:{(minute + 2) % 60:02d}",
                   "pid": str(rng.randrange(300, 60_000)), "port": str(rng.randrange(1025, 65_000)),
                   "unit": rng.choice(UNITS), "station": rng.choice(STATIONS), "REALM": REALM, "DOMAIN": DOMAIN,
                   "SHORT": SHORT, "uid": str(rng.randrange(20_000, 60_000))}
    values.update({slot: (text, None) for slot, text in plain_slots.items()})
    return values


# Passwords: agent-set, tried, shouted in the still room, in chat, configs, code, other scripts, bare.
_SECRETS = """\
Reset it. Her temporary one is {pw}; the GC workstation makes her pick a new one at first sign-in.
gave the new picker {pw} for the intake tablet, valid today only
for now use {pw} - I'll force a change tonight
he tried {pw} and {pw2}, both bounced by the blending screen
keeps shaking the box when I type {pw}
was it {pw}? might have been {pw2}, not sure
pretty sure mine is still {pw} from spring
shouted across the still room at {hh}: "{pw}!" - everybody heard it, please reset
{pw} is on a sticky note on the capper screen
it went round the growers' WhatsApp: {pw}
[{hh}] <{user}> use {pw}\\n[{hh2}] <{user2}> worked, ta
[{hh}] {user}: {pw}\\n[{hh2}] {user}: sorry wrong window!!
{first} at {hh}: set it to {pw} like you said
{user} &gt; {pw}
{user}: {pw}
DB_USER={user}\\nDB_PASS={pw}
[panel.export]\\nlogin = "{user}"\\nsecret = "{pw}"
<credentials user="{user}" password="{pw}"/>
{"user": "{user}", "pass": "{pw}", "site": "{station}"}
machine sftp.{DOMAIN} login {user} password {pw}
//{bare}/share /mnt/gc cifs username={user},password={pw} 0 0
jdbc:postgresql://{bare}:5432/batches?user={user}&password={pw}
<keyMaterial>{pw}</keyMaterial>
psql "host={bare} user={user} password={pw} dbname=intake"
conn = connect(host="{host}", user="{user}", passwd="{pw}")
Invoke-Command -ComputerName {bare} -Credential (New-Object PSCredential '{REALM}\\{user}', (ConvertTo-SecureString '{pw}' -AsPlainText -Force))
wget --user={user} --password={pw} https://lims.{DOMAIN}/export
smbclient //{bare}/retort -U {user}%{pw}
echo '{pw}' | sudo -S systemctl restart stilld
dsmod user "CN={user},OU=Stills,DC=essence,DC=lan" -pwd {pw}
User: {user}\\nTemp: {pw}
Mot de passe provisoire : {pw}
Mot de pas provisòri: {pw}
अस्थायी पासवर्ड: {pw}
ਆਰਜ਼ੀ ਪਾਸਵਰਡ: {pw}
كلمة المرور المؤقتة: {pw}
Временна парола: {pw}
Geçici şifre: {pw}
رمز موقت: {pw}
Ñe'ẽñemi pyahu: {pw}
Contraseña provisoria: {pw}
Isissutissaq nutaaq: {pw}
Midgangskode: {pw}
Neno la siri: {pw}
Ɓangwe la siri: {pw}
仮パスワード：{pw}
{name} swears she entered {pw}
after I reset it {user} got in with {pw}
stop sending {pw} in the clear please
{pw}
{pw}\\n^^ from the handover binder, doesn't work
it's {pw} but the first letter is a capital
she typed {pw} in the name field so it's in the sign-in log now
the welcome letter says {pw} and that fails
was: {pw} / now: {pw2}
only {pw} works on the old deg-shed panel
I used {pw} on the distillery pc and the same on the lab one
copy this exactly -> {pw}
ok so the new one = {pw}"""
# Postal addresses: one line, stacked, with and without cue words, signatures, waybills, customs forms.
_POSTAL = """\
Please send the replacement headspace vial rack to {addr}
Home: {addr}
my new address from July: {addr}
{addr}
I'm staying at {addr} during the rose harvest
courier it to\\n{a1}\\n{a2}\\n{a3}
{name}\\n{a1}\\n{a2}\\n{a3}
Ship to:\\n{name}\\n{a1}, {a2}\\n{a3}\\nPh {phone}
WAYBILL\\nConsignee: {name}\\n{addr}\\nContents: 2 x 25 kg rose concrete (UN1197)
Customs form CN23\\nSender: {name2}, {addr2}\\nAddressee: {name}, {addr}
Adresse : {addr}
Adreça: {addr}
पता: {addr}
ਪਤਾ: {addr}
العنوان: {addr}
Адрес за доставка: {addr}
Adres: {addr}
نشانی: {addr}
Dirección: {addr}
Tenda: {addr}
Najugaq: {addr}
Adresse (DK): {addr}
Anwani: {addr}
住所：{addr}
moved out of {addr} into {addr2}
the rose certificate went to {addr}, which is my old flat
Bien à vous,\\n{name}\\nParfumeur, {station}\\n{addr}\\nPortable {phone}
Warm regards,\\n{first} {last}\\n{a1}\\n{a2}
सादर,\\n{name}\\n{addr}\\nमोबाइल {phone_local}
Saludos,\\n{first}\\n{addr}
--\\n{name} | {unit} | {addr} | {phone_ext}
С поздрави,\\n{name}\\n{a1}\\n{a2}\\n{a3}
Best,\\n{first_ascii}\\n{a1}\\n{a2}, {a3}
{name} · {station} · {addr} · {phone}
deliver: {addr} ; invoice: {addr2}
pick-up point is {a1}, {a2}"""
# Usernames: prose, parentheses, command output, paths, e-mail-like forms, principals.
_LOGINS = """\
{user} can't open the batch sheets since the move
please unlock {user}, she's at the stills till 5
the picker (user {user}) sees last season's quotas
Login name: {user}
should {user} still be enabled?
sign in as {user} and check the panel results
in the lab I'm {user}, at the still I'm {user2}
{user}@{DOMAIN} bounces since Monday
use {user}@{SHORT}.lan at the prompt
{user}@{REALM}.LAN principal expired
{REALM}\\{user} denied on \\\\{bare}\\formulas
C:\\Users\\{user}\\Documents\\formula_rose_otto.xlsx won't save
/home/{user}/chromatograms/2036 is empty
/Users/{user}/Library/Mail is 40 GB
$ whoami\\n{user}
C:\\> quser\\n USERNAME   SESSIONNAME   ID  STATE\\n>{user}    rdp-tcp#4      2  Active
$ finger {user}\\nLogin: {user}    Name: {name}\\nDirectory: /home/{user}
$ ls -l /srv/panel\\n-rw-r----- 1 {user} panel 8124 Jul 14 {hh} scores.csv
$ ps -u {user}\\n  PID TTY          TIME CMD\\n {pid} pts/2    00:00:01 bash
$ sudo smbstatus -b\\n{pid}   {user}   stills   {ip}
$ ldapsearch -x uid={user}\\ndn: uid={user},ou=people,dc=essence,dc=lan\\ncn: {name}
$ klist\\nDefault principal: {user}@{REALM}.LAN
Jul 14 {hh}:02 {bare} sshd[{pid}]: Accepted publickey for {user} from {ip}
LIMS audit {hh}: user {user} reopened batch 36-0714 (reason: typo)
that name ({user}) is taken in the grower portal
move {user}'s open samples to {user2}
* {user} has quit (Ping timeout)
raised by {user} on behalf of the panel
logged under {user2} but the problem is mine
uid={uid}({user}) gid={uid}({user}) groups={uid}({user}),27(sudo)"""
# Staff ids.
_BADGES = """\
Staff number {sid}
card {sid} refused at the bonded store
contractor {sid} can't clock in at the still
employee {sid} - {name}
{sid} is {name2}'s number, mine is {sid2}
Payroll no.: {sid}
कर्मचारी संख्या: {sid}
ਮੁਲਾਜ਼ਮ ਨੰਬਰ: {sid}
الرقم الوظيفي: {sid}
Служебен номер: {sid}
Sicil no: {sid}
شماره پرسنلی: {sid}
Matricule {sid}
N° de legajo {sid}
Sulisup normua: {sid}
社員番号 {sid}
{sid} {LAST} {first}
picker card {sid} expired
HR has {sid2} but the badge shows {sid}
panel member {sid} (second season)"""
# Host names in prose under the domain and bare machine names.
_MACHINES = """\
{host} lost the formulas share after patch night
please rebuild {host}, it was {name}'s
{host} doesn't answer ping but {host2} does
my laptop is {host}, the bottling line PC is {host2}
RDP into {host} fine, {host2} refuses
the box called {bare} restarted twice overnight
on {bare} the still logger stopped at {hh}
the PC beside the capper, {bare}, is stuck on a blue screen
can someone check {bare}? it's making a grinding noise
we moved the rose cameras off {bare} onto {host}
affected: {host}, {host2}, {bare}
* {host}\\n* {bare}\\n* {bare2}
{hh}:17 {bare} stilld[{pid}]: condenser temp lost, exiting
$ dig +short {host}\\n{ip}
> ping -n 2 {bare}\\nPing request could not find host {bare}.
copied {name}'s blend notes from {host} to {host2}
{host} ({mac}) keeps dropping off the lab wifi
{bare2} and {bare} are both an hour behind
put the panel app on {host} for {first}
{name} has {host} now, {host2} goes back to the store
Resolve-DnsName {host}\\nName : {host}\\nIPAddress : {ip}
the intake scale posts to {bare} every 5 minutes, nothing since noon
the chromatograph only talks to {bare}
{bare} is the black tower under the bench in the panel room
both {bare} (kiosk) and {host} (laptop) need the update
{bare} ran out of disk again
I think {bare2} is the one by the degs, not {bare}"""
# Names in every case and order.
_NAMES = """\
{name} called about the export permit
Call from {rev}, distiller at {station}
{LAST} {first} can't print the batch labels
talked to {lower} at the intake desk
cc {name2} (shift lead)
on behalf of {name}
{first_ascii} {LAST} left last week, please disable
{last}, {first} - picker since June
Reported by: {name}\\nFor: {name2}
Mme {last} says the chromatograms freeze
hi {first}, all done
thx {first_ascii}!
{LAST} rang twice with no ticket
customer {name} wants the invoice again
{first} and {name2} share the panel booth
{first} {last} ({unit}) and {name2} ({unit})"""
# E-mails, phones, one-time codes.
_REACH = """\
reply to {mail}
my own mail: {mail_hidden}
please write to {mail_hidden}
From: {name} <{mail}>
ring me on {phone}
portable {phone_local}
direct line {phone_ext}
मोबाइल: {phone_local}
Tél. {phone}
tel. {phone_local}
☎ {phone}
WhatsApp {phone}
the code was {otp}
text said {otp}
he read me {otp} but it had expired
one-time code: {otp}
कोड: {otp}
ਕੋਡ: {otp}
رمز التحقق {otp}
Код: {otp}
Doğrulama kodu {otp}
確認コード：{otp}
the bonded store keypad showed {otp}
token gave {otp}, then {otp}"""
# Mixed records.
_RECORDS = """\
{name} | {sid} | {user} | {phone}
id;login;machine;ip\\n{sid};{user};{host};{ip}
nose:\\n  name: {name}\\n  login: {user}\\n  staff: {sid}\\n  tel: "{phone}"
| Field | Value |\\n|---|---|\\n| Name | {name} |\\n| Login | {user} |\\n| Address | {addr} |
{"grower": "{name}", "portal_user": "{user}", "otp": "{otp}"}
GROWER={name}|MAIL={mail}|PHONE={phone}
?u={user}&emp={sid}&next=%2Fpanel
refund to card {card}
dnsmasq-dhcp: DHCPACK(eth1) {ip} {mac} {bare}
Jul 14 {hh}:12 {bare} sshd[{pid}]: Failed password for invalid user {user} from {ip} port {port} ssh2
RADIUS reject: {REALM}\\{user} from {mac}
{first} {last} <{mail}>, {phone}, {addr}"""


def _lines(block: str) -> list[str]:
    """One probe a line; a written ``\\n`` is a line break inside the probe."""
    return [line.replace("\\n", "\n") for line in block.splitlines()]


PROBES = (_lines(_SECRETS) * 3 + _lines(_POSTAL) * 2 + _lines(_LOGINS) * 2 + _lines(_BADGES) * 2
          + _lines(_MACHINES) * 2 + _lines(_NAMES) + _lines(_REACH) * 2 + _lines(_RECORDS) * 2)

# Look-alikes that are not personal data: (kind, sentence, the text that must stay), one a line as
# kind | sentence | kept text; a written \n is a line break.
_LOOKALIKES = """\
firm | Ferrandière-Dhillon Attar & Essence House price list attached. | Ferrandière-Dhillon Attar & Essence House
batch | batch RO-36-0714 of rose otto passed | RO-36-0714
batch | lot JS/2036/118 jasmine absolute on hold | JS/2036/118
gc | linalool peak at 11.42 min | 11.42 min
cas | CAS 78-70-6 on the label | 78-70-6
ifra | meets IFRA 51st Amendment | IFRA 51st Amendment
yield | yield 0.031 % from 3,200 kg petals | 0.031 %
temp | condenser water at 18 °C | 18 °C
order | PO 4511827730 for amber bottles | 4511827730
order | sales order SO/36/07719 | SO/36/07719
ticket | duplicate of INC2049911 | INC2049911
ticket | CHG0418833 approved | CHG0418833
asset | asset FDH-IT-004417 returned | FDH-IT-004417
asset | serial PF3ZK81Q on the ThinkPad | PF3ZK81Q
version | LabSolutions 5.118 installed | 5.118
version | capper firmware 3.14.0-beta2 | 3.14.0-beta2
error | chromatograph reports E-0417 | E-0417
error | Windows says 0x80070005 | 0x80070005
error | the LIMS answers HTTP 403 | HTTP 403
room | Room P-204 too warm for the panel | P-204
room | meet in the Neroli Room | Neroli Room
room | lab 2B extractor loud | 2B
amount | paid EUR 4.180,00 to the grower | EUR 4.180,00
amount | INR 1,25,000 advance | INR 1,25,000
amount | PYG 2.400.000 for the petitgrain | PYG 2.400.000
date | distillation on 2036-07-14 | 2036-07-14
time | stills start at 04:30 | 04:30
product | Shimadzu GCMS-QP2020 NX needs helium | Shimadzu GCMS-QP2020 NX
product | the Agilent 8890 won't ignite | Agilent 8890
product | Lenovo ThinkPad T14 Gen 5 dock flickers | ThinkPad T14 Gen 5
product | Zebra ZT411 labels smudge | Zebra ZT411
product | Mettler Toledo ICS685 scale off by 20 g | Mettler Toledo ICS685
file | open rose_otto_spec_v12.pdf | rose_otto_spec_v12.pdf
file | see C:\\ProgramData\\LabSolutions\\log\\run42.log | C:\\ProgramData\\LabSolutions\\log\\run42.log
server | restarted limsdb after lunch | limsdb
server | certificate on lims.ferrandiere-dhillon.example.org expires | lims.ferrandiere-dhillon.example.org
mailbox | send orders to export@ferrandiere-dhillon.example.org | export@ferrandiere-dhillon.example.org
mailbox | no-reply-lims@ferrandiere-dhillon.example.org floods the inbox | no-reply-lims@ferrandiere-dhillon.example.org
account | log on as Administrator only in safe mode | Administrator
account | service account svc-lims is locked | svc-lims
account | the cron job runs as root | root
account | the share is owned by nobody | nobody
account | LOCAL SERVICE holds the port | LOCAL SERVICE
account | the www-data user writes the logs | www-data
account | DefaultAccount is disabled | DefaultAccount
account | the Guest account stays off | Guest
place | heatwave in Kannauj | Kannauj
place | road blocked outside Kazanlak | Kazanlak
place | rain in Encarnación | Encarnación
place | ice at Ilulissat airport | Ilulissat
place_surname | trade fair in Preston | Preston
place_surname | bottles from Stafford | Stafford
place_surname | samples sent to Lincoln | Lincoln
place_surname | jasmine from Florence | Florence
place_surname | the panel meets in Austin | Austin
place_surname | a distributor in Jackson | Jackson
person_like | St Honorat chapel | St Honorat
person_like | Santa Rosa plantation | Santa Rosa
person_like | Mount Carmel road | Mount Carmel
label | Priority: 2 - High | 2 - High
label | Category: Lab IT / Chromatography | Lab IT / Chromatography
label | Assignment group: FD-Lab-Support | FD-Lab-Support
policy | codes expire after 30 seconds | 30 seconds
policy | passphrases need 15 characters | 15 characters
keys | press Ctrl+Alt+Del | Ctrl+Alt+Del
ssid | FDEH-Stills drops every hour | FDEH-Stills
button | the Release Still Interlock button is greyed out | Release Still Interlock
vlan | move the scale to VLAN 44 | VLAN 44
subnet | lab subnet 10.44.0.0/20 | 10.44.0.0/20
version_ip | agent 10.2.117.4 deployed | 10.2.117.4
commit | rolled back to 9c4e2a17d3 | 9c4e2a17d3
commit | git cherry-pick 3f9b1d0e7a6c5b4a3928170f6e5d4c3b2a190817 | 3f9b1d0e7a6c5b4a3928170f6e5d4c3b2a190817
hex | label colour #8E2C48 like the rose logo | #8E2C48
hex | background #F4E1C1 | #F4E1C1
licence | licence key for LabSolutions: X7RT4-9KQ2M-HWB63-PNY8D-2VFCJ | X7RT4-9KQ2M-HWB63-PNY8D-2VFCJ
licence | the licence key 4QZT-8812-LM3K-0907 belongs to the panel software | 4QZT-8812-LM3K-0907
uuid | sample 3f2c8e1a-77b4-4c1e-9d0a-5e6f7a8b9c0d missing | 3f2c8e1a-77b4-4c1e-9d0a-5e6f7a8b9c0d
checksum | sha256 of the installer ends in 9e41c7d2a8 | 9e41c7d2a8
image | deployed lims-api:2036.07.2 | lims-api:2036.07.2
code | rows = f.readlines() is empty | f.readlines()
code | call obj.method() once | obj.method()
code | ```python\\nfor peak in run.peaks:\\n    blend.add(peak.area)\\n``` | blend.add(peak.area)
code | const t = still.readTemp(); // undefined | still.readTemp()
code | self.conn.commit() hangs | self.conn.commit()
code | SELECT batch_no FROM intake.lots WHERE grade = 'A'; | intake.lots
table | | Item | Model |\\n|---|---|\\n| scale | Ohaus Explorer EX224 |\\n| printer | Zebra ZD421 |\\n | Ohaus Explorer EX224
table | | Item | Qty |\\n|---|---|\\n| ThinkPad T16 | 4 |\\n| ThinkPad Dock 40AY | 4 |\\n | 40AY
chat | [10:02] desk: is it the iPad Air 13 or the Pro?\\n[10:03] desk: the Air 13 | iPad Air 13
chat | <lab> the Galaxy Tab S9 FE is dead again\\n<lab> charging | Galaxy Tab S9 FE
duration | distillation took 6 h 15 min | 6 h 15 min
count | 12,000 bottles filled | 12,000
step | step 4 of 9 fails | step 4 of 9
still | Still 7 safety valve hissing | Still 7
scent | the Mysore Santal accord is flat | Mysore Santal"""


def _lookalike(line: str) -> tuple[str, str, str]:
    """``kind | sentence | kept``; a Markdown table's sentence holds `` | `` itself, so the kind is the
    first field and the kept text the last."""
    kind, rest = line.split(" | ", 1)
    sentence, kept = rest.rsplit(" | ", 1)
    return kind, sentence.replace("\\n", "\n").strip(), kept


DECOYS = [_lookalike(line) for line in _LOOKALIKES.splitlines()]

SUBJECTS = ["Can't get into the LIMS", "Locked out of the GC PC", "No code arrives", "Intake tablet wants a sign-in",
            "Formulas share missing", "Chromatogram viewer frozen", "New picker needs access", "Labels smudge",
            "Still logger won't sync", "Rose field camera offline", "VPN from the distillery", "No wifi in the still room",
            "Export permit misprinted", "Panel booth screen dead"]
NAME_SUBJECTS = ["Access for new nose {name}", "{rev} locked out", "{user} can't sign in", "{host} not on the network",
                 "Unlock {user}", "FW: laptop for {name}", "Staff no. {sid} missing", "Block {ip}",
                 "Reset {user} + {user2}", "{first_ascii} - formulas share gone", "{lower} cannot get in",
                 "New password for {name} ({sid})", "SIM for {name} {phone_local}", "Send samples to {addr}",
                 "{name}", "re: {LAST} {first}", "{bare} down again", "{LAST}", "{first}!!", "call back {name}",
                 "{first} {last} / {host}", "URGENT {first} {LAST}", "{name2} for {name}", "from {first}"]
LEADS = ["Bonjour,", "Bonjorn,", "नमस्ते,", "ਸਤ ਸ੍ਰੀ ਅਕਾਲ,", "السلام عليكم،", "Здравейте,", "Merhaba,", "سلام،",
         "Mba'éichapa,", "Buen día,", "Aluu,", "Hej,", "Jeje,", "Bariza,", "お疲れ様です。", "Hi team,", "", "",
         "Still-room note:", "From the lab chat:", "Agent note:", "Forwarded by the export office:"]
NOTES = ["Résolu.", "Resougut.", "हल हो गया।", "ਹੱਲ ਹੋ ਗਿਆ।", "تم الحل.", "Решено.", "Çözüldü.", "حل شد.",
         "Oñemoĩporã.", "Solucionado.", "Aaqqiivoq.", "Løst.", "Yatsahazwa.", "Imetatuliwa.", "解決済み。", "Fixed.",
         "Closed after a remote session.", "User confirmed, closing."]


def build(count: int = 2000, seed: int = SEED) -> list[dict]:
    """The tickets with their truth."""
    from suggest_data.make import PiiBankPlan, build_pii_bank

    plan = PiiBankPlan(person=Nose, values=_fill, render=_render, probes=PROBES, decoys=DECOYS, subjects=SUBJECTS,
                       leads=LEADS, notes=NOTES, start=dt.datetime(2036, 7, 14, 5, 10, 0), minutes=41,
                       first_number=9_330_000, decoy_counts=(1, 2, 2, 3, 3, 4, 4, 5, 6, 8),
                       name_subjects=NAME_SUBJECTS, name_subject_rate=0.25)
    return build_pii_bank(plan, count, seed)


def write(out: Path, count: int = 2000, seed: int = SEED) -> None:
    """Write ``pii.csv`` and ``pii-truth.jsonl`` into ``out``."""
    pii_heldout3.write(out, count, seed, build=build)


def main() -> None:
    pii_heldout3.main(write, SEED, __doc__)


if __name__ == "__main__":
    main()
