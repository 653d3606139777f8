"""FIFTH HELD-OUT personal-data bank (v5): FROZEN. Written and committed before any redaction tuning
of round 5; never tuned on. Only its aggregate figures are read, once, at the end of the round.

    python3 bench/suggest_data/pii_heldout5.py OUT_DIR [--count 2000] [--seed 59]

A fictional power and water utility ("Orlica Sahel Utilities", plants and offices in Poland,
Czechia, Hungary, Romania, Ukraine, Bulgaria, the United Arab Emirates, Saudi Arabia, Israel,
Egypt, Jordan, Morocco, Nigeria, Kenya, Ghana, South Africa, Australia, New Zealand, Quebec and
India) writes description-bearing tickets: callers, agents' work notes, resolution notes. Every
name, value and phrasing is invented for kbgen (nothing is copied from the evaluation data or the
earlier banks). Written to differ from them: Central/Eastern European, Arabic, Hebrew, West and
East African, Maori, Québécois and Indian names (family name first, "al-"/"bin"/"ben" particles,
accents dropped, glued to form labels, all capitals); one-time codes from authenticators, SMS and
backup-code lists, with spaces or dashes inside and typos in the cue words; passwords set, tried,
temporary, quoted, after "pw"/"pwd"/"passwd" and in Polish, Czech, Hungarian, French and
Romanian; MAC addresses in colon, dash, Cisco-dot and bare notations; host names as FQDNs and
NetBIOS names with site and role codes; usernames, staff ids, addresses in several countries'
orders with and without a cue word, phones with extensions; and many look-alikes that must stay:
products, versions, builds, error codes, GUIDs, hashes, hex colour codes, serial numbers, asset
tags, KB ids, ticket numbers, dates, sizes, rooms, printers, substations and feeders.

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

DOMAIN = "orlica-sahel.example.com"

FIRST = """Bartłomiej Grażyna Przemysław Zdzisława Vojtěch Květoslava Jiří Bohumila Ferenc Zsófia Gergő Erzsébet
Răzvan Ioana Mihaela Bogdan Oleksandr Nataliia Yaroslav Svitlana Tsvetelina Dimitar Khalid Noura Abdulaziz Mariam
Yousef Layla Tariq Hessa Avraham Noa Yitzhak Shira Ahmed Nourhan Omar Rania Youssef Salma Oluwaseun Chukwuemeka
Ngozi Babatunde Wanjiru Otieno Akosua Kofi Nokuthula Thabo Rangi Hinewai Mathilde Jean-François Ginette Réjean
Lakshmi Venkatesh Gurpreet Harjinder Ananya Subramanian""".split()
LAST = """Wróblewski Szczepańska Przybylski Grzelak Dvořák Procházková Kučera Svobodová Horváth Szabó Kovács Tóth
Popescu Ionescu Dumitrescu Stoica Shevchenko Kovalenko Bondarenko Tkachuk Georgieva Petrov Al-Mansouri Al-Harbi
Haddad Khoury Mizrahi Ben-David Friedman Abdelrahman Hassan Benali Okafor Adebayo Eze Olawale Kamau Mwangi Achieng
Mensah Boateng Zulu Ngata Tawhiri Tremblay Bélanger Gauthier Côté Krishnamurthy Venkataraman Sandhu Gill
Chakraborty""".split() + ["bin Saleh", "ben Haim", "Abu Zaid", "El Idrissi", "Nagy-Tóth", "van Wyk"]

SITES = ["Gdańsk Substation", "Brno Pump House", "Debrecen Plant", "Cluj Depot", "Lviv Control Room",
         "Abu Dhabi Office", "Haifa Desal", "Aswan Yard", "Lagos Depot", "Mombasa Wharf", "Perth Office", "Laval Depot"]
DEPTS = ["Metering", "Grid Ops", "Water Quality", "Billing", "SCADA", "Field Crews", "Treasury", "HSE"]

PHONES_INTL = ["+48 58 555 21 47", "+420 541 555 832", "+36 52 555 194", "+40 264 555 307", "+380 32 555 1829",
               "+359 2 555 4417", "+971 2 555 7390", "+966 11 555 2048", "+972 4-555-8120", "+20 97 555 3361",
               "+962 6 555 9014", "+212 5225-55718", "+234 803 555 2917", "+254 722 555 418", "+233 24 555 6730",
               "+27 21 555 8842", "+61 8 9555 2760", "+64 9 555 4381", "+1 450 555 0178", "+91 44 5555 2619",
               "+48 601 555 832", "+36 30 555 4172", "+971 50 555 8841"]
PHONES_NAT = ["058 555 21 47", "541 555 832", "(52) 555-194", "0264 555 307", "032 555 1829", "02 555 4417",
              "050 555 8841", "011 555 2048", "04-555-8120", "0722 555 418", "024 555 6730", "021 555 8842",
              "(08) 9555 2760", "09-555 4381", "(450) 555-0178", "044 5555 2619", "98455 52619", "601 555 832"]
EXT_FORMS = ["wewn. {n}", "kl. {n}", "ext.{n}", "poste {n}", "x.{n}", "EXTN {n}", "ext #{n}", "(extension {n})"]
ADDRESSES = [
    "ul. Długa 17/4, 80-831 Gdańsk", "Aleje Jerozolimskie 65/79 lok. 12, 00-697 Warszawa",
    "Vinohradská 1511/230, 100 00 Praha 10", "Kobližná 4, 602 00 Brno", "1052 Budapest, Váci utca 19. II/5",
    "Debrecen, Piac u. 45, 4025", "Str. Memorandumului 28, ap. 7, Cluj-Napoca 400114",
    "вул. Городоцька 112, кв. 9, Львів 79000", "бул. Витоша 41, ет. 3, 1000 София",
    "Villa 14, Street 27, Al Bateen, Abu Dhabi", "Building 7, King Fahd Road, Riyadh 12271",
    "HaNassi Blvd 88, Apt 6, Haifa 3463620", "12 Corniche El Nil, Aswan", "Rue Ibn Batouta 33, Casablanca 20250",
    "Plot 21, Admiralty Way, Lekki Phase 1, Lagos", "Moi Avenue, P.O. Box 84512-80100, Mombasa",
    "House No. 9, Oxford St, Osu, Accra", "17 Long Street, Cape Town 8001", "41 Hay St, Perth WA 6000",
    "Unit 3/27 Ponsonby Road, Grey Lynn, Auckland 1021", "2150, boul. Saint-Martin Ouest, app. 404, Laval (Québec) H7S 1N1",
    "4521 rue Saint-Denis, Montréal QC H2J 2L4", "Flat 3B, 12 Cathedral Rd, Gopalapuram, Chennai 600086",
    "H.No. 1-8-450, Begumpet, Hyderabad 500016",
]


class Person:
    """One person with the values a ticket may give about them."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.first = rng.choice(FIRST)
        self.last = rng.choice(LAST)

    def name(self) -> str:
        f, l, r = self.first, self.last, self.rng.random()
        forms = [(0.2, f"{f} {l}"), (0.3, f"{l} {f}"), (0.38, f"{l}, {f}"), (0.46, f"{l.upper()} {f.upper()}"),
                 (0.54, _plain(f"{f} {l}")), (0.6, f"{f.lower()} {l.lower()}"), (0.66, f"{f[0]}.{l}"),
                 (0.73, _plain(f"{l}, {f}")), (0.8, f"{f} {l}".upper()), (0.87, f"{l.upper()}, {f}"),
                 (0.93, _plain(f"{f} {l}").lower()), (1.0, f"{f} {self.rng.choice('BDKLMNPTZ')}. {l}")]
        return next(text for limit, text in forms if r < limit)

    def username(self) -> str:
        f, l = _ascii(self.first), _ascii(self.last)
        return self.rng.choice([f"{f[0]}{l[:7]}", f"{f[:4]}.{l[:4]}", f"{l}{f[0]}{self.rng.randrange(1, 99)}",
                                f"{f}{self.rng.randrange(100, 999)}", f"{l[:3]}{f[:3]}", f"{f[0]}_{l}",
                                f"u{self.rng.randrange(10_000, 99_999)}{f[0]}"])

    def email(self) -> str:
        f, l = _ascii(self.first), _ascii(self.last)
        host = self.rng.choice(["wp.pl", "seznam.cz", "freemail.hu", "yahoo.ro", "ukr.net", "gmail.com",
                                "outlook.sa", DOMAIN, "rediffmail.com", "videotron.ca"])
        return self.rng.choice([f"{f}.{l}@{host}", f"{l}{f[0]}@{host}", f"{f}{self.rng.randrange(70, 99)}@{host}",
                                f"{f[0]}-{l}@{host}"])

    def email_obf(self) -> str:
        f, l = _ascii(self.first), _ascii(self.last)
        return self.rng.choice([f"{f}.{l} małpa wp.pl", f"{l} (zavináč) seznam (tečka) cz", f"{f}{l[0]} [at] gmail [dot] com",
                                f"{f} at {l} dot com", f"{f}.{l}@@gmail.com", f"{f} _at_ outlook _dot_ sa",
                                f"{f}.{l} AT videotron DOT ca"])

    def host(self) -> str:
        l, f = _ascii(self.last), _ascii(self.first)
        site = self.rng.choice(["GDN", "BRN", "DEB", "CLJ", "LWO", "AUH", "HFA", "LOS", "MBA", "PER", "YUL", "MAA"])
        return self.rng.choice([f"{site}-LT-{l.upper()[:6]}", f"{site}WKS{self.rng.randrange(1000, 9999)}",
                                f"{f}-{l[:4]}-pc.corp.{DOMAIN}", f"{site.lower()}-nb-{l}.{DOMAIN}",
                                f"{l.upper()[:5]}{f[0].upper()}-LAPTOP", f"DESKTOP-{l.upper()[:4]}{self.rng.randrange(10, 99)}Q",
                                f"{site}-{self.rng.choice(['FIN', 'OPS', 'HR'])}-{l.upper()[:5]}"])


def _otp(rng: random.Random) -> str:
    n = str(rng.randrange(100_000, 999_999))
    return rng.choice([n, f"{n[:3]} {n[3:]}", f"{n[:3]}-{n[3:]}", f"{n[:2]} {n[2:4]} {n[4:]}",
                       str(rng.randrange(10_000_000, 99_999_999)), f"{rng.randrange(1000, 9999)}-{rng.randrange(1000, 9999)}",
                       str(rng.randrange(10_000, 99_999)), f"{n[:4]} {n[4:]}{rng.randrange(10, 99)}"])


_PW_WORDS = ["Wisła", "baobab", "Cedar", "Karpaty", "Sahara", "tui", "Dunaj", "mimosa", "Kilimanjaro", "Ontario"]


def _password(rng: random.Random) -> str:
    w = _plain(rng.choice(_PW_WORDS))
    return rng.choice([f"{w}_{rng.randrange(100, 999)}", f"{w.lower()}.{rng.randrange(10, 99)}!{w[0]}",
                       f"Zaq1@{w[:3].lower()}{rng.randrange(10, 99)}", f"{w.upper()}{rng.randrange(1, 9)}$x",
                       f"Start{rng.randrange(100, 999)}{w[:2]}", f"{w}+{w[::-1].lower()}",
                       f"!{w[:4]}{rng.randrange(1000, 9999)}", f"{rng.randrange(1, 9)}{w.lower()}{rng.randrange(1, 9)}{w[0]}?"])


def _mac(rng: random.Random) -> str:
    octets = [rng.randrange(256) for _ in range(6)]
    hexes = [f"{o:02x}" for o in octets]
    form = rng.random()
    if form < 0.25:
        return ":".join(hexes).upper() if rng.random() < 0.5 else ":".join(hexes)
    if form < 0.5:
        return "-".join(hexes).upper()
    if form < 0.75:
        return ".".join("".join(hexes[i:i + 2]) for i in (0, 2, 4))
    return "".join(hexes).upper() if rng.random() < 0.5 else "".join(hexes)


def _values(person: Person, rng: random.Random) -> dict:
    """Slot name -> (value, kind of personal data or None)."""
    ext = str(rng.randrange(10, 9999))
    return {
        "name": (person.name(), "person_name"), "first": (person.first, "person_name"),
        "last": (person.last, "person_name"), "LAST": (person.last.upper(), "person_name"),
        "first_plain": (_plain(person.first), "person_name"), "last_plain": (_plain(person.last), "person_name"),
        "FULL": (_plain(f"{person.first} {person.last}").upper(), "person_name"),
        "user": (person.username(), "username"), "email": (person.email(), "email"),
        "email_obf": (person.email_obf(), "email"),
        "phone": (rng.choice(PHONES_INTL), "phone"), "phone_nat": (rng.choice(PHONES_NAT), "phone"),
        "phone_ext": (f"{rng.choice(PHONES_INTL + PHONES_NAT)} {rng.choice(EXT_FORMS).format(n=ext)}", "phone"),
        "address": (rng.choice(ADDRESSES), "address"),
        "staff": (str(rng.randrange(10_000, 999_999)), "employee_id"),
        "staff_alnum": (rng.choice([f"OSU-{rng.randrange(10_000, 99_999)}", f"P{rng.randrange(100_000, 999_999)}",
                                    f"{rng.choice('ABHKMZ')}{rng.randrange(1000, 9999)}{rng.choice('XYZ')}"]), "employee_id"),
        "otp": (_otp(rng), "otp"), "password": (_password(rng), "password"),
        "host": (person.host(), "hostname"),
        "ip": (f"172.{rng.randrange(16, 31)}.{rng.randrange(1, 250)}.{rng.randrange(2, 250)}", "ipv4"),
        "mac": (_mac(rng), "mac"), "card": (_card(rng), "credit_card"),
        "dept": (rng.choice(DEPTS), None), "site": (rng.choice(SITES), None),
    }


PROBES = [
    # one-time codes
    "Authenticator app code {otp} expired before she could type it",
    "Backup code used: {otp}",
    "SMS verfication code {otp} arrived 10 min late",
    "the one time pasword {otp} is refused",
    "kod SMS {otp} nie działa",
    "Gave him the recovery code {otp} over the phone",
    "Verified caller via OTP ({otp})",
    "user says the authentcation code was {otp}",
    "Security code texted: {otp}",
    "2-step code {otp} not accepted on the portal",
    "Caller read back token {otp}, matched",
    # passwords
    "pw {password}",
    "passwd={password}",
    "Set a temporary one: {password}",
    "tried \"{password}\" and the old one, both fail",
    "Hasło tymczasowe: {password}",
    "heslo je {password}",
    "jelszó: {password}",
    "mot de passe temporaire {password}",
    "parola noua {password}",
    "changed it to '{password}' yesterday",
    "Initial password issued - {password} - must change at logon",
    "she thinks it is {password} but not sure",
    # usernames
    "Logon name {user} locked after the holiday",
    "his login is {user}",
    "sAMAccountName: {user}",
    "Remove {user} from the SCADA-RO group",
    "User {user} can't map the H: drive",
    "Account {user} (ORLICA\\{user}) disabled by HR",
    "{name} ({user}) called from {site}",
    "UPN {user}@{DOMAIN_LIT}",
    # names
    "Spoke with {name} in {dept}; will retest on Monday.",
    "Regards\n{name}\n{dept}, {site}",
    "Cheers, {first}",
    "Dzień dobry, {first_plain} here again",
    "Shalom, this is {first}",
    "Bonjour, {name} du service {dept}",
    "{LAST} {first} - keyboard swap please",
    "Reported by: {name}",
    "Callback requested by {full_caps}".replace("{full_caps}", "{FULL}"),
    "Manager {last_plain} approved by mail",
    "Requester{name}Department{dept}",
    "as {first} said on the call, the meter app froze",
    "Handed over to {name} (night shift).",
    "Dear {first},\nplease reboot and confirm.",
    # e-mails
    "personal mail {email}",
    "write me at {email_obf}",
    "reply to {email}",
    "Forwarded from {email_obf}",
    # phones
    "call back on {phone}",
    "mobile {phone_nat}",
    "desk {phone_ext}",
    "Tel: {phone}, best after 15:00",
    "WhatsApp {phone_nat} if urgent",
    "reach me on {phone_ext}",
    # addresses
    "Courier the token to {address}",
    "Home address: {address}",
    "Adres: {address}",
    "Ship replacement laptop to\n{address}",
    "I moved, now at {address}",
    "{address}",
    "Adresse de livraison : {address}",
    # ids
    "Staff ID {staff} - {name}",
    "{name}, payroll no. {staff}",
    "Numer pracownika {staff}",
    "employee #{staff_alnum} cannot clock in",
    "Personnel no {staff_alnum}",
    "ID: {staff} ({name})",
    # devices and network
    "Machine {host} failing Intune compliance",
    "Reimaged {host}, IP now {ip}",
    "{host} cannot reach the historian at {ip}",
    "NAC blocked MAC {mac}",
    "Wired NIC {mac} needs adding to the allow list",
    "DHCP reservation for {mac} on {host}",
    "device MAC: {mac}",
    "physical address {mac} shows in the switch log",
    # cards
    "card {card} charged for the parking app",
    "Refund to card number {card}",
]

DECOYS = [
    ("version", "Rolled back to 4.18.2 of the meter app.", "4.18.2"),
    ("version", "Windows 10 22H2 build 19045.4291 still on it.", "19045.4291"),
    ("version", "Firmware v3.2.117 on the RTU.", "v3.2.117"),
    ("build", "Build 2311.16924.20150 of Outlook fails.", "2311.16924.20150"),
    ("product", "The Siemens SICAM A8000 rack alarms.", "SICAM A8000"),
    ("product", "Dell Latitude 5440 battery drains.", "Latitude 5440"),
    ("product", "The Hana Meter Reader app crashed.", "Hana Meter Reader"),
    ("application", "Kasia Billing rejects the tariff file.", "Kasia Billing"),
    ("application", "Open Amira Dispatch and reload.", "Amira Dispatch"),
    ("error_code", "Install ends with 0x80070643.", "0x80070643"),
    ("error_code", "Sign-in error AADSTS53003 again.", "AADSTS53003"),
    ("error_code", "SAP returns error F5 727.", "F5 727"),
    ("error_code", "HTTP 503 from the portal.", "HTTP 503"),
    ("guid", "Policy {3F2504E0-4F89-11D3-9A0C-0305E82C3301} not applied.", "3F2504E0-4F89-11D3-9A0C-0305E82C3301"),
    ("guid", "Tenant id 8c7a1e52-4b1d-4f0e-9c3a-2d6b8e0f4a17 in the log.", "8c7a1e52-4b1d-4f0e-9c3a-2d6b8e0f4a17"),
    ("hash", "File hash 9f86d081884c7d659a2feaa0c55ad015 flagged by Defender.", "9f86d081884c7d659a2feaa0c55ad015"),
    ("hash", "Commit 3e1b7c9 broke the report.", "3e1b7c9"),
    ("colour", "Brand colour #1A7F5C is wrong in the template.", "#1A7F5C"),
    ("colour", "Use #FFC20E for the warning banner.", "#FFC20E"),
    ("serial", "Serial number 5CG3211XYZ on the laptop.", "5CG3211XYZ"),
    ("serial", "S/N FDO2317R0KB on the switch.", "FDO2317R0KB"),
    ("asset_tag", "Asset tag OSU-AT-019233 swapped.", "OSU-AT-019233"),
    ("asset_tag", "Inventory no. INV/2024/0871 on the meter.", "INV/2024/0871"),
    ("kb_ref", "See KB0019342 for the steps.", "KB0019342"),
    ("kb_ref", "KB5036893 failed to install.", "KB5036893"),
    ("ticket_ref", "Linked to INC0412288.", "INC0412288"),
    ("ticket_ref", "Same as CHG0031877 last week.", "CHG0031877"),
    ("date", "Outage on 14.02.2025 from 02:00.", "14.02.2025"),
    ("date", "Scheduled for 2025-03-30.", "2025-03-30"),
    ("size", "Mailbox is at 49.5 GB of 50 GB.", "49.5 GB"),
    ("size", "Upload limit is 250 MB.", "250 MB"),
    ("room", "Projector in room B2.114 is dead.", "B2.114"),
    ("room", "Meeting room Curie on floor 4 has no audio.", "Curie"),
    ("building", "Network down in the Tesla Building.", "Tesla Building"),
    ("printer", "Print to PRT-GDN-2F-07 fails.", "PRT-GDN-2F-07"),
    ("printer", "HP M479fdw in Billing jams.", "M479fdw"),
    ("substation", "RTU at substation SS-114 offline.", "SS-114"),
    ("feeder", "Feeder F12-3 tripped twice.", "F12-3"),
    ("server", "srv-hist-02 and scada-fe01 were patched.", "scada-fe01"),
    ("server", "Backups on DBPRD03 failed.", "DBPRD03"),
    ("role_email", "Mail metering@orlica-sahel.example.com for reads.", "metering@orlica-sahel.example.com"),
    ("place", "Crew sent to Nowa Huta.", "Nowa Huta"),
    ("place", "Water pressure low in Port Said.", "Port Said"),
    ("team", "Escalated to Team Falcon.", "Team Falcon"),
    ("count", "About 1200 meters did not report.", "1200"),
    ("vlan", "Moved the port to VLAN 214.", "VLAN 214"),
    ("port", "Opened TCP 8443 on the firewall.", "8443"),
]

SUBJECTS = ["Smart meter app not syncing", "Cannot log into SCADA viewer", "Laptop will not dock", "VPN drops at the plant",
            "New joiner account", "Shared mailbox access", "MFA prompt loop", "Billing run error",
            "Password expired", "Teams audio issue", "Printer offline", "Tablet screen cracked"]
NAME_SUBJECTS = ["Account for {name}", "{FULL} - new laptop", "Access request {user}", "Unlock {user} please"]
LEADS = ["Hi,", "Dzień dobry,", "Salam,", "Good day IT,", "", "", "Called in by phone.", "Bonjour,"]
NOTES = ["Fixed.", "Confirmed working by user.", "No reply, auto-closed.", "Replaced the unit.", "Resolved after patching."]


def _render_probe(template: str, values: dict) -> tuple[str, list[dict]]:
    """A probe filled in; the company's own domain is no personal data."""
    return _render(template.replace("{DOMAIN_LIT}", DOMAIN), values)



def build(count: int = 2000, seed: int = 59) -> list[dict]:
    """The tickets with their truth."""
    from suggest_data.make import PiiBankPlan, build_pii_bank

    return build_pii_bank(PiiBankPlan(
        person=Person, values=_values, render=_render_probe, probes=PROBES, decoys=DECOYS,
        subjects=SUBJECTS, leads=LEADS, notes=NOTES, start=dt.datetime(2025, 10, 6, 6, 45, 0), minutes=37,
        first_number=9_100_000, decoy_counts=(0, 1, 1, 2, 2, 3),
        name_subjects=NAME_SUBJECTS, name_subject_rate=0.1,
        values_before_probe=True), count, seed)


def write(out: Path, count: int = 2000, seed: int = 59) -> None:
    """Write ``pii.csv`` and ``pii-truth.jsonl`` into ``out`` (the writer of held-out v3, this bank's tickets)."""
    pii_heldout3.write(out, count, seed, build=build)


def main() -> None:
    pii_heldout3.main(write, 59, __doc__)


if __name__ == "__main__":
    main()
