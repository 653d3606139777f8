"""NINTH HELD-OUT personal-data bank (v9): FROZEN. Written and committed before any redaction tuning
of round 9; never tuned on. Only its aggregate figures are read, once, at the end of the round.

    python3 bench/suggest_data/pii_heldout9.py OUT_DIR [--count 2000] [--seed 97]

A fictional subsea-cable, teleport and oceanographic research consortium ("Corvane Meridian Cable &
Ocean Labs", landing stations and labs in Malta, Cyprus, Albania, North Macedonia, Slovenia,
Bosnia, Moldova, Tunisia, Algeria, Iran, Iraqi Kurdistan, Nepal, Cambodia, Myanmar, Laos, Taiwan,
Hong Kong, Mozambique, Angola, Madagascar, Zambia, Rwanda, Haiti, the Dominican Republic,
Venezuela, Ecuador, Bolivia, Paraguay, Fiji, Samoa and Tonga) writes description-bearing tickets.
Every name, value and phrasing is invented for kbgen (nothing is copied from the evaluation data or
the earlier banks). Written to differ from v1-v8: Maltese, Greek-Cypriot romanised, Albanian,
Macedonian and Bosnian romanised, Slovenian, Romanian (Moldova), Tunisian/Algerian Darija and
French, Persian and Sorani Kurdish romanised, Nepali, Khmer, Burmese and Lao romanised, Mandarin
pinyin and Cantonese Jyutping, Mozambican/Angolan Portuguese, Malagasy, Bemba, Kinyarwanda, Haitian
Kreyol, Caribbean/Andean Spanish, Guarani, Fijian, Samoan and Tongan cue words; structures: a
password set by an agent, tried by a user, pasted in a Markdown table, in a chat, in a config
block, spoken in another language, with a cue, with the cue far away and with none (a bare value on
a chat line after a question); MAC addresses in every notation (colons, dashes, Cisco dot-triplets,
dots between byte pairs, spaces between them, bare twelve hex digits; lower and upper case; in tables, logs,
DHCP leases and sentences); machine names as FQDNs under the consortium's domains, NetBIOS names of
up to 15 capitals, and naming schemes of site, role and number parts in either order (end-user
machines are personal data; servers, switches, access points and printers are kept); one-time
codes and staff ids of new shapes; and MANY look-alikes of the same shapes that must stay: hex
hashes, commit ids, GUIDs, WWNs, IPv6 addresses, EUI-64 interface ids, serials, part numbers,
cable and fibre ids, error and event codes, versions and builds, prices, optical and RF measures,
coordinates, depths and dates.

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

DOMAIN = "corvane-meridian.example.org"
AD = "ad.corvane-meridian.example.org"

FIRST = """Mariella Ċensu Kyriaki Andreas Eleni Blerina Arben Dritan Elira Bojan Marija Zlatko Tjaša Matic Urška
Ionela Vasile Doina Sami Ines Hichem Amel Nacer Farzaneh Kourosh Shirin Dariush Rezhna Karwan Shilan Bishnu
Sarita Pemba Sophal Chanthy Vuthy Thandar Kyaw Nilar Souksavanh Khamla Mei-ling Wen-hao Ka-wai Siu-ming
Fátima Zacarias Celso Domingas Hery Voahangy Mulenga Chanda Mutale Aline Jean-Bosco Uwase Wilner Fabiola
Yunior Yelitza Joselyn Wilmer Fidelina Arami Ñandu Mereoni Sakiusa Losaline Sione Tavita Malia""".split()
LAST = """Camilleri Borg Farrugia Zammit Georgiou Charalambous Hoxha Shehu Krasniqi Trajkovski Stojanovska
Hadžić Begović Kovač Novak Horvat Rusu Ciobanu Ceban Trabelsi Ben Salah Bouzid Mansouri Hosseini Karimi
Tehrani Barzani Rashid Shrestha Gurung Tamang Sok Chea Phan Aung Htun Phommachanh Sisavath Lin Chen Wong
Chan Macuácua Nhantumbo Cangamba Neto Rakotomalala Randrianarisoa Banda Phiri Mwansa Uwimana Habimana
Pierre-Louis Jean-Baptiste Almonte Peña Guaicaipuro Quishpe Choque Benítez Ayala Vuniwaqa Ratu Tuilagi
Faleolo Taufa Fifita""".split() + ["De Battista", "Abu Zayed", "dos Santos", "van Rooyen", "de la Cruz Paz",
                                     "Nguyen Thi"]

SITES = ["Marsaxlokk landing", "Limassol lab", "Durrës beach manhole", "Ohrid office", "Koper landing",
         "Sarajevo NOC", "Chișinău office", "Bizerte landing", "Oran lab", "Bandar Abbas teleport",
         "Erbil office", "Kathmandu NOC", "Sihanoukville landing", "Yangon office", "Vientiane office",
         "Toucheng landing", "Chung Hom Kok landing", "Maputo lab", "Luanda landing", "Toamasina landing",
         "Lusaka office", "Kigali NOC", "Port-au-Prince office", "Punta Cana landing", "La Guaira landing",
         "Manta landing", "La Paz office", "Asunción office", "Suva landing", "Apia office", "Nukuʻalofa office"]
DEPTS = ["Cable Ops", "Marine Survey", "Oceanography", "Teleport NOC", "Finance", "HR", "Legal",
         "Procurement", "Repair Ship Crew", "Field Engineering"]
STATIONS = ["MLA", "LCA", "DRS", "OHD", "KOP", "SJJ", "KIV", "BZT", "ORN", "BND", "EBL", "KTM", "SHV", "RGN",
            "VTE", "TCG", "HKG", "MPM", "LAD", "TMM", "LUN", "KGL", "PAP", "PUJ", "LGU", "MEC", "LPB", "ASU",
            "SUV", "APW", "TBU"]

PHONES_INTL = ["+356 7912 3084", "+357 96 118402", "+355 69 417 2280", "+389 71 553 902", "+386 41 782 330",
               "+387 61 224 917", "+373 691 48 227", "+216 22 618 340", "+213 661 84 22 73", "+98 912 448 3071",
               "+964 750 118 4472", "+977 980-1234-761", "+855 12 774 318", "+95 9 784 221 603",
               "+856 20 5588 4127", "+886 912 338 471", "+852 6123 8840", "+258 84 339 1172", "+244 923 418 227",
               "+261 34 22 418 73", "+260 977 413 882", "+250 788 314 226", "+509 3447 2210", "+1 809 338 4127",
               "+58 414 228 3371", "+593 99 418 2273", "+591 712 44 881", "+595 981 337 412", "+679 992 4418",
               "+685 72 41183", "+676 771 4428"]
PHONES_NAT = ["7912 3084", "096 118402", "069 417 2280", "071 553 902", "041 782 330", "061 224 917",
              "0691 48 227", "0912 448 3071", "0750 118 4472", "9801234761", "012 774 318", "09 784 221 603",
              "0912 338 471", "6123 8840", "84 339 1172", "034 22 418 73", "0977 413 882", "0788 314 226",
              "(809) 338-4127", "0414-2283371", "099 418 2273", "0981 337412"]
EXT_FORMS = ["int. {n}", "lokal {n}", "interno {n}", "poste {n}", "ramal {n}", "dahili {n}", "fen {n}",
             "x-{n}", "ext#{n}"]
ADDRESSES = [
    "Flat 3, Triq il-Kbira 58, Żabbar ZBR 1021", "Triq San Pawl 12, San Pawl il-Baħar SPB 3417",
    "Leoforos Makariou III 204, Flat 402, 3030 Limassol", "Rruga e Durrësit 118, Ap. 9, 1001 Tiranë",
    "ul. Makedonija 41/3, 1000 Skopje", "Trubarjeva cesta 27, 1000 Ljubljana", "Zmaja od Bosne 88, stan 14, 71000 Sarajevo",
    "str. Alexandru cel Bun 63, ap. 21, MD-2012 Chișinău", "Rue Habib Bourguiba 141, 7000 Bizerte",
    "Cité 200 Logements, Bt 7 N° 12, Oran 31000", "Kh. Vali-Asr, Kuche-ye Naderi, Pelak 17, Tehran 1966713",
    "Gulan Street, House 224, Erbil 44001", "Ward 10, Baluwatar Marg 33, Kathmandu 44600",
    "No. 47, Street 294, Sangkat Tonle Bassac, Phnom Penh 12301", "Room 5B, No. 218 Bogyoke Aung San Road, Yangon 11141",
    "Ban Sisavath, Unit 14, House 212, Vientiane", "4F, No. 88, Sec. 2, Zhongshan N. Rd., Taipei 10448",
    "Flat C, 12/F, 33 Robinson Road, Mid-Levels, Hong Kong", "Av. Julius Nyerere 1432, R/C esq., Maputo 1100",
    "Rua Rainha Ginga 77, 3º Andar, Luanda", "Lot II M 41 Bis, Antananarivo 101",
    "Plot 4418, Kabulonga Road, Lusaka 10101", "KG 11 Ave, House 27, Kigali",
    "Rue Grégoire 19, Pétion-Ville HT6140", "Calle Duarte #34, Ens. Piantini, Santo Domingo 10127",
    "Av. Francisco de Miranda, Torre Delta, Piso 9, Caracas 1060", "Av. 4 de Noviembre y Calle 13, Manta 130802",
    "Calle Sagárnaga 215, Of. 3, La Paz", "Tte. Fariña 1340 c/ Brasil, Asunción 001408",
    "Lot 9, Ratu Sukuna Road, Suva", "PO Box 2219, Apia", "Taufaʻahau Road 61, Nukuʻalofa",
]

def _mac(rng: random.Random) -> str:
    """A MAC address in one of the notations switches, OSes and inventories use."""
    raw = "".join(rng.choice("0123456789abcdef") for _ in range(12))
    if not any(c.isdigit() for c in raw[:6]):
        raw = "3" + raw[1:]
    raw = raw if rng.random() < 0.5 else raw.upper()
    form = rng.choice([0, 0, 1, 1, 2, 3, 4, 5])
    if form == 0:
        return ":".join(raw[i:i + 2] for i in range(0, 12, 2))
    if form == 1:
        return "-".join(raw[i:i + 2] for i in range(0, 12, 2))
    if form == 2:
        return ".".join(raw[i:i + 4] for i in range(0, 12, 4))
    if form == 3:
        return raw
    if form == 4:
        return ".".join(raw[i:i + 2] for i in range(0, 12, 2))
    return " ".join(raw[i:i + 2] for i in range(0, 12, 2))


class Person:
    """One person with the values a ticket may give about them."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.first = rng.choice(FIRST)
        self.last = rng.choice(LAST)

    def name(self) -> str:
        f, l, r = self.first, self.last, self.rng.random()
        forms = [(0.3, f"{f} {l}"), (0.38, f"{l} {f}"), (0.46, f"{l}, {f}"), (0.52, f"{l.upper()} {f}"),
                 (0.6, _plain(f"{f} {l}")), (0.66, f"{f} {l}".upper()), (0.72, f"{f[0]}. {l}"),
                 (0.78, f"{f} {l[0]}."), (0.84, f"{f.lower()} {l.lower()}"), (0.9, f"{l}/{f}"),
                 (1.0, f"{f} {self.rng.choice(['Maria', 'Khalil', 'Bahadur', 'Thi', 'Lupe'])} {l}")]
        return next(text for limit, text in forms if r < limit)

    def username(self) -> str:
        f, l = _ascii(self.first), _ascii(self.last)
        n = self.rng.randrange(1, 999)
        return self.rng.choice([f"{f[:2]}{l[:5]}", f"{l}{f[0]}{n % 10}", f"{f}-{l}", f"cm{self.rng.randrange(10_000, 99_999)}",
                                f"{l[:4]}{f[:4]}", f"{f[0]}_{l}{n}", f"{l.upper()}{f[0].upper()}", f"u{n:03d}{l[:3]}",
                                f"{f}.{l[0]}", f"{l}{self.rng.randrange(1970, 2005)}"])

    def email(self) -> str:
        f, l = _ascii(self.first), _ascii(self.last)
        host = self.rng.choice(["maltanet.example.mt", "cytanet.example.cy", "abcom.example.al", "siol.example.si",
                                "moldtelecom.example.md", "topnet.example.tn", "chmail.example.ir", "wlink.example.np",
                                "hinet.example.tw", "netvigator.example.hk", "tvcabo.example.mz", "moov.example.mg",
                                "digicel.example.ht", "cantv.example.ve", "tigo.example.py", "connect.example.fj", DOMAIN])
        return self.rng.choice([f"{f}.{l}@{host}", f"{l}{f[0]}@{host}", f"{f}{self.rng.randrange(10, 99)}@{host}",
                                f"{f[0]}.{l}@{host}"])

    def email_obf(self) -> str:
        f, l = _ascii(self.first), _ascii(self.last)
        return self.rng.choice([f"{f}.{l} (at) siol (dot) example (dot) si", f"{f}{l[0]} at hinet dot example dot tw",
                                f"{l}.{f} chez topnet point example point tn", f"{f} [ at ] digicel [ dot ] example [ dot ] ht",
                                f"{f}_{l} ät moov punkt example punkt mg", f"{f}.{l}@@cantv.example.ve"])

    def host(self) -> str:
        """An end-user machine: FQDN, NetBIOS or a site-role-number scheme, some holding the owner."""
        l, f = _ascii(self.last), _ascii(self.first)
        st = self.rng.choice(STATIONS)
        n = self.rng.randrange(10, 99999)
        role = self.rng.choice(["NB", "LT", "WS", "PC", "DT", "TAB", "MAC"])
        return self.rng.choice([
            f"{st}-{role}-{n:05d}", f"{st.lower()}{role.lower()}{n % 10000:04d}", f"{role}{st}{n % 100000:05d}",
            f"{st.lower()}-{role.lower()}-{n % 1000:03d}.{AD}", f"{role.lower()}-{l[:6]}.{st.lower()}.{DOMAIN}",
            f"CMC{st}{l.upper()[:5]}{n % 10}", f"{st}{role}{l.upper()[:6]}", f"{l[:5]}-{f[0]}-{role.lower()}",
            f"{role}-{n % 100000:05d}-{st}", f"{f}-{l[:3]}-{role.lower()}{n % 10}.{AD}", f"W{n % 1000000:06d}{st}"])


def _otp(rng: random.Random) -> str:
    n = str(rng.randrange(1_000_000, 9_999_999))
    six = n[:6]
    alnum = "".join(rng.choice("ACDEFHJKMNPQRTUVWXY34679") for _ in range(rng.choice([6, 7, 8])))
    return rng.choice([six, six, n, f"{six[:3]}-{six[3:]}", f"{six[:2]} {six[2:4]} {six[4:]}", alnum,
                       f"{alnum[:4]} {alnum[4:]}", str(rng.randrange(10_000, 99_999)), f"{six[:3]}·{six[3:]}",
                       f"CM-{rng.randrange(1000, 9999)}-{rng.randrange(10, 99)}", alnum.lower()])


_PW_WORDS = ["Valletta", "Troodos", "Butrint", "Ohrid", "Triglav", "Neretva", "Orhei", "Kairouan", "Tassili",
             "Zagros", "Halgurd", "Annapurna", "Kampot", "Inle", "Mekong", "Alishan", "Lantau", "Zambezi", "Lubango",
             "Tsingy", "Kivu", "Citadelle", "Orinoco", "Cotopaxi", "Illimani", "Ypacarai", "Taveuni", "Upolu", "Vavau"]
_PW_CHARS = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"


def _password(rng: random.Random) -> str:
    w = _plain(rng.choice(_PW_WORDS))
    a, b = (_plain(x).lower() for x in rng.sample(_PW_WORDS, 2))
    gen = "".join(rng.choice(_PW_CHARS) for _ in range(rng.choice([8, 10, 12])))
    return rng.choice([
        gen, gen, f"{gen[:4]}-{gen[4:8]}", f"{w}{rng.randrange(10, 99)}%", f"{a}&{b}{rng.randrange(1, 9)}",
        f"{w[:3].lower()}{rng.randrange(100, 999)}{w[3:].upper()}", f"{rng.randrange(10, 99)}{w}!{rng.randrange(1, 9)}",
        f"{a}{rng.randrange(1990, 2030)}", f"{w}_{b}", f"{b.capitalize()}{a.capitalize()}{rng.randrange(1, 99)}",
        f"~{a}{rng.randrange(10, 99)}", f"{w}.{rng.randrange(1000, 9999)}", f"{a}{b}{rng.randrange(1, 9)}"])


def _staff(rng: random.Random) -> str:
    return rng.choice([str(rng.randrange(100_000, 999_999)), f"CM{rng.randrange(100_000, 999_999)}",
                       f"{rng.randrange(10, 99)}-{rng.randrange(1000, 9999)}-{rng.choice('ABCDEF')}",
                       f"{rng.choice(['MT', 'CY', 'AL', 'NP', 'TW', 'MZ', 'HT', 'FJ'])}-{rng.randrange(10_000, 99_999)}",
                       f"{rng.randrange(1000, 9999)}/{rng.randrange(10, 99)}", f"P{rng.randrange(1_000_000, 9_999_999)}"])


def _values(person: Person, rng: random.Random) -> dict:
    """Slot name -> (value, kind of personal data or None)."""
    ext = str(rng.randrange(100, 9999))
    hh, mm = rng.randrange(6, 23), rng.randrange(60)
    return {
        "name": (person.name(), "person_name"), "first": (person.first, "person_name"),
        "last": (person.last, "person_name"), "FULL": (_plain(f"{person.first} {person.last}").upper(), "person_name"),
        "user": (person.username(), "username"), "email": (person.email(), "email"),
        "email_obf": (person.email_obf(), "email"),
        "phone": (rng.choice(PHONES_INTL), "phone"), "phone_nat": (rng.choice(PHONES_NAT), "phone"),
        "phone_ext": (f"{rng.choice(PHONES_INTL + PHONES_NAT)} {rng.choice(EXT_FORMS).format(n=ext)}", "phone"),
        "address": (rng.choice(ADDRESSES), "address"),
        "staff": (_staff(rng), "employee_id"),
        "otp": (_otp(rng), "otp"), "otp2": (_otp(rng), "otp"),
        "password": (_password(rng), "password"), "password2": (_password(rng), "password"),
        "host": (person.host(), "hostname"),
        "ip": (f"172.{rng.randrange(16, 31)}.{rng.randrange(0, 255)}.{rng.randrange(2, 250)}", "ipv4"),
        "mac": (_mac(rng), "mac"), "mac2": (_mac(rng), "mac"),
        "card": (_card(rng), "credit_card"),
        "dept": (rng.choice(DEPTS), None), "site": (rng.choice(SITES), None),
        "time": (f"{hh:02d}:{mm:02d}", None), "time2": (f"{hh:02d}:{(mm + 2) % 60:02d}", None),
        "ver": (f"{rng.randrange(1, 20)}.{rng.randrange(0, 30)}.{rng.randrange(0, 9000)}", None),
        "hash": ("".join(rng.choice("0123456789abcdef") for _ in range(40)), None),
        "ship": (rng.choice(["CS Meridian Star", "RV Corvane Explorer", "CS Tide Runner"]), None),
    }


PROBES = [
    # passwords: set by an agent, tried by a user, in a chat, a table, a config, other languages, no cue
    "Reset done. Temp pw is {password} - must change at next sign-in.",
    "Reset on AD, gave the caller {password} over the phone",
    "I've set it to {password} for now",
    "password reset to {password}; forced change enabled",
    "tried {password} and {password2}, both wrong",
    "I even tried {password} which was my old one",
    "is it maybe {password}? that's what I wrote down",
    "[{time}] agent: what did you type?\n[{time2}] {first}: {password}",
    "[{time}] {first}: can u check if {password} is right\n[{time2}] agent: no, it was reset",
    "| field | value |\n|---|---|\n| user | {user} |\n| pwd | {password} |",
    "| Account | Temp password |\n|---|---|\n| {user} | {password} |",
    "[vpn]\nusername={user}\npassword={password}",
    "db_user: {user}\ndb_pass: {password}",
    "kelma sigrieta ġdida: {password}",
    "fjalëkalimi i ri është {password}",
    "novo geslo {password}",
    "lozinka mi je {password} a ne radi",
    "parola nouă {password} nu merge",
    "mot de passe provisoire : {password}",
    "ramz-e obur-e jadid {password}",
    "wushay nhêni {password}",
    "mero password {password} ho tara chaldaina",
    "mima shi {password} dan dengbuliao",
    "mat ma {password} m dak",
    "a palavra-passe nova é {password}",
    "teny miafina vaovao {password}",
    "ijambo ry'ibanga {password} ntirikora",
    "modpas mwen se {password}",
    "la clave que me diste {password} no sirve",
    "upu faalilo {password}",
    "{password} <- that one works, thanks",
    "{user} / {password}",
    "Login {user} Pass {password}",
    "creds for the survey laptop: {user} {password}",
    "pw reset, new: {password}",
    "Caller read it back: {password}",
    # MAC addresses
    "MAC {mac}",
    "mac address of her dock is {mac}",
    "The phone's Wi-Fi MAC: {mac} (randomised off)",
    "DHCP lease: {ip} -> {mac} ({host})",
    "| Host | MAC | IP |\n|---|---|---|\n| {host} | {mac} | {ip} |",
    "src_mac={mac} dst_mac={mac2} vlan=212",
    "blocked {mac} on the guest SSID",
    "adresa MAC {mac}",
    "indirizz MAC tal-laptop {mac}",
    "{mac} is the new tablet, please whitelist",
    "please allow {mac} and {mac2}",
    "Physical Address. . . . . . . . . : {mac}",
    "NAC rejected client {mac} on port Gi1/0/14",
    # hosts
    "{host} won't boot after the update",
    "Hostname: {host}",
    "Computer name {host}, user {user}",
    "RDP to {host} fails",
    "ping {host} times out",
    "\\\\{host}\\c$ access denied",
    "kompjuter {host} ne radi",
    "laptopi {host} nuk ndizet",
    "{host} ({ip})",
    "assigned {host} to {first}",
    "device={host} user={user} result=fail",
    "Intune: {host} non-compliant",
    # codes
    "verification code {otp}",
    "the text said {otp}",
    "kodi i verifikimit {otp}",
    "koda za potrditev {otp}",
    "kod za prijavu {otp} nije prošao",
    "codul primit {otp} a expirat",
    "code de vérification {otp} refusé",
    "ramz-e yekbar-masraf {otp}",
    "yanzhengma {otp}",
    "código {otp} no llegó a tiempo",
    "kaody fanamarinana {otp}",
    "[{time}] {first}: {otp}\n[{time2}] agent: expired, wait for a new one",
    "{otp} was the code, it says invalid",
    "got {otp} then {otp2}",
    "MFA prompt code: {otp}",
    "otp={otp} status=denied",
    # usernames
    "username {user}",
    "account {user} locked",
    "{user} locked out again",
    "përdoruesi {user}",
    "uporabniško ime {user}",
    "korisnik {user} blokiran",
    "nom d'utilisateur : {user}",
    "unlock {user} pls",
    "samAccount={user}",
    "{name} ({user}) cannot print",
    # names
    "Grazzi,\n{name}",
    "Faleminderit,\n{name}",
    "Hvala, {name}",
    "Merci,\n{name}",
    "Obrigado,\n{name}",
    "Vinaka,\n{name}",
    "Fa'afetai,\n{name}",
    "Requested by {name} ({dept})",
    "On behalf of {name}",
    "> {name} wrote:\n> the roster is empty",
    "{LASTFIRST}",
    "Name: {name}",
    "spoke with {name} at {site}",
    # e-mail, phone, address, ids, cards
    "email {email}",
    "write to {email_obf}",
    "mob {phone}",
    "cel {phone_nat}",
    "call me {phone_nat}",
    "desk: {phone_ext}",
    "home address {address}",
    "ship the token to {address}",
    "adresa: {address}",
    "{address}",
    "staff no {staff}",
    "broj zaposlenika {staff}",
    "numéro d'employé {staff}",
    "{name} - {staff}",
    "| Name | Staff ID |\n|---|---|\n| {name} | {staff} |",
    "card {card}",
]

DECOYS = [
    ("hash", "sha1 of the installer: 3b9f0a7c1d2e4f5a6b7c8d9e0f1a2b3c4d5e6f70", "3b9f0a7c1d2e4f5a6b7c8d9e0f1a2b3c4d5e6f70"),
    ("hash", "checksum e4d909c290d0fb1ca068ffaddf22cbd0 matches", "e4d909c290d0fb1ca068ffaddf22cbd0"),
    ("commit", "Fixed in commit 9c1e4b7a2f30.", "9c1e4b7a2f30"),
    ("commit", "deployed rev a3f5c9e on the NOC dashboard", "a3f5c9e"),
    ("commit", "git sha 5d2c8e1f9a04b7c3 broke the export", "5d2c8e1f9a04b7c3"),
    ("guid", "TenantId 7f3c2a1e-5b6d-4e8f-9a0b-1c2d3e4f5a6b", "7f3c2a1e-5b6d-4e8f-9a0b-1c2d3e4f5a6b"),
    ("guid", "{0E5F1A2B-3C4D-4E6F-8A9B-0C1D2E3F4A5B} in the registry", "0E5F1A2B-3C4D-4E6F-8A9B-0C1D2E3F4A5B"),
    ("wwn", "HBA WWN 20:00:00:25:b5:3c:01:9f zoned", "20:00:00:25:b5:3c:01:9f"),
    ("ipv6", "got fe80::4a1b:2cff:fe3d:5e6f only", "fe80::4a1b:2cff:fe3d:5e6f"),
    ("ipv6", "prefix 2001:db8:4c2:1a00::/56", "2001:db8:4c2:1a00::/56"),
    ("oid", "SNMP OID 1.3.6.1.4.1.9.9.13", "1.3.6.1.4.1.9.9.13"),
    ("serial", "S/N FCW2231L0QX on the switch", "FCW2231L0QX"),
    ("serial", "serial: 5CG3141QWZ", "5CG3141QWZ"),
    ("serial", "Serial number C02FK3ZXQ6L4", "C02FK3ZXQ6L4"),
    ("part", "PN 74-112233-01 replaced", "74-112233-01"),
    ("part", "part no. SFP-10G-LR-S", "SFP-10G-LR-S"),
    ("part", "Ordered P/N 917-00477 (x2)", "917-00477"),
    ("cable", "Segment S3 of cable CMX-2 shows a fault at km 418.6", "km 418.6"),
    ("cable", "Fibre pair FP-07 dark since Tuesday", "FP-07"),
    ("version", "Agent 7.14.2208 crashes", "7.14.2208"),
    ("version", "IOS-XE 17.9.4a upgrade", "17.9.4a"),
    ("version", "Teams 24231.512.3106.7496", "24231.512.3106.7496"),
    ("build", "OS build 26100.2314", "26100.2314"),
    ("error", "Error 0x80070643 on update", "0x80070643"),
    ("error", "AADSTS50076 at sign-in", "AADSTS50076"),
    ("error", "event 4625 logon failure, status 0xC000006A", "0xC000006A"),
    ("error", "HTTP 503 from the portal", "503"),
    ("error", "SQLSTATE 08001 from the survey DB", "08001"),
    ("error", "BSOD stop code 0x0000009F", "0x0000009F"),
    ("price", "Quote: EUR 2,418.50 excl. VAT", "2,418.50"),
    ("price", "cost MZN 18 450,00", "18 450,00"),
    ("price", "USD 749.99 per seat", "749.99"),
    ("measure", "Rx power -18.4 dBm on port 3", "-18.4 dBm"),
    ("measure", "OSNR 21.7 dB after the repeater", "21.7 dB"),
    ("measure", "laser at 1550.12 nm", "1550.12 nm"),
    ("measure", "depth 3,412 m at the repair splice", "3,412 m"),
    ("measure", "uplink 940 Mbps, latency 38 ms", "940 Mbps"),
    ("coord", "Position 35°49'12\"N 14°32'07\"E", "35°49'12\"N"),
    ("coord", "lat=-18.1416 lon=178.4419", "-18.1416"),
    ("date", "since 2026-10-29", "2026-10-29"),
    ("date", "last sync 29.10.2026 07:14", "29.10.2026"),
    ("time", "at 14:07:33 UTC", "14:07:33"),
    ("ticket", "See INC0093418", "INC0093418"),
    ("ticket", "RITM0127734 approved", "RITM0127734"),
    ("ticket", "CHG0044172 rolled back", "CHG0044172"),
    ("kb", "Followed KB0028814", "KB0028814"),
    ("server", "srv-mla-fs02 disk full", "srv-mla-fs02"),
    ("server", "KTM-SQL-01 not answering", "KTM-SQL-01"),
    ("server", "dc02.ad.corvane-meridian.example.org replication late", "dc02.ad.corvane-meridian.example.org"),
    ("server", "vpn-gw-hkg-1 flapping", "vpn-gw-hkg-1"),
    ("switch", "switch KGL-ACC-SW03 port 22 err-disabled", "KGL-ACC-SW03"),
    ("ap", "AP ap-lca-2f-07 offline", "ap-lca-2f-07"),
    ("printer", "printer PRN-SUV-01 jammed", "PRN-SUV-01"),
    ("printer", "Queue \\\\print-mpm\\Plotter-A0 stuck", "Plotter-A0"),
    ("model", "HP EliteBook 840 G10 won't charge", "840 G10"),
    ("model", "Catalyst 9300-48P in rack 4", "9300-48P"),
    ("model", "iPhone 15 Pro on iOS 18.1", "18.1"),
    ("asset", "Asset tag 004417-CM on the projector", "004417-CM"),
    ("colour", "brand colour #0A3D62 in the template", "#0A3D62"),
    ("keys", "Win+Shift+S snips", "Win+Shift+S"),
    ("resolution", "screen 3840x2160 blurry", "3840x2160"),
    ("count", "about 1200 users on the mailbox", "1200"),
    ("port", "TCP 8443 blocked", "8443"),
    ("vlan", "VLAN 212 for the labs", "VLAN 212"),
    ("subnet", "netmask 255.255.252.0", "255.255.252.0"),
    ("policy", "password must be 14 characters", "14 characters"),
    ("policy", "codes expire in 5 minutes", "5 minutes"),
    ("ship", "RV Corvane Explorer satellite link down", "RV Corvane Explorer"),
    ("label_value", "| Priority | 3 - Moderate |", "3 - Moderate"),
    ("label_value", "Status: Pending vendor", "Pending vendor"),
    ("label_value", "Queue: Teleport NOC", "Teleport NOC"),
    ("label_value", "Assignment group: Cable Ops L2", "Cable Ops L2"),
    ("place", "storm near Nukuʻalofa", "Nukuʻalofa"),
    ("place", "office in Chișinău closed", "Chișinău"),
    ("ssid", "SSID CMX-Guest drops", "CMX-Guest"),
    ("licence", "licence key valid until 2027", "2027"),
    ("hex_id", "request-id 4e7a91c0b3d2 in the proxy log", "4e7a91c0b3d2"),
    ("hex_id", "trace 0x7ffd3a2b41c0", "0x7ffd3a2b41c0"),
    ("eui", "EUI-64 interface id 4a1b:2cff:fe3d:5e6f", "4a1b:2cff:fe3d:5e6f"),
    ("sku", "SKU 4061234567893 out of stock", "4061234567893"),
    ("word", "Password policy updated for all", "Password policy"),
    ("step", "step 3 of 5 in the wizard", "step 3 of 5"),
]

SUBJECTS = ["VPN from the ship", "MFA loop", "Laptop not booting", "Password expired", "Wi-Fi on the landing",
            "Survey tablet sync", "Outlook keeps asking for password", "New starter kit", "Printer offline",
            "Account locked", "Dock not detected", "Teams no audio", "Need MAC whitelisted"]
NAME_SUBJECTS = ["New starter: {name}", "{FULL} - laptop", "Unlock {user}", "{host} slow", "MAC {mac} whitelist",
                 "RE: {name} - phone"]
LEADS = ["Bongu,", "Përshëndetje,", "Zdravo,", "Bonjour,", "Olá,", "Salama,", "Bonjou,", "Bula,", "Talofa,",
         "Hi,", "", "", "Chat transcript:", "Walk-up.", "From the ship:"]
NOTES = ["Solved.", "Riżolt.", "Zgjidhur.", "Rešeno.", "Résolu.", "Resolvido.", "Closed after no reply.",
         "Fixed remotely."]


def _render_probe(template: str, values: dict) -> tuple[str, list[dict]]:
    """A probe filled in."""
    return _render(template, values)


def _extra(values: dict, person: Person, rng: random.Random) -> dict:
    """Slots a few probes need beyond the shared ones."""
    return {**values, "user2": (Person(rng).username(), "username"),
            "LASTFIRST": (f"{person.last.upper()}, {person.first.upper()}", "person_name")}



def _with_extra(person: Person, rng: random.Random) -> dict:
    """The shared slots and this bank's extra ones."""
    return _extra(_values(person, rng), person, rng)


def build(count: int = 2000, seed: int = 97) -> list[dict]:
    """The tickets with their truth."""
    from suggest_data.make import PiiBankPlan, build_pii_bank

    return build_pii_bank(PiiBankPlan(
        person=Person, values=_with_extra, render=_render_probe, probes=PROBES, decoys=DECOYS,
        subjects=SUBJECTS, leads=LEADS, notes=NOTES, start=dt.datetime(2026, 11, 2, 6, 0, 0), minutes=43,
        first_number=9_900_000, decoy_counts=(2, 2, 3, 3, 4, 5),
        name_subjects=NAME_SUBJECTS, name_subject_rate=0.12), count, seed)


def write(out: Path, count: int = 2000, seed: int = 97) -> None:
    """Write ``pii.csv`` and ``pii-truth.jsonl`` into ``out`` (the writer of held-out v3, this bank's tickets)."""
    pii_heldout3.write(out, count, seed, build=build)


def main() -> None:
    pii_heldout3.main(write, 97, __doc__)


if __name__ == "__main__":
    main()
