"""Write the place names and street types address redaction reads (``kbgen/suggest/places.txt``,
``kbgen/suggest/street_types.txt``) reproducibly.

    python3 bench/redact_places_fit.py [--write]

The names are Faker's countries, cities and administrative regions of every locale, folded, less the
everyday words and given names (``kbgen.suggest.pii_gazetteer.build_places``). Reading every Faker address
and lorem provider costs each redaction run over a CPU second; the list is built here once, at fit time,
and shipped. The same Faker gives the same bytes (sorted keys, one a line, ``\\n`` line ends). Without
``--write`` the shipped file is compared with a fresh build: exit 1 when they differ (a newer Faker, or a
change of the rules of ``build_places``), so that the file is written again.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kbgen.suggest.pii_addresses import STREET_TYPES_PATH, build_street_types, street_types_file  # noqa: E402
from kbgen.suggest.pii_gazetteer import PLACES_PATH, build_places, places_file  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--write", action="store_true", help="Write kbgen/suggest/places.txt and street_types.txt.")
    args = parser.parse_args()
    status = 0
    for path, text in ((PLACES_PATH, places_file(build_places())),
                       (STREET_TYPES_PATH, street_types_file(build_street_types()))):
        status = max(status, _write_or_check(path, text, args.write))
    return status


def _write_or_check(path: Path, text: str, write: bool) -> int:
    """Write ``text`` to the path, or compare the shipped file with it (1 when they differ)."""
    if write:
        path.write_bytes(text.encode("utf-8"))
        print(f"wrote {path.relative_to(ROOT)}: {text.count(chr(10)) - 1} entries")
        return 0
    shipped = path.read_bytes() if path.exists() else b""
    if shipped == text.encode("utf-8"):
        print(f"{path.relative_to(ROOT)} is up to date: {text.count(chr(10)) - 1} entries")
        return 0
    fresh, old = set(text.split("\n")[1:]), set(shipped.decode("utf-8", "replace").split("\n")[1:])
    print(f"{path.relative_to(ROOT)} differs from a fresh build: {len(fresh - old)} entries to add, "
          f"{len(old - fresh)} to remove; run with --write")
    return 1


if __name__ == "__main__":
    sys.exit(main())
