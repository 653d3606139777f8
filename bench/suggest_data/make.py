"""Generate messy service-desk exports with ground truth from a phrasing bank (``tune`` or ``heldout``).

    python3 bench/suggest_data/make.py tune OUT_DIR [--total N] [--seed S]

Writes into OUT_DIR:

* ``export.csv``: a ServiceNow list export (number, opened_at, short_description, caller_id,
  category, assignment_group, state) with short descriptions only, as real exports often are:
  placeholders, tests, machine alerts, job failures, printer status mail, form-generated
  subjects with names inside, generic and per-application password resets, recurring topics
  of 30-260 tickets (some the evaluation KB covers, some it lacks), one-word subjects, one-offs,
  and two far-outlier dates. Names, ids and phone numbers are planted in subjects.
* ``subjects.csv``: the same tickets with only number, opened_at and short_description.
* ``truth.jsonl``: per ticket ``{number, family, topic, kb, spans: [{kind, text}]}``.
* ``pii.csv`` / ``pii-truth.jsonl``: a 2,000-ticket export with descriptions, comments and
  resolution notes carrying the bank's personal-data probes and look-alikes (decoys).
* ``rich.csv`` / ``rich-truth.jsonl`` (banks with ``RICH_TOPICS`` only): an export whose tickets
  carry descriptions, agents' comments and resolution notes (as the dev export does), with its own
  topics (some covered by the evaluation KB, some gaps) and one-offs; truth per ticket
  ``{number, topic, kb, spans, decoys}``.

Optional bank attributes change the engine's behaviour only for the banks that define them
(``NOISE_PREFIXES``/``NOISE_SUFFIXES``, ``RICH_TOPICS``, three-part ``DECOYS`` naming the text that
must stay), so the tune and first held-out exports stay byte-identical.

Deterministic for a given bank, total and seed.
"""
from __future__ import annotations

import argparse
import csv
import dataclasses
import datetime as dt
import importlib
import json
import random
import re
import sys
import unicodedata
from pathlib import Path
from typing import Callable

HERE = Path(__file__).resolve().parent
CATEGORIES = ["Hardware", "Software", "Network", "Inquiry / Help", "Account", "", "", "Other", "Email", "Telecom"]
GROUPS = ["Service Desk", "Desktop Support", "Server Team", "Network Ops", "Clinical Apps", "Telecom", ""]
#: What the truth of a personal-data export holds for each ticket.
PII_KEYS = ("number", "spans", "decoys")
SN_FIELDS = ["number", "opened_at", "short_description", "caller_id", "category", "assignment_group", "state"]


def plain(text: str) -> str:
    """Accents dropped (what people type when their keyboard lacks them)."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def pick_name(bank, rng: random.Random) -> tuple[str, str]:
    """A first name and a surname of the bank (particles split off by the word lists are skipped)."""
    surnames = [n for n in bank.LAST_NAMES if len(n) > 1 and n[0].isupper()]
    return rng.choice(bank.FIRST_NAMES), rng.choice(surnames)


def luhn_card(rng: random.Random) -> str:
    digits = [4] + [rng.randrange(10) for _ in range(14)]
    total = 0
    for i, d in enumerate(reversed(digits)):
        v = d * 2 if i % 2 == 0 else d
        total += v - 9 if v > 9 else v
    digits.append((10 - total % 10) % 10)
    s = "".join(map(str, digits))
    return " ".join(s[i:i + 4] for i in range(0, 16, 4)) if rng.random() < 0.6 else s


class Filler:
    """Renders template slots; remembers which rendered pieces are personal data."""

    PII = {"person": "person_name", "first": "person_name", "last": "person_name", "FIRST": "person_name",
           "LAST": "person_name", "first_plain": "person_name", "netid": "username", "id7": "employee_id",
           "phone": "phone", "phone_intl": "phone", "ext": "phone", "email": "email", "email_obf": "email",
           "ws": "hostname", "ip": "ipv4", "mac": "mac", "card": "credit_card", "otp": "otp",
           "otp_spaced": "otp", "password": "password", "address_eu": "address", "address_us": "address",
           "USERID": "username", "ws2": "hostname", "mac2": "mac", "phone_nat": "phone", "id_alnum": "employee_id",
           "address_x": "address"}

    def __init__(self, bank, rng: random.Random) -> None:
        self.bank, self.rng = bank, rng
        self.first = self.last = ""
        self.new_person()

    def new_person(self) -> None:
        self.first, self.last = pick_name(self.bank, self.rng)

    def netid(self) -> str:
        first, last = plain(self.first).lower(), re.sub(r"[^a-z]", "", plain(self.last).lower())
        return self.rng.choice([first[0] + last[:6], last[:5] + first[0], first[0] + last[:5] + str(self.rng.randrange(1, 99)),
                                f"{first}.{last}", first[:3] + str(self.rng.randrange(100, 999))])

    def person(self) -> str:
        f, l, r = self.first, self.last, self.rng.random()
        forms = [(0.35, f"{f} {l}"), (0.5, f"{l}, {f}"), (0.6, f"{f} {l}".upper()), (0.68, f"{l}, {f}".upper()),
                 (0.73, f"{f} {l}".lower()), (0.8, f"{f} {chr(65 + self.rng.randrange(26))}. {l}"),
                 (0.86, f"Dr. {l}"), (1.0, plain(f"{f} {l}"))]
        return next(text for limit, text in forms if r < limit)

    def email(self) -> str:
        f, l = plain(self.first).lower(), re.sub(r"[^a-z]", "", plain(self.last).lower())
        domain = self.rng.choice(["mailbox.example.net", "post.example.org", self.bank.DOMAIN, "webmail.example.com"])
        return self.rng.choice([f"{f}.{l}@{domain}", f"{f[0]}{l}{self.rng.randrange(10, 99)}@{domain}", f"{l}.{f}@{domain}"])

    def email_obf(self) -> str:
        f, l = plain(self.first).lower(), re.sub(r"[^a-z]", "", plain(self.last).lower())
        host, tld = self.rng.choice([("mailbox", "net"), ("post", "org"), ("webmail", "com")])
        return self.rng.choice([f"{f}.{l} [at] {host}.{tld}", f"{f}.{l}(at){host}.{tld}",
                                f"{f} dot {l} at {host} dot {tld}", f"{f}.{l} @ {host} . {tld}",
                                f"{f}{l[0]} AT {host} DOT {tld}"])

    def caps_userid(self) -> str:
        """An ALL-CAPS user id as some directories issue them: initial and surname, or three letters
        of the surname and digits."""
        first, last = plain(self.first).upper(), re.sub(r"[^A-Z]", "", plain(self.last).upper())
        return self.rng.choice([first[0] + last[:7], last[:3] + str(self.rng.randrange(100, 999)),
                                first[:2] + last[:4] + str(self.rng.randrange(1, 9))])

    def workstation(self) -> str:
        """A personal workstation name in another organisation's naming scheme."""
        last = re.sub(r"[^A-Z]", "", plain(self.last).upper())[:7]
        code = self.rng.choice(self.bank.PLANT_CODES)
        return self.rng.choice([f"{code}-NB-{last}", f"{code}{last}W{self.rng.randrange(1, 9)}",
                                f"{plain(self.first).lower()}-thinkpad", f"PC-{last}-{self.rng.randrange(1, 4)}"])

    def mac_other(self) -> str:
        """A MAC address written lower case with dashes, or in Cisco's dotted form."""
        octets = [f"{self.rng.randrange(256):02x}" for _ in range(6)]
        if self.rng.random() < 0.5:
            return "-".join(octets)
        joined = "".join(octets)
        return ".".join(joined[i:i + 4] for i in range(0, 12, 4))

    def password(self) -> str:
        words = ["Harbor", "maple", "Tiger", "sunset", "Quartz", "river", "Falcon", "orchid", "Copper", "meadow"]
        w = self.rng.choice(words)
        return self.rng.choice([f"{w}!{self.rng.randrange(10, 99)}", f"{w}{self.rng.randrange(1990, 2030)}#",
                                f"{w.lower()}-{w[::-1].lower()}{self.rng.randrange(1, 9)}", f"{w.capitalize()}${self.rng.randrange(100, 999)}x",
                                f"Qz{self.rng.randrange(1000, 9999)}{w.lower()}", f"{w}_{w.upper()[:3]}{self.rng.randrange(10, 99)}!"])

    def slot(self, name: str) -> str:
        b, rng = self.bank, self.rng
        if name in ("app", "APP"):
            app = rng.choices(b.APPS, weights=[1 / (i + 1) for i in range(len(b.APPS))])[0]
            return app.upper() if name == "APP" else app
        simple = {
            "person": self.person, "first": lambda: self.first, "last": lambda: self.last,
            "FIRST": lambda: self.first.upper(), "LAST": lambda: self.last.upper(),
            "first_plain": lambda: plain(self.first), "netid": self.netid,
            "id7": lambda: str(rng.randrange(1_000_000, 99_999_999)),
            "phone": lambda: rng.choice(b.PHONES_INTL), "phone_intl": lambda: rng.choice(b.PHONES_INTL),
            "ext": lambda: f"{rng.randrange(2, 9)}-{rng.randrange(1000, 9999)}",
            "email": self.email, "email_obf": self.email_obf,
            "room": lambda: f"{rng.choice('ABCDEG')}{rng.randrange(100, 499)}",
            "bldg": lambda: rng.choice(b.BUILDINGS), "dept": lambda: rng.choice(b.DEPTS),
            "host": lambda: f"{rng.choice(b.HOST_PARTS)}{rng.randrange(1, 40):02d}",
            "ws": lambda: rng.choice([f"LT-{re.sub('[^A-Z]', '', plain(self.last).upper())[:8]}-{rng.randrange(1, 9):02d}",
                                      f"{self.netid()}-laptop", f"DESKTOP-{plain(self.first).upper()[:1]}{re.sub('[^A-Z]', '', plain(self.last).upper())[:6]}"]),
            "ip": lambda: f"10.{rng.randrange(1, 250)}.{rng.randrange(1, 250)}.{rng.randrange(2, 250)}",
            "mac": lambda: ":".join(f"{rng.randrange(256):02X}" for _ in range(6)),
            "printer": lambda: f"{rng.choice(['prn', 'PRT', 'mfp', 'LJ'])}-{rng.choice(b.BUILDINGS).split()[0].lower()}-{rng.randrange(1, 30):02d}",
            "model": lambda: rng.choice(b.PRINTER_MODELS), "domain": lambda: b.DOMAIN,
            "date": lambda: f"{rng.randrange(1, 13):02d}/{rng.randrange(1, 29):02d}/{rng.choice(['2017', '2019'])}",
            "time": lambda: f"{rng.randrange(24):02d}:{rng.randrange(60):02d}:{rng.randrange(60):02d}",
            "ts": lambda: f"20{rng.choice(['17', '19'])}-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d} {rng.randrange(24):02d}:{rng.randrange(60):02d}",
            "num": lambda: str(rng.randrange(2, 9)), "pct": lambda: str(rng.randrange(85, 100)),
            "job": lambda: rng.choice(b.JOBS), "code": lambda: rng.choice(["0012", "S0C7", "U4038", "8", "0x2", "-1", "16"]),
            "svc": lambda: rng.choice(b.SERVICES), "card": lambda: luhn_card(rng),
            "otp": lambda: str(rng.randrange(100_000, 999_999)),
            "otp_spaced": lambda: rng.choice([f"{rng.randrange(100, 999)} {rng.randrange(100, 999)}",
                                              f"{rng.randrange(10, 99)} {rng.randrange(10, 99)} {rng.randrange(10, 99)}"]),
            "password": self.password,
            "address_eu": lambda: rng.choice(b.ADDRESSES_EU), "address_us": lambda: rng.choice(b.ADDRESSES_US),
            "USERID": self.caps_userid, "ws2": self.workstation, "mac2": self.mac_other,
            "phone_nat": lambda: rng.choice(b.PHONES_NATIONAL), "address_x": lambda: rng.choice(b.ADDRESSES_OTHER),
            "id_alnum": lambda: f"{rng.choice(b.ID_PREFIXES)}{rng.randrange(100_000, 999_999)}",
            "serial": lambda: "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(10)),
            "plant": lambda: rng.choice(b.PLANTS), "line": lambda: str(rng.randrange(1, 12)),
            "sender": lambda: f"{rng.choice(b.SENDERS)}@{b.DOMAIN}",
        }
        return simple[name]()

    def render(self, template: str) -> list[tuple[str, str | None]]:
        """Segments ``(text, pii kind or None)`` of a filled template."""
        segments, last = [], 0
        for match in re.finditer(r"\{(\w+)\}", template):
            segments.append((template[last:match.start()], None))
            name = match.group(1)
            segments.append((self.slot(name), self.PII.get(name)))
            last = match.end()
        segments.append((template[last:], None))
        return [s for s in segments if s[0]]


def typo(word: str, rng: random.Random) -> str:
    if len(word) < 4 or not word.isalpha():
        return word
    i = rng.randrange(1, len(word) - 1)
    return rng.choice([word[:i] + word[i + 1] + word[i] + word[i + 2:], word[:i] + word[i + 1:], word[:i] + word[i] + word[i:]])


def human_noise(segments, filler: Filler, rng: random.Random):
    """Prefixes, suffixes (often with a name or id), case changes and typos people add to subjects."""
    r = rng.random()
    suffixes = getattr(filler.bank, "NOISE_SUFFIXES", None) or [(0.08, " - {person}"), (0.11, " for {person}"), (0.13, " ({netid})"), (0.15, " x{ext}"),
                (0.17, " call {phone}"), (0.20, " rm {room}"), (0.23, " - {bldg}"), (0.25, " - urgent"),
                (0.26, " asap"), (0.27, "!!"), (0.28, " (2nd request)"), (0.29, " per {person}")]
    for limit, suffix in suffixes:
        if r < limit:
            segments = segments + filler.render(suffix)
            break
    r = rng.random()
    prefixes = getattr(filler.bank, "NOISE_PREFIXES", None) or [(0.05, "RE: "), (0.08, "FW: "), (0.09, "Fwd: "), (0.11, "{person} - "), (0.12, "{LAST}, {FIRST} - "),
                (0.13, "Dr. {last} - ")]
    for limit, prefix in prefixes:
        if r < limit:
            segments = filler.render(prefix) + segments
            break
    case = rng.random()
    change = (str.lower if case < 0.1 else str.upper if case < 0.17 else str.title if case < 0.22 else None)
    out = []
    for text, kind in segments:
        if kind is None and rng.random() < 0.1:
            text = re.sub(r"[A-Za-z]+", lambda m: typo(m.group(0), rng) if rng.random() < 0.3 else m.group(0), text)
        out.append((change(text) if change else text, kind))
    return out


def zipf_pick(items, rng):
    return rng.choices(items, weights=[1 / (i + 1) ** 0.8 for i in range(len(items))])[0]


def build_export(bank, total: int, seed: int):
    """Rows of the short-description export and their truth."""
    rng = random.Random(seed)
    filler = Filler(bank, rng)
    scale = total / 10_000
    plan = []  # (family, topic, kb, template, noisy)
    def add(n, family, topic, kb, templates, noisy, pick=None):
        for _ in range(max(0, round(n * scale))):
            plan.append((family, topic, kb, (pick or rng.choice)(templates), noisy))
    add(900, "password", "password-reset", "covered", bank.PASSWORD_GENERIC, True, lambda t: zipf_pick(t, rng))
    add(300, "app-password", "app-password-reset", "update", bank.APP_PASSWORD, True)
    add(200, "lockout", "lockout", "covered", bank.LOCKOUT, True, lambda t: zipf_pick(t, rng))
    add(300, "placeholder", "junk", "junk", bank.PLACEHOLDERS, False, lambda t: zipf_pick(t, rng))
    add(60, "test", "junk", "junk", bank.TESTS, False, lambda t: zipf_pick(t, rng))
    add(350, "alert", "junk", "junk", bank.ALERTS, False)
    add(100, "printer-status", "junk", "junk", bank.PRINTER_STATUS, False)
    for i, (slug, kb, template) in enumerate(bank.FORMS):
        add(round(120 / (i + 1) ** 0.7), "form", slug, kb, [template], False)
    for slug, kb, size, templates in bank.TOPICS:
        add(size, "topic", slug, kb, templates, True, lambda t: zipf_pick(t, rng))
    for word in bank.VAGUE:
        add(rng.randrange(8, 40), "vague", f"vague:{word.lower()}", "-", [word], False)
    # One-offs: each object with at most six different complaints (a tiny topic at most), then
    # random word combinations of the bank's own words, unique, as the long tail of odd requests;
    # what the one-offs cannot fill is spread over the real problems.
    oneoffs = []
    for obj in bank.ONEOFF_OBJECTS:
        oneoffs += [f"{obj} {c}" for c in rng.sample(bank.ONEOFF_COMPLAINTS, 6)]
    oneoffs += bank.ONEOFF_FREE
    from faker.providers.lorem.en_US import Provider as Lorem  # ~1,000 everyday English words

    words = sorted({w for w in Lorem.word_list if len(w) > 3})
    seen = set(oneoffs)
    while len(oneoffs) < 0.3 * total:
        text = f"{' '.join(rng.sample(words, 2))} {rng.choice(bank.ONEOFF_COMPLAINTS)}"
        if text not in seen:
            seen.add(text)
            oneoffs.append(text)
    rng.shuffle(oneoffs)
    rest = max(0, total - len(plan))
    plan += [("oneoff", "-", "-", text, True) for text in oneoffs[:rest]]
    real = [p for p in plan if p[0] in ("topic", "password", "app-password", "lockout", "form")]
    while len(plan) < total and real:
        family, topic, kb, _, noisy = rng.choice(real)
        templates = _templates_of(bank, family, topic)
        plan.append((family, topic, kb, rng.choice(templates), noisy))
    rng.shuffle(plan)
    return _rows(bank, plan, filler, rng)


def _templates_of(bank, family: str, topic: str) -> list[str]:
    """The templates of a family (to draw more tickets of an existing problem)."""
    if family == "password":
        return bank.PASSWORD_GENERIC
    if family == "app-password":
        return bank.APP_PASSWORD
    if family == "lockout":
        return bank.LOCKOUT
    if family == "form":
        return [t for slug, _, t in bank.FORMS if slug == topic]
    return next(t for slug, _, _, t in bank.TOPICS if slug == topic)


def _opened(bank, rng, machine: bool) -> dt.datetime:
    start = dt.datetime.fromisoformat(bank.START)
    day = rng.randrange(bank.DAYS)
    hour = rng.randrange(24) if machine else min(19, max(7, int(rng.gauss(12, 3))))
    return start + dt.timedelta(days=day, hours=hour, minutes=rng.randrange(60), seconds=rng.randrange(60))


def _rows(bank, plan, filler: Filler, rng: random.Random):
    callers = [pick_name(bank, rng) for _ in range(len(plan) // 4)]
    records = []
    for family, topic, kb, template, noisy in plan:
        machine = family in ("alert", "printer-status")
        first, last = rng.choice(callers)
        filler.first, filler.last = (first, last) if rng.random() < 0.7 else pick_name(bank, rng)
        segments = filler.render(template)
        if noisy:
            segments = human_noise(segments, filler, rng)
        subject = re.sub(r"\s+", " ", "".join(t for t, _ in segments)).strip() or template
        spans = [{"kind": k, "text": t.strip()} for t, k in segments if k and t.strip()]
        caller = "" if machine else (f"{filler.first} {filler.last}" if family == "form" else f"{first} {last}")
        if caller:
            spans.append({"kind": "person_name", "text": caller, "field": "caller"})
        records.append({"opened": _opened(bank, rng, machine), "subject": subject[:160], "caller": caller,
                        "family": family, "topic": topic, "kb": kb, "spans": spans})
    for k, when in enumerate(bank.OUTLIER_DATES):
        records[k * 7 + 3]["opened"] = dt.datetime.fromisoformat(when)
    records.sort(key=lambda r: r["opened"])
    for n, record in enumerate(records):
        record["number"] = f"INC{1_200_000 + n:07d}"
    return records[::-1]


def build_pii(bank, count: int, seed: int):
    """A description-bearing export with the bank's personal-data probes and decoys."""
    rng = random.Random(seed + 1)
    filler = Filler(bank, rng)
    subjects = [t for _, _, _, templates in bank.TOPICS for t in templates if "{" not in t]
    lead = ["Hello, I have a problem.", "Please see below.", "Caller reports the issue again.", "Following up on this.",
            "Not urgent.", "This started this morning.", "Issue persists after restart."]
    records = []
    for n in range(count):
        filler.new_person()
        caller = f"{filler.first} {filler.last}"
        probes = [rng.choice(bank.PII_PROBES) for _ in range(rng.randrange(1, 4))]
        segments_by_field = {"description": filler.render(rng.choice(lead) + "\n"), "comments": [], "close_notes": []}
        spans, decoys = [{"kind": "person_name", "text": caller, "field": "caller"}], []
        for probe in probes:
            where = rng.choice(["description", "description", "comments", "close_notes"])
            segments = filler.render(probe + "\n")
            spans += [{"kind": k, "text": t.strip()} for t, k in segments if k and t.strip()]
            target = segments_by_field[where]
            if where == "description":
                segments_by_field[where] = target + segments
            else:
                target.append("".join(t for t, _ in segments))
        if rng.random() < 0.6:
            decoy = rng.choice(bank.DECOYS)
            segments_by_field["comments"].append(decoy[1])
            decoys.append(_decoy_span(decoy))
        description = "".join(t for t, _ in segments_by_field["description"]).strip()
        records.append({"number": f"INC{3_000_000 + n:07d}", "opened": _opened(bank, rng, False),
                        "subject": rng.choice(subjects), "caller": caller, "description": description,
                        "comments": segments_by_field["comments"], "close_notes": " ".join(segments_by_field["close_notes"]),
                        "spans": spans, "decoys": decoys})
    return records


def _decoy_span(decoy: tuple) -> dict:
    """The text of a decoy that must stay: named by a three-part decoy, else its last token (its
    address for a role mailbox)."""
    kind, text = decoy[0], decoy[1]
    if len(decoy) > 2:
        return {"kind": kind, "text": decoy[2]}
    return {"kind": kind, "text": re.findall(r"[A-Za-z0-9][\w.@-]*[A-Za-z0-9]", text)[-1]
            if kind != "role_email" else re.search(r"\S+@\S+[a-z]", text).group(0)}


def build_rich(bank, count: int, seed: int):
    """Tickets with descriptions, comments and resolution notes: the bank's ``RICH_TOPICS`` (Zipf-like
    sizes as given) and 15% one-offs, with greetings, sign-offs, personal data and decoys."""
    rng = random.Random(seed + 3)
    filler = Filler(bank, rng)
    plan = []
    topic_total = sum(size for _, _, size, *_ in bank.RICH_TOPICS)
    topical = round(0.85 * count)
    for slug, kb, size, subjects, bodies, notes in bank.RICH_TOPICS:
        plan += [(slug, kb, subjects, bodies, notes)] * max(1, round(topical * size / topic_total))
    while len(plan) < count:
        obj = rng.choice(bank.ONEOFF_OBJECTS)
        complaint = rng.choice(bank.ONEOFF_COMPLAINTS)
        plan.append(("-", "-", [f"{obj} {complaint}"], [rng.choice(bank.RICH_ONEOFF_BODIES).replace("{thing}", obj)],
                     bank.RICH_GENERIC_NOTES))
    rng.shuffle(plan)
    records = []
    for n, (slug, kb, subjects, bodies, notes) in enumerate(plan):
        filler.new_person()
        caller = f"{filler.first} {filler.last}"
        spans = [{"kind": "person_name", "text": caller, "field": "caller"}]
        subject_segments = human_noise(filler.render(rng.choice(subjects)), filler, rng)
        parts = []
        if rng.random() < 0.5:
            parts.append(filler.render(rng.choice(bank.RICH_GREETINGS) + "\n"))
        parts.append(filler.render(rng.choice(bodies)))
        if rng.random() < 0.35:
            parts.append(filler.render(" " + rng.choice(bank.PII_PROBES)))
        if rng.random() < 0.45:
            parts.append(filler.render("\n" + rng.choice(bank.RICH_SIGNOFFS)))
        segments = [s for part in parts for s in part]
        comments = [rng.choice(bank.RICH_COMMENTS) for _ in range(rng.randrange(0, 3))]
        decoys = []
        if rng.random() < 0.4:
            decoy = rng.choice(bank.DECOYS)
            comments.append(decoy[1])
            decoys.append(_decoy_span(decoy))
        note_segments = filler.render(rng.choice(notes)) if rng.random() < 0.85 else []
        for seg_list in (subject_segments, segments, note_segments):
            spans += [{"kind": k, "text": t.strip()} for t, k in seg_list if k and t.strip()]
        records.append({"number": f"INC{4_000_000 + n:07d}", "opened": _opened(bank, rng, False),
                        "subject": re.sub(r"\s+", " ", "".join(t for t, _ in subject_segments)).strip()[:160],
                        "caller": caller, "description": "".join(t for t, _ in segments).strip(),
                        "comments": comments, "close_notes": "".join(t for t, _ in note_segments).strip(),
                        "topic": slug, "kb": kb, "spans": spans, "decoys": decoys})
    return records


def write_csv(path: Path, header: list[str], rows) -> None:
    """An export as the service desk tools write one: every cell quoted, CRLF line ends, UTF-8."""
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
        writer.writerow(header)
        writer.writerows(rows)


def write_truth(path: Path, records, keys: tuple[str, ...]) -> None:
    """Ground truth: one JSON object a line holding ``keys`` of each record, UTF-8 as written."""
    with open(path, "w", encoding="utf-8") as handle:
        for r in records:
            handle.write(json.dumps({k: r[k] for k in keys}, ensure_ascii=False) + "\n")


def _stamp(moment: dt.datetime) -> str:
    return moment.strftime("%Y-%m-%d %H:%M:%S")


def _write_described(path: Path, records) -> None:
    """A ServiceNow list export with description, journal and resolution notes."""
    write_csv(path, ["number", "opened_at", "short_description", "caller_id", "description",
                     "comments_and_work_notes", "close_notes"],
              ([r["number"], _stamp(r["opened"]), r["subject"], r["caller"], r["description"],
                "\n\n".join(f"{_stamp(r['opened'] + dt.timedelta(hours=i + 1))} - Service Desk (Work notes)\n{c}"
                             for i, c in enumerate(r["comments"])), r["close_notes"]] for r in records))


def write_described_bank(out: Path, records, name: str = "pii", keys: tuple[str, ...] = PII_KEYS) -> None:
    """``NAME.csv`` (an export with descriptions, journal and notes) and ``NAME-truth.jsonl`` (each
    record's ``keys``) into ``out``: the writer every bank of described tickets shares."""
    out.mkdir(parents=True, exist_ok=True)
    _write_described(out / f"{name}.csv", records)
    write_truth(out / f"{name}-truth.jsonl", records, keys)


def bank_command(write_bank, seed: int, doc: str):
    """The command line of a personal-data bank module (``OUT [--count N] [--seed S]``) calling
    ``write_bank(out, count, seed)``: a new bank defines ``build`` and ``write`` and ends with
    ``main = bank_command(write, SEED, __doc__)``."""
    def main() -> None:
        parser = argparse.ArgumentParser(description=doc.splitlines()[0])
        parser.add_argument("out", type=Path)
        parser.add_argument("--count", type=int, default=2000)
        parser.add_argument("--seed", type=int, default=seed)
        args = parser.parse_args()
        write_bank(args.out, args.count, args.seed)
    return main


@dataclasses.dataclass(frozen=True)
class PiiBankPlan:
    """What one personal-data bank (``pii_heldout*.py``) varies; everything else its tickets share.

    ``person(rng)`` draws a person; ``values(person, rng)`` their slot values (``name -> (text, kind)``);
    ``render(template, values)`` fills a probe and returns ``(text, spans)``. ``name_subject_rate`` is
    the share of subjects filled from ``name_subjects`` with ``subject_values`` (``values`` when None);
    None: the bank draws no such subject, and ``subject_last`` draws the subject after the ticket's
    body and ``values_before_probe`` draws a probe's values before the probe (the third to sixth
    banks' order), so every bank's random stream and output stay as they were."""

    person: Callable
    values: Callable
    render: Callable
    probes: list
    decoys: list
    subjects: list
    leads: list
    notes: list
    start: dt.datetime
    minutes: int
    first_number: int
    decoy_counts: tuple
    name_subjects: list = dataclasses.field(default_factory=list)
    name_subject_rate: float | None = None
    subject_values: Callable | None = None
    subject_last: bool = False
    values_before_probe: bool = False


def _pii_ticket(plan: PiiBankPlan, rng: random.Random, n: int) -> dict:
    """One ticket of a personal-data bank with its truth (``spans``, ``decoys``)."""
    person = plan.person(rng)
    caller = f"{person.first} {person.last}"
    spans = [{"kind": "person_name", "text": caller}]
    subject = None if plan.subject_last else rng.choice(plan.subjects)
    if plan.name_subject_rate is not None and rng.random() < plan.name_subject_rate:
        template = rng.choice(plan.name_subjects)
        subject, found = plan.render(template, (plan.subject_values or plan.values)(person, rng))
        spans += found
    fields = {"description": [rng.choice(plan.leads)], "comments": [], "close_notes": []}
    for _ in range(rng.randrange(1, 4)):
        who = person if rng.random() < 0.7 else plan.person(rng)
        if plan.values_before_probe:
            values = plan.values(who, rng)
            text, found = plan.render(rng.choice(plan.probes), values)
        else:
            template = rng.choice(plan.probes)
            text, found = plan.render(template, plan.values(who, rng))
        spans += found
        fields[rng.choice(["description", "description", "comments", "close_notes"])].append(text)
    decoys = []
    for _ in range(rng.choice(plan.decoy_counts)):
        kind, sentence, keep = rng.choice(plan.decoys)
        rng.choice([fields["description"], fields["comments"]]).append(sentence)
        decoys.append({"kind": kind, "text": keep})
    if rng.random() < 0.8:
        fields["close_notes"].append(rng.choice(plan.notes))
    if plan.subject_last:
        subject = rng.choice(plan.subjects)
    return {"number": f"INC{plan.first_number + n:07d}", "opened": plan.start + dt.timedelta(minutes=plan.minutes * n),
            "subject": subject, "caller": caller,
            "description": "\n".join(t for t in fields["description"] if t).strip(),
            "comments": fields["comments"], "close_notes": " ".join(fields["close_notes"]),
            "spans": spans, "decoys": decoys}


def build_pii_bank(plan: PiiBankPlan, count: int, seed: int) -> list[dict]:
    """The ``count`` tickets of a personal-data bank with their truth, deterministic for ``seed``."""
    rng = random.Random(seed)
    return [_pii_ticket(plan, rng, n) for n in range(count)]


def write(bank_name: str, out: Path, total: int | None = None, seed: int = 7, pii_count: int = 2000) -> None:
    """Write the export, the subject-only export, the PII export and their truth into ``out``."""
    sys.path.insert(0, str(HERE.parent))
    bank = importlib.import_module(f"suggest_data.{bank_name}")
    out.mkdir(parents=True, exist_ok=True)
    records = build_export(bank, total or bank.TOTAL, seed)
    rng = random.Random(seed + 2)
    write_csv(out / "export.csv", SN_FIELDS, ([r["number"], _stamp(r["opened"]), r["subject"], r["caller"],
                                               rng.choice(CATEGORIES), rng.choice(GROUPS),
                                               rng.choice(["Closed", "Resolved", "Closed"])] for r in records))
    write_csv(out / "subjects.csv", ["number", "opened_at", "short_description"],
              ([r["number"], _stamp(r["opened"]), r["subject"]] for r in records))
    write_truth(out / "truth.jsonl", records, ("number", "family", "topic", "kb", "spans"))
    write_described_bank(out, build_pii(bank, pii_count, seed))
    if hasattr(bank, "RICH_TOPICS"):
        rich = build_rich(bank, getattr(bank, "RICH_TOTAL", 6000), seed)
        write_described_bank(out, rich, "rich", ("number", "topic", "kb", "spans", "decoys"))


def banks() -> list[str]:
    """The phrasing banks beside this file (``tune*``, ``heldout*``): a new one is found, not listed."""
    return sorted(path.stem for path in HERE.glob("*.py") if path.stem.startswith(("tune", "heldout")))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bank", choices=banks())
    parser.add_argument("out", type=Path)
    parser.add_argument("--total", type=int)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    write(args.bank, args.out, args.total, args.seed)


if __name__ == "__main__":
    sys.path.insert(0, str(HERE.parent))
    main()
