"""The search engine's JavaScript, run from Python in V8 (the ``mini-racer`` package).

``theme/assets/kbgen-search-engine.js`` is the one implementation of search's language work
(tokens, stems, synonyms, corrections) and ranking. The browser runs it as it is; Python runs
the same file here, so ``kbgen search`` and the site's search box cannot disagree, and the
index builder analyses article text with the tokeniser and stemmer that analyse queries.

One V8 context serves the whole process; it is closed at exit (an open context would keep
the interpreter from exiting).
"""
from __future__ import annotations

import atexit
import collections
import json
import signal
import threading
from importlib import resources
from typing import TYPE_CHECKING, Any

from ..errors import KbgenError
from ..waits import checkpoint, result_of

if TYPE_CHECKING:
    import asyncio

ENGINE_FILE = "kbgen-search-engine.js"

#: The bridge Python calls: each function takes and returns JSON-able values.
_BRIDGE = """
var kbgenEngines = new Map(), kbgenNext = 0;
var kbgenBridge = {
  open: function (manifest) { kbgenNext += 1; kbgenEngines.set(kbgenNext, new KbgenSearch.Engine(manifest)); return kbgenNext; },
  close: function (id) { kbgenEngines.delete(id); return null; },
  settings: function (id) { return kbgenEngines.get(id).settings; },
  shardsFor: function (id, query) { return kbgenEngines.get(id).shardsFor(query); },
  addShard: function (id, n, text) { kbgenEngines.get(id).addShard(n, JSON.parse(text)); return null; },
  rank: function (id, query, limit) {
    var r = kbgenEngines.get(id).rank(query, limit);
    return { weak: r.weak, evidence: r.evidence,
             scored: r.scored.map(function (s) { return [s.ref, s.score, s.coverage]; }) };
  },
  candidates: function (id, query, depth) {
    var r = kbgenEngines.get(id).rank(query, depth, depth);
    return { weak: r.weak, scored: r.scored.map(function (s) { return [s.ref, s.score]; }), evidence: r.candidates };
  },
  analyse: function (id, query) {
    return kbgenEngines.get(id).analyse(query).slots.map(function (s) {
      return { text: s.text, weight: s.weight, clauses: s.clauses };
    });
  },
  analyseDocuments: function (docs) { return docs.map(KbgenSearch.analyseDocument); },
  assignShards: KbgenSearch.assignShards,
  terms: function (words) { return words.map(KbgenSearch.term); },
  words: KbgenSearch.words,
  linesWords: function (lines) { return lines.map(KbgenSearch.words); },
  stopWords: function () { return KbgenSearch.STOP_WORDS; },
  maxQuery: function () { return KbgenSearch.MAX_QUERY; },
  misspellings: function (words, known) {
    var dictionary = new Set(known);
    return words.filter(function (w) {
      return !dictionary.has(w) && KbgenSearch.edits1(w).some(function (x) { return dictionary.has(x); });
    });
  },
  documentTerms: KbgenSearch.documentTerms,
  rescorerProblem: KbgenSearch.rescorerProblem
};
function kbgenCall(name, args) { return JSON.stringify(kbgenBridge[name].apply(null, JSON.parse(args))); }
"""


class SearchRuntimeError(KbgenError):
    """The JavaScript engine could not be started or failed on a call."""


def engine_source() -> str:
    """The text of ``kbgen-search-engine.js`` as shipped with kbgen's theme."""
    return resources.files("kbgen.theme").joinpath("assets", ENGINE_FILE).read_text(encoding="utf-8")


class Runtime:
    """One V8 context with the engine loaded; calls are serialised with a lock.

    V8 runs on an asyncio loop in a thread this class owns (mini-racer delivers every result
    through that loop), so a call interrupted by SIGTERM or Ctrl+C is cancelled and drained
    before the loop closes: a result V8 posts after the loop closed is an "Event loop is
    closed" traceback on stderr from inside a ctypes callback.
    """

    #: Seconds :meth:`close` waits for V8 to stop an interrupted evaluation.
    DRAIN_SECONDS = 10.0

    def __init__(self) -> None:
        """Start V8 and load the engine.

        Raises:
            SearchRuntimeError: the mini-racer package is missing or V8 did not start.
        """
        import asyncio  # here, not at the top: a rebuild that meets no new word never starts V8 (~0.05 s)

        self._lock = threading.Lock()
        self._discarded: collections.deque[int] = collections.deque()
        self._interrupted = False
        self._loop = asyncio.new_event_loop()
        self._loop.set_exception_handler(self._on_loop_error)
        self._thread = threading.Thread(target=self._loop.run_forever, name="kbgen-v8", daemon=True)
        self._thread.start()
        try:
            self._ctx = result_of(asyncio.run_coroutine_threadsafe(_start_v8(), self._loop))
        except Exception as error:  # noqa: BLE001 - any failure to start is one message
            self._stop_loop()
            raise SearchRuntimeError(f"the search engine could not start (mini-racer: {error}); "
                                     "reinstall kbgen with its dependencies") from None

    def call(self, name: str, *args: Any) -> Any:
        """Call ``kbgenBridge[name](*args)`` with JSON arguments; its JSON result.

        Raises:
            Stopped: the calling thread was told to stop (:func:`~kbgen.waits.checkpoint`: a
                failed build's search index ends at its next call to the engine).
        """
        checkpoint()
        code = f"kbgenCall({json.dumps(name)}, {json.dumps(json.dumps(args, ensure_ascii=False))})"
        with self._lock:
            if self._ctx is None:
                raise SearchRuntimeError("the search engine was closed")
            while self._discarded:
                self._evaluate(f"kbgenCall('close', '[{int(self._discarded.popleft())}]')")
            text = self._evaluate(code)
        return json.loads(text)

    def _evaluate(self, code: str) -> Any:
        """Evaluate ``code`` on the V8 loop and wait for its value (the caller holds the lock).
        An interruption (KeyboardInterrupt, SIGTERM) cancels the evaluation and is re-raised."""
        import asyncio

        future = None
        try:
            future = asyncio.run_coroutine_threadsafe(self._ctx.eval_cancelable(code), self._loop)
            return result_of(future)  # wakes for a signal another thread took
        except BaseException:
            self._interrupted = True
            if future is not None:
                future.cancel()
            raise

    def _on_loop_error(self, loop: asyncio.AbstractEventLoop, context: dict) -> None:
        """After an interrupted call, V8 still answers the evaluation that was cancelled, and
        delivering that answer fails (its future is cancelled): expected, so not printed; any
        other error of the loop is printed as asyncio does."""
        if not self._interrupted:
            loop.default_exception_handler(context)

    def discard(self, engine_id: int) -> None:
        """Free an engine's data at the next call. Safe in a finalizer: garbage collection may
        run one in the middle of a call, in the thread that holds the lock, so this never
        waits for the lock (a deque's append is atomic)."""
        self._discarded.append(engine_id)

    def close(self) -> None:
        """Free the V8 context and stop its loop (idempotent). After an interrupted call, first
        wait (at most :attr:`DRAIN_SECONDS`) until V8 has delivered every pending result."""
        with self._lock:
            ctx, self._ctx = self._ctx, None
        if ctx is None:
            return
        import asyncio

        drain = asyncio.run_coroutine_threadsafe(_close_v8(ctx, self._interrupted, self.DRAIN_SECONDS), self._loop)
        try:
            drain.result(timeout=self.DRAIN_SECONDS + 5)
        except Exception:  # noqa: BLE001 - the process is ending; V8 is freed with it
            pass
        self._stop_loop()

    def _stop_loop(self) -> None:
        """Stop the V8 loop's thread and close the loop once the thread has ended."""
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout=self.DRAIN_SECONDS)
        if not self._thread.is_alive():
            self._loop.close()


async def _start_v8() -> Any:
    """A MiniRacer bound to the running loop (the runtime's), with the engine loaded."""
    from py_mini_racer import MiniRacer

    racer = MiniRacer()  # adopts the running loop: its results come back through it
    await racer.eval_cancelable(engine_source())
    await racer.eval_cancelable(_BRIDGE)
    return racer


async def _close_v8(racer: Any, interrupted: bool, seconds: float) -> None:
    """Free ``racer``. After an interrupted call, a trivial evaluation first: V8 runs one task
    at a time, so its value arrives after the cancelled task's last callback."""
    import asyncio

    if interrupted:
        try:
            await asyncio.wait_for(racer.eval_cancelable("0"), timeout=seconds)
        except Exception:  # noqa: BLE001 - closing goes on whatever V8 answers
            pass
    racer.close()


_runtime: Runtime | None = None
_runtime_lock = threading.Lock()


def runtime() -> Runtime:
    """The process's engine runtime, started on first use and closed at exit."""
    global _runtime
    with _runtime_lock:
        if _runtime is None:
            _runtime = Runtime()
            atexit.register(_close_at_exit, _runtime)
        return _runtime


def _close_at_exit(engine_runtime: Runtime) -> None:
    """Free V8 as the process ends. A SIGTERM or Ctrl+C that arrives now ends the process at
    once: the work is done, and the CLI's handler (SIGTERM raised as KeyboardInterrupt) would
    print a traceback from inside this exit hook."""
    if threading.current_thread() is threading.main_thread():
        for number in (signal.SIGTERM, signal.SIGINT):
            signal.signal(number, signal.SIG_DFL)
    engine_runtime.close()


def warm_up() -> None:
    """Start the runtime in a background thread (V8 starts while the caller reads files); a
    failure is left for the caller's first call to report."""
    def start() -> None:
        try:
            runtime()
        except SearchRuntimeError:
            pass

    threading.Thread(target=start, name="kbgen-search-runtime", daemon=True).start()


def discard(engine_id: int) -> None:
    """Free an engine's data at the runtime's next call (nothing to do before it started)."""
    started = _runtime  # read without the lock: a finalizer must never wait for one
    if started is not None:
        started.discard(engine_id)


def call(name: str, *args: Any) -> Any:
    """Shorthand for ``runtime().call(name, *args)``."""
    return runtime().call(name, *args)
