"""Round 23: machines named under the export's own DNS zones (kbgen.suggest.pii_host_scheme), written first.

The anchors are machine names a cue gives ("hostname: <name>.<site>.<org domain>"), at several sites of
one organisation. The probes name other machines of those zones where no cue is written, whatever the
shape of their first label, and ordinary names of the same zones and of other organisations that stay.
"""
from __future__ import annotations

import time

from kbgen.suggest.model import Ticket
from kbgen.suggest.pii_host_scheme import learn_host_schemes, may_name_machine, redact_scheme_hosts
from kbgen.suggest.redact import redact_tickets

_ZONE = "brackwater-olm.example.net"
_ANCHORS = ("pumpstation4.kel", "sievelab12.dun", "orrin-t2.kel", "mereth-pc.ayr")


def _anchors() -> list[Ticket]:
    return [Ticket(ticket_id=f"A{i}", subject="Slow", description=f"Hostname: {name}.{_ZONE}\nThe fan is loud.")
            for i, name in enumerate(_ANCHORS)]


def _export(*texts: str) -> tuple[Ticket, ...]:
    anchors = _anchors()
    probes = [Ticket(ticket_id=f"P{i}", subject="Follow-up", description=text) for i, text in enumerate(texts)]
    return redact_tickets(anchors + probes, workers=1)


def _probe(text: str) -> str:
    return _export(text)[-1].description


def test_other_machines_of_the_zone_are_hosts_whatever_their_shape():
    assert _probe(f"the agent on tallyroom7.dun.{_ZONE} stopped overnight") == "the agent on [host] stopped overnight"
    assert _probe(f"- kiosk031.ayr.{_ZONE}\n- wendle-nb.{_ZONE}") == "- [host]\n- [host]"
    assert _probe(f"Sep 3 02:10:44 dhcpd: lease to hollis.kel.{_ZONE} renewed") == \
        "Sep 3 02:10:44 dhcpd: lease to [host] renewed"  # a label that is a person's name (a surname)
    assert _probe(f"se reinició scale9.dun.{_ZONE} dos veces") == "se reinició [host] dos veces"


def test_services_and_shared_systems_of_the_zone_stay():
    # words the export writes in lower case in many tickets name a service, not a machine
    background = [Ticket(f"B{k}", "notes", "the self service page of the portal works") for k in range(8)]
    kept = (f"log in at portal.{_ZONE} or intranet.kel.{_ZONE}; mail02.{_ZONE} and fs-kel.{_ZONE} are up; "
            f"see https://tallyroom7.{_ZONE}/status and ops@kiosk031.{_ZONE}; the self-service.{_ZONE} page; "
            f"hash 7d3e91fa0c.{_ZONE}")
    assert redact_tickets(_anchors() + background + [Ticket("P", "x", kept)], workers=1)[-1].description == kept


def test_other_organisations_zones_and_a_bare_registered_domain_stay():
    kept = ("the update comes from cdn4.vendorhub.example.com and eu2.api.statusboard.example.org; "
            "relay7.example.net answered; build v2.14.0.zip; Windows-11.iso")
    assert _probe(kept) == kept


def test_no_zone_from_two_anchors_or_from_a_zone_the_rules_mostly_keep():
    two = [(f"hostname: {n}.{_ZONE}", "hostname: [host]") for n in _ANCHORS[:2]]
    assert learn_host_schemes(two, frozenset()) == frozenset()
    three = [(f"hostname: {n}.{_ZONE}", "hostname: [host]") for n in _ANCHORS[:3]]
    assert "@" + _ZONE in learn_host_schemes(three, frozenset())
    # a zone the export writes mostly with no cue at all, many names of it, is another organisation's
    kept = [(f"mirror{k}.{_ZONE} synced", f"mirror{k}.{_ZONE} synced") for k in range(30)]
    assert "@" + _ZONE not in learn_host_schemes(three + kept, frozenset())


def test_a_sites_zone_generalises_to_its_organisation_but_never_to_a_public_suffix():
    schemes = learn_host_schemes([(f"hostname: {n}.{_ZONE}", "hostname: [host]") for n in _ANCHORS], frozenset())
    assert "@" + _ZONE in schemes and "@example.net" not in schemes and "@net" not in schemes
    assert redact_scheme_hosts("crane2.lox.example.net is down", schemes, frozenset()) == "crane2.lox.example.net is down"


def test_a_qualified_name_may_name_a_machine():
    # no label of four characters or more that has a scheme's shape: only the qualified name says so
    assert may_name_machine("hollis.kel.ox.net")
    assert not may_name_machine("the fan is loud")


def test_zone_evidence_is_linear_on_hostile_text():
    schemes = learn_host_schemes([(f"hostname: {n}.{_ZONE}", "hostname: [host]") for n in _ANCHORS], frozenset())
    for text in ("a." * 50_000, "ab1." * 25_000, f"x.{_ZONE} " * 3_000, "a-." * 33_000, ("w" * 62 + ".") * 1_600,
                 f"q{_ZONE}." * 3_500):
        start = time.process_time()
        redact_scheme_hosts(text, schemes, frozenset())
        learn_host_schemes([(text, text.replace("a", "[host]", 3))], frozenset())
        may_name_machine(text)
        assert time.process_time() - start < 3.0, text[:20]


def test_a_zones_machine_written_alone_elsewhere_is_a_host_too():
    out = _export(f"moved the data to wendle-nb7.ayr.{_ZONE}", "later wendle-nb7 froze again; Office-365 and iPhone-15 fine")
    assert out[-2].description == "moved the data to [host]"
    assert out[-1].description == "later [host] froze again; Office-365 and iPhone-15 fine"


# ----------------------------------------------------------------------------- a shell's tilde home folder

from kbgen.suggest.redact import redact_text  # noqa: E402


def test_a_tilde_home_folder_names_an_account():
    for text in ("~wexmoor/.ssh/authorized_keys is world-writable", "run cat ~b_tallis/.profile then retry",
                 "copy it to ~ode-lunn/inbox/"):
        out = redact_text(text)
        assert "[username]" in out and "wexmoor" not in out and "tallis" not in out and "lunn" not in out, out


def test_approximations_own_home_and_folders_stay():
    for text in ("took ~5 min", "~half the users saw it", "cd ~/projects", "ls ~root/.ssh", "approx ~20/day",
                 "~Desktop/notes.txt", "x~abc/def", "ratio ~ 3/4"):
        assert redact_text(text) == text, text


def test_rates_and_glued_tildes_stay():
    for text in ("it fails ~thrice/week", "about ~eight/hour at peak", "ungefähr ~drei/Woche", "unos ~dos/día",
                 "see Tab.~tab/3 in the source", "paid ~forty/seat", "peak ~many/min."):
        assert redact_text(text) == text, text
    assert redact_text("ls ~brenna/days/2024") == "ls ~[username]/days/2024"  # a folder after the unit's word


def test_tilde_rule_is_linear_on_hostile_text():
    start = time.process_time()
    for text in ("~a" * 50_000, "~" * 100_000, ("~" + "a" * 31) * 3_000, "~a/" * 33_000):
        redact_text(text)
    assert time.process_time() - start < 10.0


def test_a_zone_of_machines_named_by_one_word_takes_names_but_not_its_services():
    words = [Ticket(f"W{i}", "Slow", f"Hostname: {w}.trell.internal\nslow") for i, w in enumerate(("quarmby", "ostrand", "fewtrell"))]
    probe = Ticket("P", "x", "hollis.trell.internal froze; portal.trell.internal is up; "
                             f"portal.{_ZONE} too")
    out = redact_tickets(_anchors() + words + [Ticket(f"B{k}", "notes", "the portal page works") for k in range(8)]
                         + [probe], workers=1)[-1].description
    # a word the export writes in lower case is a service's, in a zone of word-named machines too
    assert out == f"[host] froze; portal.trell.internal is up; portal.{_ZONE} too", out


def test_a_one_word_zone_keeps_tools_named_once():
    words = [Ticket(f"W{i}", "Slow", f"Hostname: {w}.trell.internal\nslow")
             for i, w in enumerate(("quarmby", "ostrand", "fewtrell", "pellowe"))]
    texts = ["browse to taskhub.trell.internal and then to metricsdash.trell.internal",
             "the queue on streamlog.trell.internal is behind", "single sign-on via idgate.trell.internal"]
    out = redact_tickets(words + [Ticket(f"P{i}", "x", t) for i, t in enumerate(texts)], workers=1)[len(words):]
    assert [t.description for t in out] == texts


def test_numbered_infrastructure_and_products_of_the_zone_stay():
    kept = [f"nslookup says Server:  ns2.{_ZONE}", f"mail exchanger = mx3.kel.{_ZONE}",
            f"activate with slmgr against kms2.{_ZONE}", f"wsus02.dun.{_ZONE} offers no patches",
            f"w32tm peers time3.{_ZONE}", f"the exchange2019.{_ZONE} queue", f"Windows10.{_ZONE} image is old",
            f"the clock1.{_ZONE} pool is off"]
    background = [Ticket(f"B{k}", "notes", "the clock on the wall is wrong again") for k in range(8)]
    out = redact_tickets(_anchors() + background + [Ticket(f"P{i}", "x", t) for i, t in enumerate(kept)],
                         workers=1)[-len(kept):]
    assert [t.description for t in out] == kept
    # a device's word and number that is none of these is still a machine of the zone
    assert _probe(f"reboot kiosk031.ayr.{_ZONE} now") == "reboot [host] now"
    # a machines' code the export writes in lower case (in every machine's name) is no everyday word
    codes = [Ticket(f"C{k}", "notes", f"the pc-{k:04d} and pc fleet report") for k in range(8)]
    probe = Ticket("P", "x", f"reimage pc-2001.kel.{_ZONE} and pcs0417.{_ZONE} today")
    out = redact_tickets(_anchors() + codes + [probe], workers=1)[-1].description
    assert out == "reimage [host] and [host] today", out


def test_an_everyday_word_a_cue_found_machine_is_numbered_by_names_a_fleet():
    anchors = [Ticket(f"A{i}", "Slow", f"Hostname: {n}.{_ZONE}\nslow") for i, n in
               enumerate(("gantry04.kel", "gantry11.dun", "mereth-pc.ayr"))]
    background = [Ticket(f"B{k}", "notes", "the gantry by the gate and the clock are fine") for k in range(8)]
    probe = Ticket("P", "x", f"gantry27.ayr.{_ZONE} froze; clock2.{_ZONE} is fine")
    out = redact_tickets(anchors + background + [probe], workers=1)[-1].description
    assert out == f"[host] froze; clock2.{_ZONE} is fine", out


def test_a_second_level_country_suffix_is_no_zone_of_its_own():
    anchors = [Ticket(f"A{i}", "Slow", f"Hostname: {n}\nslow") for i, n in
               enumerate(("ws-0412.leeds.quillon.co.uk", "ws-0413.york.quillon.co.uk", "lt-pmarsh.hull.quillon.co.uk"))]
    texts = ["order from shop2.quillon.co.uk", "the web3.quillon.co.uk banner", "tracker7.quillon.co.uk is slow"]
    out = redact_tickets(anchors + [Ticket(f"P{i}", "x", t) for i, t in enumerate(texts)], workers=1)[len(anchors):]
    assert [t.description for t in out] == texts


def test_a_subdomain_named_for_a_server_role_holds_shared_systems():
    kept = f"the archive3.dc.{_ZONE} job and build7.prod.{_ZONE} ran"
    assert _probe(kept) == kept
