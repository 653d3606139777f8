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


def _export(lines: list[str], filler: list[str], n: int = 40) -> tuple[Ticket, ...]:
    tickets = [Ticket(f"F{i}", "desk", filler[i % len(filler)], caller="") for i in range(n)]
    return tuple(tickets + [Ticket(f"L{i}", "desk", line, caller="") for i, line in enumerate(lines)])


@pytest.mark.parametrize("account", ["zhouming", "tanxing", "gkessling", "hobarting"])
def test_a_surname_and_given_name_account_ending_as_a_state_word_goes(account):
    filler = ["my screen locked twice", "the voucher expired", "backup failed overnight"]
    red = redact_tickets(_export([f"account {account} locked again"], filler), workers=1)
    assert account not in red[-1].description and "[username]" in red[-1].description
    assert account not in redact_text(f"logon {account} refused")
