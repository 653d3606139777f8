"""kbgen's own render loop makes the same site as ``mkdocs build`` on the same docs folder.

:func:`kbgen.site.render.render` writes the docs folder and runs ``mkdocs build`` (the reference);
:func:`kbgen.site.publish.publish` drives MkDocs' and Material's objects from kbgen's loop, one
Markdown instance per process reset between pages, in worker processes or not. Every file of
the two sites must be byte-identical: on the demo, on the golden fixture, and on pages that use
every Markdown extension kbgen enables, one after another (state left over from a page would
show on the next).
"""
from __future__ import annotations

import datetime as dt
import textwrap
import zipfile
from pathlib import Path

import pytest

from conftest import ROOT, article
from kbgen.build import load_project
from kbgen.components import COMPONENTS
from kbgen.site import publish as publishing
from kbgen.site.mkdocs_pages import page_dest
from kbgen.site.plan import plan_site
from kbgen.site.pool import RenderPool, available_cpus
from kbgen.site.render import MARKDOWN_EXTENSIONS, render

NOW = dt.datetime(2026, 11, 23, 9, 0, tzinfo=dt.timezone.utc)
FIXTURE = Path(__file__).parent / "fixtures" / "golden-project"

EVERY_EXTENSION = textwrap.dedent("""\
    Intro with an abbreviation: the HTML spec and a key press ++ctrl+alt+del++.

    *[HTML]: Hyper Text Markup Language

    ## Steps {#steps .special}

    1. First[^1] step
    2. Second step[^note]

    - [x] done
    - [ ] to do

    !!! warning "Careful"
        Admonition body with `inline code` and `#!python print("hi")`.

    ??? note "Details"
        Hidden text.

    Term
    :   Definition of the term.

    | Column | Other |
    |--------|-------|
    | a      | b     |

    ```python
    def hello(name: str) -> str:
        return f"hello {name}"
    ```

    ~~~yaml
    key: value
    ~~~

        indented code block

    <div class="box" markdown>
    Some **Markdown** inside HTML.
    </div>

    ## Steps

    Same heading again, [a link to the other page](second.md#steps) and
    [one to nowhere](missing.pdf) and ![a picture](picture.png).

    [^1]: The first footnote.
    [^note]: A named footnote.
    """)
SECOND = textwrap.dedent("""\
    HTML again, without a definition here; a footnote with the same label[^1], and a link to a
    file made while pages render: [the search index](../../search/manifest.json).

    ## Steps

    ## Steps

    ```
    plain fence
    ```

    [^1]: Not the first page's footnote.
    """)


def tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def assert_same_site(project: Path, tmp_path: Path, workers: int, monkeypatch, offline: bool = False):
    corpus, diagnostics = load_project(project)
    assert corpus is not None, [d.format() for d in diagnostics]
    plan = plan_site(corpus, NOW, COMPONENTS)
    reference_warnings = render(plan, tmp_path / "mkdocs", offline=offline)
    monkeypatch.setattr(publishing, "IN_PROCESS", 1)
    with RenderPool(workers) as pool:
        result = publishing.publish(plan, tmp_path / "kbgen", offline=offline, pool=pool.start())
    reference, ours = tree(tmp_path / "mkdocs"), tree(tmp_path / "kbgen")
    assert sorted(reference) == sorted(ours)
    assert [path for path in reference if reference[path] != ours[path]] == []
    assert sorted(d.message for d in result.warnings) == sorted(d.message for d in reference_warnings)
    return plan, result


WORKERS = sorted({1, min(2, available_cpus())})


@pytest.mark.slow
@pytest.mark.parametrize("workers", WORKERS)
def test_the_demo_renders_as_mkdocs_build_renders_it(tmp_path, workers, monkeypatch):
    plan, _ = assert_same_site(ROOT, tmp_path, workers, monkeypatch)
    assert len(plan.pages) > 100


@pytest.mark.parametrize("workers", WORKERS)
def test_the_golden_fixture_renders_as_mkdocs_build_renders_it(tmp_path, workers, monkeypatch):
    assert_same_site(FIXTURE, tmp_path, workers, monkeypatch)


def zip_entries(path: Path) -> list[tuple[str, tuple, bytes]]:
    """Name below the top folder, time and bytes of every entry of a zip."""
    with zipfile.ZipFile(path) as archive:
        return [(info.filename.split("/", 1)[1], info.date_time, archive.read(info)) for info in archive.infolist()]


@pytest.mark.parametrize("workers", WORKERS)
def test_an_offline_copy_is_what_mkdocs_build_and_the_offline_pass_make(tmp_path, workers, monkeypatch):
    _, result = assert_same_site(FIXTURE, tmp_path, workers, monkeypatch, offline=True)
    assert result.archive == tmp_path / "kbgen.zip"
    assert zip_entries(tmp_path / "kbgen.zip") == zip_entries(tmp_path / "mkdocs.zip")
    assert (tmp_path / "kbgen" / "search" / "manifest.json.js").is_file()
    assert 'href="../../articles/kb0001-reset-password/index.html"' in (tmp_path / "kbgen" / "services/identity/index.html").read_text()


@pytest.mark.parametrize("workers", WORKERS)
def test_every_markdown_extension_renders_as_mkdocs_build_renders_it(make_project, tmp_path, workers, monkeypatch):
    project = make_project({
        "content/articles/guide/first.md": article("KB0001", "Every extension", EVERY_EXTENSION),
        "content/articles/guide/second.md": article("KB0002", "Second page", SECOND),
        "content/articles/guide/third.md": article("KB0003", "Third page", EVERY_EXTENSION),
        # Pages without HTML get a Markdown instance with only the extensions they can need.
        "content/articles/guide/table.md": article("KB0004", "A table", "| a | b |\n|---|---|\n| 1 | 2 |\n"),
        "content/articles/guide/code.md": article("KB0005", "Code", "```python\nx = 1\n```\n\nRun `ls`.\n"),
        "content/articles/guide/notes.md": article("KB0006", "Notes", "Text[^a].\n\n[^a]: A note.\n\n## Steps\n"),
        "content/articles/guide/plain.md": article("KB0007", "Plain", "## Steps\n\nJust text, [a link](second.md).\n"),
        "content/articles/guide/picture.png": b"\x89PNG\r\n\x1a\nfake",
    })
    _, result = assert_same_site(project, tmp_path, workers, monkeypatch)
    assert sum("missing.pdf" in d.message for d in result.warnings) == 2
    page = (tmp_path / "kbgen" / "articles/kb0001-first/index.html").read_text()
    for made_by in ('<abbr title="Hyper Text Markup Language">', 'class="admonition warning"', "<details",
                    '<dl>', 'class="footnote"', "<table>", 'class="highlight"', 'class="keys"',
                    'class="task-list', "<strong>Markdown</strong>", 'id="steps-2"'):
        assert made_by in page, made_by
    second = (tmp_path / "kbgen" / "articles/kb0002-second/index.html").read_text()
    assert "<abbr" not in second and "Not the first page" in second
    assert 'href="../../search/manifest.json"' in second  # found once the late files existed
    assert not any("manifest.json" in d.message for d in result.warnings)


def test_the_extension_list_is_the_one_the_renderer_uses():
    names = [item if isinstance(item, str) else next(iter(item)) for item in MARKDOWN_EXTENSIONS]
    assert {"abbr", "admonition", "attr_list", "def_list", "footnotes", "md_in_html", "tables", "toc",
            "pymdownx.details", "pymdownx.superfences", "pymdownx.highlight", "pymdownx.inlinehilite",
            "pymdownx.keys", "pymdownx.tasklist"} <= set(names)


@pytest.mark.parametrize("path", ["index.md", "a.md", "a/index.md", "a/README.md", "a/b/c.md", "x.y.md", "README.md",
                                  "a/.hidden.md", "b.c/d.md", "a/b/README.md"])
@pytest.mark.parametrize("directory_urls", [True, False])
def test_page_destinations_follow_mkdocs(path, directory_urls):
    from mkdocs.structure.files import File

    assert page_dest(path, directory_urls) == File(path, None, "", directory_urls).dest_uri


def test_the_header_around_the_title_is_rendered_once_per_depth(make_project, tmp_path, monkeypatch):
    """The header's parts before and after the page's title are remembered by the renderer
    (pages at one depth outside the navigation share them), while every page still shows its
    own title in the header (the parity tests above check the bytes against ``mkdocs build``)."""
    from kbgen.build import build_site
    from kbgen.site.mkdocs_pages import FragmentMemo

    memos: list[FragmentMemo] = []
    original = FragmentMemo.__init__

    def keep(self, *args, **kwargs):
        original(self, *args, **kwargs)
        memos.append(self)
    monkeypatch.setattr(FragmentMemo, "__init__", keep)
    titles = {f"kb000{n + 1}": f"Printer tray {n} jams" for n in range(6)}
    project = make_project({f"content/articles/a{n}.md": article(code.upper(), title)
                            for n, (code, title) in enumerate(titles.items())})
    out = tmp_path / "site"
    build_site(project, out, now=NOW, use_cache=False, workers=1)
    made = [key for memo in memos for key in memo.saved if key[0] == "header-top"]
    assert made and len(made) < len(titles)
    assert {key[0] for memo in memos for key in memo.saved} >= {"header-top", "header-bottom"}
    pages = sorted(out.glob("articles/kb*/index.html"))
    assert len(pages) == len(titles)
    for page in pages:  # each page's own title, not the first page's at its depth
        header = page.read_text(encoding="utf-8").split('data-md-component="header-topic"', 1)[1][:300]
        assert titles[page.parent.name.split("-", 1)[0]] in header, page


def test_a_project_template_included_in_a_remembered_part_reads_each_page(make_project, tmp_path):
    """A project's ``theme/`` may override a partial that a remembered part includes (the
    header's logo) with one that prints the page's own values: the renderer then renders every
    part for every page, and each page shows its own title there."""
    from kbgen.build import build_site

    titles = {f"kb000{n + 1}": f"Scanner feeder {n} skips" for n in range(4)}
    files = {f"content/articles/s{n}.md": article(code.upper(), title) for n, (code, title) in enumerate(titles.items())}
    files["theme/partials/logo.html"] = '<span class="own-logo">{{ page.title }}</span>'
    project = make_project(files)
    out = tmp_path / "site"
    build_site(project, out, now=NOW, use_cache=False, workers=1)
    shown = {}
    for page in out.glob("articles/kb*/index.html"):
        logo = page.read_text(encoding="utf-8").split('<span class="own-logo">', 1)[1].split("</span>", 1)[0]
        shown[page.parent.name.split("-", 1)[0]] = logo
    assert shown == titles


def test_workers_handed_a_setup_early_leave_a_broken_pool_to_the_render(tmp_path):
    """A worker that dies before the render (as in its early tasks) breaks the pool:
    ``RenderPool.prepare`` raises nothing (the early set-up is only a head start) and the
    render reports it as kbgen's error, never a raw ``BrokenProcessPool``."""
    import os
    from concurrent.futures.process import BrokenProcessPool

    from kbgen.errors import KbgenError
    from types import SimpleNamespace

    from kbgen.site.pool import PoolBroken, RenderSetup

    pool = RenderPool(2).start(fork=False)
    if pool.executor is None:
        pytest.skip("no worker processes on this platform")
    try:
        with pytest.raises(BrokenProcessPool):
            pool.executor.submit(os._exit, 1).result(timeout=60)  # a worker dies
        setup = RenderSetup(None, 0, str(tmp_path))
        pool.prepare(setup, tmp_path / "setup.pickle")
        assert (tmp_path / "setup.pickle").is_file()
        with pytest.raises(PoolBroken, match="pool") as broken:
            list(pool.render(lambda: setup, tmp_path / "setup.pickle", [SimpleNamespace(path="a.md")],
                             lambda count: None))
        assert isinstance(broken.value, KbgenError) and broken.value.in_flight == ()  # none was handed over
    finally:
        pool.close()
