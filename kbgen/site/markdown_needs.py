"""Which of the configured Markdown extensions a text can need, and a Markdown per need.

Every extension kbgen enables costs time on every page, used or not: on plain articles,
Python-Markdown with all of them takes half again as long as with ``toc`` alone. Most
extensions change nothing unless their syntax occurs (an admonition needs ``!!!``, a table a
``|``), so a page is converted by an instance holding the extensions its text can use, and the
output is the same as with all of them (``tests/test_markdown_needs.py`` checks each syntax,
and the render parity tests whole sites against ``mkdocs build`` with every extension).

Each test below is true for every text that uses the extension (it may be true for others:
then the extension simply runs). A text with raw HTML (``<``) or a backslash escape gets every
extension: ``md_in_html`` changes how HTML is parsed and ``tables`` adds ``|`` to the
characters a backslash escapes. An extension this table does not know is always enabled.
"""
from __future__ import annotations

import re
from typing import Any, Callable, Sequence

import markdown

_DEFINITION = re.compile(r"^ {0,3}:", re.MULTILINE)  # a def_list definition line
_INDENTED = re.compile(r"^(?: {4}|\t)", re.MULTILINE)  # an indented code block (or list continuation)

def _has_code(text: str) -> bool:
    """Code spans, fences or indented blocks: fenced_code (MkDocs always adds it), superfences,
    highlight, inlinehilite and attr_list work on code together (superfences highlights with highlight's settings and reads
    fence attributes through attr_list; inlinehilite styles every code span)."""
    return "`" in text or "~~~" in text or _INDENTED.search(text) is not None


#: The syntax each extension acts on (a test true for every text that uses it).
TRIGGERS: dict[str, Callable[[str], bool]] = {
    "abbr": lambda text: "*[" in text,
    "admonition": lambda text: "!!!" in text,
    "attr_list": lambda text: "{" in text or _has_code(text),
    "def_list": lambda text: _DEFINITION.search(text) is not None,
    "fenced_code": _has_code,
    "footnotes": lambda text: "[^" in text,
    "md_in_html": lambda text: "<" in text,
    "tables": lambda text: "|" in text,
    "toc": lambda text: True,
    "pymdownx.details": lambda text: "???" in text,
    "pymdownx.superfences": _has_code,
    "pymdownx.highlight": _has_code,
    "pymdownx.inlinehilite": _has_code,
    "pymdownx.keys": lambda text: "++" in text,
    "pymdownx.tasklist": lambda text: "[ ]" in text or "[x]" in text or "[X]" in text,
}


#: The character(s) each of Python-Markdown's own inline patterns starts from (a test true for
#: every text in which it can match): a pattern is only asked about the text of the page's
#: elements, which hold nothing but the page's own characters and placeholders of stashed parts
#: (control characters and letters) when the inline patterns run (every treeprocessor that adds
#: text -- toc's permalinks, attr_list, abbr -- runs after them). Each pattern asked costs a
#: call per element of every page, so a page leaves out those its text cannot trigger.
PATTERN_TRIGGERS: dict[str, Callable[[str], bool]] = {
    "backtick": lambda text: "`" in text,
    "escape": lambda text: "\\" in text,
    "reference": lambda text: "[" in text,
    "link": lambda text: "[" in text,
    "image_link": lambda text: "[" in text,
    "image_reference": lambda text: "[" in text,
    "short_reference": lambda text: "[" in text,
    "short_image_ref": lambda text: "[" in text,
    "autolink": lambda text: "<" in text,
    "automail": lambda text: "<" in text,
    # two spaces before a line end; a tab becomes spaces and a carriage return a line end first
    "linebreak": lambda text: " \n" in text or " \r" in text or "\t" in text,
    "html": lambda text: "<" in text,
    "entity": lambda text: "&" in text,
    "em_strong": lambda text: "*" in text or "_" in text,
}


#: Python-Markdown deletes these (its placeholder markers) before it parses, so they can hide a
#: trigger ("a  \x02\nb" is a line break); a text holding one gets every extension and pattern.
#: kbgen's loader refuses them in sources today; this keeps the shortcut exact without that.
_PARSER_MARKERS = ("\x02", "\x03")

#: At most this many instances per process keep their own pattern set; beyond it (a site of very
#: varied pages) a page gets all patterns: each instance is ~30-70 KiB and costs ~5 ms to make.
MAX_PATTERN_SETS = 64


def _has_marker(text: str) -> bool:
    return any(marker in text for marker in _PARSER_MARKERS)


def unused_patterns(text: str) -> tuple[str, ...]:
    """Python-Markdown's own inline patterns that cannot match anything in ``text``."""
    if _has_marker(text):
        return ()
    return tuple(name for name, can_match in PATTERN_TRIGGERS.items() if not can_match(text))


def extension_names(extensions: Sequence[Any]) -> list[str]:
    """The names in an MkDocs ``markdown_extensions`` list (strings or one-key mappings)."""
    return [item if isinstance(item, str) else next(iter(item)) for item in extensions]


def needed(text: str, names: Sequence[str]) -> tuple[str, ...]:
    """The extensions of ``names`` (in their order) that ``text`` can need."""
    if "<" in text or "\\" in text or _has_marker(text):
        return tuple(names)
    return tuple(name for name in names if name not in TRIGGERS or TRIGGERS[name](text))


class MarkdownByNeed:
    """One Markdown instance per set of needed extensions, made on first use and reused.

    Args:
        extensions: extension names, in the configured order.
        configs: their configs by name.
        setup: called with each new instance; what it returns comes back with the instance
            (MkDocs' own processors are registered there).
    """

    def __init__(self, extensions: Sequence[str], configs: dict[str, Any],
                 setup: Callable[[markdown.Markdown], Any]) -> None:
        self.names = list(extensions)
        self.configs = configs
        self.setup = setup
        self.instances: dict[tuple[tuple[str, ...], tuple[str, ...]], tuple[markdown.Markdown, Any]] = {}
        self.pattern_sets = 0  # instances that leave out some of Python-Markdown's own patterns

    def for_text(self, text: str) -> tuple[markdown.Markdown, Any]:
        """The instance for ``text`` (reset) and what ``setup`` returned for it: with the
        extensions it can need, without the inline patterns it cannot trigger."""
        key = (needed(text, self.names), unused_patterns(text))
        if key[1] and key not in self.instances and self.pattern_sets >= MAX_PATTERN_SETS:
            key = (key[0], ())
        found = self.instances.get(key)
        if found is None:
            names, unused = key
            md = markdown.Markdown(extensions=list(names),
                                   extension_configs={name: self.configs[name] for name in names if name in self.configs})
            for name in unused:
                if name in md.inlinePatterns and _is_own(md.inlinePatterns[name]):
                    md.inlinePatterns.deregister(name)
            found = self.instances[key] = (md, self.setup(md))
            self.pattern_sets += bool(unused)
        found[0].reset()
        return found


def _is_own(pattern: Any) -> bool:
    """Whether an inline pattern is Python-Markdown's own (an extension may register another
    under the same name, such as inlinehilite's ``backtick``: that one stays)."""
    return type(pattern).__module__ == "markdown.inlinepatterns"
