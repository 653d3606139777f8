"""kbgen serve: a real server process that rebuilds when content changes."""
from __future__ import annotations

import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from conftest import article


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def fetch(url: str) -> str:
    with urllib.request.urlopen(url, timeout=5) as response:
        return response.read().decode()


def wait_for(condition, seconds: float = 90.0):  # a rebuild on a loaded machine
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            value = condition()
            if value:
                return value
        except OSError:
            pass
        time.sleep(0.3)
    raise AssertionError("timed out")


@pytest.mark.slow
def test_serve_rebuilds_on_change_and_survives_bad_input(make_project):
    project = make_project({"content/articles/a.md": article("KB0001", "First title")})
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "kbgen", "serve", "--project", str(project), "--port", str(port)],
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    url = f"http://127.0.0.1:{port}/articles/kb0001-a/"
    try:
        assert "First title" in wait_for(lambda: fetch(url))
        (project / "content/articles/b.md").write_text("---\nid: KB0001\ntitle: Clash\n---\n")
        time.sleep(2)
        assert "First title" in fetch(url)  # a broken edit keeps the last good site
        (project / "content/articles/b.md").unlink()
        (project / "content/articles/a.md").write_text(article("KB0001", "Second title"))
        wait_for(lambda: "Second title" in fetch(url))
    finally:
        server.terminate()
        output = server.communicate(timeout=10)[0]
    assert "duplicate id 'KB0001'" in output
    assert "Traceback" not in output


def status_of(url: str) -> int:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


@pytest.mark.slow
def test_serve_answers_bad_paths_and_cleans_up_on_sigterm(make_project, tmp_path):
    import tempfile

    project = make_project({"content/articles/a.md": article("KB0001", "First title")})
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True,
                          text=True).stdout.strip()
    leftover = Path(tempfile.gettempdir()) / f"kbgen-serve-{dead}-old"
    leftover.mkdir(exist_ok=True)
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "kbgen", "serve", "--project", str(project), "--port", str(port)],
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    base = f"http://127.0.0.1:{port}/"
    try:
        wait_for(lambda: fetch(base + "articles/kb0001-a/"))
        assert not leftover.exists()  # a killed server's folder is removed at the next start
        mine = list(Path(tempfile.gettempdir()).glob(f"kbgen-serve-{server.pid}-*"))
        assert len(mine) == 1
        assert status_of(base + "articles/%00/") == 400
        assert status_of(base + "a%00b.html") == 400
        assert status_of(base + "x" * 5000 + "/") == 404
        assert status_of(base + "no/such/page/") == 404
        server.send_signal(signal.SIGTERM)
        output = server.communicate(timeout=15)[0]
    finally:
        if server.poll() is None:
            server.kill()
    assert "Stopped." in output and "Traceback" not in output
    assert not mine[0].exists()


@pytest.mark.parametrize("args, message", [
    (["--port", "70000"], "70000 is not in the range 1<=x<=65535"),
    (["--host", "203.0.113.7"], "203.0.113.7 is not an address of this machine"),
    (["--host", "no-such-host.invalid"], "'--host': 'no-such-host.invalid' is not a known host name"),
])
def test_serve_refuses_an_address_it_cannot_use(make_project, args, message):
    result = subprocess.run([sys.executable, "-m", "kbgen", "serve", "--project", str(make_project()), *args],
                            capture_output=True, text=True, timeout=30)
    assert result.returncode == 2 and message in result.stderr and "Traceback" not in result.stderr


def test_serve_on_a_busy_port_says_so(make_project):
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        result = subprocess.run([sys.executable, "-m", "kbgen", "serve", "--project", str(make_project()),
                                 "--port", str(port)], capture_output=True, text=True, timeout=30)
    assert result.returncode == 1
    assert f"Error: port {port} is already in use on 127.0.0.1; choose another --port" in result.stderr
