#!/usr/bin/env python3
"""How fragile is ``kbgen suggest`` on an export unlike dev? Perturbed variants of the dev export.

    python3 bench/suggest_robustness.py [--only NAME[,NAME]] [--seed 1]

Every variant is generated in memory from the dev ServiceNow export (nothing is written to the
repository) and run through the same stages as ``kbgen suggest`` (redact -> clean -> collapse
re-exports -> group -> summarise, with the default options). Variants:

* topic mix: cluster only two thirds of the topics (and half the one-offs), then only the rest;
* wording: synonym swaps, word-order shuffles, typos, case changes, dropped descriptions or
  resolution notes, truncated text, and all of them at once;
* size: random subsamples of 500 and 1,000 tickets; the export multiplied to 10,000 tickets,
  each copy with its own typos and synonyms;
* personal data in other phrasings (names after other cue words, other phone formats, e-mails
  with subdomains, IPv4 in text, non-UK addresses, passwords after other cue words, other
  employee-id shapes, sign-offs) planted into dev tickets, with look-alikes that must be kept
  (build numbers, KB numbers, hex error codes, asset tags, role mailboxes, server names).

Prints ARI / AMI / V-measure over topic tickets (unclustered tickets count as singletons, as
the shared scorer does), the share of one-off tickets put in a cluster, the number of
clusters, and for the PII variant recall by kind and decoys kept by kind. These are
robustness figures on synthetic perturbations, not held-out results.
"""
from __future__ import annotations

import argparse
import csv
import dataclasses
import random
import re
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kbgen.suggest.cluster import collapse_reexports, group_tickets, summarise  # noqa: E402
from kbgen.suggest.importers import load_tickets  # noqa: E402
from kbgen.suggest.pipeline import SuggestOptions, clean_all, redact_all  # noqa: E402
from kbgen.suggest.redact import redact_tickets  # noqa: E402

DEV = ROOT.parent / "shared" / "eval" / "tickets" / "dev"

# Generic English/IT synonyms (not topic names): how other people say the same thing.
SYNONYMS = {
    "can't": ["cannot", "cant", "unable to"], "cannot": ["can't", "unable to"], "unable": ["not able"],
    "not working": ["broken", "not functioning", "down"], "error": ["issue", "fault", "failure"],
    "problem": ["issue", "trouble"], "issue": ["problem", "trouble"], "laptop": ["notebook", "machine", "pc"],
    "computer": ["pc", "machine", "workstation"], "please": ["pls", "plz", "kindly"], "help": ["assist", "support"],
    "need": ["require", "want"], "access": ["permission", "rights"], "new": ["fresh"], "user": ["colleague", "employee"],
    "fixed": ["sorted", "resolved"], "resolved": ["fixed", "sorted"], "slow": ["sluggish", "laggy"],
    "missing": ["gone", "disappeared"], "keeps": ["continues to", "repeatedly"], "again": ["once more"],
    "today": ["this morning"], "install": ["set up", "deploy"], "installed": ["set up", "deployed"],
    "request": ["ask for", "requesting"], "reset": ["reissue"], "broken": ["not working", "faulty"],
    "getting": ["receiving", "seeing"], "shows": ["displays"], "says": ["states", "reads"],
    "phone": ["mobile", "handset"], "screen": ["display"], "open": ["launch", "start"], "file": ["document"],
}
_SYN = re.compile(r"(?i)\b(" + "|".join(sorted(map(re.escape, SYNONYMS), key=len, reverse=True)) + r")\b")


def synonyms(text: str, rng: random.Random, rate: float = 0.6) -> str:
    return _SYN.sub(lambda m: rng.choice(SYNONYMS[m.group(1).lower()]) if rng.random() < rate else m.group(0), text)


def typos(text: str, rng: random.Random, rate: float = 0.08) -> str:
    def one(m: re.Match) -> str:
        w = m.group(0)
        if len(w) < 4 or rng.random() >= rate:
            return w
        i = rng.randrange(1, len(w) - 1)
        op = rng.randrange(3)
        if op == 0:
            return w[:i] + w[i + 1] + w[i] + w[i + 2:]
        if op == 1:
            return w[:i] + w[i + 1:]
        return w[:i] + w[i] + w[i:]
    return re.sub(r"[A-Za-z]+", one, text)


def shuffle_words(text: str, rng: random.Random, rate: float = 0.3) -> str:
    """Swap neighbouring words within lines (and whole subjects get reordered clauses)."""
    out = []
    for line in text.split("\n"):
        words = line.split(" ")
        for i in range(len(words) - 1):
            if rng.random() < rate:
                words[i], words[i + 1] = words[i + 1], words[i]
        out.append(" ".join(words))
    return "\n".join(out)


def case(text: str, rng: random.Random) -> str:
    return rng.choice([str.upper, str.lower, str.title, lambda s: s])(text)


def edit(tickets, rng, fn):
    return [fn(t, rng) for t in tickets]


def _w(t, rng, **kw):
    return dataclasses.replace(t, **kw)


WORDING = {
    "synonyms": lambda t, r: _w(t, r, subject=synonyms(t.subject, r), description=synonyms(t.description, r),
                                close_notes=synonyms(t.close_notes, r)),
    "shuffle": lambda t, r: _w(t, r, subject=shuffle_words(t.subject, r, 0.5), description=shuffle_words(t.description, r)),
    "typos": lambda t, r: _w(t, r, subject=typos(t.subject, r, 0.15), description=typos(t.description, r),
                             close_notes=typos(t.close_notes, r)),
    "case": lambda t, r: _w(t, r, subject=case(t.subject, r), description=case(t.description, r)),
    "no-descr-40%": lambda t, r: _w(t, r, description="" if r.random() < 0.4 else t.description),
    "no-close-notes": lambda t, r: _w(t, r, close_notes=""),
    "truncate-80": lambda t, r: _w(t, r, description=t.description[:80], close_notes=t.close_notes[:60]),
}


def mixed(t, r):
    for name in ("synonyms", "typos", "shuffle", "case"):
        t = WORDING[name](t, r)
    if r.random() < 0.3:
        t = dataclasses.replace(t, description="")
    if r.random() < 0.5:
        t = dataclasses.replace(t, close_notes="")
    return t


WORDING["all-at-once"] = mixed


# ----------------------------------------------------------------------------- clustering

def cluster(tickets):
    options = SuggestOptions()
    cleaned = clean_all(redact_all(tickets))
    cleaned, copies = collapse_reexports(cleaned)
    grouping = group_tickets(cleaned, options.min_size)
    clusters = summarise(cleaned, grouping)
    return {i: c.id for c in clusters for t in c.tickets for i in (t, *copies.get(t, ()))}, len(clusters)


def score(label, topic_of, ids):
    from sklearn.metrics import adjusted_mutual_info_score, adjusted_rand_score, v_measure_score

    topical = [t for t in ids if topic_of[t] != "-"]
    truth = [topic_of[t] for t in topical]
    pred = [label.get(t, "single-" + t) for t in topical]
    one_offs = [t for t in ids if topic_of[t] == "-"]
    shared = sum(t in label for t in one_offs) / max(1, len(one_offs))
    return adjusted_rand_score(truth, pred), adjusted_mutual_info_score(truth, pred), v_measure_score(truth, pred), shared


def run_variant(name, tickets, topic_of):
    start = time.perf_counter()
    label, n = cluster(tickets)
    ids = [t.ticket_id for t in tickets]
    ari, ami, v, shared = score(label, topic_of, ids)
    topics = len({topic_of[t] for t in ids} - {"-"})
    print(f"{name:22} {len(tickets):>6} {topics:>3}  ARI {ari:.3f}  AMI {ami:.3f}  V {v:.3f}  "
          f"one-offs in clusters {shared:5.1%}  clusters {n:>3}  {time.perf_counter() - start:5.1f} s", flush=True)
    return ari, ami


def variants(tickets, topic_of, seed, only):
    rng = random.Random(seed)
    topics = sorted({v for v in topic_of.values() if v != "-"})
    random.Random(seed).shuffle(topics)
    first = set(topics[: 2 * len(topics) // 3])
    yield "baseline", tickets
    one_offs = [t for t in tickets if topic_of[t.ticket_id] == "-"]
    half = {t.ticket_id for t in one_offs[::2]}
    yield "topics 2/3", [t for t in tickets if topic_of[t.ticket_id] in first or t.ticket_id in half]
    yield "topics other 1/3", [t for t in tickets if topic_of[t.ticket_id] not in first and topic_of[t.ticket_id] != "-"
                               or (topic_of[t.ticket_id] == "-" and t.ticket_id not in half)]
    for name, fn in WORDING.items():
        if only and name not in only:
            continue
        yield name, edit(tickets, random.Random(seed), fn)
    for size in (500, 1000):
        yield f"sample {size}", sorted(rng.sample(tickets, size), key=lambda t: t.ticket_id)
    small = sorted(random.Random(seed).sample(tickets, 1000), key=lambda t: t.ticket_id)
    yield "1000 + all-at-once", edit(small, random.Random(seed), mixed)
    largest = Counter(topic_of[t.ticket_id] for t in tickets if topic_of[t.ticket_id] != "-").most_common(1)[0][0]
    rest = [t for t in tickets if topic_of[t.ticket_id] != largest]
    dominant = [t for t in tickets if topic_of[t.ticket_id] == largest]
    yield "one topic = half", sorted(dominant + random.Random(seed).sample(rest, len(dominant)),
                                     key=lambda t: t.ticket_id)
    big = []
    for n in range(10_000):
        t = tickets[n % len(tickets)]
        copy = n // len(tickets)
        r = random.Random(seed * 100_003 + n)
        if copy:
            t = WORDING["typos"](WORDING["synonyms"](t, r), r)
        big.append(dataclasses.replace(t, ticket_id=f"{t.ticket_id}~{copy}"))
    yield "x10,000 varied", big


# ----------------------------------------------------------------------------- personal data

FIRST = ["Bob", "Aoife", "Priya", "Lars", "Mateo", "Yuki", "Chidi", "Ingrid", "Rohan", "Siobhan", "Kwame", "Lena",
         "Tomasz", "Amara", "Diego", "Freya", "Nikhil", "Oona", "Rafael", "Zainab"]
LAST = ["Okonkwo", "Lindqvist", "Brannigan", "Deshpande", "Castellanos", "Whitfield", "Nakamura", "Haverford",
        "Mbeki", "Oyelaran", "Kowalczyk", "Fairbairn", "Quintero", "Abernethy", "Vasquez", "Thorsen"]


def pii_snippets(rng):
    """(sentence, [(kind, text), ...]) with personal data in phrasings the dev export does not use."""
    f, l, f2, l2 = rng.choice(FIRST), rng.choice(LAST), rng.choice(FIRST), rng.choice(LAST)
    digits = "".join(rng.choice("0123456789") for _ in range(4))
    user = (f[0] + l).lower()
    phone = rng.choice(["+1 (415) 555-0100", "0049 30 1234567", "+91 98765 43210", "+353 1 555 0123",
                        "+1 415 555 0199", "+44 (0)20 7946 0958", "(+49) 30 901820", "+1-212-555-0147"])
    ip = f"{rng.choice([10, 172, 192])}.{rng.randrange(0, 250)}.{rng.randrange(1, 250)}.{rng.randrange(2, 250)}"
    secret = rng.choice(["Tr0ub4dor&3", "Sunshine!24", "Bl4ckbird#9", "Kettle77?", "Quartz-2027"])
    address = rng.choice(["Rua Augusta 128, 1100-053 Lisboa", "Hauptstraße 12, 10115 Berlin",
                          "12 Grafton Street, Dublin 2, D02 XY45", "221 Baker Street, London NW1 6XE",
                          "1600 Amphitheatre Parkway, Mountain View, CA 94043",
                          "Flat 4B, 27 MG Road, Bengaluru 560001", "45 Rue de Rivoli, 75001 Paris"])
    emp = rng.choice([f"EMP-{digits}{digits[:2]}", f"E-{digits}{digits[1:3]}", f"00{digits}{digits[0]}",
                      f"{digits}{digits[::-1]}", f"C{digits}{digits[:1]}"])
    email = f"{f.lower()}.{l.lower()}@{rng.choice(['uk.contoso.com', 'mail.fabrikam.co.uk', 'corp.example.org'])}"
    email2 = f"{f.lower()}{l[0].lower()}@{rng.choice(['eu.contoso.com', 'ops.fabrikam.com'])}"
    return [
        (f"Raised on behalf of my manager {f} {l}.", [("person_name", f"{f} {l}")]),
        (f"I talked to {f} {l} in finance about this.", [("person_name", f"{f} {l}")]),
        (f"Escalated to {f} {l} who is looking into it.", [("person_name", f"{f} {l}")]),
        (f"Cheers,\n{f2}", [("person_name", f2)]),
        (f"Thanks so much\n{f2} {l2}", [("person_name", f"{f2} {l2}")]),
        (f"{f} {l} reported the same thing yesterday.", [("person_name", f"{f} {l}")]),
        (f"My colleague {f} {l} has the same problem.", [("person_name", f"{f} {l}")]),
        (f"Assigned to {f} {l} for follow-up.", [("person_name", f"{f} {l}")]),
        (f"cc {f} {l} (line manager)", [("person_name", f"{f} {l}")]),
        (f"Approved by {f} {l}.", [("person_name", f"{f} {l}")]),
        (f"Best,\n{f2}", [("person_name", f2)]),
        (f"Ta,\n{f2} {l2}\nFinance", [("person_name", f"{f2} {l2}")]),
        (f"Regards {f2}", [("person_name", f2)]),
        (f"Text me on {phone} if needed", [("phone", phone)]),
        (f"my mobile: {phone}", [("phone", phone)]),
        (f"Send replies to {email2} please", [("email", email2)]),
        (f"Laptop IP is {ip}, gateway unknown", [("ipv4", ip)]),
        (f"New address: {address}", [("address", address)]),
        (f"I moved to {address} last month", [("address", address)]),
        (f"Pass code: {secret}", [("password", secret)]),
        (f"temp password {secret} didn't work", [("password", secret)]),
        (f"PW = {secret}", [("password", secret)]),
        (f"You can reach me on {phone} today.", [("phone", phone)]),
        (f"Call back number {phone}", [("phone", phone)]),
        (f"Please reply to {email}", [("email", email)]),
        (f"My machine gets {ip} from DHCP.", [("ipv4", ip)]),
        (f"Ship the replacement to {address}.", [("address", address)]),
        (f"pwd: {secret}", [("password", secret)]),
        (f"passcode {secret}", [("password", secret)]),
        (f"my new pw is {secret}", [("password", secret)]),
        (f"Employee number {emp}", [("employee_id", emp)]),
        (f"my staff no is {emp}", [("employee_id", emp)]),
        (f"login name is {user}", [("username", user)]),
    ]


def pii_probe_snippets(rng):
    """A second set written after the fixes, never used to tune them (a held-out probe)."""
    f, l = rng.choice(FIRST), rng.choice(LAST)
    digits = "".join(rng.choice("0123456789") for _ in range(6))
    phone = rng.choice(["+44 7700 900 123", "(0)30-1234567", "+49 151 23456789", "+1.415.555.0134",
                        "0161-496-0676", "+353 (0)87 555 0199"])
    address = rng.choice(["Calle Mayor 5, 28013 Madrid", "Via Roma 10, 00184 Roma", "5 Main St, Springfield, IL 62704",
                          "Apt 12, 300 Park Avenue, New York, NY 10022", "Unit 7, 14 Quay Street, Galway H91 X2YZ"])
    secret = rng.choice(["Zebra!Crossing9", "m0nkey#Bus", "P@ssw0rd2026", "Velvet$88"])
    return [
        (f"per {f} {l} this needs doing today", [("person_name", f"{f} {l}")]),
        (f"manager: {f} {l}", [("person_name", f"{f} {l}")]),
        (f"Forwarded on behalf of {f} {l}", [("person_name", f"{f} {l}")]),
        (f"Can you ask {f} {l} to check?", [("person_name", f"{f} {l}")]),
        (f"Many thanks,\n{f}", [("person_name", f)]),
        (f"Ring me: {phone}", [("phone", phone)]),
        (f"best number {phone} after 3", [("phone", phone)]),
        (f"contact {f.lower()}_{l.lower()}@dept.uni.example.ac.uk", [("email", f"{f.lower()}_{l.lower()}@dept.uni.example.ac.uk")]),
        (f"Please post the token to {address}", [("address", address)]),
        (f"Home address {address}", [("address", address)]),
        (f"new pass is {secret}", [("password", secret)]),
        (f"password was set to {secret} by the desk", [("password", secret)]),
        (f"Emp#: {digits}", [("employee_id", digits)]),
        (f"Personnel no {digits}", [("employee_id", digits)]),
        (f"the printer at 10.{digits[:2]}.{digits[2:4]}.{digits[4:]} and my pc", [("ipv4", f"10.{digits[:2]}.{digits[2:4]}.{digits[4:]}")]),
    ]


def decoy_snippets(rng):
    n = rng.randrange(100, 999)
    return [
        (f"Office build 16.0.{17000 + n}.20124 is installed.", [("version", f"16.0.{17000 + n}.20124")]),
        (f"Update KB50{n}41 failed to install.", [("kb_number", f"KB50{n}41")]),
        (f"It fails with 0x8007{n:04d}.", [("error_code", f"0x8007{n:04d}")]),
        (f"Error code 0x800{n}05 again.", [("error_code", f"0x800{n}05")]),
        (f"Asset tag AT-{n}{n} on the base.", [("asset_tag", f"AT-{n}{n}")]),
        ("Please copy it-support@contoso.com on replies.", [("role_email", "it-support@contoso.com")]),
        ("Also cc facilities-team@fabrikam.co.uk", [("role_email", "facilities-team@fabrikam.co.uk")]),
        (f"Server DUB-SQL-0{n % 9 + 1} is slow.", [("server_name", f"DUB-SQL-0{n % 9 + 1}")]),
        (f"Mapped from NYC-APP-1{n % 9}.", [("server_name", f"NYC-APP-1{n % 9}")]),
        (f"Driver version 31.0.101.{n}", [("version", f"31.0.101.{n}")]),
    ]


def pii_check(tickets, seed, show=False, snippets=None, shout=False):
    snippets = snippets or pii_snippets
    rng = random.Random(seed)
    planted = []  # (ticket index, kind, text, decoy?)
    out = list(tickets)
    for i in rng.sample(range(len(tickets)), 1200):
        decoy = rng.random() < 0.35
        sentence, spans = rng.choice(decoy_snippets(rng) if decoy else snippets(rng))
        if shout:  # the whole sentence in capitals, as some people write
            sentence, spans = sentence.upper(), [(kind, span.upper()) for kind, span in spans]
        t = out[i]
        signoff = "\n" in sentence or sentence.lower().startswith(("regards", "cheers", "thanks"))
        where = "description" if decoy or signoff else rng.choice(["description", "description", "close_notes",
                                                                    "subject"])
        text = getattr(t, where)
        at_end = signoff or (where != "subject" and rng.random() < 0.5)
        new = f"{text}\n{sentence}" if at_end else f"{sentence} {text}"
        if where == "subject":
            new = new.replace("\n", " ")
        out[i] = dataclasses.replace(t, **{where: new})
        planted += [(i, kind, span, decoy) for kind, span in spans]
    redacted = redact_tickets(out)
    found = defaultdict(lambda: [0, 0])
    for i, kind, span, decoy in planted:
        r = redacted[i]
        record = "\n".join([r.subject, r.description, r.close_notes, *r.comments])
        left = r"(?<!\w)" if span[:1].isalnum() else ""
        right = r"(?!\w)" if span[-1:].isalnum() else ""
        present = bool(re.search(left + re.escape(span) + right, record))
        found[(decoy, kind)][0] += present if decoy else not present
        if show and present != decoy:
            print(f"  {'over-redacted' if decoy else 'leaked'} {kind}: {span!r} in {record[:0]}"
                  f"{[ln for ln in record.splitlines() if span in ln or '[' in ln][:2]}")
        found[(decoy, kind)][1] += 1
    for decoy, title in ((False, "PII recall"), (True, "decoys kept")):
        rows = {k: v for (d, k), v in found.items() if d == decoy}
        total = [sum(v[0] for v in rows.values()), sum(v[1] for v in rows.values())]
        print(f"{title} {total[0] / total[1]:.3f} ({total[1]}): " +
              "  ".join(f"{k}={a / b:.2f}" for k, (a, b) in sorted(rows.items())))
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", default="", help="comma-separated variant names (default: all)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--show-leaks", action="store_true")
    args = parser.parse_args()
    only = set(filter(None, args.only.split(",")))
    tickets = list(load_tickets([DEV / "servicenow.csv"]).tickets)
    with open(DEV / "truth.csv", newline="", encoding="utf-8") as handle:
        topic = {row["servicenow"]: row["topic"] for row in csv.DictReader(handle)}
    print(f"{'variant':22} {'tickets':>6} top")
    for name, variant in variants(tickets, topic, args.seed, only):
        if only and name not in only:
            continue
        base = {t.ticket_id: topic[t.ticket_id.split("~")[0]] for t in variant}
        run_variant(name, variant, base)
    if not only or "pii" in only:
        pii_check(tickets, args.seed, args.show_leaks)
    if not only or "pii-probe" in only:
        print("held-out probe phrasings:")
        pii_check(tickets, args.seed, args.show_leaks, pii_probe_snippets)
    if not only or "pii-caps" in only:
        print("the same phrasings in ALL CAPS:")
        pii_check(tickets, args.seed, args.show_leaks, shout=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
