"""Names of people: how they are recognised in ticket text.

Evidence, cheapest first: the names the ticket already gives (the caller column, names found by
cues elsewhere in the ticket, names spelled out in e-mail addresses), the callers' names of the
whole export, a gazetteer of first names and surnames of many countries (Faker's person
providers, folded to lower-case ASCII so that "Siobhan" finds "Siobhán"), and the words around a
capitalised run: greetings and sign-offs, phrases such as "spoke to" or "on behalf of", form
labels ("First Name:", "User Name:"), titles ("Dr."), the "Last, First" order. A gazetteer word
is evidence, never proof: many names are ordinary words ("Will", "Page", "Hall"), and words the
export itself writes in lower case are not names on weak evidence.
"""
from __future__ import annotations

import dataclasses
import functools
import re
from typing import Iterable, Iterator

from .pii_patterns import (fault_code, is_particle, PRODUCT_STEMS, RECORD_LABEL_WORDS, THING_NAME_LABEL, without_alert_parts,
    ROLE_WORDS, _AFTER_NAME, _CANDIDATE, _CAP_WORD, _COMMON_WORD_NAMES, _CUES_BEFORE, _CUE_WORDS, _GREETINGS,
    _ID_AFTER, _LIST_CUES, _LOWER, LOWER_STOP, NAME_PARTICLE, _NOT_NAMES, _PARTICLE, _PARTICLES, _RECORD_PREFIX, _SIGNATURE_TAIL,
    _TITLE_DOT, _UPPER, USER_STOP, _WEAK_CUES,
)
from .pii_accounts import (_replace_usernames, login_stems, name_parts, numbered_usernames_for,  # noqa: F401
                           replace_devices, replace_named_devices, replace_site_unit_devices,
                           usernames_for)
from ..fold import unaccented
from .pii_gazetteer import fold, gazetteer
from .pii_places import _DIGIT_AFTER, PLACE_NOUNS, names_a_place

NAME = "[name]"
"""Placeholder for a person's name (also the redacted ``caller``)."""

# ----------------------------------------------------------------------------- what is known about people


@dataclasses.dataclass
class Lexicon:
    """Names learned across an export: callers' first names and surnames, full names seen."""

    first_names: frozenset[str] = frozenset()
    surnames: frozenset[str] = frozenset()
    common_words: frozenset[str] = frozenset()
    """Words the export also writes in lower case ("file", "explorer"): not names on weak evidence."""
    numbered_families: frozenset[str] = frozenset()
    """Letter prefixes the export numbers many times ("kspdb" of kspdb05, kspdb38...): system names."""
    system_phrases: frozenset[tuple[str, str]] = frozenset()
    """Capitalised pairs many different people write ("File Explorer"): systems and places."""
    value_labels: dict[str, tuple[str, frozenset[str]]] = dataclasses.field(default_factory=dict)
    """Labels the export writes before a value unique to each ticket -> that value's placeholder kind and
    the numbering schemes of things also written after it (see :mod:`.pii_labels`)."""
    value_shapes: dict[str, tuple[str, frozenset[str]]] = dataclasses.field(default_factory=dict)
    """Shapes of the values the export writes after its learned labels and after other labels alike
    ("9999A") -> that value's placeholder kind and the labels written before them (see
    :func:`.pii_labels.learn_value_shapes`)."""
    system_names: frozenset[str] = frozenset()
    """Tokens of random case written by two callers or more ("MsMpEng", "win10LTSC"): names of services,
    processes and builds, which recur across an export; a secret is one person's."""
    capitals_alone: frozenset[str] = frozenset()
    """Capitalised words (lower-cased) the export writes with no name particle before them, callers'
    names aside: ordinary nouns, places and products ("- de Contabilidad" beside "Contabilidad no
    imprime"), so no surname a particle alone introduces."""
    particle_things: frozenset[tuple[str, str]] = frozenset()
    """Particle phrases (the particles folded, the word after them lower-cased) the export writes as the
    name of a thing or a place somewhere (:func:`particle_things`): "a Mac Mini", "in De Haag"."""

    @functools.cached_property
    def surnames_lower(self) -> frozenset[str]:
        return frozenset(s.lower() for s in self.surnames)

    @functools.cached_property
    def first_names_lower(self) -> frozenset[str]:
        return frozenset(n.lower() for n in self.first_names)

    @functools.cached_property
    def common_unaccented(self) -> frozenset[str]:
        """The everyday words without their accents: words in capitals are often typed without them
        ("FACTURACION" for "facturación")."""
        return frozenset(unaccented(w) for w in self.common_words)


@dataclasses.dataclass
class _Known:
    """Names and usernames known to belong to people in the ticket being redacted."""

    lexicon: Lexicon
    tokens: set[str] = dataclasses.field(default_factory=set)
    users: set[str] = dataclasses.field(default_factory=set)
    numbered: set[str] = dataclasses.field(default_factory=set)
    phrases: set[str] = dataclasses.field(default_factory=set)
    """Whole name phrases found by their structure ("king, sharon"), replaced as written."""
    people: set[tuple[str, ...]] = dataclasses.field(default_factory=set)
    """Each full name's parts in lower-case letters (particles joined to what follows), per spelling."""
    _lower: tuple[int, frozenset[str]] | None = None
    _names: tuple[int, frozenset[str]] | None = None

    def add_name(self, name: str) -> None:
        """Remember a person's name: its parts in every case, with and without accents, and the
        usernames derived from it."""
        forms, full = _name_forms(name)
        self.tokens |= forms
        if full:
            self.users |= usernames_for(full)
            self.numbered |= numbered_usernames_for(full)
            self.people |= login_stems(name)

    def lower_tokens(self) -> frozenset[str]:
        """Name parts as they would be written in lower case, minus everyday words (cached)."""
        key = len(self.tokens)
        if self._lower is None or self._lower[0] != key:
            common = self.lexicon.common_words
            lowered = frozenset(t.lower() for t in self.tokens if len(t) > 2 and t[0].isupper())
            self._lower = (key, frozenset(t for t in lowered if t not in common and t not in LOWER_STOP))
        return self._lower[1]

    def name_parts_lower(self) -> frozenset[str]:
        """The ticket's name parts in lower case and the export's first names in lower case (cached while
        the ticket's names are unchanged): the names a mailbox's parts are checked against."""
        key = len(self.tokens)
        if self._names is None or self._names[0] != key:
            self._names = (key, frozenset(t.lower() for t in self.tokens) | self.lexicon.first_names_lower)
        return self._names[1]

    def is_name_word(self, word: str) -> bool:
        if word in self.tokens:
            return True
        return word in self.lexicon.first_names and word not in _COMMON_WORD_NAMES


@functools.lru_cache(maxsize=65536)
def _name_forms(name: str) -> tuple[frozenset[str], str]:
    """A name's parts in every case, with and without accents, and the full name in capitalised
    parts when it has two parts or more (else ""). Cached: callers and the people tickets name
    (agents who sign, colleagues) recur across an export."""
    parts = [p for p in name_parts(name) if p.capitalize() not in _NOT_NAMES and p not in _NOT_NAMES]
    forms = set()
    for part in parts:
        plain = unaccented(part)
        forms |= {part, part.upper(), part.capitalize(), plain, plain.upper(), plain.capitalize()}
    return frozenset(forms), " ".join(p.capitalize() for p in parts) if len(parts) >= 2 else ""


# ----------------------------------------------------------------------------- names


def _cue_before(text: str, start: int, end: int, after_name: bool) -> bool:
    """True when the words just before ``start`` announce a name ("Hi", "spoke to", "From:").

    After a greeting or sign-off word ("Hi", "Thanks") the name must end the clause ("Hi Jane,"),
    so "Hi, Visio is slow" does not make Visio a person.
    """
    window = _TITLE_DOT.sub(r"\1", text[max(0, start - 40):start].lower())
    words = _CUE_WORDS.findall(window)[-4:]
    for i in range(len(words)):
        phrase = " ".join(words[i:])
        if phrase in _CUES_BEFORE and (after_name or phrase not in _LIST_CUES):
            return phrase not in _GREETING_CUES or bool(_CLAUSE_END.match(text, end))
    return False


_GREETING_CUES = frozenset("""hi|hello|hey|hiya|dear|morning|good morning|afternoon|good afternoon|evening|thanks|
thank you|thx|ta|cheers|regards|kind regards|best regards|best|many thanks|warm regards|with thanks|sincerely|
rgds|yours""".replace("\n", "").split("|"))
_CLAUSE_END = re.compile(r"[ \t]*(?:[,!.:;)\-–—]|\r?\n|$|\(|&|and\b)")


def _after_signoff(text: str, start: int) -> bool:
    """True when the name starts a line right after a greeting/sign-off line or a ``--`` line."""
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip():
        return False
    lines = text[max(0, line_start - 80):line_start].rstrip().split("\n")
    previous = lines[-1].strip().lower() if lines else ""
    if previous in ("--", "—", "-- ", "___"):
        return True
    words = re.findall(r"[a-z']+", previous)
    return bool(words) and len(words) <= 5 and all(w in _GREETINGS for w in words) and not re.search(r"\d", previous)


def _signature_line(text: str, start: int, end: int) -> bool:
    """True for "Jane Smith | Finance", "Jane Smith <jane@...>" or a name alone after a sign-off."""
    line_start = text.rfind("\n", 0, start) + 1
    return not text[line_start:start].strip() and bool(_SIGNATURE_TAIL.match(text, end)) and \
        text[end:end + 1] in ("", "\n", " ", "\t", "|", "<", "(", ",", "\r")


def _candidates(text: str) -> Iterable[tuple[int, int, list[str]]]:
    """Runs of capitalised words, with leading non-name words ("Hi", "Manager") split off."""
    for match in _CANDIDATE.finditer(text):
        if match.group("title") and " " not in match.group(0) and "\t" not in match.group(0):
            if match.group(0) not in _NOT_NAMES:
                yield match.start(), match.end(), [match.group(0)]
            continue
        words, pos = [], match.start()
        for word in match.group(0).split():
            pos = text.index(word, pos)
            words.append((pos, word))
            pos += len(word)
        if match.group("caps"):
            if _NUMBER_BEFORE.search(text, max(0, match.start() - 3), match.start()):
                words = words[1:]  # "16 GB RAM": a unit follows a number, and no name does
            yield from _caps_pairs(words)
            continue
        while words and (words[0][1].capitalize() in _NOT_NAMES or words[0][1] in _PARTICLES
                         or words[0][1].lower() in _CUES_BEFORE):
            words.pop(0)
        while words and (words[-1][1].capitalize() in _NOT_NAMES or words[-1][1] in _PARTICLES):
            words.pop()
        if words:
            yield words[0][0], words[-1][0] + len(words[-1][1]), [w for _, w in words]


_NUMBER_BEFORE = re.compile(r"\d[ \t]?\Z")


def _caps_pairs(words: list[tuple[int, str]]) -> Iterable[tuple[int, int, list[str]]]:
    """Every pair of adjacent words of an ALL-CAPS run: the cue check decides which is a name."""
    words = [w for w in words if w[1].capitalize() not in _NOT_NAMES]
    for k, ((start, first), (second_start, second)) in enumerate(zip(words, words[1:])):
        if second_start - start - len(first) > 2:
            continue
        if _particle(first):  # "LE KERBRANNEC": a surname with its particle, as before ("NIC DRIVER": hardware)
            if not _HARDWARE_CAPS.match(first + " "):
                yield start, second_start + len(second), [first, second]
            continue
        # a particle takes the pair on to the surname it introduces ("TAVARELO DOS ANJELIM")
        end = k + 1
        while end + 1 < len(words) and end - k <= 3 and _particle(words[end][1]) and \
                words[end + 1][0] - words[end][0] - len(words[end][1]) <= 2:
            end += 1
        if _particle(words[end][1]):  # no surname after the particles: the pair itself, as before
            yield start, second_start + len(second), [first, second]
            continue
        yield start, words[end][0] + len(words[end][1]), [w for _, w in words[k:end + 1]]


def collect_names(text: str, known: _Known, subject: bool = False) -> None:
    """Add to ``known`` every name that a cue, a signature, the gazetteer or the lexicon points at.

    Args:
        text: one field of a ticket.
        known: what is known about the ticket's people (updated).
        subject: the field is a subject line: no sentences and no signatures, so a capitalised
            run at the end of it is no signature.
    """
    if "]" in text:
        text = without_alert_parts(text)
    previous_end = -10
    for start, end, words in _candidates(text):
        found = _without_labels(_name_words(text, start, end, words, known, previous_end, subject))
        if found:
            # particles alone are no name, but the evidence carries on to the surname they introduce,
            # the next pair of a capitals run ("VAN DER <SURNAME> - <problem>")
            kept = _with_particle_surname(found, words, known)
            if kept:
                known.add_name(" ".join(kept))
            elif subject:
                _surname_after_particles(text, end, words, known)
            previous_end = end
        else:
            previous_end = -10
    if subject and _PARTICLE_TAIL_HINT.search(text):
        _collect_particle_surnames(text, known)
    if _CAPS_HINT.search(text):
        _collect_caps_signoffs(text, known)
    if "," in text:
        _collect_comma_names(text, known, subject)
    if _TITLE_HINT.search(text):
        _collect_titled_names(text, known)
    if _LABEL_HINT.search(text):
        _collect_labelled_names(text, known)
    _collect_lowercase_names(text, known)
    if "." in text or "-" in text or " " in text:
        _collect_initialled_names(text, known)
    if "." in text:
        _collect_initial_surnames(text, known)
    _collect_usernames(text, known)


_particle = is_particle


def _with_particle_surname(found: list[str], words: list[str], known: _Known) -> list[str] | None:
    """A name found in a run of capitalised words, carried on over the particles that follow it to
    the surname they introduce ("Aoibhe Ní Scannláin", "Joost van der Heuvelink", "Nadira bint Qasimar"):
    the evidence found the given name and a particle, or the given name alone. A particle at the
    end with no surname after it is dropped: a particle alone is no name."""
    for at in range(len(words) - len(found) + 1):
        if words[at:at + len(found)] == found:
            break
    else:
        return found
    end = at + len(found)
    while end > at and _particle(words[end - 1]):
        end -= 1
    after = end
    while after < len(words) and after - end < 3 and _particle(words[after]):
        after += 1
    if after > end and after < len(words) and _surname_word(words[after], known):
        return words[at:after + 1]
    return words[at:end] or None


# The words right after a run of particles found as a name: more particles, then the surname.
_SURNAME_AFTER = re.compile(rf"(?P<name>(?:[ \t]{{1,2}}(?i:{NAME_PARTICLE})){{0,2}}[ \t]{{1,2}}"
                            rf"(?P<last>[{_UPPER}{_LOWER}][{_UPPER}{_LOWER}'’-]{{1,30}}))(?![\w'’-])")


def _surname_after_particles(text: str, end: int, words: list[str], known: _Known) -> None:
    """A capitals run the evidence found a name in, that holds particles only ("VAN DER" of "VAN DER
    <SURNAME> - <problem>"): the surname is the word after them, if it may be one."""
    match = _SURNAME_AFTER.match(text, end)
    if match and all(map(_particle, words)) and _surname_word(match.group("last"), known) and \
            not _HARDWARE_CAPS.match(words[0] + " ") and \
            not _written_as_thing(" ".join(words) + match.group("name")[:-len(match.group("last"))],
                                  match.group("last"), known):
        known.add_name(match.group("last"))
        known.phrases.add(" ".join(words) + match.group("name"))


def _particle_then_surname(words: list[str], at: int, known: _Known) -> bool:
    """Particles from ``at`` on (up to three), then a word that may be a surname."""
    end = at
    while end < len(words) and end - at < 3 and _particle(words[end]):
        end += 1
    return at < end < len(words) and _surname_word(words[end], known)


# Particles, then a capitalised word: a particle phrase wherever it stands (see :func:`particle_things`).
_PARTICLE_PHRASE = re.compile(rf"(?<![\w'’-])(?P<particles>(?:(?i:{NAME_PARTICLE})[ \t]+){{1,3}})"
                              rf"(?P<last>[{_UPPER}][{_UPPER}{_LOWER}'’-]{{1,30}})(?![\w'’-])")
_PARTICLE_PHRASE_HINT = re.compile(rf"(?i:(?<![\w'’-]){NAME_PARTICLE})[ \t]+[{_UPPER}]")


def _phrase_key(particles: str, last: str) -> tuple[str, str]:
    return " ".join(fold(p) for p in particles.split()), last.lower()


def particle_things(text: str) -> set[tuple[str, str]]:
    """The particle phrases ``text`` writes as the name of a place or a thing: an article, a possessive,
    a preposition of place or a site noun before them, or a place or product noun after them
    (:func:`.pii_places.names_a_place`, the evidence that tells "the Hartley House" from a person):
    "ordering a Mac Mini", "the office in De Haag". A surname with its particle is written after its
    given name or alone; where the export writes the same phrase as a thing, the phrase alone at a
    subject's end ("<problem> - Mac Mini") is that thing, not a person (read by the lexicon, export-wide)."""
    found = set()
    if not _PARTICLE_PHRASE_HINT.search(text):
        return found
    for match in _PARTICLE_PHRASE.finditer(text):
        words = match.group("particles").split() + [match.group("last")]
        if names_a_place(text, match.start(), match.end(), words) and not _modifier(text, match.start(), match.end()):
            found.add(_phrase_key(match.group("particles"), match.group("last")))
    return found


_ARTICLE_BEFORE = re.compile(r"(?i:\b(?:the|a|an|this|that|these|those|our|your|their|its))[ \t]+\Z")
_LOWER_AFTER = re.compile(r"[ \t]+([a-z]+)\b")
# Words that close a noun phrase rather than extend it: prepositions, conjunctions, auxiliaries and
# negation ("a Mac Mini for design", "the Van Dijk is"): after one, the phrase before it is the noun.
_PHRASE_CLOSERS = frozenset("""for with from to in on at of by as and or but nor so than then if when while
is are was were be been has have had will would can could should may might must does did do not""".split())


def _modifier(text: str, start: int, end: int) -> bool:
    """An article, the phrase, then a small-letter noun: the phrase qualifies that noun ("the Van Dijk
    account", "the De Vries team", "the Van Dijk family"), as a family's or a person's name does; the
    article belongs to the noun, so it is no evidence the phrase names a thing (a place noun after it,
    "the Van Halen office", still is)."""
    if not _ARTICLE_BEFORE.search(text, max(0, start - 8), start):
        return False
    after = _LOWER_AFTER.match(text, end)
    return bool(after) and after.group(1) not in _PHRASE_CLOSERS and after.group(1) not in PLACE_NOUNS


def _written_as_thing(particles: str, last: str, known: _Known) -> bool:
    """Whether the export writes this particle phrase as a thing somewhere (:func:`particle_things`)."""
    return _phrase_key(particles, last) in known.lexicon.particle_things


def _surname_word(word: str, known: _Known) -> bool:
    """A word that may be the surname a particle introduces: letters, no ordinary word of the export
    and no word that is never a name ("de Windows", "van Transit"), nor one the export writes
    capitalised with no particle before it elsewhere (an ordinary noun: "- de Ventas" beside "Ventas
    sin correo": nouns are written in Title case after their preposition as alone; a surname typed
    in capitals or small letters after its particle is still read)."""
    if word.isupper() and unaccented(word.lower()) in known.lexicon.common_unaccented:
        return False  # an everyday word typed in capitals without its accents ("DE LA FACTURACION")
    return len(word) >= 2 and bool(_NAME_WORD.fullmatch(word)) and not _common(word, known) and \
        word.lower() not in ROLE_WORDS and word.lower() not in PLACE_NOUNS and not _particle(word) and \
        not (word.istitle() and word.lower() in known.lexicon.capitals_alone)


# A surname with its particle alone at the end of a subject, after a separator ("<problem> // NÍ
# SCANNLÁIN", "<problem>: van der heuvelink", "<problem> - O'DRISCEOLÁIN"): who the ticket is about, after the
# problem. The particle ("Ó" glued with an apostrophe too) is the evidence a lone capitalised word lacks.
_PARTICLE_TAIL = re.compile(rf"(?:[ \t][-–—/|]{{1,2}}|:)[ \t]*(?P<name>(?:(?i:{NAME_PARTICLE})[ \t]+){{1,3}}"
                            rf"(?P<last>[{_UPPER}{_LOWER}][{_UPPER}{_LOWER}'’-]{{1,30}})|[OÓ]['’](?P<glued>[{_UPPER}][{_UPPER}{_LOWER}'’-]{{2,30}}))"
                            rf"[ \t]*(?:[.!?][ \t]*)?$", re.M)  # one way to split the blanks: linear
# Particles spelt as hardware acronyms: in capitals, "NIC DRIVER" and "MAC FILTER" are a network card
# and an address far more often than a Gaelic surname.
_HARDWARE_CAPS = re.compile(r"(?:MAC|NIC)[ \t]")
_PARTICLE_TAIL_HINT = re.compile(rf"(?i:(?<![\w'’]){NAME_PARTICLE}[ \t]+[^\W\d_]+|(?<![\w'’])[OÓ]['’][{_UPPER}][^\W\d_]*)[ \t.!?]*$", re.M)


def _collect_particle_surnames(text: str, known: _Known) -> None:
    """A surname with its particle ending a subject after a separator (``_PARTICLE_TAIL``). The surname
    must be no ordinary word of the export; one in small letters needs an export that shows which
    words are ordinary ("<problem> - de la oficina" is Spanish, "<problem> - van der heuvelink" a name)."""
    for match in _PARTICLE_TAIL.finditer(text):
        last = match.group("last") or match.group("glued")
        if len(last) < 3 or not _surname_word(last, known) or last.lower() in LOWER_STOP or \
                (last.islower() and not known.lexicon.common_words) or _HARDWARE_CAPS.match(match.group("name")):
            continue
        if match.group("last") and _written_as_thing(match.group("name")[:-len(last)], last, known):
            continue  # the export names a thing so ("<problem> - Mac Mini" beside "ordering a Mac Mini")
        known.add_name(last)
        known.phrases.add(match.group("name"))


def lowercase_particle_surnames(text: str) -> set[str]:
    """Surnames typed in small letters after their particle at a subject's end ("<problem> - van der
    heuvelink"): the lexicon does not count them as everyday words (see :func:`_collect_particle_surnames`)."""
    if not _PARTICLE_TAIL_HINT.search(text):
        return set()
    return {m.group("last") for m in _PARTICLE_TAIL.finditer(text) if m.group("last") and m.group("last").islower()}


_CAPS_WORD = rf"[{_UPPER}][{_UPPER}'’-]+"
_CAPS_HINT = re.compile(rf"(?m)^[ \t]*{_CAPS_WORD}[ \t]*$|[ \t]{_CAPS_WORD}[ \t]*$")
_CAPS_ALONE = re.compile(rf"(?m)^[ \t]*(?P<name>{_CAPS_WORD}(?:[ \t]+{_CAPS_WORD})?)[ \t]*$")
_CAPS_INLINE = re.compile(r"(?m)\b(?i:regards|cheers|thanks|thank you|thx|ta|best|rgds)[ \t]*,?[ \t]+"
                          rf"(?P<name>{_CAPS_WORD}(?:[ \t]+{_CAPS_WORD})?)[ \t]*$")


def _collect_caps_signoffs(text: str, known: _Known) -> None:
    """A sign-off in capitals: a one- or two-word ALL-CAPS line after "CHEERS," or "REGARDS BOB"
    at the end of a line. One capitalised word is no candidate elsewhere, so it needs this cue."""
    found = [m for m in _CAPS_ALONE.finditer(text) if _after_signoff(text, m.start("name"))]
    found += list(_CAPS_INLINE.finditer(text))
    for match in found:
        words = match.group("name").split()
        if all(w.capitalize() not in _NOT_NAMES and w.lower() not in _GREETINGS
               and w.lower() not in known.lexicon.common_words and w.lower() not in ROLE_WORDS for w in words):
            known.add_name(" ".join(words))


_LIST_GAP = re.compile(r"[ \t]*(?:,|and|&|,[ \t]*and)[ \t]*")


def _without_labels(words: list[str] | None) -> list[str] | None:
    """A name run cut where a form label starts ("Hoa Perry Unique" of "Hoa Perry Unique ID:")."""
    if not words:
        return None
    for index, word in enumerate(words[1:], 1):
        if word.lower() in _FORM_LABELS:
            return words[:index]
    return words


def _common(word: str, known: _Known) -> bool:
    """A word the export writes as an ordinary word, or one that is never a name (particles such as
    "van" or "de" are parts of names, whatever else the export does with them)."""
    if word in _PARTICLES:
        return False
    return word.lower() in known.lexicon.common_words or word.capitalize() in _NOT_NAMES or word in _NOT_NAMES


def _known_or_listed(word: str, known: _Known) -> bool:
    lex = known.lexicon
    return word in known.tokens or word in lex.first_names or word in lex.surnames or gazetteer().is_name(word)


# A copula before the run ("I'm", "I am", "it's", "this is"): it introduces a person ("I'm Marek")
# as often as a state ("I'M Stuck", "It's Broken", a title-cased or shouted line), so it is weaker
# evidence than the other cues (see :func:`_copula_name`).
_COPULA_BEFORE = re.compile(r"(?i)\b(?:i['’]?m|i[ \t]+am|it['’]?s|this[ \t]+is)[ \t]+\Z")


def _copula_name(words: list[str], known: _Known) -> bool:
    """After a copula, a run is a state ("I'm Stuck Again") only when every word of it is an
    ordinary word of the export; a name may share one word with one ("Bill", "Mark"). A lone word is
    a name unless the export writes it as an ordinary word; with no export to learn that from (no
    common words), it must be a name the gazetteer or the tokens know."""
    if len(words) >= 2:
        return not all(_common(w, known) for w in words)
    if _common(words[0], known):
        return False
    return bool(known.lexicon.common_words) or _known_or_listed(words[0], known)


def _strong_first(word: str, known: _Known) -> bool:
    """A gazetteer first name that is no ordinary word of the export."""
    return gazetteer().is_first(word) and word.capitalize() not in _COMMON_WORD_NAMES and not _common(word, known)


def _gazetteer_pair(words: list[str], known: _Known, blind: bool) -> list[str] | None:
    """A first name of the gazetteer followed by a surname-like word ("Catherine Ortiz").

    The first name must not be an ordinary word of the export; on a line that capitalises every
    word, the second word must be a gazetteer name too.
    """
    gaz = gazetteer()
    for k, (first, last) in enumerate(zip(words, words[1:])):
        if first.capitalize() in _COMMON_WORD_NAMES or not gaz.is_first(first) or _common(first, known):
            continue
        if _particle(last) and _particle_then_surname(words, k + 1, known):
            return [first, last]  # "Colm Mac Eochagáin": the surname after the particle (see _with_particle_surname)
        if len(last) < 2 or _common(last, known) or not _NAME_WORD.fullmatch(last):
            continue
        if blind and not gaz.is_name(last):
            continue
        return [first, last]
    return None


_SUBJECT_END = re.compile(r"[ \t.!?]*\Z")
_DASH_AFTER = re.compile(r"[ \t]*[-–—:][ \t]")
_FROM_GROUP = re.compile(rf"[ \t]+(?:from|in|of|at)[ \t]+(?:the[ \t]+)?[{_UPPER}]")
_NAME_WORD = re.compile(rf"[{_UPPER}{_LOWER}][{_UPPER}{_LOWER}'’-]*")


def _name_words(text: str, start: int, end: int, words: list[str], known: _Known, previous_end: int,
                subject: bool) -> list[str] | None:
    """The words of a capitalised run that are a person's name (None: none), cheapest evidence first."""
    if len(words) == 2 and (words[0], words[1]) in known.lexicon.system_phrases and \
            not _cue_before(text, start, end, False) and not _after_signoff(text, start):
        return None  # "from File Explorer": a pair many people of the export write names a system
    if names_a_place(text, start, end, words) and not _cue_before(text, start, end, False) and \
            not _after_signoff(text, start):
        return None
    if all(w in known.tokens for w in words) or _lexicon_name(words, known):
        return words
    if len(words) >= 2 and previous_end >= 0 and _LIST_GAP.fullmatch(text, previous_end, start):
        return words
    if _AFTER_NAME.match(text, end) and (len(words) >= 2 or _known_or_listed(words[0], known)):
        return words  # "Jane Smith called", "Okoro says"; a lone unknown word ("Engineering says") is no name
    if _cue_before(text, start, end, previous_end >= 0 and start - previous_end < 8):
        return words if not _COPULA_BEFORE.search(text, max(0, start - 12), start) or \
            _copula_name(words, known) else None
    if len(words) == 1 and _strong_first(words[0], known) and _FROM_GROUP.match(text, end):
        return words  # "Hai from Engineering": a first name, then the group the person belongs to
    if not subject and _after_signoff(text, start) and _SIGNATURE_TAIL.match(text, end):
        return words
    if subject and _SUBJECT_END.match(text, end) and len(words) >= 2 and all(map(_particle, words[:-1])) and \
            _written_as_thing(" ".join(words[:-1]), words[-1], known):
        return None  # the phrase alone at a subject's end, where the export writes it as a thing elsewhere
        # ("<problem> - De Haag" beside "the office in De Haag"); the person evidence above came first
    pair = _gazetteer_pair(words, known, _case_blind(text, start))
    if pair:
        return pair
    if len(words) == 2 and _strong_first(words[0], known) and _weak_cue(text, start, end):
        return words  # "- BENJAMIN HALL": a first name after a dash, whatever the surname also means
    if len(words) < 2 or any(_common(w, known) for w in words):
        return None
    if subject and not (_known_or_listed(words[0], known) or gazetteer().is_last(words[-1])
                        or CLAUSE_ENDS.match(text, end)):
        return None  # a subject has no sentences: a capitalised pair mid-subject needs a name it knows
    if subject and not text[:start].strip() and _DASH_AFTER.match(text, end) and \
            (_known_or_listed(words[0], known) or gazetteer().is_last(words[-1])):
        return words  # "JANE DOE - pager broken": who it is about, then the problem
    if _ID_AFTER.match(text, end) or _weak_cue(text, start, end):
        return words
    return words if not subject and _signature_line(text, start, end) else None


# "Last, First" (any case), ended by punctuation, a bracket, a dash, a digit or the end of the line.
_NAME_TOKEN = rf"[{_UPPER}{_LOWER}][{_UPPER}{_LOWER}'’-]{{1,30}}"
_COMMA_NAME = re.compile(rf"(?<![\w'’-])(?P<last>{_NAME_TOKEN}),[ \t]*(?P<first>{_NAME_TOKEN})"
                         rf"(?:[ \t]+[{_UPPER}]\.?)?(?![\w'’-])")
CLAUSE_ENDS = re.compile(r"[ \t]*(?:$|[\n)\]:;,.!?(/|\[]|[-–—]|\d)|[ \t]+(?:has|had|is|was|will|needs|wants|called|"
                          r"requested|submitted|completed)\b", re.M)


def _collect_comma_names(text: str, known: _Known, subject: bool = False) -> None:
    """Names written surname first: "Doe, Jane", "DOE, JANE", "doe, jane" (the first name must be
    known to the gazetteer or the export, the surname must not be an ordinary word)."""
    gaz = gazetteer()
    for match in _COMMA_NAME.finditer(text):
        first, last = match.group("first"), match.group("last")
        if _particle(last):
            continue
        # the particles of the surname before it ("DE LA QUINTERA, Ines", "ap Iorwerthyn, Rhodri")
        particles = _PARTICLES_BEFORE.search(text, max(0, match.start() - 24), match.start())
        opening = particles.start() if particles else match.start()
        never = last.capitalize() in _NOT_NAMES or last.lower() in _GREETINGS or last in _NOT_NAMES
        if _common(first, known) or never or (_common(last, known) and not _strong_first(first, known)):
            continue
        ends = bool(CLAUSE_ENDS.match(text, match.end()))
        first_known = first in known.lexicon.first_names or first in known.tokens or gaz.is_first(first)
        last_known = last in known.lexicon.surnames or last in known.tokens or gaz.is_last(last)
        plain_first = first_known and first.capitalize() not in _COMMON_WORD_NAMES
        # At the end of a subject line, after a dash, two capitalised words in that order are a
        # name even when neither is known ("printer - Kowalczyk, Mthunzi").
        # The same at the start of a subject, before a colon or a dash ("BROOK, LIGAYA: reset"): who
        # the ticket is about, then the problem.
        tail = subject and ends and not first.islower() and not last.islower() and \
            bool(re.search(r"[-–—:][ \t]*\Z", text[:opening]) or not text[:opening].strip()) and \
            not _plural_pair(first, last)
        if (first_known and last_known) or tail or (ends and (plain_first and not last.islower() or
                                                              last_known and first.lower() not in LOWER_STOP)):
            known.add_name(f"{first} {last}")
            known.phrases.add(text[opening:match.end()])


# Up to three name particles, in any case, right before a surname ("DE LA ", "van der ", "ap ").
_PARTICLES_BEFORE = re.compile(rf"(?<![\w'’-])(?:(?i:{NAME_PARTICLE})[ \t]+){{1,3}}\Z")


def _plural_pair(first: str, last: str) -> bool:
    """Two plural nouns listed ("Scanners, Copiers"): both end in -s and the gazetteer knows neither
    as a name, where "Williams, Charles" is a person."""
    gaz = gazetteer()
    return first.lower().endswith("s") and last.lower().endswith("s") and \
        not (gaz.is_name(first) and gaz.is_name(last))


_TITLE_HINT = re.compile(r"(?i)\b(?:dr|mr|mrs|ms|mx|prof)\b")
_TITLED = re.compile(rf"(?i:\b(?:dr|mr|mrs|ms|mx|prof)\b\.?)[ \t]+(?P<name>{_NAME_TOKEN}(?:[ \t]+{_NAME_TOKEN})?)")


def _collect_titled_names(text: str, known: _Known) -> None:
    """A name after a title ("Dr. Menon", "DR. MENON", "Mrs Tanaka"), in any case."""
    for match in _TITLED.finditer(text):
        words = match.group("name").split()
        while words and _common(words[-1], known):
            words.pop()
        if words and not _common(words[0], known):
            known.add_name(" ".join(words))
            known.phrases.add(match.group(0)[:match.start("name") - match.start()] + " ".join(words))


# A first name, a middle initial and a surname, in any case ("Akosua Q. Russell", "sneha g. moyo").
_INITIALLED = re.compile(rf"(?<![\w'’-])(?P<first>{_NAME_TOKEN})[ \t]+[{_UPPER}{_LOWER}]\.[ \t]*(?P<last>{_NAME_TOKEN})")
_INITIAL_HINT = re.compile(rf"[ \t][{_UPPER}{_LOWER}]\.")
# A surname of the gazetteer after "for", "per", "from", "by" or a dash, in a line of capitals
# ("HELP FOR REN PEREZ"), where capitals say nothing else.
_AFTER_FOR = re.compile(rf"(?i:\b(?:for|per|from|by)|[-–—:])[ \t]+(?P<first>{_NAME_TOKEN})[ \t]+(?P<last>{_NAME_TOKEN})"
                        rf"(?=[ \t]*(?:$|[\n)(,.;:!?]|[-–—]))", re.M)


def _collect_initialled_names(text: str, known: _Known) -> None:
    """Full names with a middle initial, and "for First LAST" at the end of a clause."""
    gaz = gazetteer()
    for match in (_INITIALLED.finditer(text) if _INITIAL_HINT.search(text) else ()):
        first, last = match.group("first"), match.group("last")
        # A middle initial between two capitalised words is itself the shape of a person's name
        # ("Ligaya O. Bukhari"); in lower case the gazetteer must know one of the words.
        capitalised = first[0].isupper() and last[0].isupper()
        if (capitalised or gaz.is_first(first) and first.capitalize() not in _COMMON_WORD_NAMES or gaz.is_last(last)) \
                and not _common(first, known) and not _common(last, known) and first.lower() not in USER_STOP:
            known.add_name(f"{first} {last}")
            known.phrases.add(match.group(0))
    for match in _AFTER_FOR.finditer(text):
        first, last = match.group("first"), match.group("last")
        if not _common(first, known) and not _common(last, known) and first.lower() not in LOWER_STOP and \
                (gaz.is_last(last) and (gaz.is_name(first) or first.isupper()) or _strong_first(first, known)):
            known.add_name(f"{first} {last}")


# An initial and a surname ("R. Petrov", "K. Sørensen"): the gazetteer or the ticket must know the
# surname, as "S. Africa" or "U. Library" are no people.
_INITIAL_SURNAME = re.compile(rf"(?<![\w.'’-])[{_UPPER}]\.[ \t]?(?P<last>[{_UPPER}][{_LOWER}'’-]*[{_LOWER}]"
                              rf"(?:[-'’][{_UPPER}][{_LOWER}]+)?)(?![\w'’-])")


def _collect_initial_surnames(text: str, known: _Known) -> None:
    """"R. Petrov": an initial with its full stop, then a surname known to the gazetteer or the ticket."""
    gaz = gazetteer()
    for match in _INITIAL_SURNAME.finditer(text) if _INITIAL_HINT_ANY.search(text) else ():
        last = match.group("last")
        if (gaz.is_last(last) or last in known.tokens or last in known.lexicon.surnames) and \
                not _common(last, known):
            known.add_name(last)
            known.phrases.add(match.group(0))


_INITIAL_HINT_ANY = re.compile(rf"(?<![\w.])[{_UPPER}]\.[ \t]?[{_UPPER}]")
_LABEL_HINT = re.compile(r"(?i)name[ \t]*:")
_LABELLED = re.compile(rf"(?i:\b(?:first|last|full|user|given|family|middle|sur|caller|contact|requester)?[ \t]?name)"
                       rf"[ \t]*:[ \t]*(?P<name>{_NAME_TOKEN}(?:[ \t]+{_NAME_TOKEN}){{0,2}})")


_THING_BEFORE = re.compile(r"(?i)(?<![\w-])(?:" + "|".join(sorted(THING_NAME_LABEL)) + r")[ \t]?\Z")


def _collect_labelled_names(text: str, known: _Known) -> None:
    """The value of a name field of a form ("First Name: Jane", "USER NAME: JANE DOE")."""
    for match in _LABELLED.finditer(text):
        if _THING_BEFORE.search(text, max(0, match.start() - 24), match.start()):
            continue  # "Queue name: escalations" names a queue
        words = []
        for word in match.group("name").split():
            if _common(word, known) or word.lower() in _FORM_LABELS:
                break
            words.append(word)
        if words:
            known.add_name(" ".join(words))


LOWER_CUE = re.compile(r"(?:[-–—:]|\bfor|\bper|\bby|\bbehalf of)[ \t]+\Z|(?:^|\n)[ \t]*\Z")  # also a line's start
LOWER_PAIR = re.compile(rf"(?<![\w@.'’-])([{_LOWER}]{{2,}})(?=[ \t]+([{_LOWER}][{_LOWER}'’-]+)(?![\w@'’-]|\.\w))")


def lowercase_name_pairs(text: str) -> Iterator[tuple[re.Match, str, str]]:
    """Pairs of lower-case words that may be a full name typed in lower case ("andrew stewart"): the
    first no stop word, one of the two a gazetteer name. The one reading of the phenomenon for the
    lexicon (which keeps such words out of the export's everyday words) and for redaction (which names
    them, :func:`_collect_lowercase_names`); :func:`lower_pair_cued` and :func:`lower_pair_ends` read
    what stands around a pair."""
    gaz = gazetteer()
    for match in LOWER_PAIR.finditer(text):
        first, last = match.groups()
        if first not in LOWER_STOP and (gaz.is_name(first) or gaz.is_name(last)):
            yield match, first, last  # (the cheap test first: most lower-case pairs are no names at all)


def lower_pair_cued(text: str, match: re.Match) -> bool:
    """Whether a cue stands right before a lower-case pair (``LOWER_CUE``: "for", "by", a dash, a line's start)."""
    return bool(LOWER_CUE.search(text, max(0, match.start() - 8), match.start()))


def lower_pair_ends(text: str, match: re.Match) -> bool:
    """Whether a clause ends right after a lower-case pair (``CLAUSE_ENDS``)."""
    return bool(CLAUSE_ENDS.match(text, match.end(2)))


def _collect_lowercase_names(text: str, known: _Known) -> None:
    """A full name typed in lower case (:func:`lowercase_name_pairs`): both words gazetteer names,
    neither an ordinary word of the export."""
    gaz = gazetteer()
    for match, first, last in lowercase_name_pairs(text):
        if not (gaz.is_first(first) or gaz.is_last(last)) or \
                _common(first, known) or _common(last, known) or _numbered_record(text, match, first, last):
            continue
        ends = lower_pair_cued(text, match) and lower_pair_ends(text, match)
        if gaz.is_first(first) and gaz.is_name(last) and first.capitalize() not in _COMMON_WORD_NAMES or \
                ends and (gaz.is_last(last) or _strong_first(first, known)):
            known.add_name(f"{first.capitalize()} {last.capitalize()}")
            known.phrases.add(f"{first} {last}")


_NUMBER_AFTER = re.compile(r"[ \t]+#?\d")


def _numbered_record(text: str, match: re.Match, first: str, last: str) -> bool:
    """A lower-case pair with a word naming a record or a thing (``RECORD_LABEL_WORDS``) and a number
    right after it ("code page 1250", "line item 4"): that thing's number, no person's name. A surname
    can be such a word too: after a first name the gazetteer knows that is no record word itself, the
    pair is a person's name and the number after it theirs."""
    if first not in RECORD_LABEL_WORDS and (last not in RECORD_LABEL_WORDS or gazetteer().is_first(first)):
        return False
    return bool(_NUMBER_AFTER.match(text, match.end(2)))


_PAREN_NAME = re.compile(rf"\((?P<name>[{_UPPER}{_LOWER}][{_LOWER}]+|[{_UPPER}]+)\)")
_HAS_DIGIT = re.compile(r"\d")
NETID = re.compile(r"(?<![\w@./\\-])(?P<letters>[a-z]{3,12})(?P<number>\d{2,4})(?![\w@-]|\.\w)")
# An account number with a check letter, as directories issue them to people ("u83414t", "ab20931c"):
# one to three letters, four to seven digits, one letter. Codecs, chips and products have fewer
# digits or no letter after them ("h264", "i7", "x86"); a fault code with its word before it is none
# (``fault_code``).
_CHECKED_ACCOUNT = re.compile(r"(?<![\w@./\\-])[a-z]{1,3}\d{4,7}[a-z](?![\w@-]|\.\w)")
_NAME_BEFORE = re.compile(rf"(?:\[name\]|[{_UPPER}][{_LOWER}'’-]+)[ \t]*\Z")
_PAREN_TOKEN = re.compile(r"\((?P<value>[a-z][a-z0-9._-]{2,30}|[A-Za-z][a-z]{1,10}\d{2,6})\)")
# (a token right before an opening bracket is a function or a module called, "pam_unix(sshd:auth)",
# "os.path(": code names, not accounts)
_DOTTED = re.compile(r"(?<![\w@.-])(?P<value>(?i:[a-z]{2,}[._][a-z]{2,})\d{0,4})(?![\w@(-]|\.\w)")


# A user id in capitals in brackets ("Sanna Dang [SANG]", "Lê Minh (LMINH2)"): directories make them
# from the person's initials and surname, so the id must start with the initial of a word of the
# name right before it; "Jane Smith (HR)" is too short and "(VPN)" follows no name.
_BRACKET_CAPS = re.compile(r"[(\[](?P<value>[A-Z]{3,10}\d{0,4})[)\]]")
_NOT_RECORD_REFERENCE = re.compile(_RECORD_PREFIX)  # matches (empty) unless a ticket or error reference starts here
_NAME_RUN_BEFORE = re.compile(rf"((?:[{_UPPER}][{_UPPER}{_LOWER}'’-]+[ \t]+){{1,3}})\Z")


def _caps_id_of_name_before(text: str, match: re.Match) -> bool:
    """True when the bracketed capitals of ``match`` follow a name and start with one of its initials."""
    run = _NAME_RUN_BEFORE.search(text, max(0, match.start() - 60), match.start())
    if run is None or match.group("value").capitalize() in _NOT_NAMES or not _NOT_RECORD_REFERENCE.match(match.group("value")):
        return False
    words = [w for w in run.group(1).split() if w.capitalize() not in _NOT_NAMES]
    initials = {fold(w)[:1].upper() for w in words}
    return match.group("value")[0] in initials


def _collect_usernames(text: str, known: _Known) -> None:
    """Usernames by their shape: a lower-case token in brackets that is no ordinary word ("(jdoe)"),
    and ``first.last`` tokens made of gazetteer names."""
    gaz = gazetteer()
    if "(" in text:
        for match in _PAREN_NAME.finditer(text):  # "Password reset (Jason)": a first name in brackets
            name = match.group("name")
            if gaz.is_first(name) and name.capitalize() not in _COMMON_WORD_NAMES and not _common(name, known):
                known.add_name(name)
        for match in _PAREN_TOKEN.finditer(text):
            value = match.group("value")
            after_name = bool(_NAME_BEFORE.search(text, max(0, match.start() - 40), match.start()))
            if value.lower() not in USER_STOP and (after_name or not _common(value, known)) and \
                    not (value.isalpha() and gaz.is_first(value)):
                known.users.add(value.lower())
    if "(" in text or "[" in text:
        for match in _BRACKET_CAPS.finditer(text):
            if _caps_id_of_name_before(text, match):
                known.users.add(match.group("value").lower())
    for match in NETID.finditer(text) if _HAS_DIGIT.search(text) else ():  # msaleh97, kwa568: a name's letters, a number
        letters = match.group("letters")
        if not _common(letters, known) and not _common(match.group(0), known) and letters not in USER_STOP and \
                letters not in known.lexicon.numbered_families and letters not in PRODUCT_STEMS:
            known.users.add(match.group(0))
    for match in _CHECKED_ACCOUNT.finditer(text) if _HAS_DIGIT.search(text) else ():
        if not fault_code(text, match.start(), match.end()):
            known.users.add(match.group(0))
    if "." in text or "_" in text:
        for match in _DOTTED.finditer(text):
            first, last = re.split(r"[._]", re.sub(r"\d+$", "", match.group("value").lower()))
            if (gaz.is_first(first) and not _common(last, known)) or (gaz.is_first(last) and gaz.is_name(first)):
                known.users.add(match.group("value").lower())


_FORM_LABELS = frozenset("""name first last full user given family middle surname caller contact requester phone
tel mobile email e-mail location dept department title ext extension id login username unique net netid building
room office manager supervisor address employee staff student""".split())
"""Words of form field labels: a name value ends where one starts."""

# The words of the field labels that event logs, mail headers and ticket forms write as a capitalised
# pair before a colon ("Account Domain:", "Failure Reason:", "Logon Type:", "Assigned Group:",
# "Root Cause:", "Action Taken:").
_FIELD_LABEL_WORDS = _FORM_LABELS | frozenset("""account domain logon logoff type failure reason workstation network source destination process security event
task category level keywords status sub code error key package authentication server service client computer
machine host object access audit time date created modified assigned group priority impact urgency state short
long description summary subcategory channel opened closed resolved updated ticket request incident change
configuration item display certificate serial issuer subject policy rule action result session logon-type
package-name new old target root cause actions taken resolution notes note comment comments work steps step
next known issue issues affected users workaround detail details message symptom symptoms environment version
product component reported requested expected actual outcome problem solution fix results""".split())


_LETTER_WORD = re.compile(r"(?<!\[)[^\W\d_]{2,}")  # placeholders ("[username]") are no words of the line


def _case_blind(text: str, start: int) -> bool:
    """True when the line at ``start`` capitalises (nearly) every word: ALL CAPS or Title Case.

    There a capitalised run says nothing about a person ("I TRIED TO INSTALL VS CODE"), so the
    weak evidence of words ("to", "for", "is", mid-sentence) does not count; punctuation
    ("- JANE SMITH", ", JANE SMITH"), cue phrases, the caller's name and the export's lexicon
    still do.
    """
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    return _line_case_blind(text[line_start:len(text) if line_end < 0 else line_end])


@functools.lru_cache(maxsize=4096)
def _line_case_blind(line: str) -> bool:
    """:func:`_case_blind` of one line, kept: a line is asked once per capitalised run in it."""
    words = _LETTER_WORD.findall(line)
    return len(words) >= 4 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


_MID_SENTENCE = re.compile(r"[a-z0-9,;'’\"]\s+$")
_AFTER_PUNCTUATION = re.compile(r"[,;]\s+$")


def _weak_cue(text: str, start: int, end: int) -> bool:
    """A full name after "with", "from", "-" or ":" (subjects such as "Chat transcript - Jane Smith"),
    at the end of a line, or in the middle of a sentence."""
    if _DIGIT_AFTER.match(text, end):
        return False  # "MacBook Pro 14", "Floor 3"
    speaker = _SPEAKER_AFTER.match(text, end) and _SPEAKER_BEFORE.search(text, max(0, start - 24), start)
    if speaker:
        # a chat line "[10:32] Jane Smith: ..." or "Jane Smith: ..." at a line's start is a speaker;
        # only a pair made of the words of logs' and forms' field labels ("Logon Type:", "Failure
        # Reason:") is a label there, unless the gazetteer knows the name
        words = text[start:end].split()
        if speaker.group(0).strip() or not all(w.lower() in _FIELD_LABEL_WORDS for w in words):
            return True
        gaz = gazetteer()
        return gaz.is_first(words[0]) or gaz.is_last(words[-1])
    before = text[max(0, start - 12):start]
    words = _WEAK_WORDS.findall(before.lower())
    if _case_blind(text, start):  # only punctuation announces a name: "CHAT - JANE SMITH", "HI, JOHN IYER"
        return bool(words and words[-1] in _WEAK_CUES and not words[-1][0].isalpha()
                    or _AFTER_PUNCTUATION.search(before))
    if words and words[-1] in _WEAK_CUES or _AFTER_WEAK.match(text, end):
        return True
    return bool(_MID_SENTENCE.search(before))


_SPEAKER_AFTER = re.compile(r"[ \t]*(?:\([^)\n]{1,30}\))?[ \t]*:(?!\d)")
_SPEAKER_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?:[\[(]?\d{1,2}:\d{2}(?::\d{2})?(?:[ ]?[AaPp][Mm])?[\])]?[ \t-]*)?\Z")
_WEAK_WORDS = re.compile(r"\w[\w'’]*|[:(\n.!?;]|(?<!\w)[-–](?!\w)")
_AFTER_WEAK = re.compile(r"[ \t]+(?:has|had|is|was|will|would|can|says|said|wants|needs|asked|called|rang|approved|"
                         r"left|joined|starts|started|phoned|emailed|mentioned)\b|[ \t]*\([A-Z][\w&/ -]{1,30}\)")


def _lexicon_name(words: list[str], known: _Known) -> bool:
    """A caller's first name followed by a capitalised word, or two known surname/first name parts."""
    lex = known.lexicon
    if len(words) >= 2 and words[0] in lex.first_names and words[0] not in _COMMON_WORD_NAMES:
        return True
    return len(words) >= 2 and words[0] in lex.first_names and words[-1] in lex.surnames


def replace_names(text: str, known: _Known) -> str:
    """Every name, name phrase and username known for the ticket replaced in one field."""
    def replace(match: re.Match) -> str:
        word = match.group(0)
        if not known.is_name_word(word):
            return word
        if word not in known.tokens and _product_after(text, match.end()):
            return word  # a first name of the export naming an application ("Linnea WMS")
        return NAME
    for phrase in sorted(known.phrases, key=len, reverse=True):
        if phrase in text:
            text = text.replace(phrase, NAME)
    words = set(_CAP_WORD.findall(text))
    if not words.isdisjoint(known.tokens) or not words.isdisjoint(known.lexicon.first_names):
        text = _CAP_WORD.sub(replace, text)
    text = _replace_lowercase_names(text, known)
    if NAME in text:
        text = _NAME_RUN.sub(NAME, text)
        if _CAPS_BESIDE_HINT.search(text):
            text = _CAPS_BESIDE_NAME.sub(lambda m: _caps_beside(m, known), text)
            text = _NAME_RUN.sub(NAME, _TITLE_AFTER_NAME.sub(lambda m: _surname_after(m, known), text))
    return replace_site_unit_devices(replace_named_devices(replace_devices(_replace_usernames(text, known), known)))


# A name written "SURNAME First" or "First SURNAME" has its capitals part left when only the other part
# was known ("ABERCROMBIE [name]"): words in capitals (particles too) right beside a removed name.
_CAPS_RUN = rf"(?:(?:{_PARTICLE.upper()})[ \t]+){{0,2}}[{_UPPER}][{_UPPER}'’-]+[{_UPPER}]"
_CAPS_BESIDE_NAME = re.compile(rf"(?<![\w'’-])(?P<before>{_CAPS_RUN})(?=[ \t]+\[name\])"
                               rf"|(?<=\[name\][ \t])(?P<after>{_CAPS_RUN})(?![\w'’-])")
_CAPS_BESIDE_HINT = re.compile(rf"[{_UPPER}]{{2}}[ \t]+\[name\]|\[name\][ \t][{_UPPER}]")


# A third part after a removed name ("[name] Cabello"): a capitalised surname of the gazetteer.
# Not when a letter or a number follows it, as a block or room does ("Hall B", "Wing 2").
_TITLE_AFTER_NAME = re.compile(rf"(?<=\[name\][ \t])[{_UPPER}][{_LOWER}'’-]+(?![\w'’-]|[ \t][A-Z0-9]\b)")


def _surname_after(match: re.Match, known: _Known) -> str:
    word = match.group(0)
    if gazetteer().is_last(word) and not _common(word, known) and word not in _NOT_NAMES:
        return NAME
    return word


def _caps_beside(match: re.Match, known: _Known) -> str:
    """The capitals beside a removed name are its other part unless they are a word that is never a
    name (IT, VPN, URGENT) or an everyday word of the export."""
    words = match.group(0).split()
    core = words[-1]
    if core.capitalize() in _NOT_NAMES or core in _NOT_NAMES or _common(core, known) or len(core) < 3 or \
            core.lower() in USER_STOP or core.lower() in PLACE_NOUNS or _acronym(core, known):
        return match.group(0)
    return NAME


def _acronym(word: str, known: _Known) -> bool:
    """Capitals of three letters, or with no vowel, that no name list knows ("WMS", "SAP"): an
    acronym, not a surname in capitals ("LEE", "NG" are names the gazetteer knows)."""
    if word in known.tokens or gazetteer().is_name(word.capitalize()):
        return False
    return len(word) <= 3 or not any(c in "AEIOUYÁÉÍÓÚÀÈÌÒÙÄËÏÖÜÅØÆ" for c in word)


_WORD_AFTER = re.compile(r"[ \t]+([^\W\d_]+)")


def _product_after(text: str, end: int) -> bool:
    """The word after ``end`` is a product or place noun ("Linnea WMS", "Selma Planner")."""
    after = _WORD_AFTER.match(text, end)
    return bool(after) and after.group(1).lower() in PLACE_NOUNS


_NAME_RUN = re.compile(r"\[name\](?:[ \t]+(?:(?i:" + NAME_PARTICLE + r")[ \t]+)*\[name\])+")  # "[name] NÍ [name]" too
_LOWER_TOKEN = re.compile(rf"(?<![\w@.\\/-])[{_LOWER}][{_LOWER}'’-]+(?![\w@]|\.\w)")


def _replace_lowercase_names(text: str, known: _Known) -> str:
    """Known names written in lower case ("thx marta"), unless the export uses the word as a word."""
    present = {t for t in known.lower_tokens() if t in text}
    if not present:
        return text
    return _LOWER_TOKEN.sub(lambda m: NAME if m.group(0) in present else m.group(0), text)
