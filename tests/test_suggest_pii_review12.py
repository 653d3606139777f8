"""Review of round 12's redaction rules: bounded time on key=value runs, accounts written as a
person's names, phone numbers with a cue, zero-padded accounts, surnames that are also record words,
log keys, after-labels and abbreviations. Every value here is invented for these tests."""
from __future__ import annotations

import time

import pytest

from kbgen.suggest.model import Ticket
from kbgen.suggest.pii_labels import _VALUE
from kbgen.suggest.redact import learn_lexicon, redact_text, redact_tickets


@pytest.mark.parametrize("text", ["q=" * 20000, "https://intranet.example/find?" + "term=hat&" * 5000],
                         ids=["key-runs", "query-string"])
def test_a_long_run_of_keys_and_values_is_searched_in_linear_time(text):
    redact_text("warm the lazy tables up")
    start = time.process_time()
    assert len(list(_VALUE.finditer(text))) < len(text)
    redact_text(text)
    assert time.process_time() - start < 1.0
