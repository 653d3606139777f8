"""Round 22 probes (written before the rules): one alignment for the second passes, code that looks like
an account of the export's scheme, and staff numbers by the export's own scheme.

All names, products, places and phrasings are invented for these tests.
"""
from __future__ import annotations

import time

from kbgen.suggest.model import Ticket
from kbgen.suggest.pii_align import differences, stretches_for
from kbgen.suggest.pii_account_scheme import _anchor_values as account_anchors
from kbgen.suggest.pii_host_scheme import _anchor_values as host_anchors
from kbgen.suggest.redact import redact_stages, redact_tickets


# ----------------------------------------------------------------------------- one alignment

def test_one_alignment_serves_both_passes():
    original = "Quill Odden on lab-ws-14 as q.odden and ext 4471 2290 said ok"
    first = "[name] on [host] as [username] and ext [phone] said ok"
    aligned = differences(original.split(), first.split())
    assert list(host_anchors(original, first, aligned)) == ["lab-ws-14"]
    assert list(account_anchors(original, first, aligned)) == [("q.odden", "[username]"), ("4471 2290", "[phone]")]
    # the host pass swaps tokens, never words: the account pass reads the same stretches in its output
    after_hosts = first.replace("ok", "[host]")
    assert stretches_for(original.split(), after_hosts.split(), aligned) == aligned.stretches
    assert list(account_anchors(original, after_hosts, aligned)) == list(account_anchors(original, first, aligned))


def test_an_alignment_of_other_word_counts_is_made_again():
    original, redacted = "mail q.odden today", "mail [username] today"
    stale = differences("a b c d e".split(), "a [x] e".split())
    assert stretches_for(original.split(), redacted.split(), stale) == differences(original.split(),
                                                                                  redacted.split()).stretches


def test_alignment_is_linear_on_hostile_text():
    began = time.process_time()
    for before, after in (("a " * 50_000, "[x] " * 50_000), ("a b " * 25_000, "b a " * 25_000),
                          ("x" * 100_000, "[username]"), ("q.o " * 25_000, "q.o [username] " * 12_500)):
        differences(before.split(), after.split())
    assert time.process_time() - began < 10.0


def _export() -> list[Ticket]:
    people = [("Oriel", "Vantongue"), ("Bram", "Keswith"), ("Cato", "Plimmer"), ("Dara", "Wexcombe")]
    tickets = []
    for k, (first, last) in enumerate(people):
        user = f"{first[0].lower()}.{last.lower()}"
        tickets.append(Ticket(f"INC{100 + k}", "locked", f"Username: {user}\nDevice: LT-{last.upper()}-0{k}\n"
                              f"Phone: +44 20 7946 0{k}11"))
        tickets.append(Ticket(f"INC{200 + k}", "rota", f"{user} reports LT-{last.upper()}-0{k} is slow"))
    return tickets


def test_stages_end_with_the_result_and_each_pass_only_removes():
    tickets = _export()
    first, hosts, accounts = redact_stages(tickets, workers=1)
    assert accounts == redact_tickets(tickets, workers=1)
    for a, b in zip(first, hosts):
        assert len(a.description.split()) == len(b.description.split())
    assert any("[username]" in t.description and "[username]" not in f.description
               for f, t in zip(hosts, accounts))


# ----------------------------------------------------------------------------- staff numbers by the export's scheme

from kbgen.suggest.pii_account_scheme import learn_account_schemes, redact_scheme_accounts, redact_staff_numbers  # noqa: E402

_STAFF_PAIRS = [(f"Personnel no: {n}", "Personnel no: [employee-id]") for n in ("603114", "618207", "622930", "640051")]


def test_bare_staff_numbers_beside_a_person_follow_the_labelled_width():
    schemes = learn_account_schemes(_STAFF_PAIRS, frozenset())
    for text, expected in (("[name], 655102, [username]", "[name], [employee-id], [username]"),
                           ("657733 | [name] | night shift", "[employee-id] | [name] | night shift"),
                           ("[username] (671240) asked again", "[username] ([employee-id]) asked again")):
        assert redact_scheme_accounts(text, schemes, frozenset()) == expected


def test_numbers_with_nobody_beside_them_or_of_another_width_stay():
    schemes = learn_account_schemes(_STAFF_PAIRS, frozenset())
    for text in ("order 655102 shipped to [name] on Monday", "room 655102 projector", "asset 655102 returned",
                 "[name], 6551020, [username]", "[name] paid 655,102.00", "[name] on build 655102-rc",
                 "ticket #655102 [name]", "[name] 2024"):
        assert redact_scheme_accounts(text, schemes, frozenset()) == text


def test_no_staff_width_from_too_few_labels_or_from_numbers_mostly_kept_beside_people():
    assert not learn_account_schemes(_STAFF_PAIRS[:2], frozenset())
    kept = [(f"[name] {n} called back", f"[name] {n} called back") for n in range(700001, 700010)]
    assert not learn_account_schemes(_STAFF_PAIRS + kept, frozenset())


def test_staff_numbers_are_linear_on_hostile_text():
    began = time.process_time()
    for text in ("[name] 123456 " * 7_000, "1" * 100_000, "[name]," * 16_000, ("123456," * 14_000)):
        redact_staff_numbers(text, frozenset({"6"}))
        learn_account_schemes([(text, text)] + _STAFF_PAIRS, frozenset())
    assert time.process_time() - began < 10.0


# ----------------------------------------------------------------------------- code is no account

_SCHEME = [(f"Login: {a}", "Login: [username]") for a in ("k.farrowdale", "m.ospreyton", "t.quillane", "b.harrowell")]


def test_code_of_an_initial_dot_surname_shape_stays():
    schemes = learn_account_schemes(_SCHEME + [("it fails in rows.splitcells() on empty input", "same")], frozenset())
    for text in ("after os.walk the loop ends", "re.escape the input", "then r.splitcells returns nothing",
                 "the tool runs x.parse(argv, 2)", "then f.close() ran", "index w.cols[3] is empty"):
        assert redact_scheme_accounts(text, schemes, frozenset()) == text
    assert redact_scheme_accounts("please unlock p.garroway today", schemes, frozenset()) == \
        "please unlock [username] today"
    # backticks quote accounts and machines as often as code: no evidence either way
    assert redact_scheme_accounts("run `sync` for `p.garroway`", schemes, frozenset()) == \
        "run `sync` for `[username]`"


def test_code_evidence_is_linear_on_hostile_text():
    schemes = learn_account_schemes(_SCHEME, frozenset())
    began = time.process_time()
    for text in ("`" * 100_000, "`a.b " * 20_000, "x.y(" * 25_000, ("`p.garroway` " * 7_500)):
        redact_scheme_accounts(text, schemes, frozenset())
        learn_account_schemes([(text, text)] + _SCHEME, frozenset())
    assert time.process_time() - began < 10.0


# ----------------------------------------------------------------------------- things the first pass took for people

from kbgen.suggest.redact import redact_text  # noqa: E402


def test_a_network_in_cidr_notation_is_no_machine():
    assert redact_text("the lab range 172.20.64.0/18 is full") == "the lab range 172.20.64.0/18 is full"
    assert redact_text("route 10.8.0.0/16 via the firewall") == "route 10.8.0.0/16 via the firewall"
    # a machine's address with its prefix, a single address, a host route: still a machine's
    for text in ("host 172.20.64.9/18 refused", "ip 10.8.130.77/32 blocked", "client 10.8.130.77 refused"):
        assert "[ip]" in redact_text(text)


def test_service_accounts_by_their_naming_convention_stay():
    for text in ("service account svc-backup locked", "the job runs as SRV_Reports02 now",
                 "the export runs under svc_scanner"):
        assert redact_text(text) == text
    assert "[username]" in redact_text("Username: adm-quillon")  # a person's privileged account


def test_mailboxes_named_by_everyday_words_of_the_export_stay():
    background = [Ticket(f"INC{k}", "notes", "the timesheets and parcels went out; nobody should reply; "
                         "mark the ticket done, will you") for k in range(6)]
    tickets = [Ticket("INC90", "mail", "write to timesheets@tindle-works.example or parcels@tindle-works.example; "
                      "copy mark@tindle-works.example, will@tindle-works.example and "
                      "vessaline@tindle-works.example")] + background
    text = redact_tickets(tickets, workers=1)[0].description
    assert "timesheets@tindle-works.example" in text and "parcels@tindle-works.example" in text
    assert "mark@" not in text and "will@" not in text and "vessaline" not in text and text.count("[email]") == 3


# ----------------------------------------------------------------------------- review fixes: leaks the decoy rules opened

def _scheme_export(people: list[tuple[str, str, str]], extra: list[str]) -> list[str]:
    """The descriptions of ``extra`` redacted in an export whose accounts are ``<initials>.<surname>``."""
    tickets = [Ticket(f"INC{100 + k}", "locked", f"Username: {ini}.{last.lower()}\nName: {first} {last}")
               for k, (first, last, ini) in enumerate(people)]
    tickets += [Ticket(f"INC{300 + k}", "probe", text) for k, text in enumerate(extra)]
    return [t.description for t in redact_tickets(tickets, workers=1)[len(people):]]


_ONE_INITIAL = [("Ysolde", "Marrowby", "y"), ("Fenn", "Quarrick", "f"), ("Ottilie", "Brenchard", "o"),
                ("Lazlo", "Tremaine", "l"), ("Hesper", "Gowlland", "h")]


def test_an_account_followed_by_a_bracketed_word_is_no_method_call():
    out = _scheme_export(_ONE_INITIAL, ["Check with d.vantreight(Payroll) for the form",
                                        "u.vantreight says the laptop is slow",
                                        "please reset the password of s.vantreight today"])
    assert all("vantreight" not in text for text in out), out


def test_a_method_called_on_code_still_keeps_its_other_receivers():
    out = _scheme_export(_ONE_INITIAL, ["it breaks in cells.mergerows() on blank lines",
                                        "then c.mergerows gives nothing back"])
    assert out[1] == "then c.mergerows gives nothing back"


_TWO_INITIALS = [("Oda", "Skarholt", "os"), ("Remy", "Ellwand", "re"), ("Ines", "Ormsgill", "io"),
                 ("Bea", "Kittering", "bk"), ("Cyd", "Pallister", "cp")]


def test_initials_that_spell_a_standard_module_are_no_code():
    out = _scheme_export(_TWO_INITIALS, ["forward this to os.skarholt please", "re.ellwand is on leave",
                                         "io.ormsgill asked again", "import os\nos.path.join(base, name)"])
    assert all("[username]" in text for text in out[:3]), out


def test_a_module_written_nowhere_as_code_is_no_evidence():
    schemes = learn_account_schemes(_SCHEME, frozenset())
    assert redact_scheme_accounts("ask j.quarmby about it", schemes, frozenset()) == "ask [username] about it"
    coded = learn_account_schemes(_SCHEME + [("import os\nfor x in os.listdir(path): pass", "same")], frozenset())
    assert redact_scheme_accounts("after os.walk the loop ends", coded, frozenset()) == "after os.walk the loop ends"


def test_service_prefix_before_a_persons_name_is_a_persons_account():
    for text in ("service account svc-tmorrison locked", "Username: srv_lucia.ferreira",
                 "login svc-ferreira failed", "user svc-quenbyk locked out"):
        out = redact_text(text)
        assert "svc" not in out.lower() and "srv" not in out.lower() and "[" in out, text
    assert redact_text("service account svc-monitoring locked") == "service account svc-monitoring locked"


def test_one_word_mailboxes_that_are_first_names_left_out_of_the_gazetteer_are_redacted():
    background = [Ticket(f"INC{k}", "notes", "we will pay the bill; it may rain; the invoices went out")
                  for k in range(8)]
    for local in ("will", "bill", "may"):
        tickets = [Ticket("INC90", "mail", f"send the form to {local}@quenby-hall.example today")] + background
        text = redact_tickets(tickets, workers=1)[0].description
        assert f"{local}@" not in text and "[email]" in text, text


def test_bare_numbers_beside_a_person_with_a_record_word_unit_or_date_on_the_other_side_stay():
    schemes = learn_account_schemes(_STAFF_PAIRS, frozenset())
    for text in ("Invoice 655102 - [name]", "Asset 655102 | [name]", "[name] 202403", "[name] 20240315",
                 "[name], 655102 EUR", "[name] / 655102 / room", "[name] 655102 kg", "[name]: 655102 USD paid",
                 "Room 655102: [name]"):
        assert redact_scheme_accounts(text, schemes, frozenset()) == text, text
