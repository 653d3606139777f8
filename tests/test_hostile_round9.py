"""Round 9 of the robustness audit: code spans found as Python-Markdown finds them (an escaped
backtick opens none), serve's answer to paths that are no UTF-8, quiet exits into a closed pipe,
forks after native thread pools started, and the findings of attacking suggest's exports, the
agents' replies, check's output on hostile file names, redirects, announcements and feeds."""
from __future__ import annotations

import pytest

from conftest import article

NOW = "2026-03-01T09:00:00+00:00"


# ------------------------------------------------------------------ item 1: escaped backticks

#: A missing article linked around code: written plain, after an escaped backtick (a literal
#: '`', which opens no code span), after an escaped backslash (a real span opens after it), and
#: inside code that an unpaired run leaves open until a shorter run closes it.
@pytest.mark.parametrize("body, broken", [
    ("Type \\` then see [gone](missing-a.md) and `code`.", True),
    ("Type \\`\\` then [gone](missing-a.md) `x`.", True),
    ("Use `one` then \\` and [gone](missing-a.md) then `two`.", True),
    ("Type \\\\`[gone](missing-a.md)` in a shell.", False),  # '\\\\' is a backslash, then code
    ("Shell `a\\` [gone](missing-a.md) `b`.", True),  # code knows no escapes: '\\`' closes it
    ("Run ``` x [gone](missing-a.md) `` y.", False),  # a shorter run closes a longer one
    ("Half `open\n\n[gone](missing-a.md) `closed`.", True),  # a blank line ends every span
    ("Plain `[gone](missing-a.md)` in code.", False),
])
def test_a_link_after_an_escaped_backtick_is_checked(make_project, body, broken):
    from kbgen.build import load_project

    project = make_project({"content/articles/a.md": article("KB0001", "A", body)})
    found = [d.format() for d in load_project(project)[1] if "missing-a.md" in d.message]
    assert bool(found) == broken, found


#: What a mix is made of: backtick runs of one to five, backslashes, words, links, and every
#: kind of line end and of white space a line may hold (a line of spaces and tabs is blank to
#: Python-Markdown, one of a form feed or vertical tab is text).
_MIX_PIECES = ["`", "``", "```", "````", "`````", "\\", "\\\\", "w", " ", "\t", "[t](n.md)", "\n", "\n\n",
               "\n \t\n", "\r\r", "\r\n\r\n", "\n\f\n", "\n\v\n"]


def test_check_and_the_site_agree_on_every_code_span():
    """3,000 random mixes (20,000 were run once, round 9): the check finds a link exactly when
    the site's Markdown (with kbgen's bounded inline processor) renders it. Plain
    Python-Markdown is not the reference here: after a run nothing closes it skips two more
    characters (``find_code_spans`` adds the run's length twice), so ```` ``w```` ```` renders
    a link inside the four-backtick span CommonMark and the site see."""
    import random

    import markdown

    from kbgen.links import find_links

    rng = random.Random(9)
    for _ in range(3000):
        text = "p " + "".join(rng.choice(_MIX_PIECES) for _ in range(rng.randint(1, 14)))
        for end in ("\n", "\r"):  # no fences, no indented code
            text = text.replace(end + "`", end + ".`").replace(end + " ", end + ".").replace(end + "\t", end + ".")
        html = markdown.markdown(text, extensions=["fenced_code", "kbgen.site.linear"])
        assert html.count('href="n.md"') == sum(link.target == "n.md" for link in find_links(text)), text


@pytest.mark.parametrize("between, resets", [("\n \t\n", True), ("\r\r", True), ("\r\n\r\n", True),
                                             ("\n\f\n", False), ("\n\v\n", False), ("\n\xa0\n", False)])
def test_emphasis_depth_and_code_spans_share_one_blank_line(between, resets):
    """The emphasis limit ended a paragraph at ``\\n[ \\t]*\\n`` and code spans (in check and
    site) also at a line of a form feed, which plain Python-Markdown reads as text: now both use
    Python-Markdown's blank line (spaces and tabs between two line ends, ``\\r`` one too)."""
    import markdown

    from kbgen.body_check import MAX_EMPHASIS, _emphasis_too_deep
    from kbgen.links import code_spans, find_links

    deep = MAX_EMPHASIS + 2  # openers before the line, their closers after it
    assert (_emphasis_too_deep("*a " * deep + between + "b* " * deep) is None) == resets
    assert (code_spans("`a" + between + "b`") == []) == resets
    text = "`[t](n.md)" + between + "b`"  # a link in code unless the line between is blank
    for extensions in ([], ["kbgen.site.linear"]):  # plain Python-Markdown and the site agree
        assert ('href="n.md"' in markdown.markdown(text, extensions=extensions)) == resets, extensions
    assert bool(find_links(text)) == resets


def test_code_spans_stay_linear_with_many_unclosed_escaped_runs():
    import time

    from kbgen.links import code_spans

    text = ("\\` `` \\\\``` " * 40_000) + "\n\n" + ("` " * 100_000)
    started = time.process_time()
    code_spans(text)
    assert time.process_time() - started < 5.0


# ------------------------------------------------------------------ item 2: serve's odd paths

def _raw_status(port: int, path: bytes) -> tuple[int, bytes]:
    """The status and body ``kbgen serve`` answers to ``path`` sent byte for byte (no client
    normalises it first)."""
    import socket

    with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
        sock.sendall(b"GET " + path + b" HTTP/1.0\r\nHost: localhost\r\n\r\n")
        answer = b""
        while chunk := sock.recv(65536):
            answer += chunk
    head, _, body = answer.partition(b"\r\n\r\n")
    return int(head.split()[1]), body


@pytest.mark.slow
def test_serve_answers_no_other_page_for_a_path_that_is_no_utf8_or_climbs(make_project):
    import signal
    import subprocess
    import sys

    from test_serve import fetch, free_port, wait_for

    project = make_project({"content/articles/a.md": article("KB0001", "First title"),
                            "content/articles/ab.md": article("KB0002", "Second title")})
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "kbgen", "serve", "--project", str(project), "--port", str(port)],
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        home = wait_for(lambda: fetch(f"http://127.0.0.1:{port}/"))
        assert "First title" in home
        for path in [b"/%ff%fe/", b"/articles/kb0002-a%ffb/", b"/%c0%af/", b"/%e0%80%af/", b"/%ed%a0%80/",
                     b"/\xff/"]:
            status, body = _raw_status(port, path)
            assert status == 404 and b"First title" not in body, (path, status)
        for path in [b"/../", b"/%2e%2e/", b"/articles/%2E%2E/", b"/a/../index.html", b"/%00/"]:
            status, body = _raw_status(port, path)  # climbs or cannot be a file: refused as asked
            assert status == 400 and b"First title" not in body, (path, status)
        status, body = _raw_status(port, b"/..%2f")  # a name with a slash in it: no such page
        assert status in (400, 404) and b"First title" not in body, status
        assert _raw_status(port, b"/articles/kb0002-ab/")[0] == 200  # a real page still answers
        server.send_signal(signal.SIGTERM)
        output = server.communicate(timeout=15)[0]
    finally:
        if server.poll() is None:
            server.kill()
    assert "Traceback" not in output


# ------------------------------------------------------------------ item 3: closed pipes and streams

def _kbgen_into_closed_pipe(project, *args: str, both: bool = False):
    """Run kbgen with its standard output (and error, with ``both``) a pipe nobody reads."""
    import os
    import subprocess
    import sys

    read, write = os.pipe()
    os.close(read)  # the reader is gone before kbgen writes a word (`| head -0`, `| true`)
    try:
        return subprocess.run([sys.executable, "-m", "kbgen", *args, "--project", str(project)], stdout=write,
                              stderr=write if both else subprocess.PIPE, timeout=300)
    finally:
        os.close(write)


@pytest.mark.parametrize("args, both", [
    (("check", "--now", NOW), False), (("check", "--now", NOW, "--format", "json"), True),
    (("build", "--now", NOW, "--no-cache"), False), (("build", "--now", NOW), True),
    (("report", "stale", "--now", NOW), False), (("link", "KB0001", "--format", "snippet"), False),
])
def test_a_closed_pipe_ends_kbgen_quietly(make_project, args, both):
    """``kbgen check | head -1``: kbgen's next line met a closed pipe, and kbgen said it had
    failed unexpectedly ('a bug in kbgen', exit 70). Now it stops without a word, with the
    status a shell gives a tool its closed pipe stopped, and a build already made stays."""
    project = make_project({f"content/articles/a{n}.md": article(f"KB{n:04d}", f"T {n}", "[x](a1.md)")
                            for n in range(1, 4)})
    result = _kbgen_into_closed_pipe(project, *args, both=both)
    noise = b"" if both else result.stderr
    assert result.returncode == 141 and b"Traceback" not in noise and b"unexpectedly" not in noise, noise
    if args[0] == "build":  # the site was written before the closing line met the pipe
        assert (project / "site/articles/kb0001-a1/index.html").is_file()


def test_a_reader_that_takes_one_line_and_goes_stops_kbgen_quietly(make_project):
    """``kbgen check | head -1`` as it happens: the reader takes the first line, then closes
    the pipe while kbgen still has findings to write (more than a pipe holds)."""
    import subprocess
    import sys

    body = "\n\n".join(f"See [gone](missing-{n}.md)." for n in range(1500))
    project = make_project({"content/articles/a.md": article("KB0001", "A", body)})
    child = subprocess.Popen([sys.executable, "-m", "kbgen", "check", "--project", str(project), "--now", NOW],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    first = child.stdout.readline()
    child.stdout.close()
    stderr = child.stderr.read()
    status = child.wait(timeout=300)
    assert first.startswith(b"content/articles/a.md:") and stderr == b"", (first, stderr)
    # The write under way returns the count written so far (65,536 of 150,328 bytes) and no
    # error reaches kbgen; it ended with check's own status, 1, until round 10: kbgen records
    # the short write, output was lost, so 141 (tests/test_hostile_round10.py).
    assert status == 141, status


def test_the_real_cli_with_its_stdout_closed_runs_and_says_nothing_on_stderr(make_project):
    """``kbgen check >&-``: the CLI itself (not only the helper it calls first) runs to its
    usual end with no standard output at all, and writes no complaint about it."""
    import subprocess
    import sys

    clean = make_project({"content/articles/a.md": article("KB0001", "A", "Text.")}, name="clean")
    broken = make_project({"content/articles/b.md": article("KB0002", "B", "[x](gone.md)")}, name="broken")
    for project, status in ((clean, 0), (broken, 1)):
        result = subprocess.run(["bash", "-c", f'"{sys.executable}" -m kbgen check --project "$0" --now {NOW} >&-',
                                 str(project)], capture_output=True, text=True, timeout=300)
        assert result.returncode == status and result.stderr == "", (status, result.returncode, result.stderr)


def test_silencing_a_closed_stdout_leaves_no_descriptor_open():
    """The null device opened to stand in for a stdout whose reader has gone stayed open as a
    second descriptor after ``dup2``: one leaked per silenced stream."""
    import os
    import subprocess
    import sys

    code = ("import os\nfrom kbgen.cli import _silence_closed_outputs\n"
            "before = len(os.listdir('/proc/self/fd'))\nsilenced = _silence_closed_outputs()\n"
            "os.write(2, f'{silenced} {before} {len(os.listdir(\"/proc/self/fd\"))}'.encode())\n")
    read, write = os.pipe()
    os.close(read)
    try:
        result = subprocess.run([sys.executable, "-c", code], stdout=write, stderr=subprocess.PIPE, text=True,
                                timeout=60)
    finally:
        os.close(write)
    silenced, before, after = result.stderr.split()
    assert silenced == "True" and before == after, result.stderr


def test_a_script_from_stdin_starts_no_worker_that_cannot_import_it(make_project):
    """``python - < build.py`` with the render pool started from a fork server (a thread runs):
    each worker imported the script again, found no file and printed a traceback, before the
    pages fell back to the script's own process. Now no worker is started at all."""
    import subprocess
    import sys

    project = make_project({f"content/articles/a{n}.md": article(f"KB{n:04d}", f"Topic {n}") for n in range(1, 21)})
    script = ("import threading, time\nfrom pathlib import Path\nfrom kbgen.build import build_site\n"
              "threading.Thread(target=time.sleep, args=(60,), daemon=True).start()\n"
              f"build_site(Path({str(project)!r}), Path({str(project / 'site')!r}), {NOW!r}, workers=2)\n"
              "print('built')\n")
    result = subprocess.run([sys.executable, "-"], input=script, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0 and "built" in result.stdout, result.stderr[-2000:]
    assert "Traceback" not in result.stderr, result.stderr[-2000:]
    assert (project / "site/articles/kb0001-a1/index.html").is_file()


# ------------------------------------------------------------------ item 4: native thread pools

_OPENMP_STARTED = """
import numpy as np
from kbgen import forking
points = np.random.default_rng(1).random((3000, 16))
points[:400] @ points[:400].T  # OpenBLAS's threads run (it stops them for a fork: harmless)
{before}
from sklearn.metrics import pairwise_distances_argmin
pairwise_distances_argmin(points, points[:150])  # scikit-learn's OpenMP team starts here
"""


def _python_run(code: str, timeout: float = 240):
    """Run ``code`` in a fresh Python in a session of its own; on a hang every process of it
    (forked children that wait for ever hold the output pipes open) is killed."""
    import os
    import signal
    import subprocess
    import sys

    child = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             text=True, start_new_session=True)
    try:
        out, err = child.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(child.pid, signal.SIGKILL)
        out, err = child.communicate()
        err += "\n(hung: killed)"
    return subprocess.CompletedProcess(child.args, child.returncode, out, err)


def test_the_guard_sees_openmp_threads_that_python_does_not_count():
    code = _OPENMP_STARTED.format(before="print(forking.openmp_threads_run(), forking.fork_is_safe())") + \
        "import threading, os\nprint(forking.openmp_threads_run(), threading.active_count() < len(os.listdir('/proc/self/task')))\n"
    result = _python_run(code)
    assert result.stdout.split() == ["False", "True", "True", "True"], result.stderr[-2000:]


def _with_work_module(code: str):
    """Run ``code`` (after :data:`_OPENMP_STARTED`) where ``import tests_round9_work as work``
    finds ``work.nearest``, a function that enters an OpenMP parallel region."""
    import pathlib
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        (pathlib.Path(folder) / "tests_round9_work.py").write_text(
            "import os\nfrom sklearn.metrics import pairwise_distances_argmin\n\n\n"
            "def nearest(points, start, end):\n"
            "    pairwise_distances_argmin(points[start:end + 100], points[:150])\n"
            "    return [os.getpid()]\n")
        return _python_run(f"import sys\nsys.path.insert(0, {folder!r})\n" + _OPENMP_STARTED.format(before="")
                           + "import os\nimport tests_round9_work as work\n" + code, timeout=240)


def test_suggests_forked_slices_run_after_openmp_started():
    """A forked child that entered an OpenMP parallel region after the parent's team started hung
    there for ever (libgomp waits for threads the fork did not copy): each of fork_map's children
    now limits OpenMP to one thread first, so the slices finish, in forked children."""
    result = _with_work_module("""
from kbgen.suggest.workers import fork_map
assert forking.fork_is_safe()
print(sorted(set(pid for part in fork_map(work.nearest, points, 60, 2) for pid in part) - {os.getpid()}) != [])
""")
    assert result.returncode == 0 and result.stdout.split() == ["True"], (result.stdout, result.stderr[-2000:])


def test_the_render_pools_forked_workers_run_after_openmp_started():
    """fork_is_safe() allowed a fork after OpenMP's team started because each forked child
    limits OpenMP first, but only suggest's pool did: a render worker forked then would hang
    at its first parallel region. The render pool's forked workers now do it too."""
    result = _with_work_module("""
from kbgen.site.pool import RenderPool
pool = RenderPool(2).start(fork=True)
print(pool.executor._mp_context.get_start_method())
print(pool.executor.submit(work.nearest, points, 0, 60).result(timeout=60)[0] != os.getpid())
pool.close()
""")
    assert result.returncode == 0 and result.stdout.split() == ["fork", "True"], (result.stdout, result.stderr[-2000:])


def test_without_threadpoolctl_a_process_whose_openmp_threads_run_does_not_fork():
    """With nothing to limit a forked child's OpenMP, neither pool forks once OpenMP's threads
    run: the render pool starts its workers from a fork server (whose children never had the
    team, so the work still runs there), suggest works its slices in its own process."""
    result = _with_work_module("""
forking._openmp_limiter_available = lambda: False  # as where threadpoolctl is not installed
from kbgen.site.pool import RenderPool
from kbgen.suggest.workers import can_fork, fork_map
print(forking.openmp_threads_run(), forking.fork_is_safe(), can_fork(2, 100, 10))
pool = RenderPool(2).start(fork=True)
print(pool.executor._mp_context.get_start_method())
print(pool.executor.submit(work.nearest, points, 0, 60).result(timeout=60)[0] != os.getpid())
pool.close()
print(set(pid for part in fork_map(work.nearest, points, 60, 2) for pid in part) == {os.getpid()})
""")
    assert result.stdout.split() == ["True", "False", "False", "forkserver", "True", "True"], \
        (result.stdout, result.stderr[-2000:])


# ------------------------------------------------------------------ hostile file names in outputs

#: File names a writer can create (copied from another system, or made on purpose to forge a
#: CI log): a line break followed by what looks like a finding, terminal escapes that erase the
#: line, a carriage return, a bidi override and a bell.
_HOSTILE_NAMES = ["n\nforged.md:1:1: error[forged]: fake.md", "e\x1b[2K\x1b[1Gx.md", "r\rx.md", "b\u202egpj.md",
                  "g\x07.md"]


def _hostile_named_project(make_project, body: str):
    return make_project({f"content/articles/{name}": article(f"KB{9100 + n}", f"T{n}", body)
                         for n, name in enumerate(_HOSTILE_NAMES)})


def _no_control_reaches(output: str) -> None:
    assert not any(ch in output for ch in "\x1b\r\x07\u202e"), repr(output)
    assert all("forged" not in line or not line.startswith("forged") for line in output.split("\n"))


def test_check_in_githubs_format_writes_no_terminal_control_from_a_file_name(make_project):
    from test_hostile_input import run

    project = _hostile_named_project(make_project, "[x](gone.md)")
    result = run("check", "--project", str(project), "--now", NOW, "--format", "github")
    assert result.exit_code == 1 and result.output.count("::error file=") >= len(_HOSTILE_NAMES), result.output
    _no_control_reaches(result.output)
    assert "n%0Aforged.md%3A1%3A1%3A" in result.output  # a line break as GitHub reads it back


def test_the_stale_report_writes_each_file_name_on_its_own_line(make_project):
    """``kbgen report stale`` printed paths as they are: a name's line break made a line that
    read as a finding, and an ANSI escape erased the line it was on."""
    from test_hostile_input import run

    project = _hostile_named_project(make_project, "Text.")
    result = run("report", "stale", "--project", str(project), "--now", NOW)
    assert result.exit_code == 0 and result.output.count("never reviewed") == len(_HOSTILE_NAMES), result.output
    _no_control_reaches(result.output)


#: Names JSON itself would leave raw (``ensure_ascii=False``): a bidi override, NEL (a line end
#: to some terminals and editors), a zero-width joiner's neighbour U+2066 (an isolate).
_JSON_RAW_NAMES = ["b\u202egpj.md", "c\x85d.md", "i\u2066x.md"]


@pytest.mark.parametrize("args, body", [(("check", "--format", "json"), "[x](gone.md)"),
                                        (("report", "stale", "--json"), "Text.")])
def test_json_output_escapes_what_a_terminal_acts_on_and_reads_back_the_same_names(make_project, args, body):
    """``check --format json`` and ``report stale --json`` wrote a bidi override and U+0085 as
    they were (JSON allows them), so the output shown in a terminal or CI log was reordered
    there. Now they are JSON escapes: the characters never appear, and a tool parsing the JSON
    still gets each file name exactly."""
    import json

    from test_hostile_input import run

    project = make_project({f"content/articles/{name}": article(f"KB{9200 + n}", f"T{n}", body)
                            for n, name in enumerate(_JSON_RAW_NAMES)})
    result = run(*args, "--project", str(project), "--now", NOW)
    assert not any(ch in result.output for ch in "\u202e\x85\u2066"), repr(result.output)
    assert "\\u202e" in result.output and "\\u0085" in result.output
    data = json.loads(result.output)
    rows = data if isinstance(data, list) else [row for group in data["owners"] for row in group["articles"]]
    named = {row.get("file") or row.get("path") for row in rows}
    assert all(any(name in (where or "") for where in named) for name in _JSON_RAW_NAMES), named


def test_printable_json_escapes_a_character_past_the_bmp_as_two_surrogates():
    import json

    from kbgen.errors import printable_json

    value = {"k": "tag\U000e0041 nel\x85 caf\u00e9 \u65e5\u672c", "lone": "x\ud800"}
    text = printable_json(value)
    assert text.isascii() is False and "caf\u00e9" in text and "\\udb40\\udc41" in text
    assert json.loads(text) == value and all(ch.isprintable() or ch == "\n" for ch in text)


def test_search_batch_escapes_what_a_terminal_acts_on_in_a_query(make_project):
    """``kbgen search --batch`` prints each query it read back in its JSON line: a bidi override
    or U+0085 in the input reordered or broke the terminal's line (front-matter titles refuse
    them; the queries are anybody's text). They are JSON escapes now, as in ``check``'s JSON
    (``--json`` and ``--reply --json`` print through the same function), and a tool reading the
    line gets the query exactly."""
    import json

    from click.testing import CliRunner

    from kbgen.cli import main

    project = make_project({"content/articles/plotter.md": article("KB9301", "Quarzite plotter jams",
                                                                   "The quarzite plotter jams.")})
    query = "quarzite \u202eplotter\x85 jams"
    result = CliRunner().invoke(main, ["search", "--batch", "-", "--project", str(project)], input=query + "\n")
    assert result.exit_code == 0, result.output
    assert "\u202e" not in result.output and "\x85" not in result.output and "\\u202e" in result.output
    assert json.loads(result.output)["query"] == query


# ------------------------------------------------------------------ the agents' Markdown reply

@pytest.mark.parametrize("title, written", [
    ("Fonts &amp; colours", "Fonts \\&amp; colours"),  # a reference Markdown would turn into '&'
    ("Show &lt;b&gt; tags", "Show \\&lt;b\\&gt; tags"), ("Char &#60;x", "Char \\&#60;x"),
    ("Q&A and R&D", "Q&A and R&D"),  # a lone '&' is text in Markdown: left as it is
])
def test_the_markdown_reply_keeps_a_title_that_looks_like_a_character_reference(title, written):
    """A title written ``Show &lt;b&gt; tags`` (the words, as the article page shows them) was
    pasted by *Copy reply (Markdown)* as ``Show <b> tags``: CommonMark turns a character
    reference into its character. The '&' that starts one is escaped like the other markup."""
    from kbgen.snippets import markdown_escape

    assert markdown_escape(title) == written


# ------------------------------------------------------------------ suggest on hostile exports

def test_a_json_export_with_a_key_twice_in_a_ticket_is_a_warning(make_project, tmp_path):
    """A ticket object naming one field twice (a hand-edited or badly joined export) is
    ambiguous: which subject is meant? The run should say so, naming the key, and go on."""
    from test_hostile_input import run

    records = ",".join('{"number": "INC%d", "short_description": "Quorvel plotter hums at the grelm tray", '
                       '"short_description": "Grelm tray of the Quorvel plotter: no sheet comes out", '
                       '"description": "The plotter hums.", "opened_at": "2026-02-0%d 10:00:00"}' % (n, n % 9 + 1)
                       for n in range(12))
    export = tmp_path / "export.json"
    export.write_text('{"records": [' + records + "]}")
    result = run("suggest", str(export), "--project", str(make_project()), "--min-size", "3")
    assert "short_description" in result.output and "twice" in result.output, result.output
    warned = [line for line in result.output.splitlines() if "given twice" in line]
    assert len(warned) == 1 and "export.json" in warned[0] and "ticket INC0:" in warned[0], result.output
    assert "11 more tickets" in warned[0] and "the last value is used" in warned[0]
