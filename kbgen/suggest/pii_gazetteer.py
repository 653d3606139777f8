"""The gazetteer of first names and surnames that name redaction (:mod:`.pii_names`) reads.

Faker's person providers of every locale, their romanised names too, folded to lower-case ASCII
so that "Siobhan" finds "Siobhán"; and the shape of a romanised two-syllable given name. A
gazetteer word is evidence, never proof (see :mod:`.pii_names`).
"""
from __future__ import annotations

import functools
import importlib
import pkgutil
import re
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import FileError
from ..fold import folded_letters


@functools.lru_cache(maxsize=1 << 17)
def fold(text: str) -> str:
    """Lower-case ASCII folding of a name part ("Müller" -> "muller", "O'Brien" -> "obrien"):
    ``kbgen.fold.folded_letters`` with ``ascii_only``."""
    return folded_letters(text, ascii_only=True)


@dataclass(frozen=True)
class Gazetteer:
    """Folded first names and surnames (empty when Faker is not installed)."""

    first: frozenset[str]
    last: frozenset[str]
    _kinds: dict[str, int] = field(default_factory=dict, compare=False, hash=False, repr=False)
    """What each word looked up is (``_FIRST``, ``_LAST``, ``_LISTED`` together): the name rules ask
    about the same everyday words of every ticket many times, and folding a word costs more than
    finding it here."""

    def _kind(self, word: str) -> int:
        kind = self._kinds.get(word)
        if kind is None:
            folded = fold(word)
            kind = (_FIRST if folded in self.first or "-" in folded and _hyphenated_given(folded) else 0) | \
                (_LAST if folded in self.last else 0) | (_LISTED if folded in self.first else 0)
            if len(self._kinds) >= _KINDS_KEPT:  # a bounded memo: a huge export's words never pile up
                self._kinds.clear()
            self._kinds[word] = kind
        return kind

    def is_first(self, word: str) -> bool:
        """True when the word, folded, is a known first name or shaped like a romanised given name of
        two syllables ("Ji-yeon", "SEUNG-HOON", "Xiao-Ming"; see ``_HYPHENATED_GIVEN``)."""
        return bool(self._kind(word) & _FIRST)

    def is_last(self, word: str) -> bool:
        """True when the word, folded, is a known surname."""
        return bool(self._kind(word) & _LAST)

    def is_name(self, word: str) -> bool:
        """True when the word, folded, is a known first name or surname."""
        return bool(self._kind(word) & (_LISTED | _LAST))


_FIRST, _LAST, _LISTED = 1, 2, 4
"""A word's kinds: a first name (listed or shaped like one), a surname, a listed first name."""
_KINDS_KEPT = 1 << 17


def _names_of(provider: type, prefix: str) -> set[str]:
    found: set[str] = set()
    for attribute in dir(provider):
        value = getattr(provider, attribute, None)
        if attribute.startswith(prefix) and isinstance(value, (dict, tuple, list, set, frozenset)):
            found.update(v for v in value if isinstance(v, str))
    return found


# East Asian given names written in Latin letters are two syllables joined by a hyphen, each two to
# six letters with a vowel ("ji-yeon", "seung-hoon", "xiao-ming", "chia-hao"); words joined by a
# hyphen ("set-up", "log-in", "add-on", "wi-fi") have an English function word or a short word in
# them, which the check below turns away.
_HYPHENATED_GIVEN = re.compile(r"[a-z]{2,6}-[a-z]{2,6}")
_SYLLABLE = re.compile(r"[bcdfghjklmnpqrstwxyz]{0,3}[aeiouy]{1,3}(?:ng|n|m|k|l|p|t|h)?")


@functools.lru_cache(maxsize=4096)
def _hyphenated_given(folded: str) -> bool:
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

    if not _HYPHENATED_GIVEN.fullmatch(folded):
        return False
    parts = folded.split("-")
    return all(_SYLLABLE.fullmatch(p) and p not in ENGLISH_STOP_WORDS and p not in _HYPHEN_WORDS for p in parts)


# Parts of hyphenated everyday and IT words that are shaped like syllables ("wi-fi", "re-do", "co-op",
# "pop-up" has "up", a stop word): never a given name.
_HYPHEN_WORDS = frozenset("wi fi re co op pre non sub un de mid pop hi lo pin log plug add set dry tea ping".split())


@functools.lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The first names and surnames of every Faker locale, folded; loaded once."""
    first, last = _every_name()
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

    # English function words ("over", "will", "may") name someone somewhere, but never in a ticket.
    usable = lambda names: frozenset(n for n in names if len(n) > 1 and n not in ENGLISH_STOP_WORDS)  # noqa: E731
    return Gazetteer(usable(first), usable(last))


def listed_name(word: str) -> bool:
    """Whether ``word`` (folded) is a first name or surname of any Faker locale, function words included
    ("will", "bill", "may"): for rules that keep a word as no one's, where a name read as a word leaks."""
    first, last = _every_name()
    folded = fold(word)
    return folded in first or folded in last


@functools.lru_cache(maxsize=1)
def _every_name() -> tuple[frozenset[str], frozenset[str]]:
    """Every first name and surname of every Faker locale, folded (no word left out)."""
    try:
        import faker.providers.person as person
    except ImportError:  # pragma: no cover - faker is a dependency; without it cues alone decide
        return frozenset(), frozenset()
    first: set[str] = set()
    last: set[str] = set()
    for module in pkgutil.iter_modules(person.__path__):
        provider = getattr(importlib.import_module(f"{person.__name__}.{module.name}"), "Provider", None)
        if provider is None:
            continue
        # Locales written in another script also give their names in Latin letters ("romanized").
        first |= {fold(n) for n in _names_of(provider, "first_names") | _names_of(provider, "first_romanized_names")}
        last |= {fold(n) for n in _names_of(provider, "last_names") | _names_of(provider, "last_romanized_names")}
    return frozenset(n for n in first if len(n) > 1), frozenset(n for n in last if len(n) > 1)


PLACES_PATH = Path(__file__).with_name("places.txt")
"""The place names :func:`places` reads, shipped with the package and written at fit time by
``bench/redact_places_fit.py --write`` from Faker (:func:`build_places`): a header line
``# kbgen place names: <count>``, then one name a line, sorted, unique, with a tab and its ranks after
it when Faker lists it as a country or a region (``<name>\tcountry``, ``<name>\tcountry,region``).
Reading it costs a fraction of importing every Faker address and lorem provider on each run."""
_PLACES_HEADER = re.compile(r"# kbgen place names: (\d{1,7})")
RANKS = ("country", "region")
"""The ranks the place file records: a country, or a state, province, region, county or other
administrative unit above a town (a name of neither rank is a town's)."""
_RANK_FIELDS = frozenset({"country", "region", "country,region"})


@dataclass(frozen=True)
class Places:
    """The place names of :func:`places` and their ranks."""

    names: frozenset[str]
    countries: frozenset[str]
    regions: frozenset[str]


def sorted_rows(path: Path, header: re.Pattern, layout: str, noun: str, key=lambda row: row) -> list[str]:
    """The rows of a data file written at fit time (``bench/redact_places_fit.py``): a header line that
    ``header`` matches with the count of rows, then one row a line, sorted by ``key`` with no repeat.
    Raises OSError, UnicodeDecodeError or ValueError (``line N: ...``) for a file that is not so
    (``layout``: the header's form; ``noun``: what a row holds, for the messages)."""
    lines = path.read_text(encoding="utf-8").split("\n")
    found = header.fullmatch(lines[0])
    rows = lines[1:-1] if lines[-1] == "" else lines[1:]
    if found is None:
        raise ValueError(f"line 1: not the header '{layout}'")
    if int(found.group(1)) != len(rows):
        raise ValueError(f"count: the header says {found.group(1)} {noun}s, the file holds {len(rows)}")
    keys = [key(row) for row in rows]
    for number, (first, following) in enumerate(zip(keys, keys[1:]), start=2):
        if not first < following:
            raise ValueError(f"line {number}: not sorted before the next {noun}")
    return rows


@functools.lru_cache(maxsize=1)
def place_ranks() -> Places:
    """The place names and ranks of ``PLACES_PATH``, read once. A file that is missing, unreadable or
    damaged (its header, its count, an empty, padded or unsorted line, an unknown rank) is reported as
    ``path: error: ...`` (a :class:`FileError`), never read in part: redaction without it would let the
    addresses it finds through."""
    try:
        rows = sorted_rows(PLACES_PATH, _PLACES_HEADER, "# kbgen place names: <count>", "name",
                           lambda row: row.partition("\t")[0])
        split = [row.partition("\t") for row in rows]
        keys = [key for key, _, _ in split]
        for number, (key, tab, rank) in enumerate(split, start=2):
            if not key or key != key.strip() or tab and rank not in _RANK_FIELDS:
                raise ValueError(f"line {number}: an empty or padded name, or an unknown rank")
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise FileError(str(PLACES_PATH), f"the place names are unusable ({exc}); reinstall kbgen") from None
    countries = frozenset(key for key, _, rank in split if "country" in rank)
    regions = frozenset(key for key, _, rank in split if "region" in rank)
    return Places(frozenset(keys), countries, regions)


def places() -> frozenset[str]:
    """Names of countries, cities and administrative regions of every Faker locale, folded (one or more
    words: "cabo verde"; see :func:`build_places`), read from ``PLACES_PATH`` once (:func:`place_ranks`).
    Evidence that a short line of an address block names its town or country (:mod:`.pii_address_blocks`),
    never proof alone."""
    return place_ranks().names


def places_file(ranks: dict[str, frozenset[str]]) -> str:
    """The text of ``PLACES_PATH`` for ``ranks`` (each name and its ranks of ``RANKS``; see there): the
    same names and ranks give the same bytes."""
    rows = [name + ("\t" + ",".join(r for r in RANKS if r in ranks[name]) if ranks[name] & set(RANKS) else "")
            for name in sorted(ranks)]
    return "".join(f"{line}\n" for line in [f"# kbgen place names: {len(rows)}", *rows])


# The address providers' lists of places (not their street, building or suffix lists): countries in each
# locale's language, its cities, states, provinces, regions and other administrative units.
_PLACE_LISTS = ("countries", "cities", "city_names", "states", "provinces", "regions", "districts", "counties",
                "cantons", "departments", "municipalities", "prefectures", "towns", "villages")
# The lists of administrative units above a town (a state, a province, a region...).
_REGION_LISTS = ("states", "provinces", "regions", "districts", "counties", "cantons", "departments", "prefectures")


def build_places() -> dict[str, frozenset[str]]:
    """The place names of every Faker locale, folded, and the ranks (``RANKS``) Faker lists each under, as
    fit time writes them (``bench/redact_places_fit.py``).
    A place name that is also an everyday word (an
    English function word, or a word of Faker's lorem word lists: the frequent words of each locale's
    language, "best", "centre", "force") is left out, and so is a town or region that is also a given
    name the name gazetteer knows ("Victoria", "Anna"): such a word on a line of its own is a greeting,
    a word or a person far more often than a town. A country keeps its name even when it is a word or a
    given name too (a country line ends most foreign addresses, and a country alone never makes one).
    Imports every Faker address and lorem provider: never called while redacting."""
    import faker.providers.address as address
    import faker.providers.lorem as lorem
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

    countries: set[str] = set()
    regions: set[str] = set()
    found: set[str] = set()
    for module in pkgutil.iter_modules(address.__path__):
        provider = getattr(importlib.import_module(f"{address.__name__}.{module.name}"), "Provider", None)
        for attribute in _PLACE_LISTS:
            values = getattr(provider, attribute, None)
            if isinstance(values, (dict, tuple, list, set, frozenset)):
                keys = {place_key(v) for v in values if isinstance(v, str)}
                found |= keys
                countries |= keys if attribute == "countries" else set()
                regions |= keys if attribute in _REGION_LISTS else set()
    everyday: set[str] = set(ENGLISH_STOP_WORDS)
    for module in pkgutil.iter_modules(lorem.__path__):
        words = getattr(getattr(importlib.import_module(f"{lorem.__name__}.{module.name}"), "Provider", None),
                        "word_list", ())
        everyday |= {place_key(w) for w in words if isinstance(w, str)}
    given = gazetteer().first
    kept = {p for p in found if len(p) >= 3 and p not in ENGLISH_STOP_WORDS and
            (p in countries or p not in everyday and p not in given)}
    # Countries as every language of CLDR names them (Babel: "Eesti", "Polska", "Mısır"), Faker's locales
    # naming only a few; one that is an everyday word, a given name or a surname somewhere is left out.
    cldr = _cldr_countries() - kept
    cldr = {p for p in cldr if len(p) >= 4 and p not in ENGLISH_STOP_WORDS and p not in everyday and
            p not in given and p not in gazetteer().last}
    kept |= cldr
    countries |= cldr
    return {p: frozenset(rank for rank, names in (("country", countries), ("region", regions)) if p in names)
            for p in kept}


def _cldr_countries() -> set[str]:
    """The names of the countries and territories (two-letter codes) in every locale of Babel's CLDR data,
    as ``place_key`` keys them."""
    from babel import Locale, UnknownLocaleError, localedata

    names: set[str] = set()
    for identifier in sorted(localedata.locale_identifiers()):
        try:
            territories = Locale.parse(identifier).territories
        except (UnknownLocaleError, ValueError):
            continue
        names |= {place_key(name) for code, name in territories.items() if len(code) == 2 and code.isalpha()}
    return names


def place_key(text: str) -> str:
    """The key of a place's name in :func:`places`: folded to ASCII (``fold``), or in lower case when
    its script has no ASCII folding (Cyrillic, Greek, Han...)."""
    return fold(text) or text.casefold()
