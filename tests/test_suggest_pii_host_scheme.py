"""Machine names by the export's own naming scheme (kbgen.suggest.pii_host_scheme), written before tuning.

The anchors are machine names the cue rules find ("hostname: <name>"); the probes then name machines of
the same scheme where no cue is written, and ordinary look-alikes that must stay.
"""
from __future__ import annotations

import time

from kbgen.suggest.model import Ticket
from kbgen.suggest.pii_host_scheme import learn_host_schemes, redact_scheme_hosts, shape_keys
from kbgen.suggest.redact import redact_tickets

_OWNERS = ("halvors", "mbekiwe", "quintar", "delacro", "okonkwo", "ferreir")


def _export(*texts: str) -> tuple[Ticket, ...]:
    anchors = [Ticket(ticket_id=f"A{i}", subject="Slow machine",
                      description=f"hostname: {owner}-x{i + 1}.corp.vexlor.example\nThe fan is loud.")
               for i, owner in enumerate(_OWNERS)]
    probes = [Ticket(ticket_id=f"P{i}", subject="Follow-up", description=text) for i, text in enumerate(texts)]
    return redact_tickets(anchors + probes, workers=1)


def _probe(text: str) -> str:
    return _export(text)[-1].description


def test_scheme_names_in_prose_become_hosts():
    assert _probe("the print spooler on travers-x4 stopped again") == "the print spooler on [host] stopped again"
    assert _probe("reboot kalnins-x1 please, then tell me") == "reboot [host] please, then tell me"
    assert _probe("moved the files from oyelara-x3 to tembo-x1.") == "moved the files from [host] to [host]."


def test_scheme_names_with_the_domain_and_in_logs():
    assert _probe("Sep 12 04:11:02 kernel: link down on nakamur-x2.corp.vexlor.example") == \
        "Sep 12 04:11:02 kernel: link down on [host]"
    assert _probe("- zuberi-x1\n- lindqvi-x6") == "- [host]\n- [host]"


def test_look_alikes_stay():
    kept = ("Windows-11 23H2 and Office-365 on an iPhone-15; setup-x64.exe, svc-backup, AST-004417, room B-204, "
            "ORD-88123, fs-x1.corp.vexlor.example, Saint-Denis, error 0x80070005, KB5034441, build 7d3e91fa, "
            "the Surface-x2 review")
    assert _probe(kept) == kept


def test_a_shape_the_rules_keep_is_no_scheme():
    # printer queues named like machines: the rules keep them (a printer is shared), so their key is kept
    # far more often than redacted, and a few misread ones make no scheme
    misread = [(f"queue PRQ-{i:03d}-A", "queue [host]") for i in range(3)]
    kept = [(f"queue PRQ-{i:03d}-A jammed", f"queue PRQ-{i:03d}-A jammed") for i in range(10, 30)]
    assert learn_host_schemes(misread + kept, frozenset()) == frozenset()
    assert learn_host_schemes(misread, frozenset())


def test_no_anchors_no_change():
    tickets = [Ticket(ticket_id="1", subject="x", description="reboot kalnins-x1 please")]
    assert redact_tickets(tickets, workers=1)[0].description == "reboot kalnins-x1 please"


def test_keys_read_codes_not_names():
    assert shape_keys("halvors-x2")[0] == shape_keys("okonkwo-x7")[0]
    assert shape_keys("halvors-x2") != shape_keys("halvors-t2")
    assert shape_keys("print") == ()
    assert shape_keys("Windows") == ()
    assert shape_keys("καλημέρα-x2") == ()


def test_learning_needs_three_anchors():
    pairs = [(f"hostname: {o}-nb1", "hostname: [host]") for o in _OWNERS[:2]]
    assert learn_host_schemes(pairs, frozenset()) == frozenset()
    pairs = [(f"hostname: {o}-nb1", "hostname: [host]") for o in _OWNERS[:3]]
    assert learn_host_schemes(pairs, frozenset())


def test_hostile_inputs_are_linear():
    schemes = learn_host_schemes([(f"hostname: {o}-nb1", "hostname: [host]") for o in _OWNERS], frozenset())
    for text in ("a-" * 50_000, "a." * 50_000, "a1-" * 33_000, "x" * 100_000, "ab-nb1." * 14_000, "-_" * 50_000):
        start = time.process_time()
        redact_scheme_hosts(text, schemes, frozenset())
        learn_host_schemes([(text, text.replace("a", "[host]", 3))], frozenset())
        assert time.process_time() - start < 2.0


def test_a_scheme_varies_names_not_words():
    # machines "<BRAND>-<NAME>": the free part of the scheme is a name; "<BRAND>-GUEST" is a network's name
    pairs = [(f"hostname: VEXLOR-{o.upper()}", "hostname: [host]") for o in _OWNERS]
    schemes = learn_host_schemes(pairs, frozenset({"guest"}))
    assert redact_scheme_hosts("it connects to VEXLOR-GUEST then drops", schemes, frozenset({"guest"})) == \
        "it connects to VEXLOR-GUEST then drops"
    assert redact_scheme_hosts("reboot VEXLOR-TRAVERS", schemes, frozenset({"guest"})) == "reboot [host]"


def test_letters_of_a_varying_part_are_no_scheme():
    # "DESKTOP-<NAME>" machines whose names happen to end in one letter say nothing of "<BRAND>-<WORD>T"
    pairs = [(f"hostname: DESKTOP-{o.upper()}T", "hostname: [host]") for o in _OWNERS]
    schemes = learn_host_schemes(pairs, frozenset())
    assert redact_scheme_hosts("it connects to VEXLOR-OUTPOST then drops", schemes, frozenset()) == \
        "it connects to VEXLOR-OUTPOST then drops"
    assert redact_scheme_hosts("reboot DESKTOP-TRAVERS", schemes, frozenset()) == "reboot [host]"


def test_long_prose_of_repeated_words_is_linear():
    # a field of ordinary words repeated many times, with spaces, and one machine name a cue points at:
    # aligning the redacted field with its original must not grow with the square of its words
    filler = "the printer on the second floor is slow again and the queue is long " * 1_500
    text = filler[:48_000] + " hostname: travers-x9.corp.vexlor.example " + filler[:48_000]
    tickets = list(_export()) + [Ticket(ticket_id="L", subject="Slow", description=text)]
    start = time.process_time()
    out = redact_tickets(tickets, workers=1)
    assert time.process_time() - start < 5.0
    assert "travers-x9" not in out[-1].description


def test_capital_words_sharing_a_first_letter_stay():
    # three single-run capital machine names that begin with the same letter say nothing of other long
    # capital words beginning with it (brands, words shouted in several languages)
    pairs = [(f"hostname: L{o.upper()}", "hostname: [host]") for o in _OWNERS]
    schemes = learn_host_schemes(pairs, frozenset())
    for word in ("LOGITECH", "LICENSE", "LIVERPOOL", "LANGUAGE", "LOCALHOST", "LEISTUNG", "LOGICIEL", "LAVORANDO"):
        text = f"see {word} for details"
        assert redact_scheme_hosts(text, schemes, frozenset()) == text


def test_alignment_survives_nearby_redactions():
    from kbgen.suggest.pii_host_scheme import _anchor_values
    assert list(_anchor_values("Ann Lee said on pc-17 it hangs", "[name] said on [host] it hangs")) == ["pc-17"]
    assert list(_anchor_values("on a b a b ws-3 a b and ws-4.", "on a b a b [host] a b and [host].")) == ["ws-3", "ws-4"]
