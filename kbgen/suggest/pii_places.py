"""Capitalised runs that name a place, a product or a group rather than a person: the nouns and
prepositions around them that say so (split from :mod:`.pii_names`)."""
from __future__ import annotations

import re

from .pii_gazetteer import gazetteer
from .pii_patterns import abstract_noun

_DIGIT_AFTER = re.compile(r"[ \t]*\d")  # a number right after a word: a numbered part of a site


# Nouns that make the capitalised words before them the name of a place, a product line or a group,
# even when those words are a person's name ("the Hartley House", "Baxter Wing", "the Evergreen range").
PLACE_NOUNS = frozenset("""house hall wing building block tower street road avenue lane drive court square
place gardens park centre center lab laboratory library campus clinic school college institute theatre theater
gallery plaza arena stadium store shop mall market annex annexe pavilion lodge wharf quay bridge station depot
warehouse plant factory estate farm range series collection edition brand foundation trust award prize
scholarship lecture programme hub terminal yard airport harbour harbor port pier""".split()) | frozenset(
    # Software and instruments: a capitalised run right before one of these is a product's name
    # ("the Bruno Keel analyser", "Mabel Tracker"); a person's own laptop or phone is no such noun.
    """app apps application portal software platform module suite dashboard kiosk firmware analyser analyzer
    pump console instrument appliance controller middleware plugin add-in tracker planner scheduler viewer
    editor""".split()) | frozenset(
    # Business records an in-house application is named after ("Rosa Timesheets", "Mateo Billing"), and
    # the acronyms of application families ("Linnea WMS", "Selma CRM"): a first name before one of
    # these names the application.
    """timesheet timesheets rota rotas roster rosters expenses booking bookings invoicing invoices payroll
    inventory stock ordering orders reporting reports wms erp crm hrms hris lms cms mes pos tms scm bi""".split())
# Nouns that, written just before capitalised words, make them the name of a site, a room or a
# group ("Plant Gebze", "meeting room Lindqvist Hall", "Ward Clifton", "Team Falcon"): a person is
# not called by such a noun. Nouns that are also common surnames ("Hall", "Park") are left out.
_SITE_NOUNS_BEFORE = frozenset("""plant site building block wing room ward unit depot yard terminal station campus
clinic lab laboratory store shop warehouse factory team squad gate dock bay floor level line office department dept
project programme program server printer queue app application module system portal""".split()) | frozenset(
    # the same nouns in the other languages users write ("Planta Valencia", "Zakład Gdańsk", "Usine Lyon")
    """planta fábrica fabrica almacén almacen armazém armazem bodega sede sucursal oficina sala edificio edifício
    torre depósito deposito centro zakład zaklad magazyn hala biuro oddział oddzial závod zavod sklad budova
    pobočka üzem uzem raktár raktar iroda telephely usine entrepôt entrepot bâtiment batiment salle agence werk
    lager gebäude gebaude halle filiale stabilimento magazzino ufficio filiale fabriek magazijn kantoor
    gebouw vestiging fabrik lagret kontor""".split())
# Prepositions of place: a capitalised run after them is a place unless other evidence says it is
# a person ("her office is in São Paulo", "based near Gebze").
_LOCATIVE_BEFORE = re.compile(r"(?i:\b(?:in|at|near|inside|outside|across|around|towards|into|based in|located in|"
                              r"close to|next to))[ \t]+\Z")
_DETERMINER_BEFORE = re.compile(r"(?i:\b(?:the|a|an|this|that|these|those|our|your|their|its))[ \t]+\Z")
_NEXT_WORD = re.compile(r"[ \t]+([A-Za-z]+)")
_WORD_BEFORE = re.compile(r"([A-Za-z]+)[ \t]+\Z")


def names_a_place(text: str, start: int, end: int, words: list[str]) -> bool:
    """True when a capitalised run is the name of a place or a thing: an article, a possessive, a
    preposition of place or a site noun before it ("the Hartley House", "in São Paulo", "Plant
    Gebze"), or a place or product noun ending it or right after it."""
    if _DETERMINER_BEFORE.search(text, max(0, start - 8), start) or \
            _LOCATIVE_BEFORE.search(text, max(0, start - 12), start):
        return True
    before = _WORD_BEFORE.search(text, max(0, start - 16), start)
    if before and before.group(1).lower() in _SITE_NOUNS_BEFORE:
        return True
    if len(words) >= 2 and words[0].lower() in _SITE_NOUNS_BEFORE and not gazetteer().is_name(words[0]):
        return True  # "Plant Gebze", "Team Kingfisher"; "Line Jensen" is a person (Line is a first name)
    after = _NEXT_WORD.match(text, end)
    if after and after.group(1).lower() in PLACE_NOUNS:
        return True
    if after and after.group(1).lower() in _SITE_NOUNS_BEFORE and _DIGIT_AFTER.match(text, after.end()):
        return True  # a place, then a numbered part of a site (a building, then its floor)
    # "Baxter Wing", "Okafor Building": a place noun ends the run; a place noun that is also a surname
    # ("Hall", "Park", "Street") says nothing without an article before it ("Wei Hall" is a person).
    # So does a field or activity noun that is no name (a first name before a clinical specialty: a department or a system).
    last = words[-1]
    if last.lower() in PLACE_NOUNS:
        return not gazetteer().is_last(last)
    return len(words) >= 2 and abstract_noun(last) and not gazetteer().is_name(last)
