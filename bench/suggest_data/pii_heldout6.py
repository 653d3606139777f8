"""SIXTH HELD-OUT personal-data bank (v6): FROZEN. Written and committed before any redaction tuning
of round 6; never tuned on. Only its aggregate figures are read, once, at the end of the round.

    python3 bench/suggest_data/pii_heldout6.py OUT_DIR [--count 2000] [--seed 67]

A fictional shipping and port-logistics group ("Kestrel Tidewater Lines", terminals and offices in
Norway, Sweden, Finland, Denmark, Iceland, Estonia, Latvia, Lithuania, Spain, Portugal, Brazil,
Mexico, Chile, Argentina, Indonesia, Vietnam, the Philippines, Thailand, Malaysia, Japan, Korea,
Turkey, Greece, Senegal and Côte d'Ivoire) writes description-bearing tickets: callers, agents'
work notes, resolution notes. Every name, value and phrasing is invented for kbgen (nothing is
copied from the evaluation data or the earlier banks). Written to differ from v1-v5: Nordic,
Baltic, Iberian, Latin American, Indonesian, Vietnamese, Filipino, Thai, Japanese and Korean
(romanised), Turkish, Greek and West African names; cue words of those languages; the cue AFTER
the value ("... is the code"), values in brackets, quotes and `code spans`, tables written as
"field | value" and "field = value", forwarded-mail headers, chat transcripts with timestamps;
passwords of other shapes (passphrases with separators, leetspeak, symbols first); addresses of
those countries (Japanese and Korean block orders, Brazilian CEP, Turkish "Cad. No: D:", Baltic
"LV-"/"LT-" postcodes, Vietnamese wards and districts); hosts named by site, role and asset
number, by an owner's name, by a Mac's default name; and MANY look-alikes of the same shapes that
must stay: container and vessel numbers, booking and bill-of-lading references, port codes, HS
codes, versions, builds, error codes, SKUs, model numbers, licence-free product names, servers,
printers, switches, timestamps, weights and label-value rows that hold no person's data.

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

DOMAIN = "kestrel-tidewater.example.net"

FIRST = """Sigrún Bjørnar Åsa Torbjörn Eero Päivi Kristjan Liis Jānis Ilze Rūta Mindaugas Marit Henrik Solveig
Guðrún Ragnar Inés Íñigo Conceição Gonçalo Mariana Thiago Guillermo Fernanda Catalina Matías Valentina
Dewi Budi Siti Wayan Thị Huỳnh Quang Maricel Jerome Somchai Kanokwan Nurul Farid Haruki Yumiko Takeshi
Min-jun Ji-woo Seo-yeon Hyun-woo Ayşe Mehmet Elif Emre Eleni Giorgos Dimitra Panagiotis Aminata Mamadou
Fatou Ousmane Kouassi Adjoua Ibrahima Awa""".split()
LAST = """Hagen Sæther Lindqvist Bergström Nieminen Korhonen Järvinen Kask Tamm Bērziņš Ozoliņa Kazlauskas
Petrauskienė Rasmussen Guðmundsdóttir Sigurðsson Etxeberria Goikoetxea Magalhães Figueiredo Carvalho
Quintero Sepúlveda Montenegro Bustamante Santoso Wijaya Setiawan Nguyễn Trần Phạm Villanueva Bautista
Macaraeg Srisuk Wongsawat Rahman Ismail Takahashi Matsumoto Fujiwara Yılmaz Öztürk Çelik Şahin
Papadopoulos Georgiou Konstantinidou Diallo Ndiaye Diop Kouamé Traoré Coulibaly""".split() + [
    "dos Santos", "de Oliveira", "dela Cruz", "Park", "Choi", "Kim", "Lee", "da Silva"]

SITES = ["Bergen terminal", "Göteborg quay", "Kotka yard", "Aarhus depot", "Tallinn office", "Klaipėda berth",
         "Algeciras terminal", "Leixões depot", "Santos terminal", "Manzanillo yard", "Valparaíso office",
         "Tanjung Priok depot", "Hải Phòng office", "Manila South Harbor", "Laem Chabang yard", "Port Klang office",
         "Yokohama office", "Busan terminal", "Mersin yard", "Piraeus quay", "Dakar terminal", "Abidjan depot"]
DEPTS = ["Stowage Planning", "Customs Brokerage", "Reefer Desk", "Crew Payroll", "Yard Control", "Chartering",
         "Bunkering", "Claims", "Gate Ops", "Vessel IT"]

PHONES_INTL = ["+47 412 55 873", "+46 70 555 28 14", "+358 40 555 7319", "+45 21 55 48 90", "+354 855 4172",
               "+372 5555 8143", "+371 2555 4082", "+370 655 51 847", "+34 655 55 21 40", "+351 912 555 834",
               "+55 13 99555-2718", "+52 314 555 8207", "+56 9 5555 3812", "+54 9 11 5555-4721",
               "+62 812-5555-0917", "+84 90 555 4138", "+63 917 555 2846", "+66 81 555 7320", "+60 12-555 6193",
               "+81 90-5555-2741", "+82 10-5555-8127", "+90 532 555 41 87", "+30 694 555 1826", "+221 77 555 18 43",
               "+225 07 55 52 83 16"]
PHONES_NAT = ["412 55 873", "070-555 28 14", "040 555 7319", "21 55 48 90", "5555 8143", "2555 4082", "8 655 51847",
              "655 55 21 40", "912 555 834", "(13) 99555-2718", "314 555 8207", "9 5555 3812", "011 15-5555-4721",
              "0812-5555-0917", "090 555 4138", "0917 555 2846", "081-555-7320", "012-555 6193", "090-5555-2741",
              "010-5555-8127", "0532 555 41 87", "694 555 1826", "77 555 18 43"]
EXT_FORMS = ["innvalg {n}", "anknytning {n}", "sisänumero {n}", "lokalnummer {n}", "dahili {n}", "naisen {n}",
             "ramal {n}", "ext-{n}", "[ext {n}]", "/ {n} (ext)"]
ADDRESSES = [
    "Storgata 41, 0182 Oslo", "Kong Oscars gate 19B, 5017 Bergen", "Sveavägen 66, lgh 1102, 113 59 Stockholm",
    "Hämeentie 31 A 12, 00500 Helsinki", "Nørregade 7, 3. tv., 1165 København K", "Laugavegur 58, 101 Reykjavík",
    "Tartu mnt 14-27, 10117 Tallinn", "Brīvības iela 88 dz. 4, Rīga, LV-1001", "Taikos pr. 52-19, LT-91182 Klaipėda",
    "C/ Fuencarral 121, 4º dcha., 28010 Madrid", "Rúa do Franco 22, 15702 Santiago de Compostela",
    "Rua de Santa Catarina 312, 3º Esq., 4000-442 Porto", "Av. Ana Costa 402, apto 71, Gonzaga, Santos - SP, 11060-002",
    "Calle Hidalgo 215, Col. Centro, 28200 Manzanillo, Col.", "Pasaje Atkinson 38, Cerro Alegre, Valparaíso",
    "Av. Córdoba 1540, 6° C, C1055AAT Buenos Aires", "Jl. Kebon Sirih No. 17, Menteng, Jakarta Pusat 10340",
    "Số 45 Lê Lợi, Phường Bến Nghé, Quận 1, TP. Hồ Chí Minh", "Blk 9 Lot 14, Mabini St., Brgy. San Isidro, Parañaque City 1700",
    "88/14 Moo 3, Thanon Sukhumvit, Si Racha, Chonburi 20230", "No. 21, Jalan Telawi 3, Bangsar Baru, 59100 Kuala Lumpur",
    "〒231-0023 Kanagawa-ken Yokohama-shi Naka-ku Yamashita-cho 2-14-5", "3-8-12 Nishi-Azabu, Minato-ku, Tokyo 106-0031",
    "Haeundae-ro 570beon-gil 22, Haeundae-gu, Busan 48094", "Atatürk Cad. No: 212 D: 9, 33010 Mezitli/Mersin",
    "Odos Akti Miaouli 47, 185 35 Peiraias", "Cité Keur Gorgui, Villa n° 41, Dakar",
    "Rue des Jardins, Lot 118, Cocody Riviera 2, 01 BP 4417 Abidjan 01",
]


class Person:
    """One person with the values a ticket may give about them."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.first = rng.choice(FIRST)
        self.last = rng.choice(LAST)

    def name(self) -> str:
        f, l, r = self.first, self.last, self.rng.random()
        forms = [(0.24, f"{f} {l}"), (0.32, f"{l} {f}"), (0.4, f"{l}, {f}"), (0.47, f"{l.upper()} {f}"),
                 (0.55, _plain(f"{f} {l}")), (0.62, f"{f} {l}".upper()), (0.68, f"{f[0]}. {l}"),
                 (0.74, f"{_plain(l).upper()}, {_plain(f)}"), (0.8, f"{f.lower()} {l.lower()}"),
                 (0.86, f"{l} {f[0]}."), (0.93, _plain(f"{f} {l}").lower()), (1.0, f"{f} {l}-{self.rng.choice(LAST)}")]
        return next(text for limit, text in forms if r < limit)

    def username(self) -> str:
        f, l = _ascii(self.first), _ascii(self.last)
        return self.rng.choice([f"{l[:5]}{f[:2]}", f"{f}.{l}{self.rng.randrange(1, 9)}", f"{f[0]}{l}",
                                f"{f[:3]}{l[:3]}{self.rng.randrange(10, 99)}", f"{l}_{f[0]}", f"k{self.rng.randrange(100_000, 999_999)}",
                                f"{f}-{l[:2]}", f"{l[:6].upper()}{f[0].upper()}{self.rng.randrange(1, 9)}"])

    def email(self) -> str:
        f, l = _ascii(self.first), _ascii(self.last)
        host = self.rng.choice(["online.no", "telia.se", "kolumbus.fi", "yahoo.com.br", "hotmail.es", "sapo.pt",
                                "yahoo.co.id", "naver.com", "gmail.com", "ymail.ne.jp", DOMAIN, "orange.sn"])
        return self.rng.choice([f"{f}.{l}@{host}", f"{f[0]}{l}{self.rng.randrange(1, 99)}@{host}",
                                f"{l}.{f[0]}@{host}", f"{f}_{l[:3]}@{host}"])

    def email_obf(self) -> str:
        f, l = _ascii(self.first), _ascii(self.last)
        return self.rng.choice([f"{f}.{l} arroba hotmail punto es", f"{f}{l[0]} (a) gmail (.) com",
                                f"{f}.{l}＠naver.com", f"{f}.{l}%40gmail.com", f"{f} [ät] telia [piste] se",
                                f"{f}-{l} {{at}} sapo {{dot}} pt", f"{l}.{f}@yahoo[.]com[.]br",
                                f"{f} at {l} punkt online punkt no", f"{f}.{l} @ kolumbus . fi"])

    def host(self) -> str:
        l, f = _ascii(self.last), _ascii(self.first)
        site = self.rng.choice(["BGO", "GOT", "KTK", "AAR", "TLL", "KLJ", "ALG", "LEI", "SSZ", "ZLO", "VAP", "JKT",
                                "HPH", "MNL", "LCB", "PKG", "YOK", "PUS", "MER", "PIR", "DKR", "ABJ"])
        n = self.rng.randrange(100, 99999)
        return self.rng.choice([f"{site}-NB-{n:05d}", f"{site.lower()}lt{n:05d}", f"{f}s-MacBook-Air",
                                f"{f[:1]}{l[:7]}-x1.{site.lower()}.{DOMAIN}", f"L{site}{l.upper()[:5]}",
                                f"{site}-{self.rng.choice(['STW', 'CUS', 'RFR', 'YRD'])}-LT{n % 1000:03d}",
                                f"TW{n:06d}W", f"{l}-{f[:1]}-ws", f"{site}D{l[:4].upper()}{n % 100:02d}"])


def _otp(rng: random.Random) -> str:
    n = str(rng.randrange(100_000, 999_999))
    return rng.choice([n, f"{n[:3]} {n[3:]}", f"{n[:3]}-{n[3:]}", f"{n[:2]}-{n[2:4]}-{n[4:]}",
                       str(rng.randrange(1000, 9999)), str(rng.randrange(10_000_000, 99_999_999)),
                       f"{rng.randrange(10_000, 99_999)} {rng.randrange(10_000, 99_999)}", f"{n[:3]}.{n[3:]}"])


_PW_WORDS = ["Nordlys", "fjord", "Sampo", "Baltika", "Tortuga", "saudade", "Mango", "Garuda", "phuong", "Sakura",
             "Hangang", "Boğaz", "Thalassa", "baobab", "Teranga"]


def _password(rng: random.Random) -> str:
    w = _plain(rng.choice(_PW_WORDS))
    words = [_plain(x).lower() for x in rng.sample(_PW_WORDS, 3)]
    leet = w.lower().replace("a", "4").replace("o", "0").replace("e", "3")
    return rng.choice([f"{w}#{rng.randrange(1000, 9999)}", "-".join(words) + str(rng.randrange(1, 99)),
                       f"{leet.capitalize()}!{rng.randrange(10, 99)}", f"#{w[:5]}{rng.randrange(100, 999)}x",
                       f"{w.upper()}_{rng.randrange(10, 99)}_{w[:2].lower()}", f"{rng.randrange(10, 99)}{w}@{rng.randrange(10, 99)}",
                       f"{w[:3]}{rng.randrange(1, 9)}{w[3:].upper()}*", f"Q{rng.randrange(1, 9)}w{w[:3].lower()}$Z{rng.randrange(1, 9)}",
                       ".".join(words[:2]).capitalize() + f".{rng.randrange(10, 99)}"])


def _values(person: Person, rng: random.Random) -> dict:
    """Slot name -> (value, kind of personal data or None)."""
    ext = str(rng.randrange(100, 9999))
    hh, mm = rng.randrange(7, 19), rng.randrange(60)
    return {
        "name": (person.name(), "person_name"), "first": (person.first, "person_name"),
        "last": (person.last, "person_name"), "LAST": (person.last.upper(), "person_name"),
        "first_plain": (_plain(person.first), "person_name"),
        "FULL": (_plain(f"{person.first} {person.last}").upper(), "person_name"),
        "user": (person.username(), "username"), "email": (person.email(), "email"),
        "email_obf": (person.email_obf(), "email"),
        "phone": (rng.choice(PHONES_INTL), "phone"), "phone_nat": (rng.choice(PHONES_NAT), "phone"),
        "phone_ext": (f"{rng.choice(PHONES_INTL + PHONES_NAT)} {rng.choice(EXT_FORMS).format(n=ext)}", "phone"),
        "address": (rng.choice(ADDRESSES), "address"),
        "staff": (str(rng.randrange(10_000, 9_999_999)), "employee_id"),
        "staff_alnum": (rng.choice([f"KT{rng.randrange(10_000, 99_999)}", f"{rng.randrange(100, 999)}-{rng.randrange(1000, 9999)}",
                                    f"E-{rng.randrange(1000, 9999)}-{rng.choice('NSWE')}",
                                    f"{rng.choice(['NO', 'SE', 'BR', 'JP', 'TR'])}{rng.randrange(100_000, 999_999)}"]),
                        "employee_id"),
        "otp": (_otp(rng), "otp"), "password": (_password(rng), "password"),
        "host": (person.host(), "hostname"),
        "ip": (f"10.{rng.randrange(1, 250)}.{rng.randrange(1, 250)}.{rng.randrange(2, 250)}", "ipv4"),
        "mac": (rng.choice([":", "-"]).join(f"{rng.randrange(256):02x}" for _ in range(6)), "mac"),
        "card": (_card(rng), "credit_card"),
        "dept": (rng.choice(DEPTS), None), "site": (rng.choice(SITES), None),
        "time": (f"{hh:02d}:{mm:02d}", None), "time2": (f"{hh:02d}:{(mm + 3) % 60:02d}", None),
    }


PROBES = [
    # one-time codes: other languages, cue after the value, code spans, chat lines
    "engangskode {otp} virker ikke",
    "Engångskoden {otp} gick ut innan jag hann skriva den",
    "vahvistuskoodi: {otp}",
    "kinnituskood {otp} ei sobi",
    "código de verificación «{otp}» rechazado",
    "recebi o código {otp} por SMS mas dá erro",
    "kode OTP {otp} tidak masuk",
    "mã xác thực {otp} hết hạn",
    "doğrulama kodu {otp} geçersiz diyor",
    "ninshou koodo {otp} ga tsukaemasen",
    "injeung beonho {otp} ip-ryeok an dwaeyo",
    "{otp} is the code the app shows, still rejected",
    "she read out `{otp}` from the authenticator",
    "[{time}] caller: the number from the text is {otp}\n[{time2}] agent: thanks, verified",
    "Verification | {otp}",
    "MFA code = {otp}",
    # passwords
    "passord: {password}",
    "nytt lösenord {password} fungerar inte",
    "salasana on {password}",
    "adgangskoden er \"{password}\"",
    "parool `{password}`",
    "slaptažodis {password}",
    "contraseña provisional: {password}",
    "a senha que usei foi {password}",
    "kata sandi baru {password}",
    "mật khẩu {password} không đúng",
    "şifre {password} kabul edilmiyor",
    "κωδικός {password}",
    "pasuwaado wa {password} desu",
    "{password} is what I set as the password",
    "temp creds -> {password}",
    "Password | {password}",
    "[{time}] agent: I've set it to `{password}` for now\n[{time2}] caller: ok logging in",
    "the one I typed was ({password})",
    # usernames
    "brukernavn {user} er sperret",
    "användarnamn: {user}",
    "käyttäjätunnus {user} lukittu",
    "nombre de usuario: {user}",
    "usuário {user} bloqueado",
    "nama pengguna {user}",
    "tên đăng nhập {user}",
    "kullanıcı adı {user}",
    "Username | {user}",
    "login=`{user}`",
    "{user} is my login, locked since Monday",
    "Account: {user} (disabled)",
    "From: {name} <{user}@{DOMAIN_LIT}>\nSent: Tuesday {time}\nSubject: FW: cannot print",
    # names
    "Hei, dette er {first}",
    "Hej! {first} här från {dept}",
    "Mvh\n{name}",
    "Med vänliga hälsningar,\n{name}",
    "Ystävällisin terveisin {name}",
    "Saludos cordiales,\n{name}\n{dept}",
    "Atenciosamente, {name}",
    "Salam, saya {name} dari {dept}",
    "Xin chào, tôi là {name}",
    "Merhaba, ben {name}",
    "Kalimera, {first} from {site} here",
    "Bonjour, c'est {name} du {dept}",
    "[{time}] {name}: screen is black again",
    "From: {name}\nTo: Service Desk\nSubject: FW: VPN",
    "Requester | {name}",
    "On behalf of {name} ({dept})",
    "cc {name}, {dept}",
    "{FULL} - cannot open manifest",
    # e-mails
    "e-post: {email}",
    "sähköposti {email_obf}",
    "correo {email_obf}",
    "send it to <{email}>",
    "E-mail | {email}",
    "mailto:{email}",
    # phones
    "mobil {phone_nat}",
    "ring meg på {phone}",
    "puhelin {phone_nat}",
    "celular {phone_nat}",
    "WhatsApp me: {phone}",
    "Phone | {phone_ext}",
    "telefon: {phone_nat}",
    "nomor HP {phone_nat}",
    "số điện thoại {phone_nat}",
    "{phone} is my number, any time after {time}",
    # addresses
    "adresse: {address}",
    "Leveringsadresse: {address}",
    "hemadress {address}",
    "osoite {address}",
    "dirección de envío: {address}",
    "morada {address}",
    "alamat {address}",
    "địa chỉ: {address}",
    "adres: {address}",
    "jūsho: {address}",
    "Address | {address}",
    "Please ship the headset to:\n{address}\nThanks",
    "{address}\n(home, ring twice)",
    # ids
    "ansattnummer {staff}",
    "anställningsnummer: {staff}",
    "henkilönumero {staff}",
    "número de empleado {staff_alnum}",
    "matrícula {staff}",
    "NIK {staff}",
    "mã nhân viên {staff_alnum}",
    "sicil no {staff}",
    "shain bangou {staff}",
    "Employee no. | {staff_alnum}",
    "{name} [{staff}]",
    "{name} / {staff_alnum}",
    # devices and network
    "laptop {host} keeps losing the VPN",
    "maskin {host} får ikke IP",
    "kone {host} ei käynnisty",
    "equipo {host} sin red",
    "{host} ({ip}) is the one with the issue",
    "Hostname | {host}",
    "`{host}` failed the compliance check",
    "reimaged {host}",
    "MAC-adresse {mac}",
    "dirección MAC {mac}",
    "{mac} needs adding to the NAC list",
    "Device | {host} | {mac}",
    # cards
    "kortnummer {card}",
    "número do cartão {card}",
]

DECOYS = [
    ("container", "Container MSKU 482716-3 stuck at the gate.", "MSKU 482716-3"),
    ("container", "Reefer TGHU8812047 alarms on the monitor.", "TGHU8812047"),
    ("vessel", "MV Nordkapp Spirit arrives Friday.", "Nordkapp Spirit"),
    ("vessel", "Vessel IMO 9321483 missing from the plan.", "IMO 9321483"),
    ("booking", "Booking BKG-2025-004417 shows twice.", "BKG-2025-004417"),
    ("bill_of_lading", "B/L KTWL25SSZ0193 cannot be printed.", "KTWL25SSZ0193"),
    ("port_code", "Route NOBGO to BRSSZ fails validation.", "BRSSZ"),
    ("hs_code", "HS code 8471.30 rejected by customs.", "8471.30"),
    ("awb", "Air waybill 176-48213375 not found.", "176-48213375"),
    ("version", "Navis N4 3.8.12 after the upgrade.", "3.8.12"),
    ("version", "Teams 24215.1007.3082.1590 crashes.", "24215.1007.3082.1590"),
    ("build", "Windows 11 23H2 build 22631.3447 on the laptop.", "22631.3447"),
    ("error_code", "Error 0xC004F074 during activation.", "0xC004F074"),
    ("error_code", "Browser says ERR_CERT_DATE_INVALID.", "ERR_CERT_DATE_INVALID"),
    ("error_code", "EDI returns code E-4471 for the manifest.", "E-4471"),
    ("sap", "Transaction VL02N hangs.", "VL02N"),
    ("sku", "Ordered SKU KX-4471-B twice.", "KX-4471-B"),
    ("model", "Model: Zebra ZT411 label printer.", "ZT411"),
    ("model", "Scanner TC52ax will not charge.", "TC52ax"),
    ("product", "The Sakura Yard app freezes.", "Sakura Yard"),
    ("product", "Galaxy Tab Active4 Pro screen flickers.", "Active4 Pro"),
    ("image_tag", "Deploy nginx:1.25.3-alpine to the gate kiosk.", "nginx:1.25.3-alpine"),
    ("branch", "Build of feature/ocr-42 failed.", "feature/ocr-42"),
    ("server", "srv-tos-prd-02 rebooted overnight.", "srv-tos-prd-02"),
    ("server", "Backup of KTWSQL07 failed.", "KTWSQL07"),
    ("switch", "Switch BGO-CORE-SW01 port 14 down.", "BGO-CORE-SW01"),
    ("printer", "Printer PRN-PIR-2F-03 jams.", "PRN-PIR-2F-03"),
    ("kiosk", "Gate kiosk KIOSK-SSZ-07 offline.", "KIOSK-SSZ-07"),
    ("crane", "Crane STS-14 telemetry lost.", "STS-14"),
    ("timestamp", "Log at 2025-11-03T04:17:22Z shows the drop.", "2025-11-03T04:17:22Z"),
    ("date", "Since 03.11.2025 it fails.", "03.11.2025"),
    ("date", "Cutoff 2025/11/14 for the change.", "2025/11/14"),
    ("weight", "Gross weight 24,380 kg over the limit.", "24,380 kg"),
    ("size", "Mailbox at 98 GB of 100 GB.", "98 GB"),
    ("ip_range", "Subnet mask 255.255.255.0 set.", "255.255.255.0"),
    ("kb_ref", "Followed KB0047121.", "KB0047121"),
    ("ticket_ref", "Duplicate of INC0048813.", "INC0048813"),
    ("ticket_ref", "Linked RITM0091244.", "RITM0091244"),
    ("hash", "SHA256 9b74c9897bac770ffc029102a200c5de matches.", "9b74c9897bac770ffc029102a200c5de"),
    ("guid", "Object id 5d1f3a7e-9c2b-4e88-b1a0-7f3c2d9e4b61 in Entra.", "5d1f3a7e-9c2b-4e88-b1a0-7f3c2d9e4b61"),
    ("label_value", "Status | Open", "Open"),
    ("label_value", "Priority: P2", "P2"),
    ("label_value", "Queue = EMEA-L2", "EMEA-L2"),
    ("label_value", "Category | Hardware", "Hardware"),
    ("label_value", "Port: 8443", "8443"),
    ("label_value", "Vessel | Baltic Tern", "Baltic Tern"),
    ("label_value", "Model | OptiPlex 7010", "OptiPlex 7010"),
    ("label_value", "Location = Berth 7", "Berth 7"),
    ("label_value", "Shift: B", "Shift: B"),
    ("place_street", "The Rua Augusta shop uses the old scanner.", "Rua Augusta"),
    ("place_street", "Berth 12, Quay 3 has no Wi-Fi.", "Berth 12, Quay 3"),
    ("place_street", "Gate 4, Lane 2 barrier stuck.", "Gate 4, Lane 2"),
    ("place", "Wi-Fi weak in Kadıköy office.", "Kadıköy"),
    ("place", "Crew flew to São Luís.", "São Luís"),
    ("team", "Escalated to Team Orca.", "Team Orca"),
    ("ssid", "SSID KTW-Guest drops.", "KTW-Guest"),
    ("password_policy", "Passwords need 14 characters now.", "14 characters"),
    ("keys", "Pressed Ctrl+Shift+Esc, nothing.", "Ctrl+Shift+Esc"),
    ("resolution", "Screen set to 1920x1080.", "1920x1080"),
    ("phone_like", "Order 2025 0412 7781 in SAP.", "2025 0412 7781"),
    ("vlan", "VLAN 318 on the reefer racks.", "VLAN 318"),
    ("shared_host", "Shared PC GATE-PC-03 at the entrance.", "GATE-PC-03"),
    ("role_email", "Mail reefer.desk@kestrel-tidewater.example.net for alarms.", "reefer.desk@kestrel-tidewater.example.net"),
    ("time", "[08:14] system: backup done", "08:14"),
    ("count", "About 4100 moves per shift.", "4100"),
]

SUBJECTS = ["Manifest upload fails", "Cannot log into TOS", "Handheld scanner offline", "VPN drops on the quay",
            "New crew member account", "Shared mailbox access", "MFA loop", "Reefer monitor error",
            "Password expired", "Teams no audio", "Label printer jam", "Tablet screen cracked", "EDI message stuck"]
NAME_SUBJECTS = ["Ny bruker: {name}", "{FULL} - laptop", "Acceso para {user}", "Unlock {user}", "FW: {name} new phone"]
LEADS = ["Hei,", "Hej,", "Hola,", "Olá,", "Halo,", "Chào anh,", "Merhaba,", "", "", "Phone call.", "Chat transcript:"]
NOTES = ["Fixed.", "Løst.", "Resuelto.", "Resolvido com o usuário.", "Confirmed with caller.", "Closed, no reply."]


def _render_probe(template: str, values: dict) -> tuple[str, list[dict]]:
    """A probe filled in; the company's own domain is no personal data."""
    return _render(template.replace("{DOMAIN_LIT}", DOMAIN), values)



def build(count: int = 2000, seed: int = 67) -> list[dict]:
    """The tickets with their truth."""
    from suggest_data.make import PiiBankPlan, build_pii_bank

    return build_pii_bank(PiiBankPlan(
        person=Person, values=_values, render=_render_probe, probes=PROBES, decoys=DECOYS,
        subjects=SUBJECTS, leads=LEADS, notes=NOTES, start=dt.datetime(2026, 3, 2, 5, 20, 0), minutes=41,
        first_number=9_600_000, decoy_counts=(0, 1, 2, 2, 3, 3, 4),
        name_subjects=NAME_SUBJECTS, name_subject_rate=0.1,
        values_before_probe=True), count, seed)


def write(out: Path, count: int = 2000, seed: int = 67) -> None:
    """Write ``pii.csv`` and ``pii-truth.jsonl`` into ``out`` (the writer of held-out v3, this bank's tickets)."""
    pii_heldout3.write(out, count, seed, build=build)


def main() -> None:
    pii_heldout3.main(write, 67, __doc__)


if __name__ == "__main__":
    main()
