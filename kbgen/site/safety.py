"""No script runs from anything a writer types: a Python-Markdown extension for every page.

Python-Markdown passes character references through (``[x](javascript&#58;...)`` reaches the
browser as a working ``javascript:`` link) and copies raw HTML and ``{: onclick=... }``
attributes as they are. The last step of every page's Markdown, :class:`SanitisePostprocessor`,
therefore parses the page's HTML as a browser does (nh3, html5ever: linear, and what it writes
out is what a browser reads back) and keeps only:

* ``markdown.raw_html: true`` (default): writers are trusted to write HTML, so every element and
  attribute of ordinary HTML stays, except what runs script: ``<script>``, ``<style>``, event
  handler attributes (``on...``), ``srcdoc``, any attribute whose value is a script URL, and a
  ``style`` whose CSS loads one (``url(javascript:...)``) or runs script (``expression()``).
* ``markdown.raw_html: false``: only the markup that Markdown, its extensions and kbgen's own
  pages produce; a writer's other HTML is reduced to its text.

Attributes are decided by :func:`kbgen.body_check.attribute_problem` on the value the HTML parser
decoded, the same rule ``kbgen check`` applies to the source, so the check and the site never disagree.
"""
from __future__ import annotations

import functools
import re
from typing import Any

import markdown
import nh3
from markdown.postprocessors import Postprocessor

from ..body_check import attribute_problem
from ..html_tags import CONTENT_TAGS, MARKUP_TAGS, WRITER_TAGS
from ..links import SCRIPT_SCHEMES

GLOBAL_ATTRIBUTES = frozenset({"class", "id", "title", "lang", "dir", "hidden", "role", "tabindex"})
MARKUP_ATTRIBUTES = {
    "*": GLOBAL_ATTRIBUTES,
    "a": {"href", "name", "rel", "target"},
    "img": {"src", "alt", "width", "height", "loading"},
    "td": {"align", "colspan", "rowspan", "style"}, "th": {"align", "colspan", "rowspan", "scope", "style"},
    "ol": {"start", "type", "reversed"}, "li": {"value"}, "details": {"open"}, "time": {"datetime"},
    "abbr": {"title"}, "col": {"span"}, "colgroup": {"span"},
    "form": {"action", "method"}, "label": {"for"}, "button": {"type"},
    "input": {"type", "name", "placeholder", "autocomplete", "spellcheck", "checked", "disabled", "value"},
}
#: Attributes of ordinary HTML for trusted writers: URLs, sizes, media and form settings.
#: Event handlers (``on...``) and ``srcdoc`` are not among them.
WRITER_ATTRIBUTES = {
    "*": GLOBAL_ATTRIBUTES | {"style", "translate", "accesskey", "align", "width", "height", "name",
                              "type", "value", "src", "href", "alt", "target", "rel", "download",
                              "hreflang", "cite", "datetime", "colspan", "rowspan", "scope", "span",
                              "start", "reversed", "open", "for", "checked", "disabled", "placeholder",
                              "autocomplete", "spellcheck", "readonly", "required", "multiple",
                              "selected", "label", "min", "max", "low", "high", "optimum", "controls",
                              "autoplay", "loop", "muted", "poster", "preload", "playsinline", "srcset",
                              "sizes", "loading", "decoding", "allow", "allowfullscreen",
                              "referrerpolicy", "coords", "shape", "usemap", "kind", "srclang",
                              "color", "face", "size", "border", "cellpadding", "cellspacing",
                              "valign", "bgcolor", "action", "method", "rows", "cols", "wrap"},
}
#: Only these CSS properties survive in ``style`` without raw HTML (table cell alignment).
MARKUP_STYLES = frozenset({"text-align"})
_SAFE_SCHEMES = frozenset({"http", "https", "mailto", "tel", "data"})
_SCRIPT_SCHEMES = frozenset(SCRIPT_SCHEMES)
#: A run of the characters a URL scheme is made of, from its start (the look-behind makes the
#: search linear: inside a run it fails at once), when a ``:`` follows it.
_SCHEME_RUN = re.compile(r"(?<![A-Za-z0-9+.-])[A-Za-z0-9+.-]+(?=:)")
#: A scheme is at most 32 characters and starts with a letter (RFC 3986, bounded).
_SCHEME_LENGTH = 32
_NOT_LETTERS = "0123456789+.-"


def _keep_safe_value(tag: str, attribute: str, value: str) -> str | None:
    """nh3's attribute filter: drop any attribute that ``kbgen check`` reports as script (its
    decoded value a script URL, or CSS that loads one), so the check and the site agree."""
    return None if attribute_problem(attribute, value) else value


def url_schemes(html: str) -> frozenset[str]:
    """Every word of ``html`` that could be a URL scheme (lower-cased): before each ``:``, the
    last :data:`_SCHEME_LENGTH` characters of the run of scheme characters, from its first
    letter (what a search for ``[A-Za-z][A-Za-z0-9+.-]{0,31}(?=:)`` finds, in one pass)."""
    found = set()
    for run in _SCHEME_RUN.findall(html):
        word = run[-_SCHEME_LENGTH:].lstrip(_NOT_LETTERS)
        if word:
            found.add(word.lower())
    return frozenset(found)


@functools.lru_cache(maxsize=256)
def _cleaner(raw_html: bool, schemes: frozenset[str]) -> nh3.Cleaner:
    """nh3's sanitiser set up once per setting and set of allowed schemes. Every word before a
    colon counts as a scheme, so real prose ("Problem:", "Note:") gives many sets (91 for 127
    articles of a real-looking KB, 33 pages on the largest): pages sharing a set reuse it, and
    a miss costs what setting nh3 up on each page always cost."""
    return nh3.Cleaner(
        tags=set(WRITER_TAGS if raw_html else MARKUP_TAGS),
        clean_content_tags=set(CONTENT_TAGS),
        attributes={tag: set(names) for tag, names in (WRITER_ATTRIBUTES if raw_html else MARKUP_ATTRIBUTES).items()},
        attribute_filter=_keep_safe_value,
        generic_attribute_prefixes={"data-", "aria-"},
        url_schemes=set(schemes),
        filter_style_properties=None if raw_html else set(MARKUP_STYLES),
        link_rel=None,
        strip_comments=True,
    )


def clean_html(html: str, raw_html: bool = True) -> str:
    """``html`` with everything that could run script removed (see the module docstring).

    Any URL scheme a page uses stays allowed (intranets link to ``msteams:``, ``ms-settings:``
    and the like) except the script schemes; relative URLs pass unchanged.
    """
    schemes = (url_schemes(html) - _SCRIPT_SCHEMES) | _SAFE_SCHEMES
    return _cleaner(raw_html, schemes).clean(html)


class SanitisePostprocessor(Postprocessor):
    """Runs :func:`clean_html` over a page's finished HTML (after raw HTML is put back)."""

    def __init__(self, md: markdown.Markdown, raw_html: bool) -> None:
        super().__init__(md)
        self.raw_html = raw_html

    def run(self, text: str) -> str:
        if "<" not in text:  # no tag, nothing to run (the toc's unused string is "": skip_toc_string)
            return text
        return clean_html(text, self.raw_html)


def _no_string(element: Any) -> str:
    """The serialiser while ``toc`` makes its unused string."""
    return ""


def skip_toc_string(md: markdown.Markdown) -> None:
    """Leave unmade (empty) the table of contents as one string (``md.toc``),
    which the ``toc`` extension serialises and passes through every postprocessor on each page:
    MkDocs and Material read its tokens (``md.toc_tokens``, whose headings are sanitised as
    before) and never the string, so cleaning it was a second sanitiser run per page for
    nothing. A ``[TOC]`` marker in the page gets its own copy, sanitised with the page."""
    toc = md.treeprocessors["toc"] if "toc" in md.treeprocessors else None
    if toc is None:
        return
    build_div, run = toc.build_toc_div, toc.run

    def build_then_skip(toc_list: list) -> Any:
        div = build_div(toc_list)
        md.serializer = _no_string  # what toc serialises from here on is md.toc
        return div

    def run_then_forget(doc: Any) -> None:
        serializer = md.serializer
        try:
            run(doc)
        finally:
            md.serializer = serializer
            md.toc = ""  # never printed unsanitised
    toc.build_toc_div, toc.run = build_then_skip, run_then_forget


class SafetyExtension(markdown.Extension):
    """Register :class:`SanitisePostprocessor` last, after every other postprocessor."""

    def __init__(self, **kwargs: Any) -> None:
        self.config = {"raw_html": [True, "Keep writers' HTML (minus script); False keeps only Markdown's markup."]}
        super().__init__(**kwargs)

    def extendMarkdown(self, md: markdown.Markdown) -> None:  # noqa: N802 - Python-Markdown API
        md.postprocessors.register(SanitisePostprocessor(md, bool(self.getConfig("raw_html"))), "kbgen-safety", 0)


def makeExtension(**kwargs: Any) -> SafetyExtension:  # noqa: N802 - Python-Markdown API
    """Entry point MkDocs uses for ``kbgen.site.safety`` in ``markdown_extensions``."""
    return SafetyExtension(**kwargs)


def extension_entry(raw_html: bool) -> dict[str, dict[str, bool]]:
    """The ``markdown_extensions`` entry of the generated MkDocs configuration."""
    return {"kbgen.site.safety": {"raw_html": raw_html}}
