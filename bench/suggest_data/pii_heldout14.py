"""FOURTEENTH HELD-OUT personal-data bank (v14): FROZEN. Written and committed before any redaction
tuning of round 14, before the rule code was read; never tuned on. Only its aggregate figures are
read, once, at the end of the round.

    python3 bench/suggest_data/pii_heldout14.py OUT_DIR [--count 2000] [--seed 1453]

A fictional ferry, harbour and island-freight operator ("Velmora-Kestrup Sealinks": ferries,
terminals, ticket kiosks, crew hostels and a cold store in Iceland, the Faroe Islands, Norway,
Georgia, Thailand, Cambodia, Vietnam, the Philippines, Tanzania, Croatia, Malta, Wales and
Washington State) writes description-bearing tickets. Every name, value and phrasing is invented for
kbgen. Cue words in Icelandic, Faroese, Norwegian, Georgian (Mkhedruli), Thai, Khmer, Vietnamese,
Tagalog, Swahili, Croatian, Maltese and Welsh beside plain English. Structures: chat transcripts with
time stamps and handles, agent work notes, forwarded mail headers, form dumps with tab and colon
labels, pasted command output (id, whoami, last, net user, klist, getent, ls -l), crew rosters, and
many look-alikes that must stay (vessel and IMO numbers, MMSI, berths, voyage and cabin numbers,
container ids, tide and speed figures, versions, error codes, ticket ids, amounts, dates, product
names with capitals, servers in alerts).
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

DOMAIN = "velmora-kestrup.example.net"
AD = "VKSEA"

FIRST = """Hrafnhildur Sigurbjörn Þórdís Eyvindur Ragnheiður Jóannes Sunnvá Bárður Rannvá Høgni Solveig Eirik
Torunn Håvard Ingeborg Nino Giorgi Tamari Levan Ketevan Davit Siriporn Thanawat Kanokwan Somchai Ratchanee
Sokha Chanthou Vannak Sreymom Bopha Nguyệt Thắng Phương Quốc-Bảo Hằng Maricel Jericho Rowena Dindo Lualhati
Neema Baraka Zawadi Juma Rehema Ivana Dražen Mirela Tomislav Katarina Ġużeppi Marija Kurt Rhiannon Gwilym Eluned
Cadfael Marisol Deshawn""".split()
LAST = """Gunnarsdóttir Hallgrímsson Þorsteinsdóttir Jacobsen Joensen Poulsen Dahl Skaar Brekke Øvrebø
Beridze Kapanadze Lomidze Chkheidze Sukjai Wongsawat Phromma Chhim Sok Pheap Ly Trần Phạm Huỳnh Đặng Villanueva
Dimaculangan Macaraeg Ocampo Mwakyusa Kimaro Shirima Massawe Horvat Perković Jurić Babić Camilleri Zammit
Vella Grech Pritchard Llewellyn Bevan Okonkwo-Reyes Halvorsen""".split() + ["dela Cruz", "ter Haar-Sokha", "Ó Briain-Lunde"]

SITES = ["Seyðisfjörður terminal", "Klaksvík quay office", "Hareid kiosk row", "Batumi cargo gate",
         "Ko Samui pier B", "Sihanoukville cold store", "Cát Bà ticket hall", "Tagbilaran crew hostel",
         "Zanzibar Malindi wharf", "Supetar waiting room", "Ċirkewwa kiosk", "Holyhead link span", "Anacortes dock 3"]
DEPTS = ["Deck Crew", "Engine Room", "Ticketing", "Freight Desk", "Catering", "Harbour Ops", "Payroll", "Safety",
         "Fleet IT", "Linkspan Crew"]
PORTS = ["SEY", "KLA", "HAR", "BUS", "USM", "KOS", "CBA", "TAG", "ZNZ", "SUP", "CIR", "HLY", "ANA"]

PHONES_INTL = ["+354 862 4719", "+298 52 81 67", "+47 934 17 528", "+995 577 48 26 13", "+66 89 617 4402",
               "+855 17 482 903", "+84 903 518 276", "+63 918 462 7350", "+255 713 846 205", "+385 98 743 1206",
               "+356 9947 2183", "+44 7481 306 592", "+1 360 293 8814"]
PHONES_NAT = ["862-4719", "52 81 67", "934 17 528", "577 48 26 13", "089 617 4402", "017 482 903", "0903 518 276",
              "0918 462 7350", "0713 846 205", "098 743 1206", "9947 2183", "07481 306592", "(360) 293-8814",
              "+354-862-4719", "0066-89-617-4402"]
EXT_FORMS = ["innanhús {n}", "lokal {n}", "შიდა {n}", "ต่อ {n}", "máy lẻ {n}", "loc. {n}", "kućni {n}", "estyniad {n}",
             "ext.{n}", "#{n}"]
ADDRESSES = [
    "Hringbraut 118, íbúð 304, 101 Reykjavík", "Austurvegur 9b, 710 Seyðisfjörður",
    "Tróndargøta 52, 1. hædd, FO-100 Tórshavn", "Strandgaten 214 B, 5004 Bergen",
    "Ålesundvegen 41, 6060 Hareid", "ბათუმი, ჭავჭავაძის ქ. 33, ბინა 12",
    "თბილისი, ვაჟა-ფშაველას გამზ. 71, სადარბაზო 2", "99/14 หมู่ 3 ถนนรอบเกาะ ตำบลบ่อผุด อำเภอเกาะสมุย สุราษฎร์ธานี 84320",
    "ផ្ទះលេខ 24 ផ្លូវ 178 សង្កាត់ជ័យជំនះ ខណ្ឌដូនពេញ ភ្នំពេញ", "Số 47 ngõ 12 phố Lò Đúc, Hai Bà Trưng, Hà Nội",
    "Blk 5 Lot 22, Purok Mabini, Brgy. Dampas, Tagbilaran City 6300", "Mtaa wa Mkunazini, Nyumba Na. 114, Zanzibar",
    "Ulica Ivana Gundulića 23, 21400 Supetar", "Flat 6, Triq il-Merħla, Għajnsielem GSM 9013",
    "Fflat 3, 41 Stryd Llewelyn, Caernarfon LL55 1SE", "4417 Commercial Ave Apt 2B, Anacortes, WA 98221",
    "c/o Pheap, #88E0 Street 310, Boeung Keng Kang I, Phnom Penh 12302",
]


def _mac(rng: random.Random) -> str:
    """A MAC address as kiosks, gates and card readers print it."""
    raw = "".join(rng.choice("0123456789abcdef") for _ in range(12))
    raw = raw.upper() if rng.random() < 0.5 else raw
    form = rng.choice([0, 1, 1, 2])
    sep = ["-", ":", "."][form]
    if form == 2:
        return ".".join(raw[i:i + 4] for i in range(0, 12, 4))
    return sep.join(raw[i:i + 2] for i in range(0, 12, 2))


class Person:
    """One person with the values a ticket may give about them."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.first = rng.choice(FIRST)
        self.last = rng.choice(LAST)
        self.uid = self._username()

    def name(self) -> str:
        f, l, r = self.first, self.last, self.rng.random()
        forms = [(0.28, f"{f} {l}"), (0.38, f"{l}, {f}"), (0.46, f"{l.upper()} {f}"), (0.54, _plain(f"{f} {l}")),
                 (0.61, f"{f} {l}".upper()), (0.68, f"{f[0]}. {l}"), (0.75, f"{f} {l[0]}."),
                 (0.82, f"{f} {l}".lower()), (0.9, f"{l}/{f}"),
                 (1.0, f"{_plain(l).upper()} {_plain(f)}")]
        return next(text for limit, text in forms if r < limit)

    def _username(self) -> str:
        f, l = _ascii(self.first) or "x", _ascii(self.last) or "y"
        n = self.rng.randrange(2, 880)
        return self.rng.choice([f"{f[:2]}{l[:6]}", f"{l[:5]}.{f[:1]}", f"vk{self.rng.randrange(40_000, 69_999)}",
                                f"{f}{n:02d}", f"{l[:7]}{f[:1]}{n % 10}", f"crew.{l[:6]}", f"{f[:3]}_{l[:3]}",
                                f"{f[:1]}{l[:1]}{n:03d}", f"{l}-{f[:1]}"[:14], f"svc{f[:2]}{l[:2]}"])

    def username(self) -> str:
        return self.uid

    def email(self) -> str:
        f, l = _ascii(self.first) or "x", _ascii(self.last) or "y"
        host = self.rng.choice(["hafbylgja-post.example.is", "oyggjanet.example.fo", "telemark-post.example.no",
                                "magti-mail.example.ge", "truemove.example.th", "cellcard.example.kh",
                                "vnpt-mail.example.vn", "globe-inbox.example.ph", "halotel.example.tz",
                                "tcom-posta.example.hr", "melita.example.mt", "bt-cymru.example.uk", DOMAIN])
        return self.rng.choice([f"{f}.{l}@{host}", f"{l}.{f[:1]}@{host}", f"{f}{self.rng.randrange(1, 99)}@{host}",
                                f"{f[:1]}{l}@{host}", f"{l}_{f}@{host}"])

    def email_obf(self) -> str:
        f, l = _ascii(self.first) or "x", _ascii(self.last) or "y"
        return self.rng.choice([f"{f}.{l} hjá hafbylgja-post punktur example punktur is", f"{l} (at) oyggjanet (dot) example (dot) fo",
                                f"{f}{l[:2]} at magti-mail dot example dot ge", f"{f} [ at ] globe-inbox [ . ] example [ . ] ph",
                                f"{l}.{f[:1]} kwa halotel nukta example nukta tz", f"{f}_{l} <at> melita <dot> example <dot> mt"])

    def host(self) -> str:
        """An end-user or crew device; some embed the owner's name or user id."""
        l, f = _ascii(self.last) or "y", _ascii(self.first) or "x"
        p = self.rng.choice(PORTS)
        n = self.rng.randrange(1, 99999)
        kind = self.rng.choice(["TAB", "LT", "POS", "BRG", "WS", "KSK"])
        return self.rng.choice([
            f"VK-{p}-{kind}{n % 100:02d}", f"{p.lower()}{kind.lower()}{n % 1000:03d}", f"{self.uid}-tab",
            f"{kind}{n % 10000:04d}-{p}", f"{f}s-thinkpad", f"{l[:5]}{f[:2]}.crew.{DOMAIN}",
            f"{p.lower()}-{kind.lower()}-{n % 100:02d}.{DOMAIN}", f"LT{n % 100000:05d}", f"{kind.lower()}{p}{n % 100:02d}w",
            f"mbp-{l[:6]}"])


def _otp(rng: random.Random) -> str:
    n = str(rng.randrange(100_000_000, 999_999_999))
    letters = "".join(rng.choice("BCDFGHKLMPRSTVWXZ2579") for _ in range(rng.choice([6, 7, 8])))
    return rng.choice([n[:6], n[:6], n[:7], n[:4], f"{n[:3]}-{n[3:6]}", f"{n[:3]} {n[3:6]}", f"{n[:2]}·{n[2:4]}·{n[4:6]}",
                       f"{n[:4]} {n[4:8]}", " ".join(n[:6]), letters, f"{letters[:4]}-{letters[4:]}", f"G-{n[:6]}"])


_PW_WORDS = ["Hekla", "Slættaratindur", "Galdhøpiggen", "Kazbegi", "Doi Inthanon", "Bokor", "Fansipan", "Chocolate Hills",
             "Kilimanjaro", "Biokovo", "Dingli", "Yr Wyddfa", "Rainier", "anchor", "bollard", "starboard", "hawser", "mooring"]
_PW_CHARS = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789!@#$%^&*_-+=.?~"


def _password(rng: random.Random) -> str:
    w = rng.choice(_PW_WORDS).replace(" ", "")
    a, b = (x.lower().replace(" ", "") for x in rng.sample(_PW_WORDS, 2))
    gen = "".join(rng.choice(_PW_CHARS) for _ in range(rng.choice([9, 11, 14, 20])))
    return rng.choice([
        gen, gen, f"{w}{rng.randrange(1, 99)}!", f"{a}-{b}-{rng.randrange(10, 99)}", f"{w[:6]}#{rng.randrange(2000, 2099)}",
        f"{rng.choice('!?*~')}{w.lower()}{rng.randrange(100, 999)}", f"{a.capitalize()}&{b.capitalize()}",
        f"{w}_{w[::-1].lower()}", f"{gen[:4]}{w[:3]}{gen[4:8]}", f"{a[:4].upper()}{rng.randrange(1000, 9999)}{b[:3]}"])


def _staff(rng: random.Random) -> str:
    return rng.choice([f"VK/{rng.randrange(100_000, 999_999):07d}", f"{rng.randrange(10_000, 99_999)}-{rng.choice(PORTS)}",
                       f"C{rng.randrange(1000, 9999)}{rng.choice('ABDEFHKMPRT')}", str(rng.randrange(3_000_000, 8_999_999)),
                       f"{rng.randrange(100, 999)} {rng.randrange(100, 999)} {rng.randrange(10, 99)}",
                       f"HR-{rng.randrange(2015, 2027)}-{rng.randrange(1000, 9999)}", f"#{rng.randrange(40_000, 79_999)}"])


def _values(person: Person, rng: random.Random) -> dict:
    """Slot name -> (value, kind of personal data or None)."""
    ext = str(rng.randrange(10, 9999))
    hh, mm = rng.randrange(4, 23), rng.randrange(60)
    srv = rng.choice(["resv-db4", "pos-hub-sey", "mq-broker-2", "bastion.hly", "crewtab-sync", "fleetmon-01"])
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
        "ip": (f"10.{rng.randrange(40, 90)}.{rng.randrange(0, 255)}.{rng.randrange(2, 250)}", "ipv4"),
        "mac": (_mac(rng), "mac"),
        "card": (_card(rng), "credit_card"),
        "dept": (rng.choice(DEPTS), None), "site": (rng.choice(SITES), None), "srv": (srv, None),
        "time": (f"{hh:02d}:{mm:02d}", None), "time2": (f"{hh:02d}:{(mm + 3) % 60:02d}", None),
        "AD": (AD, None), "DOMAIN": (DOMAIN, None),
    }


PROBES = [
    # chat transcripts with stamps and handles
    "[{time}] {user}: hæ, get ekki skráð mig inn\n[{time2}] desk-vk: what's your crew number?\n[{time2}] {user}: {staff}",
    "[{time}] caller: the text says {otp}\n[{time2}] agent: ok typing it now",
    "({time}) {name}: I put in {password} like the sheet said",
    "<{user}> laptop won't wake, tag on the back says {host}",
    "{time} - visitor: mobile is {phone}, call me back please",
    "[{time}] Guest: aðgangsorð {password} virkar ekki",
    # agent work notes
    "Work note ({dept}): set a starter pass {password}, she swaps it when she first signs on.",
    "WN: verified caller by SMS, they quoted {otp}; unlocked.",
    "Worknote: temp creds handed over at {site}: {user} / {password}",
    "Checked HR feed - crew no {staff} matches {name}.",
    "Called back on {phone_nat}, no answer, left VM.",
    "Reimaged {host}, handed back to {first} at {time}.",
    "Agent: reissued card, new PIN-less badge for {name} ({staff})",
    "Updated shipping address for the replacement handset to {address}.",
    "Courier to: {name}, {address}",
    # forwarded mail headers
    "---------- Forwarded message ---------\nFrom: {name} <{email}>\nDate: {time}\nSubject: cannot reach crew portal",
    "-----Original Message-----\nFrom: {email}\nSent: Monday {time}\nTo: servicedesk@{DOMAIN}",
    "> Le {time}, {name} a écrit :\n> my mobile changed to {phone}",
    "Sendt fra min iPhone\n{name}\nMob. {phone}",
    "Kind regards,\n{name}\n{dept} | {site}\nT {phone_ext}",
    "Med vennlig hilsen\n{first} {last}\nTlf: {phone}",
    "Bestu kveðjur,\n{name}\nsími {phone_nat}",
    "Mvh {first}, {phone_nat}",
    # form dumps
    "Requester:\t{name}\nCrew No.:\t{staff}\nHome port:\t{site}\nContact:\t{phone}",
    "Full name: {name}\nE-mail: {email}\nDelivery address: {address}",
    "Field[employee_number]={staff}; Field[login]={user}; Field[device]={host}",
    "FORM 12-B | Applicant {LAST} | Staff ref {staff} | Dept {dept}",
    "Starfsmannanúmer: {staff}",
    "Starvsfólkanummar {staff}",
    "Ansattnummer {staff}",
    "თანამშრომლის ნომერი: {staff}",
    "รหัสพนักงาน {staff}",
    "លេខបុគ្គលិក {staff}",
    "Mã nhân viên: {staff}",
    "Numero ng empleyado: {staff}",
    "Namba ya mfanyakazi {staff}",
    "Broj zaposlenika: {staff}",
    "Rhif staff {staff}",
    "Heimilisfang: {address}",
    "Bústaður: {address}",
    "Adresse: {address}",
    "მისამართი: {address}",
    "ที่อยู่: {address}",
    "អាសយដ្ឋាន {address}",
    "Địa chỉ: {address}",
    "Tirahan: {address}",
    "Anwani: {address}",
    "Adresa stanovanja: {address}",
    "Indirizz: {address}",
    "Cyfeiriad: {address}",
    "he moved, post goes to {address} now",
    "{name}\n{address}",
    # pasted command output
    "$ id\nuid=61{ip_tail}({user}) gid=100(users) groups=100(users),27(sudo)",
    "C:\\> whoami\n{AD}\\{user}",
    "PS> net user {user} /domain\nUser name                    {user}\nFull Name                    {name}",
    "$ last -n 2\n{user}   pts/0   {ip}   Tue {time}   still logged in",
    "klist\nDefault principal: {user}@{AD}.EXAMPLE.NET",
    "$ getent passwd {user}\n{user}:x:5{ip_tail}:100:{name}:/home/{user}:/bin/bash",
    "-rw-r--r-- 1 {user} crew 4096 Mar 3 {time} manifest.xlsx",
    "ping {host}\nReply from {ip}: bytes=32 time=3ms TTL=127",
    "nslookup {host} -> {ip}",
    "arp -a | findstr {ip}\n  {ip}   {mac}   dynamic",
    "DHCP ACK {ip} to {mac} ({host})",
    "ssh -i ~/.ssh/id_ed25519 {user}@{srv}",
    "scp manifest.csv {user}@{srv}:/srv/upload/",
    "mariadb --user={user} --password={password} resvdb",
    "curl -u {user}:{password} https://{srv}/api/health",
    "net use Z: \\\\{srv}\\freight /user:{AD}\\{user} {password}",
    "psexec \\\\{host} -u {AD}\\{user} cmd",
    "Get-ADUser {user} | Set-ADAccountPassword -NewPassword (ConvertTo-SecureString '{password}' -AsPlainText -Force)",
    "mstsc /v:{host}",
    "Test-Connection {host} -Count 2",
    # passwords in the sentence's role
    "she says the old one was {password2} and the new one {password}",
    "lykilorð: {password}",
    "nýtt lykilorð er {password}",
    "loyniorð {password}",
    "passordet er satt til {password}",
    "პაროლი: {password}",
    "รหัสผ่านใหม่ {password}",
    "ពាក្យសម្ងាត់ {password}",
    "mật khẩu mới: {password}",
    "bagong password: {password}",
    "nenosiri jipya ni {password}",
    "nova lozinka {password}",
    "il-password il-ġdida {password}",
    "cyfrinair newydd: {password}",
    "user wrote the pass on the back of a boarding card: {password}",
    "default for the kiosk login was {password} (rotated after)",
    "Typed '{password}' three times then locked",
    # codes
    "staðfestingarkóði {otp}",
    "váttanarkota {otp}",
    "engangskode: {otp}",
    "დადასტურების კოდი {otp}",
    "รหัส OTP {otp}",
    "លេខកូដ {otp}",
    "mã xác thực {otp}",
    "verification code na natanggap ko: {otp}",
    "msimbo wa uthibitisho {otp}",
    "jednokratni kod {otp}",
    "il-kodiċi {otp}",
    "cod dilysu {otp}",
    "Authenticator showed {otp} then {otp2}",
    "can you read out the numbers -> {otp}",
    "code from the yubikey-less SMS: {otp}",
    # usernames and e-mails
    "login name {user}",
    "account {user} disabled by the leaver script",
    "please add {user} and {user2} to the freight group",
    "notandanafn: {user}",
    "brukernavn {user}",
    "მომხმარებლის სახელი: {user}",
    "ชื่อผู้ใช้ {user}",
    "tên đăng nhập {user}",
    "jina la mtumiaji {user}",
    "korisničko ime {user}",
    "https://crew.{DOMAIN}/profile?uid={user}&tab=roster",
    "/home/{user}/Downloads/rota.pdf",
    "D:\\Profiles\\{user}\\Desktop\\rota.xlsx",
    "mail him at {email}",
    "netfang: {email}",
    "personal addr {email_obf}",
    "reach me at {email_obf} (work mail is down)",
    "Reply-To: \"{name}\" <{email}>",
    # phones
    "farsími {phone}",
    "mobil {phone_nat}",
    "ტელ: {phone}",
    "โทร {phone_nat}",
    "ĐT: {phone}",
    "cel #: {phone_nat}",
    "simu {phone}",
    "mob. {phone_nat}",
    "ffôn symudol {phone}",
    "landline at the quay {phone_ext}",
    # hosts and macs
    "nafn tölvu: {host}",
    "maskinnavn {host}",
    "ชื่อเครื่อง {host}",
    "tên máy {host}",
    "{host} keeps dropping off the crew Wi-Fi",
    "BitLocker recovery asked on {host}",
    "re-enrol {host} in Intune",
    "MAC-vistfang {mac}",
    "MAC adresa {mac}",
    "card reader at the gate: {mac}",
    "whitelist {mac} for the kiosk VLAN",
    "client {ip} ({mac}) blocked by NAC",
    "IP tölu {ip}",
    # names in odd spots
    "cc: {name}; {first} {last}",
    "On behalf of {LAST}, {first}",
    "Crew roster swap: {name} <-> {first}",
    "Hi {first}, try again now",
    "Salamat po {first}!",
    "Asante {first}",
    "Takk {first}, lukker saken",
    # cards
    "pay the change fee on {card}",
    "korti nr. {card}",
    "card ending ... no, full number {card}",
]

DECOYS = [
    ("vessel", "MV Nordlys Kestrup bow thruster alarm", "MV Nordlys Kestrup"),
    ("imo", "IMO 9384712 AIS gap", "IMO 9384712"),
    ("mmsi", "MMSI 257384190 not broadcasting", "257384190"),
    ("berth", "berth 14B fender damaged", "14B"),
    ("voyage", "voyage V2718 delayed 40 min", "V2718"),
    ("cabin", "cabin 4127 card lock dead", "4127"),
    ("deck", "deck 7 aft printer jam", "deck 7"),
    ("container", "reefer VKSU 318806 4 alarm", "VKSU 318806 4"),
    ("tide", "high water 3.42 m at 14:10", "3.42 m"),
    ("speed", "cruising at 17.5 kn", "17.5 kn"),
    ("draft", "draught 5.8 m aft", "5.8 m"),
    ("gross", "1,240 lane metres sold", "1,240"),
    ("room", "meeting room Kolla 2.07 screen", "Kolla 2.07"),
    ("room", "room B-114 projector", "B-114"),
    ("version", "POS app 7.14.3 crashes", "7.14.3"),
    ("version", "Android 14 on the crew tablets", "Android 14"),
    ("version", "Windows 11 24H2 rollout", "24H2"),
    ("build", "OS build 26100.3194 waiting", "26100.3194"),
    ("error", "error 0x80070005 on the share", "0x80070005"),
    ("error", "booking API answers 502 Bad Gateway", "502"),
    ("error", "SQLSTATE 40001 on checkout", "40001"),
    ("error", "Event ID 4740 on the DC", "4740"),
    ("error", "AADSTS700082 on sign-in", "AADSTS700082"),
    ("error", "NET::ERR_SSL_PROTOCOL_ERROR at the kiosk portal", "NET::ERR_SSL_PROTOCOL_ERROR"),
    ("ticket", "see also INC4471902", "INC4471902"),
    ("ticket", "change CHG0061734 tonight", "CHG0061734"),
    ("ticket", "vendor case 02918467", "02918467"),
    ("ticket", "Jira FLEET-3390 linked", "FLEET-3390"),
    ("kb", "follow KB0071563", "KB0071563"),
    ("amount", "refund of ISK 18.400", "ISK 18.400"),
    ("amount", "charged 2.350,00 kr", "2.350,00 kr"),
    ("amount", "THB 1,850 fare", "THB 1,850"),
    ("amount", "VND 450.000 deposit", "VND 450.000"),
    ("amount", "€ 64,90 for the cabin", "€ 64,90"),
    ("amount", "USD 1,204.55 invoice", "USD 1,204.55"),
    ("date", "sailing on 2028-02-19", "2028-02-19"),
    ("date", "expires 19.02.2028", "19.02.2028"),
    ("date", "from 03/04/2028", "03/04/2028"),
    ("date", "on 4. mars 2028", "4. mars 2028"),
    ("time", "departs 06:45, arrives 08:20", "06:45"),
    ("product", "Microsoft Teams Rooms frozen", "Microsoft Teams Rooms"),
    ("product", "Kongsberg K-Bridge display", "K-Bridge"),
    ("product", "Zebra ZD421 labels smeared", "ZD421"),
    ("product", "Verifone V400m reader reboot", "V400m"),
    ("product", "Samsung Galaxy Tab Active5 cracked", "Galaxy Tab Active5"),
    ("product", "Crew Planner Pro export blank", "Crew Planner Pro"),
    ("asset", "asset VKA-004817 missing", "VKA-004817"),
    ("serial", "serial R58T40XKQ2P returned", "R58T40XKQ2P"),
    ("port", "listener on 8443", "8443"),
    ("vlan", "VLAN 318 for kiosks", "VLAN 318"),
    ("hash", "sha1 9f04c2ab71e3d85609b1fa7c2e44d0b813a6c95e", "9f04c2ab71e3d85609b1fa7c2e44d0b813a6c95e"),
    ("guid", "session 4e1b09c7-aa52-4d18-9f3e-70b2c6d81e45 hung", "4e1b09c7-aa52-4d18-9f3e-70b2c6d81e45"),
    ("ipv6", "prefix fd12:3456:789a::/48", "fd12:3456:789a::/48"),
    ("server", "resv-db4 disk at 93%", "resv-db4"),
    ("server", "PAY-APP-03 patched", "PAY-APP-03"),
    ("server", "sync.fleet.velmora-kestrup.example.net TLS expired", "sync.fleet.velmora-kestrup.example.net"),
    ("mailbox", "cc harbourops@velmora-kestrup.example.net", "harbourops@velmora-kestrup.example.net"),
    ("mailbox", "bounce from mailer-daemon@velmora-kestrup.example.net", "mailer-daemon@velmora-kestrup.example.net"),
    ("alert", "[WARN] reefer-gw-kos temp 9 C", "reefer-gw-kos"),
    ("alert", "PROBLEM: link-span-hly hydraulics offline", "link-span-hly"),
    ("place", "fog in Seyðisfjörður again", "Seyðisfjörður"),
    ("place", "strike at Batumi port", "Batumi"),
    ("place", "ferry to Ko Samui cancelled", "Ko Samui"),
    ("label_value", "Urgency: 1 - Vessel at berth", "1 - Vessel at berth"),
    ("label_value", "Category: Ticketing / POS", "Ticketing / POS"),
    ("label_value", "Location: Cát Bà ticket hall", "Cát Bà ticket hall"),
    ("policy", "a code dies after 75 seconds", "75 seconds"),
    ("policy", "passphrases must have 19 characters now", "19 characters"),
    ("count", "about 260 bookings lost", "260"),
    ("percent", "battery at 12 %", "12 %"),
    ("keys", "Win+Ctrl+Shift+B on the kiosk", "Win+Ctrl+Shift+B"),
    ("ssid", "VK-Passenger-Free drops", "VK-Passenger-Free"),
    ("word", "the I Lost My Passcode button does nothing", "I Lost My Passcode"),
    ("word", "Sea-Pass Token box is cut off", "Sea-Pass Token"),
    ("temperature", "cold store at -21.5 °C", "-21.5 °C"),
    ("weight", "pallet 812 kg overweight", "812 kg"),
    ("flight", "crew on flight FI 451", "FI 451"),
    ("bus", "shuttle bus 22 late", "bus 22"),
    ("model", "Lenovo ThinkPad X13 Gen 5 hinge", "ThinkPad X13 Gen 5"),
    ("model", "Cisco C9200L-24P port 17", "C9200L-24P"),
    ("duration", "outage lasted 2 h 15 min", "2 h 15 min"),
    ("step", "stage 3 of 5 in setup", "stage 3 of 5"),
    ("street_word", "the Harbour Road barrier stuck", "Harbour Road"),
    ("gate", "gate 6 turnstile offline", "gate 6"),
    ("lane", "lane 12 camera blurred", "lane 12"),
    ("commit", "hotfix 7b3e9d1 deployed", "7b3e9d1"),
    ("license", "licence key expired for ChartWorld", "ChartWorld"),
    ("coord", "position 64°15'N 14°00'W", "64°15'N 14°00'W"),
]

SUBJECTS = ["Crew tablet won't sync rota", "Kiosk printer out of tickets", "Locked out of booking system",
            "Old handset traded in, token app gone with it", "Cannot open freight share", "Starter password not accepted",
            "POS terminal frozen at pier", "Hostel Wi-Fi no internet", "Payslip portal asks for code again",
            "New crew member needs accounts", "Bridge display flickers", "Email bouncing", "Laptop stolen in port"]
NAME_SUBJECTS = ["Accounts for new deckhand {name}", "{LAST}, {first} - locked", "{user} bounced at sign-on",
                 "{host} blue screen", "Allow {mac} on kiosk VLAN", "FW: handset for {name}", "Crew no {staff} missing in HR"]
LEADS = ["Góðan dag,", "Góðan dagin,", "Hei,", "გამარჯობა,", "สวัสดีครับ", "ជម្រាបសួរ", "Xin chào,", "Magandang umaga po,",
         "Habari,", "Pozdrav,", "Bonġu,", "Bore da,", "Hey team,", "", "", "Phoned in from the pier.", "Chat transcript follows:"]
NOTES = ["Leyst.", "Loyst.", "Løst.", "მოგვარდა.", "แก้ไขแล้ว", "បានដោះស្រាយ", "Đã xử lý.", "Ayos na.", "Imetatuliwa.",
         "Riješeno.", "Solvut.", "Wedi'i ddatrys.", "Fixed remotely, closing."]


def _values14(person: Person, rng: random.Random) -> dict:
    """``_values`` plus a numeric tail that command output prints beside an account (not personal)."""
    values = _values(person, rng)
    values["ip_tail"] = (str(rng.randrange(100, 999)), None)
    return values


def build(count: int = 2000, seed: int = 1453) -> list[dict]:
    """The tickets with their truth."""
    from suggest_data.make import PiiBankPlan, build_pii_bank

    return build_pii_bank(PiiBankPlan(
        person=Person, values=_values14, render=_render, probes=PROBES, decoys=DECOYS,
        subjects=SUBJECTS, leads=LEADS, notes=NOTES, start=dt.datetime(2028, 1, 10, 5, 20, 0), minutes=41,
        first_number=4_820_000, decoy_counts=(2, 3, 3, 4, 5, 6),
        name_subjects=NAME_SUBJECTS, name_subject_rate=0.12, subject_values=_values14), count, seed)


def write(out: Path, count: int = 2000, seed: int = 1453) -> None:
    """Write ``pii.csv`` and ``pii-truth.jsonl`` into ``out``."""
    pii_heldout3.write(out, count, seed, build=build)


def main() -> None:
    pii_heldout3.main(write, 1453, __doc__)


if __name__ == "__main__":
    main()
