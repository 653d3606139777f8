"""The HTML elements the site keeps: :mod:`kbgen.site.safety` sanitises pages with them and
:mod:`kbgen.body_check` tells a writer which of theirs a page drops (one list for both)."""
from __future__ import annotations

#: What Markdown, the enabled extensions (tables, footnotes, admonitions, details, task lists,
#: code highlighting, permalinks) and kbgen's pages (search forms, copy buttons) write.
MARKUP_TAGS = frozenset({
    "a", "abbr", "b", "blockquote", "br", "button", "caption", "code", "col", "colgroup", "dd", "del",
    "details", "div", "dl", "dt", "em", "figcaption", "figure", "form", "h1", "h2", "h3", "h4", "h5", "h6",
    "hr", "i", "img", "input", "ins", "kbd", "label", "li", "mark", "nav", "noscript", "ol", "p", "pre",
    "q", "s", "section", "small", "span", "strong", "sub", "summary", "sup", "table", "tbody", "td",
    "tfoot", "th", "thead", "time", "tr", "u", "ul",
})
#: Ordinary HTML a trusted writer may add (media, layout, forms); nothing here runs script.
WRITER_TAGS = MARKUP_TAGS | frozenset({
    "address", "area", "article", "aside", "audio", "bdi", "bdo", "big", "center", "cite", "data",
    "datalist", "dfn", "dialog", "fieldset", "font", "footer", "header", "hgroup", "iframe", "legend",
    "main", "map", "menu", "meter", "optgroup", "option", "output", "picture", "progress", "rp", "rt",
    "ruby", "samp", "select", "source", "strike", "textarea", "track", "tt", "var", "video", "wbr",
})
#: Removed together with their content (their text is code or style, never prose).
CONTENT_TAGS = frozenset({"script", "style"})
