"""Reading user files: text decoding, front matter splitting and YAML with line numbers.

Everything here returns diagnostics instead of raising, so the loader can report every
problem of a run at once.
"""
from __future__ import annotations

import os

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .errors import MAX_TOLD, Diagnostic, first_and_rest
from .yaml_load import UNWRITABLE, lines_holding, load_yaml

KeyPath = tuple[Any, ...]

#: Size limits that keep every run bounded in time and memory (PyYAML reads about 300 KiB/s).
MAX_CONFIG_BYTES = 256 * 1024  # site_config.yml: services, contacts and synonym lists
MAX_CONTENT_BYTES = 64 * 1024  # one Markdown file (the demo's longest article is 3 KiB)


@dataclass(frozen=True)
class YamlDoc:
    """A parsed YAML mapping and the line of every key in it.

    Attributes:
        data: the parsed value (a dict for a valid document).
        lines: 1-based line of each key path, e.g. ``("services", 0, "id")``.
        path: the file's display path.
        first_line: line of the document's first line in the file.
    """

    data: Any
    lines: dict[KeyPath, int] = field(default_factory=dict)
    path: str = ""
    first_line: int = 1

    def line_of(self, *keys: Any) -> int:
        """Line of the deepest known prefix of ``keys`` (the document start if none)."""
        for end in range(len(keys), 0, -1):
            if keys[:end] in self.lines:
                return self.lines[keys[:end]]
        return self.first_line


def read_text(path: Path, display: str, max_bytes: int = MAX_CONTENT_BYTES) -> tuple[str | None, list[Diagnostic]]:
    """Read a UTF-8 text file of at most ``max_bytes``; report a larger, non-UTF-8 or empty
    file as an error."""
    try:
        with path.open("rb") as handle:
            raw = handle.read(max_bytes + 1)
            size = max(os.fstat(handle.fileno()).st_size, len(raw)) if len(raw) > max_bytes else len(raw)
    except OSError as exc:
        return None, [Diagnostic(display, 0, "", f"cannot read file: {exc.strerror or exc}")]
    if len(raw) > max_bytes:  # at the line where the limit is passed; only the limit's worth is read
        return None, [Diagnostic(display, _line_at(raw, max_bytes), "",
                                 f"file is larger than {max_bytes // 1024:,} KiB ({max_bytes:,} bytes): "
                                 f"{size:,} bytes, the limit passed on this line; "
                                 + ("split it into smaller files" if max_bytes == MAX_CONTENT_BYTES else "shorten it"))]
    encoding = _other_unicode(raw)
    if encoding:
        return None, [Diagnostic(display, 1, "", f"file is {encoding} text; save it as UTF-8")]
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = _line_at(raw, exc.start)
        return None, [Diagnostic(display, line, "", "file is not valid UTF-8 text "
                                 f"(byte 0x{raw[exc.start]:02x}); save it as UTF-8")]
    if not text.strip():
        return None, [Diagnostic(display, 1, "", "file is empty")]
    text = text.replace("\r\n", "\n").replace("\r", "\n")  # lines counted alike in every message
    if UNWRITABLE.search(text):  # a page could hold it, a feed or the search index's XML not
        return None, unwritable_diagnostics(text, display)
    return text, []


def _line_at(raw: bytes, offset: int) -> int:
    """The line of byte ``offset`` of ``raw``: a line ends at CR LF, LF or a lone CR, as
    :func:`read_text` reads the text (an old Mac editor's file has no LF at all)."""
    before = raw[:offset]
    return before.count(b"\n") + before.count(b"\r") - before.count(b"\r\n") + 1


def unwritable_diagnostics(text: str, display: str) -> list[Diagnostic]:
    """An error for each line (the first :data:`~kbgen.errors.MAX_TOLD`) holding a NUL or another
    character of :data:`~kbgen.yaml_load.UNWRITABLE`, then one naming how many more lines do:
    every such line in one run, not the first alone. Linear, and only the lines told are kept."""
    found, rest, rest_from = first_and_rest(lines_holding(UNWRITABLE, text), MAX_TOLD)
    told = [Diagnostic(display, number, "", "file contains a NUL byte" if char == "\x00" else
                       f"file contains the invisible character U+{ord(char):04X}, which no page or feed can hold; "
                       "remove it") for number, char in found]
    if rest_from is not None:
        told.append(Diagnostic(display, rest_from[0], "", f"and {rest:,} more lines from here on hold NUL bytes or "
                                                          "invisible characters no page or feed can hold; remove them"))
    return told


#: Byte-order marks of the Unicode encodings other than UTF-8 (UTF-32's first: it starts like UTF-16's).
_OTHER_BOMS = ((b"\xff\xfe\x00\x00", "UTF-32"), (b"\x00\x00\xfe\xff", "UTF-32"),
               (b"\xff\xfe", "UTF-16"), (b"\xfe\xff", "UTF-16"))


def _other_unicode(raw: bytes) -> str:
    """The encoding whose byte-order mark starts ``raw`` (Windows editors save "Unicode" text as
    UTF-16 with one), 'UTF-16' for text without one whose first characters each have a NUL
    byte on the same side (as Latin text in UTF-16 has), or '' for none."""
    named = next((name for mark, name in _OTHER_BOMS if raw.startswith(mark)), "")
    head = raw[:64] if len(raw) >= 4 else b""
    if not named and any(head) and (not any(head[1::2]) or not any(head[0::2])):
        return "UTF-16"
    return named


def _record_lines(node: yaml.Node, prefix: KeyPath, lines: dict[KeyPath, int], offset: int) -> None:
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            key = key_node.value if isinstance(key_node, yaml.ScalarNode) else str(key_node.value)
            lines[prefix + (key,)] = key_node.start_mark.line + offset
            _record_lines(value_node, prefix + (key,), lines, offset)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            lines[prefix + (index,)] = item.start_mark.line + offset
            _record_lines(item, prefix + (index,), lines, offset)


def parse_yaml(text: str, display: str, first_line: int = 1) -> tuple[YamlDoc | None, list[Diagnostic]]:
    """Parse one YAML document, recording the line of every key.

    ``first_line`` is the file line of the text's first line (front matter starts at 2). Its
    size is bounded by :func:`read_text`, which read it (front matter is part of its file). An
    alias bomb, a duplicate key or a syntax error is reported as a diagnostic; nothing here
    raises.
    """
    data, node, problems = load_yaml(text, first_line)
    if problems:
        return None, [Diagnostic(display, p.line, p.key, p.message) for p in problems]
    lines: dict[KeyPath, int] = {}
    if node is not None:
        _record_lines(node, (), lines, first_line)
    return YamlDoc(data, lines, display, first_line), []


@dataclass(frozen=True)
class MarkdownSource:
    """A Markdown file split into its front matter and body.

    Attributes:
        meta: the front matter document.
        body: the Markdown after the closing ``---``.
        body_line: file line on which the body starts.
    """

    meta: YamlDoc
    body: str
    body_line: int


def split_front_matter(text: str, display: str) -> tuple[MarkdownSource | None, list[Diagnostic]]:
    """Split ``---`` delimited YAML front matter from a Markdown text."""
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        return None, [Diagnostic(display, 1, "", "missing front matter: the file must start "
                                 "with a line '---', then YAML keys (id, title, ...), then '---'")]
    for index in range(1, len(lines)):
        if lines[index].strip() in ("---", "..."):
            break
    else:
        return None, [Diagnostic(display, 1, "", "front matter is not closed: add a line '---' "
                                 "after the last key")]
    doc, diagnostics = parse_yaml("\n".join(lines[1:index]), display, first_line=2)
    if doc is None:
        return None, diagnostics
    if not isinstance(doc.data, dict):
        return None, [Diagnostic(display, 2, "", "front matter must be a mapping of keys "
                                 "(key: value), not a list or a single value")]
    body = "\n".join(lines[index + 1:])
    return MarkdownSource(doc, body, index + 2), []
