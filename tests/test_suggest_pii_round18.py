"""Round 18 of personal-data redaction: a label's gap read in linear time, passwords by their shape
where a secret is spoken of, postal addresses by their structure (own words and values, none of any
bank's)."""
from __future__ import annotations

import time

import pytest

from kbgen.suggest import pii_accounts, pii_patterns
from kbgen.suggest.redact import redact_text

_LABELLED = [pii_patterns._EMPLOYEE_CUE, pii_patterns._EMPLOYEE_CUE_INTL, pii_patterns._NUMBERED_LABEL,
             pii_patterns._EXTENSION, pii_patterns._EXTENSION_INTL, pii_patterns._LINE_BEFORE_EXTENSION,
             pii_accounts._DEVICE_AFTER_WORD]


@pytest.mark.parametrize("hostile", [
    "staff id" + " " * 100_000 + "x", "worker no is" + " \t" * 50_000, "ID" + " " * 100_000,
    "payroll ref" + "." * 100_000 + " " * 100_000, "badge nr =" + " " * 100_000, "legajo es" + " " * 100_000,
    "kartu nomor" + " " * 100_000, "ext" + " " * 100_000, "ramal" + " " * 100_000,
    "44 81" + " " * 100_000 + "ext" + " " * 100_000, "workstation" + " " * 100_000,
])
def test_a_label_then_a_long_run_of_blanks_or_dots_is_read_in_linear_time(hostile):
    started = time.process_time()
    for pattern in _LABELLED:
        pattern.search(hostile)
    assert time.process_time() - started < 3.0  # quadratic in the run it took minutes


@pytest.mark.parametrize("text, value", [
    ("Personnel no:   770215", "770215"), ("worker id is 55102", "55102"), ("Badge nr ...... 90417", "90417"),
    ("emp =  31877", "31877"), ("Id 4419027", "4419027"), ("legajo: 20931", "20931"),
    ("call 3344 2211 ext. 58", "3344 2211"),
])
def test_a_labelled_staff_number_or_phone_line_is_still_read(text, value):
    out = redact_text(text)
    assert value not in out, out
