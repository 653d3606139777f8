"""Round 23 of personal-data redaction, places: the place names read from a file written at fit time,
one postcode definition, addresses with no house number (own words and values, invented, none of any
bank's); town lists in prose, travel chat, org-unit paths and other look-alikes left alone."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from kbgen.errors import FileError
from kbgen.suggest import pii_gazetteer
from kbgen.suggest.pii_gazetteer import place_key, place_ranks, places, places_file

ROOT = Path(__file__).resolve().parent.parent


# ----------------------------------------------------------------------------- the place list at fit time

def test_the_shipped_place_names_are_read_without_importing_faker():
    code = ("import sys; from kbgen.suggest.pii_gazetteer import places; p = places(); "
            "print(len(p), any(m.startswith('faker.providers.address') or m.startswith('faker.providers.lorem') "
            "for m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True).stdout
    count, imported = out.split()
    assert int(count) > 10_000 and imported == "False"


def test_the_place_file_is_sorted_names_and_ranks_one_a_line_behind_a_counted_header():
    ranks = {"zürich": frozenset({"region"}), "cabo verde": frozenset({"country"}), "lyon": frozenset()}
    text = places_file(ranks)
    assert text == "# kbgen place names: 3\ncabo verde\tcountry\nlyon\nzürich\tregion\n"
    assert places_file(dict(sorted(ranks.items(), reverse=True))) == text  # the same names, the same bytes
    assert place_key("Malaysia") in places() and place_key("Service") not in places()
    assert place_key("Malaysia") in place_ranks().countries and place_key("Odisha") in place_ranks().regions


def _damaged(tmp_path, monkeypatch, content: bytes | None):
    path = tmp_path / "places.txt"
    if content is not None:
        path.write_bytes(content)
    monkeypatch.setattr(pii_gazetteer, "PLACES_PATH", path)
    pii_gazetteer.place_ranks.cache_clear()
    return path


@pytest.mark.parametrize("content", [
    None,  # missing
    b"",  # empty
    b"lyon\nnantes\n",  # no header
    b"# kbgen place names: 3\nlyon\nnantes\n",  # cut short
    b"# kbgen place names: 2\nnantes\nlyon\n",  # unsorted
    b"# kbgen place names: 2\nlyon\nlyon\n",  # a name twice
    b"# kbgen place names: 2\n\nlyon\n",  # an empty line
    b"# kbgen place names: 2\n lyon\nnantes\n",  # padded
    b"# kbgen place names: 2\nly\xffon\nnantes\n",  # not UTF-8
    b"# kbgen place names: 2\nlyon\ttown\nnantes\n",  # an unknown rank
    b"# kbgen place names: 2\nlyon\t\nnantes\n",  # a tab and no rank
])
def test_a_damaged_place_file_is_one_file_error_line(tmp_path, monkeypatch, content):
    from kbgen.suggest.model import Ticket
    from kbgen.suggest.redact import redact_tickets
    path = _damaged(tmp_path, monkeypatch, content)
    try:
        with pytest.raises(FileError) as raised:
            redact_tickets([Ticket(ticket_id="T1", subject="printer", description="Note:\n12 Quarry Row, Brindle")])
        report = raised.value.report()
        assert report.startswith(f"{path}: error: the place names are unusable") and "\n" not in report
    finally:
        pii_gazetteer.place_ranks.cache_clear()


def test_a_sound_place_file_elsewhere_is_read(tmp_path, monkeypatch):
    _damaged(tmp_path, monkeypatch, "# kbgen place names: 2\nlyon\nzürich\tcountry,region\n".encode("utf-8"))
    try:
        assert places() == {"lyon", "zürich"} and place_ranks().countries == place_ranks().regions == {"zürich"}
    finally:
        pii_gazetteer.place_ranks.cache_clear()
