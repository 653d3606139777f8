"""The README's GitHub Actions workflow and pre-commit hook work: both blocks parse, the
workflow's kbgen steps pass on the demo content, and the hook runs under pre-commit (or its
command directly where pre-commit is not installed), passing on the demo and failing on a
broken link."""
from __future__ import annotations

import importlib.util
import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from kbgen.cli import main
from conftest import ROOT

#: The demo's moment: its reviews and announcements as of late November 2026.
DEMO_NOW = "2026-11-26T12:00:00+00:00"


def readme_block(name: str) -> dict:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    match = re.search(rf"<!-- {name}:start -->\n```yaml\n(.*?)```\n<!-- {name}:end -->", readme, re.S)
    assert match, f"README.md lacks the {name} block"
    return yaml.safe_load(match.group(1))


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    """A copy of the demo project (content and config), as a knowledge-base repository has it."""
    project = tmp_path / "kb"
    shutil.copytree(ROOT / "content", project / "content")
    shutil.copy(ROOT / "site_config.yml", project / "site_config.yml")
    return project


def test_the_workflow_parses_and_its_kbgen_steps_pass_on_the_demo(demo, monkeypatch):
    workflow = readme_block("workflow")
    assert set(workflow[True]) == {"pull_request", "push"}  # YAML reads the key "on" as True
    steps = workflow["jobs"]["check"]["steps"]
    runs = [step["run"] for step in steps if "run" in step]
    assert runs[0].startswith("python -m pip install kbgen")
    commands = [shlex.split(run) for run in runs[1:]]
    assert [command[:2] for command in commands] == [["kbgen", "check"], ["kbgen", "build"]]
    monkeypatch.chdir(demo)
    for command in commands:
        result = CliRunner().invoke(main, command[1:] + ["--now", DEMO_NOW])
        assert result.exit_code == 0, result.output
        if command[1] == "check":
            assert result.output.splitlines() == ["46 articles, 4 announcements checked: 0 errors, 0 warnings, 0 infos"]
    assert (demo / "site/api/articles.json").is_file()


def run_hook(project: Path, tmp_path: Path) -> subprocess.CompletedProcess:
    """The README's hook on ``project``: under pre-commit when installed, else its command."""
    config = readme_block("pre-commit")
    hook = config["repos"][0]["hooks"][0]
    assert hook["language"] == "system" and hook["pass_filenames"] is False
    assert re.search(hook["files"], "content/articles/a.md") and re.search(hook["files"], "site_config.yml")
    env = {**os.environ, "KBGEN_NOW": DEMO_NOW, "PRE_COMMIT_HOME": str(tmp_path / "pre-commit-home"),
           "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"}
    # pre-commit run by this interpreter: a launcher found on PATH (pyenv's shim) may put
    # another Python's folder first, and its own `kbgen`, which is not the one under test
    runner = [sys.executable, "-m", "pre_commit"] if importlib.util.find_spec("pre_commit") else ["pre-commit"]
    if runner == ["pre-commit"] and shutil.which("pre-commit", path=env["PATH"]) is None:
        return subprocess.run([sys.executable, "-m", "kbgen", *shlex.split(hook["entry"])[1:]], cwd=project,
                              env=env, capture_output=True, text=True)
    (project / ".pre-commit-config.yaml").write_text(yaml.safe_dump(config), encoding="utf-8")
    git = ["git", "-c", "user.email=kb@example.com", "-c", "user.name=kb"]
    subprocess.run([*git, "init", "-q"], cwd=project, check=True)
    subprocess.run([*git, "add", "-A"], cwd=project, check=True)
    return subprocess.run([*runner, "run", "--all-files"], cwd=project, env=env, capture_output=True, text=True)


def test_the_pre_commit_hook_passes_on_the_demo_and_stops_a_broken_link(demo, tmp_path):
    passed = run_hook(demo, tmp_path)
    assert passed.returncode == 0, passed.stdout + passed.stderr
    article = demo / "content/articles/accounts/reset-password.md"
    article.write_text(article.read_text(encoding="utf-8") + "\nSee [the old page](gone.md).\n", encoding="utf-8")
    failed = run_hook(demo, tmp_path)
    assert failed.returncode == 1
    assert "content/articles/accounts/reset-password.md:" in failed.stdout
    assert "error[broken-link]: link: link to a missing article 'gone.md'" in failed.stdout
