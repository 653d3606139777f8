#!/usr/bin/env python3
"""``kbgen suggest`` on messy, real-looking exports of our own (see ``bench/suggest_data``).

    python3 bench/suggest_real.py [--part tune|tune2|heldout|heldout2|heldout3|heldout4|heldout5|heldout6|heldout7|heldout8|heldout9|heldout10|heldout11|heldout12|heldout13|heldout14|heldout15|heldout16|heldout17|heldout18|heldout19|heldout20|heldout21|heldout22|heldout23|all] [--variant caller|subjects|rich|all] [--no-pii] [--half a|b]

For each part (``tune``, ``tune2``: the banks used while developing; ``heldout``: written first in
the first round, run blind once, then no longer blind; ``heldout2``: written before the second
round, tuned on in the third, so no longer blind; ``heldout3``: frozen, written before the third
round and run once at its end, tuned on in the fourth, so no longer blind; ``heldout4``: frozen,
written before the fourth round and run once at its end, tuned on in the fifth; ``heldout5``:
frozen, written before the fifth round and run once at its end, tuned on in the sixth;
``heldout6``: frozen, written before the sixth round and run once at its end, tuned on in the
seventh; ``heldout7``: frozen, written before the seventh round and run once at its end, tuned on in the
eighth; ``heldout8``: frozen, written before the eighth round and run once at its end, tuned on in
the ninth; ``heldout9``: frozen, written before the ninth round and run once at its end, tuned on in
the tenth; ``heldout10``: frozen, written before the tenth round and run once at its end, tuned on
in the eleventh; ``heldout11``: frozen, written before the eleventh round and run once at its end, tuned on
in the twelfth; ``heldout12``: frozen, written before the twelfth round and run once at its end, tuned on in
the thirteenth; ``heldout13``: frozen, written before the thirteenth round and run once at its end, tuned on in the
fourteenth; ``heldout14``: frozen, written before the fourteenth round and run once at its end, tuned on in the
fifteenth; ``heldout15``: frozen, written before the fifteenth round and run once at its end, tuned on in the
sixteenth; ``heldout16``: frozen, written by a separate helper before the sixteenth round, run once after its
merge, tuned on in the seventeenth; ``heldout17``: frozen, written by a separate helper before the seventeenth
round, run once after its merge, tuned on in the eighteenth; ``heldout18``: frozen, written by a separate helper
before the eighteenth round, run once after its merge, tuned on in the nineteenth; ``heldout19``: frozen, written
by a separate helper before the nineteenth round, never seen by its tuners, run once after its merge, tuned on in
the twentieth; ``heldout20``: frozen, written by a separate helper before the twentieth round, never seen by its
tuners, run once after its merge, tuned on in the twenty-first; ``heldout21``: frozen, written by a separate helper
before the twenty-first round, never seen by its tuners, run once after its merge, tuned on in the
twenty-second; ``heldout22``: frozen, written by a separate helper before the twenty-second round,
never seen by its tuners, run once after its merge, tuned on in the twenty-third; ``heldout23``: frozen,
written by a separate helper before the twenty-third round, never seen by its tuners, run once after its
merge; none of the held-out banks from
v3 on is part of ``all``) a 10,000-ticket short-description export is generated and run
through the whole pipeline against the evaluation KB (``../shared/eval/kb``). Printed:

* triage: how many placeholders, tests, machine alerts and printer status mails were set aside
  (recall), and how many real requests were set aside with them (false positives);
* clustering over real requests (topics, password resets, lockouts, forms): ARI / AMI with
  unclustered tickets as singletons; how many topics come out as their own cluster; the share of
  per-application password resets that land in a password cluster;
* proposals (new articles, in report order): true gap topics in the first 30, junk in the first
  30 (clusters of placeholders, tests or alerts), password-reset or lockout clusters proposed as
  new;
* personal data in anything suggest writes (report, JSON, drafts): planted names, ids, phones;
* the trend window (its end must be where the volume ends, not at an outlier date);
* redaction recall by kind and decoys kept on the part's description-bearing PII export.

The ``rich`` variant (banks with a description-bearing export, ``rich.csv``) prints ARI / AMI / V
over topic tickets, the share of one-offs put in clusters, the verdict each topic gets (gap topics
must be proposed as new, covered topics must not), and redaction recall and decoys on that export.
"""
from __future__ import annotations

import argparse
import hashlib
import html
import json
import re
import shutil
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from kbgen.suggest.importers import load_tickets  # noqa: E402
from kbgen.suggest.pipeline import SuggestOptions, run_suggest  # noqa: E402
from kbgen.suggest.redact import redact_tickets  # noqa: E402
from suggest_data.make import write  # noqa: E402

KB = ROOT.parent / "shared" / "eval" / "kb"
JUNK = {"placeholder", "test", "alert", "printer-status"}
REAL = {"topic", "password", "app-password", "lockout", "form"}


def _truth(path: Path) -> dict[str, dict]:
    return {r["number"]: r for r in map(json.loads, path.read_text(encoding="utf-8").splitlines())}


def _majority(ids, truth, key="topic"):
    return Counter(truth[i][key] for i in ids if i in truth).most_common(1)[0][0]


def triage_figures(result, truth) -> str:
    aside = {i: kind for kind, ids in getattr(result, "set_aside", {}).items() for i in ids}
    junk = [n for n, r in truth.items() if r["family"] in JUNK]
    by_family = Counter(truth[n]["family"] for n in aside)
    caught = sum(n in aside for n in junk)
    real_aside = sum(v for f, v in by_family.items() if f in REAL)
    parts = ", ".join(f"{f} {sum(n in aside for n in truth if truth[n]['family'] == f)}/"
                      f"{sum(1 for r in truth.values() if r['family'] == f)}" for f in sorted(JUNK))
    return (f"triage: junk set aside {caught}/{len(junk)} ({caught / max(1, len(junk)):.1%}; {parts}); "
            f"real requests set aside {real_aside} of {sum(1 for r in truth.values() if r['family'] in REAL)}; "
            f"vague/one-off set aside {by_family['vague'] + by_family['oneoff']}")


def cluster_figures(result, truth) -> str:
    from sklearn.metrics import adjusted_mutual_info_score, adjusted_rand_score

    label = {t: c.id for c in result.clusters for t in c.tickets}
    ids = [n for n, r in truth.items() if r["family"] in REAL]
    true = [truth[n]["topic"] for n in ids]
    pred = [label.get(n, "single-" + n) for n in ids]
    topics = Counter(true)
    own = 0
    for topic, size in topics.items():
        members = [n for n in ids if truth[n]["topic"] == topic]
        best = Counter(label.get(n) for n in members if n in label).most_common(1)
        if best:
            cluster = next(c for c in result.clusters if c.id == best[0][0])
            inside = best[0][1]
            precision = inside / cluster.size
            own += inside / size >= 0.5 and precision >= 0.5
    majority = {c.id: _majority(c.tickets, truth) for c in result.clusters}
    apps = [n for n in ids if truth[n]["family"] == "app-password"]
    with_password = sum(majority.get(label.get(n)) in ("password-reset", "app-password-reset") for n in apps)
    return (f"clusters over {len(ids)} real requests: ARI {adjusted_rand_score(true, pred):.3f}  "
            f"AMI {adjusted_mutual_info_score(true, pred):.3f}  clusters {len(result.clusters)}; "
            f"topics found as their own cluster {own}/{len(topics)}; app password resets in a password "
            f"cluster {with_password}/{len(apps)}")


def proposal_figures(result, truth) -> tuple[str, list[str]]:
    rows = [r for r in result.rows if r.coverage.verdict == "gap"]
    lines, gaps_found, junk, password_new = [], set(), 0, []
    gap_topics = {r["topic"] for r in truth.values() if r["kb"] == "gap"}
    for rank, row in enumerate(rows, 1):
        topic = _majority(row.cluster.tickets, truth)
        family = _majority(row.cluster.tickets, truth, "family")
        if rank <= 30:
            gaps_found |= {topic} & gap_topics
            junk += family in JUNK
        if topic in ("password-reset", "app-password-reset", "lockout"):
            password_new.append(f"{rank}:{topic}")
        lines.append(f"  {rank:>3} {row.cluster.size:>5} {family:14} {topic:24} {row.cluster.title[:60]}")
    return (f"proposals: {len(rows)} new articles; true gaps in the first 30: {len(gaps_found)}/{len(gap_topics)}; "
            f"junk in the first 30: {junk}; password/lockout proposed as new: {password_new or 'none'}"), lines


def leak_figures(result, truth, out_dir: Path, json_path: Path, ordinary: set[str]) -> str:
    written = [result.markdown, json_path.read_text(encoding="utf-8")]
    written += [p.read_text(encoding="utf-8") for p in out_dir.glob("*.md")]
    text = html.unescape("\n".join(written).replace("\\", ""))
    leaks = Counter()
    examples = []
    output_words = {w.lower() for w in re.findall(r"[^\W\d_]+", text)}
    for record in truth.values():
        for span in record["spans"]:
            value = span["text"]
            if len(value) < 3:
                continue
            if " " not in value and value.lower() in ordinary:
                continue  # a one-word span that is also an ordinary word of the export ("Hall")
            if value in text and re.search(r"(?<!\w)" + re.escape(value) + r"(?!\w)", text):
                leaks[span["kind"]] += 1
                if len(examples) < 8:
                    examples.append(value)
            if span["kind"] == "person_name":
                for part in re.findall(r"[^\W\d_]{3,}", value):
                    if part.lower() in ("dr",):
                        continue
                    if part.lower() not in ordinary and part.lower() in output_words:
                        leaks["name part"] += 1
                        if len(examples) < 8:
                            examples.append(part)
    titles = [r.cluster.title for r in result.rows]
    amp = sum("&amp;" in line for line in result.markdown.splitlines()) + sum("&amp;" in t for t in titles)
    return f"personal data in outputs: {dict(leaks) or 'none'} {examples[:8] if examples else ''}; '&amp;' in titles: {amp}"


def ordinary_words(part: str) -> set[str]:
    """Lower-cased words of the bank's own non-personal text and of the KB's titles: a name part
    that is also such a word ("Long", "Will") is not counted as a leak when it appears."""
    import importlib

    bank = importlib.import_module(f"suggest_data.{part}")
    texts = [t for _, _, _, templates in bank.TOPICS for t in templates]
    texts += bank.PLACEHOLDERS + bank.TESTS + bank.ALERTS + bank.PRINTER_STATUS + bank.VAGUE
    texts += bank.ONEOFF_OBJECTS + bank.ONEOFF_COMPLAINTS + bank.ONEOFF_FREE + bank.APPS + bank.DEPTS + bank.BUILDINGS
    texts += [f[2] for f in bank.FORMS] + bank.PASSWORD_GENERIC + bank.APP_PASSWORD + bank.LOCKOUT
    texts += list(getattr(bank, "PLANTS", ()))
    for _, _, _, subjects, bodies, notes in getattr(bank, "RICH_TOPICS", ()):
        texts += subjects + bodies + notes
    for name in ("RICH_COMMENTS", "RICH_GENERIC_NOTES", "RICH_ONEOFF_BODIES"):
        texts += list(getattr(bank, name, ()))
    texts += [line for p in KB.rglob("*.md") for line in p.read_text(encoding="utf-8").splitlines()
              if line.startswith("title:")]
    from faker.providers.lorem.en_US import Provider as Lorem  # the generator's one-off words

    texts += list(Lorem.word_list)
    return {w.lower() for t in texts for w in re.findall(r"[^\W\d_]+", re.sub(r"\{\w+\}", " ", t))}


def pii_figures(part_dir: Path, export: str = "pii.csv", truth_file: str = "pii-truth.jsonl",
                redacted: dict | None = None) -> str:
    if redacted is None:
        tickets = load_tickets([part_dir / export]).tickets
        redacted = {t.ticket_id: t for t in redact_tickets(tickets)}
    truth = [json.loads(line) for line in (part_dir / truth_file).read_text(encoding="utf-8").splitlines()]
    found, total, decoys, kept = Counter(), Counter(), 0, 0
    missed = defaultdict(list)
    for record in truth:
        t = redacted[record["number"]]
        text = "\n".join([t.subject, t.description, t.close_notes, t.caller, *t.comments])
        for span in record["spans"]:
            total[span["kind"]] += 1
            leaked = re.search(r"(?<!\w)" + re.escape(span["text"]) + r"(?!\w)", text)
            found[span["kind"]] += not leaked
            if leaked and len(missed[span["kind"]]) < 4:
                missed[span["kind"]].append(span["text"])
        for decoy in record["decoys"]:
            decoys += 1
            kept += bool(re.search(r"(?<!\w)" + re.escape(decoy["text"]) + r"(?!\w)", text))
    overall = sum(found.values()) / max(1, sum(total.values()))
    kinds = " ".join(f"{k}={found[k] / total[k]:.3f}" for k in sorted(total))
    return f"PII recall {overall:.4f} over {sum(total.values())} spans; decoys kept {kept / max(1, decoys):.3f}\n    {kinds}", missed


def rich_figures(result, truth) -> list[str]:
    """Clustering and verdicts on a description-bearing export (topic ``-`` = one-off)."""
    from sklearn.metrics import adjusted_mutual_info_score, adjusted_rand_score, v_measure_score

    label = {t: c.id for c in result.clusters for t in c.tickets}
    ids = [n for n, r in truth.items() if r["topic"] != "-"]
    true = [truth[n]["topic"] for n in ids]
    pred = [label.get(n, "single-" + n) for n in ids]
    oneoffs = [n for n, r in truth.items() if r["topic"] == "-"]
    in_cluster = sum(n in label for n in oneoffs) / max(1, len(oneoffs))
    verdict = {row.cluster.id: row.coverage.verdict for row in result.rows}
    gap_rank = {row.cluster.id: k for k, row in enumerate([r for r in result.rows if r.coverage.verdict == "gap"], 1)}
    lines = [f"clusters over {len(ids)} topic tickets: ARI {adjusted_rand_score(true, pred):.3f}  "
             f"AMI {adjusted_mutual_info_score(true, pred):.3f}  V {v_measure_score(true, pred):.3f}  "
             f"clusters {len(result.clusters)}; one-offs in clusters {in_cluster:.0%}"]
    wrong, gaps = [], []
    for topic, kb in sorted({(r["topic"], r["kb"]) for r in truth.values() if r["topic"] != "-"}):
        members = [n for n in ids if truth[n]["topic"] == topic]
        sizes = Counter(label[n] for n in members if n in label)
        verdicts = Counter()
        for cluster, count in sizes.items():
            verdicts[verdict.get(cluster, "-")] += count
        main = verdicts.most_common(1)[0][0] if verdicts else "unclustered"
        if kb == "gap":
            ranks = sorted(gap_rank[c] for c in sizes if c in gap_rank)
            gaps.append(f"{topic}: {main} (gap ranks {ranks[:3]})")
        elif main == "gap":
            wrong.append(topic)
    lines.append("gap topics: " + "; ".join(gaps))
    lines.append(f"covered topics proposed as new: {wrong or 'none'}")
    return lines


def run_rich(part: str, data: Path, work: Path, pii: bool) -> None:
    truth = _truth(data / "rich-truth.jsonl")
    project = work / f"kb-{part}-rich"
    if project.exists():
        shutil.rmtree(project)
    shutil.copytree(KB, project)
    json_path = work / f"{part}-rich.json"
    redacted_path = work / f"{part}-rich-redacted.jsonl"
    start = time.perf_counter()
    result = run_suggest([data / "rich.csv"], project, SuggestOptions(json_path=json_path, redacted_out=redacted_path))
    print(f"\n== {part} / rich ({len(truth)} tickets with descriptions, {time.perf_counter() - start:.1f} s)")
    print("\n".join(rich_figures(result, truth)))
    out = project / "content" / "articles" / "_suggested"
    print(leak_figures(result, truth, out, json_path, ordinary_words(part)))
    if pii:
        redacted = {}
        for line in redacted_path.read_text(encoding="utf-8").splitlines():
            r = json.loads(line)
            redacted[r["ticket_id"]] = _Redacted(r["subject"], r["description"], r["close_notes"], r["caller"],
                                                 tuple(r["comments"]))
        figures, _ = pii_figures(data, truth_file="rich-truth.jsonl", redacted=redacted)
        print(figures)


class _Redacted:
    """The fields of one redacted ticket as written by ``--redacted-out``."""

    def __init__(self, subject, description, close_notes, caller, comments):
        self.subject, self.description, self.close_notes = subject, description, close_notes
        self.caller, self.comments = caller, comments


def _caller_half(caller: str, number: str) -> str:
    """``a`` or ``b`` by a fixed hash of the caller (of the ticket number when there is none), so
    one caller's tickets all fall in one half and the split never depends on the code under test.
    Both halves are filled from the same templates (the same phrasings, often the same strings): a
    split by caller, not a held-out phrasing."""
    digest = hashlib.sha256((caller or number).encode("utf-8")).digest()
    return "ab"[digest[0] & 1]


def split_half(data: Path, half: str) -> Path:
    """A copy of the part's exports and truth holding only the tickets of one half of the callers."""
    import csv

    out = data / f"half-{half}"
    out.mkdir(exist_ok=True)
    with open(data / "export.csv", encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    keep = {r["number"] for r in rows if _caller_half(r["caller_id"], r["number"]) == half}
    for name in ("export.csv", "subjects.csv"):
        with open(data / name, encoding="utf-8", newline="") as handle:
            reader = csv.reader(handle)
            header = next(reader)
            kept = [row for row in reader if row[0] in keep]
        with open(out / name, "w", encoding="utf-8", newline="") as handle:
            csv.writer(handle, quoting=csv.QUOTE_ALL, lineterminator="\r\n").writerows([header, *kept])
    lines = (data / "truth.jsonl").read_text(encoding="utf-8").splitlines()
    (out / "truth.jsonl").write_text("".join(line + "\n" for line in lines if json.loads(line)["number"] in keep),
                                     encoding="utf-8")
    return out


def run_part(part: str, variant: str, work: Path, show: bool, pii: bool, half: str | None = None) -> None:
    data = work / part
    if not (data / "export.csv").exists():
        write(part, data)
    if half:
        data = split_half(data, half)
        variant_label = f"{variant}, callers' half {half}"
    else:
        variant_label = variant
    if variant == "rich":
        if (data / "rich.csv").exists():
            run_rich(part, data, work, pii)
        return
    truth = _truth(data / "truth.jsonl")
    project = work / f"kb-{part}-{variant}{'-' + half if half else ''}"
    if project.exists():
        shutil.rmtree(project)
    shutil.copytree(KB, project)
    out = project / "content" / "articles" / "_suggested"
    json_path = work / f"{part}-{variant}{'-' + half if half else ''}.json"
    export = data / ("export.csv" if variant == "caller" else "subjects.csv")
    start = time.perf_counter()
    result = run_suggest([export], project, SuggestOptions(json_path=json_path))
    seconds = time.perf_counter() - start
    print(f"\n== {part} / {variant_label} ({len(truth)} tickets, {seconds:.1f} s)")
    print(triage_figures(result, truth))
    print(cluster_figures(result, truth))
    summary, lines = proposal_figures(result, truth)
    print(summary)
    print(leak_figures(result, truth, out, json_path, ordinary_words(part)))
    window = re.search(r"[^\n]*(?:last 14 days|window)[^\n]*", result.markdown)
    print("trend:", window.group(0)[:200] if window else "-")
    if show:
        print("\n".join(lines[:40]))
    if pii and variant == "caller" and not half:
        figures, missed = pii_figures(data)
        print(figures)
        if show:
            for kind, values in missed.items():
                print(f"    missed {kind}: {values}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--part", choices=["tune", "tune2", "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7", "heldout8", "heldout9", "heldout10", "heldout11", "heldout12", "heldout13", "heldout14", "heldout15", "heldout16", "heldout17", "heldout18", "heldout19", "heldout20", "heldout21", "heldout22", "heldout23", "all"], default="all")
    parser.add_argument("--variant", choices=["caller", "subjects", "rich", "all"], default="all")
    parser.add_argument("--work", type=Path, help="Keep generated data and outputs here.")
    parser.add_argument("--show", action="store_true", help="List proposals and missed spans.")
    parser.add_argument("--no-pii", action="store_true")
    parser.add_argument("--half", choices=["a", "b"],
                        help="Only the tickets of one half of the callers (a fixed hash of the caller): the "
                             "same templates fill both halves, so this splits callers, not phrasings. "
                             "Caller and subjects variants only.")
    args = parser.parse_args()
    if args.half and args.variant == "rich":
        parser.error("--half splits the caller export; the rich export has no half (use --variant caller or subjects)")
    if not KB.is_dir():
        print(f"no evaluation KB at {KB}", file=sys.stderr)
        return 1
    parts = ["tune", "tune2", "heldout", "heldout2"] if args.part == "all" else [args.part]
    variants = ["caller", "subjects", "rich"] if args.variant == "all" else [args.variant]
    if args.half and "rich" in variants:
        variants.remove("rich")
        print("--half: the rich export is not split; running the caller and subjects variants only")
    with tempfile.TemporaryDirectory() as tmp:
        work = args.work or Path(tmp)
        for part in parts:
            for variant in variants:
                run_part(part, variant, work, args.show, not args.no_pii, args.half)
    return 0


if __name__ == "__main__":
    sys.exit(main())
