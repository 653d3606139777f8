"""TENTH HELD-OUT personal-data bank (v10): FROZEN. Written and committed before any redaction tuning
of round 10; never tuned on. Only its aggregate figures are read, once, at the end of the round.

    python3 bench/suggest_data/pii_heldout10.py OUT_DIR [--count 2000] [--seed 211]

A fictional seed-vault, agronomy and soil-science network ("Skarvik-Ayllu Seed Trust", vaults and
field stations in Iceland, the Faroe Islands, Greenland, Estonia, Latvia, Lithuania, Georgia,
Armenia, Azerbaijan, Kazakhstan, Uzbekistan, Kyrgyzstan, Mongolia, Nigeria, Senegal, Ethiopia,
Somalia, Peru, Chile, Wales, Ireland, the Basque Country, Catalonia and Galicia) writes
description-bearing tickets. Every name, value and phrasing is invented for kbgen (nothing is copied
from the evaluation data or the earlier banks). Cue words in Icelandic, Faroese, Estonian, Latvian,
Lithuanian, Georgian, Armenian, Azerbaijani, Kazakh, Uzbek and Mongolian romanised, Yoruba, Hausa,
Wolof, Amharic and Somali romanised, Quechua, Chilean Spanish, Welsh, Irish, Basque, Catalan and
Galician; structures not used before: a credential dictated letter by letter and then written whole,
a secret inside a sentence with its cue after it, a value after an arrow or an equals sign in
prose, a key-value log line with unusual keys, a form pasted with labels glued to their values, a
value quoted in back-ticks, a name reappearing in another case or glued into a machine name, a user
id that reappears inside a host name, staff numbers beside a name or a label of another language;
and many look-alikes of the same shapes that must stay (lot and accession numbers, seed-sample ids,
GPS fixes, soil measures, firmware builds, error codes, ticket and change refs, KB ids, role
mailboxes, server and sensor names, machine hosts in monitoring alerts).

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

DOMAIN = "skarvik-ayllu.example.net"
CORP = "corp.skarvik-ayllu.example.net"

FIRST = """Hrafnhildur Eyvindur Sigrún Þórdís Rógvi Jógvan Malik Aputsiaq Kaja Tõnis Mairi Ilze Kārlis Ieva
Gintarė Mindaugas Nino Giorgi Tamar Lusine Armen Gohar Aytən Rəşad Ləman Aigerim Nurlan Dilnoza Jasur Aibek
Gulnara Bolormaa Batbayar Oyunchimeg Adébáyọ̀ Folásadé Olúwaseun Aminu Zainab Hadiza Moussa Awa Ndèye Selam
Tesfaye Hirut Abdirahman Hodan Faadumo Wayra Killa Amaru Yupanqui Catalina Javiera Bastián Rhiannon Gethin
Eluned Aoife Cathal Niamh Iñaki Ane Garazi Jordi Montserrat Xoán Uxía Breixo""".split()
LAST = """Sveinsdóttir Hallgrímsson Poulsen Joensen Kristiansen Lynge Tamm Saar Kask Bērziņš Kalniņa Ozoliņš
Kazlauskienė Petrauskas Beridze Kapanadze Lomidze Hakobyan Sargsyan Grigoryan Məmmədova Əliyev Hüseynli
Nurpeisova Seitkali Yusupova Rakhimov Toktogulov Ganbaatar Dorjsuren Tsogt Adébáyọ̀ Okonkwo Balogun Abubakar
Usman Diop Ndiaye Faye Gebremedhin Alemu Tadesse Warsame Farah Hirsi Mamani Quispe Huamán Condori Araya
Pizarro Fuentealba Llewelyn Pritchard Ó Súilleabháin Mac Giolla Etxeberria Agirre Urrutia Puigdemont
Vilaró Castelao Outeiriño""".split() + ["Ni Bhriain", "de Olaso", "van der Berg", "Ter-Petrosyan", "Al Hashimi"]

SITES = ["Reykjavík vault", "Tórshavn station", "Nuuk field hut", "Tartu lab", "Jelgava greenhouse",
         "Kaunas lab", "Kutaisi station", "Gyumri store", "Ganja plots", "Almaty vault", "Samarkand plots",
         "Osh office", "Darkhan station", "Ibadan lab", "Thiès plots", "Debre Zeit station", "Hargeisa office",
         "Cusco potato park", "Temuco lab", "Aberystwyth store", "Carlow plots", "Gasteiz lab", "Lleida orchard",
         "Ourense plots"]
DEPTS = ["Germplasm", "Seed Cold Store", "Soil Science", "Field Trials", "Bioinformatics", "Grants Office",
         "People Team", "Facilities", "Logistics", "Herbarium"]
CODES = ["REY", "TOR", "NUK", "TRT", "JLG", "KUN", "KTS", "GYU", "GNJ", "ALA", "SKD", "OSS", "DRK", "IBA",
         "THS", "DZE", "HGA", "CUZ", "TMC", "ABY", "CAR", "VIT", "LLE", "OUR"]

PHONES_INTL = ["+354 662 4180", "+298 51 77 20", "+299 53 14 88", "+372 5381 2274", "+371 2674 1903",
               "+370 612 48 377", "+995 577 21 48 06", "+374 91 447 218", "+994 50 318 72 41", "+7 701 442 18 63",
               "+998 90 117 43 82", "+996 555 214 708", "+976 8811 4725", "+234 803 417 2268", "+221 77 418 36 02",
               "+251 91 140 7723", "+252 61 522 4187", "+51 984 117 302", "+56 9 6218 4473", "+44 7723 481906",
               "+353 87 214 6608", "+34 688 41 27 09"]
PHONES_NAT = ["662 4180", "5381 2274", "2674 1903", "8 612 48377", "0577 21 48 06", "091 447218",
              "050 318 72 41", "8 701 442 1863", "90 117 43 82", "0803 417 2268", "77 418 36 02", "091 140 7723",
              "984 117 302", "9 6218 4473", "07723 481906", "087 214 6608", "688 412 709"]
EXT_FORMS = ["innanhús {n}", "sisenumber {n}", "iekšējais {n}", "vidinis {n}", "shida {n}", "est. {n}",
             "estensión {n}", "estenua {n}", "ext:{n}", "(ext {n})"]
ADDRESSES = [
    "Laugavegur 41, íbúð 302, 101 Reykjavík", "Niels Finsens gøta 9, FO-100 Tórshavn", "Aqqusinersuaq 14B, 3900 Nuuk",
    "Rüütli 22-5, 51007 Tartu", "Brīvības iela 118 dz. 7, Rīga, LV-1001", "Laisvės al. 61-14, LT-44304 Kaunas",
    "Rustaveli Ave 12, apt 9, Kutaisi 4600", "Abovyan St 33, Apt 15, Gyumri 3101",
    "Nizami küç. 72, mənzil 18, Gəncə AZ2000", "Abai Ave 150, kv. 44, Almaty 050046",
    "Registon ko'chasi 7, 18-xonadon, Samarqand 140100", "Kurmanjan Datka 210, kv. 3, Osh 723500",
    "Darkhan-Uul, 12th khoroo, bair 4, toot 31", "12 Ring Road, Bodija, Ibadan 200284",
    "Cité Ballabey, Villa 214, Thiès", "Kebele 05, House No. 1187, Bishoftu", "Jigjiga Yar, Hargeisa",
    "Calle Saphi 640, Dpto. 201, Cusco 08002", "Av. Alemania 0455, depto 1204, Temuco", "Flat 4, 19 Ffordd Penglais, Aberystwyth SY23 3BY",
    "Apt 6, 31 Tullow Road, Carlow R93 E2K4", "Dato kalea 18, 3. ezk., 01005 Vitoria-Gasteiz",
    "Carrer Major 44, 2n 1a, 25007 Lleida", "Rúa do Paseo 27, 4º dereita, 32003 Ourense",
    "1208 Birchwood Lane, Unit 5, Fargo, ND 58103",
]


def _mac(rng: random.Random) -> str:
    """A MAC address in one of the notations switches, phones and inventories print."""
    raw = "".join(rng.choice("0123456789abcdef") for _ in range(12))
    if not any(c.isdigit() for c in raw[:4]):
        raw = "7" + raw[1:]
    raw = raw.upper() if rng.random() < 0.45 else raw
    form = rng.choice([0, 0, 1, 1, 2, 3, 4])
    if form == 0:
        return ":".join(raw[i:i + 2] for i in range(0, 12, 2))
    if form == 1:
        return "-".join(raw[i:i + 2] for i in range(0, 12, 2))
    if form == 2:
        return ".".join(raw[i:i + 4] for i in range(0, 12, 4))
    if form == 3:
        return raw
    return "-".join(raw[i:i + 6] for i in range(0, 12, 6))


class Person:
    """One person with the values a ticket may give about them."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.first = rng.choice(FIRST)
        self.last = rng.choice(LAST)
        self.uid = self._username()

    def name(self) -> str:
        f, l, r = self.first, self.last, self.rng.random()
        forms = [(0.28, f"{f} {l}"), (0.36, f"{l} {f}"), (0.44, f"{l}, {f}"), (0.5, f"{l.upper()}, {f}"),
                 (0.58, _plain(f"{f} {l}")), (0.64, f"{f} {l}".upper()), (0.7, f"{f[0]}.{l}"),
                 (0.76, f"{f} {l[0]}"), (0.82, f"{f.lower()} {l.lower()}"), (0.88, _plain(f"{l.upper()} {f.upper()}")),
                 (1.0, f"{f} {self.rng.choice(['Ósk', 'Lee', 'Ama', 'Mar', 'Kiri'])} {l}")]
        return next(text for limit, text in forms if r < limit)

    def _username(self) -> str:
        f, l = _ascii(self.first), _ascii(self.last)
        n = self.rng.randrange(2, 998)
        return self.rng.choice([f"{f[:3]}{l[:4]}", f"{l[:5]}{f[:1]}{n % 100:02d}", f"sa{self.rng.randrange(10_000, 99_999)}",
                                f"{f}{l[:1]}{n}", f"{f[:1]}.{l[:8]}", f"{l}.{f[:2]}", f"{f}{l}"[:10],
                                f"{l[:3]}{f[:3]}{n % 10}", f"{f}_{l[:4]}", f"X{self.rng.randrange(100_000, 999_999)}"])

    def username(self) -> str:
        return self.uid

    def email(self) -> str:
        f, l = _ascii(self.first), _ascii(self.last)
        host = self.rng.choice(["simnet.example.is", "olivant.example.fo", "telia.example.ee", "inbox.example.lv",
                                "silk.example.ge", "mail.example.kz", "yahoo.example.ng", "orange.example.sn",
                                "ethionet.example.et", "hormuud.example.so", "movistar.example.pe", "vtr.example.cl",
                                "eircom.example.ie", "euskaltel.example.eus", DOMAIN])
        return self.rng.choice([f"{f}.{l}@{host}", f"{f[0]}{l}@{host}", f"{l}.{f}{self.rng.randrange(1, 99)}@{host}",
                                f"{f}+seeds@{host}"])

    def email_obf(self) -> str:
        f, l = _ascii(self.first), _ascii(self.last)
        return self.rng.choice([f"{f}.{l} hjá simnet punktur example punktur is", f"{f}{l[0]} (at) telia (dot) example (dot) ee",
                                f"{l}-{f} at vtr dot example dot cl", f"{f} <at> eircom <dot> example <dot> ie",
                                f"{f}.{l}[@]orange[.]example[.]sn", f"{f}_{l} AT mail DOT example DOT kz"])

    def host(self) -> str:
        """An end-user machine; some embed the owner's name or user id."""
        l, f = _ascii(self.last), _ascii(self.first)
        c = self.rng.choice(CODES)
        n = self.rng.randrange(1, 99999)
        kind = self.rng.choice(["LT", "NB", "WS", "KIOSK", "TAB", "PC"])
        return self.rng.choice([
            f"SKV{c}{kind}{n % 10000:04d}", f"{c.lower()}-{kind.lower()}{n % 1000:03d}", f"{self.uid}-{kind.lower()}",
            f"{kind}-{self.uid.upper()}", f"{f[:4]}{l[:4]}-{kind.lower()}.{CORP}", f"{c}{n % 100000:05d}{kind}",
            f"{kind.lower()}{n % 100000:05d}.{c.lower()}.{DOMAIN}", f"{l.upper()[:7]}-{kind}", f"SA-{c}-{kind}-{n % 1000:03d}",
            f"{f}s-{self.rng.choice(['macbook', 'thinkpad', 'surface'])}"])


def _otp(rng: random.Random) -> str:
    n = str(rng.randrange(10_000_000, 99_999_999))
    letters = "".join(rng.choice("BCDFGHKLMNPRSTVWXZ2345789") for _ in range(rng.choice([6, 8])))
    return rng.choice([n[:6], n[:6], n[:8], n[:5], f"{n[:4]} {n[4:8]}", f"{n[:3]}.{n[3:6]}", f"{n[:2]}-{n[2:4]}-{n[4:6]}",
                       letters, f"{letters[:3]}-{letters[3:6]}", letters.lower(), f"S-{n[:6]}", f"{n[:3]}/{n[3:6]}"])


_PW_WORDS = ["Hekla", "Eldfell", "Saaremaa", "Gauja", "Neris", "Kazbegi", "Aragats", "Gobustan", "Charyn",
             "Chimgan", "Issyk", "Orkhon", "Olumo", "Lompoul", "Simien", "Laas", "Vinicunca", "Osorno", "Eryri",
             "Connemara", "Gorbeia", "Montseny", "Cies", "Ausangate", "Tindholmur"]
_PW_CHARS = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789#%=+"


def _password(rng: random.Random) -> str:
    w = rng.choice(_PW_WORDS)
    a, b = (x.lower() for x in rng.sample(_PW_WORDS, 2))
    gen = "".join(rng.choice(_PW_CHARS) for _ in range(rng.choice([9, 11, 14])))
    return rng.choice([
        gen, gen, f"{gen[:5]}.{gen[5:9]}", f"{w}#{rng.randrange(100, 999)}", f"{a}-{b}-{rng.randrange(10, 99)}",
        f"{w.upper()}{rng.randrange(1, 9)}{a}", f"!{w}{rng.randrange(2020, 2031)}", f"{a}{rng.randrange(10, 99)}{b}",
        f"{w}+{b.capitalize()}", f"{a.capitalize()}{rng.randrange(1, 9)}{rng.randrange(1, 9)}?", f"{a}={b}",
        f"{w[::-1].lower()}{rng.randrange(100, 999)}"])


def _staff(rng: random.Random) -> str:
    return rng.choice([str(rng.randrange(1_000_000, 9_999_999)), f"SA{rng.randrange(10_000, 99_999)}",
                       f"E-{rng.randrange(100_000, 999_999)}", f"{rng.randrange(100, 999)}.{rng.randrange(100, 999)}",
                       f"{rng.choice(['IS', 'EE', 'GE', 'KZ', 'NG', 'PE', 'IE'])}{rng.randrange(1000, 9999)}{rng.choice('KLMN')}",
                       f"00{rng.randrange(10_000, 99_999)}"])


def _values(person: Person, rng: random.Random) -> dict:
    """Slot name -> (value, kind of personal data or None)."""
    ext = str(rng.randrange(100, 9999))
    hh, mm = rng.randrange(6, 23), rng.randrange(60)
    return {
        "name": (person.name(), "person_name"), "first": (person.first, "person_name"),
        "last": (person.last, "person_name"), "FULL": (_plain(f"{person.first} {person.last}").upper(), "person_name"),
        "first_lc": (_plain(person.first).lower(), "person_name"),
        "user": (person.username(), "username"), "USER": (person.username().upper(), "username"),
        "email": (person.email(), "email"), "email_obf": (person.email_obf(), "email"),
        "phone": (rng.choice(PHONES_INTL), "phone"), "phone_nat": (rng.choice(PHONES_NAT), "phone"),
        "phone_ext": (f"{rng.choice(PHONES_INTL)} {rng.choice(EXT_FORMS).format(n=ext)}", "phone"),
        "address": (rng.choice(ADDRESSES), "address"),
        "staff": (_staff(rng), "employee_id"),
        "otp": (_otp(rng), "otp"), "otp2": (_otp(rng), "otp"),
        "password": (_password(rng), "password"), "password2": (_password(rng), "password"),
        "host": (person.host(), "hostname"),
        "ip": (f"10.{rng.randrange(40, 90)}.{rng.randrange(0, 255)}.{rng.randrange(2, 250)}", "ipv4"),
        "mac": (_mac(rng), "mac"), "mac2": (_mac(rng), "mac"),
        "card": (_card(rng), "credit_card"),
        "dept": (rng.choice(DEPTS), None), "site": (rng.choice(SITES), None),
        "time": (f"{hh:02d}:{mm:02d}", None), "time2": (f"{hh:02d}:{(mm + 3) % 60:02d}", None),
    }


PROBES = [
    # passwords: other cue words, cue after the value, arrows, back-ticks, dictated, config, none
    "nýtt lykilorð: {password}",
    "loinenplacement: uus parool on {password}",
    "jaunā parole {password} nestrādā",
    "slaptažodis {password} netinka",
    "axali paroli aris {password}",
    "gaghtnabar {password} chi ashkhatum",
    "yeni şifrə {password} işləmir",
    "jańa qupiya söz {password}",
    "yangi parol: {password}",
    "nuuts üg {password} buruu baina",
    "ọrọ aṣínà tuntun ni {password}",
    "kalmar sirri {password} bata aiki ba",
    "sama baat bu kumpa {password}",
    "yeyilef qal {password} alserram",
    "furaha sirta ah waa {password}",
    "musuq pakasqa simi {password}",
    "la contraseña que te pasé es {password} po",
    "cyfrinair newydd: {password}",
    "pasfhocal nua {password}",
    "pasahitz berria {password} da",
    "contrasenya temporal {password}",
    "contrasinal provisional {password}",
    "I typed `{password}` exactly",
    "{password} is what I was given by the desk, it does not work",
    "old secret -> {password}, new one pending",
    "gave them {password} (must be changed on first logon)",
    "secret={password} in the script, please rotate",
    "spelled out: it's {password}, capital first",
    "I think I mistyped, maybe {password} or {password2}",
    "Kerberos principal {user}, keytab pass {password}",
    "[{time}] tech: type what you entered\n[{time2}] {first}: {password}",
    "ldap_bind_pw = \"{password}\"",
    "acct {user} :: pw {password}",
    "Lykilorð {password} rann út",
    # codes
    "staðfestingarkóði {otp}",
    "kinnituskood {otp} ei sobi",
    "apstiprinājuma kods {otp}",
    "patvirtinimo kodas {otp}",
    "dadasturebis kodi {otp}",
    "tasdiq kodu {otp}",
    "rastau kody {otp}",
    "tasdiqlash kodi {otp} keldi",
    "batalgaajuulakh kod {otp}",
    "koodu ijerisi {otp}",
    "lambar tabbatarwa {otp}",
    "koodhka xaqiijinta {otp}",
    "cod dilysu {otp}",
    "cód fíoraithe {otp}",
    "egiaztapen kodea {otp}",
    "codi de verificació {otp}",
    "the authenticator showed {otp} but it got rejected",
    "SMS arrived late: {otp}",
    "[{time}] tech: read me the digits\n[{time2}] {first}: {otp}",
    "{otp} <- code from the app",
    "one-time pin {otp}, then {otp2}",
    "mfa_code={otp} outcome=rejected",
    # MAC addresses
    "MAC-vistfang {mac}",
    "MAC aadress {mac}",
    "printer of the lab is fine, my dongle is {mac}",
    "lease {ip} bound to {mac}",
    "| device | hw addr |\n|---|---|\n| {host} | {mac} |",
    "client-mac {mac} failed dot1x",
    "whitelist both: {mac}, {mac2}",
    "Ethernet adapter hardware id {mac}",
    "MAC-ünvanı {mac}",
    "cyfeiriad MAC {mac}",
    # hosts
    "{host} blue-screens at login",
    "machine: {host}",
    "Device name = {host}",
    "can't remote into {host}",
    "reimage {host} for {first}",
    "{host} lost its trust relationship",
    "arvuti {host} ei käivitu",
    "dators {host} neieslēdzas",
    "kompiuteris {host} lėtas",
    "ordenador {host} no arranca",
    "asset owner {name}, hostname {host}",
    "host={host} user={user} event=lockout",
    "Defender flagged {host}",
    # usernames
    "notandanafn {user}",
    "kasutajanimi {user}",
    "lietotājvārds {user} bloķēts",
    "naudotojo vardas {user}",
    "enw defnyddiwr: {user}",
    "erabiltzailea {user}",
    "login name `{user}` expired",
    "{user} keeps getting locked",
    "please re-enable {USER}",
    "{name} ({user}) lost access to the share",
    "UPN {user}@{CORP}",
    "uid={user} gid=seedstaff",
    # names, glued forms, reappearing names
    "Takk fyrir,\n{name}",
    "Aitäh,\n{name}",
    "Paldies,\n{name}",
    "Ačiū,\n{name}",
    "Diolch,\n{name}",
    "Go raibh maith agat,\n{name}",
    "Eskerrik asko,\n{name}",
    "Moltes gràcies,\n{name}",
    "Jërëjëf,\n{name}",
    "raised for {name} by reception",
    "{first_lc} said it worked yesterday",
    "> {name} on {time}:\n> the freezer log is blank",
    "Employee{name}Staff No{staff}Site{site}",
    "Full name:{name} | ID:{staff}",
    "Caller {FULL} phoned twice",
    "handed the loaner to {name} at {site}",
    # contact data, ids, cards
    "netfang {email}",
    "reach me at {email_obf}",
    "farsími {phone}",
    "mobiil {phone_nat}",
    "ring {phone_nat} after lunch",
    "office line {phone_ext}",
    "heimilisfang: {address}",
    "send the replacement to {address}",
    "helbidea {address}",
    "{address}",
    "starfsmannanúmer {staff}",
    "töötaja number {staff}",
    "personāla numurs {staff}",
    "{name}, payroll {staff}",
    "| Person | Number |\n|---|---|\n| {name} | {staff} |",
    "ID{staff} for the badge printer",
    "paid with card {card}",
]

DECOYS = [
    ("accession", "Accession SKV-004471 moved to -18 C store", "SKV-004471"),
    ("accession", "seed lot L2026-0318 germination 94%", "L2026-0318"),
    ("sample", "sample id QS-77-1420 thawed", "QS-77-1420"),
    ("sample", "barcode 8800124477310 unreadable", "8800124477310"),
    ("hash", "sha256 9f2e61c0ab47d83e15f0c2a9b8e7d6f5a4c3b2a1908f7e6d5c4b3a2910f8e7d6 ok",
     "9f2e61c0ab47d83e15f0c2a9b8e7d6f5a4c3b2a1908f7e6d5c4b3a2910f8e7d6"),
    ("commit", "pipeline pinned to 7be41d09", "7be41d09"),
    ("guid", "object id 3d9a4c71-0e2b-4f8d-a6c5-17b2e09f4d3a", "3d9a4c71-0e2b-4f8d-a6c5-17b2e09f4d3a"),
    ("ipv6", "only fd12:3456:789a:1::1f on the sensor", "fd12:3456:789a:1::1f"),
    ("serial", "serial no PF3KX81Q on the logger", "PF3KX81Q"),
    ("serial", "S/N 2M9274C1RT", "2M9274C1RT"),
    ("firmware", "logger firmware 4.0.17-rc2 bricked", "4.0.17-rc2"),
    ("firmware", "build 22631.4460 pending", "22631.4460"),
    ("version", "R 4.4.1 and RStudio 2024.09.1", "2024.09.1"),
    ("error", "exit code 0xC0000142 on launch", "0xC0000142"),
    ("error", "ERR_CERT_DATE_INVALID in Edge", "ERR_CERT_DATE_INVALID"),
    ("error", "AADSTS700016 from the app", "AADSTS700016"),
    ("error", "event id 1001 in the log", "1001"),
    ("error", "HTTP 429 from the LIMS API", "429"),
    ("ticket", "dup of INC0418273", "INC0418273"),
    ("ticket", "CHG0072219 scheduled", "CHG0072219"),
    ("ticket", "REQ0066120 approved by finance", "REQ0066120"),
    ("kb", "see KB0041177", "KB0041177"),
    ("mailbox", "forwarded to germplasm-desk@skarvik-ayllu.example.net", "germplasm-desk@skarvik-ayllu.example.net"),
    ("mailbox", "cc noreply@skarvik-ayllu.example.net", "noreply@skarvik-ayllu.example.net"),
    ("server", "lims-db-02 slow", "lims-db-02"),
    ("server", "REY-FS-01 share read-only", "REY-FS-01"),
    ("server", "sql03.corp.skarvik-ayllu.example.net failover", "sql03.corp.skarvik-ayllu.example.net"),
    ("sensor", "freezer probe FRZ-ALA-07 reads -12 C", "FRZ-ALA-07"),
    ("switch", "core-sw-tmc-2 rebooted", "core-sw-tmc-2"),
    ("printer", "label printer PRT-KUN-03 out of ribbon", "PRT-KUN-03"),
    ("alert", "[WARN] appsrv14 - CPU 97% for 10 min", "appsrv14"),
    ("alert", "ALERT: backup job on nas-ibd-1 failed at 02:00", "nas-ibd-1"),
    ("alert", "[DOWN] gw-cuz-01 unreachable", "gw-cuz-01"),
    ("gps", "GPS fix 64.1466, -21.9426", "64.1466"),
    ("measure", "soil pH 6.8, moisture 23.4%", "23.4%"),
    ("measure", "cold store at -18.5 C", "-18.5 C"),
    ("measure", "RH 38 % in the vault", "38 %"),
    ("price", "Invoice total ISK 184.900", "184.900"),
    ("price", "GBP 1,249.00 incl. VAT", "1,249.00"),
    ("date", "expires 2027-03-31", "2027-03-31"),
    ("date", "logged 14/11/2026", "14/11/2026"),
    ("time", "at 03:17:45 local", "03:17:45"),
    ("model", "ThinkPad T14 Gen 5 fan noise", "T14 Gen 5"),
    ("model", "Zebra ZD421 driver", "ZD421"),
    ("asset", "asset tag SKV-A-10422 on the monitor", "SKV-A-10422"),
    ("port", "port 5432 refused", "5432"),
    ("vlan", "VLAN 340 for the sensors", "VLAN 340"),
    ("subnet", "mask 255.255.255.128", "255.255.255.128"),
    ("policy", "passwords need 16 characters", "16 characters"),
    ("policy", "the code is valid for 10 minutes", "10 minutes"),
    ("count", "affects 320 samples", "320"),
    ("label_value", "Priority: 2 - High", "2 - High"),
    ("label_value", "Category: Cold chain", "Cold chain"),
    ("label_value", "Assignment group: Seed Cold Store L1", "Seed Cold Store L1"),
    ("place", "flights to Tórshavn cancelled", "Tórshavn"),
    ("place", "power cut in Hargeisa", "Hargeisa"),
    ("ssid", "SSID SKV-Field drops", "SKV-Field"),
    ("word", "Password expiry notice sent", "Password expiry"),
    ("word", "Verification Code field greyed out", "Verification Code"),
    ("hex_id", "correlation 5c0e71a9f2b4 in the gateway", "5c0e71a9f2b4"),
    ("keys", "Ctrl+Alt+End did nothing", "Ctrl+Alt+End"),
    ("resolution", "projector at 1920x1200", "1920x1200"),
    ("species", "Hordeum vulgare trial row 12", "Hordeum vulgare"),
    ("step", "page 2 of 7 in the form", "page 2 of 7"),
]

SUBJECTS = ["Cannot sign in to LIMS", "Authenticator not prompting", "Laptop will not start", "Password change",
            "Wi-Fi at the field hut", "Freezer log sync", "Outlook prompts again", "New starter equipment",
            "Label printer", "Account disabled", "Monitor flicker", "No sound in calls", "Register my device"]
NAME_SUBJECTS = ["Onboarding {name}", "{FULL} - access", "Re-enable {user}", "{host} very slow", "Register {mac}",
                 "FW: {name} phone"]
LEADS = ["Góðan dag,", "Tere,", "Labdien,", "Laba diena,", "Gamarjoba,", "Barev,", "Salam,", "Sain baina uu,",
         "Ẹ kú àárọ̀,", "Sannu,", "Salaam,", "Allinllachu,", "Bore da,", "Dia duit,", "Kaixo,", "Bon dia,",
         "Hello,", "", "", "Phone call.", "From the field:"]
NOTES = ["Leyst.", "Lahendatud.", "Atrisināts.", "Išspręsta.", "Datrys.", "Réitithe.", "Konponduta.", "Resolt.",
         "Closed, user confirmed.", "Sorted remotely."]


def _extra(values: dict, person: Person, rng: random.Random) -> dict:
    """Slots a few probes need beyond the shared ones."""
    return {**values, "CORP": (CORP, None)}



def _with_extra(person: Person, rng: random.Random) -> dict:
    """The shared slots and this bank's extra ones."""
    return _extra(_values(person, rng), person, rng)


def build(count: int = 2000, seed: int = 211) -> list[dict]:
    """The tickets with their truth."""
    from suggest_data.make import PiiBankPlan, build_pii_bank

    return build_pii_bank(PiiBankPlan(
        person=Person, values=_with_extra, render=_render, probes=PROBES, decoys=DECOYS,
        subjects=SUBJECTS, leads=LEADS, notes=NOTES, start=dt.datetime(2026, 11, 9, 7, 0, 0), minutes=37,
        first_number=8_800_000, decoy_counts=(2, 3, 3, 4, 5),
        name_subjects=NAME_SUBJECTS, name_subject_rate=0.12), count, seed)


def write(out: Path, count: int = 2000, seed: int = 211) -> None:
    """Write ``pii.csv`` and ``pii-truth.jsonl`` into ``out`` (the writer of held-out v3, this bank's tickets)."""
    pii_heldout3.write(out, count, seed, build=build)


def main() -> None:
    pii_heldout3.main(write, 211, __doc__)


if __name__ == "__main__":
    main()
