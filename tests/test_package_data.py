"""Every data file kbgen reads at run time is shipped by a non-editable install.

An editable install reads files from the checkout, so a model or template missing from
``[tool.setuptools.package-data]`` passes every test here and breaks ``pip install kbgen``."""
from __future__ import annotations

import fnmatch
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _package_dirs(config: dict) -> dict[str, Path]:
    setuptools = config["tool"]["setuptools"]
    overrides = setuptools.get("package-dir", {})
    return {name: ROOT / overrides.get(name, name.replace(".", "/")) for name in setuptools["packages"]}


def _shipped(patterns: list[str], relative: str) -> bool:
    return any(fnmatch.fnmatch(relative, pattern) or fnmatch.fnmatch(relative, pattern.replace("**/", ""))
               for pattern in patterns)


def test_every_data_file_of_a_package_is_package_data():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    data = config["tool"]["setuptools"]["package-data"]
    dirs = _package_dirs(config)
    packages = set(dirs)
    missing = []
    for name, folder in dirs.items():
        for path in sorted(folder.rglob("*")):
            if not path.is_file() or path.suffix in {".py", ".pyc"} or "__pycache__" in path.parts:
                continue
            # a file inside a sub-package belongs to that package's own entry
            parts = path.relative_to(folder).parent.parts
            if any(".".join((name, *parts[:n])) in packages for n in range(1, len(parts) + 1)):
                continue
            if not _shipped(data.get(name, []), path.relative_to(folder).as_posix()):
                missing.append(f"{name}: {path.relative_to(folder).as_posix()}")
    assert not missing, "not in [tool.setuptools.package-data]: " + ", ".join(missing)
