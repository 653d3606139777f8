"""Reading user files: text decoding, front matter splitting and YAML with line numbers.

Everything here returns diagnostics instead of raising, so the loader can report every
problem of a run at once.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .errors import Diagnostic

KeyPath = tuple[Any, ...]
#: PyYAML's safe loader, in C (libyaml) where it is installed: ~10x faster on front matter, which
#: is most of the time ``kbgen check`` takes. A document it refuses is read again by the Python
#: parser, whose words (and lines) the error messages use.
SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


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


def read_text(path: Path, display: str) -> tuple[str | None, list[Diagnostic]]:
    """Read a UTF-8 text file; report a non-UTF-8 or empty file as an error."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        return None, [Diagnostic(display, 0, "", f"cannot read file: {exc.strerror}")]
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        return None, [Diagnostic(display, line, "", "file is not valid UTF-8 text "
                                 f"(byte 0x{raw[exc.start]:02x}); save it as UTF-8")]
    if not text.strip():
        return None, [Diagnostic(display, 1, "", "file is empty")]
    if "\x00" in text:
        line = text[: text.index("\x00")].count("\n") + 1
        return None, [Diagnostic(display, line, "", "file contains a NUL byte")]
    return text.replace("\r\n", "\n").replace("\r", "\n"), []


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


def _load(text: str, loader_class: type) -> tuple[yaml.Node | None, Any]:
    """The node tree (for key lines) and the data of one YAML document."""
    loader = loader_class(text)
    try:
        node = loader.get_single_node()
        return node, loader.construct_document(node) if node is not None else None
    finally:
        loader.dispose()


def parse_yaml(text: str, display: str, first_line: int = 1) -> tuple[YamlDoc | None, list[Diagnostic]]:
    """Parse one YAML document, recording the line of every key.

    ``first_line`` is the file line of the text's first line (front matter starts at 2).
    """
    try:
        try:
            node, data = _load(text, SAFE_LOADER)
        except yaml.YAMLError:
            node, data = _load(text, yaml.SafeLoader)  # Python's parser words the problem (and may accept it)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = (mark.line + first_line) if mark else first_line
        problem = exc.problem or exc.context or "invalid YAML"
        return None, [Diagnostic(display, line, "", f"invalid YAML: {problem}")]
    except yaml.YAMLError as exc:
        return None, [Diagnostic(display, first_line, "", f"invalid YAML: {exc}")]
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
