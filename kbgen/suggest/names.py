"""What a person's name looks like: a gazetteer of first names and surnames of many countries.

The lists come from Faker's person providers (every locale it ships: about 31,000 first names and
30,000 surnames), folded to lower-case ASCII so that "Siobhan" finds "Siobhán" and "MULLER" finds
"Müller". A word in the gazetteer is evidence, never proof: many names are also ordinary words
("Will", "Page", "Hall"), so redaction combines it with how the export itself writes the word and
with the words around it.
"""
from __future__ import annotations

import functools
import importlib
import pkgutil
import re
import unicodedata
from dataclasses import dataclass


def fold(text: str) -> str:
    """Lower-case ASCII folding of a name part ("Müller" -> "muller", "O'Brien" -> "obrien")."""
    text = text.replace("ø", "o").replace("Ø", "O").replace("ł", "l").replace("Ł", "L").replace("ß", "ss")
    text = text.replace("æ", "ae").replace("Æ", "AE").replace("đ", "d").replace("Đ", "D")
    text = unicodedata.normalize("NFKD", text)
    return re.sub(r"[^a-z-]", "", "".join(c for c in text if not unicodedata.combining(c)).lower())


@dataclass(frozen=True)
class Gazetteer:
    """Folded first names and surnames (empty when Faker is not installed)."""

    first: frozenset[str]
    last: frozenset[str]

    def is_first(self, word: str) -> bool:
        """True when the word, folded, is a known first name."""
        return fold(word) in self.first

    def is_last(self, word: str) -> bool:
        """True when the word, folded, is a known surname."""
        return fold(word) in self.last

    def is_name(self, word: str) -> bool:
        """True when the word, folded, is a known first name or surname."""
        folded = fold(word)
        return folded in self.first or folded in self.last


def _names_of(provider: type, prefix: str) -> set[str]:
    found: set[str] = set()
    for attribute in dir(provider):
        value = getattr(provider, attribute, None)
        if attribute.startswith(prefix) and isinstance(value, (dict, tuple, list, set, frozenset)):
            found.update(v for v in value if isinstance(v, str))
    return found


@functools.lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The first names and surnames of every Faker locale, folded; loaded once."""
    try:
        import faker.providers.person as person
    except ImportError:  # pragma: no cover - faker is a dependency; without it cues alone decide
        return Gazetteer(frozenset(), frozenset())
    first: set[str] = set()
    last: set[str] = set()
    for module in pkgutil.iter_modules(person.__path__):
        provider = getattr(importlib.import_module(f"{person.__name__}.{module.name}"), "Provider", None)
        if provider is None:
            continue
        first |= {fold(n) for n in _names_of(provider, "first_names")}
        last |= {fold(n) for n in _names_of(provider, "last_names")}
    return Gazetteer(frozenset(n for n in first if len(n) > 1), frozenset(n for n in last if len(n) > 1))
