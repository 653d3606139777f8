"""Export-learned labels (pii_labels): filler words next to values are no labels, and what systems
print (error codes, builds, models, counts, short dates) survives; a real label's values still go.
All tickets here are invented."""
from __future__ import annotations

from kbgen.suggest.model import Ticket
from kbgen.suggest.pii_labels import learn_value_labels, label_pairs
from kbgen.suggest.redact import learn_lexicon, redact_tickets

_FILLER = ["Printer on floor {n} offline, ticket raised on the portal",
           "Please check it on the portal and reply on the thread",
           "The update should be done on the laptop by the team",
           "Its screen flickers on wake and it should be replaced",
           "Patch {n} applied on the ward machines, reboot on Friday"]


def _export(lines: list[str]) -> tuple[Ticket, ...]:
    return tuple(Ticket(f"Q{i}", "Desk request", line, caller="") for i, line in enumerate(lines))


def _secret(i: int) -> str:
    """A one-ticket value with no shared letter prefix (no numbering scheme)."""
    return _SECRETS[i // 10]


_SECRETS = ("tq8vel", "mor41x", "Zk3pwa", "ufe9dd", "lira72", "8hopqe", "nyx5ta", "GeV7ol", "wub34k", "9ardim",
            "ke2soz", "pilt8u", "Yor6fe", "cav39n", "dro7mu", "36xeqi", "hin4ow", "jast8e", "rv2mol", "oqu51z")


def _mixed_export() -> list[str]:
    """An export where everyday words stand before system values that recur (codes, builds, models,
    short dates, counts) and a real label stands before values that are each one ticket's."""
    systems = ["0x8024a10f", "Quill12", "build 3317", "ZP-K220", "Orbix7"]
    lines = []
    for i in range(200):
        code = systems[i % len(systems)]
        lines += [_FILLER[i % len(_FILLER)].format(n=i % 7), _FILLER[(i + 2) % len(_FILLER)].format(n=i % 5)]
        lines.append(f"failed on {code} again after deadline on {10 + i % 15}/0{1 + i % 8}, about {100 + i % 5 * 10} users hit")
        if i % 10 == 0:
            lines.append(f"vorlek kodu {_secret(i)} handed over")
    return lines


def test_filler_words_and_recurring_system_values_are_no_labels():
    red = redact_tickets(_export(_mixed_export()), workers=1)
    text = "\n".join(t.description for t in red)
    for kept in ("0x8024a10f", "Quill12", "ZP-K220", "Orbix7", "deadline on 10/01", "about 100 users"):
        assert kept in text, kept
    for i in range(0, 200, 10):  # the real learned label: its one-ticket values go
        assert _secret(i) not in text
    assert "vorlek kodu" in text


def test_a_label_of_everyday_words_is_not_learned():
    lexicon = learn_lexicon(_export(_mixed_export()))
    assert "vorlek kodu" in lexicon.value_labels
    assert not any(set(label.replace("> ", "").split()) <= {"on", "the", "its", "should", "be", "to", "again"}
                   for label in lexicon.value_labels)


def test_short_dates_and_counts_before_a_plural_are_no_values():
    assert not list(label_pairs("deadline on 14/06 for payroll"))
    assert not list(label_pairs("about 240 laptops need the patch"))
    assert [p[0] for p in label_pairs("read out 240981 to verify")] == [("read out", "> to verify")]


def test_a_value_seen_in_other_tickets_does_not_count_as_unique():
    values = {"after": {f"E{n}x{n}": 1 for n in range(6)}, "": {f"E{n}x{n}": 5 for n in range(6)}}
    assert learn_value_labels(values) == {}
    values[""] = {f"E{n}x{n}": 1 for n in range(6)}
    assert "after" in learn_value_labels(values)


def test_the_minimum_number_of_tickets_grows_with_the_export():
    values = {"zorvek": {f"v{n}x{n}": 1 for n in range(6)}}
    assert "zorvek" in learn_value_labels(values, sample=100)
    assert learn_value_labels(values, sample=20000) == {}


def test_windows_service_and_process_names_are_no_passwords():
    from kbgen.suggest.redact import redact_text
    for name in ("MsMpEng", "TrkWks", "SCardSvr", "chkDsk", "svcSQLBkp"):
        assert name in redact_text(f"the {name} service keeps stopping"), name
    assert "xQwTrZpv" not in redact_text("new one is xQwTrZpv")  # letters alone, three odd stretches
    assert "qVx7-RtmW" not in redact_text("new one is qVx7-RtmW")  # a digit and two


def test_a_random_case_token_several_callers_write_is_a_system_name():
    lines = [("Lena Orvik", "win12LTSC image fails"), ("Pavo Renn", "win12LTSC image fails again"),
             ("Ida Kolm", "temporary one vR7kQmt2 works")]
    tickets = tuple(Ticket(f"W{i}", "Imaging", text, caller=caller) for i, (caller, text) in enumerate(lines))
    red = redact_tickets(tickets, workers=1)
    assert "win12LTSC" in red[0].description and "win12LTSC" in red[1].description
    assert "vR7kQmt2" not in red[2].description


def test_weak_passwords_sharing_a_word_are_no_numbering_scheme():
    from kbgen.suggest.pii_labels import _scheme_prefixes
    weak = ["Pebbles7!", "Pebbles2024", "pebbles_9?", "Pebbles88", "Marlow12!", "Qz81-Lom"]
    assert _scheme_prefixes(weak) == (frozenset(), 0.0)
    tags = ["TAG-3391", "TAG-3402", "TAG-3417", "nas12", "Zq7pal"]
    prefixes, share = _scheme_prefixes(tags)
    assert prefixes == {"TAG"} and share == 3 / 5


def test_a_record_number_ending_a_question_is_no_value():
    assert not list(label_pairs("linked to REQ0041177? please check"))
    assert list(label_pairs("linked to Rq7!zt? please check"))


def test_replace_spans_takes_a_placeholder_per_span_and_merges_overlaps():
    from kbgen.suggest.pii_patterns import replace_spans
    assert replace_spans("ab cd ef", [(0, 2, "[x]"), (6, 8, "[y]")]) == "[x] cd [y]"
    assert replace_spans("ab cd ef", [(0, 4), (3, 5)], "[z]") == "[z] ef"


def test_a_small_export_keeps_error_codes_and_builds_after_their_word():
    codes = ["80070643", "8024402F", "800F0922", "80073712", "C1900101", "8007000E"]
    red = redact_tickets(_export([f"the installer stops with error {c} again" for c in codes]), workers=1)
    assert all(c in t.description for c, t in zip(codes, red))
    builds = ["3417", "3422", "3508", "3519", "3601", "3644"]
    red = redact_tickets(_export([f"Suite build {b} crashes at start" for b in builds]), workers=1)
    assert all(b in t.description for b, t in zip(builds, red))


def test_a_random_case_secret_repeated_in_tickets_without_a_caller_is_still_redacted():
    """Without a caller column two tickets may be one person's (a reopened request): a secret they
    both repeat is not a system name."""
    tickets = tuple(Ticket(f"R{i}", "Reset", "set the temporary one to pQw8rZtk, please change it", caller="")
                    for i in range(2))
    red = redact_tickets(tickets, workers=1)
    assert all("pQw8rZtk" not in t.description for t in red)
