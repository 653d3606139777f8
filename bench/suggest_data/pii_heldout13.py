"""THIRTEENTH HELD-OUT personal-data bank (v13): FROZEN. Written and committed before any redaction
tuning of round 13; never tuned on. Only its aggregate figures are read, once, at the end of the round.

    python3 bench/suggest_data/pii_heldout13.py OUT_DIR [--count 2000] [--seed 1327]

A fictional network of mountain and desert observatories, dark-sky reserves and planetariums
("Quenavir-Tuul Sky Observatories", domes, planetariums and data centres in Chile, Bolivia,
Mongolia, Kazakhstan, Iran, Armenia, Ethiopia, Sri Lanka, France, Namibia, the Canary Islands and
Hawaii) writes description-bearing tickets. Every name, value and phrasing is invented for kbgen
(nothing is copied from the evaluation data or the earlier banks). Cue words in Mongolian and Kazakh
Cyrillic, Russian, Persian, Armenian, Amharic (Ge'ez), Sinhala and Tamil beside Chilean Spanish,
Aymara-flavoured Bolivian Spanish, French, Afrikaans and Hawaiian English; structures not used
before: postal addresses with no cue word at all, in native scripts and with native digits;
accounts inside home paths, profile shares, tilde URLs, query strings, ssh/scp/rsync targets,
sudo/su/runas/kinit/psql command lines and chown owners; passwords and codes only in an agent's
note of what was set, tried or read back, or in a user's bare reply; codes split by spaces, dots
and dashes; and many look-alikes that must stay (telescope, dome and instrument ids, filters,
wavelengths, magnitudes, sky coordinates, exposure times, FITS frames, catalogue numbers, Julian
dates, proposal ids, CCD temperatures, error codes, ticket refs, role mailboxes, servers in alerts).

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

DOMAIN = "quenavir-tuul.example.org"
AD = "QTSKY"

FIRST = """Ximena Renata Benjamín Matías-Ignacio Florencia Yerko Wayra Qhispi Nayra Amaru Oyunchimeg Batbayar
Enkhjargal Temuulen Sarnai Aigerim Nurlan Dinara Yerlan Zhanar Shirin Kourosh Parisa Arash Golnaz Anahit Hovhannes
Lilit Gevorg Narek Mekdes Tewodros Selamawit Yonatan Hiwot Tharindu Nilmini Kavindya Sivakumaran Anushka Gaëlle
Bastien Solène Thibault Maëlys Hendrik-Jan Riana Marthinus Anneli Jacobus Noelani Keoni Makana Pualani Leilani""".split()
LAST = """Valenzuela Sepúlveda Riquelme Araya Huanca Mamani Quisbert Condori Tsogbadrakh Ganbold Erdenebat Purevdorj
Nurpeisova Abenov Sarsenbayev Zhakupova Tehrani Mirzaei Rahimzadeh Farahani Ghorbani Harutyunyan Sargsyan Petrosyan
Avetisyan Mkrtchyan Gebremedhin Alemayehu Tadesse Woldemariam Bekele Wickramasinghe Jayawardena Senanayake
Thirunavukkarasu Ratnayake Lefèvre Castagnet Delaunay Bouvier Marchetti-Roux Strydom Nieuwoudt Coetzer Engelbrecht
Kahananui Akana Kealoha Nakoa Kamakau""".split() + ["de la Cerda", "van Wyk", "Le Goff", "du Plessis"]

SITES = ["Cerro Pachón dome 2", "Chacaltaya hut", "Khüiten ridge station", "Assy plateau array", "Maragheh dome",
         "Aragats annex", "Entoto planetarium", "Kandy data room", "Pic du Midi coudé room", "Gamsberg farm",
         "Izaña residencia", "Hale Pōhaku dorm"]
DEPTS = ["Night Operations", "Optics Shop", "Outreach", "Data Reduction", "Cryogenics", "Site Security", "Finance",
         "Dome Mechanics", "Scheduling", "Guest Observers"]
CODES = ["SCL", "LPB", "ULN", "ALA", "THR", "EVN", "ADD", "CMB", "TLS", "WDH", "TFN", "KOA"]

PHONES_INTL = ["+56 9 6473 2185", "+591 71584326", "+976 8815 4472", "+7 701 384 2657", "+98 912 447 3058",
               "+374 77 418263", "+251 91 163 4728", "+94 77 318 6524", "+33 6 47 21 83 95", "+264 81 274 9163",
               "+34 622 418 397", "+1 808 372 6619"]
PHONES_NAT = ["09 6473 2185", "7158 4326", "8815-4472", "8 (701) 384-26-57", "0912 447 3058", "۰۹۱۲ ۴۴۷ ۳۰۵۸",
              "077 418263", "0911 634728", "077 318 6524", "06 47 21 83 95", "081 274 9163", "622 41 83 97",
              "(808) 372-6619"]
EXT_FORMS = ["anexo {n}", "дотоод {n}", "ішкі {n}", "داخلی {n}", "ներքին {n}", "poste {n}", "lyn {n}",
             "x{n}", "int. {n}"]
ADDRESSES = [
    "Pasaje Los Aromos 1583, depto. 402, La Serena", "Avenida Francisco de Aguirre 0271, 1700000 La Serena",
    "Calle Jaén 726, Zona Central, La Paz", "Улаанбаатар, Сүхбаатар дүүрэг, 8-р хороо, Бага тойруу 27-14",
    "г. Алматы, ул. Жандосова 58, кв. 112, 050035", "Алматы, Абай даңғылы 143, 52 пәтер",
    "تهران، خیابان شریعتی، کوچه یاس، پلاک ۲۱۴، طبقه ۳", "Երևան, Սայաթ-Նովայի պող. 19, բն. 7, 0010",
    "አዲስ አበባ፣ ቦሌ ክፍለ ከተማ፣ ወረዳ 03፣ ቤት 1174", "නො. 42/3, ගාලු පාර, කොළඹ 03",
    "எண் 17, கண்டி வீதி, யாழ்ப்பாணம் 40000", "12 bis chemin de Lapujade, 31200 Toulouse",
    "Erf 2217, Sam Nujoma Drive, Klein Windhoek", "Calle Obispo Rey Redondo 33, 2º B, 38201 La Laguna",
    "74-5605 Luhia St, Kailua-Kona HI 96740", "1188 Wiliwili Street #1208, Honolulu 96826",
]


def _mac(rng: random.Random) -> str:
    """A MAC address as mounts, cameras and switches print it."""
    raw = "".join(rng.choice("0123456789abcdef") for _ in range(12))
    if not any(c.isdigit() for c in raw[:4]):
        raw = "3" + raw[1:]
    raw = raw.upper() if rng.random() < 0.4 else raw
    form = rng.choice([0, 0, 1, 2, 3])
    if form == 0:
        return ":".join(raw[i:i + 2] for i in range(0, 12, 2))
    if form == 1:
        return "-".join(raw[i:i + 2] for i in range(0, 12, 2))
    if form == 2:
        return ".".join(raw[i:i + 4] for i in range(0, 12, 4))
    return raw


class Person:
    """One person with the values a ticket may give about them."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.first = rng.choice(FIRST)
        self.last = rng.choice(LAST)
        self.uid = self._username()

    def name(self) -> str:
        f, l, r = self.first, self.last, self.rng.random()
        forms = [(0.3, f"{f} {l}"), (0.4, f"{l}, {f}"), (0.48, f"{l.upper()}, {f}"), (0.56, _plain(f"{f} {l}")),
                 (0.62, f"{f} {l}".upper()), (0.68, f"{f[0]}. {l}"), (0.76, f"{l} {f}"),
                 (0.83, f"{f.lower()} {l.lower()}"), (0.9, f"{f} {self.rng.choice(['J.', 'Paz', 'K.', 'Ana'])} {l}"),
                 (1.0, f"{_plain(f)} {_plain(l).upper()}")]
        return next(text for limit, text in forms if r < limit)

    def _username(self) -> str:
        f, l = _ascii(self.first), _ascii(self.last)
        n = self.rng.randrange(3, 970)
        return self.rng.choice([f"{f[:1]}{l[:8]}", f"{l[:6]}{f[:2]}{n % 100:02d}", f"q{self.rng.randrange(20_000, 79_999)}",
                                f"{f}.{l[:1]}{n % 10}", f"{l[:4]}-{f[:4]}", f"sky{f[:1]}{l[:4]}", f"{f[:1]}_{l[:7]}",
                                f"{l}{f[:1]}"[:12], f"{f[:4]}{n:03d}", f"obs_{l[:5]}"])

    def username(self) -> str:
        return self.uid

    def email(self) -> str:
        f, l = _ascii(self.first), _ascii(self.last)
        host = self.rng.choice(["vtrmail.example.cl", "entel.example.bo", "mobicom.example.mn", "kaztel.example.kz",
                                "parsonline.example.ir", "ucom.example.am", "ethio-tel.example.et", "slt.example.lk",
                                "orange.example.fr", "mtc.example.na", "movistar.example.es", "hawaiiantel.example.net",
                                DOMAIN])
        return self.rng.choice([f"{f}.{l}@{host}", f"{f[0]}.{l}@{host}", f"{l}{self.rng.randrange(10, 99)}@{host}",
                                f"{f}_{l[:3]}@{host}"])

    def email_obf(self) -> str:
        f, l = _ascii(self.first), _ascii(self.last)
        return self.rng.choice([f"{f}.{l} [at] vtr [dot] example [dot] cl", f"{f}{l[:1]} собака mobicom точка example точка mn",
                                f"{l} at orange dot example dot fr", f"{f}-{l} (AT) slt (DOT) example (DOT) lk",
                                f"{f}.{l[:3]} arroba movistar punto example punto es", f"{l}{f[:1]} {{at}} ucom {{dot}} example {{dot}} am"])

    def host(self) -> str:
        """An end-user machine; some embed the owner's name or user id."""
        l, f = _ascii(self.last), _ascii(self.first)
        c = self.rng.choice(CODES)
        n = self.rng.randrange(1, 99999)
        role = self.rng.choice(["NB", "PC", "OBS", "TC", "DR", "KX"])
        return self.rng.choice([
            f"QT{c}{role}{n % 1000:03d}", f"{c.lower()}-{role.lower()}-{n % 10000:04d}", f"{self.uid}-laptop",
            f"{role}-{c}-{n % 100:02d}", f"{l[:6]}{f[:1]}-nb.{c.lower()}.{DOMAIN}", f"{f.lower()}-{self.rng.choice(['latitude', 'elitebook', 'macmini', 'yoga'])}",
            f"{c}{n % 100000:05d}{role[:1]}", f"ws{n % 1000:03d}{c.lower()}", f"{l.upper()[:6]}{n % 100:02d}", f"desk-{c.lower()}{n % 100:02d}"])


def _otp(rng: random.Random) -> str:
    n = str(rng.randrange(10_000_000, 99_999_999))
    letters = "".join(rng.choice("ACEHJKMNQRTUVWXY346") for _ in range(rng.choice([6, 8, 10])))
    return rng.choice([n[:6], n[:6], n[:5], n[:8], f"{n[:3]} {n[3:6]}", f"{n[:2]} {n[2:4]} {n[4:6]}", f"{n[:3]}.{n[3:6]}",
                       f"{n[:4]}-{n[4:8]}", "-".join(n[:6]), letters, f"{letters[:3]}-{letters[3:6]}", f"Q{n[:6]}"])


_PW_WORDS = ["Licancabur", "Illimani", "Otgontenger", "Belukha", "Damavand", "Aragats", "RasDashen", "Pidurutalagala",
             "Vignemale", "Brandberg", "Teide", "Haleakala", "nebula", "parsec", "quasar", "zenith", "coude", "seeing"]
_PW_CHARS = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKMNPQRSTUVWXYZ23456789@#$%&*-+=!?"


def _password(rng: random.Random) -> str:
    w = rng.choice(_PW_WORDS)
    a, b, c = (x.lower() for x in rng.sample(_PW_WORDS, 3))
    gen = "".join(rng.choice(_PW_CHARS) for _ in range(rng.choice([8, 10, 12, 16, 18])))
    return rng.choice([
        gen, gen, f"{a}.{b}.{c}", f"{w}@{rng.randrange(2026, 2032)}", f"{w[:5]}{rng.randrange(100, 999)}{rng.choice('$%&')}",
        f"{a.capitalize()}{rng.randrange(10, 99)}{b.capitalize()}", f"{rng.randrange(10, 99)}{w}!",
        f"{a}_{b}_{rng.randrange(1000, 9999)}", f"{w.upper()[:4]}{w.lower()[4:]}{rng.randrange(1, 9)}*",
        gen[:5] + "-" + gen[5:]])


def _staff(rng: random.Random) -> str:
    return rng.choice([str(rng.randrange(10_000_000, 99_999_999)), f"QT-{rng.randrange(10_000, 99_999)}",
                       f"{rng.choice(['CL', 'MN', 'KZ', 'IR', 'AM', 'ET', 'LK', 'FR'])}-{rng.randrange(1000, 9999)}-{rng.randrange(10, 99)}",
                       f"{rng.randrange(100_000, 999_999)}/{rng.randrange(10, 99)}", f"N° {rng.randrange(30_000, 89_999)}",
                       f"{rng.randrange(1000, 9999)} {rng.randrange(1000, 9999)}", f"E{rng.randrange(100_000, 999_999)}Q"])


def _values(person: Person, rng: random.Random) -> dict:
    """Slot name -> (value, kind of personal data or None)."""
    ext = str(rng.randrange(100, 9999))
    hh, mm = rng.randrange(5, 22), rng.randrange(60)
    srv = rng.choice(["dtn02", "reduce-01", "archive-lpb", "gpu-ala-3", "jump.tls", "ingest-koa"])
    return {
        "name": (person.name(), "person_name"), "first": (person.first, "person_name"),
        "last": (person.last, "person_name"), "LAST": (_plain(person.last).upper(), "person_name"),
        "user": (person.username(), "username"), "user2": (Person(rng).username(), "username"),
        "email": (person.email(), "email"), "email_obf": (person.email_obf(), "email"),
        "phone": (rng.choice(PHONES_INTL), "phone"), "phone_nat": (rng.choice(PHONES_NAT), "phone"),
        "phone_ext": (f"{rng.choice(PHONES_INTL)} {rng.choice(EXT_FORMS).format(n=ext)}", "phone"),
        "address": (rng.choice(ADDRESSES), "address"),
        "staff": (_staff(rng), "employee_id"),
        "otp": (_otp(rng), "otp"), "otp2": (_otp(rng), "otp"),
        "password": (_password(rng), "password"), "password2": (_password(rng), "password"),
        "host": (person.host(), "hostname"),
        "ip": (f"172.{rng.randrange(16, 31)}.{rng.randrange(0, 255)}.{rng.randrange(2, 250)}", "ipv4"),
        "mac": (_mac(rng), "mac"),
        "card": (_card(rng), "credit_card"),
        "dept": (rng.choice(DEPTS), None), "site": (rng.choice(SITES), None), "srv": (srv, None),
        "time": (f"{hh:02d}:{mm:02d}", None), "time2": (f"{hh + 1:02d}:{(mm + 7) % 60:02d}", None),
        "AD": (AD, None), "DOMAIN": (DOMAIN, None),
    }


PROBES = [
    # passwords: the role of the sentence (set, tried, read back), native cue words, bare replies
    "Agent note: issued one-off {password}; she swaps it on her first go.",
    "gave her a throwaway one ({password}), forced rotation flagged",
    "user replies: {password}",
    "> what did you enter?\n{password}",
    "tried {password}, then {password2}, neither worked",
    "read it back to him twice: {password}",
    "confirmed over the phone she now uses {password}",
    "нууц үг: {password}",
    "шинэ нууц үг {password} болгосон",
    "құпия сөзім {password} болатын",
    "пароль сбросил, новый {password}",
    "رمز عبور جدید {password}",
    "گذرواژه ام {password} بود",
    "նոր գաղտնաբառ՝ {password}",
    "የይለፍ ቃል {password}",
    "මුරපදය {password}",
    "கடவுச்சொல் {password}",
    "mot de passe temporaire donné : {password}",
    "j'ai essayé {password} sans succès",
    "la clave nueva quedó {password} po",
    "nuevo password {password} (se lo dicté por fono)",
    "wagwoord is nou {password}",
    "echo '{password}' | sudo -S systemctl restart indi",
    "kinit {user} <<< {password}",
    "smbclient //{srv}/obs -U {user}%{password}",
    "pw was {password2}, now {password}",
    # codes: agent notes, bare replies, split by spaces, dots, dashes
    "caller read the code off her phone: {otp}",
    "user typed {otp} and got 'expired'",
    "him: {otp}\nme: that one's stale, wait for the next",
    "баталгаажуулах код {otp}",
    "растау коды {otp} келді",
    "код подтверждения {otp}",
    "کد تأیید {otp}",
    "հաստատման կոդ {otp}",
    "የማረጋገጫ ኮድ {otp}",
    "le SMS m'a donné {otp}",
    "código que llegó al celu: {otp}",
    "eenmalige kode {otp}",
    "token shows {otp}, next one {otp2}",
    "she spelled it out: {otp}",
    "mfa prompt, entered {otp}",
    # MAC
    "mount controller MAC {mac}",
    "MAC хаяг {mac}",
    "آدرس مک {mac}",
    "adresse MAC {mac} bloquée",
    "{ip} leased to {mac} at {time}",
    "allow-list {mac} on dome Wi-Fi",
    "link/ether {mac} brd ff:ff:ff:ff:ff:ff",
    # hosts
    "{host} froze mid-exposure",
    "tracert {host} stops at the firewall",
    "Компьютерийн нэр {host}",
    "نام رایانه {host}",
    "nom du poste {host}",
    "nombre del equipo {host}",
    "laptop tag {host} needs a new battery",
    "rdp to {host} refused",
    "wake {host} for the nightly sync",
    "\\\\{host}\\c$ not reachable",
    # usernames inside paths, URLs and command lines
    "C:\\Users\\{user}\\Desktop\\flats is 40 GB",
    "/Users/{user}/Library/Caches grew overnight",
    "\\\\{srv}\\profiles$\\{user}\\Downloads",
    "/home/{user}/reduced/ unreadable",
    "https://wiki.{DOMAIN}/~{user}/notes",
    "https://portal.{DOMAIN}/me?login={user}&tab=keys",
    "ssh {user}@{srv} hangs after banner",
    "scp frames.tar {user}@{srv}:/scratch/",
    "rsync -a --progress {user}@{srv}:/data/night/ .",
    "sudo -u {user} crontab -l",
    "su - {user} says authentication failure",
    "runas /user:{AD}\\{user} mmc",
    "psql -U {user} -h {srv} skycat",
    "chown -R {user}:optics /srv/mirror",
    "net user {user} /active:yes",
    "Get-ADUser {user} -Properties LockedOut",
    "id {user} -> uid=40312 gid=500",
    "mailbox of {user} moved",
    "the scheduler rejects {name} [{user}]",
    "account {user2} locked, {user} fine",
    # names
    "Баярлалаа,\n{name}",
    "Рахмет,\n{name}",
    "با تشکر\n{name}",
    "Շնորհակալություն,\n{name}",
    "አመሰግናለሁ\n{name}",
    "ස්තූතියි,\n{name}",
    "நன்றி,\n{name}",
    "Cordialement et merci,\n{name}",
    "Saludos cordiales\n{name}",
    "Baie dankie\n{name}",
    "Mahalo,\n{name}",
    "{name}\nNight Assistant, {dept}\nT {phone}",
    "spoke with {first} at {site}",
    "passed to {name} for the morning shift",
    "{LAST} {first} - {dept}",
    # contacts, addresses, ids, cards
    "answer me at {email} not the shared box",
    "my private mail is {email_obf}",
    "{email_obf}",
    "my mobile, if needed: {phone}",
    "call back on {phone_nat}",
    "{phone_nat} after 6 pm",
    "dome phone {phone_ext}",
    "{address}",
    "{name}\n{address}",
    "ship the dongle to {address} please",
    "I'm staying at {address} until the run ends",
    "{address}, {phone}",
    "his staff no is {staff}",
    "ажилтны дугаар {staff}",
    "табельный номер {staff}",
    "شماره پرسنلی {staff}",
    "matricule {staff}",
    "legajo {staff} / {dept}",
    "{first} {last}, {staff}",
    "charge the conference fee to {card}",
]

DECOYS = [
    ("telescope", "UT3 guider lost lock", "UT3"),
    ("dome", "dome D-14 shutter stuck half open", "D-14"),
    ("instrument", "spectrograph QSPEC-2 cold", "QSPEC-2"),
    ("filter", "filter wheel stuck on Hα 6563", "6563"),
    ("filter", "swap to Sloan r' before 22h", "Sloan r'"),
    ("wavelength", "laser guide star at 589.2 nm", "589.2 nm"),
    ("magnitude", "target is V = 17.4 mag", "17.4 mag"),
    ("coordinates", "slew to RA 05h35m17s Dec -05°23'28\"", "05h35m17s"),
    ("coordinates", "pointing 13:29:52.7 +47:11:43", "13:29:52.7 +47:11:43"),
    ("exposure", "flats at 2.5 s each", "2.5 s"),
    ("exposure", "stack of 48 x 300 s", "48 x 300 s"),
    ("fits", "frame QT20270314_0451.fits corrupt", "QT20270314_0451.fits"),
    ("catalogue", "NGC 3372 queue paused", "NGC 3372"),
    ("catalogue", "M 83 rising at 23:40", "M 83"),
    ("catalogue", "HD 209458 transit tonight", "HD 209458"),
    ("julian", "JD 2461478.5 missing in the log", "2461478.5"),
    ("proposal", "proposal 2027B-041 approved", "2027B-041"),
    ("ccd", "CCD at -95.0 C", "-95.0 C"),
    ("seeing", "seeing 0.63 arcsec", "0.63 arcsec"),
    ("airmass", "airmass 1.42 at start", "1.42"),
    ("focus", "focus offset +0.118 mm", "+0.118 mm"),
    ("encoder", "azimuth encoder counts 8388607", "8388607"),
    ("hash", "md5 4b8e03fa17c2d95e60a1f7c3b2e894d0 matches", "4b8e03fa17c2d95e60a1f7c3b2e894d0"),
    ("commit", "pipeline at c41f0e2", "c41f0e2"),
    ("guid", "run 0b7e5a44-2c19-4f6b-8e03-d1a9c2f7b586 stalled", "0b7e5a44-2c19-4f6b-8e03-d1a9c2f7b586"),
    ("ipv6", "gateway 2001:db8:4f1::9", "2001:db8:4f1::9"),
    ("serial", "camera serial SN-7Q4419K", "SN-7Q4419K"),
    ("firmware", "mount firmware 3.18.902", "3.18.902"),
    ("version", "Python 3.12.4 on the reducer", "3.12.4"),
    ("error", "error 0x800F0922 on update", "0x800F0922"),
    ("error", "HTTP 429 from the archive API", "429"),
    ("error", "ORA-12541 no listener", "ORA-12541"),
    ("error", "exit code 137 (OOM)", "137"),
    ("ticket", "dup of INC5518023", "INC5518023"),
    ("ticket", "tracked in RITM0093317", "RITM0093317"),
    ("ticket", "Jira OPS-4471 linked", "OPS-4471"),
    ("kb", "see KB0088214", "KB0088214"),
    ("mailbox", "cc nightops@quenavir-tuul.example.org", "nightops@quenavir-tuul.example.org"),
    ("mailbox", "from no-reply-scheduler@quenavir-tuul.example.org", "no-reply-scheduler@quenavir-tuul.example.org"),
    ("server", "reduce-07 swap full", "reduce-07"),
    ("server", "ALA-DB-02 replication lag", "ALA-DB-02"),
    ("server", "archive3.dc.quenavir-tuul.example.org cert expired", "archive3.dc.quenavir-tuul.example.org"),
    ("switch", "sw-dome-evn-1 port flapping", "sw-dome-evn-1"),
    ("printer", "plotter PLT-TLS-2 jammed", "PLT-TLS-2"),
    ("alert", "[CRIT] weathermast-koa wind 18 m/s", "weathermast-koa"),
    ("alert", "ALERT dewpoint-sensor4 humidity 92%", "dewpoint-sensor4"),
    ("alert", "[UP] allsky-cam-uln", "allsky-cam-uln"),
    ("room", "meeting in room 3.114", "3.114"),
    ("room", "Salle 207 projector dead", "Salle 207"),
    ("height", "site at 2635 m", "2635 m"),
    ("temperature", "mirror at 4.2 °C", "4.2 °C"),
    ("wind", "gusts 61 km/h closed the dome", "61 km/h"),
    ("money", "invoice CLP 1.245.900", "CLP 1.245.900"),
    ("money", "paid 389,90 €", "389,90 €"),
    ("date", "night of 2027-08-12", "2027-08-12"),
    ("date", "calibrated 03/11/2026", "03/11/2026"),
    ("time", "twilight ends 20:47:12", "20:47:12"),
    ("model", "PlaneWave CDK24 collimation", "CDK24"),
    ("model", "ZWO ASI6200MM cooler", "ASI6200MM"),
    ("asset", "asset tag QTA-20981", "QTA-20981"),
    ("port", "INDI on port 7624", "7624"),
    ("vlan", "VLAN 2210 for domes", "VLAN 2210"),
    ("policy", "passphrases now need 21 symbols", "21 symbols"),
    ("policy", "codes last 5 minutes", "5 minutes"),
    ("count", "roughly 3400 frames lost", "3400"),
    ("label_value", "Impact: 3 - Contained", "3 - Contained"),
    ("label_value", "Service: Telescope control", "Telescope control"),
    ("place", "power cut in La Serena", "La Serena"),
    ("place", "road closed near Gamsberg", "Gamsberg"),
    ("ssid", "QT-Visitors-5G won't connect", "QT-Visitors-5G"),
    ("word", "Reset Passphrase link broken", "Reset Passphrase"),
    ("word", "Recovery Phrase field greyed", "Recovery Phrase"),
    ("hex_id", "trace id 7c0f3a9e51d2b6 in the gateway", "7c0f3a9e51d2b6"),
    ("keys", "Shift+F11 hides the toolbar", "Shift+F11"),
    ("step", "step 4 of 9 in the wizard", "step 4 of 9"),
    ("percent", "RAID at 88 %", "88 %"),
    ("doi", "paper doi 10.3847/1538-4357/ad41f2", "10.3847/1538-4357/ad41f2"),
    ("product", "MaxIm DL license expired", "MaxIm DL"),
    ("street_word", "the Main Street gate is locked", "Main Street"),
    ("bus", "shuttle 14 leaves at 18:05", "shuttle 14"),
]

SUBJECTS = ["Cannot log in to the scheduler", "Token app shows no codes", "Dome laptop dead", "Password needs changing before the run",
            "Wi-Fi in the residence drops", "Archive share denied", "Outlook nags for a login every hour",
            "Accounts for visiting observer", "Plotter out of paper", "Too many wrong attempts, now barred",
            "Display goes dark every few minutes", "No audio in planetarium booth", "New phone for MFA"]
NAME_SUBJECTS = ["Give {name} access to the queue", "{LAST} locked", "{user}: no login since the weekend", "{host} slow since patch",
                 "Register {mac} on dome Wi-Fi", "RE: laptop of {name}"]
LEADS = ["Сайн байна уу,", "Сәлеметсіз бе,", "Добрый вечер,", "سلام،", "Բարև Ձեզ,", "ሰላም,", "ආයුබෝවන්,",
         "வணக்கம்,", "Bonjour,", "Hola, cómo están,", "Goeie môre,", "Aloha kākou,", "Hi all,", "", "",
         "Walk-in at the desk.", "From night ops:"]
NOTES = ["Шийдсэн.", "Шешілді.", "Решено.", "حل شد.", "Լուծված է:", "ተፈቷል።", "Résolu.", "Resuelto, cerrado.",
         "Opgelos.", "Sorted via remote tools.", "User confirmed, closing."]


def build(count: int = 2000, seed: int = 1327) -> list[dict]:
    """The tickets with their truth."""
    from suggest_data.make import PiiBankPlan, build_pii_bank

    return build_pii_bank(PiiBankPlan(
        person=Person, values=_values, render=_render, probes=PROBES, decoys=DECOYS,
        subjects=SUBJECTS, leads=LEADS, notes=NOTES, start=dt.datetime(2027, 3, 15, 6, 5, 0), minutes=39,
        first_number=3_610_000, decoy_counts=(2, 3, 3, 4, 5, 6),
        name_subjects=NAME_SUBJECTS, name_subject_rate=0.12), count, seed)


def write(out: Path, count: int = 2000, seed: int = 1327) -> None:
    """Write ``pii.csv`` and ``pii-truth.jsonl`` into ``out`` (the writer of held-out v3, this bank's tickets)."""
    pii_heldout3.write(out, count, seed, build=build)


def main() -> None:
    pii_heldout3.main(write, 1327, __doc__)


if __name__ == "__main__":
    main()
