"""``kbgen serve``: build into a temporary folder, serve it, rebuild on change, reload browsers.

Uses MkDocs' live-reload server (this is the render adapter's side of the fence). A build with
errors prints its diagnostics and keeps serving the last good site. The address is checked
before the first build, a request the file system cannot answer (``%00`` in the path), that
climbs (``..``) or that Windows reads as a climb or a drive (a backslash, ``c:``) is a 400, a
missing page (and a path that is no UTF-8) is the site's own 404 page, HEAD is answered without a
body and any method but GET and HEAD is a 405, and the temporary folder
goes when the server stops (Ctrl+C or SIGTERM) or, after a ``kill -9``, at the next start. Rebuilds go through the build
cache like ``kbgen build`` (only what changed is rendered), in this process: the server's
threads are running by then, and a process with threads must not fork workers.
"""
from __future__ import annotations

import errno
import logging
import posixpath
import re
import socket
import sys
import tempfile
import threading
from pathlib import Path
from typing import Iterable

from ..build import build_site
from .urls import reads_as_scheme
from ..errors import BadOption, KbgenError, ValidationFailed
from .workdirs import clean_serve_leftovers, serve_prefix


def _say(text: str, error: bool = False) -> None:
    print(text, file=sys.stderr if error else sys.stdout, flush=True)


def _rebuild(project: Path, site: Path, root: str) -> None:
    """Build again after a change; never raises, so the server never stops or hangs. ``root``:
    the project as seen from where kbgen runs, put before the paths printed (as every command
    prints them). A failed build's search index, told to stop, is waited for by the next build
    before it starts its own (:func:`~kbgen.site.late.settle_abandoned`, in ``publish``): a
    writer whose saves keep failing never has threads indexing stale content pile up."""
    try:
        result = build_site(project, site, workers=1)
    except KbgenError as exc:
        _say(exc.report(root), error=True)
        if isinstance(exc, ValidationFailed):
            _say("Keeping the last good site; fix the problems above and save again.", error=True)
        return
    except Exception as exc:  # noqa: BLE001 - a bug must not stop the server a writer relies on
        _say(f"Error: the rebuild failed unexpectedly ({type(exc).__name__}: {exc}); keeping the last "
             "good site. Please report this with the file you changed.", error=True)
        return
    _report(result, root)


def _report(result, root: str) -> None:
    """A build's warnings, then what it did."""
    for item in result.diagnostics:
        _say(item.format(root), error=True)
    _say(f"Built {result.articles} articles ({result.rendered} pages rendered) in {result.seconds:.1f} s")


_ADDRESS_PROBLEMS = {
    errno.EADDRINUSE: "port {port} is already in use on {host}; choose another --port",
    errno.EADDRNOTAVAIL: "{host} is not an address of this machine; use 127.0.0.1 (this machine only) "
                         "or 0.0.0.0 (every network)",
    errno.EACCES: "port {port} needs administrator rights; choose a --port above 1023",
}


def check_address(host: str, port: int) -> None:
    """Make sure the server can listen on ``host:port`` before spending time on a build.

    Raises:
        KbgenError: the host does not resolve, is not this machine's, or the port is taken.
    """
    try:
        family, kind, proto, _, address = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0]
    except (socket.gaierror, UnicodeError, OverflowError) as exc:
        raise BadOption("--host", f"{host!r} is not a known host name or address ({exc})") from None
    with socket.socket(family, kind, proto) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind(address)
        except OSError as exc:
            message = _ADDRESS_PROBLEMS.get(exc.errno, "cannot listen on {host}:{port}: " + str(exc.strerror))
            if exc.errno == errno.EADDRNOTAVAIL:  # the value itself is wrong here, not the moment
                raise BadOption("--host", message.format(host=host, port=port)) from None
            raise KbgenError(message.format(host=host, port=port)) from None


def _server_class():
    """MkDocs' live-reload server, answering 400 for paths the file system cannot hold or that
    climb (``..``), and 404 for a path that is no UTF-8 once decoded (MkDocs drops the bytes it
    cannot decode, so ``/%ff%fe/`` was the home page and ``/a%ffb/`` the page ``/ab/``)."""
    from mkdocs.livereload import LiveReloadServer

    class Server(LiveReloadServer):
        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            self._connections = threading.BoundedSemaphore(MAX_CONNECTIONS)
            self._polls = threading.BoundedSemaphore(MAX_POLLS)

        def get_request(self):
            """A connection, with :data:`IDLE_SECONDS` to send its request and take the answer:
            one that sends nothing no longer holds a thread for ever."""
            connection, address = super().get_request()
            connection.settimeout(IDLE_SECONDS)
            return connection, address

        def handle_error(self, request, client_address) -> None:
            """Quiet for a connection that timed out (:data:`IDLE_SECONDS`) or that the browser
            dropped: routine, not a fault worth a traceback; anything else as the server says."""
            if isinstance(sys.exc_info()[1], (TimeoutError, ConnectionError)):
                return
            super().handle_error(request, client_address)

        def process_request(self, request, client_address) -> None:
            """A thread for the connection while fewer than :data:`MAX_CONNECTIONS` are open;
            past that the connection is closed at once (a browser asks again)."""
            if not self._connections.acquire(blocking=False):
                self.shutdown_request(request)
                return
            try:
                super().process_request(request, client_address)
            except RuntimeError:  # no thread could be started
                self._connections.release()
                self.shutdown_request(request)

        def process_request_thread(self, request, client_address) -> None:
            try:
                super().process_request_thread(request, client_address)
            finally:
                self._connections.release()

        def shutdown(self, wait: bool = False) -> None:
            """Answers every waiting reload poll at once, then stops serving and watching; with
            ``wait``, the serving and watching threads that started are waited for."""
            with self._epoch_cond:
                self._shutdown = True
                self._epoch_cond.notify_all()
            started = self.serve_thread.ident is not None and self.observer.ident is not None
            super().shutdown(wait and started)

        def _poll(self, epoch: int, start_response) -> list[bytes]:
            """The browser's reload poll: the site's version once it is newer than ``epoch``,
            after at most :data:`POLL_SECONDS`, or at once when the server stops. At most
            :data:`MAX_POLLS` wait at once; another is a 503, which the page's script asks
            again after 3 s (MkDocs' own waits 60 s with no bound, a thread each)."""
            if not self._polls.acquire(blocking=False):
                start_response("503 Service Unavailable", [("Content-Type", "text/plain"), ("Retry-After", "3")])
                return [b"503 Service Unavailable"]
            try:
                with self._epoch_cond:
                    self._epoch_cond.wait_for(lambda: self._visible_epoch > epoch or self._shutdown,
                                              timeout=POLL_SECONDS)
                    start_response("200 OK", [("Content-Type", "text/plain")])
                    return [b"%d" % self._visible_epoch]
            finally:
                self._polls.release()

        def serve_request(self, environ, start_response) -> Iterable[bytes]:
            """Every answer for GET; for HEAD the same status and headers with no body (a body
            after HEAD breaks the next answer on a kept-alive connection); any other method
            (POST, PUT, TRACE, ...) a 405: a static site has nothing to change."""
            method = environ.get("REQUEST_METHOD", "GET")
            if method not in ("GET", "HEAD"):
                start_response("405 Method Not Allowed", [("Allow", "GET, HEAD"), ("Content-Type", "text/plain")])
                return [b"405 Method Not Allowed"]
            answer = super().serve_request(environ, start_response)
            if method == "GET":
                return answer
            if hasattr(answer, "close"):
                answer.close()  # an open file of the site
            return []

        def _serve_request(self, environ, start_response) -> Iterable[bytes] | None:
            path = environ.get("PATH_INFO", "")
            try:  # the server decodes the bytes asked for as Latin-1; a name is UTF-8
                path.encode("latin-1").decode("utf-8")
            except UnicodeError:  # an overlong form or a stray byte: no page has that name
                return None
            if _unservable(path):
                start_response("400 Bad Request", [("Content-Type", "text/plain")])
                return [b"400 Bad Request"]
            if poll := _POLL.fullmatch(path):
                if len(poll[1]) > MAX_VERSION_DIGITS:  # no version the page holds: not a wait
                    start_response("400 Bad Request", [("Content-Type", "text/plain")])
                    return [b"400 Bad Request"]
                return self._poll(int(poll[1]), start_response)
            try:
                return super()._serve_request(environ, start_response)
            except (OSError, ValueError):
                return None  # a name the file system refuses: not found

        def _build_loop(self) -> None:
            """Say the site is served only now, when the watcher runs and requests are answered:
            said before ``serve()``, an edit made at once was missed (the watcher started later)."""
            self.when_ready()
            super()._build_loop()

        def when_ready(self) -> None:
            """What to do once the site is served and watched (the caller sets it)."""

    return Server


#: Connections served at once (each a thread): a writer's few tabs use a handful.
MAX_CONNECTIONS = 64
#: Reload polls waiting at once (one per open tab of the site).
MAX_POLLS = 32
#: Longest a reload poll waits for a new version (the page asks again at once).
POLL_SECONDS = 20
#: Longest a connection may stay silent while sending its request or taking its answer.
IDLE_SECONDS = 30
#: The page script's reload poll: ``/livereload/<version>/<request id>``. Any digits match, so
#: a longer version cannot fall through to MkDocs' own unbounded 60 s wait; one longer than
#: MAX_VERSION_DIGITS (no count of builds gets there) is a 400.
_POLL = re.compile(r"/livereload/([0-9]+)/[0-9]+")
MAX_VERSION_DIGITS = 20


def _unservable(path: str) -> bool:
    """Whether a decoded request path is one no page of the site has and that could reach outside
    it: a NUL, a '..' segment (browsers resolve them before asking), a backslash (Windows joins
    at it: ``/..%5c..%5cx`` climbed out of the site there, as MkDocs' check splits at '/' only) or a
    first segment holding ':' (a drive on Windows: ``/c:/x`` is ``c:\\x``; aliases refuse it too),
    that segment taken after normalising the path as MkDocs does (``/./c:/x`` and ``//c:/x``,
    which the requests ``/%2e/c:/x`` and ``/%2fc:/x`` decode to, passed a test of the segment as
    written)."""
    normal = posixpath.normpath("/" + path).lstrip("/")
    return "\x00" in path or "\\" in path or ".." in path.split("/") or reads_as_scheme(normal)


def serve_project(project: Path, host: str = "127.0.0.1", port: int = 8000, root: str = "") -> None:
    """Serve the project's site with live reload until interrupted (``root``: the project as
    seen from where kbgen runs, put before every path printed).

    Raises:
        KbgenError: the address cannot be used, or the first build fails.
    """
    project = Path(project).resolve()
    check_address(host, port)
    clean_serve_leftovers()
    with tempfile.TemporaryDirectory(prefix=serve_prefix()) as tmp:
        site = Path(tmp) / "site"
        _report(build_site(project, site), root)
        server = _server_class()(builder=lambda: _rebuild(project, site, root), host=host, port=port,
                                 root=str(site))
        server.error_handler = lambda code: _error_page(site, code)
        logging.getLogger("mkdocs.livereload").setLevel(logging.WARNING)
        for watched in ("content", "theme", "site_config.yml"):
            if (project / watched).exists():
                server.watch(str(project / watched))
        server.when_ready = lambda: _say(f"Serving on http://{host}:{port}/ (Ctrl+C to stop)")
        try:
            server.serve()
        except KeyboardInterrupt:
            _say("Stopped.")
        except OSError as exc:
            raise KbgenError(f"cannot serve on {host}:{port}: {exc.strerror or exc}") from None
        finally:
            server.shutdown(wait=True)  # the watcher and the serving thread end before the folder goes


def _error_page(site: Path, code: int) -> bytes | None:
    """The site's own 404 page for a missing page (MkDocs' plain text otherwise)."""
    page = site / "404.html"
    return page.read_bytes() if code == 404 and page.is_file() else None
