"""Round 22 review: a true gap that names signing in only to say it works drifts over the model's
threshold after the refit. Every subject and article here is invented for this test."""
from __future__ import annotations

import datetime as dt

import pytest

from conftest import cluster_finding
from test_suggest_sign_in_model import _article

UTC = dt.timezone.utc
# sign-in articles titled with the field's everyday words, and unrelated ones (no licence article: a
# KB that has one reads the cluster as that article's topic)
SIGN_IN = [
    _article(51, "When your password has run out", "Set a new password after it expires.", ("password", "expired"),
             "The sign-in page asks for a new password once the old one has expired."),
    _article(52, "Account locked: getting back in", "Locked after wrong passwords.", ("account", "locked"),
             "Wait a quarter of an hour or unlock the account on the self-service page."),
    _article(53, "Forgotten login password", "Set a new one yourself.", ("password", "forgot", "login"),
             "Open the reset page and confirm with your phone."),
]
OTHERS = [
    _article(61, "Scanner does not mail scans", "Scan to mail fails.", ("scanner",), "Check the scanner's mail settings."),
    _article(62, "Projector in the meeting room", "Connect a laptop.", ("projector",), "Use the cable on the table."),
    _article(63, "VPN drops at home", "When the VPN disconnects.", ("vpn",), "Restart the VPN client."),
]
BACKGROUND = {"scanner does not send mail": 50, "vpn drops in the evening": 50, "projector has no picture": 40,
              "scroll wheel broken": 30, "need another monitor": 30}


@pytest.mark.xfail(strict=True, reason=(
    "limit, round 22: the refitted model reads a subject that names signing in only to say it works "
    "('... expired but the login works') as sign-in trouble above 0.9, so the cluster becomes an update "
    "of a sign-in article (main's model read it below 0.9); no general remedy was measured in time (a "
    "higher threshold or share would trade recall for it unmeasured; the C grid by leave-banks-out was "
    "not re-run)"))
def test_a_licence_that_ran_out_while_signing_in_works_is_a_gap():
    subjects = {"my Quillbook licence expired but the login works": 9,
                "Quillbook wants a seat for me, signing in works": 8, "no Quillbook licence assigned to me": 7}
    found = cluster_finding(subjects, BACKGROUND, SIGN_IN + OTHERS, dt.datetime(2026, 6, 1, 8, tzinfo=UTC))
    assert found.verdict == "gap", (found.verdict, found.article_id)
