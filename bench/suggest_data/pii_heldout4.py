"""FOURTH HELD-OUT personal-data bank (v4): FROZEN. Written and committed before any redaction tuning
of round 4; never tuned on. Only its aggregate figures are read, once, at the end of the round.

    python3 bench/suggest_data/pii_heldout4.py OUT_DIR [--count 2000] [--seed 47]

A fictional logistics and retail group ("Nordvik Solana Freight", warehouses and offices in Norway,
Sweden, Finland, Denmark, Iceland, Spain, Portugal, Vietnam, Thailand, the Philippines, Indonesia,
Malaysia, Singapore, Brazil, Argentina, Chile, Colombia and Peru) writes description-bearing
tickets: callers, agents' work notes, resolution notes. Every name, value and phrasing is invented
for kbgen (nothing is copied from the evaluation data or the earlier banks). Written to differ from
them: Nordic, Iberian, South-East Asian and Latin American names (patronymics, double surnames,
particles, "bin"/"binti", family name first), one-time codes in other phrasings (a letter prefix,
a spoken "the digits were", Spanish and Portuguese cue words), passphrases, usernames in other
shapes and cue words, staff numbers with letters, addresses with the house number after or before
the street, with a letter, with floor and door, with and without a cue word or postcode, phone
numbers of those countries with "ramal"/"anexo"/"ext" extensions; and many look-alikes that must
stay: warehouse bays and aisles with a number and a letter followed by another number, products
and apps named like people, releases and builds, rooms and buildings named after people, plants,
printers, error codes, asset tags, tracking and order numbers, ticket and KB numbers, dates, sizes.

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

DOMAIN = "nvsolana.example.net"

FIRST = """Sigríður Björn Åsa Jukka Päivi Mikkel Søren Ingeborg Håkon Eero Katrín Gunnar Linnea Oskar
João Inês Conceição Íñigo Begoña Nuria Xavier Rui Leonor Álvaro Montserrat Duarte
Thảo Quang Huong Somchai Pimchanok Kittipong Rizal Jocelyn Marites Wahyu Dewi Siti Farid Mei Ling Wei Jie
Thiago Luana Gabriela Matías Valentina Camila Sebastián Florencia Yupanqui Rocío Catalina Nicolás""".split()
LAST = """Jóhannsdóttir Søndergaard Virtanen Mäkinen Åkesson Bergström Kristiansen Lindqvist Halldórsson Nieminen
Fjeldstad Gonçalves Magalhães Azevedo Echeverría Etxeberria Carvalho Fernandes Lozano Iglesias Urrutia
Nguyễn Phạm Trần Wongsawat Srisuk Chaiyaporn Santos Reyes Villanueva Pangilinan Susanto Wibowo Hartono
Lim Tan Oliveira Quispe Mamani Huamán Rodríguez Saavedra Bustamante Araújo Cárdenas""".split() + [
    "dos Santos", "de Oliveira", "García Márquez", "Pereira da Costa", "bin Abdullah", "Dela Cruz"]

SITES = ["Bergen Hub", "Porto Terminal", "Cebu Warehouse", "Aarhus Cross-dock", "Valencia Depot",
         "Santiago DC", "Surabaya Yard", "Tampere Office", "Lima Port", "Penang Store"]
DEPTS = ["Inbound", "Customs", "Payroll", "Fleet", "Returns", "Yard Planning", "Key Accounts", "Cold Chain"]

PHONES_INTL = ["+47 22 41 73 90", "+46 8 555 183 27", "+358 40 555 2941", "+45 32 55 81 07", "+354 555 4127",
               "+34 912 55 43 18", "+351 21 555 7304", "+84 28 3555 8142", "+66 2 555 3091", "+63 917 555 2048",
               "+62 21 5550 8731", "+60 3-5555 2817", "+65 6555 0391", "+55 11 95555-1826", "+54 9 11 5555-7302",
               "+56 9 5555 4127", "+57 310 555 8214", "+51 1 555 3068", "0047 913 55 182", "+46 (0)31 555 41 90"]
PHONES_NAT = ["22 41 73 90", "08-555 183 27", "040 555 2941", "912 55 43 18", "21 555 7304", "028 3555 8142",
              "02 555 3091", "0917 555 2048", "(021) 5550 8731", "03-5555 2817", "6555 0391", "(11) 95555-1826",
              "011 5555-7302", "(01) 555 3068", "310 555 8214", "0812-5555-9021", "9 5555 4127"]
EXT_FORMS = ["ramal {n}", "anexo {n}", "ext {n}", "(ext. {n})", "ext: {n}", "x {n}", "Ext.{n}"]
ADDRESSES = [
    "Storgata 15B, 0155 Oslo", "Drottninggatan 53, 111 21 Stockholm", "Mannerheimintie 12 A 5, 00100 Helsinki",
    "Nørrebrogade 34, 2. th., 2200 København N", "Laugavegur 18, 101 Reykjavík", "Kungsgatan 7C, 411 19 Göteborg",
    "Hämeenkatu 21 B 14, 33200 Tampere", "Calle Mayor 7, 3º B, 28013 Madrid", "C/ de Mallorca 401, 08013 Barcelona",
    "Rua Augusta 120, 2º Esq., 1100-053 Lisboa", "Av. da Boavista 1277, 4100-130 Porto",
    "88 Sukhumvit Soi 11, Khlong Toei, Bangkok 10110", "Unit 5B, 12 Jupiter St, Makati City 1209",
    "Jl. Sudirman No. 45, Jakarta 10220", "23 Jalan Ampang, 50450 Kuala Lumpur",
    "Blk 123 Ang Mo Kio Ave 3, #05-12, Singapore 560123", "Av. Paulista 1578, São Paulo - SP, 01310-200",
    "Rua das Laranjeiras 210, apto 302, Rio de Janeiro, 22240-003", "Av. Corrientes 1234, piso 5, C1043 CABA",
    "Av. Providencia 1208, depto 402, Providencia, Santiago", "Carrera 7 # 71-21, Bogotá",
    "Calle Las Begonias 415, San Isidro, Lima 15046", "Vesterbrogade 9A, 1620 København V",
    "Strandvejen 102, 2900 Hellerup",
]


class Person:
    """One person with the values a ticket may give about them."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.first = rng.choice(FIRST)
        self.last = rng.choice(LAST)

    def name(self) -> str:
        f, l, r = self.first, self.last, self.rng.random()
        forms = [(0.22, f"{f} {l}"), (0.32, f"{l}, {f}"), (0.42, f"{l.upper()}, {f}"), (0.5, f"{f} {l}".upper()),
                 (0.57, f"{f.lower()} {l.lower()}"), (0.64, f"{f[0]}. {l}"), (0.74, _plain(f"{f} {l}")),
                 (0.8, f"{l} {f}"), (0.87, f"{f} {self.rng.choice('ABCDEGJLMRS')}. {l}"),
                 (0.93, _plain(f"{l.upper()} {f}")), (1.0, f"{f} {l}-{self.rng.choice(['Ruiz', 'Moreno', 'Lund'])}")]
        return next(text for limit, text in forms if r < limit)

    def username(self) -> str:
        f, l = _ascii(self.first), _ascii(self.last)
        return self.rng.choice([f + l[:6], f"{l}.{f[0]}", f"{f[0]}{l}{self.rng.randrange(10, 99)}",
                                f[:3] + l[:3], f"{f}-{l[:4]}", f"{l[:5]}{f[:1]}{self.rng.randrange(1, 9)}"])

    def email(self) -> str:
        f, l = _ascii(self.first), _ascii(self.last)
        host = self.rng.choice(["hotmail.es", "gmail.com", "sapo.pt", "online.no", DOMAIN, "yahoo.com.br"])
        return self.rng.choice([f"{f}{l}@{host}", f"{l}.{f}@{host}", f"{f}_{l[:3]}{self.rng.randrange(1, 99)}@{host}"])

    def email_obf(self) -> str:
        f, l = _ascii(self.first), _ascii(self.last)
        return self.rng.choice([f"{f}{l} arroba gmail punto com", f"{l}.{f} (at) sapo (dot) pt",
                                f"{f}[@]online.no", f"{f}.{l} at nvsolana dot example dot net",
                                f"{f} dot {l} @ hotmail dot es", f"{f}{l[0]}<at>yahoo.com.br"])

    def device(self) -> str:
        l, f = _ascii(self.last), _ascii(self.first)
        return self.rng.choice([f"NB-{l.upper()[:8]}01", f"{f[0]}{l[:6]}-thinkpad", f"PC-{l.upper()[:5]}{f[0].upper()}",
                                f"MBP-{f}", f"LT{l.upper()[:5]}{self.rng.randrange(10, 99)}", f"{f}{l[:3]}-latitude"])


def _otp(rng: random.Random) -> str:
    n = str(rng.randrange(100_000, 999_999))
    return rng.choice([n, f"G-{n}", f"{n[:3]} {n[3:]}", f"{n[:2]}-{n[2:4]}-{n[4:]}", str(rng.randrange(10_000_000, 99_999_999)),
                       str(rng.randrange(1000, 9999)), f"{n[:3]}.{n[3:]}"])


_PW_WORDS = ["Fjord", "solana", "Aurora", "mango", "Tucán", "Laguna", "birch", "Sampaguita", "Lofoten", "naranja"]


def _password(rng: random.Random) -> str:
    w = rng.choice(_PW_WORDS)
    return rng.choice([f"{w}!{rng.randrange(2020, 2030)}", f"{w.lower()}-otter-lamp-{rng.randrange(10, 99)}",
                       f"{w[:3].upper()}{rng.randrange(100, 999)}#", f"Inv13rno{rng.randrange(1, 9)}{w[0]}",
                       f"{w}{w[::-1].lower()}{rng.randrange(1, 9)}", f"Qw{rng.randrange(1, 9)}#z{w[:2]}{rng.randrange(10, 99)}",
                       f"{rng.randrange(1, 9)}{w.upper()}@{rng.randrange(10, 99)}"])


def _values(person: Person, rng: random.Random) -> dict:
    """Slot name -> (value, kind of personal data or None)."""
    ext = str(rng.randrange(100, 9999))
    return {
        "name": (person.name(), "person_name"), "first": (person.first, "person_name"),
        "last": (person.last, "person_name"), "LAST": (person.last.upper(), "person_name"),
        "first_plain": (_plain(person.first), "person_name"), "full_plain": (_plain(f"{person.first} {person.last}"), "person_name"),
        "user": (person.username(), "username"), "USER": (person.username().upper().replace(".", "").replace("-", ""), "username"),
        "email": (person.email(), "email"), "email_obf": (person.email_obf(), "email"),
        "phone": (rng.choice(PHONES_INTL), "phone"), "phone_nat": (rng.choice(PHONES_NAT), "phone"),
        "ext": (rng.choice(EXT_FORMS).format(n=ext), "phone"),
        "phone_ext": (f"{rng.choice(PHONES_INTL + PHONES_NAT)} {rng.choice(EXT_FORMS).format(n=ext)}", "phone"),
        "address": (rng.choice(ADDRESSES), "address"),
        "staff": (str(rng.randrange(100_000, 9_999_999)), "employee_id"),
        "staff_alnum": (rng.choice([f"NS{rng.randrange(10_000, 99_999)}", f"E-{rng.randrange(100_000, 999_999)}",
                                    f"{rng.randrange(10_000, 99_999)}-{rng.choice('ABCKX')}"]), "employee_id"),
        "otp": (_otp(rng), "otp"), "password": (_password(rng), "password"),
        "device": (person.device(), "hostname"),
        "ip": (f"10.{rng.randrange(1, 250)}.{rng.randrange(1, 250)}.{rng.randrange(2, 250)}", "ipv4"),
        "mac": ("".join(f"{rng.randrange(256):02x}" for _ in range(6)) if rng.random() < 0.3 else
                ".".join(f"{rng.randrange(65536):04x}" for _ in range(3)) if rng.random() < 0.5 else
                ":".join(f"{rng.randrange(256):02X}" for _ in range(6)), "mac"),
        "card": (_card(rng), "credit_card"),
        "dept": (rng.choice(DEPTS), None), "site": (rng.choice(SITES), None),
    }


PROBES = [
    # one-time codes
    "The digits on the token display were {otp}, rejected.",
    "Código de verificación {otp} no funciona",
    "user read out the SMS PIN: {otp}",
    "Authy shows {otp} but the portal says invalid",
    "MFA number prompt {otp} never matched",
    "one-time PIN {otp} came through late",
    "verification key sent by text = {otp}",
    "Entered the code from the app ({otp}) on the handheld",
    "Recebi o código {otp} por SMS",
    # passwords
    "Temp pw for first login: {password}",
    "passphrase is {password} until she changes it",
    "Senha provisória: {password}",
    "contraseña nueva {password}",
    "Reset to default password {password} per the runbook",
    "He typed {password} and got locked after 3 tries",
    "pwd: {password}",
    "new pass = {password} (user must change)",
    # usernames
    "AD login {user} is disabled",
    "Usuario: {user}",
    "the user {user} cannot log into the handheld",
    "Windows account {USER} locked",
    "{name} <{user}> reports the scanner freezes",
    "SAP user {USER} needs role ZWM_PICK",
    "Unlock {user} please",
    "Login ID={user}",
    # names
    "Talked to {name} from {dept}, she will test tomorrow.",
    "Best,\n{first} {last}\n{dept} | {site}",
    "Thanks!\n\n{first}",
    "Warehouse lead {name} approved the change.",
    "Ticket opened for {name} by the shift manager.",
    "Saludos, {first}",
    "Att., {name}",
    "{full_plain} called again about this",
    "{LAST} {first} needs the label printer moved",
    "Mr {last} from {dept} is waiting",
    "Hej {first}, please try again now.",
    "Olá {first}, pode testar?",
    "Assigned on behalf of {name}.",
    "NameFull{name}Staff No{staff}",
    # e-mails
    "my private e-mail: {email}",
    "send it to {email_obf}",
    "reply to {email_obf} not my work mail",
    "From: {email}",
    # phones
    "call me on {phone}",
    "celular {phone_nat}",
    "office line {phone_ext}",
    "reach me at {ext}",
    "mobile: {phone_nat}, after 4 pm",
    "Viber / WhatsApp {phone}",
    "tel. {phone_nat}",
    # addresses
    "Send the new handheld to {address}",
    "Dirección: {address}",
    "deliver the monitor to {address} please",
    "Working from {address} until Friday",
    "Morada {address}",
    "{address}",
    # ids
    "Employee no {staff} ({name})",
    "{name} - staff number {staff_alnum}",
    "Matrícula {staff}",
    "badge ID {staff_alnum} not working",
    "{name} {staff} new in Returns",
    "personnel number: {staff}",
    # devices and network
    "Laptop {device} fails the compliance check",
    "{device} keeps losing the VPN, IP {ip}",
    "MAC address {mac} needs whitelisting",
    "Assigned IP {ip} to {device}",
    # cards
    "paid with card {card} by mistake",
    "Card ending ... full number {card} was charged twice",
]

DECOYS = [
    ("bay", "Scanner dead at Bay 12A, 2210 pallets waiting.", "Bay 12A, 2210"),
    ("bay", "Aisle 14B, 3300 Series racking is blocked.", "Aisle 14B, 3300 Series"),
    ("bay", "Dock 7C, 4400 Line conveyor stopped.", "Dock 7C, 4400 Line"),
    ("version", "Windows 11, 23H2 Build 22631 is on the kiosk.", "Windows 11, 23H2 Build 22631"),
    ("version", "Dynamics 365, 2306 release broke the picking list.", "Dynamics 365, 2306"),
    ("version", "Upgraded the WMS to 7.4.12 last night.", "7.4.12"),
    ("version", "Build 2403.17328.20200 of Office is installed.", "2403.17328.20200"),
    ("product", "The Zebra TC52 handheld shows a battery fault.", "Zebra TC52"),
    ("product", "Honeywell CT60 XP needs a firmware update.", "Honeywell CT60 XP"),
    ("product", "The Sofia Dock charging cradle blinks red.", "Sofia Dock"),
    ("application", "Linnea WMS will not print pick labels.", "Linnea WMS"),
    ("application", "Open Mateo Billing and rerun the invoice batch.", "Mateo Billing"),
    ("application", "Selma Planner crashes on the route view.", "Selma Planner"),
    ("application", "Rosa Timesheets rejects the overtime entry.", "Rosa Timesheets"),
    ("building", "The switch in Amundsen Hall is down.", "Amundsen Hall"),
    ("building", "Move the printer to the Magellan Building, floor 3.", "Magellan Building"),
    ("building", "Fire drill in Bolívar Tower at 10.", "Bolívar Tower"),
    ("room", "The screen in Sala Miró does not cast.", "Sala Miró"),
    ("room", "Book meeting room Sibelius for the review.", "Sibelius"),
    ("room", "Projector in Room Gaudí 2.14 is flickering.", "Room Gaudí"),
    ("place", "The Porto Terminal gate scanner rebooted.", "Porto Terminal"),
    ("place", "Trucks for Santa Cruz depot are delayed.", "Santa Cruz"),
    ("place", "Shipment from San José warehouse is missing.", "San José"),
    ("place", "Wifi is weak in Bergen Hub canteen.", "Bergen Hub"),
    ("plant", "Planta Valencia reports the PLC offline.", "Planta Valencia"),
    ("plant", "Plant Espoo cold store alarm again.", "Plant Espoo"),
    ("printer", "Send the labels to PRN-OSL-4F-01.", "PRN-OSL-4F-01"),
    ("printer", "Printer ZD621 at Returns prints blank.", "ZD621"),
    ("error_code", "Install fails with 0x800F081F.", "0x800F081F"),
    ("error_code", "Sign-in says AADSTS700016.", "AADSTS700016"),
    ("error_code", "Client shows ORA-12541 on start.", "ORA-12541"),
    ("asset_tag", "Asset NSF-AT-004521 was swapped.", "NSF-AT-004521"),
    ("asset_tag", "Handheld tagged 77120-B in the register.", "77120-B"),
    ("tracking", "Tracking 1Z999AA10123456784 shows no scan.", "1Z999AA10123456784"),
    ("tracking", "Order 4500123456 is stuck in customs.", "4500123456"),
    ("tracking", "AWB 176-55501234 not in the portal.", "176-55501234"),
    ("ticket_ref", "Same as RITM0098123 last month.", "RITM0098123"),
    ("ticket_ref", "Duplicate of CS-88213.", "CS-88213"),
    ("kb_ref", "Followed KB0012345 without luck.", "KB0012345"),
    ("kb_ref", "Update KB5034441 failed to install.", "KB5034441"),
    ("date", "Happened on 12.03.2025 after the update.", "12.03.2025"),
    ("date", "Shift 14:30-22:00 on 2025/03/12.", "2025/03/12"),
    ("size", "Only 2.5 TB left on the NAS.", "2.5 TB"),
    ("size", "Needs 16 GB RAM for the new client.", "16 GB"),
    ("role_email", "Write to returns@nvsolana.example.net for RMAs.", "returns@nvsolana.example.net"),
    ("serial", "Serial S/N 21345B7760 on the label.", "21345B7760"),
    ("server", "sap_prd01 and wms-app03 were patched.", "wms-app03"),
    ("team", "Escalated to Team Condor.", "Team Condor"),
]

SUBJECTS = ["Handheld will not sync", "Label printer offline", "Cannot log into WMS", "VPN drops in the yard",
            "New starter account", "Shared mailbox access", "Laptop battery swelling", "Customs portal error",
            "Password expired on scanner", "Teams calls drop", "Monitor flickers", "Route planner crash"]
NAME_SUBJECTS = ["New starter account - {name}", "Access for {name}", "{USER} locked out", "Laptop for {full_plain}"]
LEADS = ["Hi team,", "Buenos días,", "Hello IT,", "Urgent!!", "", "", "Logged from a phone call.", "Hei,"]
NOTES = ["Fixed remotely.", "User confirmed OK.", "No answer, closing.", "Swapped the unit.", "Resolved after reboot."]



def build(count: int = 2000, seed: int = 47) -> list[dict]:
    """The tickets with their truth."""
    from suggest_data.make import PiiBankPlan, build_pii_bank

    return build_pii_bank(PiiBankPlan(
        person=Person, values=_values, render=_render, probes=PROBES, decoys=DECOYS,
        subjects=SUBJECTS, leads=LEADS, notes=NOTES, start=dt.datetime(2025, 9, 1, 7, 30, 0), minutes=41,
        first_number=8_000_000, decoy_counts=(0, 1, 1, 2, 2),
        name_subjects=NAME_SUBJECTS, name_subject_rate=0.1,
        values_before_probe=True), count, seed)


def write(out: Path, count: int = 2000, seed: int = 47) -> None:
    """Write ``pii.csv`` and ``pii-truth.jsonl`` into ``out`` (the writer of held-out v3, this bank's tickets)."""
    pii_heldout3.write(out, count, seed, build=build)


def main() -> None:
    pii_heldout3.main(write, 47, __doc__)


if __name__ == "__main__":
    main()
