"""One error shape for every face of the server: RFC 9457 problem details."""

from __future__ import annotations

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

from fastapi import Request
from fastapi.responses import JSONResponse

from onrecord.errors import OnrecordError

__all__ = ["PROBLEM_TYPE", "instance", "problem", "problem_for"]

PROBLEM_TYPE = "application/problem+json"


def problem(status: int, detail: str, code: str, instance: str | None = None) -> JSONResponse:
    """Return an ``application/problem+json`` response.

    Args:
        status: the HTTP status.
        detail: what went wrong, for a person to read.
        code: a short machine-readable code (``not_found``, ``bad_input``, ...).
        instance: the path the request asked for.
    """
    try:
        title = HTTPStatus(status).phrase
    except ValueError:
        title = "Error"
    body: dict[str, Any] = {
        "type": f"urn:onrecord:problem:{code}",
        "title": title,
        "status": status,
        "detail": detail,
        "instance": instance,
        "code": code,
    }
    return JSONResponse(body, status_code=status, media_type=PROBLEM_TYPE)


def problem_for(error: OnrecordError, instance: str | None = None) -> JSONResponse:
    """The problem response for a library error (its class gives the status and code)."""
    return problem(error.status, str(error), error.code, instance)


def instance(request: Request) -> str:
    """The request's path as a URI reference (the problem's ``instance``)."""
    return quote(request.url.path, safe="/:@!$&'()*+,;=-._~")
