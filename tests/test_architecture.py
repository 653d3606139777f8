"""The shape of the code: components in one list, no import cycles, the core never importing a
feature, every module importable on its own, a fast CLI start, and no HTML built in Python.

The import graph is read from the source (every ``import``, at module level or inside a
function, except under ``if TYPE_CHECKING:``), so a cycle hidden in a function still counts.
"""
from __future__ import annotations

import ast
import json
import re
import subprocess
import sys
from pathlib import Path

import click
import pytest

from conftest import ROOT
from kbgen.component import commands
from kbgen.components import COMMANDS, COMPONENTS
from kbgen.site.templating import Templates

PACKAGE = ROOT / "kbgen"
FEATURES = ("kbgen.status", "kbgen.search", "kbgen.suggest", "kbgen.permalinks", "kbgen.agents", "kbgen.review")
#: The application layer: the component list and what runs it (pipeline, CLI, dev server).
APP = {"kbgen.components", "kbgen.build", "kbgen.cli", "kbgen.__main__", "kbgen.site.serve"}
#: Heavy libraries that must not load when the CLI starts (``kbgen search`` must start fast).
HEAVY = ("numpy", "sklearn", "scipy", "mkdocs", "material", "feedgen", "icalendar", "lxml", "jinja2")


def module_names() -> dict[str, Path]:
    """Every kbgen module by dotted name."""
    names = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = list(path.relative_to(ROOT).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        names[".".join(parts)] = path
    return names


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


def _imports(tree: ast.AST):
    """Import nodes of a module, skipping ``if TYPE_CHECKING:`` blocks."""
    for node in ast.iter_child_nodes(tree):
        if isinstance(node, ast.If) and _is_type_checking(node):
            yield from (n for child in node.orelse for n in _imports(child))
            continue
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            yield node
        yield from _imports(node)


def import_graph() -> dict[str, set[str]]:
    """Module -> the kbgen modules it imports."""
    names = module_names()
    graph: dict[str, set[str]] = {}
    for name, path in names.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        edges = set()
        for node in _imports(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            else:
                base = package
                for _ in range(node.level - 1):
                    base = base.rpartition(".")[0]
                base = f"{base}.{node.module}" if node.level and node.module else (node.module or base)
                targets = [f"{base}.{alias.name}" if f"{base}.{alias.name}" in names else base
                           for alias in node.names]
            edges.update(t for t in targets if t in names and t != name)
        graph[name] = edges
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan's algorithm)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for target in sorted(graph[node]):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def is_feature(name: str) -> bool:
    return name.startswith(tuple(f + "." for f in FEATURES)) or name in FEATURES


def test_there_is_no_import_cycle():
    assert cycles(import_graph()) == []


def test_the_graph_sees_imports_inside_functions_but_not_type_checking_ones():
    graph = import_graph()
    assert {"kbgen.components", "kbgen.options"} <= graph["kbgen.cli"]
    assert "kbgen.site.plan" in graph["kbgen.build"]  # imported inside build_site()
    assert graph["kbgen.component"] == set()  # its imports are for annotations only


def test_the_cycle_check_finds_a_cycle():
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_the_core_never_imports_a_feature_or_the_application():
    graph = import_graph()
    core = [name for name in graph if not is_feature(name) and name not in APP]
    assert "kbgen.content" in core and "kbgen.config" in core and "kbgen.site.plan" in core
    wrong = {name: sorted(t for t in graph[name] if is_feature(t) or t in APP) for name in core}
    assert {name: targets for name, targets in wrong.items() if targets} == {}


def test_features_reach_the_application_only_through_the_pipeline():
    graph = import_graph()
    wrong = {name: sorted(t for t in graph[name] if t in APP - {"kbgen.build"})
             for name in graph if is_feature(name)}
    assert {name: targets for name, targets in wrong.items() if targets} == {}


def test_every_module_imports_in_a_fresh_interpreter():
    """Each module imported first, with no other kbgen module loaded before it."""
    script = (
        "import importlib, json, sys\n"
        f"names = {sorted(set(module_names()) - {'kbgen.__main__'})!r}\n"
        "failed = {}\n"
        "for name in names:\n"
        "    for loaded in [m for m in sys.modules if m == 'kbgen' or m.startswith('kbgen.')]:\n"
        "        del sys.modules[loaded]\n"
        "    try:\n"
        "        importlib.import_module(name)\n"
        "    except Exception as exc:\n"
        "        failed[name] = repr(exc)\n"
        "print(json.dumps(failed))\n")
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, check=True)
    assert json.loads(result.stdout) == {}


def test_the_cli_starts_without_heavy_libraries():
    script = ("import sys\nfrom kbgen.cli import main\n"
              "try:\n    main(['search', '--help'])\nexcept SystemExit:\n    pass\n"
              f"print([m for m in {HEAVY!r} if m in sys.modules])\n")
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, check=True)
    assert "Search the knowledge base" in result.stdout
    assert result.stdout.strip().splitlines()[-1] == "[]"


def test_components_are_one_list_with_unique_names_and_working_commands():
    names = [component.name for component in COMPONENTS]
    assert names[0] == "core" and len(set(names)) == len(names)
    keys = [key for component in COMPONENTS for key in component.config]
    assert len(set(keys)) == len(keys)
    assert set(COMMANDS) == set(commands(COMPONENTS))  # the CLI's list, read without importing components
    for command in commands(COMPONENTS):
        loaded = command.load()
        assert isinstance(loaded, click.Command) and loaded.help, command.name


def test_every_template_compiles_with_autoescape():
    templates = Templates({c.name: c.templates for c in COMPONENTS if c.templates})
    names = templates.env.list_templates()
    assert {"core/article.html", "status/note.html", "search/page.html"} <= set(names)
    for name in names:
        assert templates.env.get_template(name) is not None
    assert templates.env.autoescape is True


HTML_START = re.compile(r"\s*</?[A-Za-z]")


def _html_fstrings(path: Path) -> list[int]:
    """Lines of f-strings whose text starts with an HTML tag."""
    lines = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.JoinedStr) and node.values and isinstance(node.values[0], ast.Constant):
            if HTML_START.match(str(node.values[0].value)):
                lines.append(node.lineno)
    return lines


@pytest.mark.parametrize("path", [p for p in sorted(PACKAGE.rglob("*.py")) if "suggest" not in p.parts],
                         ids=lambda p: p.relative_to(PACKAGE).as_posix())
def test_no_f_string_builds_html(path):
    assert _html_fstrings(path) == []


def _literal_text(template: str) -> list[str]:
    """Words a template would print itself (outside tags, expressions, comments and scripts)."""
    for pattern in (r"<script>.*?</script>", r"\{#.*?#\}", r"\{\{.*?\}\}", r"\{%.*?%\}", r"<[^>]*>"):
        template = re.sub(pattern, " ", template, flags=re.S)
    return re.findall(r"[^\W\d_]{2,}", template)


@pytest.mark.parametrize("path", sorted(PACKAGE.rglob("templates/*.html")), ids=lambda p: p.name)
def test_templates_take_every_word_from_the_catalog(path):
    assert _literal_text(path.read_text(encoding="utf-8")) == []


def test_the_literal_text_check_sees_words():
    assert _literal_text('{# note #}<p title="x">{{ m("a") }} Hello</p>') == ["Hello"]
