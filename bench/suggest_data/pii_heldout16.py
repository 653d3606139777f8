"""SIXTEENTH HELD-OUT personal-data bank (v16): FROZEN. Written by a separate helper who never read
kbgen's rule code, before round 16's tuning; the tuners never see it. Only its aggregate figures are
read, once, after the round's merge.

    python3 bench/suggest_data/pii_heldout16.py OUT_DIR [--count 2000] [--seed 1693]

A fictional land-survey, cadastre and aerial-mapping cooperative ("Orvanne-Tasik Geodata Cooperative":
drone crews, GNSS base stations, a photogrammetry studio, a map-print room, field camps and a payroll
office in Vietnam, Georgia, Ghana, Iceland, Slovenia, Nepal, Azerbaijan, Malaysia, the Philippines,
Israel, Thailand, Uzbekistan, Croatia, Latvia, Haiti, Uruguay and Louisiana) writes description-bearing
tickets. Every name, value and phrasing is invented for kbgen. Cue words in Vietnamese, Georgian
(Mkhedruli), Twi, Icelandic, Slovenian, Nepali (Devanagari), Azerbaijani, Malay, Tagalog, Hebrew,
Thai, Uzbek, Croatian, Latvian, Haitian Creole and Rioplatense Spanish beside plain English.
Structures: radio-style and messenger chat logs, crew-lead shift notes, forwarded mails with
signatures (several clients and languages), web-form dumps (YAML-ish, query strings, XML-ish,
semicolon CSV), pasted command output (journalctl, last, w, Get-ADUser, net user, getent, ss, ip neigh,
ping, dig), inventory and roster tables, CSV pastes, and many look-alikes that must stay (survey
marks, parcel numbers, drone serials, flight ids, coordinates, EPSG codes, versions, error codes,
tickets, amounts, dates, product names with capitals, host-like file names, built-in accounts).
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

DOMAIN = "orvanne-tasik.example.com"
AD = "ORVTSK"

FIRST = """Phượng Khải Nhung Diệp Tùng Khuê Lộc Levani Ucha Mzia Tornike Eteri Gvantsa Akua-Serwaa Ekow Abenaa Kwesi Afua
Hrafnkell Ásgeir Brynhildur Hrefna Ísleifur Nataša Gašper Špela Primož Pramila Sujan Anjana Dipendra Günel Elvin
Səbinə Tural Syafiq Farhana Hafizuddin Aqilah Jhunrey Marivic Rodelio Yael Itamar Orly Nadav Thanakorn Rattanaporn
Wiphawee Shahlo Bekzod Nodira Sardorbek Tihomir Dunja Zvonimir Agnese Zaiga Ainārs Rolanndy Widline Frantzy Nahuel
Ayelén Delphine Ambroise""".split()
LAST = """Trịnh Lạc Ông Khúc Quách Levani Chkhaidze Gogoberidze Lortkipanidze Mchedlishvili Ofori Nkansah Appiah-Kubi
Agyemang Darkwa Eyjólfsson Þorvaldsdóttir Snæbjörnsson Pečnik Žagar Kolenc Vidmar Thapa Bhattarai Pokharel Maharjan
Qasımlı Nəsirova Cəfərov Kamaruddin Zulkifli Panganiban Lumaban Mangubat Ben-Haim Bar-Lev Tzur Phongsiri Kittikhun
Saengthong Tursunov Ergashev Xoliqova Rahimberdiyev Vukelić Mikulandra Vītola Krūmiņš Zvirbulis Pierre-Louis
Jean-Baptiste Désir Olivera Techera Fontenot Boudreaux Guidry""".split()
LAST = [n for n in LAST if n != "Levani"] + ["Abdul Rahman", "Mohd Yusof"]

SITES = ["Huế drone camp", "Zugdidi base station", "Sunyani field office", "Egilsstaðir GNSS hut", "Ptuj photo studio",
         "Pokhara hill camp", "Şəki cadastre office", "Kuching map room", "Iloilo survey yard", "Be'er Sheva lab",
         "Chiang Rai staging area", "Nukus depot", "Osijek print room", "Liepāja office", "Jacmel camp",
         "Salto office", "Lafayette payroll"]
DEPTS = ["Cadastre", "Photogrammetry", "Drone Operations", "GNSS Network", "Map Printing", "Field Logistics",
         "Payroll", "Client Accounts", "Geodesy", "Rights & Titles"]
PLANTS = ["HUE", "KUT", "SNY", "EGS", "MBR", "PKR", "SHK", "KCH", "ILO", "BSV", "CRI", "NKS", "OSI", "LPX", "JAK",
          "SLT", "LFT"]

PHONES_INTL = ["+84 91 274 3086", "+84 234 3829 471", "+995 577 41 26 93", "+995 431 24 58 17", "+233 24 418 7350",
               "+233 32 202 6184", "+354 862 4170", "+354 471 2958", "+386 41 572 839", "+386 2 234 61 70",
               "+977 985-6041273", "+977 61 463 582", "+994 50 318 72 46", "+994 22 256 41 08", "+60 12-804 3197",
               "+60 82 247 613", "+63 917 604 2281", "+63 33 320 4716", "+972 54-718-2064", "+66 81 943 2076",
               "+998 90 417 25 83", "+385 98 261 4470", "+371 2936 1842", "+509 3782 6150", "+598 99 417 263",
               "+1 337 482 9106", "0084912743086", "(+995) 577-412-693", "+66-81-9432076", "+233 (0) 24 418 7350"]
PHONES_NAT = ["091 274 30 86", "577 41 26 93", "024 418 7350", "862 4170", "041 572 839", "985-6041273",
              "050 318 72 46", "012-804 3197", "0917 604 2281", "054-718-2064", "081-943-2076", "90 417 25 83",
              "098 261 4470", "2936 1842", "3782 6150", "099 417 263", "(337) 482-9106", "337-482-9106"]
EXT_FORMS = ["máy lẻ {n}", "შიდა {n}", "innanh. {n}", "int. {n}", "daxili {n}", "samb. {n}", "loc. {n}",
             "שלוחה {n}", "ต่อ {n}", "ichki {n}", "kućni {n}", "iekš. {n}", "ekst. {n}", "interno {n}", "ext. {n}",
             "#{n}"]
ADDRESSES = [
    "Số 18 ngõ 42 Trần Hưng Đạo, phường Phú Hội, TP Huế", "Kiệt 7 Lê Lợi, Nhà 14, Huế",
    "ზუგდიდი, რუსთაველის ქ. 63, ბ. 12", "Poti, Nikoladze q. 81, bina 14",
    "Plot 17, Penkwase Estate, Sunyani", "P.O. Box SY 4418, Sunyani, Bono",
    "Fagradalsbraut 11, 700 Egilsstaðir", "Hafnarstræti 88, íbúð 203, 600 Akureyri",
    "Potrčeva 29, 2250 Ptuj", "Krekova 4a, 2310 Slovenska Bistrica",
    "Lakeside-6, Baidam Marg, Pokhara 33700", "काठमाडौं महानगरपालिका-10, बानेश्वर, घर नं 482",
    "Şəki ş., M.F.Axundzadə küç. 51, m. 17", "Lot 2291, Lorong Tabuan Desa 3, 93350 Kuching, Sarawak",
    "Blk 14 Lot 8, Phase 2 Ledesma Homes, Jaro, Iloilo City 5000", "רחוב הרצל 112 דירה 6, באר שבע 8441213",
    "88/14 หมู่ 3 ต.ริมกก อ.เมือง เชียงราย 57100", "Nukus sh., Doslıq guzarı 19-uy, 7-kv.",
    "Vukovarska 146, 31000 Osijek", "Graudu iela 27-4, Liepāja, LV-3401", "Ruelle Vaillant #9, Jacmel, Haïti",
    "Av. Artigas 1277 apto 3, 50000 Salto", "418 Rue des Cypres, Arnaudville, LA 70512",
    "PO Box 61027, Lafayette, LA 70596",
]


def _mac(rng: random.Random) -> str:
    """A MAC address as drones, base stations and laptops print it."""
    raw = "".join(rng.choice("0123456789abcdef") for _ in range(12))
    raw = raw.upper() if rng.random() < 0.5 else raw
    form = rng.choice([0, 0, 1, 2, 3])
    if form == 3:
        return raw
    if form == 2:
        return ".".join(raw[i:i + 4] for i in range(0, 12, 4))
    return ["-", ":"][form].join(raw[i:i + 2] for i in range(0, 12, 2))


def _ip(rng: random.Random) -> str:
    """An address of the cooperative's camps, offices or a caller's home line."""
    return rng.choice([f"10.{rng.randrange(16, 99)}.{rng.randrange(0, 255)}.{rng.randrange(2, 254)}",
                       f"172.{rng.randrange(16, 32)}.{rng.randrange(0, 255)}.{rng.randrange(2, 254)}",
                       f"192.168.{rng.randrange(50, 255)}.{rng.randrange(2, 254)}",
                       f"{rng.choice([14, 37, 103, 113, 157, 185, 202])}.{rng.randrange(0, 255)}.{rng.randrange(0, 255)}.{rng.randrange(2, 254)}"])


class Person:
    """One person with the values a ticket may give about them."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.first = rng.choice(FIRST)
        self.last = rng.choice(LAST)
        self.uid = self._username()

    def name(self) -> str:
        f, l, r = self.first, self.last, self.rng.random()
        forms = [(0.28, f"{f} {l}"), (0.38, f"{l}, {f}"), (0.45, f"{l.upper()} {f}"), (0.54, _plain(f"{f} {l}")),
                 (0.6, f"{f} {l}".upper()), (0.66, f"{f[0]}. {l}"), (0.74, f"{l} {f}"),
                 (0.8, f"{f} {l}".lower()), (0.86, f"{f} {l[0]}."), (0.93, _plain(f"{l}, {f}").lower()),
                 (1.0, f"{_plain(l).upper()},{_plain(f)}")]
        return next(text for limit, text in forms if r < limit)

    def _username(self) -> str:
        f, l = _ascii(self.first) or "q", _ascii(self.last) or "z"
        n = self.rng.randrange(2, 980)
        return self.rng.choice([f"{f[:1]}{l[:6]}{n % 10}", f"{l[:5]}.{f[:1]}", f"ot{self.rng.randrange(40_000, 79_999)}",
                                f"{f}{l[:2]}", f"{f[:3]}_{l[:3]}", f"{l}{f[:2]}{n % 100:02d}", f"{f}-{l}"[:18],
                                f"g{l[:4]}{n:03d}", f"{f[:1]}{f[-1:]}{l[:4]}", f"{l[:3]}{f[:3]}"])

    def username(self) -> str:
        return self.uid

    def email(self) -> str:
        f, l = _ascii(self.first) or "q", _ascii(self.last) or "z"
        host = self.rng.choice(["vnpt-hop.example.vn", "magti-post.example.ge", "mtn-inbox.example.gh",
                                "simnet-mail.example.is", "siol-posta.example.si", "wlink-mail.example.np",
                                "azercell-box.example.az", "tm-mel.example.my", "pldt-inbox.example.ph",
                                "bezeq-doar.example.il", "tot-mail.example.th", "uzonline-pochta.example.uz",
                                "iskon-posta.example.hr", "lattelecom-pasts.example.lv", "digicel-imel.example.ht",
                                "antel-correo.example.uy", "cajun-net.example.us", DOMAIN])
        return self.rng.choice([f"{f}.{l}@{host}", f"{l}.{f[:1]}@{host}", f"{f}{self.rng.randrange(1960, 2005)}@{host}",
                                f"{f[:1]}{l}@{host}", f"{l}_{f}@{host}", f"{f.upper()}.{l.upper()}@{host}",
                                f"{f}+survey@{host}"])

    def email_obf(self) -> str:
        f, l = _ascii(self.first) or "q", _ascii(self.last) or "z"
        return self.rng.choice([f"{f}.{l} a còng vnpt-hop chấm example chấm vn",
                                f"{l} [ at ] simnet-mail [ dot ] example [ dot ] is",
                                f"{f}{l[:2]} AT tm-mel DOT example DOT my",
                                f"{f} afna siol-posta pika example pika si",
                                f"{l}.{f} <at> antel-correo <punto> example <punto> uy",
                                f"{f}_{l} (ät) lattelecom-pasts (punkts) example (punkts) lv",
                                f"{f} at pldt-inbox dot example dot ph",
                                f"{l}{f[:1]} @ tcom-posta . example . hr"])

    def host(self) -> str:
        """A worker's device; some carry the owner's name or account."""
        l, f = _ascii(self.last) or "z", _ascii(self.first) or "q"
        p = self.rng.choice(PLANTS)
        n = self.rng.randrange(1, 99999)
        kind = self.rng.choice(["RUG", "DSK", "TAB", "ULT", "GNS", "WKS"])
        return self.rng.choice([
            f"OT-{p}-{kind}{n % 1000:03d}", f"{p.lower()}{kind.lower()}{n % 10000:04d}", f"{self.uid}-rugged",
            f"{kind}{n % 100000:05d}{p}", f"{f}s-toughbook", f"{l[:7]}-{p.lower()}.corp.{DOMAIN}",
            f"ws{n % 10000:04d}.{p.lower()}.orvanne.local", f"{p}-{n % 1000:03d}-{kind}", f"zbook-{l[:6]}",
            f"{f[:1]}{l[:6]}-air", f"{p}{kind}-{l[:4].upper()}"])


def _otp(rng: random.Random) -> str:
    n = str(rng.randrange(100_000_000, 999_999_999))
    letters = "".join(rng.choice("BCDFGHKLMNPRSTVWXZ2579") for _ in range(rng.choice([6, 8])))
    return rng.choice([n[:6], n[:6], n[:6], n[:7], n[:8], f"{n[:3]} {n[3:6]}", f"{n[:3]}-{n[3:6]}",
                       f"{n[:2]} {n[2:4]} {n[4:6]}", f"{n[:4]} {n[4:8]}", letters, f"{letters[:4]}-{letters[4:]}",
                       f"G-{n[:6]}", f"{n[:6]}#"])


_PW_WORDS = ["PuTaLeng", "Tetnuldi", "Kakum", "Herdubreid", "Mangart", "Dhaulagiri", "Shahdag", "Murud", "Apo",
             "Tavor", "DoiInthanon", "Beshtor", "Velebit", "Gaizins", "Macaya", "Catedral", "Atchafalaya",
             "theodolite", "trilateration", "contour", "orthophoto", "isohypse", "plumbline"]
_PW_CHARS = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789!@#$%^&*-_+=~?"


def _password(rng: random.Random) -> str:
    w = rng.choice(_PW_WORDS)
    a, b = (x.lower() for x in rng.sample(_PW_WORDS, 2))
    gen = "".join(rng.choice(_PW_CHARS) for _ in range(rng.choice([9, 11, 14, 20])))
    return rng.choice([
        gen, gen, f"{w}#{rng.randrange(100, 999)}", f"{a}-{b}-{rng.randrange(10, 99)}", f"{w[:6]}{rng.randrange(2030, 2040)}!",
        f"{rng.choice('@%&')}{w.upper()[:5]}{rng.randrange(1, 99)}", f"{a.capitalize()}{b.capitalize()}{rng.choice('?~=')}",
        f"{w.lower()[::-1]}{rng.randrange(100, 999)}", f"{gen[:4]}{w[:3]}{gen[4:8]}", f"{b[:4]}{rng.randrange(1000, 9999)}{a[:2].upper()}!"])


def _staff(rng: random.Random) -> str:
    return rng.choice([f"OTG-{rng.randrange(100_000, 999_999)}", f"G{rng.randrange(0, 99_999):05d}{rng.choice('ABCKMT')}",
                       f"{rng.randrange(100, 999)}.{rng.randrange(100, 999)}.{rng.randrange(10, 99)}",
                       f"{rng.choice(PLANTS)}-{rng.randrange(1000, 99999)}", str(rng.randrange(7_000_000, 7_999_999)),
                       f"OT {rng.randrange(10, 99)} {rng.randrange(1000, 9999)}", f"C{rng.randrange(10, 99)}/{rng.randrange(100, 999)}",
                       f"{rng.randrange(10, 99)}{rng.choice('RSVW')}{rng.randrange(1000, 9999)}"])


def _values(person: Person, rng: random.Random) -> dict:
    """Slot name -> (value, kind of personal data or None)."""
    ext = str(rng.randrange(200, 8999))
    hh, mm = rng.randrange(0, 24), rng.randrange(60)
    srv = rng.choice(["cors-caster01", "ortho-render-3", "parcel-db", "tilecache-kch", "payroll-lft", "bastion2"])
    ip = _ip(rng)
    return {
        "name": (person.name(), "person_name"), "first": (person.first, "person_name"),
        "last": (person.last, "person_name"), "LAST": (_plain(person.last).upper(), "person_name"),
        "first_plain": (_plain(person.first), "person_name"),
        "user": (person.username(), "username"), "user2": (Person(rng).username(), "username"),
        "email": (person.email(), "email"), "email_obf": (person.email_obf(), "email"),
        "phone": (rng.choice(PHONES_INTL), "phone"), "phone_nat": (rng.choice(PHONES_NAT), "phone"),
        "phone_ext": (f"{rng.choice(PHONES_INTL)} {rng.choice(EXT_FORMS).format(n=ext)}", "phone"),
        "address": (rng.choice(ADDRESSES), "address"),
        "staff": (_staff(rng), "employee_id"),
        "otp": (_otp(rng), "otp"),
        "password": (_password(rng), "password"), "password2": (_password(rng), "password"),
        "host": (person.host(), "hostname"), "host2": (Person(rng).host(), "hostname"),
        "ip": (ip, "ipv4"), "ip2": (_ip(rng), "ipv4"),
        "ip_defang": (ip.replace(".", "[.]"), "ipv4"), "ip_dot": (ip.replace(".", "[dot]"), "ipv4"),
        "mac": (_mac(rng), "mac"),
        "card": (_card(rng), "credit_card"),
        "dept": (rng.choice(DEPTS), None), "site": (rng.choice(SITES), None), "srv": (srv, None),
        "time": (f"{hh:02d}:{mm:02d}", None), "time2": (f"{hh:02d}:{(mm + 3) % 60:02d}", None),
        "pid": (str(rng.randrange(1000, 65000)), None), "port": (str(rng.randrange(30000, 61000)), None),
        "AD": (AD, None), "DOMAIN": (DOMAIN, None),
    }


PROBES = [
    # radio-style and messenger chat logs
    "{time} [ch2] {first}: base, this is camp, my tablet password is {password} and it still says no",
    "{time} (Viber) {name}: xin chào, mã OTP là {otp}\n{time2} (Viber) desk: cảm ơn",
    "<{time}> {user}: the rover won't log me in\n<{time2}> otg-desk: which machine?\n<{time2}> {user}: {host}",
    "{time} Signal | {first}: call me on {phone} when you see this",
    "[{time}] customer > the code from the text: {otp}",
    "[{time}] agent > what is your staff number?\n[{time2}] customer > {staff}",
    "{time} {user} has entered the room\n{time} {user}: my laptop got {ip} from the hotspot, nothing loads",
    "[{time}] Telegram {first}: nabalitaan ko password ko ay {password}",
    "{time} 👤 {name}: gamitin mo {phone_nat}",
    "{time} | {name} | ההודעה: הקוד שלי {otp}",
    "[{time}] bot: new sign-in for {user} from {ip}, if this was not you press DENY",
    # crew-lead and agent notes
    "Crew lead note ({dept}): {name} got a starter password {password}, must change on first use.",
    "Verified the caller by the code in her authenticator ({otp}); reset the MFA registration.",
    "Added {user} to GG-Cadastre-Edit, rebooted {host} twice.",
    "Payroll check: staff number {staff} = {name}, contract runs to year end.",
    "Tried {phone_nat} at {time}, no answer, SMS left.",
    "Reimaged {host}; handed back to {first} at the {site}.",
    "New ID badge printed for {name} (staff {staff}).",
    "Spare rugged tablet posted to {address}.",
    "Deliver to: {name} - {address} - {phone}",
    "Asked {first} to read back the code: {otp}.",
    "User typed the old password {password} and then {password2} in the chat; told them to change both now.",
    "Interim password set: {password}",
    "Remote session to {host} ({ip}) ended {time}.",
    "Tablet {host} got {ip} by DHCP, MAC {mac}.",
    "Moved {user} and {user2} into OU=FieldCrews.",
    "Escalated: {LAST} still cannot reach the parcel viewer.",
    "{first_plain} from {dept} says the same thing happens to her.",
    # forwarded mails and signatures
    "---------- Forwarded message ---------\nFrom: {name} <{email}>\nDate: {time}\nSubject: base station offline",
    "-----Original Message-----\nFrom: {email}\nSent: {time}\nTo: helpdesk@{DOMAIN}\nSubject: drone logs",
    "Vào lúc {time}, {name} <{email}> đã viết:\n> số mới của tôi là {phone}",
    "Am {time} schrieb {name} <{email}>:\n> bitte Rückruf",
    "On {time}, {name} wrote:\n> my home mail is {email_obf}",
    "El {time}, {name} escribió:\n> pasame por WhatsApp al {phone}",
    "Kind regards,\n{name}\n{dept} | {site}\nM: {phone}",
    "Með kveðju,\n{first} {last}\ns. {phone_ext}",
    "Lep pozdrav,\n{name}\nGSM: {phone_nat}",
    "პატივისცემით,\n{name}\nტელ: {phone}",
    "Hörmətlə,\n{name}\nmob. {phone_ext}",
    "Salamat po,\n{name}\nCP# {phone_nat}",
    "בברכה,\n{name}\nנייד {phone}",
    "ขอบคุณครับ\n{name}\nโทร {phone_ext}",
    "Hurmat bilan, {name} | tel. {phone_nat}",
    "S poštovanjem,\n{first} {last}\nmob {phone}",
    "Ar cieņu,\n{name}\n{phone_ext}",
    "Mèsi anpil,\n{name}\nTel: {phone}",
    "Saludos, {first} · cel {phone_nat}",
    "Medaase,\n{name}\n{phone}",
    "Get Outlook for iOS | {name} | {phone_ext}",
    # form dumps
    "requester: {name}\nstaff_no: {staff}\nsite: {site}\nmobile: {phone}",
    "?user={user}&staff={staff}&site={site}",
    "<applicant><name>{name}</name><empno>{staff}</empno></applicant>",
    "name;staff_no;login\n{name};{staff};{user}",
    "FULL NAME ..... {name}\nEMPLOYEE NO ... {staff}\nDEPARTMENT .... {dept}",
    "Số hiệu nhân viên: {staff}",
    "ტაბელის ნომერი: {staff}",
    "Starfsnúmer: {staff}",
    "Številka zaposlenega: {staff}",
    "कर्मचारी नम्बर: {staff}",
    "İşçi nömrəsi: {staff}",
    "No. pekerja: {staff}",
    "ID ng kawani: {staff}",
    "מספר עובד: {staff}",
    "เลขประจำตัวพนักงาน: {staff}",
    "Xodim raqami: {staff}",
    "Matični broj radnika: {staff}",
    "Darbinieka nr.: {staff}",
    "Nimewo anplwaye: {staff}",
    "Legajo: {staff}",
    "Địa chỉ nhà: {address}",
    "საცხოვრებელი მისამართი — {address}",
    "Lögheimili: {address}",
    "Naslov: {address}",
    "ठेगाना: {address}",
    "Ünvan: {address}",
    "Alamat rumah: {address}",
    "Address sa bahay: {address}",
    "כתובת מגורים: {address}",
    "ที่อยู่ปัจจุบัน {address}",
    "Yashash manzili: {address}",
    "Adresa prebivališta: {address}",
    "Adrese: {address}",
    "Adrès lakay: {address}",
    "Domicilio: {address}",
    "Home address (for the payslip) - {address}",
    "moved house, post now goes to {address}",
    "{name}\n{address}\n{phone_nat}",
    "Mật khẩu tạm: {password}",
    "დროებითი პაროლი: {password}",
    "Bráðabirgðalykilorð: {password}",
    "Začasno geslo: {password}",
    "अस्थायी पासवर्ड: {password}",
    "Müvəqqəti şifrə: {password}",
    "Kata laluan sementara: {password}",
    "Pansamantalang password: {password}",
    "סיסמה זמנית: {password}",
    "รหัสผ่านชั่วคราว {password}",
    "Vaqtinchalik parol: {password}",
    "Privremena lozinka: {password}",
    "Pagaidu parole: {password}",
    "Modpas tanporè: {password}",
    "Contraseña provisoria: {password}",
    "Mã xác thực: {otp}",
    "დადასტურების კოდი: {otp}",
    "Staðfestingarkóði: {otp}",
    "Potrditvena koda {otp}",
    "Təsdiq kodu: {otp}",
    "Kod pengesahan: {otp}",
    "קוד אימות: {otp}",
    "รหัสยืนยัน {otp}",
    "Tasdiqlash kodi: {otp}",
    "Kòd verifikasyon: {otp}",
    "Tên đăng nhập: {user}",
    "მომხმარებელი: {user}",
    "Innskráningarnafn: {user}",
    "Uporabniško ime: {user}",
    "Istifadəçi adı: {user}",
    "Nama pengguna: {user}",
    "שם משתמש: {user}",
    "ชื่อเข้าระบบ: {user}",
    "Korisničko ime: {user}",
    "Lietotājvārds: {user}",
    "Usuario de red -> {user}",
    "E-pasts: {email}",
    "Thư điện tử: {email}",
    "Card used for the hotel: {card}",
    "Kartica {card} exp 11/32",
    # pasted command output
    "Mar 11 {time}:07 bastion2 sshd[{pid}]: Invalid user {user} from {ip} port {port}",
    "Mar 11 {time}:09 bastion2 sshd[{pid}]: pam_unix(sshd:auth): authentication failure; rhost={ip} user={user}",
    "$ last -n 3\n{user}  pts/0  {ip}  Tue Mar 11 {time}   still logged in",
    "$ w\n USER     TTY   FROM           LOGIN@\n {user}   pts/2 {ip}   {time}",
    "PS> Get-ADUser {user} | select Name,SamAccountName\nName           SamAccountName\n{name}   {user}",
    "C:\\>net user {user} /domain\nUser name                    {user}\nFull Name                    {name}",
    "$ getent passwd {user}\n{user}:x:{pid}:{pid}:{name}:/home/{user}:/bin/bash",
    "$ ss -tnp | grep {port}\nESTAB 0 0 10.40.2.9:22 {ip}:{port}",
    "$ ip neigh\n{ip} dev eth0 lladdr {mac} REACHABLE",
    "PING {host} ({ip}) 56(84) bytes of data.",
    "$ dig +short {host}\n{ip}",
    "journalctl: {time} cors-caster01 ntrip[{pid}]: client {user}@{ip} rejected (bad credentials)",
    "runas /user:{AD}\\{user} cmd.exe",
    "net use P: \\\\plots\\cadastre /user:{AD}\\{user} {password}",
    "curl -u {user}:{password} https://parcel-db/api/v2/ping",
    "blocked {ip_defang} after 40 failed logins",
    "threat intel: {ip_dot} seen scanning the NTRIP port",
    "firewall: allow {ip}/32 -> tilecache-kch:443",
    "proxy: {ip} {user} GET /tiles/17/",
    "RDP {ip}:3389 opened from {host2}",
    # inventory and roster tables, CSV pastes
    "Tag | Holder | Device | IP | MAC\nOTA-55810 | {name} | {host} | {ip} | {mac}",
    "device,holder,mac\n{host},{user},{mac}",
    "Unit\t{host}\nIssued to\t{name} / {user}\nLast seen\t{ip}",
    "* {host} -> {first} {last} ({dept})",
    "Roster | {name} | {phone_nat} | {site}",
    "\"{LAST}\",\"{first}\",\"{staff}\",\"{dept}\"",
    # plain prose
    "my login is {user} and I'm at the {site}",
    "hello it is {name} from {dept}, the parcel viewer throws me out",
    "please ring {first} back on {phone}",
    "{user} cannot sign in since the update",
    "{user} locked again",
    "left {host} on the bus to the camp",
    "he stuck his password on the monitor: {password}",
    "entered {otp} but it says expired",
    "my staff no is {staff}",
    "email me at {email} pls",
    "payslips should go to {address}",
    "{first} {last} started Monday, needs a drone log account",
]

DECOYS = [
    ("version", "QGIS 3.44.2 crashes on reprojection", "3.44.2"),
    ("version", "Android 17 on the field tablets", "Android 17"),
    ("version", "rover firmware v6.02.118 released", "v6.02.118"),
    ("version", "client 12.8.0.3391 rolled out", "12.8.0.3391"),
    ("version", "from 2.6.4.1 to 2.7", "2.6.4.1"),
    ("build", "Windows build 27842.1009 queued", "27842.1009"),
    ("error", "error 0x80070643 during install", "0x80070643"),
    ("error", "HTTP 429 from the tile server", "429"),
    ("error", "PG error 53300 too many connections", "53300"),
    ("error", "Event ID 4740 every morning", "4740"),
    ("error", "returned exit code 139", "exit code 139"),
    ("error", "NTRIP ERROR - Bad Password from caster", "ERROR - Bad Password"),
    ("ticket", "linked to RITM0204471", "RITM0204471"),
    ("ticket", "problem PRB0007719 known", "PRB0007719"),
    ("ticket", "vendor case 02931185", "02931185"),
    ("ticket", "Jira GEO-5120 in progress", "GEO-5120"),
    ("ticket", "duplicate of INC7318820", "INC7318820"),
    ("kb", "see KB0073317 section 2", "KB0073317"),
    ("amount", "invoice VND 4.850.000", "VND 4.850.000"),
    ("amount", "GEL 1 275.40 per month", "GEL 1 275.40"),
    ("amount", "GHS 3,120.00 fuel advance", "GHS 3,120.00"),
    ("amount", "ISK 48.900 per night", "ISK 48.900"),
    ("amount", "total 2.115,60 EUR", "2.115,60 EUR"),
    ("amount", "NPR 12,500 per diem", "NPR 12,500"),
    ("amount", "THB 6,480 van hire", "THB 6,480"),
    ("amount", "USD 740.25 drone battery", "USD 740.25"),
    ("date", "flight on 2031-05-19", "2031-05-19"),
    ("date", "due 19/05/2031", "19/05/2031"),
    ("date", "valid until 19.05.2031.", "19.05.2031"),
    ("date", "since 19 tháng 5 năm 2031", "19 tháng 5 năm 2031"),
    ("date", "Buddhist calendar 2574", "2574"),
    ("time", "window 21:30-23:45", "21:30-23:45"),
    ("room", "print room C1.208", "C1.208"),
    ("room", "meeting room Mangart 2", "Mangart 2"),
    ("room", "cabin 4-B generator", "4-B"),
    ("section", "per clause 9.4.3", "9.4.3"),
    ("product", "Trimble R12i not fixing", "R12i"),
    ("product", "Leica Infinity import stalls", "Leica Infinity"),
    ("product", "DJI Matrice 350 RTK grounded", "Matrice 350 RTK"),
    ("product", "Agisoft Metashape Professional licence", "Agisoft Metashape Professional"),
    ("product", "Panasonic Toughbook 40 keyboard", "Toughbook 40"),
    ("product", "ParcelWise Atlas slow", "ParcelWise Atlas"),
    ("product", "HP DesignJet T1700 plots blank", "DesignJet T1700"),
    ("asset", "asset OTA-208811 retired", "OTA-208811"),
    ("serial", "drone serial 1ZNBJ7X00C04RF", "1ZNBJ7X00C04RF"),
    ("flight", "flight id FL-31-0442 aborted", "FL-31-0442"),
    ("mark", "survey mark BM-HUE-117 destroyed", "BM-HUE-117"),
    ("parcel", "parcel 12/4471-3 boundary dispute", "12/4471-3"),
    ("parcel", "lot no. 0093-B-221 resurveyed", "0093-B-221"),
    ("coord", "point at 16.4637 N, 107.5909 E", "16.4637 N, 107.5909 E"),
    ("coord", "origin 41°38'12\"N 42°58'40\"E", "41°38'12\"N 42°58'40\"E"),
    ("epsg", "reproject to EPSG:32648", "EPSG:32648"),
    ("accuracy", "RTK fix 0.014 m horizontal", "0.014 m"),
    ("height", "antenna height 1.805 m", "1.805 m"),
    ("gsd", "GSD 2.4 cm/px", "2.4 cm/px"),
    ("port", "caster listens on 2101", "2101"),
    ("vlan", "VLAN 2207 for the drones", "VLAN 2207"),
    ("hash", "sha1 9e4c01d7a2b38f5560c1e9d4b7a02f63e8d1c590", "9e4c01d7a2b38f5560c1e9d4b7a02f63e8d1c590"),
    ("guid", "run 4f1d2b7e-09c3-4a86-b5e1-7d3c9a0e62f4 failed", "4f1d2b7e-09c3-4a86-b5e1-7d3c9a0e62f4"),
    ("ipv6", "prefix 2001:db8:7c0::/48", "2001:db8:7c0::/48"),
    ("server", "ortho-render-3 at 96% disk", "ortho-render-3"),
    ("server", "PARCEL-DB failover done", "PARCEL-DB"),
    ("server", "cert expiring on tiles.kch.orvanne-tasik.example.com", "tiles.kch.orvanne-tasik.example.com"),
    ("server", "bastion2 unreachable since noon", "bastion2"),
    ("mailbox", "cc cadastre-team@orvanne-tasik.example.com", "cadastre-team@orvanne-tasik.example.com"),
    ("mailbox", "from do-not-reply@orvanne-tasik.example.com", "do-not-reply@orvanne-tasik.example.com"),
    ("alert", "WARNING: gnss-egs-02 no satellites", "gnss-egs-02"),
    ("alert", "[CRIT] ups-pkr-camp battery 9%", "ups-pkr-camp"),
    ("file", "attached orthomosaic_hue.tif", "orthomosaic_hue.tif"),
    ("file", "open boundary.final.dwg", "boundary.final.dwg"),
    ("file", "run install-agent.x86.exe", "install-agent.x86.exe"),
    ("file", "edit ntrip.caster.conf", "ntrip.caster.conf"),
    ("file", "see logs/flight.2031-05-19.csv", "flight.2031-05-19.csv"),
    ("file", "read survey.plan.kmz", "survey.plan.kmz"),
    ("place", "flood near Hội An", "Hội An"),
    ("place", "landslide on the road to Mestia", "Mestia"),
    ("place", "fog over Tamale", "Tamale"),
    ("place", "crews stuck in Jomsom", "Jomsom"),
    ("label_value", "Priority: 3 - Crew blocked", "3 - Crew blocked"),
    ("label_value", "Category: Field Kit / GNSS", "Field Kit / GNSS"),
    ("label_value", "Location: Kuching map room", "Kuching map room"),
    ("policy", "codes are valid for 45 seconds", "45 seconds"),
    ("policy", "passphrases need 19 characters", "19 characters"),
    ("count", "about 212 parcels affected", "212"),
    ("percent", "memory at 88 %", "88 %"),
    ("keys", "hold Fn+F12", "Fn+F12"),
    ("ssid", "OTG-Field-Hotspot drops", "OTG-Field-Hotspot"),
    ("word", "the Reset My Sign-In button is gone", "Reset My Sign-In"),
    ("word", "Parcel Viewer Login page loops", "Parcel Viewer Login"),
    ("temperature", "tablet at 61 °C in the sun", "61 °C"),
    ("model", "Dell Latitude 5430 Rugged screen", "Latitude 5430 Rugged"),
    ("model", "Ubiquiti UAP-AC-M flashing", "UAP-AC-M"),
    ("duration", "offline for 5 h 12 min", "5 h 12 min"),
    ("step", "stage 3 of 7 fails", "stage 3 of 7"),
    ("street_word", "Phan Chu Trinh gate locked", "Phan Chu Trinh"),
    ("commit", "reverted 7d0e4b1", "7d0e4b1"),
    ("oid", "walk 1.3.6.1.4.1.55033.4", "1.3.6.1.4.1.55033.4"),
    ("account", "guest account enabled on the kiosk", "guest"),
    ("account", "log in as Administrator first", "Administrator"),
    ("account", "cron runs as root", "root"),
    ("account", "service account svc-ntrip expired", "svc-ntrip"),
    ("account", "the shared login fieldkiosk", "fieldkiosk"),
    ("order", "purchase order PO-31-004417", "PO-31-004417"),
    ("order", "order #A88-1203 shipped", "#A88-1203"),
    ("person_like", "Mount Murud imagery late", "Mount Murud"),
    ("person_like", "St. Lucia Ave control point", "St. Lucia Ave"),
]

SUBJECTS = ["Parcel viewer rejects my login", "Rover tablet no data link", "Locked out of cadastre", "New phone, MFA app missing",
            "Cannot reach plots share", "Starter password refused", "Drone logs won't upload", "Camp hotspot down",
            "Pay statement site wants a code", "Accounts for summer crew", "Tablet left on the bus", "Mail stuck in outbox",
            "VPN dies in the mountains", "Base station offline"]
NAME_SUBJECTS = ["Accounts for new surveyor {name}", "{LAST} {first} - can't sign in", "{user} locked after field trip",
                 "{host} stop error on boot", "Allow {mac} on drone VLAN", "Fwd: tablet for {name}", "Staff no {staff} missing from payroll",
                 "Block {ip} - brute force", "net user {user} disabled?", "{first_plain} cannot open parcel viewer"]
LEADS = ["Xin chào,", "გამარჯობა,", "Maakye,", "Góðan dag,", "Živjo,", "नमस्ते,", "Salam,", "Selamat petang,", "Magandang umaga,",
         "שלום,", "สวัสดีครับ", "Assalomu alaykum,", "Bok,", "Labdien,", "Bonjou,", "Buenas,", "", "", "Call transcript:",
         "Pasted from the crew chat:"]
NOTES = ["Đã xử lý.", "მოგვარდა.", "Ɛyɛ.", "Leyst.", "Rešeno.", "समाधान भयो।", "Həll olundu.", "Selesai.", "Naayos na.",
         "טופל.", "แก้ไขแล้ว", "Hal qilindi.", "Riješeno.", "Atrisināts.", "Rezoud.", "Resuelto.", "Sorted via remote control."]


def build(count: int = 2000, seed: int = 1693) -> list[dict]:
    """The tickets with their truth."""
    from suggest_data.make import PiiBankPlan, build_pii_bank

    return build_pii_bank(PiiBankPlan(
        person=Person, values=_values, render=_render, probes=PROBES, decoys=DECOYS,
        subjects=SUBJECTS, leads=LEADS, notes=NOTES, start=dt.datetime(2031, 5, 5, 5, 25, 0), minutes=47,
        first_number=5_460_000, decoy_counts=(1, 2, 3, 3, 4, 5, 6),
        name_subjects=NAME_SUBJECTS, name_subject_rate=0.15), count, seed)


def write(out: Path, count: int = 2000, seed: int = 1693) -> None:
    """Write ``pii.csv`` and ``pii-truth.jsonl`` into ``out``."""
    pii_heldout3.write(out, count, seed, build=build)


def main() -> None:
    pii_heldout3.main(write, 1693, __doc__)


if __name__ == "__main__":
    main()
