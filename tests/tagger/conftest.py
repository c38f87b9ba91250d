"""A tagger trained once per test session on the tiny invented fixture (2 epochs, a few seconds)."""

from __future__ import annotations

from pathlib import Path

import pytest

from onrecord.tagger import TrainOptions, TrainResult, train
from tests.tagger.fixture import write_fixture


@pytest.fixture(scope="session")
def fixture_files(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """Two training files: ten CC0 articles, and four without a stated licence."""
    folder = tmp_path_factory.mktemp("tagger-data")
    return write_fixture(folder, 10), write_fixture(folder, 4, licence=None)


@pytest.fixture(scope="session")
def trained(fixture_files: tuple[Path, Path], tmp_path_factory: pytest.TempPathFactory) -> TrainResult:
    """A model trained 2 epochs with seed 7 on both fixture files."""
    return train(list(fixture_files), tmp_path_factory.mktemp("tagger-model") / "model", epochs=2, seed=7)


@pytest.fixture(scope="session")
def trained_with_parse(fixture_files: tuple[Path, Path], tmp_path_factory: pytest.TempPathFactory) -> TrainResult:
    """A model with parse features, trained 2 epochs with seed 7 on the CC0 fixture file."""
    folder = tmp_path_factory.mktemp("tagger-parse-model") / "model"
    return train([fixture_files[0]], folder, epochs=2, seed=7, options=TrainOptions(parse_features=True))
