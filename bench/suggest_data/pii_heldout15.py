"""FIFTEENTH HELD-OUT personal-data bank (v15): FROZEN. Written and committed before any redaction
tuning of round 15, before the rule code was read; never tuned on. Only its aggregate figures are
read, once, at the end of the round.

    python3 bench/suggest_data/pii_heldout15.py OUT_DIR [--count 2000] [--seed 1571]

A fictional desalination and drinking-water utility ("Ondrassy-Weltmoor Waterworks": intake plants,
pumping stations, labs, tanker depots and a billing call centre in Morocco, Armenia, Mongolia,
Sri Lanka, Ethiopia, Portugal, the Basque Country, Estonia, Greece, Peru, Chile, Quebec and
Kazakhstan) writes description-bearing tickets. Every name, value and phrasing is invented for
kbgen. Cue words in Arabic, Tamazight (Tifinagh), Armenian, Mongolian Cyrillic, Sinhala, Tamil,
Amharic (Ge'ez), Portuguese, Basque, Estonian, Greek, Quechua, Spanish, French and Kazakh beside
plain English. Structures: chat logs (IRC-like and messenger exports), agent shift notes, forwarded
mails in several client styles, web-form dumps (key=value, JSON-ish, pipes), pasted command output
(sshd and sudo logs, smbstatus, who, query user, dsquery, ldapsearch, arp, ipconfig, traceroute),
inventory tables, and many look-alikes that must stay (pump and valve tags, chlorine and flow
figures, meter numbers, lab sample ids, versions, error codes, ticket ids, amounts, dates,
product names with capitals, host-like file names, servers in alerts).
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

DOMAIN = "ondrassy-weltmoor.example.org"
AD = "OWWATER"

FIRST = """Youssef Ghizlane Hicham Salma Zakaria Tiziri Massinissa Anahit Tigran Lusine Vardan Hovhannes Siranush
Bolormaa Temuulen Enkhjargal Batbayar Oyunchimeg Nadeesha Chaminda Dilrukshi Kavitha Senthilnathan Meskerem Tewodros
Selamawit Abebech Yonatan Inês Gonçalo Leonor Duarte Itziar Unai Ainhoa Iñaki Kadri Priit Liis Tõnu Eleni Stavros
Dimitra Paraskevi Wayra Yupanqui Rosalía Ignacio Francisca Gaétan Manon Éloïse Nurlan Aigerim Yerlan Saule""".split()
LAST = """Benjelloun Ouchen El-Amrani Bouzoubaa Harutyunyan Manukyan Ghazaryan Ganbold Dorjsuren Tsedev Wickramasinghe
Jayawardena Senanayake Subramaniam Tesfaye Gebremedhin Alemayehu Magalhães Fonseca Quaresma Etxeberria Goikoetxea
Arrizabalaga Tamm Saar Kõiv Papadopoulou Kontogiannis Vlachou Mamani Huamán Condori Vergara Sepúlveda Tremblay
Bergeron Ouellet Seitkali Zhunusova Abenov""".split()

SITES = ["Tangier intake", "Gyumri pump house", "Darkhan reservoir", "Galle lab", "Adama depot", "Setúbal works",
         "Zarautz outfall", "Pärnu booster", "Heraklion plant", "Arequipa tanks", "Antofagasta membrane hall",
         "Saguenay call centre", "Aktau brine yard"]
DEPTS = ["Metering", "Billing", "Water Quality Lab", "Network Control", "Tanker Fleet", "Procurement", "Field Crews",
         "Customer Contact", "SCADA Team", "Payroll"]
PLANTS = ["TNG", "GYU", "DKH", "GAL", "ADA", "STB", "ZAR", "PRN", "HER", "AQP", "ANF", "SAG", "AKT"]

PHONES_INTL = ["+212 661 47 30 92", "+212 5 37 68 21 45", "+374 93 518 274", "+374 10 56 47 81", "+976 9911 4826",
               "+976 8807 3152", "+94 71 482 6390", "+94 11 259 7734", "+251 911 63 28 47", "+251 116 62 71 90",
               "+351 916 207 483", "+351 213 948 562", "+34 677 90 15 38", "+372 5382 6147", "+30 697 208 4513",
               "+30 210 739 2846", "+51 941 862 307", "+56 9 6274 1830", "+1 418 692 4471", "+7 701 483 2619",
               "+7 727 318 46 92", "00212661473092", "(+374) 93-518-274", "+94-71-4826390"]
PHONES_NAT = ["0661-473092", "093 518274", "9911 4826", "071 482 6390", "0911 632847", "916 207 483", "5382 6147",
              "697 208 4513", "941 862 307", "(418) 692-4471", "8 701 483 2619", "418.692.4471"]
EXT_FORMS = ["poste {n}", "ext {n}", "kl. {n}", "ներքին {n}", "дотоод {n}", "interno {n}", "barne {n}", "sis. {n}",
             "εσωτ. {n}", "анекс {n}", "x{n}", "/ {n}"]
ADDRESSES = [
    "12 Rue Ibn Batouta, Appt 7, 90000 Tanger", "Derb Sidi Bouloukat 31, Médina, Marrakech 40000",
    "Երևան, Կոմիտասի պող. 58, բն. 19", "Gyumri, Rustaveli 104/3",
    "Улаанбаатар, Баянзүрх дүүрэг, 26-р хороо, 14-р байр, 62 тоот", "No. 217/4, Kandy Road, Kiribathgoda",
    "48/2 Lighthouse Street, Galle Fort 80000", "Bole Sub-city, Woreda 11, Kebele 07, H. No. 2281, Addis Ababa",
    "Rua da Bela Vista 83, 3.º Esq., 2900-183 Setúbal", "Travessa do Carvalho 6, 1200-097 Lisboa",
    "Gipuzkoa kalea 37, 2. esk., 20800 Zarautz", "Rüütli 27-5, 80011 Pärnu",
    "Οδός Καλοκαιρινού 91, 71202 Ηράκλειο", "Leof. Kifisias 233, 15124 Marousi",
    "Calle Mercaderes 412, Cercado, Arequipa 04001", "Pasaje Los Aromos 1832, depto 54, Antofagasta",
    "2271, rue Racine Est, app. 3, Chicoutimi (Québec) G7H 1S2", "мкр. 14, дом 37, кв. 88, Ақтау 130000",
    "PO Box 5521, Ketchikan AK 99901", "1907 Larkspur Lane, Unit C, Boise, ID 83706",
]

FILE_HOSTS = ["pump-curve-v2.xlsx", "report.final.pdf", "setup-x64.msi", "rates_2029.csv", "scada-hmi.cfg"]


def _mac(rng: random.Random) -> str:
    """A MAC address as meters, loggers and laptops print it."""
    raw = "".join(rng.choice("0123456789abcdef") for _ in range(12))
    raw = raw.upper() if rng.random() < 0.4 else raw
    form = rng.choice([0, 0, 1, 2, 3])
    if form == 3:
        return raw
    if form == 2:
        return ".".join(raw[i:i + 4] for i in range(0, 12, 4))
    return ["-", ":"][form].join(raw[i:i + 2] for i in range(0, 12, 2))


def _ip(rng: random.Random) -> str:
    """A private or public address as the utility's networks hand them out."""
    return rng.choice([f"172.{rng.randrange(16, 32)}.{rng.randrange(0, 255)}.{rng.randrange(2, 254)}",
                       f"192.168.{rng.randrange(0, 255)}.{rng.randrange(2, 254)}",
                       f"10.{rng.randrange(100, 250)}.{rng.randrange(0, 255)}.{rng.randrange(2, 254)}",
                       f"100.{rng.randrange(64, 127)}.{rng.randrange(0, 255)}.{rng.randrange(2, 254)}",
                       f"{rng.choice([41, 62, 89, 154, 196])}.{rng.randrange(0, 255)}.{rng.randrange(0, 255)}.{rng.randrange(2, 254)}"])


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
                 (0.63, f"{f} {l}".upper()), (0.7, f"{f[0]}. {l}"), (0.77, f"{l} {f}"),
                 (0.84, f"{f} {l}".lower()), (0.92, f"{f} {l[0]}."), (1.0, f"{l.upper()} {f.upper()}")]
        return next(text for limit, text in forms if r < limit)

    def _username(self) -> str:
        f, l = _ascii(self.first) or "q", _ascii(self.last) or "z"
        n = self.rng.randrange(3, 990)
        return self.rng.choice([f"{f[:1]}{l[:7]}", f"{l[:6]}{f[:2]}", f"ow{self.rng.randrange(10_000, 39_999)}",
                                f"{f}.{l[:1]}", f"{f[:2]}{l[:2]}{n:03d}", f"{l[:4]}_{f[:4]}", f"{f}{l[:1]}{n % 100:02d}",
                                f"x{l[:5]}", f"{f[:1]}.{l}"[:16], f"{l}{n % 10}"])

    def username(self) -> str:
        return self.uid

    def email(self) -> str:
        f, l = _ascii(self.first) or "q", _ascii(self.last) or "z"
        host = self.rng.choice(["menara-net.example.ma", "ucom-post.example.am", "mobicom-inbox.example.mn",
                                "dialog-mail.example.lk", "ethiotel-box.example.et", "sapo-correio.example.pt",
                                "euskalnet.example.eus", "elion-post.example.ee", "forthnet-mail.example.gr",
                                "movistar-correo.example.pe", "vtr-mail.example.cl", "videotron.example.qc",
                                "kaznet.example.kz", DOMAIN])
        return self.rng.choice([f"{f}.{l}@{host}", f"{l}{f[:1]}@{host}", f"{f}_{self.rng.randrange(70, 99)}@{host}",
                                f"{f[:1]}.{l}@{host}", f"{l}-{f}@{host}", f"{f.capitalize()}.{l.capitalize()}@{host}"])

    def email_obf(self) -> str:
        f, l = _ascii(self.first) or "q", _ascii(self.last) or "z"
        return self.rng.choice([f"{f}.{l} arroba sapo-correio punto example punto pt",
                                f"{l} {{at}} ucom-post {{dot}} example {{dot}} am",
                                f"{f}{l[:3]} AT dialog-mail DOT example DOT lk",
                                f"{f} (a) otenet (.) example (.) gr", f"{l}.{f[:1]} à videotron point example point qc",
                                f"{f}-{l} at kaznet.example.kz"])

    def host(self) -> str:
        """An employee's device; some carry the owner's name or account."""
        l, f = _ascii(self.last) or "z", _ascii(self.first) or "q"
        p = self.rng.choice(PLANTS)
        n = self.rng.randrange(1, 99999)
        kind = self.rng.choice(["LT", "WS", "TB", "NB", "PC", "MT"])
        return self.rng.choice([
            f"OW{p}{kind}{n % 1000:03d}", f"{p.lower()}-{kind.lower()}-{n % 10000:04d}", f"{self.uid}-pc",
            f"{kind}-{n % 100000:05d}", f"{f}-elitebook", f"{l[:6]}.{p.lower()}.{DOMAIN}",
            f"nb{n % 10000:04d}.{p.lower()}.{DOMAIN}", f"{p}{n % 100:02d}-{kind}", f"surface-{l[:6]}",
            f"{f[:1]}{l[:5]}-mbp.local"])


def _otp(rng: random.Random) -> str:
    n = str(rng.randrange(100_000_000, 999_999_999))
    letters = "".join(rng.choice("ACDEFHJKMNPQRTUVXY3468") for _ in range(rng.choice([6, 8])))
    return rng.choice([n[:6], n[:6], n[:8], n[:5], f"{n[:3]} {n[3:6]}", f"{n[:3]}.{n[3:6]}", f"{n[:2]}-{n[2:4]}-{n[4:6]}",
                       f"{n[:4]}-{n[4:8]}", "-".join(n[:6]), letters, f"{letters[:3]} {letters[3:6]}", f"OW{n[:6]}"])


_PW_WORDS = ["Toubkal", "Aragats", "Khuiten", "Namunukula", "RasDashen", "Pico", "Aitzgorri", "Suur Munamägi",
             "Psiloritis", "Misti", "Llullaillaco", "Tremblant", "Khan Tengri", "turbidity", "aquifer", "sluice", "brine",
             "siphon", "cistern"]
_PW_CHARS = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789!$%&*()-_=+:;,.?/"


def _password(rng: random.Random) -> str:
    w = rng.choice(_PW_WORDS).replace(" ", "")
    a, b = (x.lower().replace(" ", "") for x in rng.sample(_PW_WORDS, 2))
    gen = "".join(rng.choice(_PW_CHARS) for _ in range(rng.choice([8, 10, 12, 16, 24])))
    return rng.choice([
        gen, gen, f"{w}{rng.randrange(10, 99)}$", f"{a}.{b}.{rng.randrange(100, 999)}", f"{w[:5]}@{rng.randrange(1980, 2030)}",
        f"{rng.randrange(1, 9)}{w.upper()[:6]}{rng.choice('!?%')}", f"{a.capitalize()}+{b.capitalize()}{rng.randrange(1, 9)}",
        f"{w[::-1]}{rng.randrange(10, 99)}", f"{gen[:3]}{w[:4]}{gen[3:7]}", f"{a[:3]}{rng.randrange(10000, 99999)}{b[:3].upper()}"])


def _staff(rng: random.Random) -> str:
    return rng.choice([f"OW-{rng.randrange(10_000, 99_999)}", f"E{rng.randrange(0, 999_999):07d}",
                       f"{rng.randrange(10, 99)}-{rng.randrange(1000, 9999)}-{rng.randrange(0, 9)}",
                       f"{rng.choice(PLANTS)}/{rng.randrange(100, 9999)}", str(rng.randrange(200_000, 699_999)),
                       f"PN {rng.randrange(100, 999)} {rng.randrange(100, 999)}", f"W{rng.randrange(10, 99)}K{rng.randrange(1000, 9999)}",
                       f"{rng.randrange(1000, 9999)}{rng.choice('XYZQ')}"])


def _values(person: Person, rng: random.Random) -> dict:
    """Slot name -> (value, kind of personal data or None)."""
    ext = str(rng.randrange(100, 9999))
    hh, mm = rng.randrange(0, 24), rng.randrange(60)
    srv = rng.choice(["scada-hist02", "billing-app-7", "lims.gal", "gis-tiles", "tanker-dispatch", "jump01"])
    ip = _ip(rng)
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
        "host": (person.host(), "hostname"), "host2": (Person(rng).host(), "hostname"),
        "ip": (ip, "ipv4"), "ip2": (_ip(rng), "ipv4"),
        "ip_defang": (ip.replace(".", "[.]"), "ipv4"), "ip_paren": (ip.replace(".", "(.)"), "ipv4"),
        "mac": (_mac(rng), "mac"),
        "card": (_card(rng), "credit_card"),
        "dept": (rng.choice(DEPTS), None), "site": (rng.choice(SITES), None), "srv": (srv, None),
        "time": (f"{hh:02d}:{mm:02d}", None), "time2": (f"{hh:02d}:{(mm + 4) % 60:02d}", None),
        "pid": (str(rng.randrange(1000, 65000)), None), "port": (str(rng.randrange(40000, 65000)), None),
        "AD": (AD, None), "DOMAIN": (DOMAIN, None),
    }


PROBES = [
    # chat logs
    "{time} <{user}> salam, the billing screen kicks me out\n{time2} <owdesk> what is your personnel number?\n{time2} <{user}> {staff}",
    "{time} customer: SMS gave me {otp}\n{time2} desk: thanks, entering",
    "[{time}] {name} ▸ tried {password} three times now",
    "{time} {user} joined #helpdesk-gyumri\n{time2} {user}: my tablet is {host}, it says no network",
    "WhatsApp export: [{time}] {first}: reach me on {phone} after the shift",
    "[{time}] visitor: كلمة المرور {password} لا تعمل",
    "[{time}] operator: read me the six digits\n[{time2}] caller: {otp}",
    "{time} » {first}: the tanker app login is {user}, pw {password}",
    "[{time}] bot: session from {ip} for {user} expired",
    # agent shift notes
    "Shift note ({dept}): gave her a one-off password {password}; the portal forces a new one at first login.",
    "Note: identity confirmed with the code from the authenticator ({otp}), MFA re-enrolled.",
    "Handover: user {user} now in group GG-Billing-RW; machine {host} rebooted.",
    "Checked the personnel register - number {staff} belongs to {name}, contract active.",
    "Rang {phone_nat} twice, voicemail full.",
    "Rebuilt {host} from the golden image, returned to {first} at the gatehouse.",
    "Door badge reissued for {name} (personnel no. {staff}).",
    "Replacement handset goes by courier to {address}.",
    "Ship to: {name} / {address} / {phone}",
    "Agent: asked {first} to read the verification number back, it was {otp}.",
    "Per caller, old password was {password} and the new one {password2} - told them never to send these.",
    "Reset done. Interim password: {password}",
    "Remote session to {ip} (user's laptop {host}) closed at {time}.",
    "Caller's workstation {host} leases {ip} via DHCP, MAC {mac}.",
    "Moved {user2} and {user} to the new OU.",
    # forwarded mails
    "---- Message transféré ----\nDe : {name} <{email}>\nDate : {time}\nObjet : compteur illisible",
    "Begin forwarded message:\n\nFrom: \"{name}\" <{email}>\nSubject: tanker rota",
    "-------- Mensagem original --------\nDe: {email}\nEnviada: {time}\nPara: suporte@{DOMAIN}",
    "El {time}, {name} <{email}> escribió:\n> cambié mi celular a {phone}",
    "On {time} {name} wrote:\n> you can mail my private address {email_obf}",
    "Saludos cordiales,\n{name}\n{dept} — {site}\nCel. {phone}",
    "Lugupidamisega\n{first} {last}\ntel {phone_ext}",
    "Με εκτίμηση,\n{name}\nκιν. {phone}",
    "Cordialement,\n{name}\nTél. : {phone_ext}",
    "Хүндэтгэсэн,\n{name}\nутас {phone_nat}",
    "Atentamente {first} · {phone_nat}",
    "Sent from Outlook for Android\n{name} | {phone}",
    # form dumps
    "name={name}&personnel_no={staff}&plant={site}&mobile={phone}",
    "{\"requester\": \"{name}\", \"emp_id\": \"{staff}\", \"login\": \"{user}\"}",
    "Requester | {name} | Personnel # | {staff} | Unit | {dept}",
    "APPLICANT: {LAST} ; STAFF NUMBER: {staff} ; SITE: {site}",
    "Numéro d'employé : {staff}",
    "Número de empleado: {staff}",
    "Nº de funcionário {staff}",
    "Langile-zenbakia: {staff}",
    "Töötaja nr: {staff}",
    "Αριθμός μητρώου: {staff}",
    "Աշխատակցի համար՝ {staff}",
    "Ажилтны дугаар: {staff}",
    "Қызметкер нөмірі: {staff}",
    "රැකියා අංකය {staff}",
    "ሰራተኛ ቁጥር፡ {staff}",
    "رقم الموظف: {staff}",
    "Badge/Matricule {staff}",
    "Adresse domicile : {address}",
    "Morada: {address}",
    "Helbidea: {address}",
    "Aadress: {address}",
    "Διεύθυνση κατοικίας: {address}",
    "Հասցե՝ {address}",
    "Хаяг: {address}",
    "Мекенжай: {address}",
    "ලිපිනය: {address}",
    "முகவரி: {address}",
    "አድራሻ፡ {address}",
    "العنوان: {address}",
    "Dirección particular: {address}",
    "Mailing addr. {address}",
    "she relocated; letters now to {address}",
    "{name}\n{address}\n{phone}",
    "Contraseña temporal: {password}",
    "Palavra-passe provisória {password}",
    "Pasahitza: {password}",
    "Parool: {password}",
    "Κωδικός πρόσβασης: {password}",
    "Ժամանակավոր գաղտնաբառը՝ {password}",
    "Түр нууц үг нь {password}",
    "Құпия сөз: {password}",
    "තාවකාලික මුරපදය: {password}",
    "புதிய கடவுச்சொல்: {password}",
    "የይለፍ ቃል፡ {password}",
    "ⵜⴰⴳⵓⵔⵉ ⵏ ⵓⵣⵔⴰⵢ: {password}",
    "Code de vérification : {otp}",
    "El código que me llegó por SMS: {otp}",
    "Kinnituskood: {otp}",
    "Κωδικός επιβεβαίωσης {otp}",
    "Баталгаажуулах код: {otp}",
    "Հաստատման կոդ՝ {otp}",
    "رمز التحقق: {otp}",
    "Identifiant : {user}",
    "Utilizador: {user}",
    "Erabiltzailea: {user}",
    "Kasutajanimi: {user}",
    "Όνομα χρήστη: {user}",
    "Нэвтрэх нэр: {user}",
    "Пайдаланушы аты: {user}",
    "Nombre de usuario - {user}",
    "Courriel : {email}",
    "Card on file {card}, exp 09/31",
    "Tarjeta: {card}",
    # pasted command output
    "Jun  3 {time}:11 jump01 sshd[{pid}]: Failed password for {user} from {ip} port {port} ssh2",
    "Jun  3 {time}:12 jump01 sshd[{pid}]: Accepted publickey for {user} from {ip} port {port} ssh2",
    "sudo: {user} : TTY=pts/3 ; PWD=/srv ; USER=root ; COMMAND=/bin/systemctl restart lims",
    "$ who\n{user}  pts/1  {time}  ({ip})",
    "C:\\> query user\n USERNAME   SESSIONNAME   ID  STATE\n>{user}      rdp-tcp#4     2   Active",
    "PS C:\\> dsquery user -samid {user}\n\"CN={name},OU=Billing,DC=ow,DC=example\"",
    "$ ldapsearch -x uid={user}\ndn: uid={user},ou=people,dc=ondrassy",
    "smbstatus\n{pid}  {user}  staff  {ip} ({ip}:{port})",
    "C:\\> ipconfig\n   IPv4 Address. . . . . . . . . . . : {ip}\n   Physical Address. . . . . . . . . : {mac}",
    "arp -a\n  {ip}          {mac}     dynamic",
    "traceroute to {host} ({ip}), 30 hops max",
    "nslookup {host}\nName:    {host}\nAddress:  {ip}",
    "Login as {AD}\\{user} failed: 0xC000006A",
    "kinit {user}@{AD}.EXAMPLE.ORG\nPassword for {user}@{AD}.EXAMPLE.ORG:",
    "net use Z: \\\\files\\billing /user:{AD}\\{user} {password}",
    "rdp from {ip_defang} flagged by SOC",
    "IOC list: {ip_defang}, {host}",
    "source addr {ip}/32 added to allow-list",
    "proxy log: GET http://{ip}:8080/meter/read by {user}",
    "peer [{ip}]:{port} reset the connection",
    "client={ip_paren} user={user}",
    "connect {ip}:3389 from {host2}",
    # inventory tables
    "Asset | Owner | Host | IP | MAC\n OW-A-44102 | {name} | {host} | {ip} | {mac}",
    "hostname,owner,mac\n{host},{user},{mac}",
    "Device\t{host}\nAssigned to\t{name} ({user})\nLast IP\t{ip}",
    "- {host} — {first} {last} — {dept}",
    # plain prose
    "my username is {user} and I work at {site}",
    "hi, it's {name} from {dept}, the meter app keeps rejecting me",
    "Please call {first} back on {phone}",
    "login fails for {user} since this morning",
    "{user} can't open the LIMS",
    "the laptop {host} was left in a taxi",
    "He wrote his password on the whiteboard: {password}",
    "I typed {otp} but it timed out",
    "my personnel number is {staff}",
    "reach me at {email}",
    "Address for the pay slip: {address}",
]

DECOYS = [
    ("version", "LIMS 11.6.2 freezes on export", "11.6.2"),
    ("version", "iOS 19.1 on the field phones", "iOS 19.1"),
    ("version", "firmware v3.8.14 for the loggers", "v3.8.14"),
    ("version", "agent 2.31.0.447 installed", "2.31.0.447"),
    ("version", "upgrade from 4.2.1.9 to 4.3", "4.2.1.9"),
    ("build", "Windows build 26200.5074 pending", "26200.5074"),
    ("error", "error 0x8007232B on activation", "0x8007232B"),
    ("error", "HTTP 503 from the billing API", "503"),
    ("error", "ORA-12541 on the meter DB", "ORA-12541"),
    ("error", "Event ID 4625 floods the log", "4625"),
    ("error", "exit code 143 in the nightly job", "exit code 143"),
    ("error", "STATUS_ACCESS_DENIED on mapping", "STATUS_ACCESS_DENIED"),
    ("ticket", "related to RITM0093317", "RITM0093317"),
    ("ticket", "problem PRB0004412 open", "PRB0004412"),
    ("ticket", "vendor ticket #88412-AZ", "#88412-AZ"),
    ("ticket", "Jira WTR-2718 linked", "WTR-2718"),
    ("ticket", "see incident INC6610294", "INC6610294"),
    ("kb", "per KB0048821 step 4", "KB0048821"),
    ("amount", "bill of MAD 1 240,50", "MAD 1 240,50"),
    ("amount", "AMD 58 000 deposit", "AMD 58 000"),
    ("amount", "refund 3.420,75 €", "3.420,75 €"),
    ("amount", "PEN 312.40 overcharge", "PEN 312.40"),
    ("amount", "CLP 45.990 tanker fee", "CLP 45.990"),
    ("amount", "KZT 17 500 fine", "KZT 17 500"),
    ("date", "meter read on 2029-03-14", "2029-03-14"),
    ("date", "due 14/03/2029", "14/03/2029"),
    ("date", "valid until 14.03.2029", "14.03.2029"),
    ("date", "since 14 de marzo de 2029", "14 de marzo de 2029"),
    ("time", "outage 02:15-03:40", "02:15-03:40"),
    ("room", "printer in room B2.114", "B2.114"),
    ("room", "lab 3-17 fridge alarm", "3-17"),
    ("room", "meeting room Aragón 4", "Aragón 4"),
    ("section", "see section 4.2.1 of the SOP", "4.2.1"),
    ("section", "clause 7.3.2 of the contract", "7.3.2"),
    ("product", "Siemens SIMATIC WinCC screen blank", "SIMATIC WinCC"),
    ("product", "Hach SC4500 controller offline", "SC4500"),
    ("product", "Esri ArcGIS Field Maps crashes", "ArcGIS Field Maps"),
    ("product", "Lenovo ThinkCentre M75q noisy", "ThinkCentre M75q"),
    ("product", "Microsoft Intune Company Portal stuck", "Intune Company Portal"),
    ("product", "AquaBill Nexus invoices wrong", "AquaBill Nexus"),
    ("product", "Zebra TC73 scanner fails to read", "TC73"),
    ("asset", "asset tag OWA-019283", "OWA-019283"),
    ("serial", "serial PF3KX9QZ returned", "PF3KX9QZ"),
    ("pump", "pump P-104B tripped", "P-104B"),
    ("valve", "valve XV-2210 stuck half open", "XV-2210"),
    ("meter", "meter number 7719204 overreads", "7719204"),
    ("sample", "lab sample S29-004417 lost", "S29-004417"),
    ("chem", "chlorine at 0.42 mg/L", "0.42 mg/L"),
    ("flow", "flow 1,250 m³/h at intake", "1,250 m³/h"),
    ("pressure", "pressure 4.8 bar downstream", "4.8 bar"),
    ("port", "service listens on 5443", "5443"),
    ("vlan", "VLAN 1204 for SCADA", "VLAN 1204"),
    ("hash", "md5 3c7a9e01b44f2d86a0e15c9b7f623d48", "3c7a9e01b44f2d86a0e15c9b7f623d48"),
    ("guid", "job 9a7c1e42-5b3d-4f60-8e21-c4d09b7a3f15 failed", "9a7c1e42-5b3d-4f60-8e21-c4d09b7a3f15"),
    ("ipv6", "route 2001:db8:4a::/56", "2001:db8:4a::/56"),
    ("server", "scada-hist02 disk 91% full", "scada-hist02"),
    ("server", "BILLING-APP-7 rebooted by patching", "BILLING-APP-7"),
    ("server", "cert expired on lims.gal.ondrassy-weltmoor.example.org", "lims.gal.ondrassy-weltmoor.example.org"),
    ("server", "jump01 unreachable", "jump01"),
    ("mailbox", "cc billing-team@ondrassy-weltmoor.example.org", "billing-team@ondrassy-weltmoor.example.org"),
    ("mailbox", "sent from noreply@ondrassy-weltmoor.example.org", "noreply@ondrassy-weltmoor.example.org"),
    ("alert", "CRITICAL: tank-lvl-aqp-3 below 15%", "tank-lvl-aqp-3"),
    ("alert", "[DOWN] rtu-zarautz-07 no heartbeat", "rtu-zarautz-07"),
    ("file", "attached pump-curve-v2.xlsx", "pump-curve-v2.xlsx"),
    ("file", "open report.final.pdf from the share", "report.final.pdf"),
    ("file", "run setup-x64.msi as admin", "setup-x64.msi"),
    ("file", "edit scada-hmi.cfg line 40", "scada-hmi.cfg"),
    ("file", "log in app.2029-03-14.log", "app.2029-03-14.log"),
    ("place", "storm near Zarautz", "Zarautz"),
    ("place", "road closed to Darkhan", "Darkhan"),
    ("place", "dust storm at Aktau", "Aktau"),
    ("label_value", "Priority: 2 - Plant affected", "2 - Plant affected"),
    ("label_value", "Category: Metering / Smart meters", "Metering / Smart meters"),
    ("label_value", "Location: Galle lab annex", "Galle lab annex"),
    ("policy", "codes expire after 90 seconds", "90 seconds"),
    ("policy", "passphrases need 17 characters now", "17 characters"),
    ("count", "roughly 430 meters offline", "430"),
    ("percent", "CPU at 97 %", "97 %"),
    ("keys", "press Ctrl+Alt+F7", "Ctrl+Alt+F7"),
    ("ssid", "OW-Guest-5G keeps dropping", "OW-Guest-5G"),
    ("word", "the Forgot My Code link is dead", "Forgot My Code"),
    ("word", "Water Pass Sign-In page blank", "Water Pass Sign-In"),
    ("temperature", "cabinet at 48.5 °C", "48.5 °C"),
    ("model", "Dell Latitude 7350 battery swollen", "Latitude 7350"),
    ("model", "Aruba AP-515 blinking", "AP-515"),
    ("duration", "down for 3 h 20 min", "3 h 20 min"),
    ("step", "step 2 of 6 fails", "step 2 of 6"),
    ("street_word", "Rue du Port gate jammed", "Rue du Port"),
    ("commit", "rolled back a91f3c2", "a91f3c2"),
    ("coord", "leak at 35.7595, -5.8340", "35.7595, -5.8340"),
    ("oid", "polling enterprise OID 1.3.6.1.4.1.41172.2", "1.3.6.1.4.1.41172.2"),
    ("account", "the admin account is disabled", "admin"),
    ("account", "runs as root under cron", "root"),
    ("account", "service account svc-backup expired", "svc-backup"),
    ("order", "purchase order PO-2029-00871", "PO-2029-00871"),
    ("order", "order no. 4410027 shipped", "4410027"),
]

SUBJECTS = ["Meter app rejects login", "Tanker tablet no signal", "Locked out of billing", "New field phone, authenticator gone",
            "Cannot map lab share", "Temporary password refused", "HMI panel shows stale values", "Depot Wi-Fi down",
            "Payslip portal wants code", "Starter accounts needed", "Laptop left in taxi", "Billing mails stuck in outbox",
            "VPN drops at every pump cycle"]
NAME_SUBJECTS = ["Accounts for new technician {name}", "{LAST}, {first} - cannot sign in", "{user} locked after holiday",
                 "{host} will not boot", "Whitelist {mac} on meter VLAN", "FW: laptop for {name}", "Personnel no {staff} not in payroll",
                 "Block {ip} - repeated failures", "kinit {user} hangs"]
LEADS = ["Salam,", "ⴰⵣⵓⵍ,", "Բարև ձեզ,", "Сайн уу, багш аа,", "ආයුබෝවන්,", "வணக்கம்,", "ሰላም,", "Olá,", "Kaixo,", "Tere,",
         "Γεια σας,", "Allillanchu,", "Hola,", "Bonjour,", "Қайырлы күн,", "", "", "Caller on the line.", "Chat log below:"]
NOTES = ["تم الحل.", "Լուծված է.", "Шийдвэрлэсэн.", "විසඳා ඇත.", "தீர்க்கப்பட்டது.", "ተፈቷል።", "Resolvido.", "Konponduta.",
         "Lahendatud.", "Επιλύθηκε.", "Resuelto.", "Résolu.", "Шешілді.", "Closed after remote fix."]


def build(count: int = 2000, seed: int = 1571) -> list[dict]:
    """The tickets with their truth."""
    from suggest_data.make import PiiBankPlan, build_pii_bank

    return build_pii_bank(PiiBankPlan(
        person=Person, values=_values, render=_render, probes=PROBES, decoys=DECOYS,
        subjects=SUBJECTS, leads=LEADS, notes=NOTES, start=dt.datetime(2029, 3, 2, 6, 10, 0), minutes=43,
        first_number=5_150_000, decoy_counts=(2, 3, 3, 4, 5, 6),
        name_subjects=NAME_SUBJECTS, name_subject_rate=0.14), count, seed)


def write(out: Path, count: int = 2000, seed: int = 1571) -> None:
    """Write ``pii.csv`` and ``pii-truth.jsonl`` into ``out``."""
    pii_heldout3.write(out, count, seed, build=build)


def main() -> None:
    pii_heldout3.main(write, 1571, __doc__)


if __name__ == "__main__":
    main()
