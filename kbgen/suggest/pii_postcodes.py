"""Postcode shapes, written once for every address rule.

Each shape of the world's postcodes is one named piece below; the address rules compose the pieces they
read (a rule reading running text beside a street wants the spaced forms, a rule judging one token of a
line of an address block takes every digit form). No rule writes a postcode shape of its own.

* ``UK``: the British outward and inward codes, a blank between them or none ("SW1A 1AA", "G128QQ");
* ``CANADA``: letter, digit, letter, then digit, letter, digit ("K1A 0B1");
* ``EIRCODE``: the Irish routing key and its unique identifier ("D02 X285"); ``EIRCODE_KEY`` the routing
  keys An Post uses (no B, G, I, J, L, M, O, Q, S, U, Z first; Dublin 6W);
* ``DUTCH``: four digits and two capitals ("3512 JE");
* ``PREFIXED``: a country letter code, a dash, digits ("L-1857", "CH-8001");
* ``US_STATE``: a state or territory code and five digits ("TX 75201"), perhaps ZIP+4;
* ``DIGITS``: four to six digits (most of the world); ``DASHED``: digits parted by a dash (Poland
  "80-831", Portugal "1000-205", Japan "100-0005", Brazil "01310-200"), ``DASHED_EUROPE`` the Polish and
  Portuguese ones alone; ``SPACED``: three and two digits
  (Czechia, Slovakia, Sweden, Greece: "111 21").

``with_blank(shape)`` is a shape whose inner blank is required (``[ ]?`` made ``[ ]``): in running text a
code run together is a product's model or an id far more often than a postcode.
"""
from __future__ import annotations

import re

UK = r"[A-Z]{1,2}\d[A-Z\d]?[ ]?\d[A-Z]{2}"
CANADA = r"[A-Z]\d[A-Z][ ]?\d[A-Z]\d"
EIRCODE = r"[A-Z]\d{2}[ ]?[A-Z\d]{4}"
EIRCODE_KEY = r"(?:[AC-FHKNPRTV-Y]\d{2}|D6W)"
DUTCH = r"\d{4}[ ]?[A-Z]{2}"
PREFIXED = r"[A-Z]{1,2}-\d{3,5}"
US_STATE = r"[A-Z]{2}[ ]\d{5}"
ZIP_PLUS = r"(?:-\d{4})?"
DIGITS = r"\d{4,6}"
DASHED = r"\d{2,5}-\d{3,4}"
DASHED_EUROPE = r"\d{2}-\d{3}|\d{4}-\d{3}"
SPACED = r"\d{3}[ ]?\d{2}"


def with_blank(shape: str) -> str:
    """``shape`` with its optional inner blank required."""
    return shape.replace("[ ]?", "[ ]")


NUMBER_POSTCODE = re.compile(rf"\A(?:{DIGITS}|{DASHED}|{SPACED})[.,]?\Z")
"""A whitespace token that is a postcode of digits (a full stop or a comma may end it)."""
LETTER_POSTCODE = re.compile(rf"(?:\b{UK}\b|\b{CANADA}\b|\b{PREFIXED}\b|\b{DUTCH}\b|\b{EIRCODE}\b)")
"""A postcode of letters and digits anywhere in a line."""
