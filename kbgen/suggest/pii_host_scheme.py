"""Machine names by the export's own naming scheme, learned from the names the rules already found.

An organisation names its machines by one scheme or a few: a site or role code, a person's name or
initials, a running number, in a fixed order and case ("<CODE>-<NAME>-<NN>", "<name>-<model>",
"<SITE><ROLE><NNN>"), often followed by its DNS domain. The rules of :mod:`.pii_shapes` and
:mod:`.pii_accounts` find a machine's name where a cue says so (a device word, a host label, an
address beside it, a tool pointed at it); the same scheme then recurs where no cue is written ("the
service on <name> stopped", in a list, in a log line). This module reads the export twice:

1. *Anchors*: every token the first pass replaced by ``[host]`` (found by aligning each redacted
   field with its original) is described by its **shape key**: the runs of capitals, small letters
   and digits of its first DNS label (letter runs of four or more as one class, codes of one to three
   letters as written, digit runs by their width, separators as written), with the long word at either
   end as written (the fixed words of a scheme: "DESKTOP-", "-laptop") or, for a name of one run of
   capitals, its first three letters (a site's or role's code glued to a name), and the DNS suffix.
2. *Scheme*: a key is the export's machine-naming scheme when three distinct anchors share it and
   the tokens of that key the first pass kept are fewer than ``_KEPT_RATIO`` times the anchors (a
   statistic over the export: a key mostly redacted as a machine is a machine's shape; a product's,
   printer's or asset tag's shape that the rules keep is not, however often it was misread).
3. Every token left in the redacted text whose key is a scheme becomes ``[host]``, unless it is
   probable as a word: the export's everyday words (``Lexicon.common_words``), a server's name
   (``pii_patterns.server_shaped``: a shared system, kept as the rules keep it), a product and its
   version, a hexadecimal hash, a file name (a dotted suffix that is no anchor's domain).

4. *Zones*: the DNS zones the export's machines are named under. A zone (a machine's DNS suffix, or a
   parent of it of three labels or more, four under a country's second-level suffix such as co.uk: a
   site's subdomain under the organisation's domain, never its bare registrable domain) holding
   three distinct anchors, where the first pass kept fewer qualified names than ``_KEPT_RATIO`` times
   the anchors, is a zone of machines: every other name qualified by it becomes ``[host]`` whatever
   the shape of its first label ("<word><NN>.<site>.<domain>": a numbered device is no product's
   version when the organisation's DNS names it), unless that label is a shared system's
   (``server_shaped``), an everyday word, a numbered service (an infrastructure role, an everyday word
   or a product and its version with a number: "ns1", "time2", "Windows11") or a single word that is no
   person's name (``_zone_probable``: "portal", "intranet", a tool's name). Names of the zone in a URL, an address or a path stay (``_CANDIDATE``).

No list of an export's values is added: the evidence is the export's own anchors and the shape of a token;
the one word list, ``_INFRA_ROLES``, names the roles DNS zones give their shared infrastructure (name,
mail, licence, update, time, directory, certificate and remote-access servers), which are kept.
"""
from __future__ import annotations

import functools
import re
from collections import Counter
from typing import Iterable, Sequence

from .pii_align import Alignment, stretches_for
from .pii_gazetteer import listed_name
from .pii_patterns import server_part, server_shaped

_MIN_ANCHORS = 3
"""Distinct anchor names a key needs before it is a scheme (two may be a coincidence of shapes)."""
_KEPT_RATIO = 4.0
"""A key is no scheme when the first pass kept at least this many distinct tokens of it per anchor: the
rules keep a product's, a printer's or an asset tag's shape nearly always and misread a few, while a
scheme of machines they find in one name of five (the others written with no cue) is still a scheme."""
_LITERALS = (3,)
"""Letters of a scheme's fixed code read from a name of one run of capitals: a site's or role's code of
three letters glued to a name. Not one letter: a single capital shared by three anchors is a coincidence
of the alphabet, and would take every long capital word with that initial (brands, words in capitals).
A name of several runs fixes a whole word at an end or none: one or three letters of a varying part (a
surname's last letter) would gather anchors by chance."""

# A token that may be a machine's name: letters, digits, "-" and "_", then DNS labels (bounded: a host
# name's label has at most 63 characters, a name at most 253; no two quantifiers can overlap).
_CANDIDATE = re.compile(r"(?<![\w.@/\\:=#$-])[A-Za-z0-9][A-Za-z0-9_-]{2,62}(?:\.[A-Za-z0-9][A-Za-z0-9-]{0,62}){0,8}"
                        r"(?![\w@/\\$-]|\.\w)")
_RUN = re.compile(r"[A-Z][a-z]+|[A-Z]+(?![a-z])|[a-z]+|\d+|[-_]")  # a capitalised word is one run
_DOMAIN = re.compile(r"(?:[A-Za-z0-9][A-Za-z0-9-]{0,62}\.){0,7}[A-Za-z][A-Za-z0-9-]{1,62}")
_HEX = re.compile(r"[0-9a-f]{6,}|[0-9A-F]{6,}")
# A product or a standard and its number ("Office-365", "iPhone-15", "Windows-11"): one word, a number.
_PRODUCT_VERSION = re.compile(r"[A-Z]?[a-z]{3,20}[-_ ]?\d{1,4}")


def _split(token: str) -> tuple[str, str]:
    """The first DNS label of ``token`` and the suffix after its first dot ('' when none)."""
    label, _, suffix = token.partition(".")
    return label, suffix


def _runs(label: str) -> list[str]:
    return _RUN.findall(label)


def _signature(runs: list[str]) -> str:
    """Each run as its class: capitals "A", small letters "a", digits "9", with its length (letter runs of
    four or more as "+": names vary in length; a running number keeps its width), separators as written;
    a letter run of one to three letters as written too (a site's, a role's or a model's code is fixed
    by the scheme, a name's letters are not)."""
    parts = []
    for run in runs:
        if run.isdigit():
            parts.append(f"9{len(run)}")
        elif run.isalpha():
            parts.append(run if len(run) <= 3 else "A+" if run.isupper() else "a+" if run.islower() else "Aa+")
        else:
            parts.append(run)
    return " ".join(parts)


@functools.lru_cache(maxsize=1 << 16)
def shape_keys(token: str, bare: bool = False) -> tuple[str, ...]:
    """The shape keys of a token (see the module's docstring); none for a token no scheme can name.
    ``bare``: the keys of its first label alone too (an anchor's scheme holds where its domain is left out)."""
    label, suffix = _split(token)
    if not label.isascii() or len(label) < 4:
        return ()
    runs = _runs(label)
    if "".join(runs) != label:
        return ()
    letters = [r for r in runs if r.isalpha()]
    if not letters or sum(len(r) for r in letters) < 2:
        return ()
    # a name of one run of letters alone is a word unless it is long and in capitals (a site code and a
    # name glued: "<SITE><NAME>"); the other shapes carry a digit or a separator, as schemes do
    if len(runs) == 1 and not (label.isupper() and len(label) >= 7):
        return ()
    sig = _signature(runs)
    keys = []
    if any(len(r) <= 3 for r in letters):
        keys.append(sig)  # a fixed code in it: the signature alone is the scheme
    if len(runs) == 1:  # one run: its first letters are the scheme's code (site + name)
        keys.extend(f"{sig}|^{runs[0][:width]}" for width in _LITERALS)
    else:  # a long word at either end fixed by the scheme ("DESKTOP-<NAME>", "<name>-laptop"), whole
        if runs[0].isalpha() and len(runs[0]) > 3:
            keys.append(f"{sig}|^{runs[0]}")
        if runs[-1].isalpha() and len(runs[-1]) > 3:
            keys.append(f"{sig}|{runs[-1]}$")
    keys.extend(_site_free_keys(runs))
    if not suffix:
        return tuple(keys)
    return tuple(f"{k}|{suffix.lower()}" for k in keys) + (tuple(keys) if bare else ())


def _short_class(run: str) -> str:
    """A code of one to three letters by its class and width ("A3", "a2"): a site's or a room's code that
    varies from machine to machine of one scheme."""
    return f"{'A' if run.isupper() else 'a' if run.islower() else 'Aa'}{len(run)}"


def _site_free_keys(runs: list[str]) -> list[str]:
    """Keys where the codes that vary across a scheme's machines are read by their class: a scheme names
    each site's machines with the site's code ("<ROLE><NN>-<WORD>-<SITE>", "<word>-<site>-<NN>"), so its
    anchors, spread over sites, share no key with the code written out. Something stays fixed: with a
    long word at an end (kept as written), every code is read by class; otherwise the first code stays
    as written and the later ones are read by class. Codes of a separator's sides only, never a label
    of one run (its first letters are ``shape_keys``' own literal)."""
    shorts = [i for i, r in enumerate(runs) if r.isalpha() and len(r) <= 3]
    if len(runs) < 3 or not shorts:
        return []
    keys = []
    if len(shorts) >= 2:
        keys.append(_signature_with(runs, set(shorts[1:])))
    free = _signature_with(runs, set(shorts))
    if runs[0].isalpha() and len(runs[0]) > 3:
        keys.append(f"{free}|^{runs[0]}")
    if runs[-1].isalpha() and len(runs[-1]) > 3:
        keys.append(f"{free}|{runs[-1]}$")
    return keys


def _signature_with(runs: list[str], by_class: set[int]) -> str:
    """``_signature`` with the runs at ``by_class`` read by their class (``_short_class``)."""
    return " ".join(_short_class(run) if i in by_class else _signature([run]) for i, run in enumerate(runs))


def _probable(token: str, common: frozenset[str]) -> bool:
    """A token that is probably a word or a system's name, not a person's machine (see the docstring)."""
    label, _ = _split(token)
    low = label.lower()
    words = [r.lower() for r in _runs(label) if r.isalpha()]
    if low in common or all(w in common or len(w) <= 2 for w in words):
        return True
    if server_shaped(label) or any(server_part(p) for p in re.split(r"[-_]", low) if p):
        return True
    return bool(_PRODUCT_VERSION.fullmatch(label) or _HEX.fullmatch(label))


_ZONE_KEPT_RATIO = 8.0
"""A zone is no zone of machines when the first pass kept at least this many distinct names of it per
anchor. Wider than a shape's ``_KEPT_RATIO``: the kept names counted are already those no service's word
names (``_zone_probable``), and a cue ("hostname:", a device word) stands before a machine's name in one
mention of several at best, so a zone of machines keeps many of its names after the first pass; three
cue-found names in one zone are rare by chance (a vendor's zone is written with no machine cue)."""
_ZONE = "@"
"""The prefix of a zone's key among the schemes (no shape key starts with it)."""
_ZONE_MIN_LABELS = 3
"""Labels a parent of a machine's DNS suffix needs to be a zone of its own (one more under a country's
second-level suffix, ``_second_level_suffix``): a site's subdomain dropped ("<site>.<region>.<org>.<tld>"
-> "<region>.<org>.<tld>"), never a bare registrable domain or a public suffix ("<org>.com",
"<org>.co.uk", "co.uk"), which other organisations' names and the organisation's shop and mail share."""


@functools.lru_cache(maxsize=1 << 14)
def _zones(suffix: str) -> tuple[str, ...]:
    """The zones of a DNS ``suffix`` (in small letters): itself, then each parent of ``_ZONE_MIN_LABELS``
    labels or more."""
    labels = suffix.lower().split(".")
    if not all(labels):
        return ()
    least = _ZONE_MIN_LABELS + (1 if _second_level_suffix(labels) else 0)
    return (suffix.lower(),) + tuple(".".join(labels[i:]) for i in range(1, len(labels) - least + 1))


# A public suffix of two labels by its shape (no public-suffix list is installed): a country's code and a
# short second label under it ("co.uk", "com.au", "ac.jp", "gov.br", "or.jp"), where organisations
# register their domain one label below, so the registrable domain has three labels.
_SECOND_LEVEL = re.compile(r"[a-z]{2,3}")


def _second_level_suffix(labels: list[str]) -> bool:
    """Whether the last two ``labels`` are a country's second-level public suffix by their shape."""
    return len(labels) >= 2 and len(labels[-1]) == 2 and labels[-1].isalpha() and bool(_SECOND_LEVEL.fullmatch(labels[-2]))


def _zone_probable(token: str, common: frozenset[str], schemes: frozenset[str] = frozenset()) -> bool:
    """Whether the first label of a qualified ``token`` probably names a shared system or a service, not a
    machine: a server's name (``server_shaped``, a server part, or a subdomain below the registrable domain
    that is a server part), a hexadecimal hash, a word of the export
    or words of it only with no digit ("portal", "self-service"), a numbered service (``_numbered_service``),
    or a single word with no digit that is no person's name (a service's name: "intranet", "<tool>"; a
    machine named after its owner keeps the name)."""
    label, suffix = _split(token)
    low = label.lower()
    parts = [p for p in re.split(r"[-_]", low) if p]
    if not parts or server_shaped(label) or any(server_part(p) for p in parts) or _HEX.fullmatch(label):
        return True
    if any(server_part(z) for z in suffix.lower().split(".")[:-2]):
        return True  # a subdomain named for a server role ("<name>.dc.<org>", "<name>.prod.<org>") holds shared systems
    if any(c.isdigit() for c in label):
        return _numbered_service(label, common, schemes)
    if low in common or all(p in common for p in parts):
        return True
    # a single word is a person's machine only when it is a person's name (a given name or surname of
    # any locale): a zone's single words are mostly its services ("<tool>.<zone>"), and a leak of a
    # surname no list holds costs less here than every service of the organisation taken
    return len(parts) == 1 and not listed_name(low)


# A numbered label of one word: the word, an optional separator, a number (a host's label is at most 63
# characters; bounded runs, nothing overlaps).
_NUMBERED = re.compile(r"([A-Za-z]{2,30})[-_]?(\d{1,4})")
# The roles of the infrastructure an organisation's DNS zone names by a short code and a number, beside
# ``server_part``: name servers (ns), mail exchangers and mail access (mx, imap, pop), licence activation
# (kms), update and software distribution (wsus, sccm, update), time (time), directory and certificates
# (ldap, pki, ca, crl, ocsp), remote access (rdgw, vdi). A phenomenon of DNS zones, not of one export.
_INFRA_ROLES = frozenset("ns mx imap pop kms wsus sccm update updates time ldap pki ca crl ocsp rdgw vdi".split())
# A release year after a product's word ("<product>2016"): a machine's running number starts at one or
# zero, a product's release year in 19xx or 20xx.
_RELEASE_YEAR = re.compile(r"(?:19|20)\d\d")


_FLEET = "%"
"""The prefix of a key among the schemes naming a word the cue-found machines are numbered by ("<word><NN>":
three anchors or fewer, one is enough); the word names a fleet of devices, so its other numbers are
machines too, however everyday the word ("<device word><NN>")."""


def _numbered_service(label: str, common: frozenset[str], schemes: frozenset[str] = frozenset()) -> bool:
    """Whether a numbered ``label`` (a word and a number) is a service's, not a person's machine: its word
    is an everyday word of the export glued to it (``common``: "time1"), an infrastructure role (``_INFRA_ROLES``,
    ``server_part``), or a product and its version (``_PRODUCT_VERSION``) written capitalised ("Windows11":
    DNS labels of machines are written in small letters) or with a release year ("exchange2016")."""
    match = _NUMBERED.fullmatch(label)
    if not match:
        return False
    word = match.group(1).lower()
    if _FLEET + word in schemes:
        return False  # a word a machine found by a cue is numbered by: a fleet's
    if word in _INFRA_ROLES or server_part(word):
        return True
    # an everyday word glued to its number ("time1"), not a code and a running number: the export writes
    # a machines' prefix in lower case in every machine's name ("ws" of "ws-0412"), so a short word or one
    # set off by a separator is a scheme's code, whatever its count
    if word in common and len(word) >= 4 and label[len(word)].isdigit():
        return True
    if not _PRODUCT_VERSION.fullmatch(label):
        return False
    return label[0].isupper() and label[1:2].islower() or bool(_RELEASE_YEAR.fullmatch(match.group(2)))


def _zone_keys(token: str) -> tuple[str, ...]:
    """The zone keys of a qualified ``token`` (none for a bare label)."""
    label, suffix = _split(token)
    if not suffix or len(label) < 2:
        return ()
    return tuple(_ZONE + z for z in _zones(suffix))


def _zone_taken(token: str, schemes: frozenset[str], common: frozenset[str]) -> bool:
    """Whether a qualified ``token`` is a machine of one of the zones of machines in ``schemes``."""
    keys = _zone_keys(token)
    return bool(keys) and any(k in schemes for k in keys) and not _zone_probable(token, common, schemes)


def _everyday_part(token: str, key: str, common: frozenset[str]) -> bool:
    """Whether a part of ``token`` that ``key`` leaves free is an everyday word of the export: what a
    scheme varies is a person's name, initials or a number, never a word ("<BRAND>-GUEST" is a network's
    name, though "<BRAND>-<NAME>" is a machine's); the parts the key fixes (its literal letters) may be
    words ("desktop", "laptop")."""
    runs = _runs(_split(token)[0])
    free = [r for r in runs if r.isalpha() and len(r) > 3]
    literal = key.split("|")[1] if "|" in key else ""
    if literal.startswith("^") and free and free[0] == runs[0]:
        free = free[1:]
    elif literal.endswith("$") and free and free[-1] == runs[-1]:
        free = free[:-1]
    return any(r.lower() in common for r in free)


def _anchor_values(original: str, redacted: str, known: Alignment | None = None) -> Iterable[str]:
    """The original tokens each ``[host]`` of ``redacted`` replaced, where the alignment is one to one
    (:func:`.pii_align.differences`, or ``known``: the field's alignment made once for both passes)."""
    before, after = original.split(), redacted.split()
    for i, i2, j, j2 in stretches_for(before, after, known):
        if i2 - i == j2 - j:
            for old, new in zip(before[i:i2], after[j:j2]):
                at = new.find("[host]")
                if at < 0 or new.count("[") != 1:
                    continue
                head, tail = new[:at], new[at + len("[host]"):]
                if old.startswith(head) and old.endswith(tail) and len(old) > len(head) + len(tail):
                    yield old[len(head):len(old) - len(tail)]


_LABEL_RUN = re.compile(r"[A-Za-z0-9_-]{4,}")
_QUALIFIED = re.compile(r"[A-Za-z0-9_-]{2}\.[A-Za-z0-9]")  # a label and a dot before the next: a zone's name


def may_name_machine(text: str) -> bool:
    """Whether ``text`` holds a run of letters, digits, ``-`` or ``_`` a scheme can name (``shape_keys``):
    a field without one adds nothing to ``learn_hosts`` (no anchor, no name left in) nor is changed by
    ``redact_scheme_hosts``, so a caller may leave its ticket out of the second pass. A qualified name
    ("<label>.<zone>") counts whatever its label's shape: a zone names machines of any shape."""
    return any(shape_keys(m.group(0)) for m in _LABEL_RUN.finditer(text)) or bool(_QUALIFIED.search(text))


def learn_host_schemes(pairs: Iterable[tuple[str, str]], common: frozenset[str]) -> frozenset[str]:
    """The shape keys that are the export's machine-naming schemes; ``pairs``: each field's original
    and redacted text (fields with no ``[host]`` are read only for the tokens the first pass kept)."""
    return learn_hosts(pairs, common)[0]


def learn_hosts(pairs: Iterable[tuple[str, str]], common: frozenset[str],
                alignments: Sequence[Alignment | None] | None = None) -> tuple[frozenset[str], frozenset[str]]:
    """The export's machine-naming schemes (``learn_host_schemes``) and the machines' names the first
    pass took (``[host]``) somewhere in the export, with the first DNS label of a qualified one: a
    machine named once where a cue said so is the same machine where it recurs without one (a tool's
    output repeating it, a later comment, another ticket), as a person's name found once is removed
    wherever it recurs. A name probable as a word or a shared system's (``_probable``) is left out, and
    so is a name the first pass left in as many places as it took it, or more, unless two cues took it.
    ``alignments``: each pair's alignment when the caller has made it (:mod:`.pii_align`), in order."""
    anchors: dict[str, set[str]] = {}
    kept: dict[str, set[str]] = {}
    taken: Counter = Counter()
    left: Counter = Counter()
    zoned: set[str] = set()  # qualified names the first pass kept, their label no service's (``_zone_probable``)
    services: set[str] = set()  # qualified names the first pass kept, their label a numbered service's
    fleet: set[str] = set()  # the words cue-found machines of a zone are numbered by (``_FLEET``)
    for k, (original, redacted) in enumerate(pairs):
        if "[host]" in redacted:
            for value in _anchor_values(original, redacted, alignments[k] if alignments else None):
                if _CANDIDATE.fullmatch(value):
                    for key in shape_keys(value, bare=True) + _zone_keys(value):
                        anchors.setdefault(key, set()).add(value)
                    taken.update(n for n in {value, _split(value)[0]} if _recurring_name(n, common))
                    numbered = _NUMBERED.fullmatch(_split(value)[0])
                    if numbered and _split(value)[1]:
                        fleet.add(_FLEET + numbered.group(1).lower())
        for match in _CANDIDATE.finditer(redacted):
            token = match.group(0)
            keys = shape_keys(token)
            if keys:
                left[token] += 1
            if keys and not _probable(token, common):
                for key in keys:
                    kept.setdefault(key, set()).add(token)
            zone_keys = _zone_keys(token)
            if zone_keys and not _zone_probable(token, common):
                zoned.add(token)
                for key in zone_keys:
                    kept.setdefault(key, set()).add(token)
            elif zone_keys and _NUMBERED.fullmatch(_split(token)[0]):
                services.add(token)  # a numbered service, unless its word is a fleet's (known after the loop)
    schemes = set()
    for key, values in anchors.items():
        others = kept.get(key, set()) - values
        ratio = _ZONE_KEPT_RATIO if key.startswith(_ZONE) else _KEPT_RATIO
        if len(values) >= _MIN_ANCHORS and len(others) < ratio * len(values):
            schemes.add(key)
    # a name the rules left as often as they took it, or more often, may be no machine's (a group's, a
    # tag's, a product's name misread once): recurring, it would take every use of it. A name recurs
    # when taken more often than left, or taken at least twice and left no more often (two cues agree).
    names = {n for n, count in taken.items() if count > left[n] or (count >= 2 and left[n] <= count)}
    # a machine of a zone of machines is the same machine where its label is written alone ("<label>" in a
    # later comment after "<label>.<zone>"), as a name the first pass took is
    if any(key.startswith(_ZONE) for key in schemes):
        schemes.update(fleet)  # a fleet's word matters only under a zone of machines
    found = frozenset(schemes)
    names.update(label for token in zoned | services if _zone_taken(token, found, common)
                 for label in (_split(token)[0],) if _recurring_name(label, common))
    return found, frozenset(names)


def _recurring_name(name: str, common: frozenset[str]) -> bool:
    """A name taken once that may be removed where it recurs: of a shape a scheme can have (``shape_keys``:
    a digit, a separator or a site code in it, four characters or more) and not ``_probable``."""
    return bool(shape_keys(name)) and not _probable(name, common)


def redact_scheme_hosts(text: str, schemes: frozenset[str], common: frozenset[str],
                        names: frozenset[str] = frozenset()) -> str:
    """Tokens of ``text`` whose shape key is one of ``schemes`` (unless ``_probable``), or that are one of
    the machines' ``names`` the first pass took elsewhere (``learn_hosts``), -> ``[host]``."""
    if not schemes and not names:
        return text

    def replace(match: re.Match) -> str:
        token = match.group(0)
        if token in names:
            return "[host]"
        if _zone_taken(token, schemes, common):
            return "[host]"
        keys = [k for k in shape_keys(token) if k in schemes]
        if keys and not _probable(token, common) and any(not _everyday_part(token, k, common) for k in keys):
            return "[host]"
        return token

    return _CANDIDATE.sub(replace, text)
