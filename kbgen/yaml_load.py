"""YAML that cannot hurt: bounded alias expansion, no duplicate keys, impossible dates kept as
text, and parser errors said in kbgen's words at the line where the mistake is.

PyYAML shares an anchored value between its aliases, so loading an alias bomb is cheap, but
every later walk over the data (line numbers, validation, the site) expands it: nine levels of
nine aliases are 387 million values. :func:`load_yaml` measures the expansion on the node graph
(linear: each node's size is computed once) and refuses a document whose aliases repeat more
than :data:`MAX_ALIAS_VALUES` values, or that refers to itself.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Any, Iterator

import yaml
from yaml.composer import Composer
from yaml.constructor import SafeConstructor
from yaml.events import (AliasEvent, CollectionStartEvent, MappingEndEvent, NodeEvent, SequenceEndEvent,
                         StreamEndEvent)
from yaml.resolver import Resolver

from .errors import first_and_rest

#: Values that aliases may repeat in one document, in total. Real configuration reuses a block
#: a few times (a few hundred values); a bomb repeats millions.
MAX_ALIAS_VALUES = 10_000
#: Deepest nesting of lists and mappings (real configuration nests four or five levels).
MAX_DEPTH = 100
#: Deepest nesting counted for the message past :data:`MAX_DEPTH`: libyaml's scanner looks at
#: every open flow level for each token, so reading 100,000 levels of ``[`` costs about a
#: minute; past this depth the message says "more than".
COUNTED_DEPTH = 1_000
#: Longest text libyaml refuses that PyYAML's pure-Python parser reads again for its words
#: (about 0.3 s; a front matter or a configuration file is a few KB).
MAX_REREAD = 64_000
_PYTHON_PARSER_MAY_ACCEPT = (
    "found invalid Unicode character escape code",  # a surrogate pair escape, as json.dumps writes
    "found a tab character where an indentation space is expected",  # a tab opening a block scalar's line
    "found unexpected ':'",  # a ':' ending a plain scalar in a flow collection ([a:, b])
)
"""libyaml's problems (its own words) for texts PyYAML's parser reads: a text of any length
refused with one of them is read again by the Python parser (what every text did before the
:data:`MAX_REREAD` bound), so the two parsers never disagree on what is valid."""
MERGE_TAG = "tag:yaml.org,2002:merge"
#: Characters a double-quoted YAML escape can make (``"\\x01"``, ``"\\ud800"``) but no page, feed
#: or JSON file can hold: C0 controls other than tab and line ends, lone surrogates (not
#: encodable as UTF-8) and the noncharacters U+FFFE and U+FFFF (not XML).
UNWRITABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
#: Characters YAML 1.1 (PyYAML, libyaml) reads as a line end but no editor shows as one: NEL and
#: Unicode's line and paragraph separators, pasted with text from word processors and web pages.
#: A value holding one is cut there, and every line YAML tells after it is off by one.
YAML_LINE_ENDS = re.compile("[\x85\u2028\u2029]")


@dataclass(frozen=True)
class YamlProblem:
    """One problem of a YAML document: ``line`` in the file, ``key`` ("" if none)."""

    line: int
    message: str
    key: str = ""


class _TooDeep(Exception):
    """Nesting past :data:`MAX_DEPTH`, found while composing (carries the problem to tell)."""

    def __init__(self, problem: YamlProblem) -> None:
        super().__init__(problem.message)
        self.problem = problem


class _DepthComposer(Composer):
    """PyYAML's composer that bounds nesting on the parser's events as it builds the nodes (one
    parse): a value more than :data:`MAX_DEPTH` levels deep is never built. libyaml's own
    composer recurses once per level in C with no check, so 30,000 levels of ``[`` (60 KB)
    crashed the process (a segmentation fault, no message); this composer recurses at most
    :data:`MAX_DEPTH` levels, and past them only counts the events (the parsers keep their own
    stacks, no recursion) to tell how deep the document goes. It also remembers where aliases
    are used, for the messages."""

    def __init__(self) -> None:
        Composer.__init__(self)  # (not super(): in a loader the next class is a parser's)
        self.alias_uses: list[tuple[yaml.Node, yaml.Mark]] = []
        self.first_line = 1
        self._open = 0  # collections being composed
        self._key = ""  # the top-level key whose value is being composed

    def compose_node(self, parent: Any, index: Any) -> yaml.Node:
        if self._open >= MAX_DEPTH:
            line = self.peek_event().start_mark.line
            deepest = self._count_rest(self._open)
            raise _TooDeep(YamlProblem(line + self.first_line, _depth_message(deepest), self._key))
        if self._open == 1 and isinstance(parent, yaml.MappingNode) and isinstance(index, yaml.ScalarNode):
            self._key = str(index.value)
        event = self.peek_event()  # (libyaml's check_event compares exact classes: isinstance here)
        if isinstance(event, AliasEvent):
            node = super().compose_node(parent, index)
            self.alias_uses.append((node, event.start_mark))
            return node
        opens = isinstance(event, CollectionStartEvent)
        self._open += opens
        node = super().compose_node(parent, index)
        self._open -= opens
        return node

    def _count_rest(self, open_now: int) -> int:
        """Reads the rest of the stream's events, ``open_now`` collections open: the deepest
        level, counted as :func:`_height` counts (every value a level), up to one past
        :data:`COUNTED_DEPTH` (the count stops there). A parser error ends the count (the depth
        read so far stands)."""
        deepest = 0
        try:
            while not isinstance(event := self.get_event(), StreamEndEvent):
                if isinstance(event, (SequenceEndEvent, MappingEndEvent)):
                    open_now -= 1
                elif isinstance(event, NodeEvent):
                    deepest = max(deepest, open_now + 1)
                    if deepest > COUNTED_DEPTH:
                        break
                    open_now += isinstance(event, CollectionStartEvent)
        except (yaml.YAMLError, ValueError):
            pass
        return deepest


class _Loader(_DepthComposer, yaml.SafeLoader):
    """PyYAML's safe loader, nesting bounded (:class:`_DepthComposer`), that never fails on a
    value that looks like a date or a number but is not one (the schema then reports it)."""

    def __init__(self, text: str) -> None:
        yaml.SafeLoader.__init__(self, text)
        _DepthComposer.__init__(self)


def _timestamp_or_text(loader: yaml.constructor.SafeConstructor, node: yaml.ScalarNode) -> Any:
    """A date or time; an impossible one (2026-02-30, 25:00, +25:00) stays text."""
    try:
        return yaml.constructor.SafeConstructor.construct_yaml_timestamp(loader, node)
    except (ValueError, OverflowError):
        return loader.construct_scalar(node)


def _int_or_text(loader: yaml.constructor.SafeConstructor, node: yaml.ScalarNode) -> Any:
    """A whole number; one Python refuses to read (thousands of digits) stays text."""
    try:
        return yaml.constructor.SafeConstructor.construct_yaml_int(loader, node)
    except ValueError:
        return loader.construct_scalar(node)


_Loader.add_constructor("tag:yaml.org,2002:timestamp", _timestamp_or_text)
_Loader.add_constructor("tag:yaml.org,2002:int", _int_or_text)

if getattr(yaml, "__with_libyaml__", False):
    from yaml._yaml import CParser

    class _PlainLoader(CParser, SafeConstructor, Resolver):  # type: ignore[misc]
        """libyaml's parser and its own composer in C, with kbgen's constructors: for a text
        that can neither nest past :data:`MAX_DEPTH` nor use an alias (:func:`_shallow`), as
        nearly every front matter (five times cheaper than composing in Python)."""

        def __init__(self, text: str) -> None:
            CParser.__init__(self, text)
            SafeConstructor.__init__(self)
            Resolver.__init__(self)
            self.alias_uses: list[tuple[yaml.Node, yaml.Mark]] = []  # none can be used
            self.first_line = 1

    _PlainLoader.add_constructor("tag:yaml.org,2002:timestamp", _timestamp_or_text)
    _PlainLoader.add_constructor("tag:yaml.org,2002:int", _int_or_text)

    class _FastLoader(_DepthComposer, _PlainLoader):  # type: ignore[misc]
        """libyaml's parser (several times faster than PyYAML's) with the bounded composer and the
        same constructors. A short document it cannot parse is read again by :class:`_Loader`,
        whose words the messages use."""

        def __init__(self, text: str) -> None:
            _PlainLoader.__init__(self, text)
            _DepthComposer.__init__(self)
else:  # pragma: no cover - PyYAML built without libyaml
    _FastLoader = _PlainLoader = None

#: The characters of which every level of nesting needs one: a flow collection opens with
#: ``[`` or ``{``, a block mapping's key ends with ``:`` (or opens with ``?``), a block
#: sequence's item opens with ``-``.
_NESTING_MARKS = "[{:?-"


def _shallow(text: str) -> bool:
    """Whether ``text`` cannot nest values past :data:`MAX_DEPTH` (fewer marks that open a
    level than that) nor use an alias (no ``*``)."""
    return "*" not in text and sum(text.count(mark) for mark in _NESTING_MARKS) < MAX_DEPTH - 1


def load_yaml(text: str, first_line: int = 1) -> tuple[Any, yaml.Node | None, list[YamlProblem]]:
    """Parse one YAML document; returns ``(data, root node, problems)``.

    ``first_line`` is the file line of the text's first line; problems carry file lines. With
    problems, ``data`` and the node are None. Never raises for any input text. The text is
    parsed once (by libyaml when present); only a text that parser refuses is read again, by
    PyYAML's parser, whose words the messages use.
    """
    if YAML_LINE_ENDS.search(text):
        return None, None, _line_end_problems(text, first_line)
    if _FastLoader is not None:
        fast = _load_fast(text, first_line)
        if fast is not None:
            return fast
    try:
        loader = _Loader(text)  # PyYAML's reader refuses some characters (DEL, C1 controls) at once
    except yaml.reader.ReaderError as exc:
        line = text.count("\n", 0, exc.position) + first_line
        return None, None, [YamlProblem(line, f"holds the invisible character U+{exc.character:04X}, which YAML "
                                              "does not allow; remove it, or write it as an escape in double quotes")]
    try:
        return _compose_checked(loader, text, first_line)
    except yaml.MarkedYAMLError as exc:
        return None, None, [describe(exc, text, first_line)]
    except yaml.YAMLError as exc:
        return None, None, [YamlProblem(first_line, f"invalid YAML: {exc}")]
    finally:
        loader.dispose()


def lines_holding(pattern: re.Pattern[str], text: str, first_line: int = 1) -> Iterator[tuple[int, str]]:
    """Each line of ``text`` (lines end at LF; the first is ``first_line``) holding a match of
    ``pattern``, with its first match, in order: one scan, only the lines with a match kept."""
    line, counted, last = first_line, 0, None
    for match in pattern.finditer(text):
        line += text.count("\n", counted, match.start())
        counted = match.start()
        if line != last:
            last = line
            yield line, match.group()


def _line_end_problems(text: str, first_line: int) -> list[YamlProblem]:
    """A problem for each line (the first :data:`~kbgen.errors.MAX_TOLD`) holding a character
    of :data:`YAML_LINE_ENDS`, at the line an editor shows (lines end at LF alone), named by
    the top-level key whose value holds it (:func:`_top_key_lines`; YAML itself cannot be
    read here), then one counting the rest."""
    told, rest, first_left = first_and_rest(lines_holding(YAML_LINE_ENDS, text, first_line))
    key_lines, keys = _top_key_lines(text, first_line)

    def key_of(line: int) -> str:
        at = bisect.bisect_right(key_lines, line) - 1
        return keys[at] if at >= 0 else ""

    problems = [YamlProblem(line, f"holds the invisible line separator U+{ord(char):04X}, which YAML reads as a line "
                                  "end (it cuts the value there); remove it", key_of(line)) for line, char in told]
    if first_left is not None:
        problems.append(YamlProblem(first_left[0], f"and {rest:,} more lines from here on hold invisible line "
                                                    "separators YAML reads as line ends; remove them",
                                    key_of(first_left[0])))
    return problems


#: A top-level key as a writer types one: at the start of a line, a plain name up to ``:`` and a
#: space or the line's end (not a comment, list item, indented line, quoted or flow key).
_TOP_KEY = re.compile(r"^([^\s#:\-?!&*%@`|>'\"\[\]{},][^:\n]*?):(?=[ \t]|$)", re.M)


def _top_key_lines(text: str, first_line: int) -> tuple[list[int], list[str]]:
    """The lines of ``text`` that start a top-level key, in order, and those keys: the key of
    any line is that of the last such line at or before it. One scan (a document that YAML
    cannot read, as one with an invisible line end, is read so)."""
    lines, keys = [], []
    line, counted = first_line, 0
    for found in _TOP_KEY.finditer(text):
        line += text.count("\n", counted, found.start())
        counted = found.start()
        lines.append(line)
        keys.append(YAML_LINE_ENDS.sub("", found.group(1)).strip()[:60])
    return lines, keys


def _compose_checked(loader: _DepthComposer, text: str, first_line: int) -> tuple[Any, yaml.Node | None, list[YamlProblem]]:
    """The document ``loader`` reads, or its nesting, alias or key problems; parser errors raise."""
    loader.first_line = first_line
    try:
        node = loader.get_single_node()
    except _TooDeep as exc:
        return None, None, [exc.problem]
    if node is None:
        return None, None, []
    problems = check_graph(node, loader.alias_uses, first_line, text)
    if problems:
        return None, None, problems
    try:
        return loader.construct_document(node), node, []
    except RecursionError:  # not expected once nesting is bounded; never a traceback
        return None, None, [YamlProblem(first_line, _depth_message(MAX_DEPTH + 1))]


def _load_fast(text: str, first_line: int) -> tuple[Any, yaml.Node | None, list[YamlProblem]] | None:
    """The document read by libyaml, or its problems; None when libyaml cannot take the text in
    (a character it cannot read, as a lone surrogate, which the Python reader refuses at once),
    or refuses a text of at most :data:`MAX_REREAD` characters: that is read again by PyYAML's
    parser, whose words the messages use and which accepts a few escapes libyaml refuses
    (``"\\ud800"``, then told at its key). A longer text's problem is told from libyaml's
    own marks: the Python parser took 5 s a megabyte."""
    try:
        loader = (_PlainLoader if _shallow(text) else _FastLoader)(text)
    except (yaml.YAMLError, ValueError):
        return None
    try:
        return _compose_checked(loader, text, first_line)
    except yaml.MarkedYAMLError as exc:
        if len(text) <= MAX_REREAD or str(exc.problem).startswith(_PYTHON_PARSER_MAY_ACCEPT):
            return None
        return None, None, [describe(exc, text, first_line)]
    except (yaml.YAMLError, ValueError):
        return None
    finally:
        loader.dispose()


def _children(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.MappingNode):
        return [part for pair in node.value for part in pair]
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    return []


def expanded_sizes(root: yaml.Node) -> tuple[dict[int, int], yaml.Node | None, yaml.Node | None]:
    """Values below each node once aliases are expanded (by ``id``), a node that contains
    itself through an alias, and a node holding more than :data:`MAX_DEPTH` levels (None where
    there is none). Iterative and linear in the node graph."""
    sizes: dict[int, int] = {}
    heights: dict[int, int] = {}
    too_deep: yaml.Node | None = None
    on_path: set[int] = set()
    stack: list[tuple[yaml.Node, bool]] = [(root, False)]
    while stack:
        node, done = stack.pop()
        key = id(node)
        if done:
            on_path.discard(key)
            children = _children(node)
            sizes[key] = 1 + sum(sizes[id(child)] for child in children)
            heights[key] = 1 + max((heights[id(child)] for child in children), default=0)
            if too_deep is None and heights[key] > MAX_DEPTH:
                too_deep = node
            continue
        if key in sizes:
            continue
        if key in on_path:
            return sizes, node, too_deep
        on_path.add(key)
        stack.append((node, True))
        stack.extend((child, False) for child in _children(node) if id(child) not in sizes)
    return sizes, None, too_deep


def check_graph(root: yaml.Node, alias_uses: list[tuple[yaml.Node, yaml.Mark]],
                first_line: int = 1, text: str | None = None) -> list[YamlProblem]:
    """Self-referring aliases, alias bombs, duplicate keys and unwritable values (lines from
    ``first_line``; values are not looked at when ``text``, the document read, cannot make
    one unwritable). With no alias used (``alias_uses`` empty: every loader records them) no
    value is shared, so the graph is not walked for them (the composer bounds the nesting)."""
    if not alias_uses:
        return _keys_and_values(root, first_line, text)
    sizes, cycle, too_deep = expanded_sizes(root)
    if too_deep is not None and cycle is None:
        return [_depth_problem(root, too_deep, first_line)]
    if cycle is not None:
        mark = next((m for n, m in alias_uses if n is cycle), cycle.start_mark)
        return [YamlProblem(mark.line + first_line, "an alias refers to the value that contains it; "
                                       "YAML that refers to itself cannot be used")]
    repeated = sizes[id(root)] - len(sizes)
    if repeated > MAX_ALIAS_VALUES:
        node, mark = max(alias_uses, key=lambda use: sizes[id(use[0])])
        return [YamlProblem(mark.line + first_line, f"aliases repeat {repeated:,} values (at most {MAX_ALIAS_VALUES:,}); "
                                       f"this one alone repeats {sizes[id(node)]:,}: write the values "
                                       "out instead of nesting aliases", top_key(root, mark))]
    return _keys_and_values(root, first_line, text)


def _keys_and_values(root: yaml.Node, first_line: int, text: str | None) -> list[YamlProblem]:
    """Duplicate keys and unwritable values (see :func:`check_graph`)."""
    return duplicate_keys(root, first_line) + (unwritable_values(root, first_line) if text is None or may_be_unwritable(text) else [])


def may_be_unwritable(text: str) -> bool:
    """Whether a value read from ``text`` can hold a character of :data:`UNWRITABLE`: only if
    the text holds one, or a backslash (a double-quoted escape makes one); a value is otherwise
    the text's own characters (folding adds only spaces and line ends)."""
    return "\\" in text or UNWRITABLE.search(text) is not None


def paired_surrogates(text: str) -> str:
    """``text`` with each pair of surrogate escapes made the one character it stands for
    (``"\\ud83d\\ude00"`` -> the emoji), as JSON reads them: text escaped for JSON or
    JavaScript is pasted into YAML so. A lone surrogate stays (it is then an error), and the pairs
    beside it are still joined."""
    if not _SURROGATE.search(text):
        return text
    return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "surrogatepass")


_SURROGATE = re.compile("[\ud800-\udfff]")


def unwritable_values(root: yaml.Node, first_line: int = 1) -> list[YamlProblem]:
    """A problem for each key or value holding a character no output can hold (see
    :data:`UNWRITABLE`), named by its key; surrogate escapes in pairs are first made the
    character they stand for (:func:`paired_surrogates`, in the node, so the value read holds
    it). Each node is looked at once (aliases share theirs), so linear."""
    problems, seen, stack = [], set(), [(root, "")]
    while stack:
        node, key = stack.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        if isinstance(node, yaml.ScalarNode):
            node.value = paired_surrogates(node.value)
        if isinstance(node, yaml.ScalarNode) and (found := UNWRITABLE.search(node.value)):
            problems.append(YamlProblem(node.start_mark.line + first_line, _unwritable(found.group()), key))
        elif isinstance(node, yaml.MappingNode):
            for key_node, value_node in node.value:
                name = key_node.value if isinstance(key_node, yaml.ScalarNode) else key
                stack += [(key_node, key), (value_node, name if isinstance(name, str) else key)]
        else:
            stack.extend((child, key) for child in _children(node))
    return sorted(problems, key=lambda problem: problem.line)


def _unwritable(char: str) -> str:
    """Why a character of :data:`UNWRITABLE` is refused, in words."""
    if _SURROGATE.fullmatch(char):
        return (f"holds U+{ord(char):04X}, half of a surrogate pair (an escape such as \\u{ord(char):04x} "
                "without its other half), which no page or feed can hold; write the character itself")
    return (f"holds the invisible character U+{ord(char):04X}, which no page or feed can hold; remove it "
            "(it comes from an escape such as \\x01 in double quotes)")


def _depth_problem(root: yaml.Node, node: yaml.Node, first_line: int) -> YamlProblem:
    """Nesting past :data:`MAX_DEPTH`: at ``node`` (a value holding more than that many levels),
    named by the key of the document that holds it, with how deep the document goes."""
    return YamlProblem(node.start_mark.line + first_line, _depth_message(_height(root)), top_key(root, node.start_mark))


def _depth_message(depth: int) -> str:
    """What nesting past :data:`MAX_DEPTH` is told as, with the depth found (``depth`` levels)."""
    deep = f"more than {COUNTED_DEPTH:,}" if depth > COUNTED_DEPTH else f"{depth:,}"
    return f"values are nested {deep} levels deep (at most {MAX_DEPTH}); flatten the structure"


def _height(root: yaml.Node) -> int:
    """Levels of lists and mappings in ``root`` (iterative; aliases are followed once)."""
    deepest, seen, stack = 0, set(), [(root, 1)]
    while stack:
        node, level = stack.pop()
        deepest = max(deepest, level)
        if id(node) not in seen:
            seen.add(id(node))
            stack.extend((child, level + 1) for child in _children(node))
    return deepest


def top_key(root: yaml.Node, mark: yaml.Mark) -> str:
    """The key of the document's top mapping whose value holds ``mark`` ('' when none)."""
    if isinstance(root, yaml.MappingNode):
        for key_node, value in root.value:
            inside = key_node.start_mark.index <= mark.index <= value.end_mark.index
            if isinstance(key_node, yaml.ScalarNode) and inside:
                return str(key_node.value)
    return ""


def duplicate_keys(root: yaml.Node, first_line: int = 1) -> list[YamlProblem]:
    """A key written twice in one mapping (YAML would silently keep the last)."""
    problems, seen_nodes, stack = [], set(), [root]
    while stack:
        node = stack.pop()
        if id(node) in seen_nodes:
            continue
        seen_nodes.add(id(node))
        stack.extend(_children(node))
        if not isinstance(node, yaml.MappingNode):
            continue
        first: dict[str, int] = {}
        for key_node, _ in node.value:
            if not isinstance(key_node, yaml.ScalarNode) or key_node.tag == MERGE_TAG:
                continue
            line = key_node.start_mark.line + first_line
            if key_node.value in first:
                problems.append(YamlProblem(line, f"appears twice in the same mapping (first on line "
                                                  f"{first[key_node.value]}); keep one", key_node.value))
            first.setdefault(key_node.value, line)
    return sorted(problems, key=lambda p: p.line)


def _line_text(text: str, line: int) -> str:
    lines = text.split("\n", line + 1)
    return lines[line] if line < len(lines) else ""


def _previous_content_line(text: str, line: int) -> int | None:
    """The nearest line above ``line`` that holds something other than a comment."""
    lines = text.split("\n", line + 1)[:line]
    for index in range(len(lines) - 1, -1, -1):
        stripped = lines[index].strip()
        if stripped and not stripped.startswith("#"):
            return index
    return None


def describe(exc: yaml.MarkedYAMLError, text: str, first_line: int = 1) -> YamlProblem:
    """A PyYAML error as kbgen says it, at the file line where the writer's mistake is."""
    problem, context = exc.problem or "", exc.context or ""
    where = exc.problem_mark or exc.context_mark
    line = where.line if where else 0
    start = exc.context_mark.line if exc.context_mark else line
    line, message = _explain(_named(problem, text, exc.problem_mark), context, line, start, text)
    return YamlProblem(line + first_line, message)


#: An alias's name: up to a space or a flow indicator (YAML 1.2, ns-anchor-char).
_ALIAS_NAME = re.compile(r"[^\s,\[\]{}]*")


#: libyaml's words for a problem PyYAML's parser words otherwise, in PyYAML's words (a long
#: text's problem is told from libyaml's marks; the message must not depend on the length).
_PYYAML_WORDS = {
    "found incompatible YAML document": "found incompatible YAML document (version 1.* is required)",
    "mapping keys are not allowed in this context": "mapping keys are not allowed here",
}


def _named(problem: str, text: str, mark: yaml.Mark | None) -> str:
    """``problem`` in PyYAML's words where libyaml's differ (:data:`_PYYAML_WORDS`) or leave
    out what it found: the character that cannot start a token, or the name of an undefined
    alias, read at the mark."""
    problem = _PYYAML_WORDS.get(problem, problem)
    if mark is None or "'" in problem:
        return problem
    rest = _line_text(text, mark.line)[mark.column:]
    if problem == "found character that cannot start any token" and rest:
        return f"found character {rest[0]!r} that cannot start any token"
    if problem == "found undefined alias" and rest.startswith("*"):
        return f"found undefined alias '{_ALIAS_NAME.match(rest, 1).group(0)}'"
    return problem


def _explain(problem: str, context: str, line: int, start: int, text: str) -> tuple[int, str]:
    """``(0-based line, message)`` for a PyYAML problem found at ``line`` in a construct that
    began at ``start``. An unclosed quote or bracket is only noticed where the text ends, so
    the message points at where it opened."""
    if "quoted scalar" in context and "end of stream" in problem:
        return start, "a quoted value starts on this line and its closing quote is missing"
    if "simple key" in context:
        return start, NOT_KEY_VALUE
    if "flow sequence" in context or "flow mapping" in context:
        bracket = "[" if "sequence" in context else "{"
        return start, f"a '{bracket}' opened on this line is not closed; close it, or put the value in quotes"
    if problem.startswith("mapping values are not allowed"):  # "here"; libyaml: "in this context"
        return _mapping_value_problem(text, line)
    if problem.startswith("expected <block end>") or "block collection" in context \
            or problem == "did not find expected key":  # (libyaml's words for the first)
        return line, ("the indentation of this line does not match the lines above "
                      "(indent with spaces, the same amount for keys of the same level)")
    if "tab character" in problem:  # libyaml: a tab that breaks the indentation
        return line, "a tab character: indent with spaces only"
    if "cannot start any token" in problem:
        char = problem.split("'")[1] if "'" in problem else "?"
        if char == "\\t":
            return line, "a tab character: indent with spaces only"
        return line, f"a value cannot start with '{char}': put the value in quotes"
    if problem.startswith("found undefined alias"):
        name = problem.split("'")[1] if "'" in problem else ""
        return line, (f"'*{name}' is an alias of an anchor '&{name}' that is not defined; "
                      "to write a '*' put the value in quotes")
    if "duplicate anchor" in context:
        return line, f"the anchor is defined twice (first on line {start + 1}); rename one"
    if "invalid Unicode character escape" in problem:  # libyaml: "\\ud800", half a pair
        return line, ("an escape for half of a surrogate pair (such as \\ud800 alone) in a double-quoted value, "
                      "which no page or feed can hold; write the character itself")
    if "unknown escape character" in problem:
        return line, ("an unknown backslash escape in a double-quoted value: write '\\\\' for a "
                      "backslash, or use single quotes")
    if "constructor for the tag" in problem:
        return line, "tags ('!name') are not supported: remove the tag or quote the value"
    if "expected a single document" in context:
        return line, "a second document starts here ('---'): one file holds one document"
    if "anchor" in context or "alias" in context:
        return line, "'&' and '*' start anchors and aliases: put the value in quotes"
    return line, f"invalid YAML: {problem or context or 'cannot be read'}"


NOT_KEY_VALUE = "this line is not 'key: value' (a ':' followed by a space is missing)"


def _mapping_value_problem(text: str, line: int) -> tuple[int, str]:
    """``mapping values are not allowed here``: either a value holds ': ', or the line above
    is text without ': ' (``key:value``), which YAML only notices on the next key."""
    previous = _previous_content_line(text, line)
    above = _line_text(text, previous).strip() if previous is not None else ""
    current = _line_text(text, line).strip()
    above_is_text = bool(above) and ": " not in above and not above.endswith(":") \
        and not above.startswith(("-", "#", "{", "["))
    if above_is_text and current.count(": ") + current.endswith(":") == 1:
        return previous, NOT_KEY_VALUE
    return line, "a value holds ': ': put the whole value in quotes"
