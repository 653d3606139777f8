"""EIGHTH HELD-OUT personal-data bank (v8): FROZEN. Written and committed before any redaction tuning
of round 8; never tuned on. Only its aggregate figures are read, once, at the end of the round.

    python3 bench/suggest_data/pii_heldout8.py OUT_DIR [--count 2000] [--seed 83]

A fictional airport ground-handling and aircraft-maintenance group ("Brannock Aerotech Ground
Services", stations in Ireland, Wales, Scotland, Jamaica, Trinidad, Colombia, Peru, Morocco, Egypt,
Nigeria, Ghana, Ethiopia, Georgia, Armenia, Azerbaijan, Kazakhstan, Uzbekistan, Kyrgyzstan,
Mongolia, Ukraine and the Philippines) writes description-bearing tickets. Every name, value and
phrasing is invented for kbgen (nothing is copied from the evaluation data or the earlier banks).
Written to differ from v1-v7: Irish, Welsh and Scottish Gaelic cue words, Caribbean English,
Colombian and Peruvian Spanish, Moroccan Darija and Egyptian Arabic romanised, Nigerian Pidgin,
Yoruba, Igbo, Hausa, Twi and Amharic romanised, Georgian, Armenian and Azerbaijani romanised,
Kazakh, Uzbek, Kyrgyz and Mongolian romanised, Ukrainian romanised, Tagalog/Taglish; names with
patronymics (-uly, -kyzy, -ovna, -dze, -yan), Irish "Ó"/"Mac"/"Ní", Filipino "dela"; structures:
several values per line ("user x / pw y / code z"), the value first and the cue after it, the cue
far before the value, quoted replies, chat logs with seconds in their timestamps, key=value and
JSON log lines, YAML-like and INI-like blocks, SMS texts forwarded verbatim, values spelled with
spaces or dashes between every character or pair, values in quotes, backticks and brackets,
values with no cue at all (a bare code on its own line in a sign-in ticket, a bare address block,
a staff number after a name); one-time codes of 4-8 digits or letters and digits; passwords as
phrases with separators, leetspeak, words with a year, symbol-first; addresses of those countries;
machines named by station, role and asset number, and by their owner; and MANY look-alikes of the
same shapes that must stay: flight numbers, aircraft registrations, gate and stand numbers, part
and serial numbers, work orders, ticket, change and KB numbers, versions, builds, error and event
codes, prices, dates, times, room numbers, baggage tags, torque values, and label-value rows that
hold no person's data.

Writes ``pii.csv`` (a ServiceNow list export with description, journal and close notes) and
``pii-truth.jsonl`` (``{number, spans: [{kind, text}], decoys: [{kind, text}]}``), the format
``bench/suggest_real.py``'s ``pii_figures`` scores. Deterministic for a given count and seed.
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

DOMAIN = "brannock-aerotech.example.net"

FIRST = """Aoife Cillian Saoirse Tadhg Niamh Oisín Caoimhe Rhys Cerys Dafydd Eilidh Ruaraidh Shanice Delroy
Keisha Andrés Valentina Camilo Ximena Yupanqui Rosario Youssef Khadija Mehdi Salma Mostafa Yasmin Chukwuemeka
Ngozi Oluwaseun Folake Kwabena Ama Abena Kofi Yaw Hiwot Dawit Selamawit Tewodros Nino Giorgi Tamar Levan Anahit
Aram Narek Leyla Rashad Aysel Aigerim Nurlan Dinara Yerlan Dilnoza Jasur Malika Aibek Cholpon Bolormaa Batbayar
Oksana Taras Olena Bohdan Maricel Jomar Rowena Reynaldo""".split()
LAST = """Fitzgerald Kavanagh Prosser Llewellyn Pritchard MacAulay Campbell
McFarlane Grant Barrett Clarke Ramsaroop Cárdenas Quispe Mamani Huamán Ospina Restrepo Bennani El Idrissi
Tazi Abdelrahman Mansour Okonkwo Adeyemi Oyelaran Balogun Mensah Asante Boateng Tesfaye Bekele Gebremedhin
Beridze Kapanadze Tsiklauri Hakobyan Sargsyan Mammadov Aliyeva Nurlanuly Abenova Seitkali Yusupov Karimova
Toktogulov Batsaikhan Tserendorj Shevchenko Kovalenko Bondarenko Villanueva Bautista Macaraeg""".split() + [
    "Ó Briain", "Mac Giolla", "Ní Dhonnchadha", "dela Cruz", "de los Santos", "Ní Bhriain", "Mac an tSaoir", "Ould Cheikh"]

SITES = ["Shannon line station", "Cork hangar", "Cardiff ramp", "Inverness stores", "Kingston ops",
         "Piarco cargo", "Bogotá hangar", "Lima ramp", "Casablanca ops", "Cairo line station", "Lagos hangar",
         "Accra ramp", "Addis stores", "Tbilisi office", "Yerevan ramp", "Baku cargo", "Almaty hangar",
         "Tashkent ops", "Bishkek office", "Ulaanbaatar stores", "Lviv office", "Clark hangar"]
DEPTS = ["Line Maintenance", "Ramp Ops", "Crew Scheduling", "Stores", "Technical Records", "Payroll",
         "Cargo Handling", "Safety Office", "De-icing", "Station IT"]

PHONES_INTL = ["+353 87 555 4129", "+44 7700 900418", "+1 876 555 0193", "+1 868 555 2741", "+57 310 555 8124",
               "+51 987 555 321", "+212 661 555 487", "+20 100 555 7214", "+234 803 555 6182", "+233 24 555 9041",
               "+251 91 155 5382", "+995 599 55 47 12", "+374 91 555 428", "+994 50 555 31 84", "+7 701 555 2913",
               "+998 90 555 41 27", "+996 555 418 273", "+976 9911 5528", "+380 67 555 8134", "+63 917 555 2048"]
PHONES_NAT = ["087 555 4129", "07700 900418", "(876) 555-0193", "310 5558124", "987 555 321", "0661-555487",
              "0100 555 7214", "0803 555 6182", "024 555 9041", "091 155 5382", "599 55 47 12", "050 555 31 84",
              "8 701 555 2913", "90 555 41 27", "0917 555 2048", "067 555 81 34"]
EXT_FORMS = ["ext {n}", "líne {n}", "estensión {n}", "ext:{n}", "dahili {n}", "vnutr. {n}", "loc. {n}",
             "extn. {n}", "#{n} (desk)"]
ADDRESSES = [
    "Apt 4, 17 Ormond Quay Upper, Dublin 7, D07 X2K8", "Cnoc na Gréine, Bóthar an Locha, Gaillimh H91 T2C4",
    "12 Heol y Castell, Caerdydd CF10 1BS", "Flat 2/1, 48 Byres Road, Glasgow G12 8TD",
    "Lot 14, Hope Pastures, Kingston 6, Jamaica", "#22 Ariapita Avenue, Woodbrook, Port of Spain",
    "Cra. 11 #93-53, Apto 502, Bogotá", "Calle 10 Sur #43A-20, Medellín", "Jr. Huallaga 318, Cercado de Lima 15001",
    "Av. José Larco 1150, Dpto. 704, Miraflores 15074", "Rue Ibn Batouta 27, Appt 6, 20250 Casablanca",
    "Derb Sidi Bouloukat 14, Marrakech 40000", "12 Shar'a El Nil, Agouza, Giza 12611",
    "Block 3, Flat 9, Adeola Odeku Street, Victoria Island, Lagos", "House 7, Osu Badu St, Airport West, Accra",
    "Woreda 03, House No. 1142, Bole, Addis Ababa", "Chavchavadze Ave 37, apt 14, 0179 Tbilisi",
    "Tumanyan St 21/3, Yerevan 0001", "Nizami küç. 64, mənzil 12, Bakı AZ1000",
    "Abay ave. 150/230, kv. 41, Almaty 050046", "Amir Temur ko'chasi 108, 100084 Toshkent",
    "ul. Kievskaya 96, kv. 7, Bishkek 720001", "Peace Avenue 17, 1st khoroo, Sükhbaatar district, Ulaanbaatar 14200",
    "vul. Shevchenka 28, kv. 5, Lviv 79000", "Unit 12B, 88 Jupiter St, Bel-Air, Makati 1209",
    "Blk 7 Lot 22, Camella Homes, Angeles City, Pampanga 2009",
]


class Person:
    """One person with the values a ticket may give about them."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.first = rng.choice(FIRST)
        self.last = rng.choice(LAST)

    def name(self) -> str:
        f, l, r = self.first, self.last, self.rng.random()
        forms = [(0.28, f"{f} {l}"), (0.36, f"{l} {f}"), (0.44, f"{l}, {f}"), (0.5, f"{l.upper()}, {f}"),
                 (0.58, _plain(f"{f} {l}")), (0.64, f"{f} {l}".upper()), (0.7, f"{f[0]}. {l}"),
                 (0.76, f"{f} {l[0]}."), (0.82, f"{f.lower()} {l.lower()}"),
                 (0.88, f"{f} {self.rng.choice(['Mae', 'Jose', 'Ann', 'Seán', 'Nur'])} {l}"),
                 (0.94, f"{_plain(l).upper()} {_plain(f).upper()}"), (1.0, f"{l} {f[0]}.")]
        return next(text for limit, text in forms if r < limit)

    def username(self) -> str:
        f, l = _ascii(self.first), _ascii(self.last)
        n = self.rng.randrange(2, 98)
        return self.rng.choice([f"{l[:6]}{f[0]}", f"{f[0]}.{l}", f"{l}.{f[0]}{n}", f"{f[:3]}{l[:3]}{n}",
                                f"a{self.rng.randrange(100_000, 999_999)}", f"{f}{l[0]}{n}",
                                f"{f[0].upper()}{l.upper()[:7]}", f"{l}-{f[:2]}", f"x_{f}{l[:2]}",
                                f"{f}.{l}.ext"])

    def email(self) -> str:
        f, l = _ascii(self.first), _ascii(self.last)
        host = self.rng.choice(["eircom.net", "btinternet.com", "flowja.com", "une.net.co", "menara.ma",
                                "yahoo.com.ng", "ethionet.et", "mail.ru", "inbox.kz", "ukr.net", "globe.com.ph",
                                "outlook.com", DOMAIN])
        return self.rng.choice([f"{f}.{l}@{host}", f"{f[0]}{l}{self.rng.randrange(1, 99)}@{host}",
                                f"{l}.{f}@{host}", f"{f}_{l}@{host}"])

    def email_obf(self) -> str:
        f, l = _ascii(self.first), _ascii(self.last)
        return self.rng.choice([f"{f}.{l} at eircom dot net", f"{f}{l[0]} {{at}} btinternet {{dot}} com",
                                f"{f}.{l} arroba une punto net punto co", f"{f} -at- mail -dot- ru",
                                f"{l}.{f} sobaka inbox tochka kz", f"{f}.{l}[at]yahoo[dot]com[dot]ng",
                                f"{f} @ ukr . net", f"{f}.{l} AT outlook DOT com", f"{f}{l}<at>globe<dot>com<dot>ph"])

    def host(self) -> str:
        l, f = _ascii(self.last), _ascii(self.first)
        st = self.rng.choice(["SNN", "ORK", "CWL", "INV", "KIN", "POS", "BOG", "LIM", "CMN", "CAI", "LOS", "ACC",
                              "ADD", "TBS", "EVN", "GYD", "ALA", "TAS", "FRU", "ULN", "LWO", "CRK"])
        n = self.rng.randrange(100, 99999)
        return self.rng.choice([f"{st}-NB{n:05d}", f"{st.lower()}-lt-{l[:6]}", f"{f}s-ThinkPad",
                                f"BA{n:06d}W", f"{st}{f.upper()[:4]}{l.upper()[:3]}", f"{l[:5]}{f[0]}-x1.{st.lower()}.{DOMAIN}",
                                f"LAP-{st}-{l.upper()[:8]}", f"{f.capitalize()}s-MacBook-Air",
                                f"ws{st.lower()}{n % 1000:03d}{l[:4]}"])


def _otp(rng: random.Random) -> str:
    n = str(rng.randrange(100_000, 999_999))
    alnum = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(rng.choice([5, 6, 8])))
    return rng.choice([n, n, n, " ".join(n), "-".join(n), f"{n[:2]}-{n[2:4]}-{n[4:]}", f"{n[:3]} {n[3:]}",
                       str(rng.randrange(1000, 9999)), str(rng.randrange(10_000_000, 99_999_999)), alnum,
                       f"{alnum[:3]}-{alnum[3:]}", f"BA-{n}"])


_PW_WORDS = ["Shamrock", "currach", "Brigid", "Tayto", "Bluefields", "Arequipa", "tagine", "Jollof", "Kente",
             "injera", "Rustaveli", "Ararat", "Caspian", "Medeu", "Registan", "Issyk", "Khongor", "Hoverla", "Bohol"]


def _password(rng: random.Random) -> str:
    w = _plain(rng.choice(_PW_WORDS))
    a, b, c = (_plain(x).lower() for x in rng.sample(_PW_WORDS, 3))
    leet = w.replace("a", "4").replace("e", "3").replace("o", "0").replace("i", "1")
    return rng.choice([f"{a}-{b}-{c}", f"{leet}{rng.randrange(10, 99)}", f"{w}{rng.randrange(2019, 2027)}",
                       f"#{w}{rng.randrange(1, 99)}", f"{a}.{b}.{rng.randrange(10, 99)}", f"{w}@{rng.randrange(100, 999)}",
                       f"{a}{rng.randrange(1, 9)}{b.capitalize()}", f"{w.upper()}{rng.randrange(10, 99)}x",
                       f"{a}{b}", f"{w}${rng.randrange(10, 99)}{c[:2]}", f"{a}_{rng.randrange(1000, 9999)}"])


def _values(person: Person, rng: random.Random) -> dict:
    """Slot name -> (value, kind of personal data or None)."""
    ext = str(rng.randrange(100, 9999))
    hh, mm, ss = rng.randrange(6, 22), rng.randrange(60), rng.randrange(60)
    return {
        "name": (person.name(), "person_name"), "first": (person.first, "person_name"),
        "last": (person.last, "person_name"), "LAST": (person.last.upper(), "person_name"),
        "FULL": (_plain(f"{person.first} {person.last}").upper(), "person_name"),
        "user": (person.username(), "username"), "email": (person.email(), "email"),
        "email_obf": (person.email_obf(), "email"),
        "phone": (rng.choice(PHONES_INTL), "phone"), "phone_nat": (rng.choice(PHONES_NAT), "phone"),
        "phone_ext": (f"{rng.choice(PHONES_INTL + PHONES_NAT)} {rng.choice(EXT_FORMS).format(n=ext)}", "phone"),
        "address": (rng.choice(ADDRESSES), "address"),
        "staff": (str(rng.randrange(10_000, 9_999_999)), "employee_id"),
        "staff_alnum": (rng.choice([f"BAG-{rng.randrange(10_000, 99_999)}", f"{rng.choice('KLMN')}{rng.randrange(10_000, 99_999)}{rng.choice('ABCXZ')}",
                                    f"{rng.randrange(100, 999)} {rng.randrange(100, 999)}",
                                    f"{rng.choice(['IE', 'NG', 'KZ', 'PH', 'CO'])}{rng.randrange(100_000, 999_999)}",
                                    f"{rng.randrange(10_000, 99_999)}-{rng.randrange(0, 9)}", f"E{rng.randrange(1000, 9999)}"]),
                        "employee_id"),
        "otp": (_otp(rng), "otp"), "password": (_password(rng), "password"),
        "host": (person.host(), "hostname"),
        "ip": (f"10.{rng.randrange(0, 255)}.{rng.randrange(1, 250)}.{rng.randrange(2, 250)}", "ipv4"),
        "mac": (rng.choice([":", "-", "."]).join(f"{rng.randrange(256):02x}" for _ in range(6)), "mac"),
        "card": (_card(rng), "credit_card"),
        "dept": (rng.choice(DEPTS), None), "site": (rng.choice(SITES), None),
        "time": (f"{hh:02d}:{mm:02d}:{ss:02d}", None), "time2": (f"{hh:02d}:{(mm + 1) % 60:02d}:{(ss + 17) % 60:02d}", None),
        "ver": (f"{rng.randrange(1, 30)}.{rng.randrange(0, 12)}.{rng.randrange(0, 900)}", None),
        "room": (f"{rng.choice('ABCG')}{rng.randrange(1, 4)}.{rng.randrange(1, 40):02d}", None),
        "tkt": (f"RITM{rng.randrange(1_000_000, 9_999_999)}", None),
        "flight": (f"{rng.choice(['BA', 'EI', 'KQ', 'ET', 'PR', 'KC'])} {rng.randrange(100, 1999)}", None),
    }


PROBES = [
    # one-time codes: other languages, cue after the value, several per line, spelled out, no cue
    "cód fíoraithe {otp} níor oibrigh",
    "cod dilysu {otp} wedi dod i ben",
    "mi código de verificación es {otp} pero no entra",
    "la clave dinámica {otp} me sale vencida",
    "le code reçu par SMS {otp} ne passe pas",
    "kod podtverzhdeniya {otp} ne prikhodit vovremya",
    "tasdiqlash kodi {otp} ishlamayapti",
    "rastau kody {otp} qate",
    "dastur kodi: {otp}",
    "yung OTP ko ay {otp} pero invalid daw",
    "the code dem send me na {otp} but e no work",
    "{otp} is the number the app gave me",
    "{otp} - from the text, it expired before I could type it",
    "it sent {otp} and then {otp2}, both refused",
    "SMS: \"Brannock: your sign-in code is {otp}. Never share it.\"",
    "> code {otp}\n> pls try again, thanks",
    "[{time}] {first}: ok\n[{time2}] {first}: {otp}\n[{time2}] agent: that one expired",
    "lvl=warn svc=idp evt=otp_reject sub={user} otp={otp} flight={flight}",
    '{"event": "mfa.verify", "code": "{otp}", "ok": false}',
    "2FA: {otp}",
    "Sign-in problem.\nTyped:\n{otp}\nStill loops back to the login page.",
    "verification - {otp} - rejected",
    "the six digits were {otp}",
    # passwords
    "pasfhocal sealadach: {password}",
    "cyfrinair newydd {password}",
    "contraseña provisional {password} no me deja",
    "kalimat el sirr {password} mesh shaghala",
    "parol' {password} ne podkhodit",
    "parolni {password} ga o'zgartirdim",
    "nuuts ug {password}",
    "yung password ko {password} pero ayaw",
    "{password} was my old password, please set a new one",
    "{password} - that's the temp one you gave me yesterday",
    "I typed {password} twice",
    "user {user} / pw {password} / code {otp}",
    "pass: '{password}'",
    "password = `{password}`",
    "[auth]\nuser = {user}\npassword = {password}",
    "credentials:\n  login: {user}\n  secret: {password}",
    "> new one is {password}\n> must change at first logon",
    "[{time}] agent: temp set, it's {password}\n[{time2}] caller: got in",
    "I spelled it {password_spelled} on the phone",
    # usernames
    "ainm úsáideora {user}",
    "enw defnyddiwr: {user}",
    "mi usuario {user} está bloqueado",
    "kullanıcı adı {user}",
    "login: {user}",
    "login {user} zablokirovan",
    "foydalanuvchi nomi {user}",
    "{user} - locked out after 5 tries",
    "{user} cannot get into Outlook",
    "acct={user} lockout=true src={ip}",
    '{"sAMAccountName": "{user}", "locked": true}',
    "{name} [{user}] rang about the roster app",
    "From: {name} <{user}@{DOMAIN_LIT}>\nSent: {time}\nSubject: RE: hangar printer",
    "unlock {user} and {user2} please",
    "{user}@{DOMAIN_LIT} mailbox full",
    # names
    "Dia duit, {first} anseo ó {site}",
    "Diolch,\n{name}",
    "Cheers,\n{name}\n{dept}",
    "Saludos cordiales,\n{name}",
    "Salam, ana {first} men {site}",
    "How far, na {first} dey talk from {site}",
    "Madloba,\n{name}",
    "Rahmat, {name}",
    "Salamat po,\n{name}",
    "Dyakuyu, {name}",
    "[{time}] {name}: the scanner beeps red",
    "> On {time} {name} wrote:\n> still no roster",
    "Requester: {name}\nStation: {site}\nType: Hardware",
    "requested_for: {FULL}",
    "{LAST}, {first} - new hire",
    "{name}",
    "cc {name}",
    "{first} {last} / {dept}",
    # e-mails
    "e-bost: {email}",
    "correo {email_obf}",
    "email me at {email_obf}",
    "mail={email}",
    "pochta: {email}",
    "Personal email: {email}",
    # phones
    "fón póca {phone_nat}",
    "celular {phone}",
    "ring me on {phone_nat}",
    "nambari yangu {phone}",
    "telefon: {phone_nat}",
    "mob={phone}",
    "WhatsApp {phone_nat}",
    "{phone_nat} (home, after {time})",
    "desk phone {phone_ext}",
    "Tel: {phone}\nGate: {room}\nApp version: {ver}",
    # addresses
    "seoladh baile: {address}",
    "cyfeiriad {address}",
    "dirección de envío: {address}",
    "adresse : {address}",
    "manzil: {address}",
    "adres dostavki {address}",
    "home_address={address}",
    "Ship to:\n{address}",
    "{address}\n(ring the bell twice)",
    "Name: {name}\nAddress: {address}\nMobile: {phone}",
    "please send the token to {address} thanks",
    # ids
    "uimhir foirne {staff}",
    "número de empleado {staff}",
    "código de empleado {staff_alnum}",
    "tabel'nyy nomer {staff}",
    "xodim raqami {staff}",
    "sicil no: {staff_alnum}",
    "emp={staff_alnum} dept={dept}",
    "staff_number: {staff}",
    "{name} {staff}",
    "{name} ({staff_alnum})",
    "{staff} - {name} - {dept}",
    "Employee: {name}\nBadge: {staff_alnum}\nStation: {site}",
    # devices and network
    "gliniúr {host} ní thosaíonn",
    "mi portátil {host} no arranca",
    "noutbuk {host} ne vklyuchaetsya",
    "{host} keeps rebooting",
    "hostname={host} ip={ip} mac={mac}",
    "Device: {host}",
    "{host} ({ip})",
    "\\\\{host_short}\\c$ not reachable",
    "MAC {mac} on {first}'s tablet",
    "dirección MAC {mac}",
    # cards
    "número de tarjeta {card}",
    "card on file {card}",
]

DECOYS = [
    ("flight", "Crew app shows flight EI 1472 twice.", "EI 1472"),
    ("flight", "flight=KQ0101 gate=B14", "KQ0101"),
    ("registration", "Tail EI-FNH grounded for the iPad mount.", "EI-FNH"),
    ("registration", "Aircraft 5N-BQR tablet not syncing.", "5N-BQR"),
    ("gate", "Gate B14 kiosk frozen.", "Gate B14"),
    ("stand", "Stand 207 GPU offline.", "Stand 207"),
    ("version", "EFB app 4.12.7 crashes on start.", "4.12.7"),
    ("version", "client_version=23.8.4410", "23.8.4410"),
    ("version", "Updated AMOS to 24.10 SP2.", "24.10 SP2"),
    ("build", "Windows build 22631.4460 installed.", "22631.4460"),
    ("build", "build 8127 of the roster tool", "8127"),
    ("part", "P/N 3214552-7 on backorder.", "3214552-7"),
    ("part", "Part number D23189000-9 in stores.", "D23189000-9"),
    ("serial", "S/N 4XK29QPL7 on the tablet.", "4XK29QPL7"),
    ("serial", "serial=SN2260417 model=ET45", "SN2260417"),
    ("work_order", "Work order WO-884127 closed.", "WO-884127"),
    ("ticket_ref", "Duplicate of RITM0048812.", "RITM0048812"),
    ("ticket_ref", "Vendor case #02841177.", "02841177"),
    ("ticket_ref", "see INC0771298 for the same", "INC0771298"),
    ("change_ref", "CHG0057713 scheduled tonight.", "CHG0057713"),
    ("kb_ref", "Followed KB0012744 step 3.", "KB0012744"),
    ("error_code", "Error 0x800CCC0E in Outlook.", "0x800CCC0E"),
    ("error_code", "Got error code 500121 at sign-in.", "500121"),
    ("error_code", "event_id=4740 account lockout count=1", "4740"),
    ("error_code", "Status code: 401", "401"),
    ("error_code", "code=ERR_CERT_DATE_INVALID", "ERR_CERT_DATE_INVALID"),
    ("error_code", "Printer shows code 50.4 then restarts.", "50.4"),
    ("error_code", "Fault code 4823-11 on the GPU.", "4823-11"),
    ("room", "Room G2.14 screen black.", "G2.14"),
    ("room", "| Room | C1.07 |", "C1.07"),
    ("price", "Quoted USD 1,249.00 for the dock.", "1,249.00"),
    ("price", "Cost: EGP 4 800", "EGP 4 800"),
    ("price", "price=389.50 cur=GEL", "389.50"),
    ("date", "Since 03.11.2026 no sync.", "03.11.2026"),
    ("date", "Expires 2027-01-31.", "2027-01-31"),
    ("date", "Shift on 14/11 from 05:30.", "14/11"),
    ("time", "Started at 06:42:17 local.", "06:42:17"),
    ("time", "ts=2026-11-03T05:12:09Z lvl=info", "2026-11-03T05:12:09Z"),
    ("baggage", "Bag tag 0125 481927 not scanning.", "0125 481927"),
    ("torque", "Torque set to 25 Nm.", "25 Nm"),
    ("server", "srv-snn-amos02 out of space.", "srv-snn-amos02"),
    ("server", "\\\\FS-ORK-02\\Records read-only.", "FS-ORK-02"),
    ("server", "host=db-los-prd-03 load=12", "db-los-prd-03"),
    ("printer", "Printer PRN-ACC-RAMP-01 jammed.", "PRN-ACC-RAMP-01"),
    ("printer", "Label printer BTP-CMN-04 offline.", "BTP-CMN-04"),
    ("switch", "Switch TBS-CORE-SW02 port 12 down.", "TBS-CORE-SW02"),
    ("kiosk", "Kiosk KSK-LIM-17 shows blue screen.", "KSK-LIM-17"),
    ("model", "Model: Zebra TC52", "Zebra TC52"),
    ("model", "Toughbook CF-33 will not charge.", "CF-33"),
    ("product", "The Brannock Roster app freezes.", "Brannock Roster"),
    ("sku", "SKU 5012345678900 out of stock.", "5012345678900"),
    ("count", "Around 4100 staff affected.", "4100"),
    ("port", "port=636 proto=ldaps", "636"),
    ("vlan", "VLAN 318 on the ramp.", "VLAN 318"),
    ("subnet", "Mask 255.255.254.0 on the DHCP scope.", "255.255.254.0"),
    ("policy", "Passwords need 12 characters.", "12 characters"),
    ("policy", "code valid for 10 minutes", "10 minutes"),
    ("policy", "otp_length=6", "otp_length=6"),
    ("step", "Stuck at step 4 of 6.", "step 4 of 6"),
    ("label_value", "Status: Awaiting caller", "Awaiting caller"),
    ("label_value", "| Priority | 2 - High |", "2 - High"),
    ("label_value", "category=Network", "Network"),
    ("label_value", "Station: Tashkent ops", "Tashkent ops"),
    ("label_value", "Assignment group: EMEA Line IT", "EMEA Line IT"),
    ("label_value", "Channel: Walk-in", "Walk-in"),
    ("place", "Wi-Fi weak in Bishkek.", "Bishkek"),
    ("place", "Flights to Addis Ababa delayed.", "Addis Ababa"),
    ("place_street", "The O'Connell Street shop scanners fail.", "O'Connell Street"),
    ("place_street", "Hangar 3, Bay 2 has no signal.", "Hangar 3, Bay 2"),
    ("team", "Passed to Team Kestrel.", "Team Kestrel"),
    ("ssid", "SSID BAG-Crew keeps dropping.", "BAG-Crew"),
    ("keys", "Ctrl+Alt+F4 does nothing.", "Ctrl+Alt+F4"),
    ("resolution", "Screen at 1920x1200.", "1920x1200"),
    ("guid", "request_id=a41f2c90-7d3e-4b8a-9e12-5c6d7e8f9a01", "a41f2c90-7d3e-4b8a-9e12-5c6d7e8f9a01"),
    ("hash", "md5 9e107d9d372bb6826bd81d3542a419d6", "9e107d9d372bb6826bd81d3542a419d6"),
    ("role_email", "Send to records.office@brannock-aerotech.example.net.", "records.office@brannock-aerotech.example.net"),
    ("phone_like", "Order 2026 4417 2290 pending.", "2026 4417 2290"),
    ("percent", "Battery at 14% after an hour.", "14%"),
    ("license", "Licence key valid till 2027.", "till 2027"),
    ("pin_policy", "PIN must be 4 digits.", "4 digits"),
    ("seat", "Crew seat 12C reading lamp.", "12C"),
]

SUBJECTS = ["Roster app login", "EFB tablet not syncing", "MFA code refused", "Laptop slow", "VPN drops",
            "Scanner beeps red", "Shared drive access", "Password expired", "Teams audio", "New hire kit",
            "Hangar printer jam", "Outlook keeps asking for password", "Crew phone setup"]
NAME_SUBJECTS = ["New hire: {name}", "{FULL} - laptop", "Access for {user}", "Unlock {user}",
                 "RE: {name} phone", "{LAST}, {first}"]
LEADS = ["Dia duit,", "Helo,", "Hola,", "Salam,", "Hi team,", "Good day,", "", "", "Walk-in.",
         "Chat log:", "Form submitted:", "Forwarded by the duty manager:"]
NOTES = ["Sorted.", "Resuelto.", "Réglé.", "Fixed, caller confirmed.", "No response, closed.", "Done remotely."]


def _render_probe(template: str, values: dict) -> tuple[str, list[dict]]:
    """A probe filled in; the company's own domain is no personal data."""
    return _render(template.replace("{DOMAIN_LIT}", DOMAIN), values)


def _spelled(password: str) -> str:
    """A password read out character by character, as agents write it down."""
    return "-".join(password)


def _extra(values: dict, person: Person, rng: random.Random) -> dict:
    """Slots a few probes need beyond the shared ones."""
    host = person.host().lstrip("\\").split("\\")[0].split(".")[0]
    pw = _password(rng)
    return {**values, "otp2": (_otp(rng), "otp"), "user2": (Person(rng).username(), "username"),
            "host_short": (host, "hostname"), "password_spelled": (_spelled(pw), "password")}



def _with_extra(person: Person, rng: random.Random) -> dict:
    """The shared slots and this bank's extra ones."""
    return _extra(_values(person, rng), person, rng)


def build(count: int = 2000, seed: int = 83) -> list[dict]:
    """The tickets with their truth."""
    from suggest_data.make import PiiBankPlan, build_pii_bank

    return build_pii_bank(PiiBankPlan(
        person=Person, values=_with_extra, render=_render_probe, probes=PROBES, decoys=DECOYS,
        subjects=SUBJECTS, leads=LEADS, notes=NOTES, start=dt.datetime(2026, 10, 5, 5, 10, 0), minutes=41,
        first_number=9_800_000, decoy_counts=(1, 2, 2, 3, 3, 4, 5),
        name_subjects=NAME_SUBJECTS, name_subject_rate=0.1, subject_values=_values), count, seed)


def write(out: Path, count: int = 2000, seed: int = 83) -> None:
    """Write ``pii.csv`` and ``pii-truth.jsonl`` into ``out`` (the writer of held-out v3, this bank's tickets)."""
    pii_heldout3.write(out, count, seed, build=build)


def main() -> None:
    pii_heldout3.main(write, 83, __doc__)


if __name__ == "__main__":
    main()
