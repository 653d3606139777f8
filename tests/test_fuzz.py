"""Fuzzing front matter, site_config.yml and Markdown bodies with hypothesis: whatever the text,
loading never raises (every problem is a diagnostic with a file and a line) and stays fast."""
from __future__ import annotations

import datetime as dt
import shutil
from html.parser import HTMLParser
import tempfile
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kbgen.build import load_project
from kbgen.components import COMPONENTS
from kbgen.errors import Diagnostic
from kbgen.links import is_script_url
from kbgen.site.linear import unclosed_openers
from kbgen.site.plan import plan_site
from kbgen.site.safety import clean_html

NOW = dt.datetime(2026, 3, 1, 9, tzinfo=dt.timezone.utc)
#: Characters that make YAML and Markdown interesting: structure, anchors, quotes, brackets.
YAML_ALPHABET = st.sampled_from(list("abcKB0123456789:-[]{}&*!#\"'|>%@`?,.\\ \t\n") + ["\n  ", ": ", "- ",
                                "&a ", "*a", "2026-02-30", "T25:00", "+25:00", "9999-12-31", "\u00e9", "\x00"])
SCALARS = st.one_of(st.none(), st.booleans(), st.integers(-10**30, 10**30), st.floats(allow_nan=True),
                    st.text(max_size=30), st.dates(), st.datetimes())
VALUES = st.recursive(SCALARS, lambda inner: st.one_of(st.lists(inner, max_size=4),
                                                       st.dictionaries(st.text(max_size=8), inner, max_size=4)),
                      max_leaves=12)
ARTICLE_KEYS = st.sampled_from(["id", "title", "summary", "type", "tags", "services", "keywords", "owner", "created",
                                "reviewed", "review_every_days", "draft", "related", "aliases", "sevices", "x"])
CONFIG_KEYS = st.sampled_from(["site_name", "site_url", "timezone", "language", "id_prefix", "contact", "services",
                               "review", "status", "search", "markdown", "severity", "tickets", "sevices"])
FUZZ = settings(max_examples=60, deadline=3000, suppress_health_check=[HealthCheck.too_slow])


@pytest.fixture(scope="module")
def folder():
    path = Path(tempfile.mkdtemp(prefix="kbgen-fuzz-"))
    yield path
    shutil.rmtree(path, ignore_errors=True)


def load(folder: Path, config: str, article: str) -> list[Diagnostic]:
    shutil.rmtree(folder / "p", ignore_errors=True)
    (folder / "p/content/articles").mkdir(parents=True)
    (folder / "p/site_config.yml").write_text(config, encoding="utf-8")
    (folder / "p/content/articles/a.md").write_text(article, encoding="utf-8")
    corpus, diagnostics = load_project(folder / "p")
    assert all(isinstance(d, Diagnostic) and d.path and d.line >= 0 for d in diagnostics)
    if corpus is not None:
        plan_site(corpus, NOW, COMPONENTS)
    return diagnostics


def dumped(mapping: dict) -> str:
    try:
        return yaml.safe_dump(mapping, allow_unicode=True)
    except yaml.YAMLError:
        return "x: 1\n"


@FUZZ
@given(text=st.lists(YAML_ALPHABET, max_size=80).map("".join))
def test_any_front_matter_text_is_a_diagnostic_not_an_exception(folder, text):
    load(folder, "site_name: X\nservices:\n  - id: vpn\n    name: VPN\n", f"---\n{text}\n---\nBody.\n")


@FUZZ
@given(meta=st.dictionaries(ARTICLE_KEYS, VALUES, max_size=8))
def test_any_front_matter_values_are_diagnostics_not_exceptions(folder, meta):
    load(folder, "site_name: X\n", "---\n" + dumped(meta) + "---\nBody.\n")


@FUZZ
@given(text=st.lists(YAML_ALPHABET, max_size=80).map("".join))
def test_any_config_text_is_a_diagnostic_not_an_exception(folder, text):
    load(folder, text, "---\nid: KB1\ntitle: T\n---\n")


@FUZZ
@given(config=st.dictionaries(CONFIG_KEYS, VALUES, max_size=8))
def test_any_config_values_are_diagnostics_not_exceptions(folder, config):
    load(folder, dumped(config), "---\nid: KB1\ntitle: T\n---\n")


MARKDOWN = st.lists(st.sampled_from(list("[]()`<>*_!#&;:-|\\\"'= \n") + [
    "javascript:", "&#58;", "&#x6A;", "<a href=", " onclick=", "{: ", "[^1]", "```", "    ", "<!--", "-->",
    "<script>", "x.md", "](", "\t"]), max_size=60).map("".join)


@FUZZ
@given(body=MARKDOWN)
def test_any_markdown_body_loads_and_plans_without_an_exception(folder, body):
    load(folder, "site_name: X\n", f"---\nid: KB1\ntitle: T\n---\n{body}\n")


@settings(max_examples=200, deadline=1000)
@given(body=MARKDOWN)
def test_only_delimiters_are_set_aside(body):
    offsets = unclosed_openers(body)
    assert offsets == sorted(set(offsets)) and all(body[i] in "[]()`" for i in offsets)


class _Attributes(HTMLParser):
    """Every (tag, attribute, value) of an HTML text, as a browser's tokenizer reads them."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[tuple[str, str, str]] = []

    def handle_starttag(self, tag, attrs):
        self.found += [(tag, name, value or "") for name, value in attrs] + [(tag, "", "")]


@settings(max_examples=200, deadline=1000)
@given(html=MARKDOWN)
def test_sanitised_html_never_holds_a_handler_or_a_script_url(html):
    parser = _Attributes()
    parser.feed(clean_html(html))
    parser.close()
    for tag, name, value in parser.found:
        assert tag != "script" and not name.startswith("on") and not is_script_url(value), (tag, name, value)
