"""TWELFTH HELD-OUT personal-data bank (v12): FROZEN. Written and committed before any redaction tuning
of round 12; never tuned on. Only its aggregate figures are read, once, at the end of the round.

    python3 bench/suggest_data/pii_heldout12.py OUT_DIR [--count 2000] [--seed 1213]

A fictional public broadcaster, film archive and transmitter operator ("Orrakai Bellwether
Broadcasting & Film Vault", studios, tape vaults and transmitter masts in Japan, South Korea,
Thailand, India, Greece, Turkey, Germany, the Netherlands, Finland, Hungary, Brazil, Argentina,
Kenya and Ghana) writes description-bearing tickets. Every name, value and phrasing is invented for
kbgen (nothing is copied from the evaluation data or the earlier banks). Cue words in native
scripts (Japanese, Korean Hangul, Thai, Devanagari, Greek, Arabic, Chinese) beside Turkish,
German, Dutch, Finnish, Hungarian, Brazilian Portuguese, Rioplatense Spanish, Swahili and Twi;
structures not used before: a Windows or Unix home path holding the user name, a URL query
holding a user id, a UNC path holding the machine, a "whoami" echo, an LDAP attribute line, an
old-to-new arrow for a secret, a secret in a shell command line, a code read digit by digit with
spaces, a code with a provider's letter prefix, a signature block with role and phone, a vCard
fragment, a ticket line with the value in parentheses after a role; and many look-alikes that
must stay (tape reels, timecodes, frequencies, episode and clip ids, codecs, bitrates, channel
numbers, transponders, studio and mast names, SDI ports, error codes, ticket and KB refs, role
mailboxes, servers and encoders in monitoring alerts).

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

DOMAIN = "orrakai-bw.example.net"
AD = "ORBW"

FIRST = """Haruki Michiru Sayaka Kenshin Tomoe Da-eun Seoyeon Minjae Hyeonwoo Sirinthip Thanakrit Wassana-Rin Arnav
Ishaani Vikrant Meenakshi Eleftheria Spyridon Kalliopi Stelios Berkay Ezgi Tuncay Sevda Friedhelm Annegret Lorenz
Wiebke Floortje Marieke Wouterjan Lotte-Mijn Aleksi Venla Ilmari Kerttu Bálint Réka Zsolt Enikő Ravi-Teodoro Iracema Caio Raíssa
Facundo Agustina Lautaro Milagros Nyambura-Wa Kibet-Rono Atieno Odhiambo-Kej Adwoa-Serwaa Kwabena Efua Yaw""".split()
LAST = """Okabe Shirakawa Morishita Takeuchi Baek Hwang Seo Jang Srisuwan Wongsakul Chaiyaporn Bhattacharya
Raghunathan Kulkarni Deshpande Papadakis Karagianni Vlachos Theodorou Yıldırım Karakaya Aydoğan Özdemir Brinkmann
Vogelsang Hartwig Lüdemann Verhoeven Dijkstra Meulenbelt Kuipers Rautiainen Heikkilä Lindqvist Koskela Szabó
Hegedűs Fehérvári Bognár Albuquerque Figueiredo Nascimento Barbosa Iturralde Echeverry Benedetti Kamau Wafula
Chebet Ochieng Asante Boateng Owusu-Ansah Darko""".split() + [
    "van der Lugt", "de Haan", "von Bredow", "dos Anjos", "da Cunha"]

SITES = ["Setagaya studio 3", "Mapo transmitter", "Bang Kapi vault", "Pune playout", "Kifisia mast",
         "Üsküdar newsroom", "Adlershof dubbing stage", "Hilversum annex", "Pasila archive", "Óbuda backlot",
         "Lapa edit suites", "Palermo sound room", "Ngong relay", "Kumasi bureau"]
DEPTS = ["Playout", "Tape Restoration", "Subtitling", "Master Control", "Rights Clearance", "Newsgathering",
         "Transmitter Care", "Payroll", "Sound Design", "OB Truck Crew"]
CODES = ["TYO", "SEL", "BKK", "PNQ", "ATH", "IST", "BER", "HVS", "HEL", "BUD", "SAO", "BUE", "NBO", "KMS"]

PHONES_INTL = ["+81 90 6618 2473", "+82 10 5831 7264", "+66 89 412 7305", "+91 98201 46735", "+30 694 318 2276",
               "+90 532 741 18 63", "+49 172 804 3916", "+31 6 4127 8853", "+358 44 739 1682", "+36 30 518 4427",
               "+55 11 98734 2156", "+54 9 11 4682 3379", "+254 733 615 248", "+233 24 771 5390"]
PHONES_NAT = ["090-6618-2473", "010-5831-7264", "089 412 7305", "098201 46735", "0694 318 2276", "0532 741 1863",
              "0172 8043916", "06-41278853", "044 739 1682", "06 30 518 4427", "(11) 98734-2156", "011 15-4682-3379",
              "0733 615248", "024 771 5390"]
EXT_FORMS = ["内線{n}", "내선 {n}", "ต่อ {n}", "Durchwahl {n}", "toestel {n}", "dahili {n}", "alanumero {n}",
             "mellék {n}", "ramal: {n}", "interno {n}", "ext. no {n}"]
ADDRESSES = [
    "東京都世田谷区桜丘3-14-9 ハイツ桜201", "서울특별시 마포구 월드컵북로 218, 7층",
    "88/14 Soi Ramkhamhaeng 53, Bang Kapi, Bangkok 10240", "Flat 6B, Sai Sadan, Baner Road, Pune 411045",
    "Odos Tatoiou 47, 14561 Kifisia", "Selimiye Mah. Kavak Sok. No: 12 D: 4, 34668 Üsküdar/İstanbul",
    "Rudower Chaussee 119, 12489 Berlin", "Kerkbrink 7-II, 1211 BX Hilversum", "Ratapihantie 31 B 18, 00520 Helsinki",
    "Bécsi út 204. 3. em. 11., 1037 Budapest", "Rua Fradique Coutinho 1442, apto 93, São Paulo - SP, 05416-001",
    "Av. Santa Fe 3875, piso 8 dto. C, C1425 CABA", "Ngong Road, Kilimani, P.O. Box 58213-00200, Nairobi",
    "Plot 22, Ahodwo Roundabout, Kumasi AK-039-5521", "417 Larkspur Hollow Lane, Fort Collins, CO 80526",
]


def _mac(rng: random.Random) -> str:
    """A MAC address as switches, encoders and phones print it."""
    raw = "".join(rng.choice("0123456789abcdef") for _ in range(12))
    if not any(c.isdigit() for c in raw[:4]):
        raw = "7" + raw[1:]
    raw = raw.upper() if rng.random() < 0.5 else raw
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
        forms = [(0.32, f"{f} {l}"), (0.42, f"{l}, {f}"), (0.5, f"{l.upper()} {f}"), (0.58, _plain(f"{f} {l}")),
                 (0.64, f"{f} {l}".upper()), (0.7, f"{f[0]}. {l}"), (0.78, f"{l} {f}"),
                 (0.84, f"{f.lower()} {l.lower()}"), (0.92, f"{f} {self.rng.choice(['T.', 'Ines', 'R.', 'Min'])} {l}"),
                 (1.0, f"{_plain(l).upper()} {_plain(f).upper()}")]
        return next(text for limit, text in forms if r < limit)

    def _username(self) -> str:
        f, l = _ascii(self.first), _ascii(self.last)
        n = self.rng.randrange(2, 980)
        return self.rng.choice([f"{f[:1]}.{l[:7]}{n % 10}", f"{l[:5]}_{f[:1]}", f"ob{self.rng.randrange(100_000, 899_999)}",
                                f"{f[:3]}{l[:3]}{n:02d}", f"{l[:7]}{f[:1]}", f"{f}-{l[:2]}", f"bw{f[:1]}{l[:5]}",
                                f"{f[:2]}{l[:2]}{n % 1000:03d}x", f"{l}.{f}"[:14], f"{f[:1]}{l[:1]}{self.rng.randrange(1000, 9999)}"])

    def username(self) -> str:
        return self.uid

    def email(self) -> str:
        f, l = _ascii(self.first), _ascii(self.last)
        host = self.rng.choice(["docomo.example.jp", "naver.example.kr", "truemail.example.co.th", "rediff.example.in",
                                "otenet.example.gr", "ttmail.example.com.tr", "gmx.example.de", "ziggo.example.nl",
                                "elisa.example.fi", "freemail.example.hu", "uol.example.com.br", "fibertel.example.ar",
                                "safaricom.example.co.ke", "mtn.example.com.gh", DOMAIN])
        return self.rng.choice([f"{f}.{l}@{host}", f"{f[0]}{l}@{host}", f"{l}.{f[:1]}{self.rng.randrange(1, 99)}@{host}",
                                f"{f}{self.rng.randrange(70, 99)}@{host}"])

    def email_obf(self) -> str:
        f, l = _ascii(self.first), _ascii(self.last)
        return self.rng.choice([f"{f}.{l} アット docomo ドット example ドット jp", f"{f}{l[0]} <at> naver <dot> example <dot> kr",
                                f"{l}_{f} (at) gmx (punkt) example (punkt) de", f"{f} kukac freemail pont example pont hu",
                                f"{f}.{l} arroba uol ponto example ponto com ponto br", f"{f}{l[:2]} @ ziggo . example . nl"])

    def host(self) -> str:
        """An end-user machine; some embed the owner's name or user id."""
        l, f = _ascii(self.last), _ascii(self.first)
        c = self.rng.choice(CODES)
        n = self.rng.randrange(1, 99999)
        role = self.rng.choice(["LT", "WS", "ED", "MC", "NB", "AV"])
        return self.rng.choice([
            f"OB-{c}-{role}-{n % 10000:04d}", f"{c.lower()}{role.lower()}{n % 1000:03d}", f"{self.uid}-mbp",
            f"{role}{c}{n % 100000:05d}", f"{f[:1]}{l[:6]}-{role.lower()}.{c.lower()}.{DOMAIN}",
            f"{c}-{role}{n % 100:02d}", f"{f.lower()}s-{self.rng.choice(['thinkpad', 'zbook', 'imac', 'surface'])}",
            f"WKS{c}{n % 10000:04d}", f"{l.upper()[:5]}-{role}{n % 10}", f"edit{n % 100:02d}-{c.lower()}"])


def _otp(rng: random.Random) -> str:
    n = str(rng.randrange(10_000_000, 99_999_999))
    letters = "".join(rng.choice("BCDFGHKLMNPRSTVWXZ2579") for _ in range(rng.choice([6, 8])))
    return rng.choice([n[:6], n[:6], n[:7], n[:8], f"G-{n[:6]}", f"{n[:3]}-{n[3:6]}", " ".join(n[:6]),
                       f"{n[:4]} {n[4:8]}", letters, f"{letters[:4]}-{letters[4:]}", f"{n[:2]}.{n[2:4]}.{n[4:6]}"])


_PW_WORDS = ["Fujiyama", "Hallasan", "Doi-Inthanon", "Sahyadri", "Olympos", "Erciyes", "Zugspitze", "Vaalserberg",
             "Halti", "Kekes", "Itatiaia", "Aconcagua", "Kirinyaga", "Afadjato", "kaiju", "reel", "splice", "gobo"]
_PW_CHARS = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789!#%^&*+=?~"


def _password(rng: random.Random) -> str:
    w = rng.choice(_PW_WORDS).replace("-", "")
    a, b, c = (x.lower().replace("-", "") for x in rng.sample(_PW_WORDS, 3))
    gen = "".join(rng.choice(_PW_CHARS) for _ in range(rng.choice([9, 11, 14, 20])))
    return rng.choice([
        gen, gen, f"{a}-{b}-{c}-{rng.randrange(10, 99)}", f"{w}{rng.randrange(2025, 2031)}#",
        f"{rng.choice('!#%')}{w}{rng.randrange(10, 99)}", f"{a[:4].capitalize()}{b[:4]}{rng.randrange(1, 9)}{rng.choice('?+=')}",
        f"{w.lower()}_{b}{rng.randrange(100, 999)}", f"{a}{rng.randrange(1, 9)}{b}{rng.randrange(1, 9)}{c}",
        f"{w[:2].upper()}{w[2:].lower()}~{rng.randrange(100, 999)}", gen[:6] + str(rng.randrange(10, 99))])


def _staff(rng: random.Random) -> str:
    return rng.choice([str(rng.randrange(1_000_000, 9_999_999)), f"E-{rng.randrange(100_000, 999_999):07d}",
                       f"{rng.randrange(1, 9)}-{rng.randrange(100, 999)}-{rng.randrange(100, 999)}",
                       f"OB {rng.randrange(10_000, 99_999)}-{rng.choice('KMRT')}",
                       f"HR#{rng.randrange(10_000, 99_999)}", f"{rng.choice(['JP', 'KR', 'TH', 'IN', 'GR', 'TR', 'DE'])}{rng.randrange(100_000, 999_999)}",
                       f"{rng.randrange(100, 999)} {rng.randrange(100, 999)} {rng.randrange(10, 99)}"])


def _values(person: Person, rng: random.Random) -> dict:
    """Slot name -> (value, kind of personal data or None)."""
    ext = str(rng.randrange(100, 9999))
    hh, mm = rng.randrange(6, 21), rng.randrange(60)
    return {
        "name": (person.name(), "person_name"), "first": (person.first, "person_name"),
        "last": (person.last, "person_name"), "FULL": (_plain(f"{person.first} {person.last}").upper(), "person_name"),
        "user": (person.username(), "username"), "USER": (person.username().upper(), "username"),
        "email": (person.email(), "email"), "email_obf": (person.email_obf(), "email"),
        "phone": (rng.choice(PHONES_INTL), "phone"), "phone_nat": (rng.choice(PHONES_NAT), "phone"),
        "phone_ext": (f"{rng.choice(PHONES_INTL)} {rng.choice(EXT_FORMS).format(n=ext)}", "phone"),
        "address": (rng.choice(ADDRESSES), "address"),
        "staff": (_staff(rng), "employee_id"), "staff2": (_staff(rng), "employee_id"),
        "otp": (_otp(rng), "otp"), "otp2": (_otp(rng), "otp"),
        "password": (_password(rng), "password"), "password2": (_password(rng), "password"),
        "host": (person.host(), "hostname"),
        "ip": (f"10.{rng.randrange(40, 90)}.{rng.randrange(0, 255)}.{rng.randrange(2, 250)}", "ipv4"),
        "mac": (_mac(rng), "mac"), "mac2": (_mac(rng), "mac"),
        "card": (_card(rng), "credit_card"),
        "dept": (rng.choice(DEPTS), None), "site": (rng.choice(SITES), None),
        "time": (f"{hh:02d}:{mm:02d}", None), "time2": (f"{hh + 1:02d}:{(mm + 11) % 60:02d}", None),
        "AD": (AD, None), "DOMAIN": (DOMAIN, None),
    }


PROBES = [
    # passwords: native scripts, arrows, command lines, never the word
    "パスワード：{password}",
    "仮パスワードは {password} です",
    "비밀번호 {password} 로 바꿨어요",
    "임시 비밀번호: {password}",
    "รหัสผ่านใหม่ {password}",
    "नया पासवर्ड {password} है",
    "νέος κωδικός πρόσβασης {password}",
    "كلمة المرور الجديدة {password}",
    "新密码是 {password}",
    "yeni şifrem {password} ama kabul etmiyor",
    "das Kennwort lautet jetzt {password}",
    "tijdelijk wachtwoord {password}",
    "uusi salasana on {password}",
    "az új jelszó {password}",
    "a senha provisória ficou {password}",
    "la clave que me dieron es {password}, no anda",
    "nenosiri jipya ni {password}",
    "old {password2} → new {password}",
    "net user {user} {password} /domain",
    "mysql -u {user} -p{password} -h db-archive",
    "she keyed {password} twice and it still bounced",
    "for the record the sticky on the monitor says {password}",
    "the vault kiosk takes {password} until Friday",
    "- login: {user}\n- secret: {password}",
    "userPassword:: {password}",
    "[{time}] helpdesk: what did you type?\n[{time2}] {first}: {password} I think",
    "it rejects {password} but accepted {password2} yesterday",
    "temp pass set = {password} (expires 24h)",
    "Kennwort zurückgesetzt -> {password}",
    "reset his creds, gave him {password} over Teams",
    # codes
    "認証コード {otp}",
    "인증번호 {otp} 입력했는데 실패",
    "รหัส OTP {otp}",
    "सत्यापन कोड {otp}",
    "κωδικός επαλήθευσης {otp}",
    "doğrulama kodu {otp} geldi",
    "Bestätigungscode {otp} abgelaufen",
    "de sms-code was {otp}",
    "vahvistuskoodi {otp}",
    "a belépési kódom {otp} volt",
    "código de verificação {otp}",
    "msimbo wa uthibitisho {otp}",
    "SMS said {otp} is your sign-in number",
    "Authenticator shows {otp} but the portal wants another",
    "read me the digits: {otp}",
    "backup code {otp} used up",
    "push failed so I typed {otp}",
    "the six-digit one was {otp}, then {otp2}",
    # MAC
    "MAC アドレス {mac}",
    "맥 주소 {mac}",
    "hw addr {mac} on the encoder NIC",
    "station {mac} deauthenticated (reason 7)",
    "sticky MAC {mac} learned on Gi1/0/14",
    "ether {mac}  inet {ip}",
    "DHCP reservation: {mac} -> {ip}",
    "Physikalische Adresse {mac}",
    "please allow {mac} and {mac2} on the studio VLAN",
    # hosts
    "\\\\{host}\\rushes is unreachable from the cutting room",
    "{host} blue-screened during ingest",
    "ping {host} -> request timed out",
    "コンピューター名 {host}",
    "컴퓨터 이름 {host}",
    "Rechnername {host}",
    "computernaam {host}",
    "makine adı {host}",
    "laptop ({host}) won't wake from sleep",
    "reimage {host} before {first} starts",
    "Gerät laut Inventar: {host}",
    "{user} logged on at {host}",
    "RDP session to {host} froze",
    # usernames
    "C:\\Users\\{user}\\AppData\\Local\\Temp is full",
    "/home/{user}/renders is read-only",
    "https://mam.{DOMAIN}/profile?uid={user}",
    "whoami => {AD}\\{user}",
    "sAMAccountName     : {user}  (from Get-ADUser)",
    "ユーザー名 {user}",
    "사용자 ID {user}",
    "mein Anmeldename ist {user}",
    "giriş adım {user} olarak görünüyor",
    "kirjaudun tunnuksella {user}",
    "bejelentkezési név {user}",
    "nome de usuário {user}",
    "raised for {name} (login {user}), {dept} team",
    "switch {USER} back on after leave",
    "acct {user} keeps locking",
    # names
    "よろしくお願いします。\n{name}",
    "감사합니다\n{name}",
    "Ευχαριστώ,\n{name}",
    "Teşekkürler,\n{name}",
    "Viele Grüße\n{name}",
    "Groetjes vanuit de studio,\n{name}",
    "Kiitos,\n{name}",
    "Üdv,\n{name}",
    "Abraço,\n{name}",
    "Asante sana,\n{name}",
    "Medaase,\n{name}",
    "{name}\nSenior Editor, {dept}\nM {phone}",
    "BEGIN:VCARD\nFN:{name}\nTEL;CELL:{phone}\nEMAIL:{email}\nEND:VCARD",
    "caller is {first}, she's at {site}",
    "escalated by {name} (shift lead)",
    "FULLNAME{FULL}STAFFNO{staff}",
    # contacts, ids, cards
    "drop the form in {email}",
    "私のメールは {email_obf}",
    "reach me on {email_obf}",
    "cell {phone}",
    "携帯 {phone_nat}",
    "ring me at {phone_nat} after lunch",
    "studio landline {phone_ext}",
    "住所：{address}",
    "Lieferadresse {address}",
    "the spare headset can go to {address}",
    "{address}",
    "社員番号 {staff}",
    "사번 {staff}",
    "Personalnummer {staff}",
    "mijn werknemersnummer: {staff}",
    "työntekijänumeroni on {staff}",
    "törzsszám: {staff}",
    "número de legajo {staff}",
    "{name} / {staff} / {dept}",
    "badge no. {staff} and {staff2} swapped",
    "payroll ref for {first}: {staff}",
    "bill the licence renewal to {card}",
]

DECOYS = [
    ("reel", "tape reel TR-88413 re-spooled", "TR-88413"),
    ("timecode", "dropout at 01:14:22:09", "01:14:22:09"),
    ("frequency", "mast carries 94.3 MHz", "94.3 MHz"),
    ("frequency", "uplink 14.125 GHz", "14.125 GHz"),
    ("episode", "S04E11 missing captions", "S04E11"),
    ("clip", "clip OBX-2291-B not ingesting", "OBX-2291-B"),
    ("codec", "exported as H.265 Main10", "H.265"),
    ("bitrate", "stream at 18 Mbps", "18 Mbps"),
    ("aspect", "letterboxed 2.39:1", "2.39:1"),
    ("resolution", "proxy at 1366x912", "1366x912"),
    ("channel", "channel 27 dark", "channel 27"),
    ("transponder", "transponder 3B on the sat feed", "3B"),
    ("sdi", "SDI-12 on router out B shows black", "SDI-12"),
    ("hash", "sha1 4f9c2e71b08d36a5c1e7f02b9d48a3e6c5b1f7d0 verified", "4f9c2e71b08d36a5c1e7f02b9d48a3e6c5b1f7d0"),
    ("commit", "build from 7d3e91fa", "7d3e91fa"),
    ("guid", "object 3c9a61f2-8e4b-4a07-9d15-b2e8f04c7a93", "3c9a61f2-8e4b-4a07-9d15-b2e8f04c7a93"),
    ("ipv6", "route via fd12:3a4b::17", "fd12:3a4b::17"),
    ("serial", "serial 5CG4137XQW on the laptop", "5CG4137XQW"),
    ("firmware", "encoder firmware 7.4.2201", "7.4.2201"),
    ("firmware", "Android 15 QPR2 on the tablets", "15 QPR2"),
    ("error", "error 0xC0EA2217 activating Office", "0xC0EA2217"),
    ("error", "HTTP 503 from the MAM", "503"),
    ("error", "AADSTS700082 refresh token expired", "AADSTS700082"),
    ("error", "SQLSTATE 08S01 from archive db", "08S01"),
    ("ticket", "see INC2264081", "INC2264081"),
    ("ticket", "change CHG0419377 tonight", "CHG0419377"),
    ("ticket", "REQ0077316 approved", "REQ0077316"),
    ("kb", "per KB0061145", "KB0061145"),
    ("mailbox", "cc playout-desk@orrakai-bw.example.net", "playout-desk@orrakai-bw.example.net"),
    ("mailbox", "sent by alerts-noreply@orrakai-bw.example.net", "alerts-noreply@orrakai-bw.example.net"),
    ("server", "mam-web-04 slow", "mam-web-04"),
    ("server", "HEL-FS-03 share full", "HEL-FS-03"),
    ("server", "ingest02.core.orrakai-bw.example.net rebooted", "ingest02.core.orrakai-bw.example.net"),
    ("encoder", "encoder ENC-ATH-07 lost sync", "ENC-ATH-07"),
    ("switch", "core-sw-bud-2 high CPU", "core-sw-bud-2"),
    ("printer", "label printer LBL-PNQ-1 offline", "LBL-PNQ-1"),
    ("alert", "[WARN] txmon12 - forward power low", "txmon12"),
    ("alert", "CRITICAL: backup on nas-hvs-3 failed at 02:10", "nas-hvs-3"),
    ("alert", "[DOWN] relay-nbo-01", "relay-nbo-01"),
    ("height", "mast height 312 m", "312 m"),
    ("power", "transmitter at 10 kW", "10 kW"),
    ("temperature", "vault at 12.5 °C", "12.5 °C"),
    ("money", "licence fee EUR 4.380,00", "EUR 4.380,00"),
    ("money", "BRL 1 290,50 refunded", "1 290,50"),
    ("date", "air date 2027-03-14", "2027-03-14"),
    ("date", "recorded 21.09.1987", "21.09.1987"),
    ("time", "on air 19:58:30", "19:58:30"),
    ("model", "ZBook Firefly 14 G11 fan loud", "Firefly 14 G11"),
    ("model", "Sony PXW-Z280 camera", "PXW-Z280"),
    ("asset", "asset OBA-30457 checked out", "OBA-30457"),
    ("port", "port 1935 blocked", "1935"),
    ("vlan", "VLAN 1347 for studio kit", "VLAN 1347"),
    ("policy", "new rule: passphrases of 17 characters", "17 characters"),
    ("policy", "codes are valid for 90 seconds", "90 seconds"),
    ("count", "about 240 viewers complained", "240"),
    ("label_value", "Urgency: 2 - Elevated", "2 - Elevated"),
    ("label_value", "Category: Playout systems", "Playout systems"),
    ("label_value", "Assignment group: Master Control L2", "Master Control L2"),
    ("place", "fibre cut near Kifisia", "Kifisia"),
    ("place", "power outage in Kumasi", "Kumasi"),
    ("ssid", "SSID OB-Studio-Guest drops", "OB-Studio-Guest"),
    ("word", "Verification Method page empty", "Verification Method"),
    ("word", "Passkey Setup button greyed", "Passkey Setup"),
    ("hex_id", "request id 5a0e7c31b9d2 in the proxy log", "5a0e7c31b9d2"),
    ("keys", "Ctrl+Alt+F9 did nothing", "Ctrl+Alt+F9"),
    ("step", "page 3 of 7 of the form", "page 3 of 7"),
    ("percent", "disk at 97 %", "97 %"),
    ("isan", "ISAN 0000-0003-A2F1-0000-K-0000-0000-9", "0000-0003-A2F1-0000-K-0000-0000-9"),
    ("product", "Avid NEXIS mount fails", "Avid NEXIS"),
]

SUBJECTS = ["Cannot sign in to the MAM", "No codes arriving in the token app", "Edit laptop will not boot",
            "New password please", "Studio Wi-Fi drops", "Archive share read-only", "Mail client nags for credentials",
            "Kit for new editor", "Label printer out of ribbon", "Account locked after retries",
            "Second screen blinks off and on", "Headphones no sound", "Move MFA to new phone"]
NAME_SUBJECTS = ["Onboarding pack for {name}", "{FULL} locked out", "{user} cannot get in since Monday", "{host} crawls after the update",
                 "Let {mac} onto studio Wi-Fi", "FW: {name} laptop"]
LEADS = ["お疲れ様です。", "안녕하세요,", "สวัสดีครับ", "नमस्ते,", "Καλημέρα,", "Merhaba,", "Hallo zusammen,",
         "Goedemiddag allemaal,", "Moi,", "Szia,", "Bom dia,", "Buenas,", "Habari,", "Maakye,", "Hi team,", "", "",
         "Phoned in.", "From master control:"]
NOTES = ["解決済み。", "해결됨.", "Gelöst.", "Opgelost.", "Ratkaistu.", "Megoldva.", "Resolvido.", "Listo, resuelto.",
         "Patched up via remote session.", "Closed with user OK."]



def build(count: int = 2000, seed: int = 1213) -> list[dict]:
    """The tickets with their truth."""
    from suggest_data.make import PiiBankPlan, build_pii_bank

    return build_pii_bank(PiiBankPlan(
        person=Person, values=_values, render=_render, probes=PROBES, decoys=DECOYS,
        subjects=SUBJECTS, leads=LEADS, notes=NOTES, start=dt.datetime(2027, 2, 8, 7, 15, 0), minutes=37,
        first_number=4_720_000, decoy_counts=(2, 3, 3, 4, 5),
        name_subjects=NAME_SUBJECTS, name_subject_rate=0.12), count, seed)


def write(out: Path, count: int = 2000, seed: int = 1213) -> None:
    """Write ``pii.csv`` and ``pii-truth.jsonl`` into ``out`` (the writer of held-out v3, this bank's tickets)."""
    pii_heldout3.write(out, count, seed, build=build)


def main() -> None:
    pii_heldout3.main(write, 1213, __doc__)


if __name__ == "__main__":
    main()
