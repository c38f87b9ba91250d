"""Which tagger extraction uses: --model / ONRECORD_MODEL / the default; the shipped model inside the package."""

from __future__ import annotations

from pathlib import Path

import pytest

from onrecord.errors import ConfigError
from onrecord.tagger import select
from onrecord.tagger.model import Tagger
from onrecord.tagger.select import DEFAULT_MODEL, ENV_VAR, SHIPPED_PATH, model_name, resolve_model


@pytest.mark.parametrize(
    ("name", "env", "expected"),
    [
        (None, None, DEFAULT_MODEL),
        ("rules", "shipped", "rules"),
        ("shipped", None, "shipped"),
        (None, "shipped", "shipped"),
        (None, "rules", "rules"),
        ("/some/folder", "rules", "/some/folder"),
    ],
)
def test_an_explicit_name_wins_over_the_environment_which_wins_over_the_default(
    name: str | None, env: str | None, expected: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    if env is None:
        monkeypatch.delenv(ENV_VAR, raising=False)
    else:
        monkeypatch.setenv(ENV_VAR, env)
    assert model_name(name) == expected


def test_rules_means_no_tagger() -> None:
    assert resolve_model("rules") is None


def test_the_shipped_model_is_package_data_trained_on_cc0_data() -> None:
    tagger = resolve_model("shipped")
    assert isinstance(tagger, Tagger)
    assert tagger.path == SHIPPED_PATH.resolve()
    assert tagger.meta["license"] == "CC0-1.0"
    assert {s["license"] for s in tagger.meta["sources"]} == {"CC0-1.0"}
    assert (SHIPPED_PATH / "README.md").is_file()
    size = sum(f.stat().st_size for f in SHIPPED_PATH.rglob("*") if f.is_file())
    assert size < 8_000_000  # a few MB, as package data


def test_a_model_is_loaded_once_per_process() -> None:
    assert resolve_model("shipped") is resolve_model(str(SHIPPED_PATH))


def test_a_folder_from_train_is_used_as_given(trained: object, monkeypatch: pytest.MonkeyPatch) -> None:
    path = trained.path  # type: ignore[attr-defined]
    monkeypatch.setenv(ENV_VAR, str(path))
    tagger = resolve_model()
    assert tagger is not None and tagger.path == Path(path).resolve()


@pytest.mark.parametrize("name", ["/nonexistent/model", "src"])
def test_a_folder_without_a_model_is_a_config_error(name: str) -> None:
    with pytest.raises(ConfigError):
        select.resolve_model(name)


def test_every_file_of_the_shipped_model_is_package_data() -> None:
    import fnmatch
    import tomllib

    root = SHIPPED_PATH.parents[2]  # src/onrecord
    pyproject = root.parents[1] / "pyproject.toml"
    if not pyproject.is_file():
        pytest.skip("installed without its pyproject.toml")
    patterns = tomllib.loads(pyproject.read_text(encoding="utf-8"))["tool"]["setuptools"]["package-data"]["onrecord"]
    files = [f.relative_to(root).as_posix() for f in SHIPPED_PATH.rglob("*") if f.is_file()]
    assert files
    # setuptools' "*" stops at "/", fnmatch's does not: the depths must agree too
    missing = [
        f for f in files if not any(fnmatch.fnmatchcase(f, p) and f.count("/") == p.count("/") for p in patterns)
    ]
    assert missing == []
