"""A test client over the web archive (see ``tests/conftest.py``)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from onrecord.api import create_app


@pytest.fixture(scope="module")
def client(web_db: Path) -> Iterator[TestClient]:
    """A client of a server reading the web archive."""
    with TestClient(create_app(web_db)) as c:
        yield c
