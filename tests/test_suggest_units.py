"""Unit tests of the suggest stages: cleaning, clustering, spikes, escaping, draft ids."""
from __future__ import annotations

import datetime as dt

import markdown

from kbgen.model import Article, Service, SiteConfig, SourceRef
from kbgen.suggest.clean import clean_body, clean_close_notes, clean_subject, drop_filler
from kbgen.suggest.cluster import MIN_SIZE_FLOOR, auto_min_size, collapse_reexports, group_tickets, summarise
from kbgen.suggest.coverage import assess_coverage
from kbgen.scaffold import next_ids
from kbgen.suggest.drafts import escape_text, guess_services, plain_title
from kbgen.suggest.model import Ticket
from kbgen.suggest.trend import is_spike

UTC = dt.timezone.utc


def test_subject_prefixes_and_urgency_are_removed():
    assert clean_subject("RE: FW: [EXTERNAL] Printer offline - urgent") == "Printer offline"
    assert clean_subject("Fwd: AW: vpn drops!!") == "vpn drops!!"


def test_mail_wrapping_is_removed_and_the_message_kept():
    text = ("Hi team,\n\n---------- Forwarded message ---------\nFrom: A <a@x.com>\nDate: today\n"
            "Subject: vpn\nTo: B\n\nThe VPN drops every hour.\n\nKind regards,\nAnna\nT: +44 20 7946 0000\n\n"
            "Sent from my iPhone\n\nThis email and any attachments are confidential and intended solely "
            "for the addressee.")
    assert clean_body(text) == "The VPN drops every hour."


def test_html_and_quoted_lines_become_plain_text():
    assert clean_body("<div>Printer &amp; scanner<br>offline</div>") == "Printer & scanner\noffline"
    assert clean_body("On Monday, Bob wrote:\n> The drive is gone") == "The drive is gone"


def test_boilerplate_close_notes_are_dropped_real_ones_kept():
    assert clean_close_notes("Closed before close notes were made mandatory") == ""
    assert clean_close_notes("No response from user after 3 attempts. Closing.") == ""
    assert clean_close_notes("Re-mapped the drive with gpupdate /force.") == "Re-mapped the drive with gpupdate /force."


def test_filler_phrases_are_dropped_for_grouping():
    assert drop_filler("Not sure if this is IT but the scanner jams, any ideas?") == "the scanner jams"


def _tickets(texts: dict[str, int], start: dt.datetime) -> list[Ticket]:
    tickets, n = [], 0
    for text, count in texts.items():
        for i in range(count):
            n += 1
            opened = start + dt.timedelta(hours=7 * n)
            tickets.append(Ticket(f"T{n:04d}", f"{text} {['please', 'help', 'today', 'again'][i % 4]}",
                                  f"{text}. variant {i % 5}", close_notes=f"fixed {text.split()[0]}",
                                  opened=opened, resolved=opened + dt.timedelta(hours=2)))
    return tickets


def test_distinct_problems_form_distinct_clusters_and_singles_stay_out():
    problems = {"printer jammed paper tray": 15, "vpn gateway unreachable from hotel": 15,
                "mailbox quota full cannot send": 15}
    singles = {f"unique thing {word} broke": 1 for word in ("kettle", "stapler", "piano", "bicycle")}
    tickets = _tickets({**problems, **singles}, dt.datetime(2026, 1, 1, tzinfo=UTC))
    clusters = summarise(tickets, group_tickets(tickets, min_size=5), min_size=5)
    assert len(clusters) == 3
    assert sorted(c.size for c in clusters) == [15, 15, 15]
    assert all(len({t[:1] for t in c.tickets}) == 1 for c in clusters)
    assert all(c.median_hours_to_resolve == 2.0 for c in clusters)
    assert [c.id for c in clusters] == ["c001", "c002", "c003"]


def test_spike_needs_a_recent_majority_far_above_the_base_rate():
    assert is_spike(40, 45, 0.15)
    assert not is_spike(10, 45, 0.15)
    assert not is_spike(2, 2, 0.15)


def test_escaped_text_renders_as_words_only():
    hostile = '<script>alert(1)</script> [x](javascript:alert(1)) {{ config }} {% raw %} <img src=x onerror=y>'
    rendered = markdown.markdown(escape_text(hostile))
    assert "<script" not in rendered and "<img" not in rendered and "<a " not in rendered
    assert "javascript:" not in rendered and "{{" not in rendered and "{%" not in rendered


def test_plain_title_keeps_words_and_drops_markup():
    assert plain_title("<b>VPN</b> {{x}} drops [again](javascript:1)") == "VPN x drops again 1"


def test_next_ids_continue_after_the_highest_taken():
    assert next_ids({"KB0009", "KB0120", "OTHER1"}, "KB", 4, 2) == ["KB0121", "KB0122"]


def test_services_come_from_the_closest_article_or_the_words():
    config = SiteConfig("x", services=(Service("vpn", "Remote access", "VPN from home"),
                                       Service("printing", "Printing", "Printers and scanners")))
    filed = Article("KB0001", "Hotel network blocks the tunnel", services=("vpn",), source=SourceRef("a.md"))
    assert guess_services("the hotel network blocks my tunnel", config, [filed]) == ("vpn",)
    assert guess_services("the printers jam and scanners fail", config) == ("printing",)
    assert guess_services("kettle", config) == ()


def test_coverage_separates_answered_from_unanswered_problems():
    start = dt.datetime(2026, 1, 1, tzinfo=UTC)
    tickets = _tickets({"printer jammed paper tray": 12, "badge reader door garage": 12}, start)
    clusters = summarise(tickets, group_tickets(tickets, min_size=5), min_size=5)
    article = Article("KB0001", "Printer jammed: clear the paper tray", "Clear a paper jam in the tray.",
                      body="When the printer is jammed, open the paper tray and remove the jammed paper.",
                      source=SourceRef("a.md"))
    verdicts = {c.title.split()[0].lower(): v.verdict for c in clusters
                for v in [assess_coverage(clusters, tickets, [article])[c.id]]}
    assert verdicts["printer"] == "covered"
    assert verdicts["badge"] == "gap"
    assert all(v.verdict == "gap" for v in assess_coverage(clusters, tickets, []).values())


def test_the_same_ticket_in_two_exports_counts_once():
    opened = dt.datetime(2026, 2, 3, 9, 15, 42, tzinfo=UTC)
    tickets = [Ticket("INC1", "VPN drops!", "It drops.", close_notes="Reset the client.", opened=opened, source="sn.csv"),
               Ticket("ITSD-1", "vpn drops", "It drops.", opened=opened.replace(second=0), source="jira.csv"),
               Ticket("INC2", "VPN drops", "Again.", opened=opened, source="sn.csv"),
               Ticket("INC3", "VPN drops", "Same minute, same file.", opened=opened, source="sn.csv")]
    kept, copies = collapse_reexports(tickets)
    assert [t.ticket_id for t in kept] == ["INC1", "INC2", "INC3"]
    assert copies == {"INC1": ("ITSD-1",)}


def test_the_default_smallest_problem_grows_with_the_export_but_slower_than_it():
    sizes = [auto_min_size(n) for n in (0, 100, 500, 3000, 10_000, 100_000)]
    assert sizes == sorted(sizes)
    assert sizes[0] == sizes[1] == MIN_SIZE_FLOOR
    assert auto_min_size(3000) == 10
    assert auto_min_size(100_000) / auto_min_size(10_000) < 100_000 / 10_000


def test_small_exports_find_small_problems_with_the_default_size():
    problems = {"printer jammed paper tray": 8, "vpn gateway unreachable from hotel": 8,
                "mailbox quota full cannot send": 9}
    singles = {f"unique thing {word} broke": 1 for word in ("kettle", "stapler", "piano", "bicycle")}
    tickets = _tickets({**problems, **singles}, dt.datetime(2026, 1, 1, tzinfo=UTC))
    grouping = group_tickets(tickets)
    assert grouping.min_size == MIN_SIZE_FLOOR
    assert sorted(c.size for c in summarise(tickets, grouping)) == [8, 8, 9]


def test_a_weak_report_joins_the_cluster_it_is_clearly_closest_to_and_an_ambiguous_one_does_not():
    import numpy as np

    from kbgen.suggest.cluster import _assign_rest

    def unit(*xs):
        v = np.array(xs, dtype=np.float32)
        return v / np.linalg.norm(v)

    a = [unit(1, 0, 0, 0)] * 19 + [unit(1, 0, 1, 0)]  # farthest member of A at cosine ~0.7
    b = [unit(0, 1, 0, 0)] * 19 + [unit(0, 1, 0, 1)]
    weak_but_clear = unit(0.8, 0.05, 0, 0.6)  # ~0.8 to A, well below A's dense core, far from B
    ambiguous = unit(0.75, 0.7, 0, 0)  # as close to B as to A
    far = unit(0.1, 0.1, 0, 1)
    vectors = np.stack(a + b + [weak_but_clear, ambiguous, far])
    sample = np.arange(40)
    labels = _assign_rest(vectors, sample, np.array([0] * 20 + [1] * 20))
    assert labels[40:].tolist() == [0, -1, -1]


def test_a_cluster_that_swallowed_most_of_the_export_is_looked_into():
    import numpy as np

    from kbgen.suggest.cluster import GIANT_SHARE, _split_giant

    rng = np.random.default_rng(1)
    groups = [np.eye(8)[k] + rng.normal(0, 0.03, (20, 8)) for k in range(4)]
    vectors = np.vstack(groups).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    swallowed = _split_giant(vectors, np.zeros(80, dtype=np.int64), min_size=5, depth=0)
    assert len(set(swallowed.tolist()) - {-1}) == 4
    assert all(len(set(swallowed[k * 20:(k + 1) * 20].tolist()) - {-1}) == 1 for k in range(4))
    modest = np.array([0] * 20 + [-1] * 60)  # 25% of the points: below GIANT_SHARE, left alone
    assert 20 / 80 < GIANT_SHARE
    assert _split_giant(vectors, modest, min_size=5, depth=0).tolist() == modest.tolist()


def test_verdicts_weigh_the_kbs_words_and_search():
    from kbgen.suggest.coverage import verdict_for

    # The best article uses most of the cluster's words: covered.
    assert verdict_for(0.7, 0.05, answered=0.1) == "covered"
    # Search answers most subjects with its favourite articles and the text is close: covered.
    assert verdict_for(0.25, 0.12, answered=0.62) == "covered"
    # ...unless the cluster's own distinctive words are unknown to the KB: an update.
    assert verdict_for(0.6, 0.12, answered=0.62, missing_share=0.4) == "partial"
    # Few words in any article and few subjects answered: a gap.
    assert verdict_for(0.2, 0.05, answered=0.1) == "gap"
    # In between: an update of the named article.
    assert verdict_for(0.5, 0.05, answered=0.3) == "partial"


def test_the_kb_vocabulary_reads_abbreviations_and_names_what_it_lacks():
    from kbgen.suggest.kb_vocabulary import KbVocabulary, is_abbreviation, terms_of
    from kbgen.suggest.shared import stem

    assert is_abbreviation("pwd", "password") and is_abbreviation("acct", "account")
    assert not is_abbreviation("fax", "facility") and not is_abbreviation("password", "pwd")
    assert stem("printing") == "print" and stem("passwords") == "password" and stem("libraries") == "library"
    assert "web" not in terms_of("VPN request generated through the web form")
    kb = KbVocabulary.of([Article("KB1", "Reset your password", body="Go to the reset page.", source=SourceRef("a.md"))])
    assert kb.knows("pwd") and kb.knows("reset") and not kb.knows("pager")
    assert kb.share(0, {"pwd": 1.0, "reset": 1.0}) == 1.0


def test_a_bare_one_word_subject_joins_its_topic_but_swallows_no_other_problem_of_its_word():
    """Short exports: "Signin" alone says which word, not which problem; it stays out of a group
    about something else where a few subjects use it, while "Scanner" joins the group that is about
    scanners."""
    subjects = {"Signin": 12, "vpn signin failed": 4, "vpn tunnel drops": 8, "vpn tunnel slow": 6,
                "Scanner": 6, "scanner not scanning": 8, "scanner jammed": 7, "scanner offline": 7,
                **{f"thing{n} broken": 1 for n in range(400)}}
    tickets = [Ticket(f"T{len(subjects)}-{k}-{i}", text) for k, (text, count) in enumerate(subjects.items())
               for i in range(count)]
    grouping = group_tickets(tickets, min_size=5)
    label = dict(zip((t.subject for t in tickets), grouping.labels.tolist()))
    vpn = {label[s] for s in ("vpn signin failed", "vpn tunnel drops", "vpn tunnel slow")}
    assert len(vpn) == 1 and label["Signin"] >= 0 and label["Signin"] not in vpn
    assert label["Scanner"] >= 0 and label["Scanner"] in {label[s] for s in ("scanner not scanning", "scanner jammed",
                                                                               "scanner offline")}


def test_one_caller_written_two_ways_is_one_pseudonym_and_no_caller_is_none():
    from kbgen.suggest.model import Ticket, caller_pseudonyms

    tickets = [Ticket(ticket_id=str(i), subject="vpn drops", caller=c)
               for i, c in enumerate(["Mara  Quist", "", "mara quist", "Olek Brandt"])]
    assert caller_pseudonyms(tickets) == ["p1", "", "p1", "p2"]
