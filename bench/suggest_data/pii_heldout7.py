"""SEVENTH HELD-OUT personal-data bank (v7): FROZEN. Written and committed before any redaction tuning
of round 7; never tuned on. Only its aggregate figures are read, once, at the end of the round.

    python3 bench/suggest_data/pii_heldout7.py OUT_DIR [--count 2000] [--seed 71]

A fictional food, flavour and pharmacy-supply group ("Ambrosia Caldera Provisions", plants and
offices in Italy, Belgium, the Netherlands, Luxembourg, Switzerland, Austria, Czechia, Slovakia,
Hungary, Croatia, Serbia, the UAE, Saudi Arabia, Qatar, Oman, Pakistan, Bangladesh, Sri Lanka,
Kenya, Tanzania, Uganda, Australia, New Zealand and French Canada) writes description-bearing
tickets. Every name, value and phrasing is invented for kbgen (nothing is copied from the
evaluation data or the earlier banks). Written to differ from v1-v6: Italian, Dutch/Flemish,
Walloon, Swiss and Austrian German, Czech, Slovak, Hungarian (family name first), Croatian and
Serbian, Gulf Arabic romanised ("bin", "Al"), Urdu/Bengali/Sinhala/Tamil, Swahili, Australian,
Maori and Québécois names; structures rather than cue sentences: key=value log lines, Markdown
tables "| field | value |", auto-generated form blocks (many "Label: value" lines, most of them
no personal data), quoted replies ("> ..."), chat transcripts, JSON snippets, values with the
cue after them, and values with no cue at all (a bare code on its own line, a bare address block,
a bare staff number after a name); one-time codes of 4-8 characters including letters; passwords
as passphrases, with symbols inside, and all-lower; addresses in Italian, Benelux, Central
European, Gulf, South Asian, Kenyan, Australian and Québécois forms; hosts as UNC paths, FQDNs,
asset-numbered names and owners' names; and MANY look-alikes of the same shapes that must stay:
versions, part and lot numbers, ticket and order numbers, error codes, room numbers, prices,
dates, batch numbers, HS codes, courier references, temperatures and label-value rows that hold
no person's data.

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

DOMAIN = "ambrosia-caldera.example.org"

FIRST = """Giulia Lorenzo Chiara Matteo Federica Alessandro Annelies Pieter Femke Joost Wouter Sanne Gaëlle
Benoît Mathilde Thibaut Urs Reto Brigitte Lukas Jitka Ondřej Zuzana Marek Bence Zsófia Réka Gergő Ivana
Domagoj Milica Nemanja Khalid Noura Saeed Hessa Abdulaziz Mariam Faisal Ayesha Bilal Zainab Tahmina
Rafiqul Nusrat Chamari Dilan Thilini Kavinda Wanjiru Otieno Akinyi Baraka Neema Juma Nakato Tendai Lachlan
Matilda Hamish Aroha Tāne Mereana Geneviève Étienne Maëlle Jérémie""".split()
LAST = """Esposito Bianchi Ferrara Colombo Marchetti Gallo Janssens Peeters De Smet Van den Broeck Visser
Bakker Mulder Dubois Lambert Hoffmann Brunner Gruber Huber Novák Dvořáková Procházka Horváth Kovács Szabó
Tóth Nagy Horvat Kovačević Babić Jovanović Petrović Al-Mansouri Al-Otaibi Al-Kuwari Al-Balushi Siddiqui
Qureshi Chaudhry Rahman Hossain Chowdhury Perera Fernando Jayasinghe Wickramasinghe Mwangi Ochieng Kamau
Njoroge Mushi Nankya Wilson Thompson MacKenzie Ngata Te Rangi Parata Tremblay Gagnon Bouchard Lévesque""".split() + [
    "De Luca", "van der Meer", "bin Rashid", "Van Damme", "Abu Bakar"]

SITES = ["Parma plant", "Gent warehouse", "Venlo DC", "Basel lab", "Linz office", "Brno plant", "Győr depot",
         "Rijeka port office", "Novi Sad plant", "Jebel Ali DC", "Dammam depot", "Doha office", "Sohar plant",
         "Karachi office", "Gazipur plant", "Colombo office", "Mombasa depot", "Dar es Salaam office",
         "Kampala depot", "Dandenong plant", "Auckland office", "Laval plant"]
DEPTS = ["Quality Assurance", "Flavour Lab", "Cold Chain", "Regulatory Affairs", "Procurement", "Payroll",
         "Line Maintenance", "Export Docs", "Batch Release", "Plant IT"]

PHONES_INTL = ["+39 347 555 2816", "+32 475 55 81 24", "+31 6 5551 7342", "+352 621 555 418", "+41 79 555 42 17",
               "+43 664 5558127", "+420 605 555 731", "+421 905 555 284", "+36 30 555 4172", "+385 91 555 3820",
               "+381 64 5552917", "+971 50 555 4821", "+966 55 555 7310", "+974 5555 2184", "+968 9555 4102",
               "+92 300 5552847", "+880 1711-555284", "+94 77 555 3192", "+254 712 555 840", "+255 754 555 217",
               "+256 772 555 914", "+61 412 555 738", "+64 21 555 4419", "+1 514 555-0187"]
PHONES_NAT = ["347 555 2816", "0475 55 81 24", "06-55517342", "621 555 418", "079 555 42 17", "0664 5558127",
              "605 555 731", "0905 555 284", "06 30 555 4172", "091 555 3820", "064 5552917", "050 555 4821",
              "055 555 7310", "0300-5552847", "01711-555284", "077 555 3192", "0712 555840", "0754 555 217",
              "0412 555 738", "021 555 4419", "(514) 555-0187", "(02) 5550 1847"]
EXT_FORMS = ["int. {n}", "interno {n}", "toestel {n}", "poste {n}", "klapka {n}", "mellék {n}", "lokal {n}",
             "Durchwahl -{n}", "x{n}", "(ext. {n})"]
ADDRESSES = [
    "Via Giuseppe Garibaldi 27, 43121 Parma PR", "Corso Vittorio Emanuele II 118, int. 9, 10121 Torino",
    "Viale dei Mille 4/B, scala C, 50131 Firenze", "Korenlei 18 bus 3, 9000 Gent",
    "Rue du Marché aux Herbes 61, 1000 Bruxelles", "Keizersgracht 412-2, 1016 GC Amsterdam",
    "Laurierstraat 9hs, 3512 KE Utrecht", "14, rue des Capucins, L-1313 Luxembourg",
    "Spalenberg 33, 4051 Basel", "Landstraßer Hauptstraße 71/2/18, 1030 Wien", "Kounicova 684/12, 602 00 Brno",
    "Obchodná 39, 811 06 Bratislava", "1061 Budapest, Király utca 52. III. em. 7.", "Korzo 22, 51000 Rijeka",
    "Bulevar oslobođenja 104/6, 21000 Novi Sad", "Villa 23, Street 14c, Al Barsha 2, Dubai",
    "Flat 1207, Marina Crest Tower, Al Sufouh Road, Dubai Marina", "Building 8136, King Fahd Rd, Al Olaya, Riyadh 12214",
    "Zone 66, Street 840, Building 21, Doha", "House 12, Street 31, F-8/1, Islamabad",
    "Flat 4B, House 71, Road 12, Banani, Dhaka 1213", "No. 42/7, Duplication Road, Colombo 03",
    "Apartment C6, Rhapta Road, Westlands, Nairobi", "P.O. Box 61234-00200, Nairobi",
    "Plot 88, Mikocheni B, Dar es Salaam", "Unit 4, 17 Brunswick Street, Fitzroy VIC 3065",
    "2/45 Beach Road, Manly NSW 2095", "Flat 3, 27 Karangahape Road, Auckland 1010",
    "4210, rue Saint-Hubert, app. 2, Montréal (Québec) H2J 2W8",
]


class Person:
    """One person with the values a ticket may give about them."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.first = rng.choice(FIRST)
        self.last = rng.choice(LAST)

    def name(self) -> str:
        f, l, r = self.first, self.last, self.rng.random()
        forms = [(0.26, f"{f} {l}"), (0.34, f"{l} {f}"), (0.42, f"{l}, {f}"), (0.5, f"{l.upper()} {f}"),
                 (0.58, _plain(f"{f} {l}")), (0.64, f"{f} {l}".upper()), (0.7, f"{f[0]}. {l}"),
                 (0.76, f"{_plain(l)} {_plain(f)[0]}."), (0.82, f"{f.lower()} {l.lower()}"),
                 (0.88, f"{f} {self.rng.choice('ABDEGHJKLMNRS')}. {l}"), (0.94, _plain(f"{l}, {f}").upper()),
                 (1.0, f"{f} {l}-{self.rng.choice(LAST)}")]
        return next(text for limit, text in forms if r < limit)

    def username(self) -> str:
        f, l = _ascii(self.first), _ascii(self.last)
        return self.rng.choice([f"{f[0]}{l[:7]}", f"{f}.{l}", f"{l}{f[0]}{self.rng.randrange(1, 99)}",
                                f"{f[:2]}{l[:4]}", f"u{self.rng.randrange(1_000_000, 9_999_999)}", f"{f}_{l[0]}",
                                f"{l[:5].upper()}{f[:2].upper()}", f"{f}{l[:1]}.{self.rng.choice(['mil', 'gnt', 'dxb', 'khi'])}",
                                f"ext-{f[0]}{l[:6]}"])

    def email(self) -> str:
        f, l = _ascii(self.first), _ascii(self.last)
        host = self.rng.choice(["libero.it", "telenet.be", "ziggo.nl", "bluewin.ch", "gmx.at", "seznam.cz",
                                "freemail.hu", "etisalat.ae", "yahoo.com.pk", "gmail.com", "bigpond.com",
                                "xtra.co.nz", "videotron.ca", DOMAIN])
        return self.rng.choice([f"{f}.{l}@{host}", f"{f[0]}.{l}{self.rng.randrange(1, 99)}@{host}",
                                f"{l}{f[0]}@{host}", f"{f}-{l}@{host}"])

    def email_obf(self) -> str:
        f, l = _ascii(self.first), _ascii(self.last)
        return self.rng.choice([f"{f}.{l} chiocciola libero punto it", f"{f}.{l} (at) telenet (dot) be",
                                f"{f} apenstaartje ziggo punt nl", f"{f}.{l} zavináč seznam tečka cz",
                                f"{f}{l[0]} [@] gmail [.] com", f"{f}.{l} AT bigpond DOT com",
                                f"{l}.{f}@@etisalat.ae", f"{f}.{l} arobase videotron point ca",
                                f"{f} dot {l} at gmx dot at"])

    def host(self) -> str:
        l, f = _ascii(self.last), _ascii(self.first)
        site = self.rng.choice(["PRM", "GNT", "VNL", "BSL", "LNZ", "BRQ", "GYR", "RJK", "NVS", "JAL", "DMM", "DOH",
                                "SOH", "KHI", "GZP", "CMB", "MBA", "DAR", "KLA", "DAN", "AKL", "YUL"])
        n = self.rng.randrange(100, 99999)
        return self.rng.choice([f"{site}-LT-{n:05d}", f"{site.lower()}wks{n % 10000:04d}", f"{f}-{l[:4]}-pc",
                                f"{f[0]}{l[:6]}-t14.{site.lower()}.{DOMAIN}", f"\\\\{site}NB{n:05d}\\c$",
                                f"AC{n:05d}L", f"{site}{l.upper()[:6]}01", f"{f.capitalize()}-iMac",
                                f"nb-{site.lower()}-{l[:5]}"])


def _otp(rng: random.Random) -> str:
    n = str(rng.randrange(100_000, 999_999))
    alnum = "".join(rng.choice("ABCDEFGHJKMNPQRSTUVWXYZ23456789") for _ in range(rng.choice([6, 8])))
    return rng.choice([n, n, f"{n[:3]} {n[3:]}", f"{n[:3]}-{n[3:]}", str(rng.randrange(1000, 9999)),
                       str(rng.randrange(1_000_000, 9_999_999)), alnum, f"{alnum[:4]}-{alnum[4:]}",
                       f"G-{n}", f"{n[:2]} {n[2:4]} {n[4:]}"])


_PW_WORDS = ["Limoncello", "tulipano", "Dijkstra", "Matterhorn", "Kolac", "paprika", "Jadran", "Dahab",
             "Shalimar", "Padma", "Serendib", "Kilima", "Wattle", "Kowhai", "Erable"]


def _password(rng: random.Random) -> str:
    w = _plain(rng.choice(_PW_WORDS))
    words = [_plain(x).lower() for x in rng.sample(_PW_WORDS, 3)]
    return rng.choice([f"{w}{rng.randrange(10, 99)}!", " ".join(words[:2]) + f" {rng.randrange(10, 99)}",
                       f"{words[0]}{rng.randrange(100, 999)}", f"{w[:4]}&{w[4:]}{rng.randrange(1, 9)}",
                       f"{w}-{words[1].capitalize()}-{rng.randrange(1, 9)}", f"!{w}{rng.randrange(2020, 2027)}",
                       f"{w.lower()}+{words[2]}{rng.randrange(1, 9)}", f"{w[:2].upper()}{rng.randrange(1000, 9999)}{w[2:5]}%",
                       f"Winter{rng.randrange(2024, 2027)}{rng.choice('!#?')}", f"{w}_{words[1]}"])


def _values(person: Person, rng: random.Random) -> dict:
    """Slot name -> (value, kind of personal data or None)."""
    ext = str(rng.randrange(100, 9999))
    hh, mm = rng.randrange(7, 19), rng.randrange(60)
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
        "staff_alnum": (rng.choice([f"AC-{rng.randrange(10_000, 99_999)}", f"{rng.choice('PQRS')}{rng.randrange(100_000, 999_999)}",
                                    f"{rng.randrange(10, 99)}/{rng.randrange(1000, 9999)}",
                                    f"{rng.choice(['IT', 'BE', 'AE', 'PK', 'AU'])}-{rng.randrange(1000, 9999)}-{rng.randrange(10, 99)}",
                                    f"EMP{rng.randrange(100_000, 999_999)}"]), "employee_id"),
        "otp": (_otp(rng), "otp"), "password": (_password(rng), "password"),
        "host": (person.host(), "hostname"),
        "ip": (f"172.{rng.randrange(16, 31)}.{rng.randrange(1, 250)}.{rng.randrange(2, 250)}", "ipv4"),
        "mac": (rng.choice([":", "-"]).join(f"{rng.randrange(256):02X}" for _ in range(6)), "mac"),
        "card": (_card(rng), "credit_card"),
        "dept": (rng.choice(DEPTS), None), "site": (rng.choice(SITES), None),
        "time": (f"{hh:02d}:{mm:02d}", None), "time2": (f"{hh:02d}:{(mm + 2) % 60:02d}", None),
        "ver": (f"{rng.randrange(1, 12)}.{rng.randrange(0, 20)}.{rng.randrange(0, 400)}", None),
        "room": (f"{rng.randrange(1, 6)}.{rng.randrange(10, 60)}", None),
        "tkt": (f"INC{rng.randrange(1_000_000, 9_999_999)}", None),
    }


PROBES = [
    # one-time codes: other languages, structures, cue after the value, no cue
    "codice di verifica {otp} non accettato",
    "il codice OTP che mi arriva è {otp} ma dice scaduto",
    "verificatiecode {otp} werkt niet",
    "de code uit de sms: {otp}",
    "code de vérification reçu : {otp}",
    "Bestätigungscode {otp} ungültig",
    "ověřovací kód {otp} nefunguje",
    "ellenőrző kód: {otp}",
    "kod za potvrdu {otp} ne prolazi",
    "rimz al-tahaqquq {otp} ma yishtaghil",
    "OTP aaya tha {otp} lekin expire ho gaya",
    "nambari ya uthibitisho {otp} imekataliwa",
    "{otp} <- that's what the authenticator showed",
    "{otp} came by SMS at {time}, rejected at {time2}",
    "ts={time} event=mfa_challenge user={user} code={otp} result=fail",
    "| Field | Value |\n|---|---|\n| Verification code | {otp} |\n| Room | {room} |",
    "> Your sign-in code is {otp}\n> It expires in 10 minutes.\nforwarded by caller",
    "[{time}] {first}: got it\n[{time2}] {first}: {otp}",
    "token: {otp} (expired)",
    # passwords
    "password temporanea: {password}",
    "ho provato con {password} ma niente",
    "tijdelijk wachtwoord = {password}",
    "mot de passe temporaire : {password}",
    "Kennwort zurückgesetzt auf {password}",
    "heslo {password} nejde",
    "jelszó: {password}",
    "lozinka je {password}",
    "kalimat al-sirr {password}",
    "nenosiri {password} halifanyi kazi",
    "{password} <- new pw, change at next logon",
    "reset done, temp one is {password}",
    "pwd={password}",
    "| Password | {password} |",
    "> I tried {password} and {password2}\n> neither works",
    "[{time}] agent: set to \"{password}\"\n[{time2}] caller: in, thanks",
    "creds: {user} / {password}",
    # usernames
    "nome utente {user} bloccato",
    "gebruikersnaam: {user}",
    "identifiant {user} verrouillé",
    "Benutzername {user} gesperrt",
    "uživatelské jméno {user}",
    "felhasználónév: {user}",
    "korisničko ime {user}",
    "ism al-mustakhdim {user}",
    "jina la mtumiaji {user}",
    "{user} is locked out again",
    "user={user} action=login status=locked",
    "| Login | {user} |",
    '{"upn": "{user}@{DOMAIN_LIT}", "enabled": false}',
    "{name} ({user}) from {dept}",
    "Da: {name} <{user}@{DOMAIN_LIT}>\nInviato: {time}\nOggetto: R: stampante",
    # names
    "Ciao, sono {first} dell'ufficio {dept}",
    "Cordiali saluti,\n{name}",
    "Met vriendelijke groet,\n{name}\n{dept}",
    "Bien à vous,\n{name}",
    "Mit freundlichen Grüßen\n{name}",
    "S pozdravem\n{name}",
    "Üdvözlettel: {name}",
    "Srdačan pozdrav, {name}",
    "Marhaba, ana {first} min {site}",
    "Assalam o alaikum, {name} here from {dept}",
    "Habari, mimi ni {name}",
    "G'day, {first} from {site}",
    "Kia ora, {name} here",
    "[{time}] {name}: still no sound",
    "> On {time}, {name} wrote:\n> the scanner is dead",
    "Caller: {name}\nLocation: {site}\nCategory: Hardware",
    "| Requested for | {name} |",
    "requested_for={FULL}",
    "{LAST} {first} - new starter",
    "{name}",
    # e-mails
    "e-mail: {email}",
    "posta elettronica {email_obf}",
    "mail {email_obf}",
    "email={email}",
    "| E-mail | {email} |",
    "reply to {email_obf} please",
    # phones
    "cellulare {phone_nat}",
    "mijn nummer is {phone}",
    "Handy {phone_nat}",
    "mobil: {phone_nat}",
    "tel={phone}",
    "| Mobile | {phone_ext} |",
    "{phone_nat} - call after {time}",
    "call me back on {phone_ext}",
    "simu {phone}",
    "Phone: {phone}\nRoom: {room}\nVersion: {ver}",
    # addresses
    "indirizzo: {address}",
    "spedire a {address}",
    "afleveradres {address}",
    "adresse de livraison : {address}",
    "Lieferadresse: {address}",
    "adresa {address}",
    "cím: {address}",
    "unwan: {address}",
    "anwani {address}",
    "ship_to={address}",
    "| Delivery address | {address} |",
    "please courier the dongle here:\n{address}",
    "{address}\nleave with the concierge",
    "Name: {name}\nAddress: {address}\nPhone: {phone}",
    # ids
    "matricola {staff}",
    "personeelsnummer {staff}",
    "matricule {staff_alnum}",
    "Personalnummer: {staff}",
    "osobní číslo {staff}",
    "törzsszám {staff}",
    "emp_id={staff_alnum}",
    "| Employee ID | {staff_alnum} |",
    "{name} {staff}",
    "{name}, {staff_alnum}",
    "Employee: {name}\nStaff no: {staff}\nCost centre: {dept}",
    # devices and network
    "portatile {host} non si connette",
    "laptop {host} krijgt geen IP",
    "PC {host} startet nicht",
    "{host} keeps blue-screening",
    "host={host} ip={ip} mac={mac}",
    "| Device | {host} |",
    "mapped \\\\{host_short}\\share for the caller",
    "{host} / {ip}",
    "adresse MAC {mac}",
    "{mac} belongs to {first}'s laptop",
    # cards
    "numero carta {card}",
    "card={card}",
]

DECOYS = [
    ("version", "Upgraded SAP GUI to 8.00 PL 11.", "8.00"),
    ("version", "Agent version 7.4.1102 installed.", "7.4.1102"),
    ("version", "app_version=24.3.117 build=5521", "24.3.117"),
    ("build", "Office build 16.0.17928.20156.", "16.0.17928.20156"),
    ("part", "Part no. 45-2271-A ordered.", "45-2271-A"),
    ("part", "Replacement fuser RM2-5425-000CN on the way.", "RM2-5425-000CN"),
    ("lot", "Lot L24-0917 on hold in QA.", "L24-0917"),
    ("batch", "Batch 2411-PR-083 released.", "2411-PR-083"),
    ("batch", "batch_id=BX774120 status=released", "BX774120"),
    ("ticket_ref", "Same as INC4471209.", "INC4471209"),
    ("ticket_ref", "Vendor case 00917734 opened.", "00917734"),
    ("ticket_ref", "| Ticket | CS-20931 |", "CS-20931"),
    ("order", "PO 4500129934 blocked.", "4500129934"),
    ("order", "order=SO-778120 qty=40", "SO-778120"),
    ("error_code", "Fehlercode 0x80070005 beim Update.", "0x80070005"),
    ("error_code", "Error code 403512 shown on the portal.", "403512"),
    ("error_code", "AADSTS50076 in the sign-in log.", "AADSTS50076"),
    ("error_code", "event_id=4625 logon failure count=3", "4625"),
    ("error_code", "Code: 0xCAA20003", "0xCAA20003"),
    ("room", "Meeting room 3.14 projector dead.", "3.14"),
    ("room", "Stanza B-204 senza rete.", "B-204"),
    ("room", "| Room | 2.07 |", "2.07"),
    ("price", "Quote came to EUR 1.249,00.", "1.249,00"),
    ("price", "Headset costs AED 389.", "AED 389"),
    ("price", "price=149.90 currency=CHF", "149.90"),
    ("date", "Since 14.10.2026 no backups.", "14.10.2026"),
    ("date", "Due 2026-11-30.", "2026-11-30"),
    ("date", "Shift starts 07/11 at 06:00.", "07/11"),
    ("time", "ts=2026-10-14T06:12:44Z level=warn", "2026-10-14T06:12:44Z"),
    ("hs_code", "HS 2106.90.98 on the invoice.", "2106.90.98"),
    ("courier", "DHL waybill 1234567890 not moving.", "1234567890"),
    ("temperature", "Cold room at -18.5 C.", "-18.5 C"),
    ("server", "srv-prm-sql03 out of disk.", "srv-prm-sql03"),
    ("server", "Share \\\\FS-GNT-01\\QA is read-only.", "FS-GNT-01"),
    ("server", "host=app-jal-prd-04 cpu=97", "app-jal-prd-04"),
    ("printer", "Printer PRT-BRQ-1F-02 offline.", "PRT-BRQ-1F-02"),
    ("printer", "| Printer | LBL-DMM-07 |", "LBL-DMM-07"),
    ("switch", "Switch GYR-ACC-SW12 flapping.", "GYR-ACC-SW12"),
    ("plc", "PLC LINE4-S7-1500 lost connection.", "LINE4-S7-1500"),
    ("model", "Model: Latitude 5440", "Latitude 5440"),
    ("model", "Zebra ZD421 prints blank.", "ZD421"),
    ("product", "The Caldera Track app crashes.", "Caldera Track"),
    ("product", "Teams Rooms on Surface Hub 2S.", "Surface Hub 2S"),
    ("sku", "SKU 8001234567890 missing.", "8001234567890"),
    ("kb_ref", "Followed KB0091827.", "KB0091827"),
    ("change_ref", "Change CHG0041872 approved.", "CHG0041872"),
    ("count", "About 3200 users affected.", "3200"),
    ("port", "port=8443 proto=tcp", "8443"),
    ("vlan", "VLAN 214 on line 4.", "VLAN 214"),
    ("subnet", "Mask 255.255.252.0 in DHCP.", "255.255.252.0"),
    ("policy", "Password must be 14 characters.", "14 characters"),
    ("policy", "PIN length 6 digits by policy.", "6 digits"),
    ("policy", "password_expiry_days=90", "90"),
    ("step", "Step 2 of 3 fails.", "Step 2 of 3"),
    ("label_value", "Status: In progress", "In progress"),
    ("label_value", "| Priority | P3 |", "P3"),
    ("label_value", "category=Software", "Software"),
    ("label_value", "Impact: 2 - Medium", "2 - Medium"),
    ("label_value", "Site: Brno plant", "Brno plant"),
    ("label_value", "Assignment group = EMEA Desk", "EMEA Desk"),
    ("label_value", "Contact type: Phone", "Phone"),
    ("place", "Wi-Fi weak in Novi Sad.", "Novi Sad"),
    ("place", "Flights from Dar es Salaam delayed.", "Dar es Salaam"),
    ("place_street", "The Via Emilia depot scanners fail.", "Via Emilia"),
    ("place_street", "Dock 5, Bay 2 has no signal.", "Dock 5, Bay 2"),
    ("team", "Escalated to Team Falco.", "Team Falco"),
    ("ssid", "SSID AC-Guest drops.", "AC-Guest"),
    ("keys", "Win+Shift+S does nothing.", "Win+Shift+S"),
    ("resolution", "Display at 2560x1440.", "2560x1440"),
    ("guid", "correlation_id=7c2e4f10-33ab-4d2e-9f51-0b8a6c1d2e77", "7c2e4f10-33ab-4d2e-9f51-0b8a6c1d2e77"),
    ("hash", "sha1 3f786850e387550fdab836ed7e6dc881de23001b", "3f786850e387550fdab836ed7e6dc881de23001b"),
    ("role_email", "Write to qa.release@ambrosia-caldera.example.org.", "qa.release@ambrosia-caldera.example.org"),
    ("phone_like", "Invoice 2026 0047 1183 unpaid.", "2026 0047 1183"),
    ("percent", "Disk at 97% on the NAS.", "97%"),
]

SUBJECTS = ["SAP login fails", "Label printer blank", "MFA not working", "Laptop slow", "VPN drops",
            "Scanner offline", "Shared drive access", "Password expired", "Teams camera", "New starter kit",
            "Cold room sensor alert", "Outlook search broken", "Phone not syncing"]
NAME_SUBJECTS = ["Nuovo utente: {name}", "{FULL} - laptop", "Toegang voor {user}", "Unlock {user}",
                 "R: {name} nuovo telefono", "{LAST} {first}"]
LEADS = ["Ciao,", "Hallo,", "Bonjour,", "Dobrý den,", "Salam,", "Habari,", "Hi team,", "", "", "Phone call.",
         "Chat transcript:", "Web form submission:"]
NOTES = ["Risolto.", "Opgelost.", "Résolu.", "Erledigt.", "Confirmed with caller.", "No reply, closed."]


def _render_probe(template: str, values: dict) -> tuple[str, list[dict]]:
    """A probe filled in; the company's own domain is no personal data."""
    return _render(template.replace("{DOMAIN_LIT}", DOMAIN), values)


def _extra(values: dict, person: Person, rng: random.Random) -> dict:
    """Slots a few probes need beyond the shared ones: a second password, a host's short name."""
    host = person.host().lstrip("\\").split("\\")[0].split(".")[0]
    return {**values, "password2": (_password(rng), "password"), "host_short": (host, "hostname")}



def _with_extra(person: Person, rng: random.Random) -> dict:
    """The shared slots and this bank's extra ones."""
    return _extra(_values(person, rng), person, rng)


def build(count: int = 2000, seed: int = 71) -> list[dict]:
    """The tickets with their truth."""
    from suggest_data.make import PiiBankPlan, build_pii_bank

    return build_pii_bank(PiiBankPlan(
        person=Person, values=_with_extra, render=_render_probe, probes=PROBES, decoys=DECOYS,
        subjects=SUBJECTS, leads=LEADS, notes=NOTES, start=dt.datetime(2026, 9, 7, 6, 40, 0), minutes=37,
        first_number=9_700_000, decoy_counts=(1, 2, 2, 3, 3, 4, 5),
        name_subjects=NAME_SUBJECTS, name_subject_rate=0.1, subject_values=_values), count, seed)


def write(out: Path, count: int = 2000, seed: int = 71) -> None:
    """Write ``pii.csv`` and ``pii-truth.jsonl`` into ``out`` (the writer of held-out v3, this bank's tickets)."""
    pii_heldout3.write(out, count, seed, build=build)


def main() -> None:
    pii_heldout3.main(write, 71, __doc__)


if __name__ == "__main__":
    main()
