"""The export-wide guard's withheld sets (``Withheld.of``) of bank exports, as ``kbgen suggest`` reads them.

    PYTHONPATH=TREE python3 bench/withheld_sets.py --out OUT.json SPEC...
    python3 bench/withheld_sets.py --compare MAIN.json BRANCH.json

A SPEC is ``PART:VARIANT`` (``heldout16:subjects``; variants ``caller``, ``subjects``, ``rich``) or
``dev:FILE`` (a file of ``shared/eval/tickets/dev``). Each export is read by ``run_suggest`` with the
evaluation KB, up to the guard: ``pipeline.redact_export`` is wrapped to keep its withheld names and
stop the run there, so the sets are those a real run writes against. Run it once per tree (main,
then a branch, ``PYTHONPATH`` naming the tree's root), then ``--compare`` prints the words each set
gains or loses. Bank exports are written by ``suggest_data.make`` into ``--work`` (kept between runs).
"""
from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
EVAL = HERE.parent.parent / "shared" / "eval"


class _Stop(Exception):
    """Raised by the wrapped guard to end a run once its withheld set is known."""


def withheld_sets(specs: list[str], work: Path) -> dict[str, list[str]]:
    import kbgen.suggest.pipeline as pipeline
    from suggest_data.make import write

    real = pipeline.redact_export

    def capture(tickets, *args, **kwargs):
        _, withheld = real(tickets, *args, **kwargs)
        raise _Stop(sorted(withheld.names))

    pipeline.redact_export = capture
    found: dict[str, list[str]] = {}
    work.mkdir(parents=True, exist_ok=True)
    for spec in specs:
        part, _, variant = spec.partition(":")
        if part == "dev":
            export = EVAL / "tickets" / "dev" / variant
        else:
            data = work / part
            if not (data / "export.csv").exists():
                write(part, data)
            export = data / {"caller": "export.csv", "subjects": "subjects.csv", "rich": "rich.csv"}[variant]
        project = Path(tempfile.mkdtemp(prefix="kb-", dir=work))
        shutil.copytree(EVAL / "kb", project, dirs_exist_ok=True)
        try:
            pipeline.run_suggest([export], project, pipeline.SuggestOptions())
        except _Stop as stop:
            found[spec] = stop.args[0]
            print(spec, len(found[spec]), flush=True)
        finally:
            shutil.rmtree(project)
    return found


def compare(before: dict[str, list[str]], after: dict[str, list[str]]) -> None:
    for spec in sorted(set(before) | set(after)):
        old, new = set(before.get(spec, ())), set(after.get(spec, ()))
        print(f"{spec}: {len(old)} -> {len(new)}; newly withheld {sorted(new - old) or 'none'};"
              f" no longer withheld {sorted(old - new) or 'none'}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("specs", nargs="*")
    parser.add_argument("--out", type=Path)
    parser.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "kbgen-withheld-sets")
    parser.add_argument("--compare", nargs=2, type=Path, metavar=("BEFORE", "AFTER"))
    args = parser.parse_args()
    if args.compare:
        compare(*(json.loads(p.read_text(encoding="utf-8")) for p in args.compare))
        return
    if not args.out or not args.specs:
        parser.error("give --out and at least one SPEC, or --compare BEFORE AFTER")
    args.out.write_text(json.dumps(withheld_sets(args.specs, args.work), indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
