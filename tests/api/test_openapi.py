"""schemathesis against the OpenAPI document: generated requests never get a 5xx, and every
response conforms to the documented status codes, content types and schemas.

The operations are driven with hypothesis directly (schemathesis' pytest plugin does not run
under this pytest), a few dozen examples each so the suite stays fast.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import (
    content_type_conformance,
    not_a_server_error,
    response_schema_conformance,
    status_code_conformance,
)

from onrecord.api import create_app

CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]
OPERATIONS = [
    ("GET", "/api/articles"),
    ("GET", "/api/articles/{article_id}"),
    ("GET", "/api/quotes"),
    ("GET", "/api/speakers"),
    ("GET", "/api/speakers/{speaker_id}"),
    ("GET", "/api/statements"),
    ("GET", "/api/statements/{statement_id}"),
    ("GET", "/api/outlets/{name}"),
    ("GET", "/api/search"),
    ("POST", "/api/ingest"),
]


@pytest.fixture(scope="module")
def api_schema(web_db: Path) -> schemathesis.BaseSchema:
    return schemathesis.openapi.from_asgi("/api/openapi.json", create_app(web_db))


def test_every_operation_is_fuzzed(api_schema: schemathesis.BaseSchema) -> None:
    found = {(op.ok().method.upper(), op.ok().path) for op in api_schema.get_all_operations()}
    assert found == set(OPERATIONS)


@pytest.mark.parametrize(("method", "path"), OPERATIONS)
def test_operation_conforms_to_the_openapi_document(
    api_schema: schemathesis.BaseSchema, method: str, path: str
) -> None:
    operation = api_schema[path][method]

    @given(case=operation.as_strategy())
    @settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True, database=None)
    def check(case: schemathesis.Case) -> None:
        case.call_and_validate(checks=CHECKS)

    check()
