"""Fixtures of the attribution tests."""

from __future__ import annotations

import pytest


@pytest.fixture()
def day_rules_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """The day rules' own verdicts, the learned day gate (:mod:`onrecord.attribute.day_gate`) off:
    for tests of a rule's day that the gate, reading the article as a whole, may doubt."""
    monkeypatch.setenv("ONRECORD_DAY_GATE", "off")
