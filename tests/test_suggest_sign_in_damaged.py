"""A damaged sign-in model (``kbgen/suggest/sign_in_model.json``) is one ``path: error:`` line, checked
before ``kbgen suggest`` starts, never a traceback and never a model read in part (round 22)."""
from __future__ import annotations

import base64
import json

import numpy as np
import pytest

from kbgen.errors import FileError
from kbgen.suggest import sign_in_model

GOOD = json.loads(sign_in_model.MODEL_PATH.read_text(encoding="utf-8"))


def _with(**changes) -> str:
    data = dict(GOOD)
    data.update(changes)
    return json.dumps(data)


def _without(key: str) -> str:
    return json.dumps({k: v for k, v in GOOD.items() if k != key})


DAMAGED = {
    "missing": None,
    "empty": "",
    "truncated": sign_in_model.MODEL_PATH.read_text(encoding="utf-8")[:5000],
    "garbage": "\x00\x17 not a model at all \ufffd",
    "a list": "[1, 2, 3]",
    "no weights": _without("weights"),
    "no intercept": _without("intercept"),
    "other features": _with(features=sign_in_model.N_FEATURES // 2),
    "features as text": _with(features="char_wb 3-5"),
    "other n-grams": _with(char_ngrams=[2, 5]),
    "no n-grams": _without("char_ngrams"),
    "weights cut short": _with(weights=base64.b64encode(np.zeros(100, dtype="<i2").tobytes()).decode("ascii")),
    "weights not base64": _with(weights="%%% not base64 %%%"),
    "weights a list": _with(weights=[0.0] * 10),
    "NaN intercept": _with(intercept=float("nan")),
    "infinite intercept": _with(intercept=float("inf")),
    "NaN scale": _with(scale=float("nan")),
    "zero scale": _with(scale=0),
    "scale as text": _with(scale="4096"),
    # round 22 review: nested past Python's recursion limit, and finite numbers no fit writes
    "nested deep": "[" * 100_000 + "]" * 100_000,
    "huge scale": _with(scale=1e308),
    "tiny scale": _with(scale=1e-320),
    "huge intercept": _with(intercept=1e308),
    "huge negative intercept": _with(intercept=-1e6),
}


@pytest.fixture
def damaged(tmp_path, monkeypatch):
    path = tmp_path / "sign_in_model.json"

    def install(content: str | None):
        if content is not None:
            path.write_text(content, encoding="utf-8")
        monkeypatch.setattr(sign_in_model, "MODEL_PATH", path)
        sign_in_model._model.cache_clear()
        return path
    yield install
    monkeypatch.undo()
    sign_in_model._model.cache_clear()


@pytest.mark.parametrize("name", sorted(DAMAGED))
def test_a_damaged_model_is_a_file_error(damaged, name):
    path = damaged(DAMAGED[name])
    with pytest.raises(FileError) as raised:
        sign_in_model.load_sign_in_model()
    line = raised.value.report()
    assert line.startswith(f"{path}: error: the sign-in model is unusable") and "\n" not in line
    with pytest.raises(FileError):  # and so is every later use: never scored with a model read in part
        sign_in_model.subject_probabilities(["cannot sign in"])


@pytest.mark.parametrize("name", ["tiny scale", "huge scale", "huge intercept"])
def test_a_number_out_of_range_is_refused_before_any_arithmetic(damaged, name):
    """No numpy warning (an overflow in the division) is printed before the error line."""
    import warnings
    damaged(DAMAGED[name])
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        with pytest.raises(FileError):
            sign_in_model.load_sign_in_model()


def test_the_shipped_model_loads(damaged):
    damaged(sign_in_model.MODEL_PATH.read_text(encoding="utf-8"))
    sign_in_model.load_sign_in_model()
    assert sign_in_model.subject_probabilities(["printer jam"]).shape == (1,)


@pytest.mark.parametrize("name", ["truncated", "garbage", "other features", "NaN intercept"])
def test_kbgen_suggest_reports_a_damaged_model_once_on_stderr(tmp_path, damaged, make_project, name):
    from click.testing import CliRunner
    from conftest import article
    from kbgen.cli import main
    project = make_project({"content/articles/printer.md": article(
        "KB0001", "Printer jam - clear the tray", "Clear the paper tray and restart the printer.", summary="Jams.")})
    export = tmp_path / "export.csv"
    export.write_text("Key,Subject,Details,Created\nHD-1,printer jam,paper stuck,2026-01-02 09:00:00\n", encoding="utf-8")
    damaged(DAMAGED[name])
    result = CliRunner().invoke(main, ["suggest", str(export), "--project", str(project),
                                       "--map", "id=Key,title=Subject,body=Details,opened=Created"])
    assert result.exit_code != 0 and "Traceback" not in result.output
    errors = [line for line in result.stderr.splitlines() if "error:" in line]
    assert len(errors) == 1 and "sign_in_model.json: error: the sign-in model is unusable" in errors[0]
