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
