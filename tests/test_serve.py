"""kbgen serve: a real server process that rebuilds when content changes."""
from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.request

import pytest

from conftest import article


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def fetch(url: str) -> str:
    with urllib.request.urlopen(url, timeout=5) as response:
        return response.read().decode()


def wait_for(condition, seconds: float = 30.0):
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
