"""SEVENTEENTH HELD-OUT personal-data bank (v17): FROZEN. Written by a separate helper who never read
kbgen's rule code, before round 17's tuning; the tuners never see it. Only its aggregate figures are
read, once, after the round's merge.

    python3 bench/suggest_data/pii_heldout17.py OUT_DIR [--count 2000] [--seed 1741]

A fictional textile, weaving and natural-dye collective ("Tessaline-Qorvu Weaving & Dye Collective":
jacquard and hand-loom halls, dye kitchens, a wool-scouring shed, a yarn store, home weavers paid by
the piece, a design studio, an export office and a showroom in Gujarat, Tajikistan, Turkmenistan,
Eritrea, Mali, Rwanda, Guatemala, Paraguay, Ecuador, the Outer Hebrides, Brittany, Sardinia and
North Carolina) writes description-bearing tickets. Every name, value and phrasing is invented for
kbgen. Cue words in Gujarati (Gujarati script), Tajik (Cyrillic), Turkmen, Tigrinya (Ge'ez script),
Bambara, Kinyarwanda, Guatemalan and Paraguayan Spanish, Guarani, Kichwa, Scottish Gaelic, Breton,
French, Sardinian and Italian beside plain English.
Structures: messenger exports ("[date, time] Name: text"), workspace chat with user handles as speaker
labels, loom-hall shift handovers, agent notes, forwarded mails with signatures (several clients and
languages), form dumps (JSON, key=value, HTML-table pastes, pipe forms), pasted command and log output
(quser, whoami, arp -a, Get-LocalUser, lastb, nslookup, tracert, auth.log, dhcpd leases, netstat,
RADIUS, nginx access log), inventory tables, rosters and CSV pastes, and many look-alikes that must
stay (loom numbers, dye lots, colour references, yarn counts, order and ticket ids, asset tags,
versions, error codes, rooms, amounts, dates, product names with capitals, host-like file names,
built-in accounts).
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

DOMAIN = "tessaline-qorvu.example.net"
AD = "TQWDC"

FIRST = """Hetalben Jigneshkumar Bhavika Kinjal Parthiv Firuza Mehrangez Dilshod Farrukhjon Rustamjon Aýna Merdan Jeren
Gözel Serdarmyrat Semhar Luwam Tesfalem Senait Filmon Kadiatou Bakary Fatoumata Seydou Oumou Claudine Olivier Umutoni
Emmanuella Théoneste Chumil Ixchel Everardo Xiomara Maribel Ñasaindy Yeruti Celestino Lizmabel Sisa Cusi Wayra Sumak
Ealasaid Eòghann Mòrag Tormod Seonag Gwenaëlle Yannig Soazig Nolwenn Bachisio Tonina Giomaria Efisia Lurleen Haywood""".split()
LAST = """Vaghela Rabari Chaudhari Solanki Bhanushali Saidmurodova Sharipov Qodirov Rahmonzoda Davlatova Annaýewa Berdiýew
Orazgeldiýew Hojamyradowa Tesfamariam Ghebremedhin Woldeab Habtezion Kouyaté Diarra Sangaré Dembélé Mukeshimana Niyonzima
Mukamana Ndagijimana Ingabire Ajpop Sicán Xiloj Batz Tzunún Cabañas Giménez-Ozuna Riveros Ozorio Guamán Cachiguango Tixe
Maigua Morocho MacAmhlaigh NicLeòid MacIlleathain Kerhervé Le Bihan Quéméner Le Moigne Frau Deiana Pittalis Sechi
Ledford Pressley Cagle""".split()
LAST = [n for n in LAST if n not in ("Le",)] + ["Le Bihan", "Le Moigne", "MacFhionghain"]
LAST = [n for n in LAST if n not in ("Bihan", "Moigne")]

SITES = ["Bhuj dye kitchen", "Khujand loom hall", "Mary carpet workshop", "Keren basket studio", "Ségou mudcloth yard",
         "Huye weaving hall", "Momostenango loom shed", "Itauguá lace room", "Otavalo yarn store", "Tarbert tweed mill",
         "Quimper showroom", "Samugheo rug loft", "Burnsville export office"]
DEPTS = ["Dye Kitchen", "Jacquard Hall", "Hand Looms", "Wool Scouring", "Yarn Store", "Design Studio", "Export Office",
         "Home Weavers Pay", "Showroom", "Quality & Colour"]
PLANTS = ["BHJ", "KHJ", "MRY", "KRN", "SGU", "HUY", "MOM", "ITG", "OTV", "TRB", "QMP", "SMG", "BNV"]

PHONES_INTL = ["+91 98251 40736", "+91 2832 254 718", "+992 92 718 4063", "+992 3422 6 41 85", "+993 65 41 27 09",
               "+993 12 48 63 17", "+291 7 163 482", "+291 1 12 07 39", "+223 76 48 21 93", "+223 20 21 57 04",
               "+250 788 416 302", "+250 722 093 851", "+502 5738 2146", "+502 7763 0418", "+595 981 647 203",
               "+595 21 294 716", "+593 99 318 4072", "+593 6 292 0841", "+44 1859 502 874", "+44 7723 418096",
               "+33 2 98 64 17 39", "+33 6 71 20 48 93", "+39 0783 64 1207", "+39 347 902 6158", "+1 828 675 3140",
               "0091-98251-40736", "(+250) 788-416-302", "+593-99-3184072", "+44 (0)1859 502874", "0039 347 9026158"]
PHONES_NAT = ["098251 40736", "02832-254718", "92 718 4063", "865 41 27 09", "07 163 482", "76 48 21 93", "0788 416 302",
              "5738-2146", "0981 647 203", "(021) 294 716", "099 318 4072", "01859 502874", "07723 418096",
              "02 98 64 17 39", "06.71.20.48.93", "347 902 6158", "(828) 675-3140", "828.675.3140"]
EXT_FORMS = ["એક્સ્ટ. {n}", "дохилӣ {n}", "içerki {n}", "ውሽጣዊ {n}", "kɔnɔ {n}", "umurongo {n}", "anexo {n}",
             "int. {n}", "taobh {n}", "post {n}", "interno {n}", "ext. {n}", "x{n}", "poste {n}"]
ADDRESSES = [
    "Plot 42, Bhid Gate Road, Bhuj, Kutch 370001", "૧૪, પટેલ ફળિયું, માધાપર, કચ્છ ૩૭૦૦૨૦",
    "ш. Хуҷанд, кӯчаи Гагарин 37, хонаи 12", "Khujand, 18 mikr., 4-uy, kv. 61",
    "Mary ş., Magtymguly köç. 64, jaý 9", "Aşgabat, Andalyp köçesi 27/3",
    "ቀበሌ 03, ቁ. 118, ከረን", "Keren, Zone Anseba, House 221, near Medhanie Alem",
    "Ségou, Pélengana, rue 417 porte 33", "BP 1294, Bamako-Coura, Mali",
    "KN 74 St, House 19, Kiyovu, Kigali", "Huye, Ngoma sector, Matyazo cell, Umudugudu 4",
    "4a Avenida 7-35 Zona 2, Momostenango, Totonicapán", "Cantón Xequemeyá, casa 88, Momostenango",
    "Tte. Fariña 1182 c/ Estados Unidos, Asunción", "Ruta 2 km 29, barrio San Blas, Itauguá",
    "Calle Bolívar 6-41 y Sucre, Otavalo 100401", "Comunidad Peguche, lote 17, Otavalo",
    "7 Scott Road, Tarbert, Isle of Harris HS3 3DJ", "Flat 2, 19 Bayhead, Stornoway HS1 2DX",
    "14 hent Kerfeunteun, 29000 Kemper", "Lieu-dit Ker Anna, 29710 Plonéis",
    "Via Cagliari 58, 09080 Samugheo OR", "Vico II Lamarmora 3, 09170 Oristano",
    "2817 Celo Knob Rd, Burnsville, NC 28714", "PO Box 1166, Spruce Pine, NC 28777",
]


def _mac(rng: random.Random) -> str:
    """A MAC address as loom controllers, scanners and phones print it."""
    raw = "".join(rng.choice("0123456789abcdef") for _ in range(12))
    raw = raw.upper() if rng.random() < 0.4 else raw
    form = rng.choice([0, 1, 1, 2])
    if form == 2:
        return ".".join(raw[i:i + 4] for i in range(0, 12, 4))
    return ["-", ":"][form].join(raw[i:i + 2] for i in range(0, 12, 2))


def _ip(rng: random.Random) -> str:
    """An address of a hall, a dye kitchen, the home line of a weaver or a scanner on the internet."""
    return rng.choice([f"10.{rng.randrange(100, 140)}.{rng.randrange(0, 255)}.{rng.randrange(2, 254)}",
                       f"172.{rng.randrange(20, 31)}.{rng.randrange(0, 255)}.{rng.randrange(2, 254)}",
                       f"192.168.{rng.randrange(0, 40)}.{rng.randrange(2, 254)}",
                       f"{rng.choice([41, 45, 62, 89, 102, 154, 177, 196])}.{rng.randrange(0, 255)}.{rng.randrange(0, 255)}.{rng.randrange(2, 254)}"])


class Person:
    """One person with the values a ticket may give about them."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.first = rng.choice(FIRST)
        self.last = rng.choice(LAST)
        self.uid = self._username()

    def name(self) -> str:
        f, l, r = self.first, self.last, self.rng.random()
        forms = [(0.25, f"{f} {l}"), (0.35, f"{l}, {f}"), (0.43, f"{l.upper()}, {f}"), (0.52, _plain(f"{f} {l}")),
                 (0.58, f"{f} {l}".upper()), (0.64, f"{f[0]}.{l}"), (0.71, f"{l} {f}"),
                 (0.77, f"{f} {l}".lower()), (0.83, f"{f} {l[:1]}."), (0.9, _plain(f"{f}.{l}").lower()),
                 (0.95, f"{_plain(l).upper()} {_plain(f).upper()[:1]}"), (1.0, f"{l}/{f}")]
        return next(text for limit, text in forms if r < limit)

    def _username(self) -> str:
        f, l = _ascii(self.first) or "q", _ascii(self.last) or "z"
        n = self.rng.randrange(3, 970)
        return self.rng.choice([f"{l[:7]}{f[:1]}", f"{f[:1]}.{l[:8]}", f"tq{self.rng.randrange(10_000, 49_999)}",
                                f"{f}.{l[:1]}", f"{f[:2]}{l[:3]}{n % 100:02d}", f"{l}_{f[:1]}", f"w{n:03d}{l[:3]}",
                                f"{f}{l}"[:14], f"{l[:4]}{f[:4]}", f"x{f[:1]}{l[:5]}"])

    def username(self) -> str:
        return self.uid

    def email(self) -> str:
        f, l = _ascii(self.first) or "q", _ascii(self.last) or "z"
        host = self.rng.choice(["jio-tapal.example.in", "tcell-pochta.example.tj", "tmcell-hat.example.tm",
                                "eritel-mail.example.er", "orange-bataki.example.ml", "mtn-iposita.example.rw",
                                "tigo-correo.example.gt", "personal-correo.example.py", "cnt-correo.example.ec",
                                "hebrides-post.example.uk", "breizh-lizher.example.fr", "tiscali-posta.example.it",
                                "blueridge-mail.example.us", DOMAIN])
        return self.rng.choice([f"{f}.{l}@{host}", f"{l}{f[:1]}@{host}", f"{f}_{self.rng.randrange(70, 99)}@{host}",
                                f"{f[:1]}.{l}@{host}", f"{l}-{f}@{host}", f"{f.capitalize()}.{l.capitalize()}@{host}",
                                f"{f}.{l}+loom@{host}"])

    def email_obf(self) -> str:
        f, l = _ascii(self.first) or "q", _ascii(self.last) or "z"
        return self.rng.choice([f"{f}.{l} arroba tigo-correo punto example punto gt",
                                f"{l} {{at}} hebrides-post {{dot}} example {{dot}} uk",
                                f"{f}{l[:1]} AT cnt-correo DOT example DOT ec",
                                f"{f}.{l} (a) breizh-lizher (point) example (point) fr",
                                f"{l}.{f} chiocciola tiscali-posta punto example punto it",
                                f"{f} at mtn-iposita dot example dot rw",
                                f"{f}_{l} [at] jio-tapal [.] example [.] in",
                                f"{l}{f[:2]} @ blueridge-mail · example · us"])

    def host(self) -> str:
        """A worker's or a hall's device; some carry the owner's name or account."""
        l, f = _ascii(self.last) or "z", _ascii(self.first) or "q"
        p = self.rng.choice(PLANTS)
        n = self.rng.randrange(1, 99999)
        kind = self.rng.choice(["LPT", "DSK", "HMI", "SCN", "POS", "TAB"])
        return self.rng.choice([
            f"TQ{p}{kind}{n % 1000:03d}", f"{p.lower()}-{kind.lower()}-{n % 100:02d}", f"lpt-{l[:8]}-{f[:1]}",
            f"{kind}-{p}-{n % 10000:04d}", f"{f}-macbook", f"{kind.lower()}{n % 1000:03d}.{p.lower()}.{DOMAIN}",
            f"{l[:6]}{f[:1]}.wv.tqwdc.lan", f"{p}{n % 100:02d}-{l[:5].upper()}", f"surface-{f[:6]}",
            f"loomctl-{p.lower()}{n % 40:02d}", f"{p.lower()}-{l[:4]}-{n % 9 + 1}"])


def _otp(rng: random.Random) -> str:
    n = str(rng.randrange(100_000_000, 999_999_999))
    letters = "".join(rng.choice("ACEFHJKMNPRTWXY3468") for _ in range(rng.choice([6, 8])))
    return rng.choice([n[:6], n[:6], n[:6], n[:5], n[:8], f"{n[:3]} {n[3:6]}", f"{n[:3]}.{n[3:6]}",
                       f"{n[:2]}-{n[2:4]}-{n[4:6]}", f"{n[:4]}-{n[4:8]}", letters, f"{letters[:3]} {letters[3:6]}",
                       f"TQ-{n[:6]}", f"{n[:6]}."])


_PW_WORDS = ["Girnar", "Varzob", "Kopetdag", "Dahlak", "Bandiagara", "Nyungwe", "Atitlan", "Acaray", "Imbabura",
             "Clisham", "Arree", "Gennargentu", "Roan", "weft", "selvedge", "heddle", "madder", "indigofera",
             "bobbin", "shuttlecraft", "tabby"]
_PW_CHARS = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789!@#%&*()-_=+;:,.?"


def _password(rng: random.Random) -> str:
    w = rng.choice(_PW_WORDS)
    a, b = (x.lower() for x in rng.sample(_PW_WORDS, 2))
    gen = "".join(rng.choice(_PW_CHARS) for _ in range(rng.choice([8, 10, 13, 16, 22])))
    return rng.choice([
        gen, gen, f"{w}@{rng.randrange(1000, 9999)}", f"{a}.{b}.{rng.randrange(10, 99)}", f"{w[:5]}{rng.randrange(41, 99)}%",
        f"{rng.choice('+=;')}{w.lower()}{rng.randrange(2, 9)}{rng.choice('ABX')}", f"{a.upper()}{b}{rng.choice('!?&')}",
        f"{w[::-1]}_{rng.randrange(10, 99)}", f"{gen[:3]}{w[:4]}{gen[3:7]}", f"{a[:3]}{rng.randrange(100, 999)}{b[:3].upper()}*",
        f"Tq{rng.randrange(100000, 999999)}{rng.choice('!#')}", f"{a} {b} {rng.randrange(10, 99)}"])


def _staff(rng: random.Random) -> str:
    """Staff numbers of the collective's several payrolls and the home-weaver register."""
    return rng.choice([f"TQ-{rng.randrange(10_000, 99_999)}", f"W/{rng.choice(PLANTS)}/{rng.randrange(0, 9999):04d}",
                       f"E{rng.randrange(1000, 9999)}-{rng.choice('KLMNRS')}", f"{rng.randrange(10, 99)} {rng.randrange(1000, 9999)} {rng.randrange(1, 9)}",
                       f"EMP#{rng.randrange(20_000, 69_999)}", f"TQW{rng.randrange(1000, 9999)}{rng.choice('XYZ')}",
                       str(rng.randrange(400_000, 499_999)), f"HW-{rng.randrange(1, 9)}-{rng.randrange(1000, 9999)}",
                       f"{rng.choice(PLANTS)}.{rng.randrange(100, 999)}.{rng.randrange(10, 99)}", f"0{rng.randrange(1000000, 9999999)}"])


def _values(person: Person, rng: random.Random) -> dict:
    """Slot name -> (value, kind of personal data or None)."""
    ext = str(rng.randrange(100, 7999))
    hh, mm, ss = rng.randrange(0, 24), rng.randrange(60), rng.randrange(60)
    srv = rng.choice(["loomsched-01", "dyevault", "fs-export", "pw-portal", "radius-khj", "jump-tq"])
    other = Person(rng)
    return {
        "name": (person.name(), "person_name"), "first": (person.first, "person_name"),
        "last": (person.last, "person_name"), "LAST": (_plain(person.last).upper(), "person_name"),
        "first_plain": (_plain(person.first), "person_name"), "name2": (other.name(), "person_name"),
        "user": (person.username(), "username"), "user2": (other.username(), "username"),
        "email": (person.email(), "email"), "email_obf": (person.email_obf(), "email"),
        "phone": (rng.choice(PHONES_INTL), "phone"), "phone_nat": (rng.choice(PHONES_NAT), "phone"),
        "phone_ext": (f"{rng.choice(PHONES_INTL)} {rng.choice(EXT_FORMS).format(n=ext)}", "phone"),
        "address": (rng.choice(ADDRESSES), "address"),
        "staff": (_staff(rng), "employee_id"), "staff2": (_staff(rng), "employee_id"),
        "otp": (_otp(rng), "otp"),
        "password": (_password(rng), "password"), "password2": (_password(rng), "password"),
        "host": (person.host(), "hostname"), "host2": (other.host(), "hostname"),
        "ip": (_ip(rng), "ipv4"), "ip2": (_ip(rng), "ipv4"),
        "mac": (_mac(rng), "mac"),
        "card": (_card(rng), "credit_card"),
        "dept": (rng.choice(DEPTS), None), "site": (rng.choice(SITES), None), "srv": (srv, None),
        "time": (f"{hh:02d}:{mm:02d}", None), "time2": (f"{hh:02d}:{(mm + 2) % 60:02d}", None),
        "sec": (f"{hh:02d}:{mm:02d}:{ss:02d}", None),
        "pid": (str(rng.randrange(1200, 64000)), None), "port": (str(rng.randrange(40000, 65000)), None),
        "AD": (AD, None), "DOMAIN": (DOMAIN, None),
    }


PROBES = [
    # messenger exports and workspace chat (handles as speaker labels)
    "[04/06/2032, {sec}] {name}: bhai password {password} nathi chaltu",
    "[04/06/2032, {sec}] {first}: the code they sent me is {otp}, is that the right one",
    "{user}  {time}\nloom 7 screen asks me to sign in again and my password stops working\n{user2}  {time2}\nsame here on the jacquard side",
    "@{user} pls ring me back {phone}",
    "{time} <{user}> ok I rebooted {host} and it still can't find the pattern drive",
    "{time} <helpdesk-tq> can you tell me your staff no\n{time2} <{user}> {staff}",
    "[{time}] {user}: which wifi? I am on {ip} right now",
    "{time} WhatsApp — {name}: ya le mandé el código {otp}",
    "{user2} joined #loom-hall-support\n{user2}: my login {user2} is locked since the shift change",
    "{time} {first}: se me olvidó la clave, la nueva es {password}",
    "[{time}] {name} → desk: ман рамзро фаромӯш кардам, рақами ман {phone_nat}",
    "{time} | {user} | ይቕሬታ, ኮድ {otp}",
    "{time} ~ {first}: n ka password ye {password} ye, a te baara",
    "[{time}] bot: {user} signed in from {ip} ({site}), not you? reply NO",
    "{time}  {user}: who can reset {user2}? she is on nights",
    "reactions: 👍 {user}, {user2}",
    "Members: {user}, {user2}, tq-helpdesk, loombot",
    # shift handovers and agent notes
    "Handover {dept}: {name} could not get into the loom planner, gave temporary password {password}.",
    "Checked the caller with the code from her phone ({otp}) before touching the account.",
    "Unlocked {user}; the old password was saved in the scanner app on {host}.",
    "Payroll confirms staff no. {staff} is {name}, home weaver since March.",
    "Phoned {phone_nat} twice, voicemail full.",
    "Swapped the HMI on loom 14 for {host}, handed to {first} at the {site}.",
    "Badge reprinted for {name} ({staff}).",
    "Replacement tablet couriered to {address}.",
    "Ship to: {name}, {address}, tel {phone}",
    "{first} read the code back to me: {otp}",
    "She typed {password} in the ticket and then {password2}; asked her to change both today.",
    "Gave her a throwaway password ({password}) until the loom sync finishes.",
    "TeamViewer session to {host} ({ip}) closed at {time}.",
    "DHCP gave {host} {ip}, hw {mac}.",
    "Added {user} and {user2} to TQ-Dye-Recipes-RW.",
    "Escalated to second line: {LAST} still sees the spinning wheel.",
    "{first_plain} from the {dept} has the same problem since Monday.",
    "{name2} (team lead) approved the access for {name}.",
    "Spoke to {name}; she uses {user} on the loom tablets and {user2} is her old account from the mill.",
    "Staff IDs to disable: {staff}, {staff2}",
    "Home weaver {name}, register no {staff}, cannot see her piece rates.",
    "Call from {first} {last} on {phone_ext} about the dye kitchen scale.",
    # forwarded mails and signatures
    "---------- Forwarded message ---------\nFrom: {name} <{email}>\nDate: {time}\nSubject: loom tablet locked",
    "-----Original Message-----\nFrom: {name} [mailto:{email}]\nSent: {time}\nTo: servicedesk@{DOMAIN}\nSubject: pattern files",
    "Le {time}, {name} <{email}> a écrit :\n> mon nouveau numéro : {phone}",
    "Il giorno {time} {name} <{email}> ha scritto:\n> richiamami per favore",
    "On {time} {name} <{email}> wrote:\n> home address for the parcel is {address}",
    "El {time}, {name} escribió:\n> mi correo personal {email_obf}",
    "Begin forwarded message:\n\nFrom: {name} <{email}>\nSubject: Re: yarn store scanner",
    "Regards,\n{name}\n{dept} · {site}\nMob {phone}",
    "Le meilleures salutations,\n{first} {last}\nTél. {phone_ext}",
    "Cordiali saluti\n{name}\ncell. {phone_nat}",
    "Saludos cordiales,\n{name}\nCel. {phone}",
    "Aguyje,\n{first} {last}\n{phone_nat}",
    "Le gach deagh dhùrachd,\n{name}\nFòn: {phone}",
    "Gant ma gwellañ gourc'hemennoù,\n{name}\n{phone_ext}",
    "Ҳурматона,\n{name}\nтел. {phone}",
    "Hormat bilen,\n{name}\ntel: {phone_ext}",
    "ምስ ሰላምታ\n{name}\nስልኪ {phone}",
    "I ni ce,\n{name}\n{phone_nat}",
    "Murakoze,\n{name}\nTel. {phone}",
    "Yupaychani,\n{first} {last}\n{phone_nat}",
    "આભાર,\n{name}\nમો. {phone}",
    "Sent from my Galaxy | {name} | {phone_ext}",
    "--\n{name}\nExport Office, {site}\nD: {phone} | {email}",
    # form dumps
    '{"requester": "{name}", "staff_id": "{staff}", "site": "{site}", "mobile": "{phone}"}',
    "requester={user}&emp={staff}&dept={dept}",
    "Name\t{name}\nEmployee number\t{staff}\nLogin\t{user}\nMobile\t{phone_nat}",
    "| Requested for | {name} |\n| Staff no | {staff} |\n| Manager | {name2} |",
    "NOMBRE: {name} / LEGAJO: {staff} / SECCIÓN: {dept}",
    "કર્મચારી નંબર: {staff}",
    "Рақами корманд: {staff}",
    "Işgär belgisi: {staff}",
    "ቁጽሪ ሰራሕተኛ: {staff}",
    "Baarakɛla nimɔrɔ: {staff}",
    "Nomero y'umukozi: {staff}",
    "No. de ficha del tejedor: {staff}",
    "Àireamh neach-obrach: {staff}",
    "Niverenn implijer: {staff}",
    "Matricola: {staff}",
    "N° matricule : {staff}",
    "Employee # {staff} (Burnsville)",
    "ઘરનું સરનામું: {address}",
    "Суроғаи хона: {address}",
    "Öý salgysy: {address}",
    "ናይ ገዛ ኣድራሻ: {address}",
    "So sigida: {address}",
    "Aderesi y'urugo: {address}",
    "Dirección de domicilio: {address}",
    "Ogaygua: {address}",
    "Seòladh dachaigh: {address}",
    "Chomlec'h: {address}",
    "Indirizzo di casa: {address}",
    "Adresse perso : {address}",
    "Mailing address (for the W-2): {address}",
    "new flat, please post the badge to {address}",
    "{name}\n{address}\n{phone_nat}\n(weekends only)",
    "કામચલાઉ પાસવર્ડ: {password}",
    "Рамзи муваққатӣ: {password}",
    "Wagtlaýyn açar sözi: {password}",
    "ግዝያዊ መሕለፊ ቃል: {password}",
    "Ijambo ry'ibanga ry'agateganyo: {password}",
    "Clave nueva provisoria (cambiar al entrar): {password}",
    "Facal-faire sealach: {password}",
    "Ger-tremen da c'hortoz: {password}",
    "Password provvisoria: {password}",
    "MDP donné au téléphone : {password}",
    "pw for the showroom till: {password}",
    "ચકાસણી કોડ: {otp}",
    "Рамзи тасдиқ: {otp}",
    "Tassyklama kody: {otp}",
    "መረጋገጺ ኮድ: {otp}",
    "Kode ya kwemeza: {otp}",
    "Código de verificación: {otp}",
    "Còd dearbhaidh: {otp}",
    "Codice di verifica: {otp}",
    "Code reçu par SMS -> {otp}",
    "Номи корбар: {user}",
    "Ulanyjy ady: {user}",
    "Izina ukoresha: {user}",
    "Usuario de red: {user}",
    "Nome utente -> {user}",
    "Identifiant Windows -> {user}",
    "User ID ({AD}) = {user}",
    "Courriel perso : {email}",
    "Correo: {email}",
    "Paid the yarn sample with card {card}",
    "Carta {card} scad. 08/34",
    # pasted command and log output
    "C:\\>quser /server:{host}\n USERNAME   SESSIONNAME  ID  STATE\n {user}     rdp-tcp#3    2   Active",
    "C:\\Users\\{user}>whoami\n{AD}\\{user}",
    "C:\\>arp -a\n  Interface: 10.120.4.18 --- 0x7\n  {ip}          {mac}     dynamic",
    "PS C:\\> Get-LocalUser\nName          Enabled\n----          -------\nAdministrator False\n{user}      True",
    "$ sudo lastb | head -2\n{user}   ssh:notty    {ip}   Thu Jun  4 {time} - {time2}  (00:00)",
    "> nslookup {host}\nName:    {host}\nAddress:  {ip}",
    "tracert {host}\n  1    <1 ms    <1 ms    <1 ms  {ip}",
    "Jun  4 {sec} jump-tq sshd[{pid}]: Failed password for {user} from {ip} port {port} ssh2",
    "Jun  4 {sec} jump-tq sshd[{pid}]: Accepted publickey for {user} from {ip} port {port}",
    "lease {ip} {\n  hardware ethernet {mac};\n  client-hostname \"{host}\";\n}",
    "  TCP    10.120.9.4:3389   {ip}:{port}   ESTABLISHED",
    "radius-khj: Login incorrect: [{user}] (from client loom-ap port 0 cli {mac})",
    "{ip} - {user} [04/Jun/2032:{sec} +0500] \"GET /piece-rates/ HTTP/1.1\" 401 612",
    "nginx: {ip} - - [04/Jun/2032:{sec} +0000] \"POST /login HTTP/2.0\" 429 0",
    "net use Y: \\\\fs-export\\dockets /user:{AD}\\{user} {password}",
    "psql postgresql://{user}:{password}@dyevault/recipes",
    "ssh {user}@{host}",
    "rdp to {host2} failed: the user {user2} is not allowed",
    "firewall deny {ip} -> pw-portal:443 (geo block)",
    "blocked {ip} after 25 bad logins on the piece-rate site",
    "Ping statistics for {ip}: Packets: Sent = 4, Received = 0",
    "the loom controller answers on {ip} but not on {ip2}",
    # inventory tables, rosters and CSV pastes
    "Asset | User | Hostname | IP\nTQ-AST-30418 | {name} | {host} | {ip}",
    "hostname,owner,mac,ip\n{host},{user},{mac},{ip}",
    "Device\t{host}\nAssigned\t{name} ({user})\nLast IP\t{ip}",
    "- {host}: {first} {last}, {dept}",
    "loom;tablet;weaver\n14;{host};{name}",
    "Night roster: {name} / {phone_nat}; {name2} / {phone}",
    "staff_no,surname,first,login\n{staff},{LAST},{first},{user}",
    "{LAST} {first} | {staff} | {user} | {ip}",
    "Leavers this week: {user} ({name}), {user2}",
    "Who has keys to the dye store: {name}, {name2}",
    # prose and everyday wording
    "I'm {first}, {last} from the {dept}; my number is {phone_nat}",
    "Please call my husband's phone {phone}, mine is broken.",
    "her laptop {host} keeps getting {ip} which clashes with the printer",
    "password is {password} if you need to log in as me",
    "the SMS says {otp} but the screen wants eight digits",
    "this is {name}, I started at the {site} yesterday",
    "my son's address for the parcel: {address}",
    "{name} is on leave, forward her loom queue to {name2}",
    "Send the contract to {email} not my work mail",
    "{first_plain} {LAST} can't open the recipe book",
    "Mi nombre es {name}, trabajo en {site}",
    "{first} bhabhi mate navu account banavo, login {user}",
    "Bitte {user} entsperren, danke {first}",
]

# Look-alikes that are not personal data: (kind, text, the text that must stay).
DECOYS = [
    ("firm", "Quote from Tessaline-Qorvu Weaving & Dye Collective attached.", "Tessaline-Qorvu Weaving & Dye Collective"),
    ("loom", "Loom 14 stopped on a broken warp end.", "Loom 14"),
    ("dye_lot", "Dye lot DL-32-0917 came out two shades dark.", "DL-32-0917"),
    ("colour", "Match it to Pantone 19-1862 TPG.", "Pantone 19-1862 TPG"),
    ("colour", "recipe INDIGO-DEEP-04 needs redoing", "INDIGO-DEEP-04"),
    ("yarn", "Yarn count Nm 2/36 is sold out.", "Nm 2/36"),
    ("yarn", "42 cones of 60/2 silk arrived", "60/2"),
    ("room", "Meet in room B-217 after lunch.", "B-217"),
    ("room", "Salle Ar Mor is booked all day.", "Salle Ar Mor"),
    ("version", "Loom firmware 7.4.19-r3 installed.", "7.4.19-r3"),
    ("version", "Pattern CAD build 2032.1.0447 rolled out.", "2032.1.0447"),
    ("error_code", "The HMI shows fault JQ-512.", "JQ-512"),
    ("error_code", "error 0x8007052e from the scanner", "0x8007052e"),
    ("error_code", "portal said HTTP 503 then E-LOOM-22", "E-LOOM-22"),
    ("ticket", "Same as RITM0071942.", "RITM0071942"),
    ("ticket", "duplicate of INC0928431", "INC0928431"),
    ("ticket", "see change CHG-2032-0188", "CHG-2032-0188"),
    ("asset", "Asset tag TQA-118204 returned to stores.", "TQA-118204"),
    ("asset", "serial 5CG2314QXM on the laptop sticker", "5CG2314QXM"),
    ("order", "Export order EXP/32/00671 shipped to Rotterdam.", "EXP/32/00671"),
    ("order", "sales order SO-880412 for the showroom", "SO-880412"),
    ("order", "invoice TQ-INV-20847 unpaid", "TQ-INV-20847"),
    ("amount", "Freight cost TJS 3 412,50.", "TJS 3 412,50"),
    ("amount", "the buyer paid ₹ 1,84,600 for the rugs", "₹ 1,84,600"),
    ("amount", "quote came to USD 12,940.00", "USD 12,940.00"),
    ("amount", "Gs. 1.450.000 per month for the line", "Gs. 1.450.000"),
    ("date", "Shipment due 2032-07-19.", "2032-07-19"),
    ("date", "closed on 19.06.2032", "19.06.2032"),
    ("date", "trade fair 14/09/32 in Milan", "14/09/32"),
    ("time", "Shift changes at 06:30.", "06:30"),
    ("product", "The Stäubli JC7 head is back.", "Stäubli JC7"),
    ("product", "Datacolor Spectro 1000 lost calibration.", "Datacolor Spectro 1000"),
    ("product", "HP DesignJet T830 plotter jammed", "HP DesignJet T830"),
    ("product", "Zebra TC52 scanner dropped in the vat", "Zebra TC52"),
    ("product", "Lenovo ThinkPad L14 Gen 4 screen cracked", "ThinkPad L14 Gen 4"),
    ("file", "attached dyelot_export.v3.csv", "dyelot_export.v3.csv"),
    ("file", "open kilim.pattern.dsn", "kilim.pattern.dsn"),
    ("file", "the macro in piecework.rates.xlsm", "piecework.rates.xlsm"),
    ("file", "run setup.loomagent.msi", "setup.loomagent.msi"),
    ("file", "log at C:\\ProgramData\\LoomSync\\sync.log", "C:\\ProgramData\\LoomSync\\sync.log"),
    ("file", "config in /etc/dyevault/app.ini", "/etc/dyevault/app.ini"),
    ("server", "Restarted loomsched-01 at noon.", "loomsched-01"),
    ("server", "dyevault is slow again", "dyevault"),
    ("server", "fs-export share full", "fs-export"),
    ("server", "cert on pw-portal.tessaline-qorvu.example.net expires Friday", "pw-portal.tessaline-qorvu.example.net"),
    ("mailbox", "copy exports@tessaline-qorvu.example.net", "exports@tessaline-qorvu.example.net"),
    ("mailbox", "from noreply-loomsched@tessaline-qorvu.example.net", "noreply-loomsched@tessaline-qorvu.example.net"),
    ("mailbox", "reply to servicedesk@tessaline-qorvu.example.net", "servicedesk@tessaline-qorvu.example.net"),
    ("alert", "CRITICAL: scour-pump-2 temperature high", "scour-pump-2"),
    ("alert", "[WARN] ups-bhj-kitchen on battery", "ups-bhj-kitchen"),
    ("place", "flooding near Dushanbe", "Dushanbe"),
    ("place", "power cut in Kayes", "Kayes"),
    ("place", "road closed to Chichicastenango", "Chichicastenango"),
    ("place", "ferry cancelled from Leverburgh", "Leverburgh"),
    ("place", "St. Kilda tweed order", "St. Kilda"),
    ("person_like", "Mount Ararat rug design", "Mount Ararat"),
    ("person_like", "the Rose Madder batch", "Rose Madder"),
    ("person_like", "Santa Lucía Utatlán collection", "Santa Lucía Utatlán"),
    ("label_value", "Priority: 2 - Hall stopped", "2 - Hall stopped"),
    ("label_value", "Category: Looms / HMI", "Looms / HMI"),
    ("label_value", "Location: Tarbert tweed mill", "Tarbert tweed mill"),
    ("label_value", "Assignment group: TQ-Field-IT", "TQ-Field-IT"),
    ("policy", "each code lives 75 seconds on the loom screen", "75 seconds"),
    ("policy", "passwords at the mill need 21 characters", "21 characters"),
    ("count", "about 340 pieces unpaid", "340"),
    ("count", "318 cones scanned twice", "318"),
    ("percent", "the plotter spool volume sits at 96 %", "96 %"),
    ("temperature", "vat at 82 °C", "82 °C"),
    ("weight", "scale reads 12.480 kg", "12.480 kg"),
    ("keys", "press Ctrl+Alt+F9", "Ctrl+Alt+F9"),
    ("ssid", "TQ-Looms-5G drops every hour", "TQ-Looms-5G"),
    ("ssid", "guests use Showroom-Visitors", "Showroom-Visitors"),
    ("word", "the Lost Your Weaver Key button is grey", "Lost Your Weaver Key"),
    ("word", "Piece Rate Portal Login keeps spinning", "Piece Rate Portal Login"),
    ("duration", "down for 2 h 40 min", "2 h 40 min"),
    ("step", "step 4 of 9 fails", "step 4 of 9"),
    ("commit", "rolled back to a91f3c2", "a91f3c2"),
    ("vlan", "moved to VLAN 412", "VLAN 412"),
    ("subnet", "the hall subnet is 10.120.0.0/16", "10.120.0.0/16"),
    ("version_ip", "upgrade agent to 4.2.118.7", "4.2.118.7"),
    ("account", "guest account still on the showroom PC", "guest"),
    ("account", "sign in as admin on the loom HMI", "admin"),
    ("account", "job runs as root", "root"),
    ("account", "service account svc-loomsync locked", "svc-loomsync"),
    ("account", "shared login dyekitchen1 on the scale PC", "dyekitchen1"),
    ("account", "the built-in Administrator is disabled", "Administrator"),
    ("hs_code", "HS code 5701.10 on the invoice", "5701.10"),
    ("weave", "twill 2/2 on loom 9", "2/2"),
    ("size", "rug 170 x 240 cm", "170 x 240 cm"),
]

SUBJECTS = ["Loom tablet asks for password again", "Locked out after the night shift", "Code SMS not arriving",
            "Piece rates site won't let me in", "Pattern drive gone", "Dye scale PC frozen", "New weaver needs login",
            "Showroom till login", "Yarn scanner not syncing", "Mail bouncing from buyer", "VPN from home weaving",
            "Wifi dead in loom hall", "Plotter offline", "Laptop left in the taxi"]
NAME_SUBJECTS = ["Login for new weaver {name}", "{LAST} {first} locked out", "{user} can't sign in after leave",
                 "{host} no network", "Please whitelist {mac}", "Fw: tablet for {name}", "Staff no {staff} not in payroll",
                 "Block {ip} please", "Reset for {user} and {user2}", "{first_plain} - piece rates blank",
                 "Account {staff} / {user} disabled?", "New SIM for {name} ({phone_nat})"]
LEADS = ["નમસ્તે,", "Салом,", "Salam,", "ሰላም,", "I ni sogoma,", "Muraho,", "Buen día, compañeros,", "Mba'éichapa,", "Alli puncha,",
         "Halò,", "Demat,", "Bonjour,", "Bona die,", "Buongiorno,", "Hey y'all,", "", "", "Transcript of the call:",
         "Copied from the loom-hall chat:", "Forwarded by the shift lead:"]
NOTES = ["ઉકેલાયું.", "Ҳал шуд.", "Çözüldi.", "ተፈቲሑ.", "A labɛnna.", "Byakemutse.", "Resuelto.", "Oñembohape.",
         "Allichishka.", "Air a rèiteachadh.", "Diskoulmet.", "Résolu.", "Risolto.", "All fixed.", "Closed after remote session."]


def build(count: int = 2000, seed: int = 1741) -> list[dict]:
    """The tickets with their truth."""
    from suggest_data.make import PiiBankPlan, build_pii_bank

    return build_pii_bank(PiiBankPlan(
        person=Person, values=_values, render=_render, probes=PROBES, decoys=DECOYS,
        subjects=SUBJECTS, leads=LEADS, notes=NOTES, start=dt.datetime(2032, 6, 1, 6, 10, 0), minutes=41,
        first_number=6_120_000, decoy_counts=(1, 2, 3, 3, 4, 5, 6, 7),
        name_subjects=NAME_SUBJECTS, name_subject_rate=0.16), count, seed)


def write(out: Path, count: int = 2000, seed: int = 1741) -> None:
    """Write ``pii.csv`` and ``pii-truth.jsonl`` into ``out``."""
    pii_heldout3.write(out, count, seed, build=build)


def main() -> None:
    pii_heldout3.main(write, 1741, __doc__)


if __name__ == "__main__":
    main()
