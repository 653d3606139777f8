"""kbgen's theme keeps copies of Material's partials: a test fails when Material's own partial
changes, so a Material upgrade cannot leave kbgen's copy printing something Material no longer does."""
from __future__ import annotations

import re
from pathlib import Path

import material

MATERIAL = Path(material.__file__).parent / "templates"
THEME = Path(__file__).resolve().parents[1] / "theme"
#: A template's leading comment (``{#- ... -#}``): Material's says the file is generated, kbgen's why it is copied.
COMMENT = re.compile(r"\A\s*\{#-?.*?-?#\}\s*", re.DOTALL)


def _lines(text: str) -> list[str]:
    return [line for line in COMMENT.sub("", text).splitlines() if line.strip()]


def test_language_partial_is_materials_with_only_the_words_macro_remembered() -> None:
    """``partials/language.html``: every line of Material's is in kbgen's copy, in order, except
    the ``t`` macro, whose body Material's way stays as the fallback of kbgen's (plain MkDocs)."""
    theirs = _lines((MATERIAL / "partials/language.html").read_text(encoding="utf-8"))
    ours = _lines((THEME / "partials/language.html").read_text(encoding="utf-8"))
    macro = [line for line in theirs if line.startswith("{% macro t(key) %}")]
    assert len(macro) == 1, "Material's language partial no longer defines t(key): review theme/partials/language.html"
    body = macro[0].removeprefix("{% macro t(key) %}").removesuffix("{% endmacro %}")
    assert [line for line in theirs if line != macro[0]] == [line for line in ours if not line.startswith("{% macro t(")]
    kept = [line for line in ours if line.startswith("{% macro t(key) %}")]
    assert len(kept) == 1 and "{% else %}" + body + "{% endif %}" in kept[0]
    assert "kbgen_words(key, lang, fallback)" in kept[0]


#: kbgen's marks around the header's remembered parts (``kbgen_memo``), taken out to compare.
MEMO_MARK = re.compile(r'\{% call kbgen_part\("[a-z-]+"\) %\}|\{% endcall %\}')


def _search_block(lines: list[str], first: str, last: str, after: int) -> tuple[int, int]:
    """Where the header's search part starts and ends (``after`` lines past ``last``)."""
    start = next(i for i, line in enumerate(lines) if first in line)
    end = next(i for i, line in enumerate(lines) if last in line and i > start) + after + 1
    return start, end


def test_header_partial_is_materials_with_only_search_replaced_and_the_memo_marked() -> None:
    """``partials/header.html``: Material's lines, in order, with only its search part replaced
    by kbgen's, and the memo's marks around every line but the page's title (a Material upgrade
    that changes its header, or a page's value moved inside a remembered part, fails here)."""
    theirs = [line.strip() for line in _lines((MATERIAL / "partials/header.html").read_text(encoding="utf-8"))]
    ours = [line.strip() for line in _lines((THEME / "partials/header.html").read_text(encoding="utf-8"))]
    start, end = _search_block(theirs, '"material/search" in config.plugins', 'include "partials/search.html"', 2)
    assert theirs[end - 2:end] == ["{% endif %}", "{% endif %}"], "Material's search part changed: review the header"
    ours_start, ours_end = _search_block(ours, "kbgen: its own search box", 'include "partials/kbgen-search.html"', 1)
    setup = [line for line in ours[:2] if "kbgen_once" in line or "kbgen_part =" in line]
    assert len(setup) == 2
    unmarked = [MEMO_MARK.sub("", line).strip() for line in ours[2:ours_start] + ours[ours_end:]]
    assert theirs[:start] + theirs[end:] == unmarked
    text = "\n".join(ours)
    assert text.count('{% call kbgen_part("') == text.count("{% endcall %}") == 2
    middle = text.split("{% endcall %}", 1)[1].split("{% call kbgen_part(", 1)[0]
    remembered = text.replace(middle, "").replace("page.is_homepage", "")  # the home page is in the navigation: never remembered
    assert "page.title" in middle and not re.search(r"\bpage\.", remembered)
